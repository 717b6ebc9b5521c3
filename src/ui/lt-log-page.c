/* lt-log-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtLogPage: the child's daily log (dagbog).
 *
 * Made for a shift: one line at the top takes a note for today (Enter
 * adds it, #words become tags), a toggle makes it the child's own line,
 * and the notes below read newest first under their days with the week
 * number.  Tags and writers filter the list; a note can be edited,
 * deleted with Undo, or made a page of the life-story book.  The notes
 * stay with the household after the child moves: no export for the
 * child or the next placement has them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-link-group.h"
#include "lt-log-page.h"
#include "lt-log-print.h"
#include "lt-record-dialog.h"
#include "lt-window.h"

struct _LtLogPage
{
  AdwBin parent_instance;

  LtStore            *store;
  LtChild            *child;
  GListModel         *notes;    /* the child's, from the store */
  GtkFilterListModel *filtered; /* what the list shows */
  GtkCustomFilter    *filter;
  char               *tag;    /* filter; NULL for all */
  char               *writer; /* filter; NULL for everyone */
  gboolean            only_child;
  GHashTable         *about; /* filter: ids of the notes about one person; NULL for all */

  GtkStack        *stack; /* "empty" or "notes" */
  GtkEntry        *entry;
  GtkToggleButton *child_line;
  GtkDropDown     *tag_choice;
  GtkDropDown     *writer_choice;
  GtkDropDown     *person_choice;
  GPtrArray       *person_choices; /* LtPerson *, in the drop-down after "Anyone" */
  GtkListBox      *list;
  gboolean         filling; /* the drop-downs are being refilled */
};

G_DEFINE_FINAL_TYPE (LtLogPage, lt_log_page, ADW_TYPE_BIN)

/* Tags offered as buttons: the words a household uses most.  Translators:
 * these are typed as #tags, so keep them one word, lower case. */
static const char *const suggested_tags[] = { N_ ("school"), N_ ("sleep"), N_ ("food"), N_ ("contact"),
                                              N_ ("leisure"), N_ ("health"), N_ ("feelings") };

static const char *
current_writer (LtLogPage *self)
{
  const char *actor = self->store != NULL ? lt_store_get_actor (self->store) : NULL;

  return actor != NULL ? actor : g_get_real_name ();
}

/* ---- filtering ------------------------------------------------------- */

static gboolean
note_matches (gpointer item,
              gpointer data)
{
  LtLogPage *self = data;
  LtLogNote *note = item;

  if (self->tag != NULL && !lt_log_note_has_tag (note, self->tag))
    return FALSE;
  if (self->only_child && !lt_log_note_get_child_line (note))
    return FALSE;
  if (self->about != NULL && !g_hash_table_contains (self->about, &(gint64){ lt_record_get_id (LT_RECORD (note)) }))
    return FALSE;
  return self->writer == NULL || g_strcmp0 (lt_log_note_get_writer (note), self->writer) == 0;
}

/**
 * lt_log_page_filter:
 * @tag: (nullable): only notes with this tag
 * @writer: (nullable): only notes by this adult; "" for the child's own lines
 */
void
lt_log_page_filter (LtLogPage  *self,
                    const char *tag,
                    const char *writer)
{
  g_return_if_fail (LT_IS_LOG_PAGE (self));

  g_free (self->tag);
  g_free (self->writer);
  self->tag = g_strdup (tag);
  self->only_child = writer != NULL && *writer == '\0';
  self->writer = self->only_child ? NULL : g_strdup (writer);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * lt_log_page_filter_about:
 * @person: (nullable): only notes about this person of the child's
 */
void
lt_log_page_filter_about (LtLogPage *self,
                          LtPerson  *person)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (LT_IS_LOG_PAGE (self));

  g_clear_pointer (&self->about, g_hash_table_unref);
  if (person != NULL && self->store != NULL)
    {
      self->about = lt_store_dup_notes_about (self->store, person, &error);
      if (self->about == NULL)
        lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

guint
lt_log_page_count_shown (LtLogPage *self)
{
  g_return_val_if_fail (LT_IS_LOG_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

static char *
selected_text (GtkDropDown *choice)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (choice);

  return item != NULL ? g_strdup (gtk_string_object_get_string (item)) : NULL;
}

static void
on_filter_chosen_cb (LtLogPage *self)
{
  guint            tag_index = gtk_drop_down_get_selected (self->tag_choice);
  guint            writer_index = gtk_drop_down_get_selected (self->writer_choice);
  g_autofree char *tag = tag_index > 0 ? selected_text (self->tag_choice) : NULL;
  g_autofree char *writer = writer_index > 1 ? selected_text (self->writer_choice) : NULL;
  guint            person_index = gtk_drop_down_get_selected (self->person_choice);

  if (self->filling)
    return;
  lt_log_page_filter_about (self, person_index > 0 && person_index - 1 < self->person_choices->len
                                      ? g_ptr_array_index (self->person_choices, person_index - 1)
                                      : NULL);
  /* The tags are shown with their "#". */
  lt_log_page_filter (self, tag != NULL ? tag + 1 : NULL, writer_index == 1 ? "" : writer);
}

/* Refills a drop-down with @fixed and then @values, keeping what was chosen. */
static void
fill_choice (LtLogPage         *self,
             GtkDropDown       *choice,
             const char *const *fixed,
             GPtrArray         *values)
{
  g_autofree char *chosen = selected_text (choice);
  g_autoptr (GtkStringList) list = gtk_string_list_new (fixed);
  guint fixed_count = g_strv_length ((char **) fixed);
  guint keep = 0;

  for (guint i = 0; i < values->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (values, i));
      if (g_strcmp0 (chosen, g_ptr_array_index (values, i)) == 0)
        keep = fixed_count + i;
    }
  for (guint i = 0; i < fixed_count; i++)
    if (g_strcmp0 (chosen, fixed[i]) == 0)
      keep = i;
  self->filling = TRUE;
  gtk_drop_down_set_model (choice, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (choice, keep);
  self->filling = FALSE;
}

static void
add_once (GPtrArray  *values,
          const char *value)
{
  if (value != NULL && !g_ptr_array_find_with_equal_func (values, value, g_str_equal, NULL))
    g_ptr_array_add (values, g_strdup (value));
}

/* The people some note is about, for the filter by person. */
static void
refill_persons (LtLogPage *self)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  const char *fixed[] = { _ ("Anyone"), NULL };

  g_ptr_array_set_size (self->person_choices, 0);
  for (guint i = 0; self->notes != NULL && i < g_list_model_get_n_items (self->notes); i++)
    {
      g_autoptr (LtLogNote) note = g_list_model_get_item (self->notes, i);
      g_autoptr (GPtrArray) persons = lt_store_dup_note_persons (self->store, note, NULL);

      for (guint p = 0; persons != NULL && p < persons->len; p++)
        if (!g_ptr_array_find (self->person_choices, g_ptr_array_index (persons, p), NULL))
          g_ptr_array_add (self->person_choices, g_object_ref (g_ptr_array_index (persons, p)));
    }
  for (guint i = 0; i < self->person_choices->len; i++)
    g_ptr_array_add (names, (gpointer) lt_person_get_name (g_ptr_array_index (self->person_choices, i)));
  fill_choice (self, self->person_choice, fixed, names);
}

static void
refill_filters (LtLogPage *self)
{
  g_autoptr (GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) writers = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *own = g_strdup_printf (_ ("%s’s own lines"),
                                          self->child != NULL ? lt_child_get_display_name (self->child) : "");
  const char      *tag_fixed[] = { _ ("All tags"), NULL };
  const char      *writer_fixed[] = { _ ("Everyone who wrote"), own, NULL };

  for (guint i = 0; self->notes != NULL && i < g_list_model_get_n_items (self->notes); i++)
    {
      g_autoptr (LtLogNote) note = g_list_model_get_item (self->notes, i);
      g_auto (GStrv) words = lt_log_note_tags_in (lt_log_note_get_text (note));

      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autofree char *shown = g_strconcat ("#", words[w], NULL);

          add_once (tags, shown);
        }
      add_once (writers, lt_log_note_get_writer (note));
    }
  g_ptr_array_sort (tags, (GCompareFunc) g_strcmp0);
  fill_choice (self, self->tag_choice, tag_fixed, tags);
  fill_choice (self, self->writer_choice, writer_fixed, writers);
  refill_persons (self);
}

/* ---- rows ------------------------------------------------------------ */

static char *
describe_note (LtLogPage *self,
               LtLogNote *note)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (LtStoryEntry) page = lt_store_dup_note_page (self->store, note);
  g_autoptr (GPtrArray) about = lt_store_dup_note_persons (self->store, note, NULL);

  if (lt_log_note_get_time (note) != NULL)
    g_ptr_array_add (parts, g_strdup (lt_log_note_get_time (note)));
  if (lt_log_note_get_child_line (note))
    /* Translators: %s is the child's name */
    g_ptr_array_add (parts, g_strdup_printf (_ ("In %s’s own words"), lt_child_get_display_name (self->child)));
  if (lt_log_note_get_writer (note) != NULL)
    g_ptr_array_add (parts, g_strdup (lt_log_note_get_writer (note)));
  if (about != NULL && about->len > 0)
    {
      g_autoptr (GPtrArray) names = g_ptr_array_new ();

      for (guint i = 0; i < about->len; i++)
        g_ptr_array_add (names, (gpointer) lt_person_get_name (g_ptr_array_index (about, i)));
      g_ptr_array_add (names, NULL);
      {
        g_autofree char *joined = g_strjoinv (", ", (char **) names->pdata);

        /* Translators: %s lists the people a note is about */
        g_ptr_array_add (parts, g_strdup_printf (_ ("About %s"), joined));
      }
    }
  if (lt_log_note_get_audience (note) != 0)
    {
      g_autofree char *who = lt_audience_describe ((guint) lt_log_note_get_audience (note));

      g_ptr_array_add (parts, g_strdup_printf (_ ("For: %s"), who));
    }
  if (page != NULL)
    /* Translators: %s is the title of the book page a note became */
    g_ptr_array_add (parts, g_strdup_printf (_ ("Became the page “%s”"), lt_story_entry_get_title (page)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GMenuModel *
note_menu (LtLogPage *self,
           gint64     id)
{
  GMenu *menu = g_menu_new ();
  g_autoptr (GMenu) pages = g_menu_new ();
  g_autoptr (GMenu) rest = g_menu_new ();
  g_autoptr (GListModel) chapters = lt_store_list_chapters (self->store, self->child);
  g_autoptr (GMenuItem) edit = g_menu_item_new (_ ("_Edit"), NULL);
  g_autoptr (GMenuItem) remove = g_menu_item_new (_ ("_Delete"), NULL);

  g_menu_item_set_action_and_target_value (edit, "log.edit", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (remove, "log.delete", g_variant_new_int64 (id));
  g_menu_append_item (menu, edit);
  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, i);
      g_autoptr (GMenuItem) item = g_menu_item_new (lt_chapter_get_title (chapter), NULL);

      g_menu_item_set_action_and_target_value (item, "log.promote",
                                               g_variant_new ("(xx)", id, lt_record_get_id (LT_RECORD (chapter))));
      g_menu_append_item (pages, item);
    }
  g_menu_append_submenu (menu, _ ("Make a _Page in the Book"), G_MENU_MODEL (pages));
  g_menu_append_item (rest, remove);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (rest));
  return G_MENU_MODEL (menu);
}

static GtkWidget *
create_note_row (gpointer item,
                 gpointer data)
{
  LtLogPage       *self = data;
  LtLogNote       *note = item;
  gint64           id = lt_record_get_id (LT_RECORD (note));
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget       *text = gtk_label_new (lt_log_note_get_text (note));
  g_autofree char *meta_text = describe_note (self, note);
  GtkWidget       *meta = gtk_label_new (meta_text);
  GtkWidget       *menu_button = gtk_menu_button_new ();
  g_autoptr (GMenuModel) menu = note_menu (self, id);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (meta), TRUE);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), text);
  gtk_box_append (GTK_BOX (texts), meta);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_tooltip_text (menu_button, _ ("Note Menu"));
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), menu_button);
  g_object_set (box, "margin-top", 8, "margin-bottom", 8, "margin-start", 12, "margin-end", 6, NULL);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* The child's own lines stand out, so the child finds them again. */
  if (lt_log_note_get_child_line (note))
    gtk_widget_add_css_class (row, "child-line");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "log.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (id));
  g_object_set_data_full (G_OBJECT (row), "note", g_object_ref (note), g_object_unref);
  return row;
}

/* A day's notes start with the day and its week number. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       data)
{
  LtLogNote *note = g_object_get_data (G_OBJECT (row), "note");
  LtLogNote *previous = before != NULL ? g_object_get_data (G_OBJECT (before), "note") : NULL;
  GtkWidget *header;
  GDate      day;

  if (previous != NULL && g_strcmp0 (lt_log_note_get_day (previous), lt_log_note_get_day (note)) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  lt_date_parse_iso (lt_log_note_get_day (note), &day);
  {
    g_autofree char *text = lt_date_format_day_with_week (&day);

    header = gtk_label_new (text);
  }
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  g_object_set (header, "margin-top", 18, "margin-bottom", 6, "margin-start", 12, NULL);
  gtk_list_box_row_set_header (row, header);
}

static void
show_notes (LtLogPage *self)
{
  gboolean any = self->notes != NULL && g_list_model_get_n_items (self->notes) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "notes" : "empty");
  refill_filters (self);
}

static void
rebind (LtLogPage *self)
{
  g_clear_object (&self->notes);
  if (self->store != NULL && self->child != NULL)
    {
      self->notes = lt_store_list_records (self->store, LT_TYPE_LOG_NOTE, lt_record_get_id (LT_RECORD (self->child)));
      g_signal_connect_object (self->notes, "items-changed", G_CALLBACK (show_notes), self, G_CONNECT_SWAPPED);
    }
  gtk_filter_list_model_set_model (self->filtered, self->notes);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->filtered), create_note_row, self, NULL);
  show_notes (self);
}

/* ---- adding ---------------------------------------------------------- */

/**
 * lt_log_page_add_note:
 * @child_line: the note is a line in the child's own words
 *
 * Adds a note for today by the adult using the app now.
 *
 * Returns: whether it was added (the reason is shown when not)
 */
gboolean
lt_log_page_add_note (LtLogPage  *self,
                      const char *text,
                      gboolean    child_line)
{
  g_autoptr (LtLogNote) note = lt_log_note_new ();
  g_autofree char *today = lt_date_today_iso ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *time = g_date_time_format (now, "%H:%M");
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (LT_IS_LOG_PAGE (self), FALSE);

  if (self->store == NULL || self->child == NULL)
    return FALSE;
  lt_log_note_set_child_id (note, lt_record_get_id (LT_RECORD (self->child)));
  lt_log_note_set_day (note, today);
  lt_log_note_set_time (note, time);
  lt_log_note_set_writer (note, current_writer (self));
  lt_log_note_set_child_line (note, child_line);
  lt_log_note_set_text (note, text);
  if (!lt_store_add (self->store, LT_RECORD (note), &error))
    {
      lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
      return FALSE;
    }
  return TRUE;
}

static void
on_entry_activate_cb (LtLogPage *self)
{
  const char      *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (*trimmed == '\0')
    return;
  if (lt_log_page_add_note (self, text, gtk_toggle_button_get_active (self->child_line)))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
      gtk_toggle_button_set_active (self->child_line, FALSE);
    }
}

static void
on_tag_clicked_cb (GtkButton *button,
                   LtLogPage *self)
{
  const char      *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *joined =
      g_strdup_printf ("%s%s%s ", text, *text != '\0' && !g_str_has_suffix (text, " ") ? " " : "",
                       gtk_button_get_label (button));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), joined);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
}

/* ---- actions --------------------------------------------------------- */

static LtRecord *
lookup (LtLogPage *self,
        GType      kind,
        gint64     id)
{
  return self->store != NULL ? lt_store_lookup (self->store, kind, id, NULL) : NULL;
}

static void
on_note_saved_cb (LtRecordDialog *dialog,
                  LtRecord       *note,
                  LtLogPage      *self)
{
  AdwPreferencesGroup *group = g_object_get_data (G_OBJECT (dialog), "persons-group");
  g_autoptr (GPtrArray) checked = lt_link_group_get_checked (group);
  g_autoptr (GError) error = NULL;

  if (!lt_store_set_note_persons (self->store, LT_LOG_NOTE (note), checked, &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
  rebind (self);
}

/* The note's form, with who it is about from the child's people. */
static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LtLogPage      *self = LT_LOG_PAGE (widget);
  LtRecord       *note = lookup (self, LT_TYPE_LOG_NOTE, g_variant_get_int64 (parameter));
  GtkWindow      *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  LtRecordDialog *dialog;
  g_autoptr (GListModel) persons = NULL;
  g_autoptr (GPtrArray) linked = NULL;
  AdwPreferencesGroup *group;

  if (note == NULL)
    return;
  dialog = lt_record_dialog_new (parent, self->store, note);
  persons = lt_store_list_persons (self->store, self->child);
  linked = lt_store_dup_note_persons (self->store, LT_LOG_NOTE (note), NULL);
  group = lt_link_group_new (_ ("About"), _ ("People from the child’s network the note is about"), persons, linked,
                             lt_link_group_describe_person);
  lt_record_dialog_add_group (dialog, group);
  g_object_set_data (G_OBJECT (dialog), "persons-group", group);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_note_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LtLogPage *self = LT_LOG_PAGE (widget);
  LtRecord  *note = lookup (self, LT_TYPE_LOG_NOTE, g_variant_get_int64 (parameter));

  if (note != NULL)
    lt_window_remove_with_undo (widget, self->store, note, _ ("Note deleted"));
}

static void
on_page_saved_cb (LtRecordDialog *dialog,
                  LtRecord       *entry,
                  LtLogPage      *self)
{
  LtLogNote *note = g_object_get_data (G_OBJECT (dialog), "note");
  g_autoptr (GError) error = NULL;

  g_autoptr (GPtrArray) about = lt_store_dup_note_persons (self->store, note, NULL);

  /* The page is about the same people as the note. */
  if (about != NULL && about->len > 0 &&
      !lt_store_set_entry_persons (self->store, LT_STORY_ENTRY (entry), about, &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
  g_clear_error (&error);
  if (!lt_store_set_note_page (self->store, note, LT_STORY_ENTRY (entry), &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
  else
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (_ ("The note is now a page of the book")));
  rebind (self);
}

/* The page's first words, without tags: a title to change as one likes. */
static char *
title_from (const char *text)
{
  g_autoptr (GString) title = g_string_new (NULL);
  g_auto (GStrv) words = g_strsplit_set (text, " \n\t", -1);

  for (guint i = 0; words[i] != NULL && title->len < 40; i++)
    {
      if (words[i][0] == '\0' || words[i][0] == '#')
        continue;
      if (title->len > 0)
        g_string_append_c (title, ' ');
      g_string_append (title, words[i]);
    }
  while (title->len > 0 && strchr (".,;:!", title->str[title->len - 1]) != NULL)
    g_string_truncate (title, title->len - 1);
  return g_string_free (g_steal_pointer (&title), FALSE);
}

/* Opens a new page of the book, in the chapter chosen, filled from the
 * note: its first words as the title, its day, its text, and the child as
 * the writer if it is the child's own line. */
static void
promote_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LtLogPage *self = LT_LOG_PAGE (widget);
  gint64     note_id, chapter_id;
  LtRecord  *note;
  g_autoptr (LtStoryEntry) entry = lt_story_entry_new ();
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  LtRecordDialog  *dialog;

  g_variant_get (parameter, "(xx)", &note_id, &chapter_id);
  note = lookup (self, LT_TYPE_LOG_NOTE, note_id);
  if (note == NULL || lookup (self, LT_TYPE_CHAPTER, chapter_id) == NULL)
    return;
  title = title_from (lt_log_note_get_text (LT_LOG_NOTE (note)));
  when = lt_date_format (lt_log_note_get_day (LT_LOG_NOTE (note)));
  lt_story_entry_set_chapter_id (entry, chapter_id);
  lt_story_entry_set_title (entry, title);
  lt_story_entry_set_date_text (entry, when);
  lt_story_entry_set_body (entry, lt_log_note_get_text (LT_LOG_NOTE (note)));
  lt_story_entry_set_author (entry, lt_log_note_get_child_line (LT_LOG_NOTE (note)) ? LT_AUTHOR_CHILD
                                                                                    : LT_AUTHOR_ADULT);
  dialog = lt_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, LT_RECORD (entry));
  g_object_set_data_full (G_OBJECT (dialog), "note", g_object_ref (note), g_object_unref);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_page_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LtLogPage *self = LT_LOG_PAGE (widget);

  if (self->store != NULL && self->child != NULL)
    lt_log_print_run (widget, self->store, self->child);
}

/* ---- building -------------------------------------------------------- */

static GtkWidget *
make_entry_row (LtLogPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *own = gtk_toggle_button_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->entry, _ ("What happened today? Enter adds it; #words are tags"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("New note"), -1);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate_cb), self);
  gtk_button_set_icon_name (GTK_BUTTON (own), "face-smile-symbolic");
  gtk_widget_set_tooltip_text (own, _ ("The Child’s Own Line"));
  self->child_line = GTK_TOGGLE_BUTTON (own);
  gtk_widget_set_tooltip_text (add, _ ("Add Note"));
  gtk_widget_add_css_class (add, "suggested-action");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_entry_activate_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (box), own);
  gtk_box_append (GTK_BOX (box), add);
  return box;
}

static GtkWidget *
make_tag_buttons (LtLogPage *self)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 8);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  for (guint i = 0; i < G_N_ELEMENTS (suggested_tags); i++)
    {
      g_autofree char *label = g_strconcat ("#", _ (suggested_tags[i]), NULL);
      GtkWidget       *button = gtk_button_new_with_label (label);

      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_focus_on_click (button, FALSE);
      g_signal_connect (button, "clicked", G_CALLBACK (on_tag_clicked_cb), self);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
    }
  return flow;
}

static GtkWidget *
make_filters (LtLogPage *self)
{
  GtkWidget  *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget  *print = gtk_button_new_from_icon_name ("printer-symbolic");
  GtkWidget  *filters = gtk_flow_box_new ();
  const char *none[] = { NULL };

  self->tag_choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (none));
  self->writer_choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (none));
  self->person_choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (none));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->person_choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Show notes about"), -1);
  g_signal_connect_swapped (self->person_choice, "notify::selected", G_CALLBACK (on_filter_chosen_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tag_choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Show notes with the tag"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->writer_choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Show notes by"), -1);
  g_signal_connect_swapped (self->tag_choice, "notify::selected", G_CALLBACK (on_filter_chosen_cb), self);
  g_signal_connect_swapped (self->writer_choice, "notify::selected", G_CALLBACK (on_filter_chosen_cb), self);
  gtk_widget_set_tooltip_text (print, _ ("Notes for a Meeting…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "log.print");
  /* The filters wrap on a narrow window. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (filters), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (filters), 3);
  gtk_widget_set_hexpand (filters, TRUE);
  gtk_flow_box_append (GTK_FLOW_BOX (filters), GTK_WIDGET (self->tag_choice));
  gtk_flow_box_append (GTK_FLOW_BOX (filters), GTK_WIDGET (self->person_choice));
  gtk_flow_box_append (GTK_FLOW_BOX (filters), GTK_WIDGET (self->writer_choice));
  gtk_widget_set_valign (print, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), filters);
  gtk_box_append (GTK_BOX (box), print);
  return box;
}

static GtkWidget *
make_empty_state (void)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _ ("No Notes Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _ ("Write a line about the day above: what went well, what was hard, "
                                      "what the child said. The notes stay here with you; they are never "
                                      "part of the book or the handover."));
  return status;
}

static void
build (LtLogPage *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *placeholder = gtk_label_new (_ ("No notes match."));
  GtkWidget *notes_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 24);
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "log-list");
  gtk_box_append (GTK_BOX (notes_box), make_filters (self));
  gtk_box_append (GTK_BOX (notes_box), GTK_WIDGET (self->list));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, make_empty_state (), "empty");
  gtk_stack_add_named (self->stack, notes_box, "notes");

  gtk_box_append (GTK_BOX (box), make_entry_row (self));
  gtk_box_append (GTK_BOX (box), make_tag_buttons (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  g_object_set (box, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), scroller);
}

static void
lt_log_page_dispose (GObject *object)
{
  LtLogPage *self = LT_LOG_PAGE (object);

  g_clear_object (&self->notes);
  g_clear_object (&self->filtered);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  g_clear_pointer (&self->tag, g_free);
  g_clear_pointer (&self->writer, g_free);
  g_clear_pointer (&self->about, g_hash_table_unref);
  g_clear_pointer (&self->person_choices, g_ptr_array_unref);

  G_OBJECT_CLASS (lt_log_page_parent_class)->dispose (object);
}

static void
lt_log_page_class_init (LtLogPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_log_page_dispose;

  gtk_widget_class_install_action (widget_class, "log.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "log.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "log.promote", "(xx)", promote_action);
  gtk_widget_class_install_action (widget_class, "log.print", NULL, print_action);
}

static void
lt_log_page_init (LtLogPage *self)
{
  self->person_choices = g_ptr_array_new_with_free_func (g_object_unref);
  self->filter = gtk_custom_filter_new (note_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  build (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
lt_log_page_set_store (LtLogPage *self,
                       LtStore   *store)
{
  g_return_if_fail (LT_IS_LOG_PAGE (self));

  if (g_set_object (&self->store, store))
    rebind (self);
}

void
lt_log_page_set_child (LtLogPage *self,
                       LtChild   *child)
{
  g_return_if_fail (LT_IS_LOG_PAGE (self));

  if (!g_set_object (&self->child, child))
    return;
  lt_log_page_filter (self, NULL, NULL);
  lt_log_page_filter_about (self, NULL);
  rebind (self);
}
