/* lt-store-media.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The children's media keys (migration 011): made on first use, handed out
 * as copies in guarded memory for the threads that read and write photos.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "lt-date.h"
#include "lt-store-private.h"
#include "lt-store.h"

static LtSecret *
read_media_key (LtStore *self,
                gint64   child_id,
                GError **error)
{
  sqlite3_stmt *stmt = lt_store_prepare (self, "SELECT key FROM media_key WHERE child_id = ?1", error);
  LtSecret     *key = NULL;
  int           rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, child_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    key = lt_secret_new_from_data (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  else if (rc != SQLITE_DONE)
    lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error);
  sqlite3_reset (stmt);
  return key;
}

/**
 * lt_store_dup_media_key:
 * @child_id: the child whose photos are read or written
 *
 * Returns: (transfer full) (nullable): the child's media key, made the
 *   first time it is asked for; %NULL without an error in a plain
 *   household, whose photos are kept plain
 */
LtSecret *
lt_store_dup_media_key (LtStore *self,
                        gint64   child_id,
                        GError **error)
{
  g_autoptr (LtSecret) key = NULL;
  g_autofree char *now = NULL;
  sqlite3_stmt    *stmt;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (lt_store_get_key (self) == NULL)
    return NULL;
  key = read_media_key (self, child_id, error);
  if (key != NULL || (error != NULL && *error != NULL))
    return g_steal_pointer (&key);

  key = lt_secret_new_random ();
  now = lt_timestamp_now ();
  stmt = lt_store_prepare (self, "INSERT INTO media_key (child_id, key, created_at) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, child_id);
  sqlite3_bind_blob (stmt, 2, lt_secret_get_data (key), LT_SECRET_BYTES, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  if (!lt_store_step_write (self, stmt, _ ("Saving the photo key"), error))
    return NULL;
  return g_steal_pointer (&key);
}

/**
 * lt_store_dup_child_media_dir:
 *
 * Returns: (transfer full): where @child_id's photos are kept: a folder of
 *   their own in an encrypted household ("media/<id>"), so that each file
 *   is sealed with one child's key and goes when the child is deleted; the
 *   shared media folder in a plain household
 */
char *
lt_store_dup_child_media_dir (LtStore *self,
                              gint64   child_id)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (lt_store_get_key (self) == NULL)
    return g_strdup (lt_store_get_media_dir (self));
  id = g_strdup_printf ("%" G_GINT64_FORMAT, child_id);
  return g_build_filename (lt_store_get_media_dir (self), id, NULL);
}

static void
photo_file_free (LtPhotoFile *photo)
{
  g_free (photo->file_name);
  g_free (photo->sha256);
  g_free (photo);
}

/**
 * lt_store_dup_photo_files:
 *
 * Every photo row's file, read in one query that reports its errors (the
 * live lists only log theirs): for clean-ups that must not act on a list
 * that came back short.
 *
 * Returns: (transfer full) (element-type LtPhotoFile): the files, or %NULL
 *   with @error set
 */
GPtrArray *
lt_store_dup_photo_files (LtStore *self,
                          GError **error)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) photo_file_free);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self, "SELECT child_id, file_name, sha256 FROM photo", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LtPhotoFile *photo = g_new0 (LtPhotoFile, 1);

      photo->child_id = sqlite3_column_int64 (stmt, 0);
      photo->file_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      photo->sha256 = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (files, photo);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error), NULL;
  return g_steal_pointer (&files);
}
