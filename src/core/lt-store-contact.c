/* lt-store-contact.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The store's part for contact with the child's network: the period after
 * which someone who matters most is missed, and proposing a page for the
 * book from a visit.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-store-contact.h"
#include "lt-store-private.h"

/* Returns: @child_id's chosen period in weeks, or LT_CONTACT_DEFAULT_WEEKS
 * when none is chosen (or it cannot be read: see the debug log). */
int
lt_store_get_contact_weeks (LtStore *self,
                            gint64   child_id)
{
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt;
  int           weeks = LT_CONTACT_DEFAULT_WEEKS;

  g_return_val_if_fail (LT_IS_STORE (self), LT_CONTACT_DEFAULT_WEEKS);

  stmt = lt_store_prepare (self, "SELECT weeks FROM child_contact_watch WHERE child_id = ?1", &error);
  if (stmt == NULL)
    {
      g_debug ("Could not read the contact period: %s", error->message);
      return weeks;
    }
  sqlite3_bind_int64 (stmt, 1, child_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    weeks = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return weeks;
}

/* Chooses @child_id's period: someone who matters most and has not been
 * seen or heard from for @weeks is pointed out. */
gboolean
lt_store_set_contact_weeks (LtStore *self,
                            gint64   child_id,
                            int      weeks,
                            GError **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (weeks < LT_CONTACT_MIN_WEEKS || weeks > LT_CONTACT_MAX_WEEKS)
    {
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CONSTRAINT,
                   _ ("The period must be between %d and %d weeks."), LT_CONTACT_MIN_WEEKS,
                   LT_CONTACT_MAX_WEEKS);
      return FALSE;
    }
  stmt = lt_store_prepare (self,
                           "INSERT INTO child_contact_watch (child_id, weeks) VALUES (?1, ?2) "
                           "ON CONFLICT (child_id) DO UPDATE SET weeks = ?2",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, child_id);
  sqlite3_bind_int (stmt, 2, weeks);
  return lt_store_step_write (self, stmt, _ ("Saving the contact period"), error);
}

static gboolean
link_source_event (LtStore      *self,
                   LtStoryEntry *entry,
                   LtEvent      *event,
                   GError      **error)
{
  sqlite3_stmt *stmt = lt_store_prepare (self, "INSERT INTO entry_source_event (entry_id, event_id) VALUES (?1, ?2)",
                                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_record_get_id (LT_RECORD (entry)));
  sqlite3_bind_int64 (stmt, 2, lt_record_get_id (LT_RECORD (event)));
  return lt_store_step_write (self, stmt, _ ("Saving"), error);
}

/**
 * lt_store_propose_entry:
 * @entry: a new page, its chapter set
 * @photo: (nullable): one of the child's photos for the page
 * @event: the visit the page comes from (saved)
 *
 * Adds @entry as a proposed page (LT_ENTRY_STATUS_PROPOSED: it waits for
 * the child and an adult to keep or drop it, and is never exported) with
 * its photo and the visit it came from, all or nothing.
 *
 * Returns: %TRUE, or %FALSE with @error and nothing saved
 */
gboolean
lt_store_propose_entry (LtStore      *self,
                        LtStoryEntry *entry,
                        LtPhoto      *photo,
                        LtEvent      *event,
                        GError      **error)
{
  g_autoptr (GPtrArray) photos = g_ptr_array_new ();

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_STORY_ENTRY (entry), FALSE);
  g_return_val_if_fail (photo == NULL || LT_IS_PHOTO (photo), FALSE);
  g_return_val_if_fail (LT_IS_EVENT (event), FALSE);

  if (photo != NULL)
    g_ptr_array_add (photos, photo);
  lt_story_entry_set_status (entry, LT_ENTRY_STATUS_PROPOSED);
  if (!lt_store_begin (self, error))
    return FALSE;
  if (!lt_store_add (self, LT_RECORD (entry), error) ||
      (photos->len > 0 && !lt_store_set_entry_photos (self, entry, photos, error)) ||
      !link_source_event (self, entry, event, error))
    {
      lt_store_rollback (self);
      return FALSE;
    }
  return lt_store_commit (self, error);
}

/**
 * lt_store_dup_proposal_chapter:
 *
 * Where a page proposed from a visit goes first: the default chapter about
 * the important people, if the book still has it, else the first chapter.
 * The default chapters are made if the book has none.
 *
 * Returns: (transfer full) (nullable): the chapter, or %NULL with @error
 */
LtChapter *
lt_store_dup_proposal_chapter (LtStore *self,
                               LtChild *child,
                               GError **error)
{
  g_autoptr (GListModel) chapters = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  if (!lt_store_ensure_chapters (self, child, error))
    return NULL;
  chapters = lt_store_list_chapters (self, child);
  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, i);

      if (g_strcmp0 (lt_chapter_get_title (chapter), _ ("Important People")) == 0)
        return g_steal_pointer (&chapter);
    }
  return g_list_model_get_item (chapters, 0);
}

/* Returns: the id of the visit @entry was proposed from, or 0 */
gint64
lt_store_get_entry_source_event (LtStore      *self,
                                 LtStoryEntry *entry)
{
  sqlite3_stmt *stmt;
  gint64        id = 0;

  g_return_val_if_fail (LT_IS_STORE (self), 0);
  g_return_val_if_fail (LT_IS_STORY_ENTRY (entry), 0);

  stmt = lt_store_prepare (self, "SELECT event_id FROM entry_source_event WHERE entry_id = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, lt_record_get_id (LT_RECORD (entry)));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}
