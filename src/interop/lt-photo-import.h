/* lt-photo-import.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Reading photos from other programs and cameras into the media folder:
 * checked, hashed, copied atomically, EXIF read; and thumbnails.
 */
#pragma once

#include <gio/gio.h>

#include "lt-secret.h"

G_BEGIN_DECLS

#define LT_PHOTO_IMPORT_ERROR (lt_photo_import_error_quark ())

typedef enum
{
  LT_PHOTO_IMPORT_ERROR_NOT_IMAGE,   /* not a picture at all, or not a file */
  LT_PHOTO_IMPORT_ERROR_UNSUPPORTED, /* a picture this computer or Livstråd cannot use */
  LT_PHOTO_IMPORT_ERROR_TOO_LARGE,   /* over LT_PHOTO_MAX_BYTES or LT_PHOTO_MAX_PIXELS */
  LT_PHOTO_IMPORT_ERROR_CORRUPT,     /* empty, damaged or cut off */
  LT_PHOTO_IMPORT_ERROR_IO,          /* could not be read or copied */
} LtPhotoImportError;

/* A photo as kept in the media folder; plain data, safe to hand between
 * threads. */
typedef struct
{
  char *sha256;        /* of the bytes, lowercase hex */
  char *media_path;    /* "<media_dir>/ab/<sha256>.<ext>" */
  char *mime_type;     /* image/jpeg, image/png, image/webp, image/gif or image/heif */
  int   width;         /* as stored, before orientation */
  int   height;        /* as stored, before orientation */
  int   orientation;   /* EXIF 1–8; 1 when not given */
  char *taken_at;      /* nullable; EXIF DateTimeOriginal as an ISO day, "2019-07-14" */
  char *original_name; /* the file's base name where it came from */
  gsize size;          /* in bytes */
  char *print_path;    /* nullable: a 300-dpi JPEG for the book, made when
                        * the photo is much larger than the book prints it */
} LtImportedPhoto;

/* Called in the importing thread after each file, bad or good. */
typedef void (*LtPhotoImportProgress) (guint    done,
                                       guint    total,
                                       gpointer data);

/* Limits that keep one photo from taking the machine's memory. */
#define LT_PHOTO_MAX_PIXELS (120 * 1000 * 1000)
#define LT_PHOTO_MAX_BYTES (100 * 1024 * 1024)

/* The largest box a photo is printed in, at 300 dpi: the A4 text width
 * (6.49 in) by 45 % of the page height (5.26 in). */
#define LT_PHOTO_PRINT_WIDTH 1940
#define LT_PHOTO_PRINT_HEIGHT 1575

GQuark           lt_photo_import_error_quark (void);
void             lt_imported_photo_free (LtImportedPhoto *photo);
LtImportedPhoto *lt_photo_import_file (const char     *path,
                                       const char     *media_dir,
                                       const LtSecret *media_key,
                                       GCancellable   *cancellable,
                                       GError        **error);
GPtrArray       *lt_photo_import_files (GStrv                 paths,
                                        const char           *media_dir,
                                        const LtSecret       *media_key,
                                        GCancellable         *cancellable,
                                        LtPhotoImportProgress progress,
                                        gpointer              progress_data,
                                        GPtrArray           **failures_out);
char            *lt_photo_print_path (const char *media_dir,
                                      const char *sha256);
gboolean         lt_photo_make_thumbnail (const char     *media_path,
                                          const LtSecret *media_key,
                                          int             orientation,
                                          int             size,
                                          const char     *thumb_path,
                                          GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtImportedPhoto, lt_imported_photo_free)

G_END_DECLS
