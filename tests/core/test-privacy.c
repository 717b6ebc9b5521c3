/* test-privacy.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A child's privacy settings: kept and read back, dates checked, children
 * past their keeping day found, and gone with the child.
 */
#include "config.h"

#include "lt-test-util.h"

#include <locale.h>

#include "lt-deletions.h"
#include "lt-store.h"

typedef struct
{
  char    *folder;
  LtStore *store;
  LtChild *ida;
  LtChild *emil;
} Fixture;

static LtChild *
add_child (LtStore    *store,
           const char *name)
{
  g_autoptr (GError) error = NULL;
  LtChild *child = lt_child_new ();

  lt_child_set_household_id (child, 1);
  lt_child_set_name (child, name);
  lt_store_add (store, LT_RECORD (child), &error);
  g_assert_no_error (error);
  return child;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("lt-privacy-XXXXXX", &error);
  path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  fixture->ida = add_child (fixture->store, "Ida");
  fixture->emil = add_child (fixture->store, "Emil");
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->ida);
  g_clear_object (&fixture->emil);
  g_clear_object (&fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static gint64
id_of (LtChild *child)
{
  return lt_record_get_id (LT_RECORD (child));
}

static void
test_round_trip (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_auto (LtChildPrivacy) read = { 0 };
  LtChildPrivacy privacy = { TRUE, (char *) "2026-06-30", (char *) "2027-06-30" };

  /* Nothing kept: not anonymous, no dates. */
  g_assert_true (lt_store_get_child_privacy (fixture->store, id_of (fixture->ida), &read, &error));
  g_assert_false (read.anonymous);
  g_assert_null (read.keep_until);
  g_assert_false (lt_store_child_is_anonymous (fixture->store, id_of (fixture->ida)));

  g_assert_true (lt_store_set_child_privacy (fixture->store, id_of (fixture->ida), &privacy, &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_get_child_privacy (fixture->store, id_of (fixture->ida), &read, &error));
  g_assert_true (read.anonymous);
  g_assert_cmpstr (read.placement_ended, ==, "2026-06-30");
  g_assert_cmpstr (read.keep_until, ==, "2027-06-30");
  g_assert_true (lt_store_child_is_anonymous (fixture->store, id_of (fixture->ida)));
  g_assert_false (lt_store_child_is_anonymous (fixture->store, id_of (fixture->emil)));

  /* Saving again replaces. */
  privacy.anonymous = FALSE;
  privacy.keep_until = NULL;
  g_assert_true (lt_store_set_child_privacy (fixture->store, id_of (fixture->ida), &privacy, &error));
  g_assert_true (lt_store_get_child_privacy (fixture->store, id_of (fixture->ida), &read, &error));
  g_assert_false (read.anonymous);
  g_assert_null (read.keep_until);
}

static void
test_dates_checked (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  LtChildPrivacy before_end = { FALSE, (char *) "2026-06-30", (char *) "2026-06-01" };
  LtChildPrivacy not_a_day = { FALSE, (char *) "2026-06", NULL };

  g_assert_false (lt_store_set_child_privacy (fixture->store, id_of (fixture->ida), &before_end, &error));
  g_assert_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (lt_store_set_child_privacy (fixture->store, id_of (fixture->ida), &not_a_day, &error));
  g_assert_nonnull (error);
}

static void
test_past_keeping (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) past = NULL;
  LtChildPrivacy ida = { FALSE, (char *) "2025-06-30", (char *) "2026-06-30" };
  LtChildPrivacy emil = { FALSE, NULL, (char *) "2027-01-01" };

  g_assert_true (lt_store_set_child_privacy (fixture->store, id_of (fixture->ida), &ida, &error));
  g_assert_true (lt_store_set_child_privacy (fixture->store, id_of (fixture->emil), &emil, &error));

  past = lt_store_dup_children_past_keeping (fixture->store, "2026-06-30", &error);
  g_assert_cmpuint (past->len, ==, 0);
  g_clear_pointer (&past, g_ptr_array_unref);
  past = lt_store_dup_children_past_keeping (fixture->store, "2026-07-01", &error);
  g_assert_cmpuint (past->len, ==, 1);
  g_assert_true (g_ptr_array_index (past, 0) == (gpointer) fixture->ida);
  g_clear_pointer (&past, g_ptr_array_unref);

  /* Deleted, the child and the settings are gone. */
  g_assert_true (lt_deletions_delete_child (fixture->store, fixture->ida, &error));
  g_assert_no_error (error);
  past = lt_store_dup_children_past_keeping (fixture->store, "2030-01-01", &error);
  g_assert_cmpuint (past->len, ==, 1);
  g_assert_true (g_ptr_array_index (past, 0) == (gpointer) fixture->emil);
}

/* Row ids are reused and times have seconds only: a child added right
 * after the newest one was deleted must not be deleted again when the log
 * is applied (found by the crash test). */
static void
test_log_names_one_child (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtChild) noah = NULL;
  g_autoptr (GListModel) children = lt_store_list_children (fixture->store);
  gint64 emil_id = id_of (fixture->emil);
  guint  n_deleted = 99;

  g_assert_true (lt_deletions_delete_child (fixture->store, fixture->emil, &error));
  g_assert_no_error (error);
  noah = add_child (fixture->store, "Noah");
  g_assert_cmpint (id_of (noah), ==, emil_id);

  g_assert_true (lt_deletions_reapply (fixture->store, &n_deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_deleted, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/privacy/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/privacy/dates-checked", Fixture, NULL, fixture_set_up, test_dates_checked, fixture_tear_down);
  g_test_add ("/privacy/log-names-one-child", Fixture, NULL, fixture_set_up, test_log_names_one_child,
              fixture_tear_down);
  g_test_add ("/privacy/past-keeping", Fixture, NULL, fixture_set_up, test_past_keeping, fixture_tear_down);

  return g_test_run ();
}
