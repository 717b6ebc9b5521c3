/* test-school.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * School and everyday life in the store: which checklist items are due on
 * which weekday, templates by age group, ticks and what tends to be
 * forgotten, absence per month, and goals with their readings.
 */
#include "config.h"

#include "lt-test-util.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "lt-date.h"
#include "lt-school.h"

typedef struct
{
  char    *folder;
  char    *path;
  LtStore *store;
  LtChild *child;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("lt-school-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->child = g_object_new (LT_TYPE_CHILD, "name", "Åse Ærø", "birth-date", "2015-03-01", NULL);
  lt_child_set_household_id (fixture->child, 1);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (fixture->child), &error));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->child);
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static void
day_of (GDate      *day,
        const char *iso)
{
  g_assert_cmpint (lt_date_parse_iso (iso, day), ==, LT_DATE_DAY);
}

static LtChecklistItem *
add_item (Fixture        *fixture,
          LtChecklistList list,
          const char     *title,
          gint64          weekdays,
          gint64          position)
{
  g_autoptr (GError) error = NULL;
  LtChecklistItem *item = g_object_new (LT_TYPE_CHECKLIST_ITEM, "child-id",
                                        lt_record_get_id (LT_RECORD (fixture->child)), "list", list,
                                        "title", title, "weekdays", weekdays, "position", position,
                                        NULL);

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (item), &error));
  g_assert_no_error (error);
  return item;
}

static gboolean
due_on (LtChecklistItem *item,
        const char      *iso)
{
  GDate day;

  day_of (&day, iso);
  return lt_checklist_item_is_due (item, &day);
}

/* 23 November 2026 is a Monday. */
static void
test_schedule (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (LtChecklistItem) pe = add_item (fixture, LT_CHECKLIST_LIST_DAILY, "Idrætstøj", 0x2 | 0x8, 0);
  g_autoptr (LtChecklistItem) bag = add_item (fixture, LT_CHECKLIST_LIST_DAILY, "Skoletaske",
                                              LT_WEEKDAYS_SCHOOL, 1);
  g_autoptr (LtChecklistItem) meeting = add_item (fixture, LT_CHECKLIST_LIST_START, "Opstartsmøde",
                                                  LT_WEEKDAYS_ALL, 0);
  g_autoptr (GPtrArray) tuesday = NULL;
  g_autoptr (GError) error = NULL;
  GDate day;

  g_assert_false (due_on (pe, "2026-11-23"));
  g_assert_true (due_on (pe, "2026-11-24"));
  g_assert_false (due_on (pe, "2026-11-25"));
  g_assert_true (due_on (pe, "2026-11-26"));
  g_assert_false (due_on (pe, "2026-11-28"));
  g_assert_true (due_on (bag, "2026-11-27"));
  g_assert_false (due_on (bag, "2026-11-28"));
  g_assert_false (due_on (bag, "2026-11-29"));

  /* A start step stays until it is done, and on the day it was done. */
  g_assert_true (due_on (meeting, "2026-11-23"));
  day_of (&day, "2026-11-24");
  g_assert_true (lt_school_set_ticked (fixture->store, meeting, &day, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lt_checklist_item_get_done_on (meeting), ==, "2026-11-24");
  g_assert_true (due_on (meeting, "2026-11-24"));
  g_assert_false (due_on (meeting, "2026-11-25"));

  tuesday = lt_school_due_items (fixture->store, fixture->child, LT_CHECKLIST_LIST_DAILY, &day);
  g_assert_cmpuint (tuesday->len, ==, 2);
  g_assert_true (g_ptr_array_index (tuesday, 0) == pe);
}

static void
test_validation (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (LtChecklistItem) item = g_object_new (LT_TYPE_CHECKLIST_ITEM, "child-id",
                                                   lt_record_get_id (LT_RECORD (fixture->child)),
                                                   "title", "Madpakke", "weekdays", (gint64) 0, NULL);
  g_autoptr (LtAbsence) absence = g_object_new (LT_TYPE_ABSENCE, "child-id",
                                                lt_record_get_id (LT_RECORD (fixture->child)), "day",
                                                "2026-11", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_false (lt_store_add (fixture->store, LT_RECORD (item), &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Choose at least one weekday.");
  g_clear_error (&error);
  g_assert_false (lt_store_add (fixture->store, LT_RECORD (absence), &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "whole date"));
}

static guint
count_daily (Fixture *fixture)
{
  g_autoptr (GListModel) items = lt_store_list_records (fixture->store, LT_TYPE_CHECKLIST_ITEM,
                                                        lt_record_get_id (LT_RECORD (fixture->child)));

  return g_list_model_get_n_items (items);
}

static void
test_template (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtChecklistItem) own = add_item (fixture, LT_CHECKLIST_LIST_DAILY, "Pencil case",
                                              LT_WEEKDAYS_SCHOOL, 0);
  g_autoptr (GListModel) items = NULL;
  g_autoptr (LtChild) little = g_object_new (LT_TYPE_CHILD, "birth-date", "2022-06-01", NULL);
  g_autoptr (LtChild) big = g_object_new (LT_TYPE_CHILD, "birth-date", "2008-06-01", NULL);
  gboolean found_pe = FALSE;
  guint    added = 0;
  GDate    today;

  day_of (&today, "2026-11-23");
  g_assert_cmpint (lt_age_group_for_child (fixture->child, &today), ==, LT_AGE_GROUP_YEARS_4_6);
  g_assert_cmpint (lt_age_group_for_child (little, &today), ==, LT_AGE_GROUP_DAY_CARE);
  g_assert_cmpint (lt_age_group_for_child (big, &today), ==, LT_AGE_GROUP_YOUTH_EDUCATION);

  /* Years 4–6 has seven items; the child's own "Pencil case" is kept. */
  g_assert_true (lt_school_add_template (fixture->store, fixture->child, LT_AGE_GROUP_YEARS_4_6, &added,
                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 6);
  g_assert_cmpuint (count_daily (fixture), ==, 7);
  g_assert_true (lt_school_add_template (fixture->store, fixture->child, LT_AGE_GROUP_YEARS_4_6, &added,
                                         &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (count_daily (fixture), ==, 7);

  items = lt_store_list_records (fixture->store, LT_TYPE_CHECKLIST_ITEM,
                                 lt_record_get_id (LT_RECORD (fixture->child)));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);

      g_assert_cmpint (lt_checklist_item_get_position (item), ==, i);
      if (g_str_equal (lt_checklist_item_get_title (item), "PE clothes and towel"))
        {
          found_pe = TRUE;
          g_assert_cmpint (lt_checklist_item_get_weekdays (item), ==, 0x2 | 0x8);
        }
    }
  g_assert_true (found_pe);

  g_assert_true (lt_school_add_start_steps (fixture->store, fixture->child, &added, &error));
  g_assert_cmpuint (added, ==, 11);
}

static char *
titles_in_order (Fixture *fixture)
{
  g_autoptr (GListModel) items = lt_store_list_records (fixture->store, LT_TYPE_CHECKLIST_ITEM,
                                                        lt_record_get_id (LT_RECORD (fixture->child)));
  g_autoptr (GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);

      g_string_append_printf (titles, "%s%s", i > 0 ? "," : "", lt_checklist_item_get_title (item));
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

/* Moving an item swaps it with its neighbour on its own list; the ends
 * stay put; two items with the same position get an order. */
static void
test_move_item (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (LtChecklistItem) a = add_item (fixture, LT_CHECKLIST_LIST_DAILY, "A", LT_WEEKDAYS_SCHOOL, 0);
  g_autoptr (LtChecklistItem) b = add_item (fixture, LT_CHECKLIST_LIST_DAILY, "B", LT_WEEKDAYS_SCHOOL, 1);
  g_autoptr (LtChecklistItem) c = add_item (fixture, LT_CHECKLIST_LIST_DAILY, "C", LT_WEEKDAYS_SCHOOL, 1);
  g_autoptr (LtChecklistItem) step = add_item (fixture, LT_CHECKLIST_LIST_START, "S", LT_WEEKDAYS_ALL, 0);
  g_autoptr (GError) error = NULL;
  g_autofree char *start = titles_in_order (fixture);
  g_autofree char *c_up = NULL;
  g_autofree char *a_up = NULL;
  g_autofree char *a_down = NULL;

  g_assert_cmpstr (start, ==, "A,B,C,S");
  g_assert_true (lt_school_move_item (fixture->store, c, -1, &error));
  g_assert_no_error (error);
  c_up = titles_in_order (fixture);
  g_assert_cmpstr (c_up, ==, "A,C,B,S");
  g_assert_cmpint (lt_checklist_item_get_position (b), ==, 2);
  g_assert_true (lt_school_move_item (fixture->store, a, -1, &error));
  a_up = titles_in_order (fixture);
  g_assert_cmpstr (a_up, ==, "A,C,B,S");
  g_assert_true (lt_school_move_item (fixture->store, a, 1, &error));
  a_down = titles_in_order (fixture);
  g_assert_cmpstr (a_down, ==, "C,A,B,S");
  /* The start steps are a list of their own. */
  g_assert_true (lt_school_move_item (fixture->store, step, -1, &error));
  g_assert_cmpint (lt_checklist_item_get_position (step), ==, 0);
}

static void
tick (Fixture         *fixture,
      LtChecklistItem *item,
      const char      *iso,
      gboolean         ticked)
{
  g_autoptr (GError) error = NULL;
  GDate day;

  day_of (&day, iso);
  g_assert_true (lt_school_set_ticked (fixture->store, item, &day, ticked, &error));
  g_assert_no_error (error);
}

/* Two school weeks from Monday 16 November.  The bag is always ticked,
 * the PE clothes once of their four days, the lunch box on three of the
 * five days the list was used; the second week's Wednesday to Friday
 * nothing was ticked at all, so those days do not count. */
static void
test_ticks_and_forgotten (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr (LtChecklistItem) bag = add_item (fixture, LT_CHECKLIST_LIST_DAILY, "Skoletaske",
                                              LT_WEEKDAYS_SCHOOL, 0);
  g_autoptr (LtChecklistItem) pe = add_item (fixture, LT_CHECKLIST_LIST_DAILY, "Idrætstøj", 0x2 | 0x8, 1);
  g_autoptr (LtChecklistItem) lunch = add_item (fixture, LT_CHECKLIST_LIST_DAILY, "Madpakke",
                                                LT_WEEKDAYS_SCHOOL, 2);
  const char *used[] = { "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19",
                         "2026-11-20", "2026-11-23", "2026-11-24" };
  g_autoptr (GPtrArray) forgotten = NULL;
  g_autoptr (GListModel) ticks = NULL;
  LtForgotten *first;
  GDate        monday;

  for (guint i = 0; i < G_N_ELEMENTS (used); i++)
    tick (fixture, bag, used[i], TRUE);
  tick (fixture, bag, used[0], TRUE); /* twice is once */
  tick (fixture, pe, "2026-11-19", TRUE);
  tick (fixture, lunch, "2026-11-16", TRUE);
  tick (fixture, lunch, "2026-11-17", TRUE);
  tick (fixture, lunch, "2026-11-20", TRUE);
  tick (fixture, lunch, "2026-11-23", TRUE);
  tick (fixture, lunch, "2026-11-23", FALSE); /* taken back */

  ticks = lt_store_list_records (fixture->store, LT_TYPE_CHECKLIST_TICK, lt_record_get_id (LT_RECORD (bag)));
  g_assert_cmpuint (g_list_model_get_n_items (ticks), ==, 7);
  day_of (&monday, "2026-11-23");
  g_assert_false (lt_school_is_ticked (fixture->store, lunch, &monday));

  day_of (&monday, "2026-11-16");
  forgotten = lt_school_forgotten (fixture->store, fixture->child, &monday, 14);
  g_assert_cmpuint (forgotten->len, ==, 3);
  first = g_ptr_array_index (forgotten, 0);
  /* Lunch box: due on 7 days in use, ticked on 3; PE: due 3, ticked 1. */
  g_assert_true (first->item == lunch);
  g_assert_cmpuint (first->due, ==, 7);
  g_assert_cmpuint (first->ticked, ==, 3);
  first = g_ptr_array_index (forgotten, 1);
  g_assert_true (first->item == pe);
  g_assert_cmpuint (first->due, ==, 3);
  g_assert_cmpuint (first->ticked, ==, 1);
  first = g_ptr_array_index (forgotten, 2);
  g_assert_true (first->item == bag);
  g_assert_cmpuint (first->due, ==, first->ticked);
}

static void
add_absence (Fixture        *fixture,
             const char     *day,
             LtAbsenceExtent extent,
             LtAbsenceReason reason)
{
  g_autoptr (LtAbsence) absence = g_object_new (LT_TYPE_ABSENCE, "child-id",
                                                lt_record_get_id (LT_RECORD (fixture->child)), "day", day,
                                                "extent", extent, "reason", reason, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (absence), &error));
  g_assert_no_error (error);
}

static void
test_absence_per_month (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr (GListModel) absences = NULL;
  g_autoptr (LtAbsence) newest = NULL;
  double whole[3], part[3];

  add_absence (fixture, "2026-09-30", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_ILLNESS);
  add_absence (fixture, "2026-10-01", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_ILLNESS);
  add_absence (fixture, "2026-10-02", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_ILLNESS);
  add_absence (fixture, "2026-10-14", LT_ABSENCE_EXTENT_PART, LT_ABSENCE_REASON_SCHOOL_REFUSAL);
  add_absence (fixture, "2026-12-01", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_OTHER);
  add_absence (fixture, "2027-01-04", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_ILLNESS);

  absences = lt_store_list_records (fixture->store, LT_TYPE_ABSENCE,
                                    lt_record_get_id (LT_RECORD (fixture->child)));
  newest = g_list_model_get_item (absences, 0);
  g_assert_cmpstr (lt_absence_get_day (newest), ==, "2027-01-04");

  lt_school_absence_per_month (absences, 2026, 10, 3, whole, part);
  g_assert_cmpfloat (whole[0], ==, 2);
  g_assert_cmpfloat (part[0], ==, 1);
  g_assert_cmpfloat (whole[1], ==, 0);
  g_assert_cmpfloat (part[1], ==, 0);
  g_assert_cmpfloat (whole[2], ==, 1);

  /* Across the new year. */
  lt_school_absence_per_month (absences, 2026, 12, 2, whole, part);
  g_assert_cmpfloat (whole[0], ==, 1);
  g_assert_cmpfloat (whole[1], ==, 1);
}

static void
add_reading (LtStore    *store,
             LtGoal     *goal,
             const char *day,
             double      value)
{
  g_autoptr (LtGoalReading) reading = g_object_new (LT_TYPE_GOAL_READING, "goal-id",
                                                    lt_record_get_id (LT_RECORD (goal)), "day", day,
                                                    "value", value, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (lt_store_add (store, LT_RECORD (reading), &error));
  g_assert_no_error (error);
}

/* Readings come back oldest first with their decimals, after the store
 * is closed and opened again; a reading that is not a number is refused;
 * deleting the goal takes its readings along. */
static void
test_goal_readings (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (LtGoal) goal = g_object_new (LT_TYPE_GOAL, "child-id",
                                          lt_record_get_id (LT_RECORD (fixture->child)), "title",
                                          "Går i skole hver dag", "indicator", "Dage i skole pr. uge",
                                          "has-target", TRUE, "target", 5.0, NULL);
  g_autoptr (LtGoalReading) bad = NULL;
  g_autoptr (GListModel) readings = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  gint64 goal_id;

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (goal), &error));
  goal_id = lt_record_get_id (LT_RECORD (goal));
  add_reading (fixture->store, goal, "2026-10-05", 3.5);
  add_reading (fixture->store, goal, "2026-09-07", 2);
  add_reading (fixture->store, goal, "2026-11-02", 4.25);
  bad = g_object_new (LT_TYPE_GOAL_READING, "goal-id", goal_id, "day", "2026-11-09", NULL);
  lt_goal_reading_set_value (bad, NAN); /* as a bad parse would give */
  g_assert_false (lt_store_add (fixture->store, LT_RECORD (bad), &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);

  g_clear_object (&goal);
  g_clear_object (&fixture->child);
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  fixture->store = lt_store_open (fixture->path, &error);
  g_assert_no_error (error);

  goal = LT_GOAL (g_object_ref (lt_store_lookup (fixture->store, LT_TYPE_GOAL, goal_id, &error)));
  g_assert_true (lt_goal_get_has_target (goal));
  g_assert_cmpfloat (lt_goal_get_target (goal), ==, 5.0);
  readings = lt_store_list_records (fixture->store, LT_TYPE_GOAL_READING, goal_id);
  g_assert_cmpuint (g_list_model_get_n_items (readings), ==, 3);
  {
    g_autoptr (LtGoalReading) first = g_list_model_get_item (readings, 0);
    g_autoptr (LtGoalReading) last = g_list_model_get_item (readings, 2);

    g_assert_cmpstr (lt_goal_reading_get_day (first), ==, "2026-09-07");
    g_assert_cmpfloat (lt_goal_reading_get_value (last), ==, 4.25);
  }

  g_assert_true (lt_store_remove (fixture->store, LT_RECORD (goal), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (readings), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/school/schedule", test_schedule);
  ADD ("/school/validation", test_validation);
  ADD ("/school/template", test_template);
  ADD ("/school/move-item", test_move_item);
  ADD ("/school/ticks-and-forgotten", test_ticks_and_forgotten);
  ADD ("/school/absence-per-month", test_absence_per_month);
  ADD ("/school/goal-readings", test_goal_readings);
#undef ADD
  return g_test_run ();
}
