/* test-photo-import.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Photos into the media folder: hashing, dedup, EXIF, and every kind of
 * bad file named and refused with nothing left behind.
 */
#include "config.h"

#include "lt-test-util.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gexiv2/gexiv2.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>

#include "lt-photo-import.h"

typedef struct
{
  char *folder;
  char *media;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->folder = g_dir_make_tmp ("lt-photos-XXXXXX", NULL);
  fixture->media = g_build_filename (fixture->folder, "media", NULL);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->media);
  g_free (fixture->folder);
}

/* A photo-like gradient, so the JPEG has real content. */
static char *
make_image (Fixture    *fixture,
            const char *name,
            int         width,
            int         height,
            const char *type)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  char   *path = g_build_filename (fixture->folder, name, NULL);
  guchar *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int     stride = gdk_pixbuf_get_rowstride (pixbuf);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guchar *p = pixels + y * stride + x * 3;

        p[0] = x * 255 / width;
        p[1] = y * 255 / height;
        p[2] = (x + y) % 256;
      }
  g_assert_true (gdk_pixbuf_save (pixbuf, path, type, NULL, NULL));
  return path;
}

static char *
sha256_of (const char *path)
{
  g_autofree char *data = NULL;
  gsize            length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) data, length);
}

static guint
count_files (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint       n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      n += g_file_test (path, G_FILE_TEST_IS_DIR) ? count_files (path) : 1;
    }
  return n;
}

static void
test_import_and_dedup (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *jpeg = make_image (fixture, "sommer.jpg", 1200, 900, "jpeg");
  g_autofree char *copy = g_build_filename (fixture->folder, "sommer kopi.jpg", NULL);
  g_autofree char *expected = sha256_of (jpeg);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) first = NULL;
  g_autoptr (LtImportedPhoto) second = NULL;
  g_autofree char *folder = NULL;
  gsize            length;
  GStatBuf         buf;

  first = lt_photo_import_file (jpeg, fixture->media, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first->sha256, ==, expected);
  g_assert_cmpint (first->width, ==, 1200);
  g_assert_cmpint (first->height, ==, 900);
  g_assert_cmpint (first->orientation, ==, 1);
  g_assert_cmpstr (first->mime_type, ==, "image/jpeg");
  g_assert_cmpstr (first->original_name, ==, "sommer.jpg");
  g_assert_true (g_str_has_suffix (first->media_path, ".jpg"));
  g_assert_cmpint (g_stat (first->media_path, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);
  folder = g_path_get_dirname (first->media_path);
  g_assert_cmpint (g_stat (folder, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0700);

  /* The same bytes under another name are kept once. */
  g_assert_true (g_file_get_contents (jpeg, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  second = lt_photo_import_file (copy, fixture->media, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second->media_path, ==, first->media_path);
  g_assert_cmpuint (count_files (fixture->media), ==, 1);
}

static void
test_exif (Fixture      *fixture,
           gconstpointer data)
{
  g_autofree char *jpeg = make_image (fixture, "stående.jpg", 1200, 900, "jpeg");
  g_autofree char *thumb = g_build_filename (fixture->folder, "thumb.png", NULL);
  g_autoptr (GExiv2Metadata) metadata = gexiv2_metadata_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = NULL;
  g_autoptr (GdkPixbuf) thumbnail = NULL;

  gexiv2_initialize ();
  g_assert_true (gexiv2_metadata_open_path (metadata, jpeg, &error));
  gexiv2_metadata_try_set_tag_string (metadata, "Exif.Image.Orientation", "6", &error);
  gexiv2_metadata_try_set_tag_string (metadata, "Exif.Photo.DateTimeOriginal", "2019:07:14 15:03:00", &error);
  g_assert_no_error (error);
  g_assert_true (gexiv2_metadata_save_file (metadata, jpeg, &error));

  photo = lt_photo_import_file (jpeg, fixture->media, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (photo->orientation, ==, 6);
  g_assert_cmpstr (photo->taken_at, ==, "2019-07-14");

  /* Turned the camera's way: a landscape file becomes a portrait thumbnail. */
  g_assert_true (lt_photo_make_thumbnail (photo->media_path, photo->orientation, 256, thumb, &error));
  thumbnail = gdk_pixbuf_new_from_file (thumb, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_height (thumbnail), ==, 256);
  g_assert_cmpint (gdk_pixbuf_get_width (thumbnail), ==, 192);
}

static void
assert_refused (Fixture    *fixture,
                const char *path,
                int         code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = lt_photo_import_file (path, fixture->media, NULL, &error);
  g_autofree char *name = g_path_get_basename (path);

  g_assert_null (photo);
  g_assert_error (error, LT_PHOTO_IMPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_cmpuint (count_files (fixture->media), ==, 0);
}

static void
test_bad_files (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *jpeg = make_image (fixture, "hel.jpg", 800, 600, "jpeg");
  g_autofree char *png = make_image (fixture, "kæmpe.png", 16, 16, "png");
  g_autofree char *truncated = g_build_filename (fixture->folder, "afbrudt.jpg", NULL);
  g_autofree char *text = g_build_filename (fixture->folder, "indkøbsliste.jpg", NULL);
  g_autofree char *empty = g_build_filename (fixture->folder, "tom.jpg", NULL);
  g_autofree char *contents = NULL;
  gsize            length;

  g_assert_true (g_file_get_contents (jpeg, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (truncated, contents, length * 4 / 10, NULL));
  g_assert_true (g_file_set_contents (text, "mælk, æg, rugbrød\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));

  assert_refused (fixture, truncated, LT_PHOTO_IMPORT_ERROR_CORRUPT);
  assert_refused (fixture, text, LT_PHOTO_IMPORT_ERROR_NOT_IMAGE);
  assert_refused (fixture, empty, LT_PHOTO_IMPORT_ERROR_CORRUPT);

  /* A PNG that claims 12000 × 11000 pixels: refused from its header alone. */
  {
    g_autofree char *bytes = NULL;
    guint32          crc;

    g_assert_true (g_file_get_contents (png, &bytes, &length, NULL));
    /* IHDR width and height are bytes 16–23; its CRC covers bytes 12–28. */
    *(guint32 *) (bytes + 16) = GUINT32_TO_BE (12000);
    *(guint32 *) (bytes + 20) = GUINT32_TO_BE (11000);
    crc = 0xffffffff;
    for (int i = 12; i < 29; i++)
      {
        crc ^= (guchar) bytes[i];
        for (int k = 0; k < 8; k++)
          crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1));
      }
    *(guint32 *) (bytes + 29) = GUINT32_TO_BE (crc ^ 0xffffffff);
    g_assert_true (g_file_set_contents (png, bytes, length, NULL));
    assert_refused (fixture, png, LT_PHOTO_IMPORT_ERROR_TOO_LARGE);
  }
}

static void
count_progress (guint    done,
                guint    total,
                gpointer data)
{
  guint *calls = data;

  g_assert_cmpuint (total, ==, 3);
  g_assert_cmpuint (done, ==, *calls + 1);
  (*calls)++;
}

static void
test_batch_goes_on (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *a = make_image (fixture, "a.jpg", 400, 300, "jpeg");
  g_autofree char *b = make_image (fixture, "b.png", 300, 400, "png");
  g_autofree char *bad = g_build_filename (fixture->folder, "ikke et billede.jpg", NULL);
  char            *paths[] = { a, bad, b, NULL };
  g_autoptr (GPtrArray) failures = NULL;
  g_autoptr (GPtrArray) imported = NULL;
  guint calls = 0;

  g_assert_true (g_file_set_contents (bad, "hej", -1, NULL));
  imported = lt_photo_import_files (paths, fixture->media, NULL, count_progress, &calls, &failures);
  g_assert_cmpuint (calls, ==, 3);
  g_assert_cmpuint (imported->len, ==, 2);
  g_assert_cmpuint (failures->len, ==, 1);
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (failures, 0))->message, "ikke et billede.jpg"));
  g_assert_cmpuint (count_files (fixture->media), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/photo-import/import-and-dedup", test_import_and_dedup);
  ADD ("/photo-import/exif", test_exif);
  ADD ("/photo-import/bad-files", test_bad_files);
  ADD ("/photo-import/batch-goes-on", test_batch_goes_on);
#undef ADD

  return g_test_run ();
}
