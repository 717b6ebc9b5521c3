/* lt-book-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtBookPage: a child's life-story book as chapters of pages, written with
 * the child.  Chapters are groups that follow the store's chapter list;
 * each holds a list of its pages.  Rows and menus activate "book.*"
 * actions with the record's id; the page turns them into store calls.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-book-export.h"
#include "lt-book-letters.h"
#include "lt-book-page.h"
#include "lt-link-group.h"
#include "lt-date.h"
#include "lt-proposals-panel.h"
#include "lt-record-dialog.h"
#include "lt-window.h"

struct _LtBookPage
{
  GtkWidget parent_instance;

  /* owned */
  LtStore    *store;
  LtChild    *child;
  GListModel *chapters;

  /* template children */
  GtkWidget       *scroller;
  GtkLabel        *title_label;
  GtkBox          *chapters_box;
  GtkToggleButton *timeline_toggle;
  GtkWidget       *timeline_group;
  GtkListBox      *timeline_list;
  GtkWidget       *add_chapter_button;
  GtkCheckButton  *drawings_check;
  GtkWidget       *proposals_panel;
};

G_DEFINE_FINAL_TYPE (LtBookPage, lt_book_page, GTK_TYPE_WIDGET)

/* ---- helpers --------------------------------------------------------- */

static void
show_error (LtBookPage   *self,
            const GError *error)
{
  lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
}

static GtkWindow *
parent_window (LtBookPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static LtRecord *
lookup (LtBookPage *self,
        GType       kind,
        gint64      id)
{
  g_autoptr (GError) error = NULL;
  LtRecord *record;

  if (self->store == NULL)
    return NULL;
  record = lt_store_lookup (self->store, kind, id, &error);
  if (record == NULL)
    g_debug ("Record to act on is gone: %s", error->message);
  return record;
}

static char *
author_text (LtStoryEntry *entry,
             LtChild      *child)
{
  switch (lt_story_entry_get_author (entry))
    {
    case LT_AUTHOR_CHILD:
      /* Translators: who wrote a page; %s is the child's name */
      return g_strdup_printf (_ ("In %s’s own words"), lt_child_get_display_name (child));
    case LT_AUTHOR_TOGETHER:
      return g_strdup (_ ("Written together"));
    case LT_AUTHOR_ADULT:
    default:
      return NULL;
    }
}

/* ---- entry rows ------------------------------------------------------ */

/* What the adults should know about who sees a page: the child's no, a
 * letter for later, and an audience other than the usual. */
static void
add_sharing_parts (GPtrArray    *parts,
                   LtStoryEntry *entry,
                   LtChild      *child)
{
  const char      *open_on = lt_story_entry_get_open_on (entry);
  g_autofree char *today = lt_date_today_iso ();
  gint64           audience = lt_story_entry_get_audience (entry);

  if (lt_story_entry_get_child_veto (entry))
    /* Translators: %s is the child's name; the page is in no book or export */
    g_ptr_array_add (parts, g_strdup_printf (_ ("%s said no to this page"), lt_child_get_display_name (child)));
  if (open_on != NULL && lt_story_entry_is_sealed (entry, today))
    {
      g_autofree char *day = lt_date_format (open_on);

      /* Translators: %s is the day a letter for later may be given */
      g_ptr_array_add (parts, g_strdup_printf (_ ("Letter for later, to give on %s"), day));
    }
  else if (open_on != NULL)
    g_ptr_array_add (parts, g_strdup (_ ("Letter for later: its day has come, read it together")));
  if (audience != LT_AUDIENCE_DEFAULT)
    {
      g_autofree char *who = lt_audience_describe ((guint) audience);

      /* Translators: %s lists who may see the page, e.g. "The child · Professionals" */
      g_ptr_array_add (parts, g_strdup_printf (_ ("For: %s"), who));
    }
}

static void
refresh_entry_row (AdwActionRow *row)
{
  LtStoryEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
  LtChild      *child = g_object_get_data (G_OBJECT (row), "child");
  GtkWidget    *private_icon = g_object_get_data (G_OBJECT (row), "private-icon");
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *author = author_text (entry, child);
  g_autofree char *subtitle = NULL;
  g_autofree char *today = lt_date_today_iso ();

  if (lt_story_entry_get_date_text (entry) != NULL)
    g_ptr_array_add (parts, g_strdup (lt_story_entry_get_date_text (entry)));
  if (author != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&author));
  add_sharing_parts (parts, entry, child);
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lt_story_entry_get_title (entry));
  adw_action_row_set_subtitle (row, subtitle);
  /* The lock: this page is not in the book the child gets (now). */
  gtk_widget_set_visible (private_icon, !lt_story_entry_is_shown_to (entry, LT_AUDIENCE_CHILD, today));
}

static GtkWidget *
create_entry_row (gpointer item,
                  gpointer user_data)
{
  LtBookPage   *self = user_data;
  LtStoryEntry *entry = item;
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget    *private_icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  GtkWidget    *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GVariant     *target = g_variant_new_int64 (lt_record_get_id (LT_RECORD (entry)));

  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "child", g_object_ref (self->child), g_object_unref);
  g_object_set_data (G_OBJECT (row), "private-icon", private_icon);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "book.edit-entry");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);

  gtk_widget_set_tooltip_text (private_icon, _ ("Not in the book the child gets"));
  adw_action_row_add_suffix (row, private_icon);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Delete Page"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "book.remove-entry");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), target);
  adw_action_row_add_suffix (row, remove);

  refresh_entry_row (row);
  g_signal_connect_object (entry, "notify", G_CALLBACK (refresh_entry_row), row, G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

/* ---- chapter groups -------------------------------------------------- */

static GMenuModel *
chapter_menu (gint64 chapter_id)
{
  GMenu *menu = g_menu_new ();
  GMenu *move = g_menu_new ();
  g_autoptr (GMenuItem) up = g_menu_item_new (_ ("Move _Up"), NULL);
  g_autoptr (GMenuItem) down = g_menu_item_new (_ ("Move _Down"), NULL);
  g_autoptr (GMenuItem) rename = g_menu_item_new (_ ("_Rename…"), NULL);
  g_autoptr (GMenuItem) letter = g_menu_item_new (_ ("Write a _Letter for Later…"), NULL);
  g_autoptr (GMenuItem) remove = g_menu_item_new (_ ("_Delete Chapter"), NULL);
  g_autoptr (GMenu) rest = g_menu_new ();

  g_menu_item_set_action_and_target_value (rename, "book.rename-chapter", g_variant_new_int64 (chapter_id));
  g_menu_item_set_action_and_target_value (up, "book.move-chapter", g_variant_new ("(xi)", chapter_id, -1));
  g_menu_item_set_action_and_target_value (down, "book.move-chapter", g_variant_new ("(xi)", chapter_id, 1));
  g_menu_item_set_action_and_target_value (remove, "book.remove-chapter", g_variant_new_int64 (chapter_id));
  g_menu_item_set_action_and_target_value (letter, "book.add-letter", g_variant_new_int64 (chapter_id));
  g_menu_append_item (menu, letter);
  g_menu_append_item (menu, rename);
  g_menu_append_item (move, up);
  g_menu_append_item (move, down);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));
  g_menu_append_item (rest, remove);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (rest));
  g_object_unref (move);
  return G_MENU_MODEL (menu);
}

static GtkWidget *
chapter_header_suffix (LtChapter *chapter)
{
  gint64     id = lt_record_get_id (LT_RECORD (chapter));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr (GMenuModel) menu = chapter_menu (id);

  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, _ ("Add Page"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "book.add-entry");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (add), g_variant_new_int64 (id));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _ ("Chapter Menu"));
  gtk_box_append (GTK_BOX (box), add);
  gtk_box_append (GTK_BOX (box), menu_button);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  return box;
}

static void
on_chapter_title_changed_cb (AdwPreferencesGroup *group,
                             GParamSpec          *pspec,
                             LtChapter           *chapter)
{
  adw_preferences_group_set_title (group, lt_chapter_get_title (chapter));
}

/* Proposed pages wait in the proposals panel, not among the book's pages. */
static gboolean
is_in_book (gpointer item,
            gpointer user_data)
{
  return lt_story_entry_get_status (item) == LT_ENTRY_STATUS_IN_BOOK;
}

static void
on_entry_changed_cb (LtStore   *store,
                     GType      kind,
                     gint64     id,
                     GtkFilter *filter)
{
  if (kind == LT_TYPE_STORY_ENTRY)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static GListModel *
list_pages_in_book (LtBookPage *self,
                    LtChapter  *chapter)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (is_in_book, NULL, NULL);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_entry_changed_cb), filter, 0);
  return G_LIST_MODEL (gtk_filter_list_model_new (lt_store_list_entries (self->store, chapter),
                                                  GTK_FILTER (filter)));
}

static GtkWidget *
make_chapter_group (LtBookPage *self,
                    LtChapter  *chapter)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget           *list = gtk_list_box_new ();
  GtkWidget           *placeholder = gtk_label_new (_ ("No pages yet. Add one with the + button."));
  g_autoptr (GListModel) entries = list_pages_in_book (self, chapter);

  adw_preferences_group_set_title (group, lt_chapter_get_title (chapter));
  adw_preferences_group_set_header_suffix (group, chapter_header_suffix (chapter));
  g_signal_connect_object (chapter, "notify::title", G_CALLBACK (on_chapter_title_changed_cb),
                           group, G_CONNECT_SWAPPED);

  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_bind_model (GTK_LIST_BOX (list), entries, create_entry_row, self, NULL);
  adw_preferences_group_add (group, list);
  return GTK_WIDGET (group);
}

/* Chapters are few: on any change the groups are made again. */
static void
rebuild_chapters (LtBookPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chapters_box))) != NULL)
    gtk_box_remove (self->chapters_box, child);
  if (self->chapters == NULL)
    return;

  {
    GtkWidget *letters = lt_book_letters_ready_group (self->store, self->chapters);

    if (letters != NULL)
      gtk_box_append (self->chapters_box, letters);
  }
  for (guint i = 0; i < g_list_model_get_n_items (self->chapters); i++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (self->chapters, i);

      gtk_box_append (self->chapters_box, make_chapter_group (self, chapter));
    }
}

/* ---- the timeline ---------------------------------------------------- */

/* A moment for the timeline: a page of the book or a move to a new home. */
typedef struct
{
  const char *date;   /* ISO, whole or partial; NULL when not known */
  LtRecord   *record; /* owned */
} Moment;

static void
moment_clear (gpointer data)
{
  g_clear_object (&((Moment *) data)->record);
}

static int
compare_moments (gconstpointer a,
                 gconstpointer b)
{
  const Moment *ma = a;
  const Moment *mb = b;

  /* Undated moments go last here: the timeline reads from birth on. */
  if ((ma->date == NULL) != (mb->date == NULL))
    return ma->date == NULL ? 1 : -1;
  return lt_date_compare_iso (ma->date, mb->date);
}

static GArray *
collect_moments (LtBookPage *self)
{
  GArray *moments = g_array_new (FALSE, TRUE, sizeof (Moment));
  g_autoptr (GListModel) placements = lt_store_list_placements (self->store, self->child);

  g_array_set_clear_func (moments, moment_clear);
  for (guint c = 0; self->chapters != NULL && c < g_list_model_get_n_items (self->chapters); c++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (self->chapters, c);
      g_autoptr (GListModel) entries = lt_store_list_entries (self->store, chapter);

      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          LtStoryEntry *entry = g_list_model_get_item (entries, e);
          Moment        moment = { lt_story_entry_get_sort_date (entry), LT_RECORD (entry) };

          if (lt_story_entry_get_status (entry) != LT_ENTRY_STATUS_IN_BOOK)
            {
              g_object_unref (entry);
              continue;
            }
          g_array_append_val (moments, moment);
        }
    }
  for (guint p = 0; p < g_list_model_get_n_items (placements); p++)
    {
      LtPlacement *placement = g_list_model_get_item (placements, p);
      Moment       moment = { lt_placement_get_start_date (placement), LT_RECORD (placement) };

      g_array_append_val (moments, moment);
    }
  g_array_sort (moments, compare_moments);
  return moments;
}

static GtkWidget *
moment_row (LtBookPage *self,
            Moment     *moment)
{
  GtkWidget       *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char      *icon;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (LT_IS_PLACEMENT (moment->record))
    {
      LtPlacement *placement = LT_PLACEMENT (moment->record);

      /* Translators: a move in the timeline; %s is the new home */
      title = g_strdup_printf (_ ("Moved to %s"), lt_placement_get_place (placement));
      subtitle = lt_date_format (moment->date);
      icon = "go-home-symbolic";
    }
  else
    {
      LtStoryEntry *entry = LT_STORY_ENTRY (moment->record);

      title = g_strdup (lt_story_entry_get_title (entry));
      subtitle = g_strdup (lt_story_entry_get_date_text (entry) != NULL ? lt_story_entry_get_date_text (entry)
                                                                        : _ ("Not dated"));
      icon = "accessories-dictionary-symbolic";
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "book.edit-entry");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                              g_variant_new_int64 (lt_record_get_id (moment->record)));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  return row;
}

static void
rebuild_timeline (LtBookPage *self)
{
  g_autoptr (GArray) moments = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->timeline_list))) != NULL)
    gtk_list_box_remove (self->timeline_list, child);
  if (self->store == NULL || self->child == NULL || !gtk_widget_get_visible (self->timeline_group))
    return;

  moments = collect_moments (self);
  for (guint i = 0; i < moments->len; i++)
    gtk_list_box_append (self->timeline_list, moment_row (self, &g_array_index (moments, Moment, i)));
}

static void
on_view_toggled_cb (LtBookPage *self)
{
  gboolean timeline = gtk_toggle_button_get_active (self->timeline_toggle);

  gtk_widget_set_visible (GTK_WIDGET (self->chapters_box), !timeline);
  gtk_widget_set_visible (self->add_chapter_button, !timeline);
  gtk_widget_set_visible (self->timeline_group, timeline);
  rebuild_timeline (self);
}

/* ---- the dialog for a page ------------------------------------------- */

static char *
describe_photo (LtRecord *record,
                char    **subtitle)
{
  LtPhoto *photo = LT_PHOTO (record);

  *subtitle = lt_photo_get_taken_at (photo) != NULL ? lt_date_format (lt_photo_get_taken_at (photo)) : NULL;
  if (lt_photo_get_caption (photo) != NULL)
    return g_strdup (lt_photo_get_caption (photo));
  return g_strdup (lt_photo_get_original_name (photo) != NULL ? lt_photo_get_original_name (photo) : _ ("Photo"));
}

static void
on_entry_saved_cb (LtRecordDialog *dialog,
                   LtRecord       *entry,
                   LtBookPage     *self)
{
  AdwPreferencesGroup *persons = g_object_get_data (G_OBJECT (dialog), "persons-group");
  AdwPreferencesGroup *photos = g_object_get_data (G_OBJECT (dialog), "photos-group");
  g_autoptr (GPtrArray) checked_persons = lt_link_group_get_checked (persons);
  g_autoptr (GError) error = NULL;

  if (!lt_store_set_entry_persons (self->store, LT_STORY_ENTRY (entry), checked_persons, &error))
    show_error (self, error);
  if (photos != NULL && error == NULL)
    {
      g_autoptr (GPtrArray) checked_photos = lt_link_group_get_checked (photos);

      if (!lt_store_set_entry_photos (self->store, LT_STORY_ENTRY (entry), checked_photos, &error))
        show_error (self, error);
    }
}

static void
open_entry_dialog (LtBookPage   *self,
                   LtStoryEntry *entry)
{
  LtRecordDialog *dialog = lt_record_dialog_new (parent_window (self), self->store, LT_RECORD (entry));
  gboolean        is_new = lt_record_get_id (LT_RECORD (entry)) == 0;
  g_autoptr (GListModel) persons = lt_store_list_persons (self->store, self->child);
  g_autoptr (GListModel) photos = lt_store_list_photos (self->store, self->child);
  g_autoptr (GPtrArray) linked_persons = is_new ? NULL : lt_store_dup_entry_persons (self->store, entry, NULL);
  g_autoptr (GPtrArray) linked_photos = is_new ? NULL : lt_store_dup_entry_photos (self->store, entry, NULL);
  AdwPreferencesGroup *group;

  group = lt_link_group_new (_ ("People on This Page"), _ ("From the people around the child"),
                             persons, linked_persons, lt_link_group_describe_person);
  lt_record_dialog_add_group (dialog, group);
  g_object_set_data (G_OBJECT (dialog), "persons-group", group);
  if (g_list_model_get_n_items (photos) > 0)
    {
      group = lt_link_group_new (_ ("Photos on This Page"), _ ("Photos added under Photos"), photos,
                                 linked_photos, describe_photo);
      lt_record_dialog_add_group (dialog, group);
      g_object_set_data (G_OBJECT (dialog), "photos-group", group);
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_entry_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- actions --------------------------------------------------------- */

static void
add_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LtBookPage *self = LT_BOOK_PAGE (widget);
  LtRecord   *chapter = lookup (self, LT_TYPE_CHAPTER, g_variant_get_int64 (parameter));
  g_autoptr (LtStoryEntry) entry = NULL;

  if (chapter == NULL)
    return;
  entry = lt_story_entry_new ();
  lt_story_entry_set_chapter_id (entry, lt_record_get_id (chapter));
  open_entry_dialog (self, entry);
}

static void
add_letter_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LtBookPage *self = LT_BOOK_PAGE (widget);
  LtRecord   *chapter = lookup (self, LT_TYPE_CHAPTER, g_variant_get_int64 (parameter));
  g_autoptr (LtStoryEntry) entry = NULL;
  g_autofree char *day = NULL;

  if (chapter == NULL || self->child == NULL)
    return;
  day = lt_book_letters_default_day (self->child);
  entry = lt_story_entry_new ();
  lt_story_entry_set_chapter_id (entry, lt_record_get_id (chapter));
  lt_story_entry_set_title (entry, _ ("A Letter for You"));
  lt_story_entry_set_open_on (entry, day);
  open_entry_dialog (self, entry);
}

static void
give_letter_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtBookPage *self = LT_BOOK_PAGE (widget);
  LtRecord   *entry = lookup (self, LT_TYPE_STORY_ENTRY, g_variant_get_int64 (parameter));
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GError) error = NULL;

  if (entry == NULL)
    return;
  draft = lt_record_copy (entry);
  lt_story_entry_set_open_on (LT_STORY_ENTRY (draft), NULL);
  if (!lt_store_save (self->store, draft, &error))
    {
      show_error (self, error);
      return;
    }
  lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (_ ("The letter is now a page of the book")));
  rebuild_chapters (self);
}

static void
edit_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LtBookPage *self = LT_BOOK_PAGE (widget);
  LtRecord   *entry = lookup (self, LT_TYPE_STORY_ENTRY, g_variant_get_int64 (parameter));

  if (entry != NULL)
    open_entry_dialog (self, LT_STORY_ENTRY (entry));
}

typedef struct
{
  LtStore   *store;
  LtRecord  *copy;
  GPtrArray *photos;
  GPtrArray *persons;
} RemovedEntry;

static void
removed_entry_free (gpointer  data,
                    GClosure *closure)
{
  RemovedEntry *removed = data;

  g_object_unref (removed->store);
  g_object_unref (removed->copy);
  g_clear_pointer (&removed->photos, g_ptr_array_unref);
  g_clear_pointer (&removed->persons, g_ptr_array_unref);
  g_free (removed);
}

/* Undo puts the page back with its photos and people. */
static void
on_undo_remove_entry_cb (AdwToast     *toast,
                         RemovedEntry *removed)
{
  g_autoptr (GError) error = NULL;
  LtStoryEntry *entry = LT_STORY_ENTRY (removed->copy);

  if (!lt_store_add (removed->store, removed->copy, &error) ||
      (removed->photos != NULL && !lt_store_set_entry_photos (removed->store, entry, removed->photos, &error)) ||
      (removed->persons != NULL && !lt_store_set_entry_persons (removed->store, entry, removed->persons, &error)))
    g_warning ("Could not undo the deletion: %s", error->message);
}

static void
remove_entry_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LtBookPage   *self = LT_BOOK_PAGE (widget);
  LtRecord     *entry = lookup (self, LT_TYPE_STORY_ENTRY, g_variant_get_int64 (parameter));
  RemovedEntry *removed;
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  if (entry == NULL)
    return;

  removed = g_new0 (RemovedEntry, 1);
  removed->store = g_object_ref (self->store);
  removed->copy = lt_record_copy (entry);
  lt_record_set_identity (removed->copy, 0, lt_record_get_created_at (entry), lt_record_get_updated_at (entry));
  removed->photos = lt_store_dup_entry_photos (self->store, LT_STORY_ENTRY (entry), NULL);
  removed->persons = lt_store_dup_entry_persons (self->store, LT_STORY_ENTRY (entry), NULL);
  if (!lt_store_remove (self->store, entry, &error))
    {
      removed_entry_free (removed, NULL);
      show_error (self, error);
      return;
    }

  toast = adw_toast_new_format (_ ("“%s” deleted"), lt_story_entry_get_title (LT_STORY_ENTRY (removed->copy)));
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove_entry_cb), removed,
                         removed_entry_free, 0);
  lt_window_toast_from (GTK_WIDGET (self), toast);
}

static void
add_chapter_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtBookPage *self = LT_BOOK_PAGE (widget);
  g_autoptr (LtChapter) chapter = NULL;
  guint n;

  if (self->child == NULL)
    return;
  n = g_list_model_get_n_items (self->chapters);
  chapter = lt_chapter_new ();
  lt_chapter_set_child_id (chapter, lt_record_get_id (LT_RECORD (self->child)));
  if (n > 0)
    {
      g_autoptr (LtChapter) last = g_list_model_get_item (self->chapters, n - 1);

      lt_chapter_set_position (chapter, lt_chapter_get_position (last) + 1);
    }
  gtk_window_present (GTK_WINDOW (lt_record_dialog_new (parent_window (self), self->store, LT_RECORD (chapter))));
}

static void
rename_chapter_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LtBookPage *self = LT_BOOK_PAGE (widget);
  LtRecord   *chapter = lookup (self, LT_TYPE_CHAPTER, g_variant_get_int64 (parameter));

  if (chapter != NULL)
    gtk_window_present (GTK_WINDOW (lt_record_dialog_new (parent_window (self), self->store, chapter)));
}

static void
move_chapter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LtBookPage *self = LT_BOOK_PAGE (widget);
  g_autoptr (GError) error = NULL;
  gint64    id;
  int       offset;
  LtRecord *chapter;

  g_variant_get (parameter, "(xi)", &id, &offset);
  chapter = lookup (self, LT_TYPE_CHAPTER, id);
  if (chapter != NULL && !lt_store_move_chapter (self->store, LT_CHAPTER (chapter), offset, &error))
    show_error (self, error);
}

static void
on_remove_chapter_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               LtBookPage       *self)
{
  LtRecord *chapter = g_object_get_data (G_OBJECT (dialog), "chapter");
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "delete") == 0 && !lt_store_remove (self->store, chapter, &error))
    show_error (self, error);
}

/* A chapter with pages takes them with it, so that asks first. */
static void
remove_chapter_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LtBookPage *self = LT_BOOK_PAGE (widget);
  LtRecord   *chapter = lookup (self, LT_TYPE_CHAPTER, g_variant_get_int64 (parameter));
  g_autoptr (GListModel) entries = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint            n_entries;
  GtkWidget       *dialog;

  if (chapter == NULL)
    return;
  entries = lt_store_list_entries (self->store, LT_CHAPTER (chapter));
  n_entries = g_list_model_get_n_items (entries);
  if (n_entries == 0)
    {
      if (!lt_store_remove (self->store, chapter, &error))
        show_error (self, error);
      return;
    }

  heading = g_strdup_printf (_ ("Delete “%s”?"), lt_chapter_get_title (LT_CHAPTER (chapter)));
  body = g_strdup_printf (ngettext ("The chapter’s page is deleted with it. This cannot be undone.",
                                    "The chapter’s %u pages are deleted with it. This cannot be undone.",
                                    n_entries),
                          n_entries);
  dialog = adw_message_dialog_new (parent_window (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "delete",
                                    _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "chapter", g_object_ref (chapter), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_chapter_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LtBookPage *self = LT_BOOK_PAGE (widget);

  if (self->child != NULL)
    lt_book_print_run (parent_window (self), self->store, self->child,
                       gtk_check_button_get_active (self->drawings_check));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LtBookPage *self = LT_BOOK_PAGE (widget);

  if (self->child != NULL)
    lt_book_export_run (parent_window (self), self->store, self->child,
                        gtk_check_button_get_active (self->drawings_check));
}

/* ---- GObject --------------------------------------------------------- */

static void
unbind (LtBookPage *self)
{
  if (self->chapters != NULL)
    g_signal_handlers_disconnect_by_data (self->chapters, self);
  g_clear_object (&self->chapters);
  rebuild_chapters (self);
  if (self->proposals_panel != NULL)
    lt_proposals_panel_set_child (LT_PROPOSALS_PANEL (self->proposals_panel), NULL);
}

static void
bind (LtBookPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  if (self->store == NULL || self->child == NULL)
    return;
  if (!lt_store_ensure_chapters (self->store, self->child, &error))
    g_warning ("Could not add the default chapters: %s", error->message);

  /* Translators: the title of a child's life-story book */
  title = g_strdup_printf (_ ("%s’s Book"), lt_child_get_display_name (self->child));
  gtk_label_set_text (self->title_label, title);
  self->chapters = lt_store_list_chapters (self->store, self->child);
  g_signal_connect_object (self->chapters, "items-changed", G_CALLBACK (rebuild_chapters), self,
                           G_CONNECT_SWAPPED);
  rebuild_chapters (self);
  rebuild_timeline (self);
  lt_proposals_panel_set_store (LT_PROPOSALS_PANEL (self->proposals_panel), self->store);
  lt_proposals_panel_set_child (LT_PROPOSALS_PANEL (self->proposals_panel), self->child);
}

static void
lt_book_page_dispose (GObject *object)
{
  LtBookPage *self = LT_BOOK_PAGE (object);

  unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_BOOK_PAGE);
  g_clear_object (&self->child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_book_page_parent_class)->dispose (object);
}

static void
lt_book_page_class_init (LtBookPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_book_page_dispose;

  g_type_ensure (LT_TYPE_PROPOSALS_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/dk/livstraad/Livstraad/lt-book-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtBookPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, LtBookPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, LtBookPage, chapters_box);
  gtk_widget_class_bind_template_child (widget_class, LtBookPage, drawings_check);
  gtk_widget_class_bind_template_child (widget_class, LtBookPage, timeline_toggle);
  gtk_widget_class_bind_template_child (widget_class, LtBookPage, timeline_group);
  gtk_widget_class_bind_template_child (widget_class, LtBookPage, timeline_list);
  gtk_widget_class_bind_template_child (widget_class, LtBookPage, add_chapter_button);
  gtk_widget_class_bind_template_child (widget_class, LtBookPage, proposals_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled_cb);

  gtk_widget_class_install_action (widget_class, "book.add-entry", "x", add_entry_action);
  gtk_widget_class_install_action (widget_class, "book.edit-entry", "x", edit_entry_action);
  gtk_widget_class_install_action (widget_class, "book.add-letter", "x", add_letter_action);
  gtk_widget_class_install_action (widget_class, "book.give-letter", "x", give_letter_action);
  gtk_widget_class_install_action (widget_class, "book.remove-entry", "x", remove_entry_action);
  gtk_widget_class_install_action (widget_class, "book.add-chapter", NULL, add_chapter_action);
  gtk_widget_class_install_action (widget_class, "book.rename-chapter", "x", rename_chapter_action);
  gtk_widget_class_install_action (widget_class, "book.move-chapter", "(xi)", move_chapter_action);
  gtk_widget_class_install_action (widget_class, "book.remove-chapter", "x", remove_chapter_action);
  gtk_widget_class_install_action (widget_class, "book.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "book.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "book.print", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lt_book_page_init (LtBookPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
lt_book_page_set_store (LtBookPage *self,
                        LtStore    *store)
{
  g_return_if_fail (LT_IS_BOOK_PAGE (self));

  if (self->store == store)
    return;
  unbind (self);
  g_clear_object (&self->child);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  /* Any committed change may move a moment: the timeline follows. */
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (rebuild_timeline), self, G_CONNECT_SWAPPED);
}

void
lt_book_page_set_child (LtBookPage *self,
                        LtChild    *child)
{
  g_return_if_fail (LT_IS_BOOK_PAGE (self));

  if (self->child == child)
    return;
  unbind (self);
  g_set_object (&self->child, child);
  bind (self);
}

/* Returns: (transfer none) (nullable): the child whose book is shown. */
LtChild *
lt_book_page_get_child (LtBookPage *self)
{
  g_return_val_if_fail (LT_IS_BOOK_PAGE (self), NULL);

  return self->child;
}
