/* test-visit-summary.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The overview for the follow-up meeting: the demo's autumn counted per
 * person, and written as a PDF whose text comes back with pdftotext.
 */
#include "config.h"

#include "lt-test-util.h"

#include <locale.h>
#include <string.h>

#include "lt-demo.h"
#include "lt-recurrence.h"
#include "lt-visit-summary.h"

static LtVisitTally *
tally_of (LtVisitReport *report,
          const char    *name)
{
  for (guint i = 0; i < report->tallies->len; i++)
    if (g_str_equal (((LtVisitTally *) g_ptr_array_index (report->tallies, i))->name, name))
      return g_ptr_array_index (report->tallies, i);
  g_error ("no tally for %s", name);
}

static void
test_autumn (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-visits-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "household.db", NULL);
  g_autofree char *pdf = g_build_filename (folder, "samvær.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = lt_store_open (path, &error);
  g_autoptr (GListModel) children = NULL;
  g_autoptr (LtChild) ida = NULL;
  g_autoptr (LtVisitReport) report = NULL;
  g_autofree char *text = NULL;
  const char      *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  LtVisitTally    *camilla, *else_;

  g_assert_no_error (error);
  g_assert_true (lt_demo_populate (store, &error));
  /* Observations on two visits, one shared with the parents. */
  {
    g_autoptr (GListModel) all = NULL;

    children = lt_store_list_children (store);
    for (guint i = 0; i < g_list_model_get_n_items (children); i++)
      {
        g_autoptr (LtChild) child = g_list_model_get_item (children, i);

        if (g_str_equal (lt_child_get_display_name (child), "Ida"))
          ida = g_object_ref (child);
      }
    all = lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (ida)));
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr (LtEvent) event = g_list_model_get_item (all, i);
        g_autoptr (LtRecord) draft = lt_record_copy (LT_RECORD (event));

        if (lt_event_get_outcome (event) == LT_OUTCOME_HELD)
          g_object_set (draft, "observations", "Mor læste højt, Ida lyttede.",
                        "observations-shared", TRUE, NULL);
        else if (lt_event_get_cancelled (event))
          g_object_set (draft, "observations", "Kun til personalet.", NULL);
        else
          continue;
        g_assert_true (lt_store_save (store, draft, &error));
      }
    g_clear_object (&ida);
    g_clear_object (&children);
  }
  children = lt_store_list_children (store);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_str_equal (lt_child_get_display_name (child), "Ida"))
        ida = g_object_ref (child);
    }

  /* 1 September to 1 December, seen on 23 November. */
  report = lt_visit_summary_new (store, ida, lt_recurrence_parse_instant ("2026-08-31T22:00:00Z"),
                                 lt_recurrence_parse_instant ("2026-11-30T23:00:00Z"),
                                 lt_recurrence_parse_instant ("2026-11-23T12:00:00Z"), LT_AUDIENCE_PARENTS, &error);
  g_assert_no_error (error);

  /* Saturdays with her mother: 5/9, 19/9, 3/10, 17/10 held, 31/10
   * cancelled, 14/11, and 28/11 still to come. */
  camilla = tally_of (report, "Camilla Sørensen");
  g_assert_cmpuint (camilla->held, ==, 1);
  g_assert_cmpuint (camilla->cancelled, ==, 1);
  g_assert_cmpuint (camilla->unrecorded, ==, 4);
  g_assert_cmpuint (camilla->planned, ==, 1);
  /* Calls with her grandmother every Sunday from 6 September: 13, of which
   * 29 November is still to come.  The handball is not contact. */
  else_ = tally_of (report, "Else Sørensen");
  g_assert_cmpuint (else_->unrecorded + else_->planned, ==, 13);
  g_assert_cmpuint (else_->planned, ==, 1);
  for (guint i = 0; i < report->tallies->len; i++)
    g_assert_cmpstr (((LtVisitTally *) g_ptr_array_index (report->tallies, i))->name, !=,
                     "Jørgen Thøgersen");

  g_assert_true (lt_visit_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, NULL, &error));
  g_assert_nonnull (strstr (text, "Contact for Ida"));
  g_assert_nonnull (strstr (text, "Camilla Sørensen"));
  g_assert_nonnull (strstr (text, "Cancelled by the parent"));
  g_assert_nonnull (strstr (text, "Mor læste højt"));
  g_assert_null (strstr (text, "Kun til personalet"));
  g_assert_nonnull (strstr (text, "For the parents"));

  /* The same period for professionals: every observation, and it says so. */
  g_clear_pointer (&report, lt_visit_report_free);
  g_clear_pointer (&text, g_free);
  report = lt_visit_summary_new (store, ida, lt_recurrence_parse_instant ("2026-08-31T22:00:00Z"),
                                 lt_recurrence_parse_instant ("2026-11-30T23:00:00Z"),
                                 lt_recurrence_parse_instant ("2026-11-23T12:00:00Z"), LT_AUDIENCE_PROFESSIONALS,
                                 &error);
  g_assert_true (lt_visit_report_write_pdf (report, pdf, &error));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, NULL, &error));
  g_assert_nonnull (strstr (text, "Mor læste højt"));
  g_assert_nonnull (strstr (text, "Kun til personalet"));
  g_assert_nonnull (strstr (text, "Not for the parents"));

  g_clear_object (&ida);
  g_clear_object (&children);
  g_assert_finalize_object (g_steal_pointer (&store));
  lt_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/visit-summary/autumn", test_autumn);
  return g_test_run ();
}
