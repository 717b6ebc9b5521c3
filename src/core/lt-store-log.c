/* lt-store-log.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The daily log's links: which page a note became (migration 015; the
 * household's own, the page stands on its own) and who a note is about
 * (migration 018).
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

/* Returns: (transfer full) (element-type LtPerson): the people @note is
 * about, by name. */
GPtrArray *
lt_store_dup_note_persons (LtStore   *self,
                           LtLogNote *note,
                           GError   **error)
{
  g_return_val_if_fail (LT_IS_STORE (self) && LT_IS_LOG_NOTE (note), NULL);

  return lt_store_dup_linked (self, LT_TYPE_PERSON,
                              lt_store_linked_select (LT_TYPE_PERSON, "log_note_person l ON l.person_id = p.id "
                                                                      "WHERE l.note_id = ?1 ORDER BY p.name"),
                              lt_record_get_id (LT_RECORD (note)), error);
}

/* Sets the people @note is about (#LtPerson of the same child). */
gboolean
lt_store_set_note_persons (LtStore   *self,
                           LtLogNote *note,
                           GPtrArray *persons,
                           GError   **error)
{
  g_return_val_if_fail (LT_IS_STORE (self) && LT_IS_LOG_NOTE (note), FALSE);

  return lt_store_set_linked (self, LT_RECORD (note), "DELETE FROM log_note_person WHERE note_id = ?1",
                              "INSERT INTO log_note_person (note_id, person_id) VALUES (?1, ?2)", FALSE, persons,
                              error);
}

/**
 * lt_store_dup_notes_about:
 *
 * Returns: (transfer full): the ids (gint64 *) of the notes about @person,
 * as a set for the log's filter; %NULL with @error
 */
GHashTable *
lt_store_dup_notes_about (LtStore  *self,
                          LtPerson *person,
                          GError  **error)
{
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (LT_IS_STORE (self) && LT_IS_PERSON (person), NULL);

  stmt = lt_store_prepare (self, "SELECT note_id FROM log_note_person WHERE person_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, lt_record_get_id (LT_RECORD (person)));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (ids, g_memdup2 (&(gint64){ sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}
