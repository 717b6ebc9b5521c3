/* fuzz-backup.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Fuzz target: restoring a backup, past its encryption.
 *
 * A fuzzer cannot make chunks that pass their authentication, so the input
 * is taken as the decrypted stream (the entries: type, name, size, bytes)
 * and sealed here into a well-formed archive with a known key, as the
 * format says (docs/backup-format.md).  Restoring it then exercises what
 * an altered backup from someone holding the key could reach: entry
 * parsing, the name checks, the manifest, the staged database.  The
 * promises checked: nothing is ever written outside the target's folder,
 * and a refused restore leaves the folder as it was (empty).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sodium.h>
#include <stdint.h>
#include <string.h>

#include "lt-backup.h"
#include "lt-test-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define CHUNK 65536

static LtSecret *key;
static char     *header;
static char     *outside; /* a folder beside the target: must stay empty */

static void
init_once (void)
{
  static const LtKdfLimits limits = { 1, 64 * 1024 };
  g_autoptr (LtKeySlots) slots = NULL;
  g_autoptr (GBytes) json = NULL;
  g_autofree char *text = NULL;
  guint8           salt[16] = { 7 };
  g_autofree char *salt_text = NULL;

  if (key != NULL)
    return;
  g_assert_cmpint (sodium_init (), >=, 0);
  key = lt_secret_new_random ();
  slots = lt_key_slots_new ();
  g_assert_cmpint (lt_key_slots_add_passphrase (slots, key, "Fuzz", "fuzz fuzz fuzz", &limits, NULL), >, 0);
  g_free (lt_key_slots_set_recovery (slots, key, NULL));
  json = lt_key_slots_serialize (slots);
  text = g_strndup (g_bytes_get_data (json, NULL), g_bytes_get_size (json));
  salt_text = g_base64_encode (salt, sizeof salt);
  header = g_strdup_printf ("{\"format\":\"livstraad-backup\",\"version\":1,\"schema_version\":1,"
                            "\"salt\":\"%s\",\"key_slots\":%s}",
                            salt_text, text);
  outside = g_dir_make_tmp ("fuzz-backup-outside-XXXXXX", NULL);
}

static void
put_be (GByteArray *out,
        guint64     value,
        guint       bytes)
{
  for (guint i = 0; i < bytes; i++)
    {
      guint8 b = (value >> (8 * (bytes - 1 - i))) & 0xff;

      g_byte_array_append (out, &b, 1);
    }
}

/* Seals @plain as the stream of a backup, in chunks, the last FINAL. */
static GBytes *
seal_archive (const uint8_t *plain,
              size_t         size)
{
  crypto_secretstream_xchacha20poly1305_state state;
  crypto_generichash_state                    hash;
  GByteArray                                 *out = g_byte_array_new ();
  guint8                                      stream_key[32], stream_header[24], salt[16] = { 7 };
  guint                                       header_length;
  size_t                                      offset = 0;

  g_byte_array_append (out, (const guint8 *) "LTBACKUP", 8);
  put_be (out, 1, 2);
  put_be (out, strlen (header), 4);
  g_byte_array_append (out, (const guint8 *) header, strlen (header));
  header_length = out->len;
  crypto_generichash_init (&hash, lt_secret_get_data (key), 32, 32);
  crypto_generichash_update (&hash, (const guint8 *) "livstraad-backup-v1", 19);
  crypto_generichash_update (&hash, salt, sizeof salt);
  crypto_generichash_final (&hash, stream_key, 32);
  crypto_secretstream_xchacha20poly1305_init_push (&state, stream_header, stream_key);
  g_byte_array_append (out, stream_header, sizeof stream_header);
  do
    {
      size_t             n = MIN (CHUNK, size - offset);
      gboolean           last = offset + n == size;
      g_autofree guint8 *cipher = g_malloc (n + crypto_secretstream_xchacha20poly1305_ABYTES);
      unsigned long long length = 0;

      crypto_secretstream_xchacha20poly1305_push (&state, cipher, &length, plain + offset, n,
                                                  offset == 0 ? out->data : NULL, offset == 0 ? header_length : 0,
                                                  last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
      put_be (out, length, 4);
      g_byte_array_append (out, cipher, length);
      offset += n;
    }
  while (offset < size);
  return g_byte_array_free_to_bytes (out);
}

static gboolean
folder_is_empty (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);

  return dir == NULL || g_dir_read_name (dir) == NULL;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GBytes) archive = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *target = NULL;
  gboolean         restored;

  init_once ();
  if (size > 4 * 1024 * 1024)
    return 0;
  folder = g_dir_make_tmp ("fuzz-backup-XXXXXX", NULL);
  backup = g_build_filename (folder, "in.ltbackup", NULL);
  target = g_build_filename (folder, "home", "household.db", NULL);
  archive = seal_archive (data, size);
  g_assert_true (g_file_set_contents (backup, g_bytes_get_data (archive, NULL), g_bytes_get_size (archive), NULL));

  restored = lt_backup_restore (backup, key, target, NULL, &error);
  g_assert_true (restored == (error == NULL));
  if (!restored)
    {
      g_autofree char *home = g_path_get_dirname (target);

      /* Refused: the target's folder holds nothing, not even staging. */
      g_assert_true (folder_is_empty (home));
    }
  g_assert_true (folder_is_empty (outside));
  lt_test_remove_tree (folder);
  return 0;
}
