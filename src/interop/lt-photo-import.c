/* lt-photo-import.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Bringing photos into the media folder, and thumbnails of them.
 *
 * A photo is checked before anything is written (is it an image this
 * computer can read, not too large, not cut off), then copied while its
 * SHA-256 is computed, to a temporary file in the media folder that is
 * synced and renamed to "ab/abcdef….jpg"; the same bytes twice are kept
 * once.  Orientation and the date taken come from EXIF (gexiv2).  Nothing
 * half-written is left behind when a step fails.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gexiv2/gexiv2.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lt-media.h"
#include "lt-photo-import.h"

#define COPY_CHUNK (256 * 1024)

/* clang-format off */
G_DEFINE_QUARK (lt-photo-import-error-quark, lt_photo_import_error)
/* clang-format on */

/* What a photo may be; gdk-pixbuf must also have a loader for it. */
static const char *const accepted_types[] = {
  "image/jpeg", "image/png", "image/webp", "image/gif", "image/heif", "image/heic", NULL
};

/* ---- errors ---------------------------------------------------------- */

static gboolean
fail (GError    **error,
      int         code,
      const char *format,
      const char *name)
{
  g_set_error (error, LT_PHOTO_IMPORT_ERROR, code, format, name);
  return FALSE;
}

/* ---- is it whole? ---------------------------------------------------- */

/* gdk-pixbuf 2.42 decodes a JPEG cut off halfway without an error (the
 * rest comes out grey), and its incremental PNG loader, which the scaled
 * loaders use, accepts a cut-off PNG too.  So the file's structure is
 * walked to its end marker instead.  The marker is not looked for at the
 * end of the file: phones append data after it (motion photos, maker
 * trailers). */

static gsize
read_be16 (const guchar *data)
{
  return ((gsize) data[0] << 8) | data[1];
}

static gsize
read_be32 (const guchar *data)
{
  return ((gsize) data[0] << 24) | ((gsize) data[1] << 16) | ((gsize) data[2] << 8) | data[3];
}

/* Returns where the marker after the entropy-coded data from @p begins;
 * stuffed bytes (FF 00), restart markers and fill bytes belong to the data. */
static gsize
skip_entropy_coded (const guchar *data,
                    gsize         length,
                    gsize         p)
{
  while (p + 1 < length)
    {
      const guchar *ff = memchr (data + p, 0xff, length - p - 1);
      guchar        next;

      if (ff == NULL)
        return length;
      p = ff - data;
      next = data[p + 1];
      if (next != 0x00 && next != 0xff && (next < 0xd0 || next > 0xd7))
        return p;
      p++;
    }
  return length;
}

static gboolean
jpeg_is_complete (const guchar *data,
                  gsize         length)
{
  gsize p = 2;

  if (length < 4 || data[0] != 0xff || data[1] != 0xd8)
    return FALSE;
  while (p < length && data[p] == 0xff)
    {
      guchar marker;
      gsize  segment;

      while (p < length && data[p] == 0xff)
        p++;
      if (p >= length)
        return FALSE;
      marker = data[p++];
      if (marker == 0xd9)
        return TRUE;
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
        continue;
      if (length - p < 2 || (segment = read_be16 (data + p)) < 2 || length - p < segment)
        return FALSE;
      p += segment;
      if (marker == 0xda)
        p = skip_entropy_coded (data, length, p);
    }
  return FALSE;
}

static gboolean
png_is_complete (const guchar *data,
                 gsize         length)
{
  static const guchar signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize               p = sizeof signature;

  if (length < p || memcmp (data, signature, p) != 0)
    return FALSE;
  while (length - p >= 12)
    {
      gsize chunk = read_be32 (data + p);

      if (chunk > G_MAXINT32 || length - p - 12 < chunk)
        return FALSE;
      if (memcmp (data + p + 4, "IEND", 4) == 0)
        return TRUE;
      p += 12 + chunk;
    }
  return FALSE;
}

static gboolean
is_complete (const char *path,
             const char *mime_type)
{
  g_autoptr (GMappedFile) mapped = NULL;
  const guchar *data;
  gsize         length;

  if (!g_str_equal (mime_type, "image/jpeg") && !g_str_equal (mime_type, "image/png"))
    return TRUE; /* the loaders of the others report a short file */
  mapped = g_mapped_file_new (path, FALSE, NULL);
  if (mapped == NULL)
    return FALSE;
  data = (const guchar *) g_mapped_file_get_contents (mapped);
  length = g_mapped_file_get_length (mapped);
  if (g_str_equal (mime_type, "image/jpeg"))
    return jpeg_is_complete (data, length);
  return png_is_complete (data, length);
}

/* ---- checking -------------------------------------------------------- */

/* What the first bytes say the file is; the name's extension may lie, so
 * the name is not given to the guess. */
static char *
sniff_mime_type (const char *path)
{
  g_autofree char *type = NULL;
  char            *mime_type;
  guchar           head[4096];
  gssize           n = -1;
  int              fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      n = read (fd, head, sizeof head);
      close (fd);
    }
  if (n <= 0)
    return g_strdup ("application/octet-stream");
  type = g_content_type_guess (NULL, head, n, NULL);
  mime_type = g_content_type_get_mime_type (type);
  return mime_type != NULL ? mime_type : g_strdup ("application/octet-stream");
}

static gboolean
check_file (const char *path,
            const char *name,
            GError    **error)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return fail (error, LT_PHOTO_IMPORT_ERROR_IO,
                 _ ("“%s” could not be read. Check that it is still there and try again."), name);
  if (!S_ISREG (buf.st_mode))
    return fail (error, LT_PHOTO_IMPORT_ERROR_NOT_IMAGE,
                 _ ("“%s” is not a file. Choose the photo itself and try again."), name);
  if (buf.st_size == 0)
    return fail (error, LT_PHOTO_IMPORT_ERROR_CORRUPT,
                 _ ("“%s” is empty. Copy it again from where it came from and try again."), name);
  if (buf.st_size > LT_PHOTO_MAX_BYTES)
    return fail (error, LT_PHOTO_IMPORT_ERROR_TOO_LARGE,
                 _ ("“%s” is larger than 100 MB. Save a smaller copy and try again."), name);
  return TRUE;
}

/* Explains a file that gdk-pixbuf has no loader for. */
static gboolean
fail_unreadable (const char *sniffed,
                 const char *name,
                 GError    **error)
{
  if (g_str_equal (sniffed, "image/heif") || g_str_equal (sniffed, "image/heic") ||
      g_str_equal (sniffed, "image/avif"))
    return fail (error, LT_PHOTO_IMPORT_ERROR_UNSUPPORTED,
                 _ ("“%s” cannot be read on this computer: HEIC photos need a converter. Save it "
                    "as JPEG and try again."),
                 name);
  if (g_str_has_prefix (sniffed, "image/"))
    return fail (error, LT_PHOTO_IMPORT_ERROR_UNSUPPORTED,
                 _ ("“%s” cannot be read on this computer. Save it as JPEG and try again."), name);
  return fail (error, LT_PHOTO_IMPORT_ERROR_NOT_IMAGE,
               _ ("“%s” is not a photo. Choose a JPEG, PNG, WebP or GIF picture."), name);
}

/* The loader's name for the type, preferring what the bytes said. */
static char *
choose_mime_type (GdkPixbufFormat *format,
                  const char      *sniffed)
{
  g_auto (GStrv) types = gdk_pixbuf_format_get_mime_types (format);

  if (types == NULL || types[0] == NULL)
    return g_strdup ("application/octet-stream");
  if (g_strv_contains ((const char *const *) types, sniffed))
    return g_strdup (sniffed);
  return g_strdup (types[0]);
}

static gboolean
check_format (const char *path,
              const char *name,
              char      **mime_type,
              int        *width,
              int        *height,
              GError    **error)
{
  g_autofree char *sniffed = sniff_mime_type (path);
  GdkPixbufFormat *format = gdk_pixbuf_get_file_info (path, width, height);

  if (format == NULL)
    return fail_unreadable (sniffed, name, error);
  *mime_type = choose_mime_type (format, sniffed);
  if (!g_strv_contains (accepted_types, *mime_type))
    return fail (error, LT_PHOTO_IMPORT_ERROR_UNSUPPORTED,
                 _ ("“%s” is a kind of picture Livstråd does not keep. Save it as JPEG or PNG and "
                    "try again."),
                 name);
  if (*width <= 0 || *height <= 0)
    return fail (error, LT_PHOTO_IMPORT_ERROR_CORRUPT,
                 _ ("“%s” is damaged or cut off. Copy it again from where it came from and try "
                    "again."),
                 name);
  if ((gint64) *width * *height > LT_PHOTO_MAX_PIXELS)
    return fail (error, LT_PHOTO_IMPORT_ERROR_TOO_LARGE,
                 _ ("“%s” has more than 120 megapixels. Save a smaller copy and try again."), name);
  return TRUE;
}

/* Decoding a small version catches damage inside the picture cheaply
 * (JPEG decodes at ⅛ scale); the structure walk catches a cut-off end. */
static gboolean
check_decodes (const char *path,
               const char *name,
               const char *mime_type,
               GError    **error)
{
  g_autoptr (GdkPixbuf) probe = gdk_pixbuf_new_from_file_at_scale (path, 64, 64, TRUE, NULL);

  if (probe == NULL || !is_complete (path, mime_type))
    return fail (error, LT_PHOTO_IMPORT_ERROR_CORRUPT,
                 _ ("“%s” is damaged or cut off. Copy it again from where it came from and try "
                    "again."),
                 name);
  return TRUE;
}

static gboolean
check_photo (const char      *path,
             LtImportedPhoto *photo,
             GError         **error)
{
  const char *name = photo->original_name;

  return check_file (path, name, error) &&
         check_format (path, name, &photo->mime_type, &photo->width, &photo->height, error) &&
         check_decodes (path, name, photo->mime_type, error);
}

/* ---- EXIF ------------------------------------------------------------ */

static void
ensure_gexiv2 (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* Before any thread reads XMP.  Exiv2 prints its warnings to stderr
       * with file names in them; logs must not name a child's photos, and
       * every failure that matters is a GError. */
      gexiv2_initialize ();
      gexiv2_log_set_level (GEXIV2_LOG_LEVEL_MUTE);
      g_once_init_leave (&initialized, 1);
    }
}

/* "2019:07:14 15:03:00" → "2019-07-14".  Only the day is kept: the time
 * has no zone, and dates in the store are "YYYY-MM-DD". */
static char *
exif_date_to_iso (const char *exif)
{
  int year, month, day;

  if (exif == NULL || sscanf (exif, "%4d:%2d:%2d", &year, &month, &day) != 3 || year < 1 ||
      month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static void
read_exif (const char      *path,
           LtImportedPhoto *photo)
{
  g_autoptr (GExiv2Metadata) metadata = NULL;
  g_autofree char *taken = NULL;
  int              orientation;

  photo->orientation = 1;
  ensure_gexiv2 ();
  metadata = gexiv2_metadata_new ();
  if (!gexiv2_metadata_open_path (metadata, path, NULL))
    return; /* no metadata is normal for PNG and edited photos */

  orientation = gexiv2_metadata_try_get_orientation (metadata, NULL);
  if (orientation >= 1 && orientation <= 8)
    photo->orientation = orientation;
  taken = gexiv2_metadata_try_get_tag_string (metadata, "Exif.Photo.DateTimeOriginal", NULL);
  photo->taken_at = exif_date_to_iso (taken);
}

/* ---- copying --------------------------------------------------------- */

static const char *
extension_for (const char *mime_type)
{
  if (g_str_equal (mime_type, "image/jpeg"))
    return "jpg";
  if (g_str_equal (mime_type, "image/png"))
    return "png";
  if (g_str_equal (mime_type, "image/webp"))
    return "webp";
  if (g_str_equal (mime_type, "image/gif"))
    return "gif";
  return "heic";
}

/* A kept file of the right size on disk holds these bytes already (its
 * name is their hash); one of another size was damaged since. */
static gboolean
already_kept (const char     *target,
              gsize           size,
              const LtSecret *media_key)
{
  GStatBuf buf;
  goffset  expected = media_key != NULL ? lt_media_sealed_size (size) : (goffset) size;

  return g_stat (target, &buf) == 0 && buf.st_size == expected &&
         (media_key != NULL) == lt_media_is_sealed (target);
}

/* Reads the photo into memory (it is at most LT_PHOTO_MAX_BYTES), names it
 * by its hash and writes it — sealed with @media_key when given — to
 * "ab/<sha256>.<ext>".  No readable copy is written on the way. */
static gboolean
copy_into_media (const char      *path,
                 const char      *media_dir,
                 const LtSecret  *media_key,
                 LtImportedPhoto *photo,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *data = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *target = NULL;
  gsize            length = 0;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!g_file_get_contents (path, &data, &length, &local_error))
    return fail (error, LT_PHOTO_IMPORT_ERROR_IO, _ ("“%s” could not be read."), photo->original_name);
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  photo->size = length;
  photo->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  prefix = g_strndup (photo->sha256, 2);
  file_name = g_strdup_printf ("%s.%s", photo->sha256, extension_for (photo->mime_type));
  target = g_build_filename (media_dir, prefix, file_name, NULL);

  if (!already_kept (target, length, media_key) && !lt_media_save (target, bytes, media_key, &local_error))
    {
      g_set_error (error, LT_PHOTO_IMPORT_ERROR, LT_PHOTO_IMPORT_ERROR_IO,
                   /* Translators: the first %s is a file name, the second why it failed */
                   _ ("“%s” could not be copied into the photo folder: %s. Check that the disk is not "
                      "full and try again."),
                   photo->original_name, local_error->message);
      return FALSE;
    }
  photo->media_path = g_steal_pointer (&target);
  return TRUE;
}

/* Decodes @bytes to fit @width × @height (keeping its shape). */
static GdkPixbuf *
decode_at_scale (GBytes  *bytes,
                 int      width,
                 int      height,
                 GError **error)
{
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  return gdk_pixbuf_new_from_stream_at_scale (stream, width, height, TRUE, NULL, error);
}

/* ---- thumbnails ------------------------------------------------------ */

/* Turns @pixbuf the way EXIF orientation @orientation says. */
static GdkPixbuf *
apply_orientation (GdkPixbuf *pixbuf,
                   int        orientation)
{
  g_autoptr (GdkPixbuf) turned = NULL;

  switch (orientation)
    {
    case 2:
      return gdk_pixbuf_flip (pixbuf, TRUE);
    case 3:
      return gdk_pixbuf_rotate_simple (pixbuf, GDK_PIXBUF_ROTATE_UPSIDEDOWN);
    case 4:
      return gdk_pixbuf_flip (pixbuf, FALSE);
    case 5:
      turned = gdk_pixbuf_rotate_simple (pixbuf, GDK_PIXBUF_ROTATE_CLOCKWISE);
      return gdk_pixbuf_flip (turned, TRUE);
    case 6:
      return gdk_pixbuf_rotate_simple (pixbuf, GDK_PIXBUF_ROTATE_CLOCKWISE);
    case 7:
      turned = gdk_pixbuf_rotate_simple (pixbuf, GDK_PIXBUF_ROTATE_COUNTERCLOCKWISE);
      return gdk_pixbuf_flip (turned, TRUE);
    case 8:
      return gdk_pixbuf_rotate_simple (pixbuf, GDK_PIXBUF_ROTATE_COUNTERCLOCKWISE);
    default:
      return g_object_ref (pixbuf);
    }
}

static gboolean
save_thumbnail (GdkPixbuf      *thumbnail,
                const char     *thumb_path,
                const LtSecret *media_key,
                GError        **error)
{
  g_autoptr (GBytes) bytes = NULL;
  char *data = NULL;
  gsize length = 0;

  if (!gdk_pixbuf_save_to_buffer (thumbnail, &data, &length, "png", error, NULL))
    return FALSE;
  bytes = g_bytes_new_take (data, length);
  return lt_media_save (thumb_path, bytes, media_key, error);
}

/* ---- public API ------------------------------------------------------ */

void
lt_imported_photo_free (LtImportedPhoto *photo)
{
  if (photo == NULL)
    return;
  g_free (photo->sha256);
  g_free (photo->media_path);
  g_free (photo->mime_type);
  g_free (photo->taken_at);
  g_free (photo->original_name);
  g_free (photo->print_path);
  g_free (photo);
}

/**
 * lt_photo_print_path:
 *
 * Returns: (transfer full): where the print rendition of the photo with
 * @sha256 is kept; it may not exist, as small photos print as they are
 */
char *
lt_photo_print_path (const char *media_dir,
                     const char *sha256)
{
  g_autofree char *name = g_strdup_printf ("%s.jpg", sha256);

  return g_build_filename (media_dir, "print", name, NULL);
}

/* The largest ½, ¼ or ⅛ of @size still at least @target: libjpeg scales
 * by those while decoding, far faster than to any other size. */
static int
decode_scale (int size,
              int target)
{
  int scale = 1;

  while (size / (scale * 2) >= target && scale < 8)
    scale *= 2;
  return scale;
}

static gboolean
orientation_swaps (int orientation)
{
  return orientation >= 5 && orientation <= 8;
}

/* A photo much larger than the book ever prints it gets a JPEG made once,
 * here, that fits the book's largest photo box at 300 dpi, so exporting a
 * book only passes files through.  Not having one is not an error: the
 * book then scales the photo itself. */
static void
make_print_rendition (const char      *media_dir,
                      const LtSecret  *media_key,
                      GBytes          *original,
                      LtImportedPhoto *photo)
{
  gboolean         swap = orientation_swaps (photo->orientation);
  double           factor = MIN ((double) LT_PHOTO_PRINT_WIDTH / (swap ? photo->height : photo->width),
                                 (double) LT_PHOTO_PRINT_HEIGHT / (swap ? photo->width : photo->height));
  int              width = (int) floor (photo->width * factor);
  int              height = (int) floor (photo->height * factor);
  int              scale = decode_scale (photo->width, width);
  g_autofree char *path = lt_photo_print_path (media_dir, photo->sha256);
  g_autoptr (GdkPixbuf) decoded = NULL;
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) jpeg = NULL;
  char *data = NULL;
  gsize length = 0;

  if (factor > 0.77 || g_strcmp0 (photo->mime_type, "image/jpeg") != 0)
    return;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      decoded = decode_at_scale (original, photo->width / scale, photo->height / scale, &error);
      if (decoded != NULL)
        pixbuf = gdk_pixbuf_scale_simple (decoded, width, height, GDK_INTERP_BILINEAR);
      if (pixbuf != NULL && gdk_pixbuf_save_to_buffer (pixbuf, &data, &length, "jpeg", &error, "quality", "88", NULL))
        jpeg = g_bytes_new_take (data, length);
      if (jpeg == NULL || !lt_media_save (path, jpeg, media_key, &error))
        {
          g_debug ("No print rendition for a photo: %s", error != NULL ? error->message : "");
          return;
        }
    }
  photo->print_path = g_steal_pointer (&path);
}

/**
 * lt_photo_import_file:
 * @path: a photo anywhere on the computer; it is not changed
 * @media_dir: the household's media folder; made (0700) when missing
 * @media_key: (nullable): the child's media key; the copy and its print
 *   rendition are sealed with it (plain when %NULL)
 * @cancellable: (nullable): stops the copy
 * @error: %LT_PHOTO_IMPORT_ERROR naming the file by its base name and
 *   saying what to do, or %G_IO_ERROR_CANCELLED
 *
 * Checks the file, copies it to "@media_dir/ab/<sha256>.<ext>" (mode 0600)
 * and reads its EXIF orientation and date.  When those bytes are kept
 * already, nothing is written and the kept file is returned.  On failure
 * nothing is left in @media_dir.  Safe to call from a worker thread.
 *
 * Returns: (transfer full) (nullable): the photo as kept, or %NULL with
 * @error set
 */
LtImportedPhoto *
lt_photo_import_file (const char     *path,
                      const char     *media_dir,
                      const LtSecret *media_key,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autoptr (LtImportedPhoto) photo = NULL;
  g_autoptr (GBytes) original = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (media_dir != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  photo = g_new0 (LtImportedPhoto, 1);
  photo->original_name = g_path_get_basename (path);
  if (!check_photo (path, photo, error))
    return NULL;
  read_exif (path, photo);
  if (!copy_into_media (path, media_dir, media_key, photo, cancellable, error))
    return NULL;
  original = lt_media_load (photo->media_path, media_key, NULL);
  if (original != NULL)
    make_print_rendition (media_dir, media_key, original, photo);
  return g_steal_pointer (&photo);
}

/**
 * lt_photo_import_files:
 * @paths: the photos to add
 * @media_dir: the household's media folder
 * @cancellable: (nullable): stops after the file being copied
 * @progress: (nullable) (scope call): told after each file, in the calling
 *   thread
 * @progress_data: for @progress
 * @failures_out: (out) (optional) (transfer full) (element-type GError): a
 *   #GError (%LT_PHOTO_IMPORT_ERROR) per file that was not added, each
 *   naming its file
 *
 * Imports each file in turn; a bad file is reported and the rest go on.
 * Files not reached because of @cancellable are neither added nor reported.
 * Meant for a #GTask thread.
 *
 * Returns: (transfer full) (element-type LtImportedPhoto): what was added,
 * in the order of @paths
 */
GPtrArray *
lt_photo_import_files (GStrv                 paths,
                       const char           *media_dir,
                       const LtSecret       *media_key,
                       GCancellable         *cancellable,
                       LtPhotoImportProgress progress,
                       gpointer              progress_data,
                       GPtrArray           **failures_out)
{
  g_autoptr (GPtrArray) imported = g_ptr_array_new_with_free_func ((GDestroyNotify) lt_imported_photo_free);
  g_autoptr (GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  guint total = paths != NULL ? g_strv_length (paths) : 0;

  g_return_val_if_fail (media_dir != NULL, NULL);

  for (guint i = 0; i < total; i++)
    {
      GError          *error = NULL;
      LtImportedPhoto *photo = lt_photo_import_file (paths[i], media_dir, media_key, cancellable, &error);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_error_free (error);
          break;
        }
      if (photo != NULL)
        g_ptr_array_add (imported, photo);
      else
        g_ptr_array_add (failures, error);
      if (progress != NULL)
        progress (i + 1, total, progress_data);
    }
  if (failures_out != NULL)
    *failures_out = g_steal_pointer (&failures);
  return g_steal_pointer (&imported);
}

/**
 * lt_photo_make_thumbnail:
 * @media_path: a photo in the media folder
 * @media_key: (nullable): the child's media key: the photo is unsealed with
 *   it and the thumbnail sealed with it
 * @orientation: the photo's EXIF orientation, 1–8 (anything else is 1)
 * @size: the thumbnail fits in @size × @size pixels
 * @thumb_path: where the PNG goes; its folder is made (0700) when missing;
 *   written atomically, mode 0600
 * @error: %LT_PHOTO_IMPORT_ERROR_CORRUPT when the photo cannot be decoded,
 *   %LT_PHOTO_IMPORT_ERROR_IO when it cannot be read or the thumbnail
 *   cannot be written
 *
 * Decodes at reduced size (JPEG scales while decoding, fast) and turns the
 * result the right way up.  Safe to call from a worker thread.
 *
 * Returns: %TRUE when @thumb_path was written
 */
gboolean
lt_photo_make_thumbnail (const char     *media_path,
                         const LtSecret *media_key,
                         int             orientation,
                         int             size,
                         const char     *thumb_path,
                         GError        **error)
{
  g_autofree char *name = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GdkPixbuf) turned = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (media_path != NULL, FALSE);
  g_return_val_if_fail (size > 0, FALSE);
  g_return_val_if_fail (thumb_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_path_get_basename (media_path);
  bytes = lt_media_load (media_path, media_key, &local_error);
  if (bytes == NULL && local_error->domain == LT_MEDIA_ERROR)
    return fail (error, LT_PHOTO_IMPORT_ERROR_CORRUPT, "%s", local_error->message);
  if (bytes == NULL)
    return fail (error, LT_PHOTO_IMPORT_ERROR_IO, _ ("The photo “%s” could not be read."), name);
  pixbuf = decode_at_scale (bytes, size, size, &local_error);
  if (pixbuf == NULL)
    return fail (error, LT_PHOTO_IMPORT_ERROR_CORRUPT, _ ("The photo “%s” is damaged."), name);

  turned = apply_orientation (pixbuf, orientation);
  if (!save_thumbnail (turned, thumb_path, media_key, &local_error))
    {
      g_set_error (error, LT_PHOTO_IMPORT_ERROR, LT_PHOTO_IMPORT_ERROR_IO,
                   _ ("No thumbnail could be saved for “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}
