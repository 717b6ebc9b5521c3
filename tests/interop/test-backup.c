/* test-backup.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Tests of backups: a round trip into a fresh data folder gives the same
 * household and photos; wrong keys, truncated, bit-flipped, extended,
 * newer and hostile archives (path traversal) are refused before anything
 * current is touched.  The hostile archives are made here from the format
 * description alone (docs/backup-format.md), which also checks the
 * document.
 */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sodium.h>
#include <string.h>

#include "lt-backup.h"
#include "lt-deletions.h"
#include "lt-demo.h"
#include "lt-household-file.h"
#include "lt-media.h"
#include "lt-vault.h"

#define PASSPHRASE "grøn hest på taget"
#define PHOTO_NAME "ab/abababababababababababababababababababababababababababababababab.jpg"

static const LtKdfLimits limits = { 1, 64 * 1024 };

typedef struct
{
  char    *folder;
  char    *path;     /* the household */
  char    *backup;   /* its backup */
  char    *recovery; /* its recovery key */
  char    *json;     /* its JSON export at backup time */
  LtStore *store;
} Fixture;

static void
add_photo (LtStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) children = lt_store_list_children (store);
  g_autoptr (LtChild) child = g_list_model_get_item (children, 0);
  g_autoptr (LtPhoto) photo = lt_photo_new ();
  g_autofree char *folder = lt_store_dup_child_media_dir (store, lt_record_get_id (LT_RECORD (child)));
  g_autofree char *media = g_build_filename (folder, PHOTO_NAME, NULL);
  g_autofree char *file_name = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", lt_record_get_id (LT_RECORD (child)), PHOTO_NAME);
  g_autoptr (LtSecret) key = lt_store_dup_media_key (store, lt_record_get_id (LT_RECORD (child)), &error);
  g_autoptr (GBytes) bytes = NULL;
  guint8 data[3000];

  randombytes_buf (data, sizeof data);
  bytes = g_bytes_new (data, sizeof data);
  g_assert_true (lt_media_save (media, bytes, key, &error));
  lt_photo_set_child_id (photo, lt_record_get_id (LT_RECORD (child)));
  lt_photo_set_sha256 (photo, "abababababababababababababababababababababababababababababababab");
  lt_photo_set_file_name (photo, file_name);
  lt_photo_set_caption (photo, "Sommerferie på Ærø");
  lt_store_add (store, LT_RECORD (photo), &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("lt-backup-XXXXXX", &error);
  fixture->path = g_build_filename (fixture->folder, "home", "household.db", NULL);
  fixture->backup = g_build_filename (fixture->folder, "Livstråd backup.ltbackup", NULL);
  fixture->store = lt_vault_create (fixture->path, "Mette", PASSPHRASE, &limits, &fixture->recovery, &error);
  g_assert_no_error (error);
  g_assert_true (lt_demo_populate (fixture->store, &error));
  add_photo (fixture->store);
  fixture->json = lt_household_file_to_data (fixture->store, NULL);
  g_assert_true (lt_backup_write (fixture->store, fixture->backup, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->backup);
  g_free (fixture->recovery);
  g_free (fixture->json);
}

static LtSecret *
key_from_backup (const char *backup,
                 const char *recovery)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtKeySlots) slots = lt_backup_read_key_slots (backup, &error);
  LtSecret *key;

  g_assert_no_error (error);
  key = lt_key_slots_unlock_recovery (slots, recovery, &error);
  g_assert_no_error (error);
  return key;
}

static G_GNUC_UNUSED char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_round_trip (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtSecret) key = key_from_backup (fixture->backup, fixture->recovery);
  g_autofree char *elsewhere = g_build_filename (fixture->folder, "new machine", "household.db", NULL);
  g_autofree char *previous = NULL;
  g_autoptr (LtKeySlots) slots = NULL;
  g_autoptr (LtSecret) by_passphrase = NULL;
  g_autoptr (LtStore) restored = NULL;
  g_autofree char *json = NULL;
  g_autoptr (GBytes) photo_before = NULL;
  g_autoptr (GBytes) photo_after = NULL;

  /* The archive itself shows no name, caption or photo. */
  {
    g_autofree char *bytes = NULL;
    gsize            length = 0;

    g_assert_true (g_file_get_contents (fixture->backup, &bytes, &length, NULL));
    g_assert_null (memmem (bytes, length, "Ærø", strlen ("Ærø")));
    g_assert_null (memmem (bytes, length, "Sørensen", strlen ("Sørensen")));
  }

  g_assert_true (lt_backup_restore (fixture->backup, key, elsewhere, &previous, &error));
  g_assert_no_error (error);
  g_assert_null (previous);

  /* On the new machine the adults' passphrases work as they did. */
  slots = lt_vault_load_key_slots (elsewhere, &error);
  g_assert_no_error (error);
  by_passphrase = lt_key_slots_unlock (slots, "Mette", PASSPHRASE, NULL, &error);
  g_assert_no_error (error);
  restored = lt_vault_open (elsewhere, by_passphrase, &error);
  g_assert_no_error (error);
  json = lt_household_file_to_data (restored, NULL);
  g_assert_cmpstr (json, ==, fixture->json);

  {
    g_autoptr (GListModel) children = lt_store_list_children (restored);
    g_autoptr (LtChild) child = g_list_model_get_item (children, 0);
    g_autofree char *old_folder = lt_store_dup_child_media_dir (fixture->store, lt_record_get_id (LT_RECORD (child)));
    g_autofree char *new_folder = lt_store_dup_child_media_dir (restored, lt_record_get_id (LT_RECORD (child)));
    g_autofree char *before = g_build_filename (old_folder, PHOTO_NAME, NULL);
    g_autofree char *after = g_build_filename (new_folder, PHOTO_NAME, NULL);
    g_autoptr (LtSecret) old_key = lt_store_dup_media_key (fixture->store, lt_record_get_id (LT_RECORD (child)), &error);
    g_autoptr (LtSecret) new_key = lt_store_dup_media_key (restored, lt_record_get_id (LT_RECORD (child)), &error);

    /* The same photo, sealed with the same child's key, which came along
     * inside the database. */
    g_assert_true (lt_secret_equal (old_key, new_key));
    photo_before = lt_media_load (before, old_key, &error);
    photo_after = lt_media_load (after, new_key, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_bytes_get_size (photo_after), ==, 3000);
    g_assert_true (g_bytes_equal (photo_before, photo_after));
  }
  g_clear_object (&restored);

  /* Restoring over a household keeps the one that was there aside. */
  g_assert_true (lt_backup_restore (fixture->backup, key, elsewhere, &previous, &error));
  g_assert_no_error (error);
  g_assert_nonnull (previous);
  g_assert_true (g_file_test (previous, G_FILE_TEST_IS_DIR));
}

/* Copies the backup with @edit applied, and checks that restoring it over
 * a household changes nothing there and leaves no staging folder. */
static void
assert_refused (Fixture    *fixture,
                const char *bytes,
                gsize       length,
                int         code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtSecret) key = key_from_backup (fixture->backup, fixture->recovery);
  g_autofree char *bad = g_build_filename (fixture->folder, "bad.ltbackup", NULL);
  g_autofree char *target = g_build_filename (fixture->folder, "target", "household.db", NULL);
  g_autofree char *target_folder = g_path_get_dirname (target);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GDir) dir = NULL;
  const char *name;

  g_assert_cmpint (g_mkdir_with_parents (target_folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, "the household that is there", -1, NULL));
  g_assert_true (g_file_set_contents (bad, bytes, length, NULL));
  g_assert_false (lt_backup_restore (bad, key, target, NULL, &error));
  g_assert_error (error, LT_BACKUP_ERROR, code);

  after = read_text (target);
  g_assert_cmpstr (after, ==, "the household that is there");
  dir = g_dir_open (target_folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_cmpstr (name, ==, "household.db");
}

static void
test_refuses_damage (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *bytes = NULL;
  gsize            length = 0;

  g_assert_true (g_file_get_contents (fixture->backup, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 200 * 1024);

  /* Cut anywhere after the header: the end marker is missing. */
  for (gsize cut = length - 1; cut > 2000; cut = cut * 2 / 3)
    assert_refused (fixture, bytes, cut, LT_BACKUP_ERROR_DAMAGED);
  /* Cut inside the header. */
  assert_refused (fixture, bytes, 100, LT_BACKUP_ERROR_DAMAGED);
  assert_refused (fixture, bytes, 5, LT_BACKUP_ERROR_NOT_A_BACKUP);

  /* One flipped bit in the stream, or in the plain header's salt or slots. */
  for (gsize at = length - 10; at > 2000; at = at * 3 / 5)
    {
      bytes[at] ^= 0x04;
      assert_refused (fixture, bytes, length, LT_BACKUP_ERROR_DAMAGED);
      bytes[at] ^= 0x04;
    }
  {
    char *salt = strstr (bytes + 14, "\"salt\":\"") + strlen ("\"salt\":\"");

    salt[3] = salt[3] == 'A' ? 'B' : 'A';
    assert_refused (fixture, bytes, length, LT_BACKUP_ERROR_DAMAGED);
    salt[3] = salt[3] == 'A' ? 'B' : 'A';
  }

  /* Bytes after the end are refused too. */
  {
    g_autofree char *longer = g_malloc (length + 7);

    memcpy (longer, bytes, length);
    memcpy (longer + length, "garbage", 7);
    assert_refused (fixture, longer, length + 7, LT_BACKUP_ERROR_DAMAGED);
  }

  /* A newer format. */
  bytes[9] = 2;
  assert_refused (fixture, bytes, length, LT_BACKUP_ERROR_TOO_NEW);
  bytes[9] = 1;
  assert_refused (fixture, "PK\x03\x04 a zip file", 16, LT_BACKUP_ERROR_NOT_A_BACKUP);
}

static void
test_wrong_key (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtSecret) wrong = lt_secret_new_random ();
  g_autofree char *target = g_build_filename (fixture->folder, "target", "household.db", NULL);
  g_autoptr (LtKeySlots) slots = lt_backup_read_key_slots (fixture->backup, &error);

  g_assert_null (lt_key_slots_unlock (slots, NULL, "blå ko i haven", NULL, &error));
  g_assert_error (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  g_assert_false (lt_backup_restore (fixture->backup, wrong, target, NULL, &error));
  g_assert_error (error, LT_BACKUP_ERROR, LT_BACKUP_ERROR_DAMAGED);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

/* ---- hostile archives, made from the documented format ---------------- */

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

/* An archive holding one file entry called @name, sealed with @key. */
static GBytes *
craft_archive (const LtSecret *key,
               LtKeySlots     *slots,
               const char     *name)
{
  g_autoptr (GBytes) slots_json = lt_key_slots_serialize (slots);
  g_autofree char *slots_text = g_strndup (g_bytes_get_data (slots_json, NULL), g_bytes_get_size (slots_json));
  guint8           salt[16] = { 1, 2, 3 };
  g_autofree char *salt_text = g_base64_encode (salt, sizeof salt);
  g_autofree char *header_json = g_strdup_printf ("{\"format\":\"livstraad-backup\",\"version\":1,\"schema_version\":1,"
                                                  "\"salt\":\"%s\",\"key_slots\":%s}",
                                                  salt_text, slots_text);
  GByteArray      *out = g_byte_array_new ();
  g_autoptr (GByteArray) plain = g_byte_array_new ();
  crypto_secretstream_xchacha20poly1305_state state;
  crypto_generichash_state                    hash;
  guint8                                      stream_key[32], stream_header[24];
  guint8                                      cipher[4096];
  unsigned long long                          cipher_length = 0;
  guint                                       header_length;

  g_byte_array_append (out, (const guint8 *) "LTBACKUP", 8);
  put_be (out, 1, 2);
  put_be (out, strlen (header_json), 4);
  g_byte_array_append (out, (const guint8 *) header_json, strlen (header_json));
  header_length = out->len;

  crypto_generichash_init (&hash, lt_secret_get_data (key), 32, 32);
  crypto_generichash_update (&hash, (const guint8 *) "livstraad-backup-v1", 19);
  crypto_generichash_update (&hash, salt, sizeof salt);
  crypto_generichash_final (&hash, stream_key, 32);
  crypto_secretstream_xchacha20poly1305_init_push (&state, stream_header, stream_key);
  g_byte_array_append (out, stream_header, sizeof stream_header);

  g_byte_array_append (plain, (const guint8 *) "F", 1);
  put_be (plain, strlen (name), 2);
  g_byte_array_append (plain, (const guint8 *) name, strlen (name));
  put_be (plain, 4, 8);
  g_byte_array_append (plain, (const guint8 *) "evil", 4);
  g_byte_array_append (plain, (const guint8 *) "E", 1);
  put_be (plain, 0, 2);
  put_be (plain, 0, 8);
  crypto_secretstream_xchacha20poly1305_push (&state, cipher, &cipher_length, plain->data, plain->len,
                                              out->data, header_length,
                                              crypto_secretstream_xchacha20poly1305_TAG_FINAL);
  put_be (out, cipher_length, 4);
  g_byte_array_append (out, cipher, cipher_length);
  return g_byte_array_free_to_bytes (out);
}

static void
test_hostile_names (Fixture      *fixture,
                    gconstpointer data)
{
  const char *const hostile[] = { "../evil", "/tmp/evil", "media/../../evil", "media/ab/../../../evil",
                                  "media/ab/x.jpg", "media\\ab\\evil", "household.db/../evil",
                                  "media/ab/abababababababababababababababababababababababababababababababab.jpg/x",
                                  "MANIFEST.JSON" };
  g_autoptr (GError) error = NULL;
  g_autoptr (LtSecret) key = key_from_backup (fixture->backup, fixture->recovery);
  g_autoptr (LtKeySlots) slots = lt_backup_read_key_slots (fixture->backup, &error);

  g_assert_true (lt_backup_name_is_safe ("household.db"));
  g_assert_true (lt_backup_name_is_safe ("media/" PHOTO_NAME));
  g_assert_true (lt_backup_name_is_safe ("media/12/" PHOTO_NAME));
  g_assert_false (lt_backup_name_is_safe ("media/0/" PHOTO_NAME));
  g_assert_false (lt_backup_name_is_safe ("media/12/13/" PHOTO_NAME));

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr (GBytes) archive = craft_archive (key, slots, hostile[i]);
      g_autofree char *evil = g_build_filename (fixture->folder, "evil", NULL);

      g_assert_false (lt_backup_name_is_safe (hostile[i]));
      assert_refused (fixture, g_bytes_get_data (archive, NULL), g_bytes_get_size (archive),
                      LT_BACKUP_ERROR_UNSAFE_NAME);
      g_assert_false (g_file_test (evil, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test ("/tmp/evil", G_FILE_TEST_EXISTS));
    }

  /* A well-made archive with a safe name but no manifest is incomplete. */
  {
    g_autoptr (GBytes) archive = craft_archive (key, slots, "household.db");

    assert_refused (fixture, g_bytes_get_data (archive, NULL), g_bytes_get_size (archive),
                    LT_BACKUP_ERROR_DAMAGED);
  }
}

/* A child deleted after the backup was made stays deleted when the backup
 * is restored: the deletion log beside the household is applied again. */
static void
test_deleted_stays_deleted (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtSecret) key = key_from_backup (fixture->backup, fixture->recovery);
  g_autoptr (GListModel) children = lt_store_list_children (fixture->store);
  g_autoptr (LtChild) child = g_list_model_get_item (children, 0);
  g_autofree char *name = g_strdup (lt_child_get_name (child));
  g_autofree char *folder = lt_store_dup_child_media_dir (fixture->store, lt_record_get_id (LT_RECORD (child)));
  g_autofree char *log = lt_deletions_file_for (fixture->path);
  g_autofree char *log_text = NULL;
  guint            before = g_list_model_get_n_items (children);

  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_true (lt_deletions_delete_child (fixture->store, child, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, before - 1);
  g_assert_false (g_file_test (folder, G_FILE_TEST_IS_DIR));
  /* The log names no one. */
  g_assert_true (g_file_get_contents (log, &log_text, NULL, NULL));
  g_assert_null (strstr (log_text, name));
  g_clear_object (&child);
  g_clear_object (&children);
  g_clear_object (&fixture->store);

  g_assert_true (lt_backup_restore (fixture->backup, key, fixture->path, NULL, &error));
  g_assert_no_error (error);
  fixture->store = lt_vault_open (fixture->path, key, &error);
  g_assert_no_error (error);
  children = lt_store_list_children (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, before - 1);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) other = g_list_model_get_item (children, i);

      g_assert_cmpstr (lt_child_get_name (other), !=, name);
    }
  g_assert_false (g_file_test (folder, G_FILE_TEST_IS_DIR));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/backup/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/backup/refuses-damage", Fixture, NULL, fixture_set_up, test_refuses_damage, fixture_tear_down);
  g_test_add ("/backup/wrong-key", Fixture, NULL, fixture_set_up, test_wrong_key, fixture_tear_down);
  g_test_add ("/backup/deleted-stays-deleted", Fixture, NULL, fixture_set_up, test_deleted_stays_deleted,
              fixture_tear_down);
  g_test_add ("/backup/hostile-names", Fixture, NULL, fixture_set_up, test_hostile_names, fixture_tear_down);

  return g_test_run ();
}
