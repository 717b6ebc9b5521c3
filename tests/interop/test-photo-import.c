/* test-photo-import.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Photos into the media folder: hashing, dedup, EXIF, thumbnails, and every
 * kind of bad file named and refused with nothing left behind.
 */
#include "config.h"

#include "lt-test-util.h"

#include <fcntl.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gexiv2/gexiv2.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
  g_autoptr (GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("lt-photos-XXXXXX", &error);
  g_assert_no_error (error);
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

/* ---- fixtures, made at run time -------------------------------------- */

/* A photo-like gradient, so a JPEG has real content to cut off. */
static GdkPixbuf *
make_pixbuf (int width,
             int height)
{
  GdkPixbuf *pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  guchar    *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int        stride = gdk_pixbuf_get_rowstride (pixbuf);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guchar *p = pixels + y * stride + x * 3;

        p[0] = x * 255 / width;
        p[1] = y * 255 / height;
        p[2] = (x * y) % 256;
      }
  return pixbuf;
}

static char *
make_image (Fixture    *fixture,
            const char *name,
            int         width,
            int         height,
            const char *type)
{
  g_autoptr (GdkPixbuf) pixbuf = make_pixbuf (width, height);
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (fixture->folder, name, NULL);

  gdk_pixbuf_save (pixbuf, path, type, &error, NULL);
  g_assert_no_error (error);
  return path;
}

static char *
make_file (Fixture    *fixture,
           const char *name,
           const void *data,
           gsize       length)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (fixture->folder, name, NULL);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

/* The first @percent % of @source's bytes, as a broken copy would leave. */
static char *
make_cut_off (Fixture    *fixture,
              const char *source,
              const char *name,
              int         percent)
{
  g_autoptr (GBytes) bytes = read_bytes (source);
  gsize length = g_bytes_get_size (bytes) * percent / 100;

  return make_file (fixture, name, g_bytes_get_data (bytes, NULL), length);
}

static char *
sha256_of (const char *path)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr (GBytes) bytes = read_bytes (path);

  g_checksum_update (checksum, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return g_strdup (g_checksum_get_string (checksum));
}

/* Files in @folder and below, hidden ones too; 0 when it does not exist. */
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

static guint
mode_of (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf.st_mode & 0777;
}

static void
set_exif (const char *path,
          const char *orientation,
          const char *taken)
{
  g_autoptr (GExiv2Metadata) metadata = NULL;
  g_autoptr (GError) error = NULL;

  gexiv2_initialize ();
  metadata = gexiv2_metadata_new ();
  gexiv2_metadata_open_path (metadata, path, &error);
  g_assert_no_error (error);
  /* gexiv2_metadata_set_tag_string is deprecated since 0.12.2. */
  gexiv2_metadata_try_set_tag_string (metadata, "Exif.Image.Orientation", orientation, &error);
  g_assert_no_error (error);
  gexiv2_metadata_try_set_tag_string (metadata, "Exif.Photo.DateTimeOriginal", taken, &error);
  g_assert_no_error (error);
  gexiv2_metadata_save_file (metadata, path, &error);
  g_assert_no_error (error);
}

static guint32
png_crc (const guchar *data,
         gsize         length)
{
  guint32 crc = 0xffffffff;

  for (gsize i = 0; i < length; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1));
    }
  return crc ^ 0xffffffff;
}

static void
put_be32 (guchar *data,
          guint32 value)
{
  value = GUINT32_TO_BE (value);
  memcpy (data, &value, 4);
}

/* A small PNG whose header claims @width × @height: the size limit must be
 * met from the header alone, without decoding. */
static char *
make_png_claiming (Fixture    *fixture,
                   const char *name,
                   guint32     width,
                   guint32     height)
{
  g_autofree char *path = make_image (fixture, name, 16, 16, "png");
  g_autoptr (GBytes) bytes = read_bytes (path);
  gsize   length;
  guchar *data = g_bytes_unref_to_data (g_steal_pointer (&bytes), &length);

  /* IHDR: length at 8, type at 12, width at 16, height at 20, CRC at 29
   * over type and data (bytes 12–28). */
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  put_be32 (data + 16, width);
  put_be32 (data + 20, height);
  put_be32 (data + 29, png_crc (data + 12, 17));
  g_free (make_file (fixture, name, data, length));
  g_free (data);
  return g_steal_pointer (&path);
}

static gboolean
has_loader (const char *format_name)
{
  g_autoptr (GSList) formats = gdk_pixbuf_get_formats ();

  for (GSList *l = formats; l != NULL; l = l->next)
    {
      g_autofree char *name = gdk_pixbuf_format_get_name (l->data);

      if (g_str_equal (name, format_name))
        return TRUE;
    }
  return FALSE;
}

static void
assert_same_pixels (GdkPixbuf *a,
                    GdkPixbuf *b)
{
  int width = gdk_pixbuf_get_width (a);
  int height = gdk_pixbuf_get_height (a);
  int row = width * gdk_pixbuf_get_n_channels (a);

  g_assert_cmpint (gdk_pixbuf_get_width (b), ==, width);
  g_assert_cmpint (gdk_pixbuf_get_height (b), ==, height);
  g_assert_cmpint (gdk_pixbuf_get_n_channels (b), ==, gdk_pixbuf_get_n_channels (a));
  for (int y = 0; y < height; y++)
    g_assert_cmpmem (gdk_pixbuf_read_pixels (a) + y * gdk_pixbuf_get_rowstride (a), row,
                     gdk_pixbuf_read_pixels (b) + y * gdk_pixbuf_get_rowstride (b), row);
}

/* ---- good photos ----------------------------------------------------- */

static void
test_jpeg (Fixture      *fixture,
           gconstpointer data)
{
  g_autofree char *jpeg = make_image (fixture, "sommer.jpg", 1200, 900, "jpeg");
  g_autofree char *sha = sha256_of (jpeg);
  g_autofree char *prefix = g_strndup (sha, 2);
  g_autofree char *file_name = g_strconcat (sha, ".jpg", NULL);
  g_autofree char *expected = g_build_filename (fixture->media, prefix, file_name, NULL);
  g_autofree char *folder = g_build_filename (fixture->media, prefix, NULL);
  g_autoptr (GBytes) original = read_bytes (jpeg);
  g_autoptr (GBytes) kept = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = NULL;

  photo = lt_photo_import_file (jpeg, fixture->media, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (photo->sha256, ==, sha);
  g_assert_cmpstr (photo->media_path, ==, expected);
  g_assert_cmpstr (photo->mime_type, ==, "image/jpeg");
  g_assert_cmpint (photo->width, ==, 1200);
  g_assert_cmpint (photo->height, ==, 900);
  g_assert_cmpint (photo->orientation, ==, 1);
  g_assert_null (photo->taken_at);
  g_assert_cmpstr (photo->original_name, ==, "sommer.jpg");
  g_assert_cmpuint (photo->size, ==, g_bytes_get_size (original));

  kept = read_bytes (photo->media_path);
  g_assert_true (g_bytes_equal (kept, original));
  g_assert_cmpuint (mode_of (photo->media_path), ==, 0600);
  g_assert_cmpuint (mode_of (folder), ==, 0700);
  g_assert_cmpuint (mode_of (fixture->media), ==, 0700);
  g_assert_cmpuint (count_files (fixture->media), ==, 1);
}

static void
test_dedup (Fixture      *fixture,
            gconstpointer data)
{
  g_autofree char *jpeg = make_image (fixture, "sommer.jpg", 1200, 900, "jpeg");
  g_autoptr (GBytes) bytes = read_bytes (jpeg);
  g_autofree char *copy = make_file (fixture, "sommer kopi.jpg", g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) first = NULL;
  g_autoptr (LtImportedPhoto) second = NULL;
  GStatBuf before, after;

  first = lt_photo_import_file (jpeg, fixture->media, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (first->media_path, &before), ==, 0);

  second = lt_photo_import_file (copy, fixture->media, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second->media_path, ==, first->media_path);
  g_assert_cmpstr (second->sha256, ==, first->sha256);
  g_assert_cmpstr (second->original_name, ==, "sommer kopi.jpg");
  g_assert_cmpuint (count_files (fixture->media), ==, 1);

  /* Not written again: the kept file is the same file. */
  g_assert_cmpint (g_stat (second->media_path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
}

static void
test_png (Fixture      *fixture,
          gconstpointer data)
{
  g_autofree char *png = make_image (fixture, "tegning.png", 300, 400, "png");
  g_autofree char *sha = sha256_of (png);
  g_autofree char *suffix = g_strconcat (sha, ".png", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = NULL;

  photo = lt_photo_import_file (png, fixture->media, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (photo->sha256, ==, sha);
  g_assert_cmpstr (photo->mime_type, ==, "image/png");
  g_assert_true (g_str_has_suffix (photo->media_path, suffix));
  g_assert_cmpint (photo->width, ==, 300);
  g_assert_cmpint (photo->height, ==, 400);
  g_assert_cmpint (photo->orientation, ==, 1);
  g_assert_null (photo->taken_at);
}

/* Phones append a video (motion photos) or maker data after the JPEG's end
 * marker; such a photo is whole. */
static void
test_motion_photo (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *jpeg = make_image (fixture, "plain.jpg", 640, 480, "jpeg");
  g_autoptr (GBytes) bytes = read_bytes (jpeg);
  g_autoptr (GByteArray) motion = g_byte_array_new ();
  g_autofree char *path = NULL;
  g_autofree char *sha = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = NULL;

  g_byte_array_append (motion, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_byte_array_append (motion, (const guchar *) "\0\0\0\x18"
                                                "ftypmp42",
                       12);
  for (guint i = 0; i < 64 * 1024; i++)
    g_byte_array_append (motion, (const guchar *) &i, 1);
  path = make_file (fixture, "PXL_20190714.MP.jpg", motion->data, motion->len);
  sha = sha256_of (path);

  photo = lt_photo_import_file (path, fixture->media, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (photo->sha256, ==, sha);
  g_assert_cmpuint (photo->size, ==, motion->len);
}

static void
test_exif (Fixture      *fixture,
           gconstpointer data)
{
  g_autofree char *jpeg = make_image (fixture, "stående.jpg", 1200, 900, "jpeg");
  g_autofree char *thumb = g_build_filename (fixture->folder, "cache", "thumbs", "t.png", NULL);
  g_autofree char *thumb_folder = g_path_get_dirname (thumb);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = NULL;
  g_autoptr (GdkPixbuf) thumbnail = NULL;

  set_exif (jpeg, "6", "2019:07:14 15:03:00");
  photo = lt_photo_import_file (jpeg, fixture->media, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (photo->orientation, ==, 6);
  g_assert_cmpstr (photo->taken_at, ==, "2019-07-14");
  g_assert_cmpint (photo->width, ==, 1200); /* as stored */
  g_assert_cmpint (photo->height, ==, 900);

  /* Turned the camera's way: a landscape file becomes a portrait thumbnail. */
  g_assert_true (lt_photo_make_thumbnail (photo->media_path, NULL, photo->orientation, 256, thumb, &error));
  g_assert_no_error (error);
  thumbnail = gdk_pixbuf_new_from_file (thumb, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (thumbnail), ==, 192);
  g_assert_cmpint (gdk_pixbuf_get_height (thumbnail), ==, 256);
  g_assert_cmpuint (mode_of (thumb), ==, 0600);
  g_assert_cmpuint (mode_of (thumb_folder), ==, 0700);
  g_assert_cmpuint (count_files (thumb_folder), ==, 1); /* no temporary file */
}

static void
test_exif_bad_date (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *jpeg = make_image (fixture, "ukendt.jpg", 64, 48, "jpeg");
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = NULL;

  /* Cameras whose clock was never set write zeros. */
  set_exif (jpeg, "1", "0000:00:00 00:00:00");
  photo = lt_photo_import_file (jpeg, fixture->media, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (photo->taken_at);
  g_assert_cmpint (photo->orientation, ==, 1);
}

/* Each EXIF orientation turns the thumbnail exactly as gdk-pixbuf's own
 * reading of the same tag does. */
static void
test_thumbnail_orientations (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr (GdkPixbuf) source = make_pixbuf (4, 3);
  g_autofree char *png = g_build_filename (fixture->folder, "lille.png", NULL);
  g_autofree char *thumb = g_build_filename (fixture->folder, "thumb.png", NULL);
  g_autoptr (GError) error = NULL;

  gdk_pixbuf_save (source, png, "png", &error, NULL);
  g_assert_no_error (error);
  for (int orientation = 1; orientation <= 8; orientation++)
    {
      g_autofree char *value = g_strdup_printf ("%d", orientation);
      g_autoptr (GdkPixbuf) tagged = gdk_pixbuf_copy (source);
      g_autoptr (GdkPixbuf) expected = NULL;
      g_autoptr (GdkPixbuf) thumbnail = NULL;

      g_assert_true (gdk_pixbuf_set_option (tagged, "orientation", value));
      expected = gdk_pixbuf_apply_embedded_orientation (tagged);
      g_assert_true (lt_photo_make_thumbnail (png, NULL, orientation, 4, thumb, &error));
      g_assert_no_error (error);
      thumbnail = gdk_pixbuf_new_from_file (thumb, &error);
      g_assert_no_error (error);
      assert_same_pixels (thumbnail, expected);
    }
}

static void
test_thumbnail_errors (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *missing = g_build_filename (fixture->folder, "ab", "abc.jpg", NULL);
  g_autofree char *text = make_file (fixture, "abd.jpg", "ikke et billede", 15);
  g_autofree char *thumb = g_build_filename (fixture->folder, "thumb.png", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_false (lt_photo_make_thumbnail (missing, NULL, 1, 128, thumb, &error));
  g_assert_error (error, LT_PHOTO_IMPORT_ERROR, LT_PHOTO_IMPORT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "abc.jpg"));
  g_clear_error (&error);

  g_assert_false (lt_photo_make_thumbnail (text, NULL, 1, 128, thumb, &error));
  g_assert_error (error, LT_PHOTO_IMPORT_ERROR, LT_PHOTO_IMPORT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "abd.jpg"));
  g_assert_false (g_file_test (thumb, G_FILE_TEST_EXISTS));
}

/* ---- bad files ------------------------------------------------------- */

static void
assert_refused (Fixture    *fixture,
                const char *path,
                int         code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = lt_photo_import_file (path, fixture->media, NULL, NULL, &error);
  g_autofree char *name = g_path_get_basename (path);

  g_test_message ("%s: %s", name, error != NULL ? error->message : "imported");
  g_assert_null (photo);
  g_assert_error (error, LT_PHOTO_IMPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_cmpuint (count_files (fixture->media), ==, 0);
}

static void
test_cut_off (Fixture      *fixture,
              gconstpointer data)
{
  g_autofree char *jpeg = make_image (fixture, "hel.jpg", 800, 600, "jpeg");
  g_autofree char *png = make_image (fixture, "hel.png", 300, 200, "png");
  g_autofree char *jpeg_cut = make_cut_off (fixture, jpeg, "afbrudt.jpg", 40);
  g_autofree char *jpeg_nearly = make_cut_off (fixture, jpeg, "næsten.jpg", 99);
  g_autofree char *png_cut = make_cut_off (fixture, png, "afbrudt.png", 40);
  g_autoptr (GBytes) bytes = read_bytes (jpeg);
  gsize            length = g_bytes_get_size (bytes);
  g_autofree char *zeroed = g_malloc0 (length);
  g_autofree char *card = NULL;

  /* A broken memory card: the right length, the end all zeros. */
  memcpy (zeroed, g_bytes_get_data (bytes, NULL), length * 4 / 10);
  card = make_file (fixture, "kort.jpg", zeroed, length);

  assert_refused (fixture, jpeg_cut, LT_PHOTO_IMPORT_ERROR_CORRUPT);
  assert_refused (fixture, jpeg_nearly, LT_PHOTO_IMPORT_ERROR_CORRUPT);
  assert_refused (fixture, png_cut, LT_PHOTO_IMPORT_ERROR_CORRUPT);
  assert_refused (fixture, card, LT_PHOTO_IMPORT_ERROR_CORRUPT);
}

static void
test_not_images (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *text = make_file (fixture, "indkøbsliste.jpg", "mælk, æg, rugbrød\n", strlen ("mælk, æg, rugbrød\n"));
  g_autofree char *empty = make_file (fixture, "tom.jpg", "", 0);
  g_autofree char *folder = g_build_filename (fixture->folder, "ferie.jpg", NULL);
  g_autofree char *missing = g_build_filename (fixture->folder, "væk.jpg", NULL);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  assert_refused (fixture, text, LT_PHOTO_IMPORT_ERROR_NOT_IMAGE);
  assert_refused (fixture, empty, LT_PHOTO_IMPORT_ERROR_CORRUPT);
  assert_refused (fixture, folder, LT_PHOTO_IMPORT_ERROR_NOT_IMAGE);
  assert_refused (fixture, missing, LT_PHOTO_IMPORT_ERROR_IO);
}

static void
test_unsupported (Fixture      *fixture,
                  gconstpointer data)
{
  static const guchar heic[] = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0,
                                 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c', 0, 0, 0, 8, 'm', 'e', 't', 'a' };
  static const guchar webp[] = { 'R', 'I', 'F', 'F', 24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ',
                                 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
  g_autofree char    *tiff = make_image (fixture, "skannet.tif", 64, 48, "tiff");
  g_autofree char    *heic_path = make_file (fixture, "ferie.heic", heic, sizeof heic);
  g_autofree char    *webp_path = make_file (fixture, "klistermærke.webp", webp, sizeof webp);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = NULL;

  assert_refused (fixture, tiff, LT_PHOTO_IMPORT_ERROR_UNSUPPORTED);

  /* With a loader these would be read, and these few bytes are damaged. */
  assert_refused (fixture, heic_path, has_loader ("heif") ? LT_PHOTO_IMPORT_ERROR_CORRUPT : LT_PHOTO_IMPORT_ERROR_UNSUPPORTED);
  assert_refused (fixture, webp_path, has_loader ("webp") ? LT_PHOTO_IMPORT_ERROR_CORRUPT : LT_PHOTO_IMPORT_ERROR_UNSUPPORTED);
  if (!has_loader ("heif"))
    {
      photo = lt_photo_import_file (heic_path, fixture->media, NULL, NULL, &error);
      g_assert_nonnull (strstr (error->message, "HEIC"));
    }
}

static void
test_too_large (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *huge = make_png_claiming (fixture, "kæmpe.png", 12000, 11000);
  g_autofree char *heavy = g_build_filename (fixture->folder, "tung.jpg", NULL);
  int              fd;

  assert_refused (fixture, huge, LT_PHOTO_IMPORT_ERROR_TOO_LARGE);

  /* Sparse: refused by its size before a byte is read. */
  fd = g_open (heavy, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) LT_PHOTO_MAX_BYTES + 1), ==, 0);
  close (fd);
  assert_refused (fixture, heavy, LT_PHOTO_IMPORT_ERROR_TOO_LARGE);
}

static void
test_media_not_writable (Fixture      *fixture,
                         gconstpointer data)
{
  g_autofree char *jpeg = make_image (fixture, "sommer.jpg", 64, 48, "jpeg");
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = NULL;

  /* A file where the media folder should be. */
  g_free (make_file (fixture, "media", "", 0));
  photo = lt_photo_import_file (jpeg, fixture->media, NULL, NULL, &error);
  g_assert_null (photo);
  g_assert_error (error, LT_PHOTO_IMPORT_ERROR, LT_PHOTO_IMPORT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "sommer.jpg"));
  g_assert_cmpuint (count_files (fixture->folder), ==, 2);
}

/* ---- many at once ---------------------------------------------------- */

typedef struct
{
  guint calls;
  guint total;
} Progress;

static void
record_progress (guint    done,
                 guint    total,
                 gpointer data)
{
  Progress *progress = data;

  g_assert_cmpuint (done, ==, progress->calls + 1);
  progress->calls++;
  progress->total = total;
}

static void
test_batch_goes_on (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *a = make_image (fixture, "a.jpg", 400, 300, "jpeg");
  g_autofree char *b = make_image (fixture, "b.png", 300, 400, "png");
  g_autofree char *bad = make_file (fixture, "ikke et billede.jpg", "hej", 3);
  g_autofree char *cut = make_cut_off (fixture, a, "halv.jpg", 50);
  char            *paths[] = { a, bad, b, cut, NULL };
  g_autoptr (GPtrArray) failures = NULL;
  g_autoptr (GPtrArray) imported = NULL;
  Progress progress = { 0 };
  GError  *first, *second;

  imported = lt_photo_import_files (paths, fixture->media, NULL, NULL, record_progress, &progress, &failures);
  g_assert_cmpuint (progress.calls, ==, 4);
  g_assert_cmpuint (progress.total, ==, 4);
  g_assert_cmpuint (imported->len, ==, 2);
  g_assert_cmpstr (((LtImportedPhoto *) g_ptr_array_index (imported, 0))->original_name, ==, "a.jpg");
  g_assert_cmpstr (((LtImportedPhoto *) g_ptr_array_index (imported, 1))->original_name, ==, "b.png");
  g_assert_cmpuint (failures->len, ==, 2);
  first = g_ptr_array_index (failures, 0);
  second = g_ptr_array_index (failures, 1);
  g_assert_error (first, LT_PHOTO_IMPORT_ERROR, LT_PHOTO_IMPORT_ERROR_NOT_IMAGE);
  g_assert_nonnull (strstr (first->message, "ikke et billede.jpg"));
  g_assert_error (second, LT_PHOTO_IMPORT_ERROR, LT_PHOTO_IMPORT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (second->message, "halv.jpg"));
  g_assert_cmpuint (count_files (fixture->media), ==, 2);
}

static void
test_cancelled (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *a = make_image (fixture, "a.jpg", 400, 300, "jpeg");
  char            *paths[] = { a, a, NULL };
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) photo = NULL;
  g_autoptr (GPtrArray) failures = NULL;
  g_autoptr (GPtrArray) imported = NULL;
  Progress progress = { 0 };

  g_cancellable_cancel (cancellable);
  photo = lt_photo_import_file (a, fixture->media, NULL, cancellable, &error);
  g_assert_null (photo);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  imported = lt_photo_import_files (paths, fixture->media, NULL, cancellable, record_progress, &progress, &failures);
  g_assert_cmpuint (imported->len, ==, 0);
  g_assert_cmpuint (failures->len, ==, 0);
  g_assert_cmpuint (progress.calls, ==, 0);
  g_assert_cmpuint (count_files (fixture->media), ==, 0);
}

/* A photo far larger than the book prints gets a 300-dpi JPEG made at
 * import, at a scale libjpeg decodes to directly; a small one none. */
static void
test_print_rendition (Fixture      *fixture,
                      gconstpointer data)
{
  g_autofree char *large = make_image (fixture, "stor.jpg", 4000, 3000, "jpeg");
  g_autofree char *small = make_image (fixture, "lille.jpg", 1200, 900, "jpeg");
  g_autoptr (GError) error = NULL;
  g_autoptr (LtImportedPhoto) big = lt_photo_import_file (large, fixture->media, NULL, NULL, &error);
  g_autoptr (LtImportedPhoto) little = NULL;
  g_autofree char *expected = NULL;
  int              width = 0, height = 0;
  GStatBuf         buf;

  g_assert_no_error (error);
  expected = lt_photo_print_path (fixture->media, big->sha256);
  g_assert_cmpstr (big->print_path, ==, expected);
  g_assert_nonnull (gdk_pixbuf_get_file_info (big->print_path, &width, &height));
  /* 4:3 fits the 1940-pixel width of the book's photo box. */
  g_assert_cmpint (width, ==, 1940);
  g_assert_cmpint (height, ==, 1455);
  g_assert_cmpint (g_stat (big->print_path, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);

  little = lt_photo_import_file (small, fixture->media, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (little->print_path);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/photo-import/jpeg", test_jpeg);
  ADD ("/photo-import/dedup", test_dedup);
  ADD ("/photo-import/png", test_png);
  ADD ("/photo-import/motion-photo", test_motion_photo);
  ADD ("/photo-import/exif", test_exif);
  ADD ("/photo-import/exif-bad-date", test_exif_bad_date);
  ADD ("/photo-import/thumbnail-orientations", test_thumbnail_orientations);
  ADD ("/photo-import/thumbnail-errors", test_thumbnail_errors);
  ADD ("/photo-import/cut-off", test_cut_off);
  ADD ("/photo-import/not-images", test_not_images);
  ADD ("/photo-import/unsupported", test_unsupported);
  ADD ("/photo-import/too-large", test_too_large);
  ADD ("/photo-import/media-not-writable", test_media_not_writable);
  ADD ("/photo-import/batch-goes-on", test_batch_goes_on);
  ADD ("/photo-import/cancelled", test_cancelled);
  ADD ("/photo-import/print-rendition", test_print_rendition);
#undef ADD

  return g_test_run ();
}
