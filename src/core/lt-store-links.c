/* lt-store-links.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Link tables (who is in a photo or a page, who takes part in a visit):
 * reading the records linked to an owner and replacing them at once.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-store-private.h"

/* Reads records of @kind joined through a link table, in link order. */
GPtrArray *
lt_store_dup_linked (LtStore    *self,
                     GType       kind,
                     const char *sql,
                     gint64      owner_id,
                     GError    **error)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = lt_store_prepare (self, sql, error);
  int           rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, owner_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, g_object_ref (lt_store_record_from_row (self, kind, stmt)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

/* Replaces @owner's links in one transaction; @owner is announced as
 * changed after the commit. */
gboolean
lt_store_set_linked (LtStore    *self,
                     LtRecord   *owner,
                     const char *delete_sql,
                     const char *insert_sql,
                     gboolean    ordered,
                     GPtrArray  *records,
                     GError    **error)
{
  sqlite3_stmt *stmt;

  if (!lt_store_begin (self, error))
    return FALSE;

  stmt = lt_store_prepare (self, delete_sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, lt_record_get_id (owner));
  if (!lt_store_step_write (self, stmt, _ ("Saving"), error))
    goto failed;

  for (guint i = 0; i < records->len; i++)
    {
      stmt = lt_store_prepare (self, insert_sql, error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, lt_record_get_id (owner));
      sqlite3_bind_int64 (stmt, 2, lt_record_get_id (g_ptr_array_index (records, i)));
      if (ordered)
        sqlite3_bind_int (stmt, 3, i);
      if (!lt_store_step_write (self, stmt, _ ("Saving"), error))
        goto failed;
    }
  lt_store_queue_touch (self, owner);
  return lt_store_commit (self, error);

failed:
  lt_store_rollback (self);
  return FALSE;
}

/* A SELECT of the @kind records linked to one owner (?1); @link is the
 * rest: "<link table> l ON … WHERE l.<owner column> = ?1 ORDER BY …". */
const char *
lt_store_linked_select (GType       kind,
                        const char *link)
{
  LtRecordClass   *klass = g_type_class_peek (kind);
  g_autofree char *columns = g_strjoinv (", p.", (char **) klass->columns);
  g_autofree char *sql = g_strdup_printf ("SELECT p.id, p.created_at, p.updated_at, p.%s FROM %s p JOIN %s",
                                          columns, klass->table, link);

  return g_intern_string (sql);
}
