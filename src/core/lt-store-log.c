/* lt-store-log.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The daily log's link to the book (migration 015): which page a note
 * became.  The link is the household's own; the page stands on its own.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-store-private.h"
#include "lt-store.h"

/* Notes that @note became @entry (a page of the book). */
gboolean
lt_store_set_note_page (LtStore      *self,
                        LtLogNote    *note,
                        LtStoryEntry *entry,
                        GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LT_IS_STORE (self) && LT_IS_LOG_NOTE (note) && LT_IS_STORY_ENTRY (entry), FALSE);

  stmt = lt_store_prepare (self,
                           "INSERT INTO log_note_page (note_id, entry_id) VALUES (?1, ?2) "
                           "ON CONFLICT (note_id) DO UPDATE SET entry_id = ?2",
                           error);
  if (stmt == NULL || !lt_store_begin (self, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_record_get_id (LT_RECORD (note)));
  sqlite3_bind_int64 (stmt, 2, lt_record_get_id (LT_RECORD (entry)));
  if (!lt_store_step_write (self, stmt, _ ("Saving"), error))
    {
      lt_store_rollback (self);
      return FALSE;
    }
  /* The note's row shows the page it became. */
  lt_store_queue_touch (self, LT_RECORD (note));
  return lt_store_commit (self, error);
}

/* Returns: (transfer full) (nullable): the page @note became, if it is
 * still there. */
LtStoryEntry *
lt_store_dup_note_page (LtStore   *self,
                        LtLogNote *note)
{
  sqlite3_stmt *stmt;
  gint64        entry_id = 0;
  LtRecord     *entry;

  g_return_val_if_fail (LT_IS_STORE (self) && LT_IS_LOG_NOTE (note), NULL);

  stmt = lt_store_prepare (self, "SELECT entry_id FROM log_note_page WHERE note_id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, lt_record_get_id (LT_RECORD (note)));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    entry_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  entry = entry_id != 0 ? lt_store_lookup (self, LT_TYPE_STORY_ENTRY, entry_id, NULL) : NULL;
  return entry != NULL ? g_object_ref (LT_STORY_ENTRY (entry)) : NULL;
}
