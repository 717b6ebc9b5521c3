/* test-move.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Gentle moves in the store: the tasks a move starts with, what a move must
 * have, completing a move in the child's history, and the household file.
 */
#include "config.h"

#include "lt-test-util.h"

#include <locale.h>
#include <string.h>

#include "lt-demo.h"
#include "lt-gentle-move.h"
#include "lt-household-file.h"

typedef struct
{
  char    *folder;
  LtStore *store;
  LtChild *child;
} Fixture;

static LtStore *
open_store (Fixture    *fixture,
            const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  LtStore         *store = lt_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtPlacement) placement = NULL;

  fixture->folder = g_dir_make_tmp ("lt-move-XXXXXX", NULL);
  fixture->store = open_store (fixture, "household.db");
  fixture->child = g_object_new (LT_TYPE_CHILD, "name", "Åse Ærø", "birth-date", "2015-03-01", NULL);
  lt_child_set_household_id (fixture->child, 1);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (fixture->child), &error));
  g_assert_no_error (error);

  placement = g_object_new (LT_TYPE_PLACEMENT, "child-id", lt_record_get_id (LT_RECORD (fixture->child)),
                            "place", "Familien Bak", "kind", LT_PLACEMENT_KIND_FOSTER_FAMILY,
                            "start-date", "2020-02-01", NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (placement), &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->child);
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static LtMove *
start_move (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  LtMove *move = g_object_new (LT_TYPE_MOVE, "child-id", lt_record_get_id (LT_RECORD (fixture->child)),
                               "to-place", "Hos moster i Aalborg", "move-on", "2027-06-28",
                               "new-kind", LT_PLACEMENT_KIND_KINSHIP_CARE, "reason",
                               "Så kan jeg se mor tit.", "comforts", "Min kanin", NULL);

  g_assert_true (lt_gentle_move_start (fixture->store, move, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_record_get_id (LT_RECORD (move)), >, 0);
  return move;
}

static void
test_seeded_tasks (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtMove) move = start_move (fixture);
  g_autoptr (LtMove) planned = lt_gentle_move_find_planned (fixture->store, fixture->child);
  g_autoptr (GListModel) tasks =
      lt_store_list_records (fixture->store, LT_TYPE_MOVE_TASK, lt_record_get_id (LT_RECORD (move)));
  guint per_area[LT_N_MOVE_AREAS] = { 0 };
  guint n = g_list_model_get_n_items (tasks);
  guint added = 99;

  g_assert_true (planned == move);
  g_assert_cmpuint (n, >=, 12);
  g_assert_cmpuint (n, <=, 15);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (LtMoveTask) task = g_list_model_get_item (tasks, i);

      per_area[lt_move_task_get_area (task)]++;
      g_assert_null (lt_move_task_get_done_on (task));
    }
  for (guint a = 0; a < LT_N_MOVE_AREAS; a++)
    g_assert_cmpuint (per_area[a], >=, 2);

  /* Seeding again adds nothing: the titles are already there. */
  g_assert_true (lt_gentle_move_add_tasks (fixture->store, move, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n);
}

static void
test_validation (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtMove) move = lt_move_new ();
  g_autoptr (LtMoveTask) task = lt_move_task_new ();
  g_autoptr (GListModel) moves = lt_store_list_records (fixture->store, LT_TYPE_MOVE,
                                                        lt_record_get_id (LT_RECORD (fixture->child)));

  lt_move_set_child_id (move, lt_record_get_id (LT_RECORD (fixture->child)));
  lt_move_set_move_on (move, "2027-06-28");
  g_assert_false (lt_gentle_move_start (fixture->store, move, &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);

  lt_move_set_to_place (move, "  ");
  g_assert_false (lt_record_validate (LT_RECORD (move), &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);

  lt_move_set_to_place (move, "Aalborg");
  lt_move_set_move_on (move, "2027-06");
  g_assert_false (lt_record_validate (LT_RECORD (move), &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);

  lt_move_set_move_on (move, NULL);
  g_assert_false (lt_record_validate (LT_RECORD (move), &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (moves), ==, 0);

  g_assert_false (lt_record_validate (LT_RECORD (task), &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);
  lt_move_task_set_title (task, "Pak kassen");
  lt_move_task_set_due_on (task, "snart");
  g_assert_false (lt_record_validate (LT_RECORD (task), &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);
  lt_move_task_set_due_on (task, "2027-05-01");
  g_assert_true (lt_record_validate (LT_RECORD (task), &error));
  g_assert_no_error (error);
}

static void
test_complete (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtMove) move = start_move (fixture);
  g_autoptr (GListModel) placements = lt_store_list_placements (fixture->store, fixture->child);
  g_autoptr (LtPlacement) old = NULL;
  g_autoptr (LtPlacement) new = NULL;
  g_autoptr (LtMove) planned = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (placements), ==, 1);
  g_assert_true (lt_gentle_move_complete (fixture->store, move, &error));
  g_assert_no_error (error);

  g_assert_cmpint (lt_move_get_status (move), ==, LT_MOVE_STATUS_DONE);
  g_assert_cmpuint (g_list_model_get_n_items (placements), ==, 2);
  old = g_list_model_get_item (placements, 0);
  new = g_list_model_get_item (placements, 1);
  g_assert_cmpstr (lt_placement_get_place (old), ==, "Familien Bak");
  g_assert_cmpstr (lt_placement_get_end_date (old), ==, "2027-06-28");
  g_assert_cmpstr (lt_placement_get_place (new), ==, "Hos moster i Aalborg");
  g_assert_cmpint (lt_placement_get_kind (new), ==, LT_PLACEMENT_KIND_KINSHIP_CARE);
  g_assert_cmpstr (lt_placement_get_start_date (new), ==, "2027-06-28");
  g_assert_null (lt_placement_get_end_date (new));
  g_assert_cmpstr (lt_placement_get_move_reason (new), ==, "Så kan jeg se mor tit.");
  planned = lt_gentle_move_find_planned (fixture->store, fixture->child);
  g_assert_null (planned);

  /* Twice is refused, and changes nothing. */
  g_assert_false (lt_gentle_move_complete (fixture->store, move, &error));
  g_assert_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "already done"));
  g_assert_cmpuint (g_list_model_get_n_items (placements), ==, 2);
}

static void
test_demo_round_trip (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) demo = open_store (fixture, "demo.db");
  g_autoptr (LtStore) copy = open_store (fixture, "copy.db");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr (GListModel) children = NULL;
  guint n_done = 0, n_children = 0;

  g_assert_true (lt_demo_populate (demo, &error));
  g_assert_no_error (error);
  first = lt_household_file_to_data (demo, NULL);
  g_assert_nonnull (strstr (first, "\"moves\" : ["));
  g_assert_nonnull (strstr (first, "\"tasks\" : ["));
  g_assert_nonnull (strstr (first, "\"status\" : \"planned\""));
  g_assert_nonnull (strstr (first, "Min kanin Bobbi"));
  g_assert_nonnull (strstr (first, "\"version\" : 7"));

  children = lt_store_list_children (demo);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);
      g_autoptr (LtMove) move = lt_gentle_move_find_planned (demo, child);
      g_autoptr (GListModel) tasks = NULL;

      if (!g_str_has_prefix (lt_child_get_display_name (child), "Freja"))
        {
          g_assert_null (move);
          continue;
        }
      g_assert_nonnull (move);
      g_assert_cmpstr (lt_move_get_move_on (move), ==, "2027-06-28");
      tasks = lt_store_list_records (demo, LT_TYPE_MOVE_TASK, lt_record_get_id (LT_RECORD (move)));
      for (guint t = 0; t < g_list_model_get_n_items (tasks); t++)
        {
          g_autoptr (LtMoveTask) task = g_list_model_get_item (tasks, t);

          n_done += lt_move_task_get_done_on (task) != NULL;
        }
    }
  g_assert_cmpuint (n_done, ==, 3);

  g_assert_true (lt_household_file_import_data (copy, first, -1, &n_children, &error));
  g_assert_no_error (error);
  second = lt_household_file_to_data (copy, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&demo));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/move/seeded-tasks", Fixture, NULL, fixture_set_up, test_seeded_tasks,
              fixture_tear_down);
  g_test_add ("/move/validation", Fixture, NULL, fixture_set_up, test_validation,
              fixture_tear_down);
  g_test_add ("/move/complete", Fixture, NULL, fixture_set_up, test_complete, fixture_tear_down);
  g_test_add ("/move/demo-round-trip", Fixture, NULL, fixture_set_up, test_demo_round_trip,
              fixture_tear_down);

  return g_test_run ();
}
