/* lt-proposal-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtProposalDialog: turns a moment of a visit that was held into a
 * proposed page of the child's life-story book: a title, the child's own
 * words about the moment, and perhaps one of the child's photos.  The page
 * is only proposed: it waits in the book until the child and an adult
 * decide together to keep it or drop it, and it is never exported before.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-proposal-dialog.h"
#include "lt-store-contact.h"
#include "lt-window.h"

struct _LtProposalDialog
{
  AdwWindow parent_instance;

  /* owned */
  LtStore    *store;
  LtEvent    *visit;
  LtChild    *child;
  GListModel *photos;

  /* children */
  AdwEntryRow *title_row;
  GtkTextView *moment_view;
  AdwComboRow *photo_row;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (LtProposalDialog, lt_proposal_dialog, ADW_TYPE_WINDOW)

/* The day of @visit as ISO, in the family's zone. */
static char *
visit_day (LtEvent *visit)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier (LT_EVENT_DEFAULT_TIME_ZONE);
  g_autoptr (GDateTime) start = g_date_time_new_from_iso8601 (lt_event_get_starts_at (visit), NULL);
  g_autoptr (GDateTime) local = NULL;

  if (start == NULL)
    return NULL;
  local = g_date_time_to_timezone (start, zone);
  return g_date_time_format (local, "%Y-%m-%d");
}

static char *
photo_name (LtPhoto *photo)
{
  const char *caption = lt_photo_get_caption (photo);

  if (caption != NULL && caption[0] != '\0')
    return g_strdup (caption);
  if (lt_photo_get_taken_at (photo) != NULL)
    {
      g_autofree char *day = g_strndup (lt_photo_get_taken_at (photo), 10);

      return lt_date_format (day);
    }
  return g_strdup (lt_photo_get_original_name (photo) != NULL ? lt_photo_get_original_name (photo)
                                                              : _ ("Photo"));
}

static GListModel *
photo_names (LtProposalDialog *self)
{
  GtkStringList *names = gtk_string_list_new ((const char *const[]){ _ ("No photo"), NULL });

  for (guint i = 0; i < g_list_model_get_n_items (self->photos); i++)
    {
      g_autoptr (LtPhoto) photo = g_list_model_get_item (self->photos, i);
      g_autofree char *name = photo_name (photo);

      gtk_string_list_append (names, name);
    }
  return G_LIST_MODEL (names);
}

static LtPhoto *
chosen_photo (LtProposalDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->photo_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (self->photos, selected - 1);
}

static char *
moment_text (LtProposalDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->moment_view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
close_dialog (LtProposalDialog *self)
{
  /* GTK 4.8 warns when a focused entry goes without a focus-out. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
propose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LtProposalDialog *self = LT_PROPOSAL_DIALOG (widget);
  GtkWindow        *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (!lt_proposal_dialog_propose (self, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  /* Translators: %s is the child's name */
  message = g_strdup_printf (_ ("Proposed for the book: you and %s decide there whether to keep it"),
                             lt_child_get_display_name (self->child));
  if (parent != NULL)
    lt_window_toast_from (GTK_WIDGET (parent), adw_toast_new (message));
  close_dialog (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  close_dialog (LT_PROPOSAL_DIALOG (widget));
}

static GtkWidget *
make_header (void)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget *propose = gtk_button_new_with_mnemonic (_ ("_Propose"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "proposal.cancel");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (propose), "proposal.propose");
  gtk_widget_add_css_class (propose, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), propose);
  return header;
}

static GtkWidget *
make_moment_box (LtProposalDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (_ ("_The moment, in the child’s own words"));
  GtkWidget *frame = gtk_frame_new (NULL);

  self->moment_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->moment_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->moment_view, 6);
  gtk_text_view_set_bottom_margin (self->moment_view, 6);
  gtk_text_view_set_left_margin (self->moment_view, 6);
  gtk_text_view_set_right_margin (self->moment_view, 6);
  gtk_widget_set_size_request (GTK_WIDGET (self->moment_view), -1, 100);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->moment_view));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->moment_view));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  return box;
}

static void
build (LtProposalDialog *self)
{
  GtkWidget           *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget           *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr (GListModel) names = photo_names (self);
  g_autofree char *day = visit_day (self->visit);
  g_autofree char *date = lt_date_format (day);
  g_autofree char *description = g_strdup_printf (
      /* Translators: the visit's title, its date, then the child's name */
      _ ("A moment from “%s” on %s. The page waits in the book until %s and an adult decide "
         "together to keep it or drop it."),
      lt_event_get_title (self->visit), date, lt_child_get_display_name (self->child));

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  adw_preferences_group_set_title (group, _ ("A Page for the Book"));
  adw_preferences_group_set_description (group, description);
  self->title_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _ ("Title"));
  adw_preferences_group_add (group, GTK_WIDGET (self->title_row));
  self->photo_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->photo_row), _ ("Photo"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->photo_row), _ ("One of the child’s photos, if one belongs with it"));
  adw_combo_row_set_model (self->photo_row, names);
  adw_preferences_group_add (group, GTK_WIDGET (self->photo_row));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  gtk_box_append (GTK_BOX (content), GTK_WIDGET (group));
  gtk_box_append (GTK_BOX (content), make_moment_box (self));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (toolbar), make_header ());
  gtk_box_append (GTK_BOX (toolbar), content);
  adw_window_set_content (ADW_WINDOW (self), toolbar);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), lt_event_get_title (self->visit));
}

static void
lt_proposal_dialog_dispose (GObject *object)
{
  LtProposalDialog *self = LT_PROPOSAL_DIALOG (object);

  g_clear_object (&self->photos);
  g_clear_object (&self->child);
  g_clear_object (&self->visit);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_proposal_dialog_parent_class)->dispose (object);
}

static void
lt_proposal_dialog_class_init (LtProposalDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_proposal_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "proposal.propose", NULL, propose_action);
  gtk_widget_class_install_action (widget_class, "proposal.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "proposal.cancel", NULL);
}

static void
lt_proposal_dialog_init (LtProposalDialog *self)
{
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, -1);
  gtk_window_set_title (GTK_WINDOW (self), _ ("Make a Page From the Visit"));
}

/**
 * lt_proposal_dialog_new:
 * @visit: a visit of a child in @store, held
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
LtProposalDialog *
lt_proposal_dialog_new (GtkWindow *parent,
                        LtStore   *store,
                        LtEvent   *visit)
{
  LtProposalDialog *self;
  LtRecord         *child;

  g_return_val_if_fail (LT_IS_STORE (store), NULL);
  g_return_val_if_fail (LT_IS_EVENT (visit), NULL);

  child = lt_store_lookup (store, LT_TYPE_CHILD, lt_event_get_child_id (visit), NULL);
  g_return_val_if_fail (child != NULL, NULL);
  self = g_object_new (LT_TYPE_PROPOSAL_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->visit = g_object_ref (visit);
  self->child = LT_CHILD (g_object_ref (child));
  self->photos = lt_store_list_photos (store, self->child);
  build (self);
  return self;
}

/* Fills in the title and the moment, as a person would type them. */
void
lt_proposal_dialog_set_text (LtProposalDialog *self,
                             const char       *title,
                             const char       *moment)
{
  g_return_if_fail (LT_IS_PROPOSAL_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->moment_view), moment != NULL ? moment : "", -1);
}

/**
 * lt_proposal_dialog_propose:
 *
 * Saves the page as proposed, in the chapter about important people (or
 * the first), with the chosen photo and the visit it came from.
 *
 * Returns: %TRUE, or %FALSE with @error saying what to fix
 */
gboolean
lt_proposal_dialog_propose (LtProposalDialog *self,
                            GError          **error)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *moment = moment_text (self);
  g_autofree char *day = visit_day (self->visit);
  g_autofree char *date = lt_date_format (day);
  g_autoptr (LtChapter) chapter = NULL;
  g_autoptr (LtPhoto) photo = chosen_photo (self);
  g_autoptr (LtStoryEntry) entry = NULL;

  g_return_val_if_fail (LT_IS_PROPOSAL_DIALOG (self), FALSE);

  if (title[0] == '\0')
    {
      g_set_error_literal (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                           _ ("The page needs a title."));
      return FALSE;
    }
  chapter = lt_store_dup_proposal_chapter (self->store, self->child, error);
  if (chapter == NULL)
    return FALSE;
  entry = g_object_new (LT_TYPE_STORY_ENTRY, "chapter-id", lt_record_get_id (LT_RECORD (chapter)),
                        "title", title, "body", moment[0] != '\0' ? moment : NULL, "date-text",
                        day != NULL ? date : NULL, "sort-date", day, "author", LT_AUTHOR_TOGETHER,
                        NULL);
  return lt_store_propose_entry (self->store, entry, photo, self->visit, error);
}
