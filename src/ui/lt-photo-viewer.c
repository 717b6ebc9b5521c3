/* lt-photo-viewer.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPhotoViewer: one photo at a time.  Left and Right go through the
 * child's photos, Escape closes; the caption can be written under the
 * photo and is saved on Enter.  Photos are decoded in a worker thread at
 * screen size, turned the way the camera says.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-audience-row.h"
#include "lt-media.h"
#include "lt-photo-viewer.h"

#define VIEW_SIZE 1600

struct _LtPhotoViewer
{
  AdwWindow parent_instance;

  /* owned */
  LtStore      *store;
  GListModel   *photos;
  GCancellable *cancellable;
  guint         position;

  /* borrowed */
  GtkPicture      *picture;
  GtkEntry        *caption;
  AdwWindowTitle  *title;
  GtkMenuButton   *people_button;
  GtkToggleButton *cover_button;
  GtkBox          *people_box;
  GtkBox          *sharing_box; /* in the sharing popover, rebuilt per photo */
  GtkLabel        *sharing_label;
  gboolean         showing; /* filling the sharing rows: no saving */
  LtChild         *child;
};

G_DEFINE_FINAL_TYPE (LtPhotoViewer, lt_photo_viewer, ADW_TYPE_WINDOW)

typedef struct
{
  char     *path;
  LtSecret *media_key; /* NULL in a plain household */
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_free (job->path);
  lt_secret_free (job->media_key);
  g_free (job);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  LoadJob *job = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = lt_media_load (job->path, job->media_key, &error);
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GdkPixbuf) turned = NULL;

  if (bytes != NULL)
    {
      stream = g_memory_input_stream_new_from_bytes (bytes);
      pixbuf = gdk_pixbuf_new_from_stream_at_scale (stream, VIEW_SIZE, VIEW_SIZE, TRUE, NULL, &error);
    }

  if (pixbuf == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  turned = gdk_pixbuf_apply_embedded_orientation (pixbuf);
  g_task_return_pointer (task, g_steal_pointer (&turned), g_object_unref);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  LtPhotoViewer *self = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GdkPixbuf) pixbuf = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr (GdkTexture) texture = NULL;

  if (pixbuf == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_window_title_set_subtitle (self->title, error->message);
      return;
    }
  texture = gdk_texture_new_for_pixbuf (pixbuf);
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
}

/* ---- who is in the photo ---------------------------------------------- */

static void
on_person_toggled_cb (LtPhotoViewer *self)
{
  g_autoptr (LtPhoto) photo = g_list_model_get_item (self->photos, self->position);
  g_autoptr (GPtrArray) persons = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;

  if (photo == NULL)
    return;
  for (GtkWidget *check = gtk_widget_get_first_child (GTK_WIDGET (self->people_box)); check != NULL;
       check = gtk_widget_get_next_sibling (check))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
      g_ptr_array_add (persons, g_object_get_data (G_OBJECT (check), "person"));
  if (!lt_store_set_photo_persons (self->store, photo, persons, &error))
    adw_window_title_set_subtitle (self->title, error->message);
}

/* One check per person around the child, ticked for those in the photo. */
static void
show_people (LtPhotoViewer *self,
             LtPhoto       *photo)
{
  g_autoptr (GListModel) persons = NULL;
  g_autoptr (GPtrArray) in_photo = lt_store_dup_photo_persons (self->store, photo, NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->people_box))) != NULL)
    gtk_box_remove (self->people_box, child);
  if (self->child == NULL)
    return;

  persons = lt_store_list_persons (self->store, self->child);
  gtk_widget_set_sensitive (GTK_WIDGET (self->people_button), g_list_model_get_n_items (persons) > 0);
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);
      GtkWidget *check = gtk_check_button_new_with_label (lt_person_get_name (person));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   in_photo != NULL && g_ptr_array_find (in_photo, person, NULL));
      g_object_set_data_full (G_OBJECT (check), "person", g_object_ref (person), g_object_unref);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_person_toggled_cb), self);
      gtk_box_append (self->people_box, check);
    }
}

/* ---- sharing and consent ------------------------------------------- */

/* One line under the caption: who may see the photo, and what keeps it
 * out of exports. */
static void
show_sharing_status (LtPhotoViewer *self,
                     LtPhoto       *photo)
{
  const char      *kept = lt_photo_kept_reason (photo, LT_AUDIENCE_ALL);
  g_autofree char *who = lt_audience_describe ((guint) lt_photo_get_audience (photo));
  g_autofree char *text = NULL;

  if (kept != NULL && (lt_photo_get_audience (photo) & LT_AUDIENCE_ALL) != 0)
    /* Translators: %s says why the photo is in no export */
    text = g_strdup_printf (_ ("In no export: %s"), kept);
  else if (lt_photo_get_child_consent (photo) == LT_CONSENT_UNASKED ||
           lt_photo_get_parent_consent (photo) == LT_CONSENT_UNASKED)
    /* Translators: %s lists who may see the photo */
    text = g_strdup_printf (_ ("For: %s · consent not asked yet"), who);
  else
    text = g_strdup_printf (_ ("For: %s"), who);
  gtk_label_set_text (self->sharing_label, text);
}

static void
on_sharing_changed_cb (LtPhotoViewer *self)
{
  g_autoptr (LtPhoto) photo = g_list_model_get_item (self->photos, self->position);
  GtkWidget *audience_row = g_object_get_data (G_OBJECT (self->sharing_box), "audience-row");
  GtkWidget *veto = g_object_get_data (G_OBJECT (self->sharing_box), "veto");
  GtkWidget *child_consent = g_object_get_data (G_OBJECT (self->sharing_box), "child-consent");
  GtkWidget *parent_consent = g_object_get_data (G_OBJECT (self->sharing_box), "parent-consent");
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GError) error = NULL;

  if (photo == NULL || self->showing)
    return;
  draft = lt_record_copy (LT_RECORD (photo));
  lt_photo_set_audience (LT_PHOTO (draft), lt_audience_row_read (audience_row));
  lt_photo_set_child_veto (LT_PHOTO (draft), gtk_switch_get_active (GTK_SWITCH (veto)));
  lt_photo_set_child_consent (LT_PHOTO (draft), adw_combo_row_get_selected (ADW_COMBO_ROW (child_consent)));
  lt_photo_set_parent_consent (LT_PHOTO (draft), adw_combo_row_get_selected (ADW_COMBO_ROW (parent_consent)));
  if (!lt_store_save (self->store, draft, &error))
    adw_window_title_set_subtitle (self->title, error->message);
  else
    show_sharing_status (self, LT_PHOTO (draft));
}

static GtkWidget *
consent_row (LtPhotoViewer *self,
             const char    *title,
             LtConsent      consent)
{
  const char *labels[] = { lt_consent_to_label (LT_CONSENT_UNASKED), lt_consent_to_label (LT_CONSENT_YES),
                           lt_consent_to_label (LT_CONSENT_NO), NULL };
  g_autoptr (GtkStringList) model = gtk_string_list_new (labels);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), consent);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (on_sharing_changed_cb), self);
  return row;
}

/* The sharing popover's rows for @photo: who may see it, the child's no,
 * and whether the child and the parents agree to it being printed or
 * shared.  Each change is saved at once, as the caption is. */
static void
show_sharing (LtPhotoViewer *self,
              LtPhoto       *photo)
{
  const char *name = self->child != NULL ? lt_child_get_display_name (self->child) : _ ("The child");
  GtkWidget  *list = gtk_list_box_new ();
  GtkWidget  *veto_row = adw_action_row_new ();
  GtkWidget  *veto = gtk_switch_new ();
  GtkWidget  *child;
  /* Translators: %s is the child's name */
  g_autofree char *veto_title = g_strdup_printf (_ ("%s Said No to This Photo"), name);
  /* Translators: %s is the child's name */
  g_autofree char *consent_title = g_strdup_printf (_ ("%s Agrees to Print or Share"), name);
  GtkWidget       *audience_row;
  GtkWidget       *child_consent;
  GtkWidget       *parent_consent;

  self->showing = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sharing_box))) != NULL)
    gtk_box_remove (self->sharing_box, child);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  audience_row = lt_audience_row_new (_ ("Who May See It"), lt_photo_get_audience (photo),
                                      G_CALLBACK (on_sharing_changed_cb), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (veto_row), veto_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (veto_row), _ ("Kept out of every book and export"));
  gtk_widget_set_name (veto, "child-veto");
  gtk_switch_set_active (GTK_SWITCH (veto), lt_photo_get_child_veto (photo));
  gtk_widget_set_valign (veto, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (veto_row), veto);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (veto_row), veto);
  g_signal_connect_swapped (veto, "notify::active", G_CALLBACK (on_sharing_changed_cb), self);
  child_consent = consent_row (self, consent_title, lt_photo_get_child_consent (photo));
  parent_consent = consent_row (self, _ ("The Parents Agree to Print or Share"),
                                lt_photo_get_parent_consent (photo));
  gtk_list_box_append (GTK_LIST_BOX (list), audience_row);
  gtk_list_box_append (GTK_LIST_BOX (list), veto_row);
  gtk_list_box_append (GTK_LIST_BOX (list), child_consent);
  gtk_list_box_append (GTK_LIST_BOX (list), parent_consent);
  g_object_set_data (G_OBJECT (self->sharing_box), "audience-row", audience_row);
  g_object_set_data (G_OBJECT (self->sharing_box), "veto", veto);
  g_object_set_data (G_OBJECT (self->sharing_box), "child-consent", child_consent);
  g_object_set_data (G_OBJECT (self->sharing_box), "parent-consent", parent_consent);
  gtk_box_append (self->sharing_box, list);
  show_sharing_status (self, photo);
  self->showing = FALSE;
}

/* ---- the cover ------------------------------------------------------- */

static void
on_cover_toggled_cb (LtPhotoViewer *self)
{
  g_autoptr (LtPhoto) photo = g_list_model_get_item (self->photos, self->position);
  gboolean cover = gtk_toggle_button_get_active (self->cover_button);
  g_autoptr (GError) error = NULL;

  if (photo == NULL || self->child == NULL || lt_photo_get_is_cover (photo) == cover)
    return;
  gtk_button_set_icon_name (GTK_BUTTON (self->cover_button), cover ? "starred-symbolic" : "non-starred-symbolic");
  if (!lt_store_set_cover_photo (self->store, self->child, cover ? photo : NULL, &error))
    adw_window_title_set_subtitle (self->title, error->message);
  else if (cover)
    adw_window_title_set_subtitle (self->title, _ ("This photo is on the cover of the book"));
}

static void
show_photo (LtPhotoViewer *self)
{
  g_autoptr (LtPhoto) photo = g_list_model_get_item (self->photos, self->position);
  g_autoptr (GTask) task = NULL;
  g_autofree char *counter = NULL;
  LoadJob         *job;

  if (photo == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  counter = g_strdup_printf (_ ("Photo %u of %u"), self->position + 1, g_list_model_get_n_items (self->photos));
  adw_window_title_set_title (self->title, lt_photo_get_original_name (photo) != NULL
                                               ? lt_photo_get_original_name (photo)
                                               : _ ("Photo"));
  adw_window_title_set_subtitle (self->title, counter);
  gtk_editable_set_text (GTK_EDITABLE (self->caption),
                         lt_photo_get_caption (photo) != NULL ? lt_photo_get_caption (photo) : "");
  gtk_picture_set_paintable (self->picture, NULL);
  show_people (self, photo);
  show_sharing (self, photo);
  gtk_toggle_button_set_active (self->cover_button, lt_photo_get_is_cover (photo));
  gtk_button_set_icon_name (GTK_BUTTON (self->cover_button),
                            lt_photo_get_is_cover (photo) ? "starred-symbolic" : "non-starred-symbolic");

  job = g_new0 (LoadJob, 1);
  job->path = g_build_filename (lt_store_get_media_dir (self->store), lt_photo_get_file_name (photo), NULL);
  job->media_key = lt_store_dup_media_key (self->store, lt_photo_get_child_id (photo), NULL);
  task = g_task_new (NULL, self->cancellable, on_loaded_cb, self);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_in_thread);
}

static void
go_action (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  LtPhotoViewer *self = LT_PHOTO_VIEWER (widget);
  int            step = g_variant_get_int32 (parameter);
  guint          n = g_list_model_get_n_items (self->photos);

  if ((step < 0 && self->position == 0) || (step > 0 && self->position + 1 >= n))
    return;
  self->position += step;
  show_photo (self);
}

static void
on_caption_activate_cb (GtkEntry      *entry,
                        LtPhotoViewer *self)
{
  g_autoptr (LtPhoto) photo = g_list_model_get_item (self->photos, self->position);
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GError) error = NULL;

  if (photo == NULL)
    return;
  draft = lt_record_copy (LT_RECORD (photo));
  lt_photo_set_caption (LT_PHOTO (draft), gtk_editable_get_text (GTK_EDITABLE (entry)));
  if (!lt_store_save (self->store, draft, &error))
    adw_window_title_set_subtitle (self->title, error->message);
  else
    adw_window_title_set_subtitle (self->title, _ ("Caption saved"));
}

/* ---- deleting -------------------------------------------------------- */

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LtPhotoViewer    *self)
{
  LtPhoto *photo = g_object_get_data (G_OBJECT (dialog), "photo");
  g_autoptr (GError) error = NULL;
  guint n;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!lt_store_remove (self->store, LT_RECORD (photo), &error))
    {
      adw_window_title_set_subtitle (self->title, error->message);
      return;
    }
  /* The list has already let go of the photo: show its neighbour. */
  n = g_list_model_get_n_items (self->photos);
  if (n == 0)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  self->position = MIN (self->position, n - 1);
  show_photo (self);
}

/* A photo may be on pages of the book, so deleting it asks first. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LtPhotoViewer *self = LT_PHOTO_VIEWER (widget);
  g_autoptr (LtPhoto) photo = g_list_model_get_item (self->photos, self->position);
  GtkWidget *dialog;

  if (photo == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Delete This Photo?"),
                                   _ ("It is taken off every page of the book it is on. This cannot be "
                                      "undone; the file you added it from is not touched."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "delete",
                                    _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "photo", g_object_ref (photo), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
nav_button (const char *icon,
            const char *tooltip,
            int         step)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "viewer.go");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int32 (step));
  return button;
}

static void
build (LtPhotoViewer *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *caption_box = adw_clamp_new ();

  self->title = ADW_WINDOW_TITLE (adw_window_title_new ("", NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), nav_button ("go-previous-symbolic", _ ("Previous Photo"), -1));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), nav_button ("go-next-symbolic", _ ("Next Photo"), 1));
  {
    GtkWidget *popover = gtk_popover_new ();

    self->people_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
    g_object_set (self->people_box, "margin-top", 6, "margin-bottom", 6, "margin-start", 6, "margin-end", 6, NULL);
    gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->people_box));
    self->people_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
    gtk_menu_button_set_icon_name (self->people_button, "system-users-symbolic");
    gtk_menu_button_set_popover (self->people_button, popover);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->people_button), _ ("Who Is in the Photo"));
    adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->people_button));
  }
  {
    GtkWidget *popover = gtk_popover_new ();
    GtkWidget *button = gtk_menu_button_new ();

    self->sharing_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
    g_object_set (self->sharing_box, "margin-top", 6, "margin-bottom", 6, "margin-start", 6, "margin-end", 6,
                  "width-request", 320, NULL);
    gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->sharing_box));
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "emblem-shared-symbolic");
    gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
    gtk_widget_set_tooltip_text (button, _ ("Sharing and Consent"));
    adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
  }
  {
    GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

    gtk_widget_set_tooltip_text (remove, _ ("Delete Photo"));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "viewer.delete");
    adw_header_bar_pack_end (ADW_HEADER_BAR (header), remove);
  }
  self->cover_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_icon_name (GTK_BUTTON (self->cover_button), "non-starred-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->cover_button), _ ("Use on the Cover of the Book"));
  g_signal_connect_swapped (self->cover_button, "toggled", G_CALLBACK (on_cover_toggled_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->cover_button));
  gtk_box_append (GTK_BOX (box), header);

  self->picture = GTK_PICTURE (gtk_picture_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->picture), TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->picture), 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->picture));

  self->caption = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->caption, _ ("Write a caption, then press Enter"));
  g_signal_connect (self->caption, "activate", G_CALLBACK (on_caption_activate_cb), self);
  adw_clamp_set_child (ADW_CLAMP (caption_box), GTK_WIDGET (self->caption));
  g_object_set (caption_box, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);
  gtk_box_append (GTK_BOX (box), caption_box);
  self->sharing_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->sharing_label), "dim-label");
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->sharing_label), 12);
  gtk_label_set_wrap (self->sharing_label, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->sharing_label));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
lt_photo_viewer_dispose (GObject *object)
{
  LtPhotoViewer *self = LT_PHOTO_VIEWER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->photos);
  g_clear_object (&self->child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_photo_viewer_parent_class)->dispose (object);
}

static void
lt_photo_viewer_class_init (LtPhotoViewerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_photo_viewer_dispose;

  gtk_widget_class_install_action (widget_class, "viewer.go", "i", go_action);
  gtk_widget_class_install_action (widget_class, "viewer.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "viewer.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "viewer.go", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "viewer.go", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "viewer.go", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "viewer.go", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lt_photo_viewer_init (LtPhotoViewer *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 700);
  build (self);
}

/**
 * lt_photo_viewer_new:
 * @photos: the child's photos
 * @position: the one to show first
 *
 * Returns: (transfer none): the viewer, not yet shown
 */
LtPhotoViewer *
lt_photo_viewer_new (GtkWindow  *parent,
                     LtStore    *store,
                     GListModel *photos,
                     guint       position)
{
  LtPhotoViewer *self = g_object_new (LT_TYPE_PHOTO_VIEWER, "transient-for", parent, "modal", TRUE, NULL);

  self->store = g_object_ref (store);
  self->photos = g_object_ref (photos);
  self->position = position;
  {
    g_autoptr (LtPhoto) first = g_list_model_get_item (photos, position);

    LtRecord *child = first != NULL ? lt_store_lookup (store, LT_TYPE_CHILD, lt_photo_get_child_id (first), NULL)
                                    : NULL;

    if (child != NULL)
      self->child = g_object_ref (LT_CHILD (child));
  }
  show_photo (self);
  return self;
}

guint
lt_photo_viewer_get_position (LtPhotoViewer *self)
{
  g_return_val_if_fail (LT_IS_PHOTO_VIEWER (self), 0);

  return self->position;
}
