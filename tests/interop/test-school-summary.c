/* test-school-summary.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The school overview gathered from the demo household on Thursday 19
 * November 2026: the school now, the people at school, the meeting to
 * come and what was said at the last school-home talk, what tends to be
 * forgotten, absence per month, and the goals with their readings.
 */
#include "config.h"

#include "lt-test-util.h"

#include <string.h>

#include "lt-demo.h"
#include "lt-school-summary.h"

static LtChild *
child_named (LtStore    *store,
             const char *name)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_str_equal (lt_child_get_display_name (child), name))
        return child;
    }
  g_assert_not_reached ();
}

static LtReportSection *
section_named (LtSchoolReport *report,
               const char     *heading)
{
  for (guint i = 0; i < report->sections->len; i++)
    {
      LtReportSection *section = g_ptr_array_index (report->sections, i);

      if (g_str_equal (section->heading, heading))
        return section;
    }
  return NULL;
}

static const char *
line (LtReportSection *section,
      guint            index)
{
  g_assert_nonnull (section);
  g_assert_cmpuint (index, <, section->lines->len);
  return g_ptr_array_index (section->lines, index);
}

static void
test_demo_overview (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-school-summary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "household.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = lt_store_open (path, &error);
  g_autoptr (LtSchoolReport) report = NULL;
  LtAbsenceMonth *months;
  LtGoalChart    *goal;
  GDate           today;

  g_assert_no_error (error);
  g_assert_true (lt_demo_populate (store, &error));
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 19, G_DATE_NOVEMBER, 2026);
  report = lt_school_summary_new (store, child_named (store, "Ida"), &today);

  g_assert_cmpstr (report->child_name, ==, "Ida Marie Sørensen");
  g_assert_cmpstr (report->school, ==, "Brønderslev Skole, 6.B (since 9 August 2021)");
  g_assert_cmpstr (line (section_named (report, "Contacts at School"), 0), ==, "Hanne Bæk, Teacher");
  g_assert_cmpstr (line (section_named (report, "Friends"), 0), ==, "Asta Møller");
  g_assert_cmpstr (line (section_named (report, "Meetings to Come"), 0), ==,
                   "Thu 3 Dec 2026, 14:00: Opfølgningsmøde med sagsbehandler");
  g_assert_true (g_str_has_prefix (line (section_named (report, "From School-Home Talks"), 0),
                                   "Thu 5 Nov 2026, 15:00: Hanne fortæller"));
  /* Weeks 46 and 47 were ticked; the lunch box was forgotten twice. */
  g_assert_cmpstr (line (section_named (report, "Often Forgotten, Last Four Weeks"), 0), ==,
                   "Lunch box and water bottle: forgotten 2 of 9 times");
  g_assert_cmpstr (line (section_named (report, "Leisure"), 0), ==, "Håndbold, Brønderslev Hallen");
  /* Ida has no start steps: that section is left out. */
  g_assert_null (section_named (report, "Starting at the School"));

  g_assert_cmpuint (report->absence->len, ==, 12);
  months = (LtAbsenceMonth *) report->absence->data;
  g_assert_cmpfloat (months[2].whole_days, ==, 2);  /* February */
  g_assert_cmpfloat (months[11].whole_days, ==, 1); /* November */
  g_assert_cmpfloat (months[11].part_days, ==, 1);
  g_assert_cmpstr (report->absence_heading, ==, "Absence, last 12 months: 6 whole and 3 part days");

  g_assert_cmpuint (report->goals->len, ==, 3);
  goal = g_ptr_array_index (report->goals, 0);
  g_assert_cmpstr (goal->title, ==, "Ida er i skole hele dagen");
  g_assert_true (goal->has_target);
  g_assert_cmpfloat (goal->target, ==, 5);
  g_assert_cmpuint (goal->points->len, ==, 4);
  g_assert_cmpfloat (g_array_index (goal->points, LtGoalPoint, 3).value, ==, 4.5);

  g_clear_pointer (&report, lt_school_report_free);
  g_assert_finalize_object (g_steal_pointer (&store));
  lt_test_remove_tree (folder);
}

/* Freja's start at school: three steps done, the rest to do; her
 * kindergarten has a start date. */
static void
test_start_steps (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-school-summary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "household.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = lt_store_open (path, &error);
  g_autoptr (LtSchoolReport) report = NULL;
  LtReportSection *start;
  guint            done = 0, to_do = 0;
  GDate            today;

  g_assert_true (lt_demo_populate (store, &error));
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 19, G_DATE_NOVEMBER, 2026);
  report = lt_school_summary_new (store, child_named (store, "Freja Ålund Nielsen"), &today);
  g_assert_cmpstr (report->school, ==, "Børnehaven Æblehaven, Blå stue (since 17 April 2023)");
  start = section_named (report, "Starting at the School");
  g_assert_nonnull (start);
  for (guint i = 0; i < start->lines->len; i++)
    {
      const char *text = line (start, i);

      if (g_str_has_prefix (text, "✓ "))
        {
          done++;
          g_assert_true (g_str_has_suffix (text, " 2026)"));
        }
      else
        {
          to_do++;
          g_assert_true (g_str_has_prefix (text, "To do: "));
        }
    }
  g_assert_cmpuint (done, ==, 3);
  g_assert_cmpuint (to_do, ==, 8);
  g_clear_pointer (&report, lt_school_report_free);
  g_assert_finalize_object (g_steal_pointer (&store));
  lt_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/school-summary/demo-overview", test_demo_overview);
  g_test_add_func ("/school-summary/start-steps", test_start_steps);
  return g_test_run ();
}
