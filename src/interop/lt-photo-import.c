/* lt-photo-import.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Bringing photos into the media folder.
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
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lt-photo-import.h"

#define COPY_CHUNK (256 * 1024)

G_DEFINE_QUARK (lt - photo - import - error - quark, lt_photo_import_error)

/* Formats a photo may come in; others are refused with a reason. */
static const char *const accepted_formats[] = { "jpeg", "png", "webp", "gif", "tiff", "heif", NULL };

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
  g_free (photo);
}

static gboolean
fail (GError    **error,
      int         code,
      const char *format,
      const char *name)
{
  g_set_error (error, LT_PHOTO_IMPORT_ERROR, code, format, name);
  return FALSE;
}

/* ---- checking -------------------------------------------------------- */

/* A JPEG that was cut off (an interrupted copy, a broken card) has no
 * end-of-image marker near its end; gdk-pixbuf would show it half grey
 * without an error. */
static gboolean
jpeg_is_complete (const char *path)
{
  g_autoptr (GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);
  const guchar *data;
  gsize         length, from;

  if (mapped == NULL)
    return FALSE;
  data = (const guchar *) g_mapped_file_get_contents (mapped);
  length = g_mapped_file_get_length (mapped);
  from = length > 4096 ? length - 4096 : 0;
  for (gsize i = length; i > from + 1; i--)
    if (data[i - 2] == 0xff && data[i - 1] == 0xd9)
      return TRUE;
  return FALSE;
}

/* What the first bytes say the file is; the name's extension may lie. */
static char *
sniff_content_type (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInputStream) input = g_file_read (file, NULL, NULL);
  guchar           head[4096];
  gssize           n = input != NULL ? g_input_stream_read (G_INPUT_STREAM (input), head, sizeof head, NULL, NULL) : -1;
  g_autofree char *type = n > 0 ? g_content_type_guess (NULL, head, n, NULL) : NULL;

  return type != NULL ? g_content_type_get_mime_type (type) : g_strdup ("application/octet-stream");
}

static gboolean
check_photo (const char *path,
             const char *name,
             char      **mime_type,
             int        *width,
             int        *height,
             GError    **error)
{
  GdkPixbufFormat *format;
  g_autofree char *format_name = NULL;
  g_auto (GStrv) mime_types = NULL;
  g_autoptr (GdkPixbuf) probe = NULL;
  g_autoptr (GError) decode_error = NULL;
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return fail (error, LT_PHOTO_IMPORT_ERROR_IO, _ ("“%s” could not be read."), name);
  if (buf.st_size == 0)
    return fail (error, LT_PHOTO_IMPORT_ERROR_CORRUPT, _ ("“%s” is empty."), name);
  if (buf.st_size > LT_PHOTO_MAX_BYTES)
    return fail (error, LT_PHOTO_IMPORT_ERROR_TOO_LARGE,
                 _ ("“%s” is larger than 100 MB. Make a smaller copy and add that."), name);

  format = gdk_pixbuf_get_file_info (path, width, height);
  if (format == NULL)
    {
      g_autofree char *type = sniff_content_type (path);

      if (g_str_has_prefix (type, "image/"))
        return fail (error, LT_PHOTO_IMPORT_ERROR_UNSUPPORTED,
                     _ ("“%s” cannot be read on this computer (HEIC and RAW photos need a "
                        "converter). Save it as JPEG and add it again."),
                     name);
      return fail (error, LT_PHOTO_IMPORT_ERROR_NOT_IMAGE, _ ("“%s” is not a photo."), name);
    }

  format_name = gdk_pixbuf_format_get_name (format);
  if (!g_strv_contains (accepted_formats, format_name))
    return fail (error, LT_PHOTO_IMPORT_ERROR_UNSUPPORTED,
                 _ ("“%s” is a kind of picture Livstråd does not keep. Save it as JPEG or PNG and "
                    "add it again."),
                 name);
  if ((gint64) *width * *height > LT_PHOTO_MAX_PIXELS)
    return fail (error, LT_PHOTO_IMPORT_ERROR_TOO_LARGE,
                 _ ("“%s” has more than 120 megapixels. Make a smaller copy and add that."), name);

  /* Decoding a small version catches most damage cheaply. */
  probe = gdk_pixbuf_new_from_file_at_scale (path, 64, 64, TRUE, &decode_error);
  if (probe == NULL || (g_str_equal (format_name, "jpeg") && !jpeg_is_complete (path)))
    return fail (error, LT_PHOTO_IMPORT_ERROR_CORRUPT,
                 _ ("“%s” is damaged or cut off and cannot be shown. Copy it again from where it "
                    "came from."),
                 name);

  mime_types = gdk_pixbuf_format_get_mime_types (format);
  *mime_type = g_strdup (mime_types != NULL && mime_types[0] != NULL ? mime_types[0] : "image/jpeg");
  return TRUE;
}

/* ---- EXIF ------------------------------------------------------------ */

static void
ensure_gexiv2 (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      gexiv2_initialize ();
      g_once_init_leave (&initialized, 1);
    }
}

/* "2019:07:14 15:03:00" → "2019-07-14". */
static char *
exif_date_to_iso (const char *exif)
{
  int year, month, day;

  if (exif == NULL || sscanf (exif, "%4d:%2d:%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static void
read_exif (const char      *path,
           LtImportedPhoto *photo)
{
  g_autoptr (GExiv2Metadata) metadata = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *taken = NULL;
  int              orientation;

  photo->orientation = 1;
  ensure_gexiv2 ();
  metadata = gexiv2_metadata_new ();
  if (!gexiv2_metadata_open_path (metadata, path, &error))
    return; /* no metadata is normal for PNG and edited photos */

  orientation = gexiv2_metadata_try_get_orientation (metadata, NULL);
  if (orientation >= 1 && orientation <= 8)
    photo->orientation = orientation;
  taken = gexiv2_metadata_try_get_tag_string (metadata, "Exif.Photo.DateTimeOriginal", NULL);
  photo->taken_at = exif_date_to_iso (taken);
}

/* ---- copying --------------------------------------------------------- */

static gboolean
sync_folder (const char *folder)
{
  int      fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);
  return ok;
}

/* Copies @path into @fd while hashing it; the temporary file is synced. */
static char *
copy_and_hash (const char   *path,
               int           fd,
               GCancellable *cancellable,
               GError      **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInputStream) input = g_file_read (file, cancellable, error);
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (COPY_CHUNK);
  gssize             n;

  if (input == NULL)
    return NULL;
  while ((n = g_input_stream_read (G_INPUT_STREAM (input), buffer, COPY_CHUNK, cancellable, error)) > 0)
    {
      g_checksum_update (checksum, buffer, n);
      for (gssize written = 0; written < n;)
        {
          gssize w = write (fd, buffer + written, n - written);

          if (w < 0 && errno == EINTR)
            continue;
          if (w < 0)
            {
              int saved_errno = errno;

              g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s", g_strerror (saved_errno));
              return NULL;
            }
          written += w;
        }
    }
  if (n < 0)
    return NULL;
  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s", g_strerror (saved_errno));
      return NULL;
    }
  return g_strdup (g_checksum_get_string (checksum));
}

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
  if (g_str_equal (mime_type, "image/tiff"))
    return "tif";
  return "img";
}

/* Moves the synced temporary file to its place under its hash; if the same
 * bytes are already there, the copy is dropped. */
static char *
store_under_hash (const char *temp_path,
                  const char *media_dir,
                  const char *sha256,
                  const char *mime_type,
                  GError    **error)
{
  g_autofree char *prefix = g_strndup (sha256, 2);
  g_autofree char *folder = g_build_filename (media_dir, prefix, NULL);
  g_autofree char *file_name = g_strdup_printf ("%s.%s", sha256, extension_for (mime_type));
  g_autofree char *target = g_build_filename (folder, file_name, NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s", g_strerror (saved_errno));
      return NULL;
    }
  if (g_file_test (target, G_FILE_TEST_EXISTS))
    {
      g_unlink (temp_path);
      return g_steal_pointer (&target);
    }
  if (g_rename (temp_path, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s", g_strerror (saved_errno));
      return NULL;
    }
  sync_folder (folder);
  return g_steal_pointer (&target);
}

static gboolean
copy_into_media (const char      *path,
                 const char      *media_dir,
                 LtImportedPhoto *photo,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autofree char *temp_path = g_build_filename (media_dir, ".import-XXXXXX", NULL);
  g_autoptr (GError) local_error = NULL;
  int fd;

  if (g_mkdir_with_parents (media_dir, 0700) != 0 ||
      (fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0600)) < 0)
    return fail (error, LT_PHOTO_IMPORT_ERROR_IO,
                 _ ("“%s” could not be copied: the photo folder cannot be written."), photo->original_name);

  photo->sha256 = copy_and_hash (path, fd, cancellable, &local_error);
  close (fd);
  if (photo->sha256 != NULL)
    photo->media_path = store_under_hash (temp_path, media_dir, photo->sha256, photo->mime_type, &local_error);
  if (photo->media_path == NULL)
    {
      g_unlink (temp_path);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_set_error (error, LT_PHOTO_IMPORT_ERROR, LT_PHOTO_IMPORT_ERROR_IO,
                   _ ("“%s” could not be copied into the photo folder (%s). Check that the disk is "
                      "not full."),
                   photo->original_name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* ---- public API ------------------------------------------------------ */

/**
 * lt_photo_import_file:
 * @path: a photo anywhere on the computer; it is not changed
 * @media_dir: the household's media folder
 *
 * Returns: (transfer full): the photo as kept in @media_dir, or %NULL with
 * @error (%LT_PHOTO_IMPORT_ERROR) naming the file and saying what to do
 */
LtImportedPhoto *
lt_photo_import_file (const char   *path,
                      const char   *media_dir,
                      GCancellable *cancellable,
                      GError      **error)
{
  g_autoptr (LtImportedPhoto) photo = g_new0 (LtImportedPhoto, 1);

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (media_dir != NULL, NULL);

  photo->original_name = g_path_get_basename (path);
  if (!check_photo (path, photo->original_name, &photo->mime_type, &photo->width, &photo->height, error))
    return NULL;
  read_exif (path, photo);
  if (!copy_into_media (path, media_dir, photo, cancellable, error))
    return NULL;
  {
    GStatBuf buf;

    if (g_stat (photo->media_path, &buf) == 0)
      photo->size = buf.st_size;
  }
  return g_steal_pointer (&photo);
}

/**
 * lt_photo_import_files:
 * @paths: the photos to add
 * @progress: (nullable): told after each file
 * @failures_out: (out) (optional) (transfer full): a #GError per file that
 *   was not added
 *
 * Imports each file in turn; a bad file is reported and the rest go on.
 * Meant for a worker thread.
 *
 * Returns: (transfer full) (element-type LtImportedPhoto): what was added
 */
GPtrArray *
lt_photo_import_files (GStrv                 paths,
                       const char           *media_dir,
                       GCancellable         *cancellable,
                       LtPhotoImportProgress progress,
                       gpointer              progress_data,
                       GPtrArray           **failures_out)
{
  GPtrArray *imported = g_ptr_array_new_with_free_func ((GDestroyNotify) lt_imported_photo_free);
  g_autoptr (GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  guint total = paths != NULL ? g_strv_length (paths) : 0;

  for (guint i = 0; i < total && !g_cancellable_is_cancelled (cancellable); i++)
    {
      GError          *error = NULL;
      LtImportedPhoto *photo = lt_photo_import_file (paths[i], media_dir, cancellable, &error);

      if (photo != NULL)
        g_ptr_array_add (imported, photo);
      else
        g_ptr_array_add (failures, error);
      if (progress != NULL)
        progress (i + 1, total, progress_data);
    }
  if (failures_out != NULL)
    *failures_out = g_steal_pointer (&failures);
  return imported;
}

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

/**
 * lt_photo_make_thumbnail:
 * @orientation: the photo's EXIF orientation, 1–8
 * @size: the longest side of the thumbnail
 * @thumb_path: where the PNG goes; written atomically, mode 0600
 *
 * Decodes at reduced size (JPEG scales while decoding) and turns it the
 * right way up.
 */
gboolean
lt_photo_make_thumbnail (const char *media_path,
                         int         orientation,
                         int         size,
                         const char *thumb_path,
                         GError    **error)
{
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GdkPixbuf) turned = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (media_path != NULL && thumb_path != NULL, FALSE);

  pixbuf = gdk_pixbuf_new_from_file_at_scale (media_path, size, size, TRUE, error);
  if (pixbuf == NULL)
    return FALSE;
  turned = apply_orientation (pixbuf, orientation);
  if (!gdk_pixbuf_save_to_buffer (turned, &data, &length, "png", error, NULL))
    return FALSE;
  return g_file_set_contents_full (thumb_path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
