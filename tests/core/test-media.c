/* test-media.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Tests of sealed media files: round trips of several sizes, the name
 * bound into every chunk, and damage, truncation, extension and plain
 * files where sealed ones belong all refused; leftovers cleaned.
 */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sodium.h>
#include <string.h>

#include "lt-media.h"

typedef struct
{
  char     *folder;
  LtSecret *key;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->folder = g_dir_make_tmp ("lt-media-XXXXXX", NULL);
  fixture->key = lt_secret_new_random ();
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
  lt_secret_free (fixture->key);
}

static GBytes *
random_bytes (gsize length)
{
  guint8 *data = g_malloc (MAX (length, 1));

  randombytes_buf (data, length);
  return g_bytes_new_take (data, length);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->folder, "ab", name, NULL);
}

static void
test_round_trip (Fixture      *fixture,
                 gconstpointer data)
{
  const gsize sizes[] = { 0, 1, 65535, 65536, 65537, 3 * 65536, 1000000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) plain = random_bytes (sizes[i]);
      g_autoptr (GBytes) read = NULL;
      g_autofree char *path = path_in (fixture, "photo.jpg");
      g_autofree char *raw = NULL;
      gsize            raw_length = 0;
      GStatBuf         st;

      g_assert_true (lt_media_save (path, plain, fixture->key, &error));
      g_assert_no_error (error);
      g_assert_true (lt_media_is_sealed (path));
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      g_assert_cmpint (st.st_size, ==, lt_media_sealed_size (sizes[i]));
      read = lt_media_load (path, fixture->key, &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (plain, read));

      /* None of the photo's bytes are on disk as they are. */
      g_assert_true (g_file_get_contents (path, &raw, &raw_length, NULL));
      if (sizes[i] >= 64)
        g_assert_null (memmem (raw, raw_length, g_bytes_get_data (plain, NULL), 32));
    }
}

static void
test_plain_household (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) plain = random_bytes (5000);
  g_autoptr (GBytes) read = NULL;
  g_autofree char *path = path_in (fixture, "plain.png");

  /* Without a key the file is written and read as it is … */
  g_assert_true (lt_media_save (path, plain, NULL, &error));
  g_assert_false (lt_media_is_sealed (path));
  read = lt_media_load (path, NULL, &error);
  g_assert_true (g_bytes_equal (plain, read));

  /* … but a plain file where a sealed one belongs is refused, and so is a
   * sealed file read without its key. */
  g_assert_null (lt_media_load (path, fixture->key, &error));
  g_assert_error (error, LT_MEDIA_ERROR, LT_MEDIA_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_true (lt_media_save (path, plain, fixture->key, &error));
  g_assert_null (lt_media_load (path, NULL, &error));
  g_assert_error (error, LT_MEDIA_ERROR, LT_MEDIA_ERROR_DAMAGED);
}

static void
assert_damaged (Fixture    *fixture,
                const char *path,
                const char *bytes,
                gsize       length)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, bytes, length, NULL));
  g_assert_null (lt_media_load (path, fixture->key, &error));
  g_assert_error (error, LT_MEDIA_ERROR, LT_MEDIA_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "damaged"));
}

static void
test_tampering (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) plain = random_bytes (200000);
  g_autofree char *path = path_in (fixture, "a.jpg");
  g_autofree char *other = path_in (fixture, "b.jpg");
  g_autofree char *sealed = NULL;
  gsize            length = 0;

  g_assert_true (lt_media_save (path, plain, fixture->key, &error));
  g_assert_true (g_file_get_contents (path, &sealed, &length, NULL));

  /* One flipped bit anywhere after the magic. */
  for (gsize at = length - 1; at > 8; at = at * 2 / 3)
    {
      sealed[at] ^= 0x01;
      assert_damaged (fixture, other, sealed, length);
      sealed[at] ^= 0x01;
    }
  /* Cut at a chunk boundary or in a chunk, or extended. */
  assert_damaged (fixture, other, sealed, 8 + 24 + 4 + 65536 + 17);
  assert_damaged (fixture, other, sealed, length - 1);
  {
    g_autofree char *longer = g_malloc (length + 4);

    memcpy (longer, sealed, length);
    memset (longer + length, 0, 4);
    assert_damaged (fixture, other, longer, length + 4);
  }
  /* The whole, unchanged file under another name: the name is bound. */
  assert_damaged (fixture, other, sealed, length);
  /* Another key. */
  {
    g_autoptr (LtSecret) wrong = lt_secret_new_random ();

    g_assert_null (lt_media_load (path, wrong, &error));
    g_assert_error (error, LT_MEDIA_ERROR, LT_MEDIA_ERROR_DAMAGED);
  }
}

static void
test_leftovers (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *const leftovers[] = { ".part-ab12cd", ".import-XYZ123", "0123.jpg.AB12cd" };
  const char *const kept[] = { "0123.jpg", "print", "notes.txt" };
  g_autofree char  *folder = g_build_filename (fixture->folder, "ab", NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (leftovers); i++)
    {
      g_autofree char *path = g_build_filename (folder, leftovers[i], NULL);

      g_assert_true (g_file_set_contents (path, "x", 1, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (folder, kept[i], NULL);

      g_assert_true (g_file_set_contents (path, "x", 1, NULL));
    }
  g_assert_true (lt_media_remove_leftovers (fixture->folder, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (leftovers); i++)
    {
      g_autofree char *path = g_build_filename (folder, leftovers[i], NULL);

      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (folder, kept[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/media/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/media/plain-household", Fixture, NULL, fixture_set_up, test_plain_household, fixture_tear_down);
  g_test_add ("/media/tampering", Fixture, NULL, fixture_set_up, test_tampering, fixture_tear_down);
  g_test_add ("/media/leftovers", Fixture, NULL, fixture_set_up, test_leftovers, fixture_tear_down);

  return g_test_run ();
}
