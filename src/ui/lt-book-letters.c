/* lt-book-letters.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Letters for later in the book page: the day a new letter is given, and
 * the letters whose day has come, offered to be read and given.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-book-letters.h"
#include "lt-date.h"

/* The day a letter for later is given: the child's 18th birthday when it
 * is still to come, else a year from today; the adult can change it. */
char *
lt_book_letters_default_day (LtChild *child)
{
  const char      *birth = lt_child_get_birth_date (child);
  g_autofree char *today = lt_date_today_iso ();
  GDate            day;

  if (birth != NULL && lt_date_parse_iso (birth, &day) == LT_DATE_DAY)
    {
      g_autofree char *eighteen = g_strdup_printf ("%04d%s", g_date_get_year (&day) + 18, birth + 4);

      if (g_strcmp0 (eighteen, today) > 0)
        return g_steal_pointer (&eighteen);
    }
  lt_date_today (&day);
  g_date_add_years (&day, 1);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day));
}

/* A letter for later whose day has come is offered at the top: read it
 * together, then give it, and it becomes an ordinary page of the book. */
static GtkWidget *
make_letter_row (LtStoryEntry *entry)
{
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *give = gtk_button_new_with_mnemonic (_ ("_Give It"));
  g_autofree char *day = lt_date_format (lt_story_entry_get_open_on (entry));
  /* Translators: %s is the day the letter was to be given */
  g_autofree char *subtitle = g_strdup_printf (_ ("To be given on %s"), day);
  gint64           id = lt_record_get_id (LT_RECORD (entry));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lt_story_entry_get_title (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (give, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (give, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (give), "book.give-letter");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (give), g_variant_new_int64 (id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), give);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "book.edit-entry");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (id));
  return row;
}

/**
 * lt_book_letters_ready_group:
 * @chapters: the child's chapters
 *
 * Returns: (transfer floating) (nullable): a group offering each letter
 * whose day has come, or %NULL when there is none
 */
GtkWidget *
lt_book_letters_ready_group (LtStore    *store,
                             GListModel *chapters)
{
  g_autofree char *today = lt_date_today_iso ();
  GtkWidget       *list = NULL;
  GtkWidget       *group;

  for (guint c = 0; c < g_list_model_get_n_items (chapters); c++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, c);
      g_autoptr (GListModel) entries = lt_store_list_entries (store, chapter);

      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr (LtStoryEntry) entry = g_list_model_get_item (entries, e);

          if (lt_story_entry_get_open_on (entry) == NULL || lt_story_entry_is_sealed (entry, today))
            continue;
          if (list == NULL)
            {
              list = gtk_list_box_new ();
              gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
              gtk_widget_add_css_class (list, "boxed-list");
            }
          gtk_list_box_append (GTK_LIST_BOX (list), make_letter_row (entry));
        }
    }
  if (list == NULL)
    return NULL;
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("A Letter’s Day Has Come"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _ ("Read it with the child, then give it: it becomes a page of "
                                            "the book."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return group;
}
