/* lt-book-audience.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Asking who a book is for before it is saved or printed: the audience,
 * how many pages go in for them, and (for the child's book) the words the
 * book has where pages are kept for later.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-book-audience.h"
#include "lt-book-export.h"
#include "lt-date.h"
#include "lt-window.h"

typedef struct
{
  GtkWindow         *parent; /* owned */
  LtStore           *store;  /* owned */
  LtChild           *child;  /* owned */
  LtBookAudienceFunc callback;
  gpointer           data;
  GtkDropDown       *audience_choice;
  GtkTextView       *kept_note_view;
  GtkLabel          *audience_summary;
} Ask;

static void
ask_free (Ask *ask)
{
  g_clear_object (&ask->parent);
  g_clear_object (&ask->store);
  g_clear_object (&ask->child);
  g_free (ask);
}

/* How many pages of @child's book @audience would see, and how many are
 * kept back from them (the child's no and proposals are not counted). */
static void
count_for_audience (LtStore   *store,
                    LtChild   *child,
                    LtAudience audience,
                    guint     *shown,
                    guint     *kept)
{
  g_autoptr (GListModel) chapters = lt_store_list_chapters (store, child);
  g_autofree char *today = lt_date_today_iso ();

  *shown = *kept = 0;
  for (guint c = 0; c < g_list_model_get_n_items (chapters); c++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, c);
      g_autoptr (GListModel) entries = lt_store_list_entries (store, chapter);

      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr (LtStoryEntry) entry = g_list_model_get_item (entries, e);

          if (lt_story_entry_is_shown_to (entry, audience, today))
            (*shown)++;
          else if (lt_story_entry_is_kept_back (entry, audience, today))
            (*kept)++;
        }
    }
}

static LtAudience
chosen_audience (Ask *ask)
{
  return lt_audience_nth (gtk_drop_down_get_selected (ask->audience_choice));
}

static void
on_audience_changed_cb (Ask *ask)
{
  LtAudience       audience = chosen_audience (ask);
  g_autofree char *pages = NULL;
  g_autofree char *text = NULL;
  guint            shown, kept;

  count_for_audience (ask->store, ask->child, audience, &shown, &kept);
  pages = g_strdup_printf (ngettext ("%u page goes in.", "%u pages go in.", shown), shown);
  if (kept > 0)
    text = g_strdup_printf (ngettext ("%s %u page is not for them.", "%s %u pages are not for them.", kept),
                            pages, kept);
  gtk_label_set_text (ask->audience_summary, text != NULL ? text : pages);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (ask->kept_note_view)),
                          audience == LT_AUDIENCE_CHILD);
}

static void
save_kept_note (Ask *ask)
{
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (ask->kept_note_view);
  GtkTextIter      start, end;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (g_strstrip (text), lt_book_kept_note_default ()) == 0)
    g_clear_pointer (&text, g_free);
  if (!lt_store_set_kept_note (ask->store, lt_record_get_id (LT_RECORD (ask->child)), text, &error))
    lt_window_toast_from (GTK_WIDGET (ask->parent), adw_toast_new (error->message));
}

static void
on_audience_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         Ask              *ask)
{
  gboolean   chosen = g_strcmp0 (response, "continue") == 0;
  LtAudience audience = chosen_audience (ask);

  if (chosen && audience == LT_AUDIENCE_CHILD)
    save_kept_note (ask);
  ask->callback (chosen, audience, ask->data);
  /* Let go of the household now, not when the dialog is finalized. */
  g_object_set_data (G_OBJECT (dialog), "ask", NULL);
}

static GtkWidget *
make_audience_choice (Ask *ask)
{
  const char *labels[LT_N_AUDIENCES + 1] = { NULL };
  GtkWidget  *choice;

  for (guint i = 0; i < LT_N_AUDIENCES; i++)
    labels[i] = lt_audience_to_label (lt_audience_nth (i));
  choice = gtk_drop_down_new_from_strings (labels);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Who the book is for"), -1);
  ask->audience_choice = GTK_DROP_DOWN (choice);
  g_signal_connect_swapped (choice, "notify::selected", G_CALLBACK (on_audience_changed_cb), ask);
  return choice;
}

/* The wording a book for the child has where pages are kept back. */
static GtkWidget *
make_kept_note_editor (Ask *ask)
{
  g_autofree char *note = lt_book_dup_kept_note (ask->store, ask->child);
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget       *label = gtk_label_new (_ ("Where pages are kept for later, the book says:"));
  GtkWidget       *frame = gtk_frame_new (NULL);
  GtkWidget       *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), note, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  ask->kept_note_view = GTK_TEXT_VIEW (view);
  return box;
}

static GtkWidget *
make_audience_dialog (Ask *ask)
{
  GtkWidget *dialog = adw_message_dialog_new (ask->parent, _ ("Who Is the Book For?"),
                                              _ ("Each page and photo goes only to those it is marked "
                                                 "for. Pages and photos the child said no to are always "
                                                 "left out, and so are letters for later until their day."));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *summary = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_widget_add_css_class (summary, "dim-label");
  ask->audience_summary = GTK_LABEL (summary);
  gtk_box_append (GTK_BOX (box), make_audience_choice (ask));
  gtk_box_append (GTK_BOX (box), summary);
  gtk_box_append (GTK_BOX (box), make_kept_note_editor (ask));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "continue",
                                    _ ("C_ontinue"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "continue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_audience_response_cb), ask);
  g_object_set_data_full (G_OBJECT (dialog), "ask", ask, (GDestroyNotify) ask_free);
  on_audience_changed_cb (ask);
  return dialog;
}

/**
 * lt_book_audience_ask:
 * @callback: called once: with the audience chosen, or with @chosen FALSE
 *   when the adult cancelled
 *
 * Asks who @child's book is for, in a dialog over @parent.
 */
void
lt_book_audience_ask (GtkWindow         *parent,
                      LtStore           *store,
                      LtChild           *child,
                      LtBookAudienceFunc callback,
                      gpointer           data)
{
  Ask *ask = g_new0 (Ask, 1);

  ask->parent = g_object_ref (parent);
  ask->store = g_object_ref (store);
  ask->child = g_object_ref (child);
  ask->callback = callback;
  ask->data = data;
  gtk_window_present (GTK_WINDOW (make_audience_dialog (ask)));
}
