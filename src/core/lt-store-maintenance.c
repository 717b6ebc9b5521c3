/* lt-store-maintenance.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Keeping the household file sound: integrity checks, the one-way
 * conversion of a plain household into an encrypted copy, and consistent
 * snapshots for backups.
 */
#include "config.h"

#define SQLITE_HAS_CODEC 1

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <sodium.h>
#include <string.h>

#include "lt-store-private.h"
#include "lt-store.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

#define SQLITE_MAGIC "SQLite format 3"

/* Returns: whether @path starts as an unencrypted SQLite file.  An
 * encrypted file starts with a random salt instead. */
gboolean
lt_store_file_is_plain (const char *path)
{
  char  head[16] = { 0 };
  FILE *file;
  gsize n;

  g_return_val_if_fail (path != NULL, FALSE);

  file = fopen (path, "rbe");
  if (file == NULL)
    return FALSE;
  n = fread (head, 1, sizeof head, file);
  fclose (file);
  return n == sizeof head && memcmp (head, SQLITE_MAGIC, sizeof SQLITE_MAGIC) == 0;
}

static gboolean
sql_error (LtStore    *self,
           int         rc,
           const char *doing,
           GError    **error)
{
  return lt_store_set_sqlite_error (self, rc, doing, error);
}

/* Runs @sql, which returns rows only for problems (or one "ok" row), and
 * fails with the first problem named. */
static gboolean
expect_no_problems (LtStore    *self,
                    const char *sql,
                    const char *check_name,
                    GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  int rc = sqlite3_prepare_v2 (lt_store_get_db (self), sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    return sql_error (self, rc, _ ("Checking the household"), error);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *first = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (first, "ok") == 0 && sqlite3_step (stmt) == SQLITE_DONE)
        return TRUE;
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CORRUPT,
                   _ ("The household file “%s” is damaged (%s: %s). Restore it from a backup."),
                   lt_store_get_path (self), check_name, first != NULL ? first : "?");
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return sql_error (self, rc, _ ("Checking the household"), error);
  return TRUE;
}

/**
 * lt_store_check_integrity:
 *
 * Reads every page: SQLite's own structure check, SQLCipher's check of
 * every page's authentication code for an encrypted household, and the
 * foreign keys.
 */
gboolean
lt_store_check_integrity (LtStore *self,
                          GError **error)
{
  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  return expect_no_problems (self, "PRAGMA integrity_check", "integrity_check", error) &&
         (lt_store_get_key (self) == NULL ||
          expect_no_problems (self, "PRAGMA cipher_integrity_check", "cipher_integrity_check",
                              error)) &&
         expect_no_problems (self, "PRAGMA foreign_key_check", "foreign_key_check", error);
}

static gboolean
exec (LtStore    *self,
      const char *sql,
      const char *doing,
      GError    **error)
{
  int rc = sqlite3_exec (lt_store_get_db (self), sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || sql_error (self, rc, doing, error);
}

static gint64
query_int (LtStore    *self,
           const char *sql)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (lt_store_get_db (self), sql, -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

/* sqlcipher_export copies tables, indexes, triggers and rows but not the
 * header fields: copy those, then compare every table's row count. */
static gboolean
finish_encrypted_copy (LtStore *self,
                       GError **error)
{
  g_autoptr (sqlite3_stmt) tables = NULL;
  g_autofree char *header = g_strdup_printf ("PRAGMA encrypted.user_version = %" G_GINT64_FORMAT ";"
                                             "PRAGMA encrypted.application_id = %" G_GINT64_FORMAT ";",
                                             query_int (self, "PRAGMA main.user_version"),
                                             query_int (self, "PRAGMA main.application_id"));
  int              rc;

  if (!exec (self, header, _ ("Encrypting the household"), error))
    return FALSE;
  rc = sqlite3_prepare_v2 (lt_store_get_db (self),
                           "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite_%'",
                           -1, &tables, NULL);
  if (rc != SQLITE_OK)
    return sql_error (self, rc, _ ("Encrypting the household"), error);
  while ((rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      char       *sql = sqlite3_mprintf ("SELECT (SELECT count(*) FROM main.\"%w\") - "
                                               "(SELECT count(*) FROM encrypted.\"%w\")",
                                         table, table);
      gint64      difference = query_int (self, sql);

      sqlite3_free (sql);
      if (difference != 0)
        {
          g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_FAILED,
                       _ ("The encrypted copy of the household is missing rows of “%s”. The "
                          "household was left as it was."),
                       table);
          return FALSE;
        }
    }
  return rc == SQLITE_DONE || sql_error (self, rc, _ ("Encrypting the household"), error);
}

/**
 * lt_store_export_encrypted:
 * @destination: a new file for the encrypted copy
 * @key: the key to encrypt it with
 *
 * Writes an encrypted copy of this plain household and checks that every
 * table has the same number of rows in it.  This household is not changed.
 */
gboolean
lt_store_export_encrypted (LtStore        *self,
                           const char     *destination,
                           const LtSecret *key,
                           GError        **error)
{
  char     hex[2 * LT_SECRET_BYTES + 1];
  char    *attach;
  gboolean ok;
  int      fd;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (destination != NULL && key != NULL, FALSE);

  /* The household is opened without SQLITE_OPEN_CREATE, and so are the
   * files it attaches: make the copy's file, private from the start. */
  fd = g_open (destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_IO, _ ("Could not create “%s”: %s"),
                   destination, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  sodium_bin2hex (hex, sizeof hex, lt_secret_get_data (key), LT_SECRET_BYTES);
  attach = sqlite3_mprintf ("ATTACH DATABASE %Q AS encrypted KEY \"x'%s'\"", destination, hex);
  sodium_memzero (hex, sizeof hex);
  ok = exec (self, attach, _ ("Encrypting the household"), error);
  sodium_memzero (attach, strlen (attach));
  sqlite3_free (attach);
  if (!ok)
    return FALSE;

  ok = exec (self, "SELECT sqlcipher_export('encrypted')", _ ("Encrypting the household"), error) &&
       finish_encrypted_copy (self, error);
  if (!exec (self, "DETACH DATABASE encrypted", _ ("Encrypting the household"), ok ? error : NULL))
    return FALSE;
  return ok;
}

/* Moves everything in the write-ahead log into the main file, so the file
 * alone is the whole household. */
gboolean
lt_store_checkpoint (LtStore *self,
                     GError **error)
{
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  rc = sqlite3_wal_checkpoint_v2 (lt_store_get_db (self), NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL,
                                  NULL);
  return rc == SQLITE_OK || sql_error (self, rc, _ ("Saving the household"), error);
}

/**
 * lt_store_snapshot:
 * @destination: a new file, written with the same key as this household
 *
 * Copies the household as it is at one moment, through SQLite's backup
 * API, into @destination: for backups while the app keeps working.
 */
gboolean
lt_store_snapshot (LtStore    *self,
                   const char *destination,
                   GError    **error)
{
  g_autoptr (LtStore) copy = NULL;
  sqlite3_backup *backup;
  int             rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  /* Opening through the store gives the copy the key, mode 0600 and WAL;
   * the backup then replaces its pages with this household's. */
  copy = lt_store_get_key (self) != NULL
             ? lt_store_open_encrypted (destination, lt_store_get_key (self), error)
             : lt_store_open (destination, error);
  if (copy == NULL)
    return FALSE;
  backup = sqlite3_backup_init (lt_store_get_db (copy), "main", lt_store_get_db (self), "main");
  if (backup == NULL)
    return sql_error (copy, sqlite3_errcode (lt_store_get_db (copy)), _ ("Copying the household"),
                      error);
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    return sql_error (copy, rc, _ ("Copying the household"), error);
  return lt_store_checkpoint (copy, error);
}
