/* lt-media.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A sealed media file is
 *
 *   "LTMEDIA1" · secretstream header (24 bytes) · chunks, each a u32 BE
 *   length and XChaCha20-Poly1305 ciphertext of up to 64 KiB
 *
 * with the last chunk tagged FINAL.  Every chunk's associated data is
 * "livstraad-media-v1|" and the file's own name ("<sha256>.jpg"), so a
 * photo cannot be passed off as another by renaming or swapping files,
 * and a cut or extended file does not open.
 *
 * Writing goes to a temporary file beside the target (".part-…"), which is
 * synced and renamed, and the folder synced; nothing readable is written
 * anywhere on the way.  lt_media_remove_leftovers() cleans up what a crash
 * left.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <string.h>
#include <unistd.h>

#include "lt-file-util.h"
#include "lt-media.h"

#define MAGIC "LTMEDIA1"
#define MAGIC_BYTES 8
#define CHUNK_BYTES (64 * 1024)
#define ABYTES crypto_secretstream_xchacha20poly1305_ABYTES
#define HEADER_BYTES crypto_secretstream_xchacha20poly1305_HEADERBYTES
#define PART_PREFIX ".part-"

/* The quark's name must keep its dashes. */
/* clang-format off */
G_DEFINE_QUARK (lt-media-error-quark, lt_media_error)
/* clang-format on */

static GBytes *
associated_data (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  char            *text = g_strconcat ("livstraad-media-v1|", name, NULL);

  return g_bytes_new_take (text, strlen (text));
}

static gboolean
damaged (const char *path,
         GError    **error)
{
  g_autofree char *name = g_path_get_basename (path);

  g_set_error (error, LT_MEDIA_ERROR, LT_MEDIA_ERROR_DAMAGED,
               _ ("The photo file “%s” is damaged or has been changed; it does not pass its check. "
                  "Restore the household from a backup to get it back."),
               name);
  return FALSE;
}

/* Returns: whether @path starts as a sealed media file. */
gboolean
lt_media_is_sealed (const char *path)
{
  char  head[MAGIC_BYTES];
  FILE *file = fopen (path, "rbe");
  gsize n;

  if (file == NULL)
    return FALSE;
  n = fread (head, 1, sizeof head, file);
  fclose (file);
  return n == MAGIC_BYTES && memcmp (head, MAGIC, MAGIC_BYTES) == 0;
}

/* Returns: the size on disk of @plain_size bytes once sealed. */
goffset
lt_media_sealed_size (goffset plain_size)
{
  goffset chunks = plain_size / CHUNK_BYTES + 1; /* the last, FINAL chunk may be empty */

  return MAGIC_BYTES + HEADER_BYTES + chunks * (4 + ABYTES) + plain_size;
}

static GBytes *
seal (GBytes         *contents,
      const char     *path,
      const LtSecret *key)
{
  crypto_secretstream_xchacha20poly1305_state state;
  g_autoptr (GBytes) ad = associated_data (path);
  gsize         length = 0;
  const guint8 *plain = g_bytes_get_data (contents, &length);
  GByteArray   *out = g_byte_array_sized_new (lt_media_sealed_size (length));
  guint8        header[HEADER_BYTES];
  gsize         offset = 0;

  g_byte_array_append (out, (const guint8 *) MAGIC, MAGIC_BYTES);
  crypto_secretstream_xchacha20poly1305_init_push (&state, header, lt_secret_get_data (key));
  g_byte_array_append (out, header, sizeof header);
  do
    {
      gsize              n = MIN (CHUNK_BYTES, length - offset);
      gboolean           last = offset + n == length && n < CHUNK_BYTES;
      guint8             cipher[4 + CHUNK_BYTES + ABYTES];
      unsigned long long cipher_length = 0;

      crypto_secretstream_xchacha20poly1305_push (
          &state, cipher + 4, &cipher_length, plain + offset, n, g_bytes_get_data (ad, NULL),
          g_bytes_get_size (ad), last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
      for (int i = 0; i < 4; i++)
        cipher[i] = (cipher_length >> (8 * (3 - i))) & 0xff;
      g_byte_array_append (out, cipher, 4 + cipher_length);
      offset += n;
      if (last)
        break;
    }
  while (TRUE);
  sodium_memzero (&state, sizeof state);
  return g_byte_array_free_to_bytes (out);
}

static GBytes *
unseal (const guint8   *data,
        gsize           length,
        const char     *path,
        const LtSecret *key,
        GError        **error)
{
  crypto_secretstream_xchacha20poly1305_state state;
  g_autoptr (GBytes) ad = associated_data (path);
  g_autoptr (GByteArray) out = g_byte_array_new ();
  gsize    offset = MAGIC_BYTES + HEADER_BYTES;
  gboolean final = FALSE;

  if (length < offset ||
      crypto_secretstream_xchacha20poly1305_init_pull (&state, data + MAGIC_BYTES, lt_secret_get_data (key)) != 0)
    return damaged (path, error), NULL;
  while (!final)
    {
      guint8             plain[CHUNK_BYTES];
      unsigned long long plain_length = 0;
      unsigned char      tag = 0;
      guint32            chunk;

      if (length - offset < 4)
        return damaged (path, error), NULL;
      chunk = (guint32) data[offset] << 24 | (guint32) data[offset + 1] << 16 | (guint32) data[offset + 2] << 8 |
              data[offset + 3];
      offset += 4;
      if (chunk < ABYTES || chunk > CHUNK_BYTES + ABYTES || chunk > length - offset ||
          crypto_secretstream_xchacha20poly1305_pull (&state, plain, &plain_length, &tag, data + offset, chunk,
                                                      g_bytes_get_data (ad, NULL), g_bytes_get_size (ad)) != 0)
        return damaged (path, error), NULL;
      offset += chunk;
      g_byte_array_append (out, plain, plain_length);
      sodium_memzero (plain, sizeof plain);
      final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
  if (offset != length)
    return damaged (path, error), NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/**
 * lt_media_load:
 * @key: (nullable): the child's media key; %NULL in a plain household
 *
 * Returns: (transfer full): the file's bytes, unsealed; a sealed file
 *   without a key, a plain file where a sealed one belongs, or one that
 *   fails its check is an error, never returned as it is
 */
GBytes *
lt_media_load (const char     *path,
               const LtSecret *key,
               GError        **error)
{
  g_autofree char *data = NULL;
  gsize            length = 0;
  gboolean         sealed;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  if (length > (gsize) lt_media_sealed_size (LT_MEDIA_MAX_BYTES))
    {
      g_set_error_literal (error, LT_MEDIA_ERROR, LT_MEDIA_ERROR_TOO_LARGE, _ ("The photo file is too large."));
      return NULL;
    }
  sealed = length >= MAGIC_BYTES && memcmp (data, MAGIC, MAGIC_BYTES) == 0;
  if (key == NULL && !sealed)
    return g_bytes_new_take (g_steal_pointer (&data), length);
  if (key == NULL || !sealed)
    return damaged (path, error), NULL;
  return unseal ((const guint8 *) data, length, path, key, error);
}

/**
 * lt_media_save:
 * @key: (nullable): seal with this key; %NULL writes the bytes as they are
 *
 * Writes @contents to @path durably (temporary file, fsync, rename, fsync
 * of the folder), mode 0600, making the folder (0700) when missing.
 */
gboolean
lt_media_save (const char     *path,
               GBytes         *contents,
               const LtSecret *key,
               GError        **error)
{
  g_autofree char *folder = NULL;
  g_autoptr (GBytes) sealed = NULL;

  g_return_val_if_fail (path != NULL && contents != NULL, FALSE);

  if (g_bytes_get_size (contents) > LT_MEDIA_MAX_BYTES)
    {
      g_set_error_literal (error, LT_MEDIA_ERROR, LT_MEDIA_ERROR_TOO_LARGE, _ ("The photo file is too large."));
      return FALSE;
    }
  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _ ("Could not create the folder “%s”: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }
  sealed = key != NULL ? seal (contents, path, key) : g_bytes_ref (contents);
  return lt_file_write_durably (path, sealed, error);
}

static gboolean
is_leftover (const char *name)
{
  /* g_file_set_contents writes "<name>.XXXXXX" beside the target; the
   * photo import and the backup write ".part-…" and ".import-…". */
  return g_str_has_prefix (name, PART_PREFIX) || g_str_has_prefix (name, ".import-") ||
         g_regex_match_simple ("\\.(jpg|jpeg|png|webp|gif|heic)\\.[A-Za-z0-9]{6}$", name, 0, 0);
}

/**
 * lt_media_remove_leftovers:
 * @folder: the media folder (or a cache folder)
 *
 * Removes what an interrupted write left: temporary files that were never
 * renamed into place.  Run once at start.
 */
gboolean
lt_media_remove_leftovers (const char *folder,
                           GError    **error)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        {
          if (!lt_media_remove_leftovers (path, error))
            return FALSE;
        }
      else if (is_leftover (name) && g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _ ("Could not remove “%s”: %s"), path,
                       g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}
