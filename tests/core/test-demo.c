/* test-demo.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Tests of the demo household: fresh each time, apart from real data.
 */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "lt-demo.h"

static void
test_demo_fresh (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-demo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "demo.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autoptr (GListModel) children = NULL;
  g_autoptr (LtChild) first = NULL;
  g_autoptr (LtChild) extra = lt_child_new ();
  g_autoptr (GListModel) placements = NULL;

  store = lt_demo_open_fresh (path, &error);
  g_assert_no_error (error);
  children = lt_store_list_children (store);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 3);
  first = g_list_model_get_item (children, 0);
  g_assert_cmpstr (lt_child_get_display_name (first), ==, "Freja Ålund Nielsen");
  placements = lt_store_list_placements (store, first);
  g_assert_cmpuint (g_list_model_get_n_items (placements), ==, 2);
  g_assert_nonnull (lt_household_get_name (lt_store_get_household (store)));

  /* What a user adds to the demo is gone at the next start. */
  lt_child_set_household_id (extra, 1);
  lt_child_set_name (extra, "Ekstra");
  g_assert_true (lt_store_add (store, LT_RECORD (extra), &error));
  g_clear_object (&first);
  g_clear_object (&placements);
  g_clear_object (&children);
  g_assert_finalize_object (g_steal_pointer (&store));

  store = lt_demo_open_fresh (path, &error);
  g_assert_no_error (error);
  children = lt_store_list_children (store);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 3);
  g_clear_object (&children);
  g_assert_finalize_object (g_steal_pointer (&store));

  lt_test_remove_tree (folder);
}

static void
test_demo_path_apart (void)
{
  g_autofree char *demo = lt_demo_default_path ();
  g_autofree char *real = lt_store_default_path ();
  g_autofree char *demo_folder = g_path_get_dirname (demo);
  g_autofree char *real_folder = g_path_get_dirname (real);

  g_assert_cmpstr (demo, !=, real);
  g_assert_false (g_str_has_prefix (demo_folder, real_folder));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/fresh", test_demo_fresh);
  g_test_add_func ("/demo/path-apart", test_demo_path_apart);

  return g_test_run ();
}
