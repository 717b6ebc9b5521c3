/* lt-vault.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * household.db is encrypted with a random key; household.keys beside it
 * holds that key wrapped in slots (lt-key-slots.c).  The key file is
 * written before the database is created or converted, so a crash at any
 * point leaves a state this file knows how to finish:
 *
 *   keys, no database            → a new, empty encrypted household
 *   keys, plain database         → the conversion is done again
 *   keys, encrypted database and a leftover plain copy → the copy is wiped
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "lt-deletions.h"
#include "lt-file-util.h"
#include "lt-media.h"
#include "lt-vault.h"

/* Returns: (transfer full): "household.keys" beside "household.db". */
char *
lt_vault_key_file_for (const char *database_path)
{
  g_autofree char *stem = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  stem = g_str_has_suffix (database_path, ".db")
             ? g_strndup (database_path, strlen (database_path) - 3)
             : g_strdup (database_path);
  return g_strconcat (stem, ".keys", NULL);
}

static char *
sibling (const char *database_path,
         const char *suffix)
{
  return g_strconcat (database_path, suffix, NULL);
}

static gboolean
file_has_data (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && st.st_size > 0;
}

LtVaultState
lt_vault_get_state (const char *database_path)
{
  g_autofree char *keys = NULL;

  g_return_val_if_fail (database_path != NULL, LT_VAULT_NEW);

  keys = lt_vault_key_file_for (database_path);
  if (g_file_test (keys, G_FILE_TEST_EXISTS))
    return LT_VAULT_LOCKED;
  if (file_has_data (database_path))
    return LT_VAULT_PLAIN;
  return LT_VAULT_NEW;
}

LtKeySlots *
lt_vault_load_key_slots (const char *database_path,
                         GError    **error)
{
  g_autofree char *keys = lt_vault_key_file_for (database_path);

  return lt_key_slots_load (keys, error);
}

static LtKeySlots *
new_slots (const LtSecret    *key,
           const char        *adult_name,
           const char        *passphrase,
           const LtKdfLimits *limits,
           char             **recovery_key,
           GError           **error)
{
  g_autoptr (LtKeySlots) slots = lt_key_slots_new ();

  if (lt_key_slots_add_passphrase (slots, key, adult_name, passphrase, limits, error) == 0)
    return NULL;
  *recovery_key = lt_key_slots_set_recovery (slots, key, error);
  return *recovery_key != NULL ? g_steal_pointer (&slots) : NULL;
}

static gboolean
refuse_existing (const char *database_path,
                 GError    **error)
{
  g_autofree char *keys = lt_vault_key_file_for (database_path);

  if (!g_file_test (keys, G_FILE_TEST_EXISTS))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _ ("“%s” already has keys. Unlock it instead; nothing was changed."), database_path);
  return FALSE;
}

static gboolean
ensure_folder (const char *database_path,
               GError    **error)
{
  g_autofree char *folder = g_path_get_dirname (database_path);

  if (g_mkdir_with_parents (folder, 0700) == 0)
    return TRUE;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
               _ ("Could not create the folder “%s”: %s"), folder, g_strerror (errno));
  return FALSE;
}

/**
 * lt_vault_create:
 * @adult_name: the first adult, whose passphrase this is
 * @recovery_key: (out): the recovery key, to be shown once and kept on paper
 *
 * Sets up a new encrypted household at @database_path, which must not have
 * a household yet.
 *
 * Returns: (transfer full): the open household, or %NULL with @error set
 */
LtStore *
lt_vault_create (const char        *database_path,
                 const char        *adult_name,
                 const char        *passphrase,
                 const LtKdfLimits *limits,
                 char             **recovery_key,
                 GError           **error)
{
  g_autoptr (LtSecret) key = lt_secret_new_random ();
  g_autoptr (LtKeySlots) slots = NULL;
  g_autofree char *keys = lt_vault_key_file_for (database_path);
  g_autofree char *recovery = NULL;
  LtStore         *store;

  g_return_val_if_fail (database_path != NULL && recovery_key != NULL, NULL);

  if (!refuse_existing (database_path, error))
    return NULL;
  if (file_has_data (database_path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _ ("“%s” already holds a household; nothing was changed."), database_path);
      return NULL;
    }
  slots = new_slots (key, adult_name, passphrase, limits, &recovery, error);
  if (slots == NULL || !ensure_folder (database_path, error) ||
      !lt_key_slots_save (slots, keys, error))
    return NULL;
  store = lt_store_open_encrypted (database_path, key, error);
  if (store != NULL)
    *recovery_key = g_steal_pointer (&recovery);
  return store;
}

/* Makes the encrypted copy beside the plain file and checks it by opening
 * it; the plain household is only read. */
static gboolean
write_encrypted_copy (const char     *database_path,
                      const char     *copy_path,
                      const LtSecret *key,
                      GError        **error)
{
  g_autoptr (LtStore) plain = NULL;
  g_autoptr (LtStore) check = NULL;
  g_autofree char *copy_wal = sibling (copy_path, "-wal");
  g_autofree char *copy_shm = sibling (copy_path, "-shm");

  g_unlink (copy_path);
  g_unlink (copy_wal);
  g_unlink (copy_shm);

  plain = lt_store_open (database_path, error);
  if (plain == NULL || !lt_store_checkpoint (plain, error) ||
      !lt_store_export_encrypted (plain, copy_path, key, error))
    return FALSE;
  g_clear_object (&plain);

  check = lt_store_open_encrypted (copy_path, key, error);
  return check != NULL && lt_store_check_integrity (check, error) && lt_store_checkpoint (check, error);
}

/* Puts the encrypted copy in the plain file's place.  A second name for
 * the plain file is made first, so its bytes can be overwritten after the
 * swap instead of lingering in free disk space. */
static gboolean
swap_in_encrypted (const char *database_path,
                   const char *copy_path,
                   GError    **error)
{
  g_autofree char *old = sibling (database_path, ".plain");

  g_unlink (old);
  if (link (database_path, old) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _ ("Could not prepare “%s” for encryption: %s"), database_path, g_strerror (errno));
      return FALSE;
    }
  return lt_file_rename_durably (copy_path, database_path, error) && lt_file_shred (old, error);
}

static gboolean
convert_plain_file (const char     *database_path,
                    const LtSecret *key,
                    GError        **error)
{
  g_autofree char *copy = sibling (database_path, ".encrypting");

  if (!write_encrypted_copy (database_path, copy, key, error))
    {
      g_prefix_error (error, _ ("The household was not encrypted and is as it was: "));
      g_unlink (copy);
      return FALSE;
    }
  return swap_in_encrypted (database_path, copy, error);
}

/* ---- photos ----------------------------------------------------------- */

/* Overwrites and removes every file in @folder, then the folder. */
static gboolean
shred_folder (const char *folder,
              GError    **error)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_DIR) && !lt_file_shred (path, error))
        return FALSE;
    }
  g_rmdir (folder);
  return TRUE;
}

/* A plain household keeps photos in "media/ab/…" and print copies in
 * "media/print"; an encrypted one never does.  Whatever is still there
 * after sealing (also after a crash halfway) is plain and is wiped. */
static gboolean
shred_plain_media (const char *media_dir,
                   GError    **error)
{
  g_autoptr (GDir) dir = g_dir_open (media_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (media_dir, name, NULL);

      if ((g_strcmp0 (name, "print") == 0 || g_regex_match_simple ("^[0-9a-f]{2}$", name, 0, 0)) &&
          !shred_folder (path, error))
        return FALSE;
    }
  return TRUE;
}

/* Seals a plain photo into its child's folder ("media/<child id>/ab/…")
 * and points its row there; the plain file is wiped afterwards. */
static gboolean
seal_photo (LtStore        *store,
            LtPhoto        *photo,
            const LtSecret *key,
            gboolean       *sealed,
            GError        **error)
{
  g_autofree char *prefix = g_strdup_printf ("%" G_GINT64_FORMAT "/", lt_photo_get_child_id (photo));
  const char      *file_name = lt_photo_get_file_name (photo);
  g_autofree char *source = g_build_filename (lt_store_get_media_dir (store), file_name, NULL);
  g_autofree char *sealed_name = g_strconcat (prefix, file_name, NULL);
  g_autofree char *target = g_build_filename (lt_store_get_media_dir (store), sealed_name, NULL);
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GBytes) bytes = NULL;

  /* In the child's folder it was sealed when written.  A file that is
   * missing stays missing (the photo shows as such); it must not keep the
   * whole household from opening. */
  if (g_str_has_prefix (file_name, prefix) || !g_file_test (source, G_FILE_TEST_EXISTS))
    return TRUE;
  *sealed = TRUE;
  bytes = lt_media_load (source, NULL, error);
  if (bytes == NULL || !lt_media_save (target, bytes, key, error))
    return FALSE;
  draft = lt_record_copy (LT_RECORD (photo));
  lt_photo_set_file_name (LT_PHOTO (draft), sealed_name);
  return lt_store_save_full (store, draft, LT_SAVE_KEEP_TIMESTAMP, error);
}

/* Seals every photo of a household that was plain before, each with its
 * child's media key, and wipes the plain photos, print copies and
 * thumbnails. */
static gboolean
seal_plain_media (LtStore *store,
                  GError **error)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);
  g_autofree char *thumbnails = g_build_filename (g_get_user_cache_dir (), "livstraad", "thumbnails", NULL);
  gboolean         sealed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);
      g_autoptr (GListModel) photos = lt_store_list_photos (store, child);
      g_autoptr (LtSecret) key = NULL;

      if (g_list_model_get_n_items (photos) == 0)
        continue;
      key = lt_store_dup_media_key (store, lt_record_get_id (LT_RECORD (child)), error);
      if (key == NULL)
        return FALSE;
      for (guint j = 0; j < g_list_model_get_n_items (photos); j++)
        {
          g_autoptr (LtPhoto) photo = g_list_model_get_item (photos, j);

          if (!seal_photo (store, photo, key, &sealed, error))
            return FALSE;
        }
    }
  /* Thumbnails made while the household was plain are plain too. */
  return shred_plain_media (lt_store_get_media_dir (store), error) &&
         (!sealed || !g_file_test (thumbnails, G_FILE_TEST_IS_DIR) || shred_folder (thumbnails, error));
}

/* Photo files no row points at: left by a crash between writing a photo
 * and saving its row, or by an import that was given up.  A photo's print
 * copy goes with it.  The list comes straight from SQL, and any error
 * gives up the clean-up: a short list must never delete a kept photo. */
static GHashTable *
dup_kept_files (LtStore *store)
{
  g_autoptr (GPtrArray) photos = lt_store_dup_photo_files (store, NULL);
  GHashTable *kept;

  if (photos == NULL)
    return NULL;
  kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < photos->len; i++)
    {
      const LtPhotoFile *photo = g_ptr_array_index (photos, i);

      g_hash_table_add (kept, g_build_filename (lt_store_get_media_dir (store), photo->file_name, NULL));
      g_hash_table_add (kept, g_strdup_printf ("%s/%" G_GINT64_FORMAT "/print/%s.jpg", lt_store_get_media_dir (store),
                                               photo->child_id, photo->sha256));
    }
  return kept;
}

static void
remove_unkept (const char *folder,
               GHashTable *kept,
               int         depth)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (depth <= 3 && dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_unkept (path, kept, depth + 1);
      else if (!g_hash_table_contains (kept, path))
        g_unlink (path);
    }
  if (depth > 0)
    g_rmdir (folder); /* only when empty */
}

/* Removes files in the children's media folders ("media/<id>/…") that no
 * photo row points at.  They are sealed; this is about not keeping what
 * nobody can see or delete. */
static void
remove_orphans (LtStore *store)
{
  g_autoptr (GHashTable) kept = dup_kept_files (store);
  g_autoptr (GDir) dir = NULL;
  const char *name;

  if (kept == NULL)
    return;
  dir = g_dir_open (lt_store_get_media_dir (store), 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (lt_store_get_media_dir (store), name, NULL);

      if (g_regex_match_simple ("^[1-9][0-9]*$", name, 0, 0) && g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_unkept (path, kept, 1);
    }
}

/* What every open of an encrypted household does first: every page's
 * authentication is checked (so a changed page is named at once, not met
 * halfway through some list), children deleted since the backup it may
 * have been restored from are deleted again, photos left plain by an interrupted
 * conversion are sealed, and temporary files that a crash left in the
 * media folder are removed, as are photo files no row points at. */
static LtStore *
finish_opening (LtStore *store,
                GError **error)
{
  if (store == NULL)
    return NULL;
  if (!lt_store_check_integrity (store, error) || !lt_deletions_reapply (store, NULL, error) ||
      !seal_plain_media (store, error) || !lt_media_remove_leftovers (lt_store_get_media_dir (store), error))
    {
      g_object_unref (store);
      return NULL;
    }
  remove_orphans (store);
  return store;
}

/**
 * lt_vault_encrypt_plain:
 * @recovery_key: (out): the new recovery key
 *
 * Encrypts an unencrypted household: keys first, then an encrypted copy
 * that is checked row for row before it replaces the plain file, whose
 * bytes are then overwritten.
 *
 * Returns: (transfer full): the household, now encrypted and open
 */
LtStore *
lt_vault_encrypt_plain (const char        *database_path,
                        const char        *adult_name,
                        const char        *passphrase,
                        const LtKdfLimits *limits,
                        char             **recovery_key,
                        GError           **error)
{
  g_autoptr (LtSecret) key = lt_secret_new_random ();
  g_autoptr (LtKeySlots) slots = NULL;
  g_autofree char *keys = lt_vault_key_file_for (database_path);
  g_autofree char *recovery = NULL;
  LtStore         *store;

  g_return_val_if_fail (database_path != NULL && recovery_key != NULL, NULL);

  if (!refuse_existing (database_path, error))
    return NULL;
  if (!lt_store_file_is_plain (database_path))
    {
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_NOT_A_DATABASE,
                   _ ("“%s” is not an unencrypted household file; nothing was changed."),
                   database_path);
      return NULL;
    }
  slots = new_slots (key, adult_name, passphrase, limits, &recovery, error);
  if (slots == NULL)
    return NULL;

  /* Check the plain household opens before any key file exists. */
  {
    g_autoptr (LtStore) probe = lt_store_open (database_path, error);

    if (probe == NULL)
      return NULL;
  }
  if (!lt_key_slots_save (slots, keys, error))
    return NULL;
  if (!convert_plain_file (database_path, key, error))
    {
      /* The keys open nothing yet: take them away again, so the household
       * stays a plain one that can be tried again. */
      g_unlink (keys);
      return NULL;
    }
  store = finish_opening (lt_store_open_encrypted (database_path, key, error), error);
  if (store != NULL)
    *recovery_key = g_steal_pointer (&recovery);
  return store;
}

/**
 * lt_vault_open:
 * @key: the household key from lt_key_slots_unlock() or a sibling
 *
 * Opens the encrypted household, finishing first what a crash may have
 * left half done (see the top of this file).
 *
 * Returns: (transfer full): the household, or %NULL with @error set
 */
LtStore *
lt_vault_open (const char     *database_path,
               const LtSecret *key,
               GError        **error)
{
  g_autofree char *old = sibling (database_path, ".plain");

  g_return_val_if_fail (database_path != NULL && key != NULL, NULL);

  if (lt_store_file_is_plain (database_path))
    {
      if (!convert_plain_file (database_path, key, error))
        return NULL;
    }
  else if (g_file_test (old, G_FILE_TEST_EXISTS) && !lt_file_shred (old, error))
    return NULL;
  return finish_opening (lt_store_open_encrypted (database_path, key, error), error);
}

/* Saves @slots beside @store's file; they must hold @store's key. */
gboolean
lt_vault_save_key_slots (LtStore    *store,
                         LtKeySlots *slots,
                         GError    **error)
{
  g_autofree char *keys = NULL;

  g_return_val_if_fail (LT_IS_STORE (store) && LT_IS_KEY_SLOTS (slots), FALSE);

  keys = lt_vault_key_file_for (lt_store_get_path (store));
  return lt_key_slots_save (slots, keys, error);
}
