/* lt-photos-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPhotosPage: a child's photos.  A virtualised GtkGridView over the
 * store's photo list; thumbnails are made in worker threads and cached;
 * import (file chooser or drag and drop) copies the files into the media
 * folder in a worker thread, then adds the rows in one transaction, and a
 * bad file is named and skipped while the rest go on.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "lt-photo-import.h"
#include "lt-photo-viewer.h"
#include "lt-media.h"
#include "lt-photos-page.h"
#include "lt-window.h"

#define THUMBNAIL_SIZE 256

struct _LtPhotosPage
{
  GtkWidget parent_instance;

  /* owned */
  LtStore      *store;
  LtChild      *child;
  GListModel   *photos;
  GCancellable *cancellable;

  /* template children */
  GtkStack    *stack;
  GtkGridView *grid;
  GtkLabel    *count_label;
};

G_DEFINE_FINAL_TYPE (LtPhotosPage, lt_photos_page, GTK_TYPE_WIDGET)

/* ---- thumbnails ------------------------------------------------------ */

/* Thumbnails can always be made again, so they live in the cache. */
static char *
thumbnail_path (LtPhoto *photo)
{
  g_autofree char *name = g_strdup_printf ("%s-%d.png", lt_photo_get_sha256 (photo), THUMBNAIL_SIZE);

  return g_build_filename (g_get_user_cache_dir (), "livstraad", "thumbnails", name, NULL);
}

typedef struct
{
  char     *media_path;
  char     *thumb_path;
  LtSecret *media_key; /* NULL in a plain household */
  int       orientation;
} ThumbnailJob;

static void
thumbnail_job_free (ThumbnailJob *job)
{
  g_free (job->media_path);
  g_free (job->thumb_path);
  lt_secret_free (job->media_key);
  g_free (job);
}

/* Reads the kept thumbnail, or makes it first (also when the kept one
 * does not open, e.g. made for another household); returns its PNG. */
static void
make_thumbnail_in_thread (GTask        *task,
                          gpointer      source,
                          gpointer      data,
                          GCancellable *cancellable)
{
  ThumbnailJob *job = data;
  g_autoptr (GError) error = NULL;
  GBytes *png = lt_media_load (job->thumb_path, job->media_key, NULL);

  if (png == NULL && lt_photo_make_thumbnail (job->media_path, job->media_key, job->orientation, THUMBNAIL_SIZE,
                                              job->thumb_path, &error))
    png = lt_media_load (job->thumb_path, job->media_key, &error);
  if (png == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, png, (GDestroyNotify) g_bytes_unref);
}

static void
on_thumbnail_made_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      data)
{
  g_autoptr (GtkPicture) picture = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) png = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr (GdkTexture) texture = NULL;
  ThumbnailJob *job = g_task_get_task_data (G_TASK (result));

  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      g_debug ("No thumbnail for a photo: %s", error->message);
      gtk_picture_set_paintable (picture, NULL);
      return;
    }
  /* Still showing the photo it was made for? Rows are recycled. */
  if (g_strcmp0 (g_object_get_data (G_OBJECT (picture), "thumb-path"), job->thumb_path) == 0)
    gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
}

/* Thumbnails are read (and made when missing) in a thread: in an encrypted
 * household they are sealed like the photos, so never read straight from
 * the cache. */
static void
show_thumbnail (LtPhotosPage *self,
                GtkPicture   *picture,
                LtPhoto      *photo)
{
  g_autofree char *thumb = thumbnail_path (photo);
  g_autoptr (GTask) task = NULL;
  g_autoptr (GError) error = NULL;
  ThumbnailJob *job;

  g_object_set_data_full (G_OBJECT (picture), "thumb-path", g_strdup (thumb), g_free);
  gtk_picture_set_paintable (picture, NULL);
  job = g_new0 (ThumbnailJob, 1);
  job->media_key = lt_store_dup_media_key (self->store, lt_photo_get_child_id (photo), &error);
  if (error != NULL)
    {
      g_debug ("No thumbnail for a photo: %s", error->message);
      thumbnail_job_free (job);
      return;
    }
  job->media_path = g_build_filename (lt_store_get_media_dir (self->store), lt_photo_get_file_name (photo), NULL);
  job->thumb_path = g_steal_pointer (&thumb);
  job->orientation = (int) lt_photo_get_orientation (photo);
  task = g_task_new (NULL, self->cancellable, on_thumbnail_made_cb, g_object_ref (picture));
  g_task_set_task_data (task, job, (GDestroyNotify) thumbnail_job_free);
  g_task_run_in_thread (task, make_thumbnail_in_thread);
}

/* ---- the grid -------------------------------------------------------- */

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             LtPhotosPage             *self)
{
  GtkWidget *picture = gtk_picture_new ();

  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_COVER);
  gtk_widget_set_size_request (picture, 160, 160);
  gtk_widget_add_css_class (picture, "card");
  gtk_widget_set_overflow (picture, GTK_OVERFLOW_HIDDEN);
  gtk_list_item_set_child (item, picture);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            LtPhotosPage             *self)
{
  LtPhoto    *photo = gtk_list_item_get_item (item);
  GtkWidget  *picture = gtk_list_item_get_child (item);
  const char *label = lt_photo_get_caption (photo) != NULL ? lt_photo_get_caption (photo)
                                                           : lt_photo_get_original_name (photo);

  const char      *kept = lt_photo_kept_reason (photo, LT_AUDIENCE_ALL);
  g_autofree char *text = NULL;

  /* A photo the child said no to, or one refused for printing or sharing,
   * is shown faded, with the reason: the adults see the child's no. */
  if (kept != NULL && (lt_photo_get_audience (photo) & LT_AUDIENCE_ALL) != 0)
    text = g_strdup_printf ("%s\n%s", label != NULL ? label : _ ("Photo"), kept);
  else
    text = g_strdup (label != NULL ? label : _ ("Photo"));
  gtk_widget_set_opacity (picture, kept != NULL && (lt_photo_get_audience (photo) & LT_AUDIENCE_ALL) != 0 ? 0.45 : 1.0);
  gtk_widget_set_tooltip_text (picture, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  show_thumbnail (self, GTK_PICTURE (picture), photo);
}

static void
on_grid_activate_cb (LtPhotosPage *self,
                     guint         position)
{
  GtkWindow *viewer = GTK_WINDOW (lt_photo_viewer_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       self->store, self->photos, position));

  gtk_window_present (viewer);
}

static void
update_count (LtPhotosPage *self)
{
  guint            n = self->photos != NULL ? g_list_model_get_n_items (self->photos) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u photo", "%u photos", n), n);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "photos" : "empty");
}

/* ---- import ---------------------------------------------------------- */

typedef struct
{
  LtPhotosPage *self; /* owned */
  GStrv         paths;
  char         *media_dir;
  LtSecret     *media_key; /* NULL in a plain household */
  GPtrArray    *imported;  /* LtImportedPhoto *, from the worker */
  GPtrArray    *failures;  /* GError *, from the worker */
  AdwToast     *progress;  /* owned: "Adding photos…", dismissed when done */
} Import;

static void
import_free (Import *import)
{
  g_clear_object (&import->self);
  g_strfreev (import->paths);
  g_free (import->media_dir);
  lt_secret_free (import->media_key);
  g_clear_pointer (&import->imported, g_ptr_array_unref);
  g_clear_pointer (&import->failures, g_ptr_array_unref);
  g_clear_object (&import->progress);
  g_free (import);
}

static void
import_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  Import *import = data;

  import->imported = lt_photo_import_files (import->paths, import->media_dir, import->media_key, cancellable, NULL, NULL,
                                            &import->failures);
  g_task_return_boolean (task, TRUE);
}

static LtPhoto *
photo_from_import (LtPhotosPage    *self,
                   const char      *media_dir,
                   LtImportedPhoto *imported)
{
  g_autoptr (GFile) folder = g_file_new_for_path (media_dir);
  g_autoptr (GFile) file = g_file_new_for_path (imported->media_path);
  g_autofree char *file_name = g_file_get_relative_path (folder, file);
  LtPhoto         *photo = lt_photo_new ();

  lt_photo_set_child_id (photo, lt_record_get_id (LT_RECORD (self->child)));
  lt_photo_set_sha256 (photo, imported->sha256);
  lt_photo_set_file_name (photo, file_name);
  lt_photo_set_mime_type (photo, imported->mime_type);
  lt_photo_set_width (photo, imported->width);
  lt_photo_set_height (photo, imported->height);
  lt_photo_set_orientation (photo, imported->orientation);
  lt_photo_set_taken_at (photo, imported->taken_at);
  lt_photo_set_original_name (photo, imported->original_name);
  return photo;
}

/* Adds the photos that are new for this child, all in one transaction. */
static guint
add_imported (LtPhotosPage *self,
              Import       *import,
              GError      **error)
{
  guint added = 0;

  if (!lt_store_begin (self->store, error))
    return 0;
  for (guint i = 0; i < import->imported->len; i++)
    {
      LtImportedPhoto *imported = g_ptr_array_index (import->imported, i);
      g_autoptr (LtPhoto) photo = NULL;

      if (lt_store_find_photo (self->store, self->child, imported->sha256) != NULL)
        continue;
      photo = photo_from_import (self, lt_store_get_media_dir (self->store), imported);
      if (!lt_store_add (self->store, LT_RECORD (photo), error))
        {
          lt_store_rollback (self->store);
          return 0;
        }
      added++;
    }
  return lt_store_commit (self->store, error) ? added : 0;
}

static void
report_failures (LtPhotosPage *self,
                 GPtrArray    *failures)
{
  g_autoptr (GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  for (guint i = 0; i < failures->len; i++)
    g_string_append_printf (body, "%s%s", i > 0 ? "\n\n" : "", ((GError *) g_ptr_array_index (failures, i))->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   ngettext ("A File Was Not Added", "Some Files Were Not Added", failures->len),
                                   body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_imported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  Import       *import = g_task_get_task_data (G_TASK (result));
  LtPhotosPage *self = import->self;
  g_autoptr (GError) error = NULL;
  guint added;

  adw_toast_dismiss (import->progress);
  if (!g_task_propagate_boolean (G_TASK (result), &error) || self->child == NULL)
    return;

  added = add_imported (self, import, &error);
  if (error != NULL)
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
  else if (added > 0)
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new_format (ngettext ("%u photo added", "%u photos added", added), added));
  else if (import->imported->len > 0)
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (_ ("These photos are already here")));
  if (import->failures != NULL && import->failures->len > 0)
    report_failures (self, import->failures);
}

/**
 * lt_photos_page_import:
 * @paths: files to import into the shown child's photos
 *
 * Copies and reads the files in a worker thread; the window stays usable.
 */
void
lt_photos_page_import (LtPhotosPage *self,
                       GStrv         paths)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LtSecret) media_key = NULL;
  Import *import;

  g_return_if_fail (LT_IS_PHOTOS_PAGE (self));

  if (self->store == NULL || self->child == NULL || paths == NULL || paths[0] == NULL)
    return;
  media_key = lt_store_dup_media_key (self->store, lt_record_get_id (LT_RECORD (self->child)), &error);
  if (error != NULL)
    {
      lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  import = g_new0 (Import, 1);
  import->media_key = g_steal_pointer (&media_key);
  import->self = g_object_ref (self);
  import->paths = g_strdupv (paths);
  import->media_dir = lt_store_dup_child_media_dir (self->store, lt_record_get_id (LT_RECORD (self->child)));
  import->progress = adw_toast_new (_ ("Adding photos…"));
  adw_toast_set_timeout (import->progress, 0);
  lt_window_toast_from (GTK_WIDGET (self), g_object_ref (import->progress));

  task = g_task_new (NULL, self->cancellable, on_imported_cb, NULL);
  g_task_set_task_data (task, import, (GDestroyNotify) import_free);
  g_task_run_in_thread (task, import_in_thread);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        LtPhotosPage    *self)
{
  g_autoptr (GListModel) files = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) paths = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr (GFile) file = g_list_model_get_item (files, i);
          g_autofree char *path = g_file_get_path (file);

          if (path != NULL)
            g_strv_builder_add (builder, path);
        }
      paths = g_strv_builder_end (builder);
      lt_photos_page_import (self, paths);
    }
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LtPhotosPage         *self = LT_PHOTOS_PAGE (widget);
  GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (_ ("Add Photos"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                   GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Add"), _ ("_Cancel"));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("Photos"));
  gtk_file_filter_add_pixbuf_formats (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            LtPhotosPage  *self)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) paths = NULL;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (path != NULL)
        g_strv_builder_add (builder, path);
    }
  paths = g_strv_builder_end (builder);
  lt_photos_page_import (self, paths);
  return TRUE;
}

/* ---- GObject --------------------------------------------------------- */

static void
unbind (LtPhotosPage *self)
{
  if (self->photos != NULL)
    g_signal_handlers_disconnect_by_data (self->photos, self);
  gtk_grid_view_set_model (self->grid, NULL);
  g_clear_object (&self->photos);
}

static void
bind (LtPhotosPage *self)
{
  g_autoptr (GtkSelectionModel) selection = NULL;

  if (self->store != NULL && self->child != NULL)
    {
      self->photos = lt_store_list_photos (self->store, self->child);
      selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (self->photos)));
      gtk_grid_view_set_model (self->grid, selection);
      g_signal_connect_object (self->photos, "items-changed", G_CALLBACK (update_count), self,
                               G_CONNECT_SWAPPED);
    }
  update_count (self);
}

static void
lt_photos_page_dispose (GObject *object)
{
  LtPhotosPage *self = LT_PHOTOS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_PHOTOS_PAGE);
  g_clear_object (&self->child);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (lt_photos_page_parent_class)->dispose (object);
}

static void
lt_photos_page_class_init (LtPhotosPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_photos_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/dk/livstraad/Livstraad/lt-photos-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtPhotosPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LtPhotosPage, grid);
  gtk_widget_class_bind_template_child (widget_class, LtPhotosPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_grid_activate_cb);
  gtk_widget_class_install_action (widget_class, "photos.import", NULL, import_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lt_photos_page_init (LtPhotosPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkDropTarget      *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  gtk_grid_view_set_factory (self->grid, factory);
  g_object_unref (factory);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  update_count (self);
}

void
lt_photos_page_set_store (LtPhotosPage *self,
                          LtStore      *store)
{
  g_return_if_fail (LT_IS_PHOTOS_PAGE (self));

  if (self->store == store)
    return;
  unbind (self);
  g_clear_object (&self->child);
  g_set_object (&self->store, store);
}

void
lt_photos_page_set_child (LtPhotosPage *self,
                          LtChild      *child)
{
  g_return_if_fail (LT_IS_PHOTOS_PAGE (self));

  if (self->child == child)
    return;
  unbind (self);
  g_set_object (&self->child, child);
  bind (self);
}
