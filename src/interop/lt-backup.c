/* lt-backup.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A backup is one file (docs/backup-format.md):
 *
 *   "LTBACKUP" · version (u16 BE) · header length (u32 BE) · header (JSON:
 *   the key slots, the stream's salt, the schema version) · secretstream
 *   header · chunks (u32 BE length + XChaCha20-Poly1305 ciphertext)
 *
 * The plain header lets a passphrase or the recovery key open the archive
 * on a machine that has nothing else.  The stream key is BLAKE2b of the
 * household key and the header's salt; the first chunk authenticates the
 * whole plain header, and the last carries the FINAL tag, so a truncated,
 * altered or extended file is refused.  Inside the stream are entries
 * (type, name, size, bytes): the manifest with every file's SHA-256, the
 * database snapshot (still SQLCipher-encrypted with the household key),
 * the photos, then an end entry.
 *
 * Restoring never trusts a name: only "manifest.json", "household.db" and
 * "media/xx/<sha256>.<ext>" are accepted, written with O_EXCL|O_NOFOLLOW
 * into a fresh staging folder, checked (hashes, integrity, schema) and
 * only then swapped in; the household that was there is kept aside.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sodium.h>
#include <string.h>
#include <unistd.h>

#include "lt-backup.h"
#include "lt-file-util.h"
#include "lt-json-shape.h"
#include "lt-vault.h"

#define MAGIC "LTBACKUP"
#define MAGIC_BYTES 8
#define PREFIX_BYTES (MAGIC_BYTES + 2 + 4)
#define MAX_HEADER_BYTES (256 * 1024)
#define CHUNK_BYTES (64 * 1024)
#define ABYTES crypto_secretstream_xchacha20poly1305_ABYTES
#define STREAM_HEADER crypto_secretstream_xchacha20poly1305_HEADERBYTES
#define SALT_BYTES 16
#define MAX_MANIFEST (16 * 1024 * 1024)
#define MAX_ENTRY_BYTES ((guint64) 64 * 1024 * 1024 * 1024)
#define ENTRY_FILE 'F'
#define ENTRY_END 'E'
#define MANIFEST_NAME "manifest.json"
#define DATABASE_NAME "household.db"

/* The quark's name must keep its dashes. */
/* clang-format off */
G_DEFINE_QUARK (lt-backup-error-quark, lt_backup_error)
/* clang-format on */

struct _LtBackupJob
{
  LtSecret   *key;
  LtKeySlots *slots;
  char       *snapshot_path; /* removed with the job */
  char       *media_dir;
  GPtrArray  *media_names; /* "ab/<sha256>.jpg", inside media_dir */
  int         schema_version;
};

/* ---- small helpers --------------------------------------------------- */

static gboolean
fail (GError    **error,
      int         code,
      const char *message)
{
  g_set_error_literal (error, LT_BACKUP_ERROR, code, message);
  return FALSE;
}

static gboolean
damaged (GError **error)
{
  return fail (error, LT_BACKUP_ERROR_DAMAGED,
               _ ("The backup is damaged or incomplete: it does not pass its check. Nothing was "
                  "restored; try another copy of the backup."));
}

static gboolean
io_failed (GError    **error,
           int         saved_errno,
           const char *what)
{
  g_set_error (error, LT_BACKUP_ERROR, LT_BACKUP_ERROR_FAILED, "%s: %s", what, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length,
           GError      **error)
{
  while (length > 0)
    {
      ssize_t n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return io_failed (error, n < 0 ? errno : ENOSPC, _ ("Writing the backup"));
      data += n;
      length -= n;
    }
  return TRUE;
}

/* Reads exactly @length bytes; FALSE with *eof set at a clean end. */
static gboolean
read_all (int       fd,
          guint8   *data,
          gsize     length,
          gboolean *short_read)
{
  *short_read = FALSE;
  while (length > 0)
    {
      ssize_t n = read (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          *short_read = TRUE;
          return FALSE;
        }
      data += n;
      length -= n;
    }
  return TRUE;
}

static void
put_be (guint8 *out,
        guint64 value,
        guint   bytes)
{
  for (guint i = 0; i < bytes; i++)
    out[i] = (value >> (8 * (bytes - 1 - i))) & 0xff;
}

static guint64
get_be (const guint8 *in,
        guint         bytes)
{
  guint64 value = 0;

  for (guint i = 0; i < bytes; i++)
    value = (value << 8) | in[i];
  return value;
}

static void
derive_stream_key (const LtSecret *key,
                   const guint8   *salt,
                   guint8          out[crypto_secretstream_xchacha20poly1305_KEYBYTES])
{
  crypto_generichash_state state;

  crypto_generichash_init (&state, lt_secret_get_data (key), LT_SECRET_BYTES,
                           crypto_secretstream_xchacha20poly1305_KEYBYTES);
  crypto_generichash_update (&state, (const guint8 *) "livstraad-backup-v1", 19);
  crypto_generichash_update (&state, salt, SALT_BYTES);
  crypto_generichash_final (&state, out, crypto_secretstream_xchacha20poly1305_KEYBYTES);
  sodium_memzero (&state, sizeof state);
}

/**
 * lt_backup_name_is_safe:
 *
 * Returns: whether @name is one a backup may hold: the manifest, the
 * database, or a photo "media/[<child id>/]xx/<64 hex>.<1–5 letters or
 * digits>".
 * Everything else — "../", absolute paths, backslashes, other folders —
 * is refused.
 */
gboolean
lt_backup_name_is_safe (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);

  return g_strcmp0 (name, MANIFEST_NAME) == 0 || g_strcmp0 (name, DATABASE_NAME) == 0 ||
         g_regex_match_simple ("^media/([1-9][0-9]{0,17}/)?[0-9a-f]{2}/[0-9a-f]{64}\\.[a-z0-9]{1,5}$", name, 0, 0);
}

/* ---- the plain header -------------------------------------------------- */

typedef struct
{
  LtKeySlots *slots;
  guint8      salt[SALT_BYTES];
  int         schema_version;
} Header;

static GBytes *
build_header (LtBackupJob  *job,
              const guint8 *salt)
{
  g_autoptr (GBytes) slots = lt_key_slots_serialize (job->slots);
  g_autoptr (JsonNode) slots_node = json_from_string (g_bytes_get_data (slots, NULL), NULL);
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *salt_text = g_base64_encode (salt, SALT_BYTES);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  g_autofree char *json = NULL;
  GByteArray      *out = g_byte_array_new ();
  guint8           prefix[PREFIX_BYTES];

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "livstraad-backup");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LT_BACKUP_FORMAT_VERSION);
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "schema_version");
  json_builder_add_int_value (builder, job->schema_version);
  json_builder_set_member_name (builder, "salt");
  json_builder_add_string_value (builder, salt_text);
  json_builder_set_member_name (builder, "key_slots");
  json_builder_add_value (builder, g_steal_pointer (&slots_node));
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json = json_to_string (root, FALSE);

  memcpy (prefix, MAGIC, MAGIC_BYTES);
  put_be (prefix + MAGIC_BYTES, LT_BACKUP_FORMAT_VERSION, 2);
  put_be (prefix + MAGIC_BYTES + 2, strlen (json), 4);
  g_byte_array_append (out, prefix, sizeof prefix);
  g_byte_array_append (out, (const guint8 *) json, strlen (json));
  return g_byte_array_free_to_bytes (out);
}

static gboolean
read_header_json (const char *json,
                  gsize       length,
                  Header     *header,
                  GError    **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GBytes) slots_bytes = NULL;
  g_autofree guchar *salt = NULL;
  gsize              salt_length = 0;
  JsonObject        *root;
  JsonNode          *slots;
  const char        *salt_text;
  char              *slots_text;
  gint64             version;

  if (!g_utf8_validate (json, length, NULL) || lt_json_shape_problem (json, length, 6) != NULL ||
      !json_parser_load_from_data (parser, json, length, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return damaged (error);
  root = json_node_get_object (json_parser_get_root (parser));
  version = json_object_get_int_member_with_default (root, "version", 0);
  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL), "livstraad-backup") != 0)
    return fail (error, LT_BACKUP_ERROR_NOT_A_BACKUP, _ ("This file is not a Livstråd backup."));
  if (version > LT_BACKUP_FORMAT_VERSION)
    return fail (error, LT_BACKUP_ERROR_TOO_NEW,
                 _ ("This backup was made by a newer version of Livstråd. Update Livstråd to "
                    "restore it; nothing was changed."));
  salt_text = json_object_get_string_member_with_default (root, "salt", "");
  if (version < 1 || salt_text == NULL || strlen (salt_text) > 64)
    return damaged (error);
  salt = g_base64_decode (salt_text, &salt_length);
  slots = json_object_get_member (root, "key_slots");
  if (salt_length != SALT_BYTES || slots == NULL || !JSON_NODE_HOLDS_OBJECT (slots))
    return damaged (error);
  memcpy (header->salt, salt, SALT_BYTES);
  header->schema_version =
      (int) CLAMP (json_object_get_int_member_with_default (root, "schema_version", 0), 0, G_MAXINT);
  slots_text = json_to_string (slots, FALSE);
  slots_bytes = g_bytes_new_take (slots_text, strlen (slots_text));
  header->slots = lt_key_slots_parse (slots_bytes, error);
  return header->slots != NULL;
}

/**
 * lt_backup_parse_header:
 * @bytes: the start of a backup file (at least the whole header)
 * @header_length: (out) (optional): how many bytes the plain header takes
 *
 * Returns: (transfer full): the key slots that open the backup
 */
LtKeySlots *
lt_backup_parse_header (GBytes  *bytes,
                        gsize   *header_length,
                        GError **error)
{
  gsize         size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  Header        header = { 0 };
  guint64       json_length;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (size < PREFIX_BYTES || memcmp (data, MAGIC, MAGIC_BYTES) != 0)
    return fail (error, LT_BACKUP_ERROR_NOT_A_BACKUP, _ ("This file is not a Livstråd backup.")), NULL;
  if (get_be (data + MAGIC_BYTES, 2) > LT_BACKUP_FORMAT_VERSION)
    return fail (error, LT_BACKUP_ERROR_TOO_NEW,
                 _ ("This backup was made by a newer version of Livstråd. Update Livstråd to "
                    "restore it; nothing was changed.")),
           NULL;
  json_length = get_be (data + MAGIC_BYTES + 2, 4);
  if (json_length == 0 || json_length > MAX_HEADER_BYTES || json_length > size - PREFIX_BYTES)
    return damaged (error), NULL;
  if (!read_header_json ((const char *) data + PREFIX_BYTES, json_length, &header, error))
    return NULL;
  if (header_length != NULL)
    *header_length = PREFIX_BYTES + json_length;
  return header.slots;
}

/* Reads and parses the plain header of the file open on @fd. */
static GBytes *
read_header (int      fd,
             Header  *header,
             GError **error)
{
  guint8   prefix[PREFIX_BYTES];
  gboolean short_read;
  guint64  json_length;
  guint8  *all;
  g_autoptr (GBytes) bytes = NULL;

  if (!read_all (fd, prefix, sizeof prefix, &short_read) || memcmp (prefix, MAGIC, MAGIC_BYTES) != 0)
    return fail (error, LT_BACKUP_ERROR_NOT_A_BACKUP, _ ("This file is not a Livstråd backup.")), NULL;
  json_length = get_be (prefix + MAGIC_BYTES + 2, 4);
  if (get_be (prefix + MAGIC_BYTES, 2) <= LT_BACKUP_FORMAT_VERSION &&
      (json_length == 0 || json_length > MAX_HEADER_BYTES))
    return damaged (error), NULL;
  json_length = MIN (json_length, MAX_HEADER_BYTES);
  all = g_malloc (PREFIX_BYTES + json_length);
  memcpy (all, prefix, PREFIX_BYTES);
  bytes = g_bytes_new_take (all, PREFIX_BYTES + json_length);
  if (get_be (prefix + MAGIC_BYTES, 2) <= LT_BACKUP_FORMAT_VERSION &&
      !read_all (fd, all + PREFIX_BYTES, json_length, &short_read))
    return damaged (error), NULL;
  /* One parse for the slots and the checks, which give the error, and
   * one for the salt and version; the second copy of the slots goes
   * (fuzz-backup found it leaking). */
  header->slots = lt_backup_parse_header (bytes, NULL, error);
  if (header->slots == NULL)
    return NULL;
  {
    Header details = { 0 };

    read_header_json ((const char *) all + PREFIX_BYTES, json_length, &details, NULL);
    memcpy (header->salt, details.salt, SALT_BYTES);
    header->schema_version = details.schema_version;
    g_clear_object (&details.slots);
  }
  return g_steal_pointer (&bytes);
}

/* ---- writing the stream ----------------------------------------------- */

typedef struct
{
  int                                         fd;
  crypto_secretstream_xchacha20poly1305_state state;
  guint8                                      plain[CHUNK_BYTES];
  gsize                                       length;
  GBytes                                     *first_ad; /* the plain header */
  guint64                                     written;
  guint64                                     total;
  LtBackupProgress                            progress;
  gpointer                                    progress_data;
  GCancellable                               *cancellable;
} Writer;

static gboolean
push_chunk (Writer  *w,
            guint8   tag,
            GError **error)
{
  guint8             cipher[4 + CHUNK_BYTES + ABYTES];
  unsigned long long length = 0;
  const guint8      *ad = NULL;
  gsize              ad_length = 0;

  if (g_cancellable_set_error_if_cancelled (w->cancellable, error))
    return FALSE;
  if (w->first_ad != NULL)
    ad = g_bytes_get_data (w->first_ad, &ad_length);
  crypto_secretstream_xchacha20poly1305_push (&w->state, cipher + 4, &length, w->plain, w->length,
                                              ad, ad_length, tag);
  g_clear_pointer (&w->first_ad, g_bytes_unref);
  put_be (cipher, length, 4);
  w->written += w->length;
  w->length = 0;
  if (w->progress != NULL && w->total > 0)
    w->progress (MIN (1.0, (double) w->written / w->total), w->progress_data);
  return write_all (w->fd, cipher, 4 + length, error);
}

static gboolean
put (Writer       *w,
     const guint8 *data,
     gsize         length,
     GError      **error)
{
  while (length > 0)
    {
      gsize n = MIN (length, CHUNK_BYTES - w->length);

      memcpy (w->plain + w->length, data, n);
      w->length += n;
      data += n;
      length -= n;
      if (w->length == CHUNK_BYTES && !push_chunk (w, 0, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
put_entry_head (Writer     *w,
                guint8      type,
                const char *name,
                guint64     size,
                GError    **error)
{
  guint8 head[1 + 2 + 8];
  gsize  name_length = strlen (name);

  head[0] = type;
  put_be (head + 1, name_length, 2);
  put_be (head + 3, size, 8);
  return put (w, head, 3, error) && put (w, (const guint8 *) name, name_length, error) &&
         put (w, head + 3, 8, error);
}

static gboolean
put_file (Writer     *w,
          const char *name,
          const char *path,
          GError    **error)
{
  guint8   buffer[CHUNK_BYTES];
  GStatBuf st;
  int      fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  gboolean ok;

  if (fd < 0 || fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, LT_BACKUP_ERROR, LT_BACKUP_ERROR_FAILED, _ ("Could not read “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  ok = put_entry_head (w, ENTRY_FILE, name, st.st_size, error);
  for (goffset left = st.st_size; ok && left > 0;)
    {
      ssize_t n = read (fd, buffer, MIN ((goffset) sizeof buffer, left));

      if (n <= 0)
        {
          ok = io_failed (error, n < 0 ? errno : EIO, path);
          break;
        }
      ok = put (w, buffer, n, error);
      left -= n;
    }
  close (fd);
  return ok;
}

/* ---- preparing ------------------------------------------------------ */

void
lt_backup_job_free (LtBackupJob *job)
{
  if (job == NULL)
    return;
  if (job->snapshot_path != NULL)
    {
      g_autofree char *wal = g_strconcat (job->snapshot_path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (job->snapshot_path, "-shm", NULL);

      g_unlink (job->snapshot_path);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_free (job->snapshot_path);
  g_free (job->media_dir);
  lt_secret_free (job->key);
  g_clear_object (&job->slots);
  g_clear_pointer (&job->media_names, g_ptr_array_unref);
  g_free (job);
}

static char *
unused_snapshot_path (const char *database_path)
{
  for (;;)
    {
      g_autofree char *suffix = g_strdup_printf (".backup-%08x", g_random_int ());
      char            *path = g_strconcat (database_path, suffix, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

static GPtrArray *
list_media (LtStore *store)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);
      g_autoptr (GListModel) photos = lt_store_list_photos (store, child);

      for (guint j = 0; j < g_list_model_get_n_items (photos); j++)
        {
          g_autoptr (LtPhoto) photo = g_list_model_get_item (photos, j);

          g_ptr_array_add (names, g_strdup (lt_photo_get_file_name (photo)));
        }
    }
  return names;
}

/**
 * lt_backup_prepare:
 *
 * Takes what a backup needs from the open household, on the main thread:
 * a snapshot of the database, the list of photos and the key slots.  The
 * job can then be written in a thread with lt_backup_job_write().
 *
 * Returns: (transfer full): the job, or %NULL with @error set
 */
LtBackupJob *
lt_backup_prepare (LtStore *store,
                   GError **error)
{
  g_autoptr (LtBackupJob) job = g_new0 (LtBackupJob, 1);

  g_return_val_if_fail (LT_IS_STORE (store), NULL);

  if (lt_store_get_key (store) == NULL)
    return fail (error, LT_BACKUP_ERROR_NOT_ENCRYPTED,
                 _ ("Only an encrypted household can be backed up. Protect it with a passphrase "
                    "first.")),
           NULL;
  job->key = lt_secret_copy (lt_store_get_key (store));
  job->slots = lt_vault_load_key_slots (lt_store_get_path (store), error);
  if (job->slots == NULL)
    return NULL;
  job->schema_version = lt_store_get_schema_version (store);
  job->media_dir = g_strdup (lt_store_get_media_dir (store));
  job->media_names = list_media (store);
  job->snapshot_path = unused_snapshot_path (lt_store_get_path (store));
  if (!lt_store_snapshot (store, job->snapshot_path, error))
    return NULL;
  return g_steal_pointer (&job);
}

/* ---- the manifest ------------------------------------------------------ */

static char *
hash_file (const char *path,
           goffset    *size,
           GError    **error)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8  buffer[CHUNK_BYTES];
  int     fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  ssize_t n;

  if (fd < 0)
    return io_failed (error, errno, path), NULL;
  *size = 0;
  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    {
      g_checksum_update (checksum, buffer, n);
      *size += n;
    }
  close (fd);
  if (n < 0)
    return io_failed (error, errno, path), NULL;
  return g_strdup (g_checksum_get_string (checksum));
}

/* The manifest names every file with its size and SHA-256; *total is the
 * sum of the sizes, for progress. */
static GBytes *
build_manifest (LtBackupJob *job,
                guint64     *total,
                GError     **error)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  char *text;

  *total = 0;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "livstraad-backup-manifest");
  json_builder_set_member_name (builder, "files");
  json_builder_begin_array (builder);
  for (guint i = 0; i <= job->media_names->len; i++)
    {
      g_autofree char *name = i == 0 ? g_strdup (DATABASE_NAME)
                                     : g_strconcat ("media/", (char *) g_ptr_array_index (job->media_names, i - 1), NULL);
      g_autofree char *path = i == 0 ? g_strdup (job->snapshot_path)
                                     : g_build_filename (job->media_dir, g_ptr_array_index (job->media_names, i - 1), NULL);
      g_autofree char *sha256 = NULL;
      goffset          size = 0;

      sha256 = hash_file (path, &size, error);
      if (sha256 == NULL)
        return NULL;
      *total += size;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
      json_builder_set_member_name (builder, "size");
      json_builder_add_int_value (builder, size);
      json_builder_set_member_name (builder, "sha256");
      json_builder_add_string_value (builder, sha256);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  text = json_to_string (root, TRUE);
  return g_bytes_new_take (text, strlen (text));
}

static gboolean
write_stream (LtBackupJob *job,
              Writer      *w,
              GBytes      *manifest,
              GError     **error)
{
  gsize         manifest_length = 0;
  const guint8 *manifest_data = g_bytes_get_data (manifest, &manifest_length);

  if (!put_entry_head (w, ENTRY_FILE, MANIFEST_NAME, manifest_length, error) ||
      !put (w, manifest_data, manifest_length, error) ||
      !put_file (w, DATABASE_NAME, job->snapshot_path, error))
    return FALSE;
  for (guint i = 0; i < job->media_names->len; i++)
    {
      const char      *file = g_ptr_array_index (job->media_names, i);
      g_autofree char *name = g_strconcat ("media/", file, NULL);
      g_autofree char *path = g_build_filename (job->media_dir, file, NULL);

      if (!put_file (w, name, path, error))
        return FALSE;
    }
  return put_entry_head (w, ENTRY_END, "", 0, error) && push_chunk (w, crypto_secretstream_xchacha20poly1305_TAG_FINAL, error);
}

static gboolean
write_archive (LtBackupJob     *job,
               int              fd,
               LtBackupProgress progress,
               gpointer         progress_data,
               GCancellable    *cancellable,
               GError         **error)
{
  guint8 salt[SALT_BYTES];
  guint8 stream_key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
  guint8 stream_header[STREAM_HEADER];
  g_autoptr (GBytes) header = NULL;
  g_autoptr (GBytes) manifest = NULL;
  Writer  *w;
  gboolean ok;

  randombytes_buf (salt, sizeof salt);
  header = build_header (job, salt);
  w = g_new0 (Writer, 1);
  manifest = build_manifest (job, &w->total, error);
  if (manifest == NULL)
    {
      g_free (w);
      return FALSE;
    }
  derive_stream_key (job->key, salt, stream_key);
  crypto_secretstream_xchacha20poly1305_init_push (&w->state, stream_header, stream_key);
  sodium_memzero (stream_key, sizeof stream_key);
  w->fd = fd;
  w->first_ad = g_bytes_ref (header);
  w->progress = progress;
  w->progress_data = progress_data;
  w->cancellable = cancellable;

  ok = write_all (fd, g_bytes_get_data (header, NULL), g_bytes_get_size (header), error) &&
       write_all (fd, stream_header, sizeof stream_header, error) && write_stream (job, w, manifest, error);
  g_clear_pointer (&w->first_ad, g_bytes_unref);
  sodium_memzero (w, sizeof *w);
  g_free (w);
  return ok;
}

/**
 * lt_backup_job_write:
 * @path: the backup file to write; replaced only when the new one is whole
 *
 * Writes the backup to a temporary file beside @path, syncs it, renames it
 * into place, then reads it back and checks it.  Safe to call in a thread.
 */
gboolean
lt_backup_job_write (LtBackupJob     *job,
                     const char      *path,
                     LtBackupProgress progress,
                     gpointer         progress_data,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autofree char *temporary = NULL;
  int              fd;
  gboolean         ok;

  g_return_val_if_fail (job != NULL && path != NULL, FALSE);

  temporary = g_strconcat (path, ".part-XXXXXX", NULL);
  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return io_failed (error, errno, _ ("Creating the backup file"));
  ok = write_archive (job, fd, progress, progress_data, cancellable, error);
  if (ok && fsync (fd) != 0)
    ok = io_failed (error, errno, _ ("Writing the backup"));
  close (fd);
  if (!ok || !lt_file_rename_durably (temporary, path, error))
    {
      g_unlink (temporary);
      return FALSE;
    }
  if (!lt_backup_verify (path, job->key, error))
    {
      g_prefix_error (error, _ ("The backup did not read back correctly and was removed: "));
      g_unlink (path);
      return FALSE;
    }
  return TRUE;
}

/* Backs up @store to @path in one go (for the command line and tests). */
gboolean
lt_backup_write (LtStore    *store,
                 const char *path,
                 GError    **error)
{
  g_autoptr (LtBackupJob) job = lt_backup_prepare (store, error);

  return job != NULL && lt_backup_job_write (job, path, NULL, NULL, NULL, error);
}

/* ---- reading the stream ---------------------------------------------- */

typedef struct
{
  int                                         fd;
  crypto_secretstream_xchacha20poly1305_state state;
  guint8                                      plain[CHUNK_BYTES];
  gsize                                       length;
  gsize                                       position;
  gboolean                                    final;
  GBytes                                     *first_ad;
} Reader;

static gboolean
pull_chunk (Reader  *r,
            GError **error)
{
  g_autofree guint8 *cipher = NULL;
  guint8             length_be[4];
  guint64            length;
  unsigned long long plain_length = 0;
  unsigned char      tag = 0;
  gboolean           short_read;
  const guint8      *ad = NULL;
  gsize              ad_length = 0;

  if (r->final || !read_all (r->fd, length_be, 4, &short_read))
    return damaged (error);
  length = get_be (length_be, 4);
  if (length < ABYTES || length > CHUNK_BYTES + ABYTES)
    return damaged (error);
  cipher = g_malloc (length);
  if (!read_all (r->fd, cipher, length, &short_read))
    return damaged (error);
  if (r->first_ad != NULL)
    ad = g_bytes_get_data (r->first_ad, &ad_length);
  if (crypto_secretstream_xchacha20poly1305_pull (&r->state, r->plain, &plain_length, &tag, cipher,
                                                  length, ad, ad_length) != 0)
    return damaged (error);
  g_clear_pointer (&r->first_ad, g_bytes_unref);
  if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
    r->final = TRUE;
  else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
    return damaged (error);
  r->length = plain_length;
  r->position = 0;
  return TRUE;
}

static gboolean
take (Reader  *r,
      guint8  *out,
      gsize    length,
      GError **error)
{
  while (length > 0)
    {
      gsize n;

      if (r->position == r->length && !pull_chunk (r, error))
        return FALSE;
      n = MIN (length, r->length - r->position);
      memcpy (out, r->plain + r->position, n);
      r->position += n;
      out += n;
      length -= n;
    }
  return TRUE;
}

/* After the end entry nothing may follow: not in the stream, not in the
 * file. */
static gboolean
at_clean_end (Reader  *r,
              GError **error)
{
  guint8   extra;
  gboolean short_read;

  if (r->position != r->length || !r->final || read_all (r->fd, &extra, 1, &short_read))
    return damaged (error);
  return TRUE;
}

static gboolean
open_output (const char *staging,
             const char *name,
             int        *fd,
             GError    **error)
{
  g_autofree char *path = g_build_filename (staging, name, NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    return io_failed (error, errno, folder);
  *fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (*fd < 0)
    return io_failed (error, errno, path);
  return TRUE;
}

/* Reads one file entry's bytes, hashing them, into @staging (or nowhere
 * when only checking); keeps the manifest's bytes. */
static gboolean
read_entry_data (Reader     *r,
                 const char *staging,
                 const char *name,
                 guint64     size,
                 GHashTable *hashes,
                 GBytes    **manifest,
                 GError    **error)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr (GByteArray) kept = g_strcmp0 (name, MANIFEST_NAME) == 0 ? g_byte_array_new () : NULL;
  guint8   buffer[CHUNK_BYTES];
  int      fd = -1;
  gboolean ok = staging == NULL || open_output (staging, name, &fd, error);

  for (guint64 left = size; ok && left > 0;)
    {
      gsize n = MIN (left, sizeof buffer);

      ok = take (r, buffer, n, error) && (fd < 0 || write_all (fd, buffer, n, error));
      if (ok)
        g_checksum_update (checksum, buffer, n);
      if (ok && kept != NULL)
        g_byte_array_append (kept, buffer, n);
      left -= n;
    }
  if (fd >= 0)
    {
      if (ok && fsync (fd) != 0)
        ok = io_failed (error, errno, name);
      close (fd);
    }
  if (!ok)
    return FALSE;
  g_hash_table_insert (hashes, g_strdup (name),
                       g_strdup_printf ("%" G_GUINT64_FORMAT ":%s", size, g_checksum_get_string (checksum)));
  if (kept != NULL)
    *manifest = g_byte_array_free_to_bytes (g_steal_pointer (&kept));
  return TRUE;
}

static gboolean
read_entries (Reader     *r,
              const char *staging,
              GHashTable *hashes,
              GBytes    **manifest,
              GError    **error)
{
  for (;;)
    {
      guint8  head[3], size_be[8];
      char    name[256];
      guint   name_length;
      guint64 size;

      if (!take (r, head, sizeof head, error))
        return FALSE;
      name_length = get_be (head + 1, 2);
      if ((head[0] != ENTRY_FILE && head[0] != ENTRY_END) || name_length >= sizeof name)
        return damaged (error);
      if (!take (r, (guint8 *) name, name_length, error) || !take (r, size_be, 8, error))
        return FALSE;
      name[name_length] = '\0';
      size = get_be (size_be, 8);
      if (head[0] == ENTRY_END)
        return name_length == 0 && size == 0 ? at_clean_end (r, error) : damaged (error);
      if (memchr (name, '\0', name_length) != NULL || !g_utf8_validate (name, -1, NULL) ||
          !lt_backup_name_is_safe (name))
        {
          g_autofree char *shown = g_utf8_make_valid (name, -1);

          g_set_error (error, LT_BACKUP_ERROR, LT_BACKUP_ERROR_UNSAFE_NAME,
                       _ ("The backup holds a file named “%s”, which Livstråd never writes. It may "
                          "have been tampered with; nothing was restored."),
                       shown);
          return FALSE;
        }
      if (g_hash_table_contains (hashes, name) || size > MAX_ENTRY_BYTES ||
          (g_strcmp0 (name, MANIFEST_NAME) == 0 && size > MAX_MANIFEST))
        return damaged (error);
      if (!read_entry_data (r, staging, name, size, hashes, manifest, error))
        return FALSE;
    }
}

/* Every file the manifest names is there with its size and hash, and no
 * other file is. */
static gboolean
check_manifest (GBytes     *manifest,
                GHashTable *hashes,
                GError    **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  JsonObject *root;
  JsonArray  *files;
  guint       n;

  if (manifest == NULL ||
      lt_json_shape_problem (g_bytes_get_data (manifest, NULL), g_bytes_get_size (manifest), 4) != NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (manifest, NULL), g_bytes_get_size (manifest), NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return damaged (error);
  root = json_node_get_object (json_parser_get_root (parser));
  if (!json_object_has_member (root, "files") || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "files")))
    return damaged (error);
  files = json_object_get_array_member (root, "files");
  n = json_array_get_length (files);
  /* The manifest itself is in the table but not in its own list. */
  if (n + 1 != g_hash_table_size (hashes) || !g_hash_table_contains (hashes, DATABASE_NAME))
    return damaged (error);
  for (guint i = 0; i < n; i++)
    {
      JsonNode        *node = json_array_get_element (files, i);
      JsonObject      *file = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *expected = NULL;
      const char      *name;
      const char      *sha256;

      if (file == NULL)
        return damaged (error);
      /* A member that is there but not text reads as NULL, not as the
       * default (fuzz-backup found the crash). */
      name = json_object_get_string_member_with_default (file, "name", NULL);
      sha256 = json_object_get_string_member_with_default (file, "sha256", NULL);
      if (name == NULL || sha256 == NULL)
        return damaged (error);
      expected = g_strdup_printf ("%" G_GINT64_FORMAT ":%s",
                                  json_object_get_int_member_with_default (file, "size", -1), sha256);
      if (g_strcmp0 (g_hash_table_lookup (hashes, name), expected) != 0)
        return damaged (error);
    }
  return TRUE;
}

/* Opens @path, reads its header and starts the stream with @key. */
static gboolean
open_reader (const char     *path,
             const LtSecret *key,
             Reader         *r,
             Header         *header,
             GError        **error)
{
  guint8   stream_key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
  guint8   stream_header[STREAM_HEADER];
  gboolean short_read;
  int      rc;

  r->fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (r->fd < 0)
    return io_failed (error, errno, path);
  r->first_ad = read_header (r->fd, header, error);
  if (r->first_ad == NULL)
    return FALSE;
  if (header->schema_version > lt_store_get_latest_schema_version ())
    {
      g_set_error (error, LT_BACKUP_ERROR, LT_BACKUP_ERROR_TOO_NEW,
                   _ ("This backup holds data from a newer version of Livstråd (data version %d; "
                      "this version reads up to %d). Update Livstråd to restore it; nothing was "
                      "changed."),
                   header->schema_version, lt_store_get_latest_schema_version ());
      return FALSE;
    }
  if (!read_all (r->fd, stream_header, sizeof stream_header, &short_read))
    return damaged (error);
  derive_stream_key (key, header->salt, stream_key);
  rc = crypto_secretstream_xchacha20poly1305_init_pull (&r->state, stream_header, stream_key);
  sodium_memzero (stream_key, sizeof stream_key);
  return rc == 0 || damaged (error);
}

/* Returns: (transfer full): the key slots in the backup's plain header,
 * to unlock it with a passphrase or the recovery key. */
LtKeySlots *
lt_backup_read_key_slots (const char *path,
                          GError    **error)
{
  Header header = { 0 };
  g_autoptr (GBytes) bytes = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return io_failed (error, errno, path), NULL;
  bytes = read_header (fd, &header, error);
  close (fd);
  return header.slots;
}

static gboolean
read_whole (const char     *path,
            const LtSecret *key,
            const char     *staging,
            Header         *header,
            GError        **error)
{
  Reader *r = g_new0 (Reader, 1);
  g_autoptr (GHashTable) hashes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GBytes) manifest = NULL;
  gboolean ok;

  r->fd = -1;
  ok = open_reader (path, key, r, header, error) && read_entries (r, staging, hashes, &manifest, error) &&
       check_manifest (manifest, hashes, error);
  if (r->fd >= 0)
    close (r->fd);
  g_clear_pointer (&r->first_ad, g_bytes_unref);
  sodium_memzero (r, sizeof *r);
  g_free (r);
  return ok;
}

/**
 * lt_backup_verify:
 *
 * Reads the whole backup with @key and checks every chunk, the end, and
 * every file's hash against the manifest, writing nothing.
 */
gboolean
lt_backup_verify (const char     *path,
                  const LtSecret *key,
                  GError        **error)
{
  Header   header = { 0 };
  gboolean ok;

  g_return_val_if_fail (path != NULL && key != NULL, FALSE);

  ok = read_whole (path, key, NULL, &header, error);
  g_clear_object (&header.slots);
  return ok;
}

/* ---- restoring ------------------------------------------------------- */

static gboolean
check_staged_database (const char     *staging,
                       const LtSecret *key,
                       GError        **error)
{
  g_autofree char *path = g_build_filename (staging, DATABASE_NAME, NULL);
  g_autoptr (LtStore) store = lt_store_open_encrypted (path, key, error);

  return store != NULL && lt_store_check_integrity (store, error) && lt_store_checkpoint (store, error);
}

static gboolean
move_aside (const char *from,
            const char *previous,
            const char *name,
            GError    **error)
{
  g_autofree char *to = NULL;

  if (!g_file_test (from, G_FILE_TEST_EXISTS))
    return TRUE;
  if (g_mkdir_with_parents (previous, 0700) != 0)
    return io_failed (error, errno, previous);
  to = g_build_filename (previous, name, NULL);
  return lt_file_rename_durably (from, to, error);
}

/* Puts the checked household from @staging in place of the one at
 * @database_path, which is kept in @previous. */
static gboolean
swap_in (const char *staging,
         const char *database_path,
         const char *previous,
         GError    **error)
{
  g_autofree char *folder = g_path_get_dirname (database_path);
  g_autofree char *keys = lt_vault_key_file_for (database_path);
  g_autofree char *media = g_build_filename (folder, "media", NULL);
  g_autofree char *wal = g_strconcat (database_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (database_path, "-shm", NULL);
  g_autofree char *staged_db = g_build_filename (staging, DATABASE_NAME, NULL);
  g_autofree char *staged_keys = g_build_filename (staging, "household.keys", NULL);
  g_autofree char *staged_media = g_build_filename (staging, "media", NULL);

  if (!move_aside (database_path, previous, "household.db", error) || !move_aside (wal, previous, "household.db-wal", error) ||
      !move_aside (shm, previous, "household.db-shm", error) || !move_aside (keys, previous, "household.keys", error) ||
      !move_aside (media, previous, "media", error))
    return FALSE;
  if (g_file_test (staged_media, G_FILE_TEST_IS_DIR) && !lt_file_rename_durably (staged_media, media, error))
    return FALSE;
  return lt_file_rename_durably (staged_keys, keys, error) && lt_file_rename_durably (staged_db, database_path, error);
}

/**
 * lt_backup_restore:
 * @key: the household key, from the backup's key slots
 * @database_path: where the household is to be; one that is there is kept
 *   aside, not deleted
 * @previous_folder: (out) (optional): where the household that was there
 *   was put, or %NULL when there was none
 *
 * Reads the whole backup into a staging folder beside @database_path,
 * checks it (every chunk and the end, the manifest's hashes, the
 * database's integrity and version), and only then swaps it in.  Any
 * failure before the swap leaves the current household untouched.
 */
gboolean
lt_backup_restore (const char     *path,
                   const LtSecret *key,
                   const char     *database_path,
                   char          **previous_folder,
                   GError        **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *staging = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *staged_keys = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  Header           header = { 0 };
  gboolean         ok;

  g_return_val_if_fail (path != NULL && key != NULL && database_path != NULL, FALSE);

  folder = g_path_get_dirname (database_path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    return io_failed (error, errno, folder);
  staging = g_build_filename (folder, ".restore-XXXXXX", NULL);
  if (g_mkdtemp_full (staging, 0700) == NULL)
    return io_failed (error, errno, folder);

  staged_keys = g_build_filename (staging, "household.keys", NULL);
  ok = read_whole (path, key, staging, &header, error) && check_staged_database (staging, key, error) &&
       lt_key_slots_save (header.slots, staged_keys, error);
  g_clear_object (&header.slots);
  if (!ok)
    {
      lt_file_remove_tree (staging);
      return FALSE;
    }
  previous = g_strconcat (folder, G_DIR_SEPARATOR_S, "before-restore-", stamp, NULL);
  ok = swap_in (staging, database_path, previous, error);
  lt_file_remove_tree (staging);
  if (ok && previous_folder != NULL)
    *previous_folder = g_file_test (previous, G_FILE_TEST_IS_DIR) ? g_steal_pointer (&previous) : NULL;
  return ok;
}
