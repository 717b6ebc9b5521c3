/* test-move-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The Gentle Move window on a real store: start a move through the record
 * dialog, tick a task, and look at it 360 px wide.
 */
#include "config.h"

#include "lt-test-util.h"

#include <string.h>

#include "lt-demo.h"
#include "lt-gentle-move.h"
#include "lt-move-window.h"
#include "lt-record-dialog.h"
#include "lt-screenshot.h"

static void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type,
                 guint     *nth)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (*nth)-- == 0)
        return child;
      found = find_descendant (child, type, nth);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkEditable *
nth_entry_row (GtkWidget *root,
               guint      nth)
{
  GtkWidget *row = find_descendant (root, ADW_TYPE_ENTRY_ROW, &nth);

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

static LtChild *
child_named (LtStore    *store,
             const char *name)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_str_has_prefix (lt_child_get_display_name (child), name))
        return child;
    }
  g_assert_not_reached ();
}

static void
test_start_and_tick (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("lt-move-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "household.db", NULL);
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "screenshot-move.png", NULL);
  g_autofree char *empty_png = g_test_build_filename (G_TEST_BUILT, "screenshot-move-empty.png", NULL);
  LtStore         *store = lt_demo_open_fresh (path, &error);
  LtChild         *ida;
  LtMoveWindow    *window;
  LtRecordDialog  *dialog;
  LtMove          *move;
  g_autoptr (GListModel) tasks = NULL;
  g_autoptr (LtMoveTask) first = NULL;
  g_autoptr (LtMove) planned = NULL;

  g_assert_no_error (error);
  ida = child_named (store, "Ida");
  window = lt_move_window_new (NULL, store, ida);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 900);
  gtk_window_present (GTK_WINDOW (window));
  spin (400);
  g_assert_null (lt_move_window_get_move (window));
  lt_screenshot_save (GTK_WIDGET (window), empty_png, &error);
  g_assert_no_error (error);

  /* Start a move through the record dialog; the tasks come with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "move.start", NULL));
  dialog = LT_RECORD_DIALOG (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 0), "Opholdsstedet Lyngen");
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 1), "1.8.2027");
  g_assert_true (lt_record_dialog_save (dialog, &error));
  g_assert_no_error (error);
  spin (200);

  move = lt_move_window_get_move (window);
  g_assert_nonnull (move);
  planned = lt_gentle_move_find_planned (store, ida);
  g_assert_true (planned == move);
  g_assert_cmpstr (lt_move_get_to_place (move), ==, "Opholdsstedet Lyngen");
  g_assert_cmpstr (lt_move_get_move_on (move), ==, "2027-08-01");
  tasks = lt_store_list_records (store, LT_TYPE_MOVE_TASK, lt_record_get_id (LT_RECORD (move)));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), >=, 12);

  /* Tick the first task: done today. */
  first = g_list_model_get_item (tasks, 0);
  g_assert_null (lt_move_task_get_done_on (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "move.toggle-task", "x",
                                             lt_record_get_id (LT_RECORD (first))));
  g_assert_nonnull (lt_move_task_get_done_on (first));
  spin (300);
  lt_screenshot_save (GTK_WIDGET (window), png, &error);
  g_assert_no_error (error);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  g_clear_object (&first);
  g_clear_object (&tasks);
  g_clear_object (&planned);
  g_assert_finalize_object (store);
  lt_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/move-window/start-and-tick", test_start_and_tick);

  return g_test_run ();
}
