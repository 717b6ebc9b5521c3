/* lt-child-copy-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChildCopyWindow: a row with a check button per photo (all in to start
 * with); Save asks where, then lt_child_copy_write() does the work.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-child-copy-window.h"
#include "lt-child-copy.h"
#include "lt-date.h"
#include "lt-ui-resources.h"

struct _LtChildCopyWindow
{
  AdwWindow parent_instance;

  /* template */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *title;
  AdwComboRow         *kind_row;
  GtkListBox          *photos_list;
  AdwPreferencesGroup *photos_group;

  /* owned */
  LtStore    *store;
  LtChild    *child;
  GListModel *photos;
  GPtrArray  *checks; /* GtkCheckButton *, one per photo, borrowed */
};

G_DEFINE_FINAL_TYPE (LtChildCopyWindow, lt_child_copy_window, ADW_TYPE_WINDOW)

static gboolean
as_zip (LtChildCopyWindow *self)
{
  return adw_combo_row_get_selected (self->kind_row) == 0;
}

static void
fill_photos (LtChildCopyWindow *self)
{
  guint n = g_list_model_get_n_items (self->photos);

  gtk_widget_set_visible (GTK_WIDGET (self->photos_group), n > 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (LtPhoto) photo = g_list_model_get_item (self->photos, i);
      const char      *caption = lt_photo_get_caption (photo);
      const char      *taken = lt_photo_get_taken_at (photo);
      g_autofree char *date = taken != NULL ? lt_date_format (taken) : NULL;
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *check = gtk_check_button_new ();

      const char *kept = lt_photo_kept_reason (photo, LT_AUDIENCE_CHILD);

      /* A photo the child may not have is shown, greyed, with the reason,
       * so nothing goes missing without a word. */
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), kept == NULL);
      gtk_widget_set_sensitive (check, kept == NULL);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     caption != NULL && *caption != '\0' ? caption
                                                                         : lt_photo_get_original_name (photo));
      if (kept != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kept);
      else if (date != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->photos_list, row);
      g_ptr_array_add (self->checks, check);
    }
}

static GHashTable *
dup_left_out (LtChildCopyWindow *self)
{
  GHashTable *left_out = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < self->checks->len; i++)
    if (!gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        g_autoptr (LtPhoto) photo = g_list_model_get_item (self->photos, i);

        g_hash_table_add (left_out, g_memdup2 (&(gint64){ lt_record_get_id (LT_RECORD (photo)) }, sizeof (gint64)));
      }
  return left_out;
}

/* ---- saving ------------------------------------------------------------ */

static void
on_chooser_response_cb (GtkNativeDialog   *chooser,
                        int                response,
                        LtChildCopyWindow *self)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;
  if (as_zip (self))
    target = g_str_has_suffix (path, ".zip") ? g_strdup (path) : g_strconcat (path, ".zip", NULL);
  else
    {
      g_autofree char *name = lt_child_copy_name (self->child);

      target = g_build_filename (path, name, NULL);
    }
  if (!lt_child_copy_window_write (self, target, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_ ("The copy was saved")));
}

static void
on_save_clicked_cb (LtChildCopyWindow *self)
{
  g_autofree char      *name = lt_child_copy_name (self->child);
  g_autofree char      *zip_name = g_strconcat (name, ".zip", NULL);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_ ("Save the Child’s Copy"), GTK_WINDOW (self),
                                         as_zip (self) ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                       : GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _ ("_Save"), _ ("_Cancel"));
  if (as_zip (self))
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), zip_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_child_copy_window_dispose (GObject *object)
{
  LtChildCopyWindow *self = LT_CHILD_COPY_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->child);
  g_clear_object (&self->photos);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (lt_child_copy_window_parent_class)->dispose (object);
}

static void
lt_child_copy_window_class_init (LtChildCopyWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = lt_child_copy_window_dispose;

  (void) lt_ui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/livstraad/Livstraad/lt-child-copy-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LtChildCopyWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtChildCopyWindow, title);
  gtk_widget_class_bind_template_child (widget_class, LtChildCopyWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LtChildCopyWindow, photos_list);
  gtk_widget_class_bind_template_child (widget_class, LtChildCopyWindow, photos_group);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lt_child_copy_window_init (LtChildCopyWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
}

/* ---- public API ------------------------------------------------------ */

LtChildCopyWindow *
lt_child_copy_window_new (GtkWindow *parent,
                          LtStore   *store,
                          LtChild   *child)
{
  LtChildCopyWindow *self;
  g_autofree char   *title = NULL;

  g_return_val_if_fail (LT_IS_STORE (store) && LT_IS_CHILD (child), NULL);

  self = g_object_new (LT_TYPE_CHILD_COPY_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->child = g_object_ref (child);
  self->photos = lt_store_list_photos (store, child);
  title = g_strdup_printf (_ ("%s’s Own Copy"), lt_child_get_display_name (child));
  adw_window_title_set_title (self->title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  fill_photos (self);
  return self;
}

/* Ticks or unticks the photo at @index in the list. */
void
lt_child_copy_window_set_photo_included (LtChildCopyWindow *self,
                                         guint              index,
                                         gboolean           included)
{
  g_return_if_fail (LT_IS_CHILD_COPY_WINDOW (self) && index < self->checks->len);

  gtk_check_button_set_active (g_ptr_array_index (self->checks, index), included);
}

/* Writes the copy with the ticked photos to @target (a ".zip" file or a
 * new folder). */
gboolean
lt_child_copy_window_write (LtChildCopyWindow *self,
                            const char        *target,
                            GError           **error)
{
  g_autoptr (GHashTable) left_out = NULL;

  g_return_val_if_fail (LT_IS_CHILD_COPY_WINDOW (self), FALSE);

  left_out = dup_left_out (self);
  return lt_child_copy_write (self->store, self->child, left_out, target, error);
}
