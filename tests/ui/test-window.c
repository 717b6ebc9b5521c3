/* test-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * UI tests on a real window under Xvfb: the empty state, adding a child
 * through the dialog with validation, deleting with confirmation, the
 * screenshot, and that only SQLCipher's SQLite is in the process.
 */
#include "config.h"

#include "lt-history-window.h"
#include "lt-log-page.h"
#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lt-book-page.h"
#include "lt-calendar-page.h"
#include "lt-child-page.h"
#include "lt-gedcom-dialog.h"
#include "lt-guidance-library.h"
#include "lt-guidance-panel.h"
#include "lt-prompts.h"
#include "lt-genogram-page.h"
#include "lt-genogram-view.h"
#include "lt-network-page.h"
#include "lt-network-view.h"
#include "lt-photo-viewer.h"
#include "lt-photos-page.h"
#include "lt-agreements-window.h"
#include "lt-date.h"
#include "lt-demo.h"
#include "lt-record-dialog.h"
#include "lt-school-page.h"
#include "lt-school.h"
#include "lt-screenshot.h"
#include "lt-window.h"

typedef struct
{
  char     *folder;
  LtStore  *store;
  LtWindow *window;
} Fixture;

static void
wait_until (gboolean (*done) (gpointer),
            gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (data));
}

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Saves @widget as PNG once it has drawn: on a busy machine the first
 * frame after a change can take a while. */
static void
save_when_drawn (GtkWidget  *widget,
                 const char *path)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  g_autoptr (GError) error = NULL;

  while (!lt_screenshot_save (widget, path, &error) && g_get_monotonic_time () < deadline)
    {
      g_clear_error (&error);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_no_error (error);
}

static void
open_window (Fixture *fixture,
             gboolean demo)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, "household.db", NULL);

  fixture->store = demo ? lt_demo_open_fresh (path, &error) : lt_store_open (path, &error);
  g_assert_no_error (error);
  fixture->window = lt_window_new (NULL, fixture->store, demo);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 780);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_drawn, fixture->window);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->folder = g_dir_make_tmp ("lt-ui-XXXXXX", NULL);
  open_window (fixture, GPOINTER_TO_INT (data));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin (50);
  g_assert_finalize_object (fixture->store);

  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static guint
count_children (LtStore *store)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  return g_list_model_get_n_items (children);
}

/* Returns: (transfer none): the first open toplevel of @type. */
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

/* Depth-first: the @nth widget of @type inside @root. */
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
      if ((found = find_descendant (child, type, nth)) != NULL)
        return found;
    }
  return NULL;
}

/* The header's menu button with @icon (the viewer has several). */
static GtkWidget *
menu_button_with_icon (GtkWidget  *root,
                       const char *icon)
{
  GtkWidget *button;

  for (guint i = 0;; i++)
    {
      guint n = i;

      button = find_descendant (root, GTK_TYPE_MENU_BUTTON, &n);
      g_assert_nonnull (button);
      if (g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (button)), icon) == 0)
        return button;
    }
}

/* The widget of @type under @root with the name @name. */
static GtkWidget *
named_descendant (GtkWidget  *root,
                  GType       type,
                  const char *name)
{
  for (guint i = 0;; i++)
    {
      guint      n = i;
      GtkWidget *widget = find_descendant (root, type, &n);

      g_assert_nonnull (widget);
      if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
        return widget;
    }
}

/* The first label under @root whose text has @text: anywhere, or at the
 * start with @at_start. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text,
            gboolean    at_start)
{
  for (guint i = 0;; i++)
    {
      guint       n = i;
      GtkWidget  *label = find_descendant (root, GTK_TYPE_LABEL, &n);
      const char *found = label != NULL ? strstr (gtk_label_get_text (GTK_LABEL (label)), text) : NULL;

      if (label == NULL || (found != NULL && (!at_start || found == gtk_label_get_text (GTK_LABEL (label)))))
        return label;
    }
}

static GtkWidget *
label_containing (GtkWidget  *root,
                  const char *part)
{
  return find_label (root, part, FALSE);
}

static GtkWidget *
label_starting (GtkWidget  *root,
                const char *prefix)
{
  return find_label (root, prefix, TRUE);
}

static GtkEditable *
nth_entry_row (GtkWidget *root,
               guint      nth)
{
  GtkWidget *row = find_descendant (root, ADW_TYPE_ENTRY_ROW, &nth);

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

static void
test_empty_state_add_child (Fixture      *fixture,
                            gconstpointer data)
{
  g_autofree char *empty_name_png = g_test_build_filename (G_TEST_BUILT, "screenshot-dialog.png", NULL);
  g_autofree char *empty_state_png = g_test_build_filename (G_TEST_BUILT, "screenshot-empty.png", NULL);
  LtRecordDialog  *dialog;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) children = NULL;
  g_autoptr (LtChild) child = NULL;

  g_assert_null (lt_window_get_child (fixture->window));
  /* With no child shown, editing is disabled: nothing opens. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-child", NULL);
  g_assert_null (find_toplevel (LT_TYPE_RECORD_DIALOG));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-child", NULL));
  dialog = LT_RECORD_DIALOG (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);

  /* An empty name is refused, and nothing is written; the dialog stays
   * open and says so. */
  g_assert_false (lt_record_dialog_save (dialog, &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  wait_until (is_drawn, dialog);
  spin (300);
  g_assert_true (find_toplevel (LT_TYPE_RECORD_DIALOG) == GTK_WINDOW (dialog));
  save_when_drawn (GTK_WIDGET (dialog), empty_name_png);
  save_when_drawn (GTK_WIDGET (fixture->window), empty_state_png);

  /* A birth date in the future is refused, with the field named. */
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 0), "Åse Ærø Østergård");
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 2), "3.5.2999");
  g_assert_false (lt_record_dialog_save (dialog, &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);

  /* Text that is not a date at all says how to write one. */
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 2), "sidste sommer");
  g_assert_false (lt_record_dialog_save (dialog, &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "3.5.2016"));
  g_clear_error (&error);
  g_assert_cmpuint (count_children (fixture->store), ==, 0);

  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 2), "3.5.2014");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (50);
  g_assert_null (find_toplevel (LT_TYPE_RECORD_DIALOG));

  children = lt_store_list_children (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);
  child = g_list_model_get_item (children, 0);
  g_assert_cmpstr (lt_child_get_name (child), ==, "Åse Ærø Østergård");
  g_assert_cmpstr (lt_child_get_birth_date (child), ==, "2014-05-03");
  /* The window shows the child it just added. */
  g_assert_true (lt_window_get_child (fixture->window) == child);
}

static void
test_edit_child_reaches_views (Fixture      *fixture,
                               gconstpointer data)
{
  g_autoptr (GListModel) children = lt_store_list_children (fixture->store);
  g_autoptr (LtChild) ida = NULL;
  LtRecordDialog *dialog;

  for (guint i = 0; i < g_list_model_get_n_items (children) && ida == NULL; i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_strcmp0 (lt_child_get_display_name (child), "Ida") == 0)
        ida = g_steal_pointer (&child);
    }
  g_assert_nonnull (ida);
  lt_window_show_child (fixture->window, ida);
  g_assert_true (lt_window_get_child (fixture->window) == ida);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-child", NULL));
  dialog = LT_RECORD_DIALOG (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (nth_entry_row (GTK_WIDGET (dialog), 1)), ==, "Ida");
  g_assert_cmpstr (gtk_editable_get_text (nth_entry_row (GTK_WIDGET (dialog), 2)), ==, "12.3.2014");

  /* Until saved, the store's child keeps the old name. */
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 1), "Idamus");
  g_assert_cmpstr (lt_child_get_display_name (ida), ==, "Ida");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (50);
  g_assert_cmpstr (lt_child_get_display_name (ida), ==, "Idamus");
}

static void
test_remove_child_asks (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr (GListModel) children = lt_store_list_children (fixture->store);
  g_autoptr (LtChild) first = g_list_model_get_item (children, 0);
  GtkWindow *question;

  lt_window_show_child (fixture->window, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.remove-child", NULL));
  question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);

  /* Cancelling keeps the child. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "cancel");
  spin (50);
  g_assert_cmpuint (count_children (fixture->store), ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.remove-child", NULL));
  question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "delete");
  spin (50);
  g_assert_cmpuint (count_children (fixture->store), ==, 2);
  g_assert_null (lt_window_get_child (fixture->window));
}

static void
test_screenshot (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GListModel) children = lt_store_list_children (fixture->store);
  g_autoptr (LtChild) child = g_list_model_get_item (children, 1);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "screenshot-window.png", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autoptr (GFile) file = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  lt_window_show_child (fixture->window, child);
  spin (300);
  save_when_drawn (GTK_WIDGET (fixture->window), path);

  file = g_file_new_for_path (path);
  texture = gdk_texture_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==,
                   gtk_widget_get_width (GTK_WIDGET (fixture->window)));
  g_test_message ("screenshot saved to %s", path);
}

static LtChild *
child_named (LtStore    *store,
             const char *name)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_strcmp0 (lt_child_get_display_name (child), name) == 0)
        return child;
    }
  return NULL;
}

/* Writing a page in the book: through the chapter's + button (an action
 * with the chapter's id), the dialog, and the store. */
static void
test_book_add_page (Fixture      *fixture,
                    gconstpointer data)
{
  LtChild *ida = child_named (fixture->store, "Ida");
  g_autoptr (GListModel) chapters = lt_store_list_chapters (fixture->store, ida);
  g_autoptr (LtChapter) about_me = g_list_model_get_item (chapters, 0);
  g_autoptr (GListModel) entries = lt_store_list_entries (fixture->store, about_me);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "screenshot-book.png", NULL);
  g_autoptr (GError) error = NULL;
  guint           before = g_list_model_get_n_items (entries);
  guint           nth = 0;
  GtkWidget      *book_page;
  LtRecordDialog *dialog;

  lt_window_show_child (fixture->window, ida);
  lt_window_show_view (fixture->window, "book");
  spin (200);
  book_page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_BOOK_PAGE, &nth);
  g_assert_nonnull (book_page);
  g_assert_true (gtk_widget_get_mapped (book_page));
  save_when_drawn (GTK_WIDGET (fixture->window), path);

  g_assert_true (gtk_widget_activate_action (book_page, "book.add-entry", "x",
                                             lt_record_get_id (LT_RECORD (about_me))));
  dialog = LT_RECORD_DIALOG (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 0), "Min hest Æblegrød");
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 1), "sommeren 2024");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (50);

  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, before + 1);
  /* "sommeren 2024" sorts before the page dated 2026. */
  {
    g_autoptr (LtStoryEntry) first = g_list_model_get_item (entries, 0);

    g_assert_cmpstr (lt_story_entry_get_title (first), ==, "Min hest Æblegrød");
    g_assert_cmpstr (lt_story_entry_get_sort_date (first), ==, "2024");
  }
}

static LtPerson *
person_named (LtStore    *store,
              LtChild    *child,
              const char *name)
{
  g_autoptr (GListModel) persons = lt_store_list_persons (store, child);

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);

      if (g_strcmp0 (lt_person_get_name (person), name) == 0)
        return person;
    }
  return NULL;
}

/* The family tree: a child added to the selected person from the context
 * menu's action arrives with the relation to its parent; a relation
 * deleted from the list goes, and comes back with Undo's copy. */
static void
test_family_tree (Fixture      *fixture,
                  gconstpointer data)
{
  LtChild  *ida = child_named (fixture->store, "Ida");
  LtPerson *thomas = person_named (fixture->store, ida, "Thomas Lund");
  g_autoptr (GListModel) relations =
      lt_store_list_records (fixture->store, LT_TYPE_RELATION, lt_record_get_id (LT_RECORD (ida)));
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "screenshot-family.png", NULL);
  g_autoptr (GError) error = NULL;
  guint           before = g_list_model_get_n_items (relations);
  guint           nth = 0;
  GtkWidget      *page, *view;
  LtRecordDialog *dialog;
  LtPerson       *ronja;

  lt_window_show_child (fixture->window, ida);
  lt_window_show_view (fixture->window, "family");
  spin (200);
  page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_GENOGRAM_PAGE, &nth);
  nth = 0;
  view = find_descendant (page, LT_TYPE_GENOGRAM_VIEW, &nth);
  g_assert_true (gtk_widget_get_mapped (view));
  g_assert_cmpuint (lt_genogram_view_get_genogram (LT_GENOGRAM_VIEW (view))->persons->len, ==, 11);
  save_when_drawn (GTK_WIDGET (fixture->window), path);

  /* Nothing selected: the person actions are off. */
  gtk_widget_activate_action (page, "family.add-child", NULL);
  g_assert_null (find_toplevel (LT_TYPE_RECORD_DIALOG));
  lt_genogram_view_select (LT_GENOGRAM_VIEW (view), lt_record_get_id (LT_RECORD (thomas)));
  g_assert_cmpint (lt_genogram_view_get_selected (LT_GENOGRAM_VIEW (view)), ==,
                   lt_record_get_id (LT_RECORD (thomas)));
  g_assert_true (gtk_widget_activate_action (page, "family.add-child", NULL));
  dialog = LT_RECORD_DIALOG (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 0), "Ronja Lund");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (100);

  ronja = person_named (fixture->store, ida, "Ronja Lund");
  g_assert_nonnull (ronja);
  g_assert_cmpint (lt_person_get_circle (ronja), ==, LT_CIRCLE_FAMILY);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, before + 1);
  {
    g_autoptr (LtRelation) added = g_list_model_get_item (relations, before);

    g_assert_cmpint (lt_relation_get_from_person_id (added), ==, lt_record_get_id (LT_RECORD (thomas)));
    g_assert_cmpint (lt_relation_get_to_person_id (added), ==, lt_record_get_id (LT_RECORD (ronja)));
    g_assert_cmpint (lt_relation_get_kind (added), ==, LT_RELATION_KIND_PARENT);
    /* The new person is in the drawing, selected. */
    g_assert_cmpuint (lt_genogram_view_get_genogram (LT_GENOGRAM_VIEW (view))->persons->len, ==, 12);
    g_assert_cmpint (lt_genogram_view_get_selected (LT_GENOGRAM_VIEW (view)), ==,
                     lt_record_get_id (LT_RECORD (ronja)));

    g_assert_true (gtk_widget_activate_action (page, "family.remove-relation", "x",
                                               lt_record_get_id (LT_RECORD (added))));
  }
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, before);
  g_assert_cmpuint (lt_genogram_view_get_genogram (LT_GENOGRAM_VIEW (view))->persons->len, ==, 11);

  /* A parent no one knows: a placeholder and its tie in one step. */
  lt_genogram_view_select (LT_GENOGRAM_VIEW (view), lt_record_get_id (LT_RECORD (thomas)));
  g_assert_true (gtk_widget_activate_action (page, "family.add-unknown-parent", NULL));
  spin (50);
  g_assert_null (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, before + 1);
  {
    g_autoptr (LtRelation) added = g_list_model_get_item (relations, before);
    const LtGenogram *genogram = lt_genogram_view_get_genogram (LT_GENOGRAM_VIEW (view));
    gint64            id = lt_relation_get_from_person_id (added);
    LtRecord         *unknown = lt_store_lookup (fixture->store, LT_TYPE_PERSON, id, &error);
    int               index = lt_genogram_find_person (genogram, id);

    g_assert_no_error (error);
    g_assert_true (lt_person_get_unknown (LT_PERSON (unknown)));
    g_assert_false (lt_person_get_on_network_map (LT_PERSON (unknown)));
    g_assert_cmpint (lt_relation_get_to_person_id (added), ==, lt_record_get_id (LT_RECORD (thomas)));
    g_assert_cmpint (lt_relation_get_kind (added), ==, LT_RELATION_KIND_PARENT);
    g_assert_cmpint (index, >, 0);
    g_assert_true (((LtGenogramPerson *) g_ptr_array_index (genogram->persons, index))->unknown);
    g_assert_cmpint (lt_genogram_view_get_selected (LT_GENOGRAM_VIEW (view)), ==, id);
  }
  /* Ida has both her parents: no third. */
  lt_genogram_view_select (LT_GENOGRAM_VIEW (view), 0);
  g_assert_true (gtk_widget_activate_action (page, "family.add-unknown-parent", NULL));
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, before + 1);
}

/* Deleting a person from the list offers Undo, which brings back the
 * person and their relations. */
static void
test_undo_person (Fixture      *fixture,
                  gconstpointer data)
{
  LtChild  *ida = child_named (fixture->store, "Ida");
  LtPerson *camilla = person_named (fixture->store, ida, "Camilla Sørensen");
  g_autoptr (GListModel) relations =
      lt_store_list_records (fixture->store, LT_TYPE_RELATION, lt_record_get_id (LT_RECORD (ida)));
  guint before = g_list_model_get_n_items (relations);
  g_autoptr (GError) error = NULL;
  g_autoptr (AdwToast) toast = NULL;
  LtPerson *back;
  guint     ties = 0;

  toast = lt_window_remove_for_undo (fixture->store, LT_RECORD (camilla), "deleted", &error);
  g_assert_no_error (error);
  g_assert_null (person_named (fixture->store, ida, "Camilla Sørensen"));
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, before - 6);

  g_signal_emit_by_name (toast, "button-clicked");
  back = person_named (fixture->store, ida, "Camilla Sørensen");
  g_assert_nonnull (back);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, before);
  for (guint i = 0; i < before; i++)
    {
      g_autoptr (LtRelation) relation = g_list_model_get_item (relations, i);

      ties += lt_relation_get_from_person_id (relation) == lt_record_get_id (LT_RECORD (back)) ||
              lt_relation_get_to_person_id (relation) == lt_record_get_id (LT_RECORD (back));
    }
  g_assert_cmpuint (ties, ==, 6);
}

/* The daily log: a note typed on the top line (the child's own, with a
 * tag), the filters by tag, by the child's lines and by writer, a note
 * made a page of the book, and a note deleted. */
static void
test_daily_log (Fixture      *fixture,
                gconstpointer data)
{
  LtChild *ida = child_named (fixture->store, "Ida");
  g_autoptr (GListModel) notes =
      lt_store_list_records (fixture->store, LT_TYPE_LOG_NOTE, lt_record_get_id (LT_RECORD (ida)));
  g_autoptr (GListModel) chapters = lt_store_list_chapters (fixture->store, ida);
  g_autoptr (LtChapter) memories = g_list_model_get_item (chapters, 6);
  g_autoptr (LtLogNote) newest = NULL;
  g_autoptr (LtStoryEntry) page_made = NULL;
  g_autoptr (GPtrArray) about = g_ptr_array_new ();
  g_autoptr (GPtrArray) page_people = NULL;
  LtPerson  *grandmother = person_named (fixture->store, ida, "Else Sørensen");
  guint      before = g_list_model_get_n_items (notes);
  guint      nth = 0;
  GtkWidget *page;
  GtkWidget *entry;
  GtkWidget *own_line;
  GtkWidget *tags;
  GtkWindow *dialog;
  guint      skole = 0;

  lt_store_set_actor (fixture->store, "Mette");
  lt_window_show_child (fixture->window, ida);
  lt_window_show_view (fixture->window, "log");
  spin (100);
  page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_LOG_PAGE, &nth);
  g_assert_nonnull (page);
  g_assert_cmpuint (lt_log_page_count_shown (LT_LOG_PAGE (page)), ==, before);

  nth = 0;
  entry = find_descendant (page, GTK_TYPE_ENTRY, &nth);
  nth = 0;
  own_line = find_descendant (page, GTK_TYPE_TOGGLE_BUTTON, &nth);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Jeg vandt 3-1 i dag! #Fritid");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (own_line), TRUE);
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, before + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  newest = g_list_model_get_item (notes, 0);
  g_assert_cmpstr (lt_log_note_get_writer (newest), ==, "Mette");
  g_assert_true (lt_log_note_get_child_line (newest));
  g_assert_cmpstr (lt_log_note_get_tags (newest), ==, "fritid");

  lt_log_page_filter (LT_LOG_PAGE (page), "fritid", NULL);
  g_assert_cmpuint (lt_log_page_count_shown (LT_LOG_PAGE (page)), ==, 2);
  lt_log_page_filter (LT_LOG_PAGE (page), NULL, "");
  g_assert_cmpuint (lt_log_page_count_shown (LT_LOG_PAGE (page)), ==, 3);
  lt_log_page_filter (LT_LOG_PAGE (page), NULL, "Søren");
  g_assert_cmpuint (lt_log_page_count_shown (LT_LOG_PAGE (page)), ==, 3);
  /* The tag drop-down lists the tags in use and filters by them. */
  lt_log_page_filter (LT_LOG_PAGE (page), NULL, NULL);
  nth = 0;
  tags = find_descendant (page, GTK_TYPE_DROP_DOWN, &nth);
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (tags))); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (tags))), i),
                   "#skole") == 0)
      skole = i;
  g_assert_cmpuint (skole, >, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tags), skole);
  g_assert_cmpuint (lt_log_page_count_shown (LT_LOG_PAGE (page)), ==, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tags), 0);
  g_assert_cmpuint (lt_log_page_count_shown (LT_LOG_PAGE (page)), ==, before + 1);
  /* By person: the demo has two notes about her grandmother; ours is about
   * her too from now on. */
  lt_log_page_filter_about (LT_LOG_PAGE (page), grandmother);
  g_assert_cmpuint (lt_log_page_count_shown (LT_LOG_PAGE (page)), ==, 2);
  g_ptr_array_add (about, grandmother);
  g_assert_true (lt_store_set_note_persons (fixture->store, newest, about, NULL));
  lt_log_page_filter_about (LT_LOG_PAGE (page), grandmother);
  g_assert_cmpuint (lt_log_page_count_shown (LT_LOG_PAGE (page)), ==, 3);
  lt_log_page_filter_about (LT_LOG_PAGE (page), NULL);

  /* The child's line becomes a page of the book, in the child's words. */
  g_assert_true (gtk_widget_activate_action (page, "log.promote", "(xx)", lt_record_get_id (LT_RECORD (newest)),
                                             lt_record_get_id (LT_RECORD (memories))));
  dialog = find_toplevel (LT_TYPE_RECORD_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (nth_entry_row (GTK_WIDGET (dialog), 0)), ==, "Jeg vandt 3-1 i dag");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (50);
  page_made = lt_store_dup_note_page (fixture->store, newest);
  g_assert_nonnull (page_made);
  g_assert_cmpint (lt_story_entry_get_author (page_made), ==, LT_AUTHOR_CHILD);
  page_people = lt_store_dup_entry_persons (fixture->store, page_made, NULL);
  g_assert_cmpuint (page_people->len, ==, 1);
  g_assert_true (g_ptr_array_index (page_people, 0) == (gpointer) grandmother);
  g_assert_cmpint (lt_story_entry_get_chapter_id (page_made), ==, lt_record_get_id (LT_RECORD (memories)));
  g_assert_nonnull (label_containing (page, "Became the page “Jeg vandt 3-1 i dag”"));

  g_assert_true (gtk_widget_activate_action (page, "log.delete", "x", lt_record_get_id (LT_RECORD (newest))));
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, before);
}

/* The history: empty at first; a page changed in its dialog shows who
 * changed it and which fields; the filter by kind. */
static void
test_history (Fixture      *fixture,
              gconstpointer data)
{
  LtChild *ida = child_named (fixture->store, "Ida");
  g_autoptr (GListModel) chapters = lt_store_list_chapters (fixture->store, ida);
  g_autoptr (LtChapter) about_me = g_list_model_get_item (chapters, 0);
  g_autoptr (GListModel) entries = lt_store_list_entries (fixture->store, about_me);
  g_autoptr (LtStoryEntry) page = g_list_model_get_item (entries, 0);
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *shot = g_test_build_filename (G_TEST_BUILT, "screenshot-history.png", NULL);
  LtHistoryWindow *history;

  lt_store_set_actor (fixture->store, "Mette Kjærgaard");
  lt_window_show_child (fixture->window, ida);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.history", NULL));
  history = LT_HISTORY_WINDOW (find_toplevel (LT_TYPE_HISTORY_WINDOW));
  g_assert_nonnull (history);
  g_assert_cmpuint (lt_history_window_count_shown (history), ==, 0);
  g_assert_nonnull (label_starting (GTK_WIDGET (history), "No Changes Yet"));
  gtk_window_destroy (GTK_WINDOW (history));

  draft = lt_record_copy (LT_RECORD (page));
  lt_story_entry_set_body (LT_STORY_ENTRY (draft), "Jeg hedder Ida, og jeg elsker heste.");
  g_assert_true (lt_store_save (fixture->store, draft, &error));
  g_assert_no_error (error);
  history = lt_history_window_new (GTK_WINDOW (fixture->window), fixture->store, ida);
  gtk_window_present (GTK_WINDOW (history));
  spin (50);
  g_assert_cmpuint (lt_history_window_count_shown (history), ==, 1);
  save_when_drawn (GTK_WIDGET (history), shot);
  g_assert_nonnull (label_starting (GTK_WIDGET (history), "Mette Kjærgaard changed the page “Det er mig”"));
  g_assert_nonnull (label_containing (GTK_WIDGET (history), "The Story"));
  lt_history_window_show_kind (history, "agreement");
  g_assert_cmpuint (lt_history_window_count_shown (history), ==, 0);
  lt_history_window_show_kind (history, "entry");
  g_assert_cmpuint (lt_history_window_count_shown (history), ==, 1);
  gtk_window_destroy (GTK_WINDOW (history));
}

/* The calendar: the demo's October, and a visit added through the form,
 * its time typed the Danish way and stored in UTC. */
static void
test_calendar (Fixture      *fixture,
               gconstpointer data)
{
  LtChild *ida = child_named (fixture->store, "Ida");
  g_autoptr (GListModel) events =
      lt_store_list_records (fixture->store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (ida)));
  guint           before = g_list_model_get_n_items (events);
  guint           nth = 0;
  GtkWidget      *page;
  LtRecordDialog *dialog;
  LtEvent        *added = NULL;

  lt_window_show_child (fixture->window, ida);
  lt_window_show_view (fixture->window, "calendar-demo-month");
  spin (200);
  page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_CALENDAR_PAGE, &nth);
  g_assert_true (gtk_widget_get_mapped (page));
  /* October 2026 shown from Monday 28 September, six weeks: the visits on
   * 3, 17 and 31 October, calls, handball … */
  g_assert_cmpuint (lt_calendar_page_count_shown (LT_CALENDAR_PAGE (page)), >=, 20);

  g_assert_true (gtk_widget_activate_action (page, "calendar.add-event", NULL));
  dialog = LT_RECORD_DIALOG (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 0), "Samvær med far");
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 1), "1.12.2026 kl. 15");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (50);
  /* A time that cannot be read keeps the dialog open and saves nothing. */
  g_assert_true (find_toplevel (LT_TYPE_RECORD_DIALOG) == GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, before);

  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 1), "1.12.2026 15:00");
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 2), "1.12.2026 17:00");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (LtEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (lt_event_get_title (event), "Samvær med far") == 0)
        added = event;
    }
  g_assert_nonnull (added);
  g_assert_cmpstr (lt_event_get_starts_at (added), ==, "2026-12-01T14:00:00Z");
  g_assert_cmpstr (lt_event_get_ends_at (added), ==, "2026-12-01T16:00:00Z");
  g_assert_null (lt_event_get_rrule (added));

  /* The overview for a meeting asks who it is for before it asks where. */
  {
    GtkWindow *question;

    g_assert_true (gtk_widget_activate_action (page, "calendar.export-overview", NULL));
    question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (question);
    g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (question)), ==, "Who Is the Overview For?");
    g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (question), "professionals"));
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "cancel");
    spin (50);
    g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  }
}

/* The tick boxes of the child's list for today, in order. */
static GPtrArray *
today_checks (GtkWidget *page)
{
  GPtrArray *checks = g_ptr_array_new ();
  GtkWidget *list = NULL;

  for (guint i = 0; list == NULL; i++)
    {
      guint      nth = i;
      GtkWidget *candidate = find_descendant (page, GTK_TYPE_LIST_BOX, &nth);

      g_assert_nonnull (candidate);
      if (gtk_widget_has_css_class (candidate, "school-today"))
        list = candidate;
    }
  for (guint i = 0;; i++)
    {
      guint      nth = i;
      GtkWidget *check = find_descendant (list, GTK_TYPE_CHECK_BUTTON, &nth);

      if (check == NULL)
        return checks;
      g_ptr_array_add (checks, check);
    }
}

static guint
count_ticked (GPtrArray *checks)
{
  guint ticked = 0;

  for (guint i = 0; i < checks->len; i++)
    ticked += gtk_check_button_get_active (g_ptr_array_index (checks, i));
  return ticked;
}

static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  for (guint i = 0;; i++)
    {
      guint      nth = i;
      GtkWidget *label = find_descendant (root, GTK_TYPE_LABEL, &nth);

      if (label == NULL)
        return FALSE;
      if (gtk_widget_is_drawable (label) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        return TRUE;
    }
}

/* Ida's list on Thursday 19 November: six things, the demo ticked five.
 * Ticking the last by activating its row (as a tap or Space does) keeps
 * the tick and says all is done; a tick taken back elsewhere shows at
 * once. */
static void
test_school_today (Fixture      *fixture,
                   gconstpointer data)
{
  LtChild *ida = child_named (fixture->store, "Ida");
  g_autoptr (GPtrArray) checks = NULL;
  LtChecklistItem *left = NULL;
  GtkWidget       *page;
  GtkWidget       *row = NULL;
  guint            nth = 0;
  GDate            thursday;

  lt_window_show_child (fixture->window, ida);
  lt_window_show_view (fixture->window, "school-today");
  spin (200);
  page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_SCHOOL_PAGE, &nth);
  g_assert_true (gtk_widget_get_mapped (page));
  checks = today_checks (page);
  g_assert_cmpuint (checks->len, ==, 6);
  g_assert_cmpuint (count_ticked (checks), ==, 5);
  g_assert_true (shows_text (page, "1 thing left"));

  for (guint i = 0; i < checks->len; i++)
    if (!gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      {
        left = g_object_get_data (g_ptr_array_index (checks, i), "item");
        row = gtk_widget_get_ancestor (g_ptr_array_index (checks, i), GTK_TYPE_LIST_BOX_ROW);
      }
  g_assert_cmpstr (lt_checklist_item_get_title (left), ==, "Homework done");
  g_assert_true (gtk_widget_activate (row));
  spin (50);
  g_date_clear (&thursday, 1);
  g_date_set_dmy (&thursday, 19, G_DATE_NOVEMBER, 2026);
  g_assert_true (lt_school_is_ticked (fixture->store, left, &thursday));
  g_assert_cmpuint (count_ticked (checks), ==, 6);
  g_assert_true (shows_text (page, "All done. Have a good day!"));

  g_assert_true (lt_school_set_ticked (fixture->store, left, &thursday, FALSE, NULL));
  spin (50);
  g_assert_cmpuint (count_ticked (checks), ==, 5);
  g_assert_true (shows_text (page, "1 thing left"));

  /* The adults put homework first on the list. */
  {
    gint64 before = lt_checklist_item_get_position (left);

    g_assert_true (gtk_widget_activate_action (page, "school.move-item", "(xi)", lt_record_get_id (LT_RECORD (left)),
                                               -1));
    spin (50);
    g_assert_cmpint (lt_checklist_item_get_position (left), ==, before - 1);
  }
}

/* A goal's reading is typed the Danish way; one that is not a number
 * keeps the dialog open and saves nothing. */
static void
test_school_reading (Fixture      *fixture,
                     gconstpointer data)
{
  LtChild *ida = child_named (fixture->store, "Ida");
  g_autoptr (GListModel) goals =
      lt_store_list_records (fixture->store, LT_TYPE_GOAL, lt_record_get_id (LT_RECORD (ida)));
  g_autoptr (LtGoal) goal = g_list_model_get_item (goals, 0);
  g_autoptr (GListModel) readings =
      lt_store_list_records (fixture->store, LT_TYPE_GOAL_READING, lt_record_get_id (LT_RECORD (goal)));
  guint before = g_list_model_get_n_items (readings);
  g_autoptr (LtGoalReading) added = NULL;
  LtRecordDialog *dialog;
  GtkWidget      *page;
  guint           nth = 0;

  lt_window_show_child (fixture->window, ida);
  lt_window_show_view (fixture->window, "school-progress");
  spin (200);
  page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_SCHOOL_PAGE, &nth);
  g_assert_true (gtk_widget_activate_action (page, "school.add-reading", "(sx)", "LtGoal",
                                             lt_record_get_id (LT_RECORD (goal))));
  dialog = LT_RECORD_DIALOG (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (nth_entry_row (GTK_WIDGET (dialog), 0)), ==, "19.11.2026");
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 1), "fire");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (50);
  g_assert_true (find_toplevel (LT_TYPE_RECORD_DIALOG) == GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (readings), ==, before);

  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 1), "4,5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (readings), ==, before + 1);
  added = g_list_model_get_item (readings, g_list_model_get_n_items (readings) - 1);
  g_assert_cmpstr (lt_goal_reading_get_day (added), ==, "2026-11-19");
  g_assert_cmpfloat (lt_goal_reading_get_value (added), ==, 4.5);
}

static GtkButton *
button_labelled (GtkWidget  *root,
                 const char *label)
{
  for (guint i = 0;; i++)
    {
      guint      nth = i;
      GtkWidget *button = find_descendant (root, GTK_TYPE_BUTTON, &nth);

      if (button == NULL)
        return NULL;
      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0)
        return GTK_BUTTON (button);
    }
}

static GtkWidget *
guidance_button (GtkWidget *root)
{
  for (guint i = 0;; i++)
    {
      guint      nth = i;
      GtkWidget *button = find_descendant (root, GTK_TYPE_TOGGLE_BUTTON, &nth);

      if (button == NULL || g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (button)), "dialog-information-symbolic") == 0)
        return button;
    }
}

static gboolean
has_a_prompt (gpointer panel)
{
  return lt_guidance_panel_get_n_prompts (panel) > 0;
}

/* F9 shows the guidance for the view; a sibling with no contact this year
 * brings a prompt (the guidance button marked), and putting it aside
 * keeps it away.  The library searches. */
static void
test_guidance (Fixture      *fixture,
               gconstpointer data)
{
  LtChild *ida = child_named (fixture->store, "Ida");
  g_autoptr (LtPerson) sister = g_object_new (LT_TYPE_PERSON, "child-id", lt_record_get_id (LT_RECORD (ida)), "name",
                                              "Sofie", "role", LT_PERSON_ROLE_SIBLING, NULL);
  LtGuidanceLibrary *library;
  GtkWidget         *panel;
  GtkWidget         *flap;
  GtkButton         *put_aside;
  guint              nth = 0;
  g_autoptr (GPtrArray) earlier = NULL;
  GDate today;

  /* Whatever the demo's data says on the day the test runs (a school year
   * without a talk, say) is put aside first, so only the sister counts. */
  lt_date_today (&today);
  earlier = lt_prompts_for_child (fixture->store, ida, &today);
  for (guint i = 0; i < earlier->len; i++)
    g_assert_true (lt_store_dismiss_prompt (fixture->store, ida, ((LtPrompt *) g_ptr_array_index (earlier, i))->key,
                                            NULL));
  lt_window_show_child (fixture->window, ida);
  lt_window_show_view (fixture->window, "calendar");
  spin (100);
  flap = find_descendant (GTK_WIDGET (fixture->window), ADW_TYPE_FLAP, &nth);
  g_assert_false (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-guidance", NULL));
  spin (100);
  g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  nth = 0;
  panel = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_GUIDANCE_PANEL, &nth);
  /* The calendar: family and network, and the four about parents. */
  g_assert_cmpuint (lt_guidance_panel_count_items (LT_GUIDANCE_PANEL (panel)), ==, 5);
  g_assert_cmpuint (lt_guidance_panel_get_n_prompts (LT_GUIDANCE_PANEL (panel)), ==, 0);
  lt_window_show_view (fixture->window, "school");
  spin (50);
  g_assert_cmpuint (lt_guidance_panel_count_items (LT_GUIDANCE_PANEL (panel)), ==, 5);

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (sister), NULL));
  /* The panel looks again once the change is done (an idle). */
  wait_until (has_a_prompt, panel);
  g_assert_cmpuint (lt_guidance_panel_get_n_prompts (LT_GUIDANCE_PANEL (panel)), ==, 1);
  g_assert_true (gtk_widget_has_css_class (guidance_button (GTK_WIDGET (fixture->window)), "accent"));
  put_aside = button_labelled (panel, "_Put Aside");
  g_assert_nonnull (put_aside);
  g_signal_emit_by_name (put_aside, "clicked");
  spin (50);
  g_assert_cmpuint (lt_guidance_panel_get_n_prompts (LT_GUIDANCE_PANEL (panel)), ==, 0);
  g_assert_null (button_labelled (panel, "_Put Aside"));
  g_assert_false (gtk_widget_has_css_class (guidance_button (GTK_WIDGET (fixture->window)), "accent"));

  library = lt_guidance_library_new (GTK_WINDOW (fixture->window), "gp-school");
  g_assert_cmpuint (lt_guidance_library_count_shown (library), ==, 17);
  lt_guidance_library_search (library, "Aula");
  g_assert_cmpuint (lt_guidance_library_count_shown (library), ==, 1);
  lt_guidance_library_search (library, "xyzzy");
  g_assert_cmpuint (lt_guidance_library_count_shown (library), ==, 0);
  gtk_window_destroy (GTK_WINDOW (library));
}

/* The network map: keeping a copy asks for a name, and the kept map can
 * be shown beside the map of now. */
static void
test_network_keep (Fixture      *fixture,
                   gconstpointer data)
{
  LtChild *mo = child_named (fixture->store, "Mo");
  g_autoptr (GListModel) versions = lt_store_list_records (fixture->store, LT_TYPE_NETWORK_VERSION,
                                                           lt_record_get_id (LT_RECORD (mo)));
  guint      nth = 0;
  GtkWidget *page, *dropdown, *saved;
  GtkWindow *question;

  lt_window_show_child (fixture->window, mo);
  lt_window_show_view (fixture->window, "network");
  spin (200);
  page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_NETWORK_PAGE, &nth);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 0);

  g_assert_true (gtk_widget_activate_action (page, "network.save-version", NULL));
  question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "keep");
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
  {
    g_autoptr (LtNetworkVersion) kept = g_list_model_get_item (versions, 0);

    g_assert_cmpstr (lt_network_version_get_title (kept), ==, "At the start of the placement");
    g_assert_nonnull (strstr (lt_network_version_get_content (kept), "Rania Al-Hassan"));
  }

  nth = 0;
  dropdown = find_descendant (page, GTK_TYPE_DROP_DOWN, &nth);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
  spin (50);
  nth = 1;
  saved = find_descendant (page, LT_TYPE_NETWORK_VIEW, &nth);
  g_assert_nonnull (saved);
  g_assert_true (gtk_widget_get_mapped (saved) || gtk_widget_get_mapped (gtk_widget_get_parent (saved)));
  g_assert_true (gtk_widget_activate_action (page, "network.delete-version", NULL));
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 0);
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Importing a genealogy file: the dialog finds Ida in the file and the
 * people already here, and Import adds only the others. */
static void
test_gedcom_import (Fixture      *fixture,
                    gconstpointer data)
{
  LtChild         *ida = child_named (fixture->store, "Ida");
  g_autofree char *fixture_path =
      g_test_build_filename (G_TEST_DIST, "fixtures", "gedcom", "family.ged", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "screenshot-gedcom.png", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (fixture_path);
  g_autoptr (GListModel) persons = lt_store_list_persons (fixture->store, ida);
  g_autoptr (GError) error = NULL;
  guint      before = g_list_model_get_n_items (persons);
  GtkWindow *question;

  lt_window_show_child (fixture->window, ida);
  lt_gedcom_dialog_import_file (GTK_WINDOW (fixture->window), fixture->store, ida, file);
  wait_until (has_message_dialog, NULL);
  question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  wait_until (is_drawn, question);
  spin (100);
  save_when_drawn (GTK_WIDGET (question), path);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "import");
  spin (50);

  /* Six of the family are in the demo already; the aunt's family is new. */
  g_assert_cmpuint (g_list_model_get_n_items (persons), ==, before + 6);
  g_assert_nonnull (person_named (fixture->store, ida, "Åse Sørensen"));
}

static gboolean
has_two_photos (gpointer data)
{
  return g_list_model_get_n_items (data) == 2;
}

static char *
make_jpeg (const char *folder,
           const char *name,
           int         width,
           int         height)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  char *path = g_build_filename (folder, name, NULL);

  gdk_pixbuf_fill (pixbuf, 0x62a0eaff);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "jpeg", NULL, NULL));
  return path;
}

/* The book export asks who the book is for; the wording for kept pages
 * shows only for the child's book, and is saved when the adult goes on.
 * A letter for later gets the child's 18th birthday as its day. */
static void
test_book_audience (Fixture      *fixture,
                    gconstpointer data)
{
  LtChild *ida = child_named (fixture->store, "Ida");
  gint64   ida_id = lt_record_get_id (LT_RECORD (ida));
  g_autoptr (GListModel) chapters = lt_store_list_chapters (fixture->store, ida);
  g_autoptr (LtChapter) people = g_list_model_get_item (chapters, 5);
  g_autoptr (GListModel) entries = lt_store_list_entries (fixture->store, people);
  g_autofree char *note = NULL;
  g_autofree char *shot = g_test_build_filename (G_TEST_BUILT, "screenshot-book-audience.png", NULL);
  guint            before = g_list_model_get_n_items (entries);
  guint            nth = 0;
  GtkWidget       *book_page;
  GtkWidget       *dialog;
  GtkWidget       *choice;
  GtkWidget       *view;
  GtkWindow       *chooser;

  lt_window_show_child (fixture->window, ida);
  lt_window_show_view (fixture->window, "book");
  spin (100);
  book_page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_BOOK_PAGE, &nth);
  g_assert_true (gtk_widget_activate_action (book_page, "book.export", NULL));
  dialog = GTK_WIDGET (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  nth = 0;
  choice = find_descendant (dialog, GTK_TYPE_DROP_DOWN, &nth);
  nth = 0;
  view = find_descendant (dialog, GTK_TYPE_TEXT_VIEW, &nth);
  g_assert_nonnull (label_starting (dialog, "Where pages are kept"));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (view)));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), 1); /* the parents */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (view)));
  g_assert_nonnull (label_starting (dialog, "1 page goes in.")); /* only "Mormors fødselsdag" is for the parents */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), 0);
  save_when_drawn (dialog, shot);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Spørg Anne, når du vil vide mere.", -1);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  spin (100);
  note = lt_store_dup_kept_note (fixture->store, ida_id, NULL);
  g_assert_cmpstr (note, ==, "Spørg Anne, når du vil vide mere.");
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  if (chooser != NULL)
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  spin (50);

  g_assert_true (gtk_widget_activate_action (book_page, "book.add-letter", "x",
                                             lt_record_get_id (LT_RECORD (people))));
  dialog = GTK_WIDGET (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_activate_action (dialog, "dialog.save", NULL));
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (LtStoryEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (lt_story_entry_get_title (entry), "A Letter for You") == 0)
        g_assert_cmpstr (lt_story_entry_get_open_on (entry), ==, "2032-03-12");
    }

  /* When a letter's day has come, the book offers it at the top; giving
   * it makes it an ordinary page. */
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (LtStoryEntry) entry = g_list_model_get_item (entries, i);
      g_autoptr (LtRecord) draft = NULL;

      if (g_strcmp0 (lt_story_entry_get_title (entry), "A Letter for You") != 0)
        continue;
      draft = lt_record_copy (LT_RECORD (entry));
      lt_story_entry_set_open_on (LT_STORY_ENTRY (draft), "2020-01-01");
      g_assert_true (lt_store_save (fixture->store, draft, NULL));
      lt_book_page_set_child (LT_BOOK_PAGE (book_page), NULL);
      lt_book_page_set_child (LT_BOOK_PAGE (book_page), ida);
      g_assert_nonnull (label_starting (book_page, "A Letter’s Day Has Come"));
      g_assert_true (gtk_widget_activate_action (book_page, "book.give-letter", "x",
                                                 lt_record_get_id (LT_RECORD (entry))));
      g_assert_null (lt_story_entry_get_open_on (entry));
      g_assert_null (label_starting (book_page, "A Letter’s Day Has Come"));
    }
}

/* Adding photos: two good ones and a bad one; the good ones arrive in the
 * store and the grid, the bad one is named in a dialog. */
static void
test_photos_import (Fixture      *fixture,
                    gconstpointer data)
{
  LtChild *ida = child_named (fixture->store, "Ida");
  g_autoptr (GListModel) photos = lt_store_list_photos (fixture->store, ida);
  g_autofree char *beach = make_jpeg (fixture->folder, "strand.jpg", 640, 480);
  g_autofree char *cake = make_jpeg (fixture->folder, "kage.jpg", 480, 640);
  g_autofree char *bad = g_build_filename (fixture->folder, "noter.jpg", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "screenshot-photos.png", NULL);
  char            *paths[] = { beach, bad, cake, NULL };
  g_autoptr (GError) error = NULL;
  guint      nth = 0;
  GtkWidget *page;
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (bad, "ikke et billede", -1, NULL));
  lt_window_show_child (fixture->window, ida);
  lt_window_show_view (fixture->window, "photos");
  page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_PHOTOS_PAGE, &nth);
  g_assert_nonnull (page);

  lt_photos_page_import (LT_PHOTOS_PAGE (page), paths);
  wait_until (has_two_photos, photos);
  spin (500);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "noter.jpg"));
  gtk_window_destroy (dialog);

  save_when_drawn (GTK_WIDGET (fixture->window), path);

  /* The viewer: tick who is in the first photo, and the store knows. */
  {
    LtPhotoViewer *viewer = lt_photo_viewer_new (GTK_WINDOW (fixture->window), fixture->store, photos, 0);
    g_autoptr (GListModel) persons = lt_store_list_persons (fixture->store, ida);
    g_autoptr (LtPhoto) first = g_list_model_get_item (photos, 0);
    g_autoptr (GPtrArray) in_photo = NULL;
    GtkWidget *check;
    GtkWidget *menu;
    GtkWindow *question;
    guint      n = 0;

    gtk_window_present (GTK_WINDOW (viewer));
    spin (200);
    menu = menu_button_with_icon (GTK_WIDGET (viewer), "system-users-symbolic");
    check = find_descendant (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu))), GTK_TYPE_CHECK_BUTTON, &n);
    g_assert_nonnull (check);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    in_photo = lt_store_dup_photo_persons (fixture->store, first, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (in_photo->len, ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (persons), >, 1);

    /* Sharing: the child's no and the parents' consent are saved at once,
     * and the line under the caption says the photo is in no export. */
    {
      GtkWidget *sharing = menu_button_with_icon (GTK_WIDGET (viewer), "emblem-shared-symbolic");
      GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (sharing)));
      GtkWidget *veto;
      GtkWidget *consent;
      GtkWidget *status;

      veto = named_descendant (popover, GTK_TYPE_SWITCH, "child-veto");
      gtk_switch_set_active (GTK_SWITCH (veto), TRUE);
      g_assert_true (lt_photo_get_child_veto (first));
      n = 1;
      consent = find_descendant (popover, ADW_TYPE_COMBO_ROW, &n);
      g_assert_nonnull (consent);
      adw_combo_row_set_selected (ADW_COMBO_ROW (consent), LT_CONSENT_NO);
      g_assert_cmpint (lt_photo_get_parent_consent (first), ==, LT_CONSENT_NO);
      g_assert_false (lt_photo_is_shown_to (first, LT_AUDIENCE_CHILD));
      status = label_starting (GTK_WIDGET (viewer), "In no export");
      g_assert_nonnull (status);
    }

    /* Deleting asks first; cancelling keeps the photo. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.delete", NULL));
    question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (question);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "cancel");
    g_assert_cmpuint (g_list_model_get_n_items (photos), ==, 2);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.delete", NULL));
    question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "delete");
    spin (50);
    g_assert_cmpuint (g_list_model_get_n_items (photos), ==, 1);
    gtk_window_destroy (GTK_WINDOW (viewer));
  }
}

/* At 360 px (a phone, or a narrow window) the sidebar and the page fold
 * into one column: choosing a child shows the page, Back the list. */
static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (GListModel) children = lt_store_list_children (fixture->store);
  g_autoptr (LtChild) child = g_list_model_get_item (children, 0);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "screenshot-narrow.png", NULL);
  g_autoptr (GError) error = NULL;
  GType       pages[] = { LT_TYPE_CHILD_PAGE, LT_TYPE_BOOK_PAGE, LT_TYPE_PHOTOS_PAGE,
                          LT_TYPE_GENOGRAM_PAGE, LT_TYPE_NETWORK_PAGE, LT_TYPE_CALENDAR_PAGE,
                          LT_TYPE_SCHOOL_PAGE, LT_TYPE_LOG_PAGE };
  guint       nth = 0;
  AdwLeaflet *leaflet;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  spin (300);
  leaflet = ADW_LEAFLET (find_descendant (GTK_WIDGET (fixture->window), ADW_TYPE_LEAFLET, &nth));
  g_assert_nonnull (leaflet);
  g_assert_true (adw_leaflet_get_folded (leaflet));

  lt_window_show_child (fixture->window, child);
  spin (300);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) != gtk_widget_get_first_child (GTK_WIDGET (leaflet)));
  /* Every view fits a phone-sized window, the drawings' too. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page;
      int        minimum = 0;

      nth = 0;
      page = find_descendant (GTK_WIDGET (fixture->window), pages[i], &nth);
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s needs %d pixels", g_type_name (pages[i]), minimum);
      g_assert_cmpint (minimum, <=, 360);
    }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 360);
  save_when_drawn (GTK_WIDGET (fixture->window), path);
}

/* Everyday agreements: the child menu's action opens the register for the
 * child shown, grouped by topic; an agreement added through the dialog
 * reaches the store with today as the day it was agreed; one deleted goes
 * at once, with a toast offering Undo.  It fits a phone. */
static void
test_agreements (Fixture      *fixture,
                 gconstpointer data)
{
  LtChild *ida = child_named (fixture->store, "Ida");
  g_autoptr (GListModel) agreements =
      lt_store_list_records (fixture->store, LT_TYPE_AGREEMENT, lt_record_get_id (LT_RECORD (ida)));
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "screenshot-agreements.png", NULL);
  g_autofree char *narrow = g_test_build_filename (G_TEST_BUILT, "screenshot-agreements-narrow.png", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr (LtAgreement) added = NULL;
  guint               before = g_list_model_get_n_items (agreements);
  LtAgreementsWindow *window;
  LtRecordDialog     *dialog;
  int                 minimum = 0;

  g_assert_cmpuint (before, >, 0);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  lt_window_show_child (fixture->window, ida);
  spin (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.agreements", NULL));
  window = LT_AGREEMENTS_WINDOW (find_toplevel (LT_TYPE_AGREEMENTS_WINDOW));
  g_assert_nonnull (window);
  g_assert_true (lt_agreements_window_get_child (window) == ida);
  wait_until (is_drawn, window);
  g_assert_true (shows_text (GTK_WIDGET (window), "Klipning hos frisør"));
  g_assert_true (shows_text (GTK_WIDGET (window), "Review due"));
  spin (200);
  save_when_drawn (GTK_WIDGET (window), path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "agreements.add", NULL));
  dialog = LT_RECORD_DIALOG (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  /* Empty title: the dialog stays open and nothing is added. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (50);
  g_assert_true (find_toplevel (LT_TYPE_RECORD_DIALOG) == GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (agreements), ==, before);
  gtk_editable_set_text (nth_entry_row (GTK_WIDGET (dialog), 0), "Lommepenge hver fredag");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (agreements), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (agreements) && added == NULL; i++)
    {
      g_autoptr (LtAgreement) agreement = g_list_model_get_item (agreements, i);

      if (g_strcmp0 (lt_agreement_get_title (agreement), "Lommepenge hver fredag") == 0)
        added = g_steal_pointer (&agreement);
    }
  g_assert_nonnull (added);
  g_assert_cmpstr (lt_agreement_get_agreed_on (added), ==, today);
  g_assert_true (lt_agreement_get_involves_parents (added));
  spin (50);
  g_assert_true (shows_text (GTK_WIDGET (window), "Lommepenge hver fredag"));

  /* Deleted at once; the toast in this window offers Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "agreements.remove", "(sx)",
                                             "LtAgreement", lt_record_get_id (LT_RECORD (added))));
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (agreements), ==, before);
  g_assert_false (shows_text (GTK_WIDGET (window), "Lommepenge hver fredag"));

  /* A phone's width. */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("the agreements window needs %d pixels", minimum);
  g_assert_cmpint (minimum, <=, 360);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  spin (300);
  save_when_drawn (GTK_WIDGET (window), narrow);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

/* SQLCipher and SQLite export the same symbols: both in one process would
 * silently mix.  Checked in the running process, after GTK has loaded all
 * its modules. */
static void
test_one_sqlite (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  g_assert_null (strstr (maps, "libsqlite3.so"));
  g_assert_nonnull (strstr (maps, "libsqlcipher.so"));
}

static void
test_templates (void)
{
  g_autoptr (LtStore) store = NULL;
  g_autofree char *folder = g_dir_make_tmp ("lt-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "t.db", NULL);
  GType            kinds[] = { LT_TYPE_CHILD, LT_TYPE_PLACEMENT, LT_TYPE_SCHOOL_PERIOD, LT_TYPE_PERSON,
                               LT_TYPE_RELATION, LT_TYPE_CHECKLIST_ITEM, LT_TYPE_ABSENCE, LT_TYPE_GOAL,
                               LT_TYPE_GOAL_READING, LT_TYPE_AGREEMENT };
  GtkWidget       *page;

  store = lt_store_open (path, NULL);
  g_assert_nonnull (store);
  page = g_object_ref_sink (g_object_new (LT_TYPE_CHILD_PAGE, NULL));
  lt_child_page_set_store (LT_CHILD_PAGE (page), store);
  g_assert_finalize_object (page);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr (LtRecord) record = g_object_new (kinds[i], NULL);
      LtRecordDialog *dialog = lt_record_dialog_new (NULL, store, record);

      g_assert_true (lt_record_dialog_get_record (dialog) == record);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  spin (20);
  g_assert_finalize_object (g_steal_pointer (&store));
  lt_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/window/empty-state-add-child", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_empty_state_add_child, fixture_tear_down);
  g_test_add ("/window/edit-child", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_edit_child_reaches_views, fixture_tear_down);
  g_test_add ("/window/remove-child", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_remove_child_asks, fixture_tear_down);
  g_test_add ("/window/screenshot", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_screenshot, fixture_tear_down);
  g_test_add ("/window/book-add-page", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_book_add_page, fixture_tear_down);
  g_test_add ("/window/book-audience", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_book_audience, fixture_tear_down);
  g_test_add ("/window/daily-log", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_daily_log,
              fixture_tear_down);
  g_test_add ("/window/history", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_history,
              fixture_tear_down);
  g_test_add ("/window/photos-import", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_photos_import, fixture_tear_down);
  g_test_add ("/window/family-tree", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_family_tree, fixture_tear_down);
  g_test_add ("/window/network-keep", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_network_keep, fixture_tear_down);
  g_test_add ("/window/agreements", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_agreements,
              fixture_tear_down);
  g_test_add ("/window/calendar", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_calendar,
              fixture_tear_down);
  g_test_add ("/window/school-today", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_school_today,
              fixture_tear_down);
  g_test_add ("/window/school-reading", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_school_reading, fixture_tear_down);
  g_test_add ("/window/guidance", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_guidance,
              fixture_tear_down);
  g_test_add ("/window/undo-person", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_undo_person, fixture_tear_down);
  g_test_add ("/window/gedcom-import", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_gedcom_import, fixture_tear_down);
  g_test_add ("/window/narrow", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_narrow,
              fixture_tear_down);
  g_test_add ("/window/one-sqlite", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_one_sqlite, fixture_tear_down);
  g_test_add_func ("/window/templates", test_templates);

  return g_test_run ();
}
