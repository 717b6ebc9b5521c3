/* lt-deletions.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The deletion log ("household.deletions" beside the database) holds one
 * JSON line per deleted child: the child's random identifier (migration
 * 013; row ids are reused, so they cannot name a child here) and when it
 * was deleted.  No names: the log says that someone was deleted, never
 * who.  It is written before the rows go, so a crash
 * halfway is finished the next time the log is applied, and it is not
 * part of a backup, so restoring an older backup applies it again.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lt-date.h"
#include "lt-deletions.h"
#include "lt-file-util.h"

#define MAX_LOG_BYTES (16 * 1024 * 1024)

/* Returns: (transfer full): "household.deletions" beside "household.db". */
char *
lt_deletions_file_for (const char *database_path)
{
  g_autofree char *stem = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  stem = g_str_has_suffix (database_path, ".db") ? g_strndup (database_path, strlen (database_path) - 3)
                                                 : g_strdup (database_path);
  return g_strconcat (stem, ".deletions", NULL);
}

static gboolean
append_to_log (LtStore *store,
               LtChild *child,
               GError **error)
{
  g_autofree char *path = lt_deletions_file_for (lt_store_get_path (store));
  g_autofree char *old = NULL;
  g_autofree char *now = lt_timestamp_now ();
  g_autofree char *line = NULL;
  g_autofree char *uid = lt_store_dup_child_uid (store, lt_record_get_id (LT_RECORD (child)), error);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize length = 0;

  if (uid == NULL)
    return FALSE;
  if (!g_file_get_contents (path, &old, &length, &local_error) &&
      !g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  line = g_strdup_printf ("%s{\"child\": \"%s\", \"deleted_at\": \"%s\"}\n", old != NULL ? old : "", uid, now);
  length = strlen (line);
  bytes = g_bytes_new_take (g_steal_pointer (&line), length);
  return lt_file_write_durably (path, bytes, error);
}

/* The photo files of @child that no other child's photo uses (a plain
 * household keeps identical photos once). */
static GPtrArray *
files_only_of (LtStore *store,
               LtChild *child)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);
  g_autoptr (GHashTable) others = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GListModel) photos = lt_store_list_photos (store, child);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) other = g_list_model_get_item (children, i);
      g_autoptr (GListModel) their = NULL;

      if (other == child)
        continue;
      their = lt_store_list_photos (store, other);
      for (guint j = 0; j < g_list_model_get_n_items (their); j++)
        {
          g_autoptr (LtPhoto) photo = g_list_model_get_item (their, j);

          g_hash_table_add (others, g_strdup (lt_photo_get_file_name (photo)));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr (LtPhoto) photo = g_list_model_get_item (photos, i);

      if (!g_hash_table_contains (others, lt_photo_get_file_name (photo)))
        g_ptr_array_add (files, g_build_filename (lt_store_get_media_dir (store), lt_photo_get_file_name (photo), NULL));
    }
  return files;
}

/* Removes the rows (the database cascades to everything of the child,
 * the media key included, overwritten by secure_delete), then the files. */
static gboolean
delete_child (LtStore *store,
              LtChild *child,
              GError **error)
{
  g_autoptr (GPtrArray) files = files_only_of (store, child);
  g_autofree char *folder = lt_store_dup_child_media_dir (store, lt_record_get_id (LT_RECORD (child)));
  gboolean         own_folder = g_strcmp0 (folder, lt_store_get_media_dir (store)) != 0;

  if (!lt_store_remove (store, LT_RECORD (child), error))
    return FALSE;
  for (guint i = 0; i < files->len; i++)
    g_unlink (g_ptr_array_index (files, i));
  if (own_folder)
    lt_file_remove_tree (folder);
  /* Old copies of the rows' pages live in the write-ahead log until it is
   * written back and emptied. */
  return lt_store_checkpoint (store, error);
}

/**
 * lt_deletions_delete_child:
 *
 * Deletes @child for good: every row about the child, the photos no other
 * child has, and the child's media key, so copies of the photo files left
 * anywhere (an old disk, a stray copy) cannot be read.  The deletion is
 * logged first (see the top of this file).
 */
gboolean
lt_deletions_delete_child (LtStore *store,
                           LtChild *child,
                           GError **error)
{
  g_return_val_if_fail (LT_IS_STORE (store) && LT_IS_CHILD (child), FALSE);

  return append_to_log (store, child, error) && delete_child (store, child, error);
}

static LtChild *
find_logged_child (LtStore    *store,
                   JsonObject *entry,
                   GError    **error)
{
  const char *uid = json_object_get_string_member_with_default (entry, "child", NULL);
  LtRecord   *record;
  gint64      id;

  if (uid == NULL)
    return NULL;
  id = lt_store_find_child_by_uid (store, uid, error);
  if (id <= 0)
    return NULL;
  record = lt_store_lookup (store, LT_TYPE_CHILD, id, error);
  return record != NULL ? LT_CHILD (g_object_ref (record)) : NULL;
}

/**
 * lt_deletions_reapply:
 * @n_deleted: (out) (optional): how many children were deleted again
 *
 * Deletes again every child in the log that is in the household, as after
 * a restore from a backup made before the deletion.  Lines that cannot be
 * read are skipped: the log only ever removes.
 */
gboolean
lt_deletions_reapply (LtStore *store,
                      guint   *n_deleted,
                      GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  gsize length = 0;
  guint n = 0;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);

  path = lt_deletions_file_for (lt_store_get_path (store));
  if (n_deleted != NULL)
    *n_deleted = 0;
  if (!g_file_get_contents (path, &text, &length, NULL) || length > MAX_LOG_BYTES)
    return TRUE;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (LtChild) child = NULL;

      if (*lines[i] == '\0' || !json_parser_load_from_data (parser, lines[i], -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        continue;
      child = find_logged_child (store, json_node_get_object (json_parser_get_root (parser)), error);
      if (child == NULL && error != NULL && *error != NULL)
        return FALSE;
      if (child == NULL)
        continue;
      if (!delete_child (store, child, error))
        return FALSE;
      n++;
    }
  if (n_deleted != NULL)
    *n_deleted = n;
  return TRUE;
}
