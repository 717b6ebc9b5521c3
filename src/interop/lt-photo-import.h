/* lt-photo-import.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Reading photos from other programs and cameras into the media folder:
 * checked, hashed, copied atomically, EXIF read; and thumbnails.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LT_PHOTO_IMPORT_ERROR (lt_photo_import_error_quark ())

typedef enum
{
  LT_PHOTO_IMPORT_ERROR_NOT_IMAGE,
  LT_PHOTO_IMPORT_ERROR_UNSUPPORTED,
  LT_PHOTO_IMPORT_ERROR_TOO_LARGE,
  LT_PHOTO_IMPORT_ERROR_CORRUPT,
  LT_PHOTO_IMPORT_ERROR_IO,
} LtPhotoImportError;

typedef struct
{
  char *sha256;
  char *media_path; /* absolute, inside the media folder */
  char *mime_type;
  int   width;
  int   height;
  int   orientation;   /* EXIF 1–8; 1 when not given */
  char *taken_at;      /* ISO "2019-07-14", nullable */
  char *original_name; /* the file's name where it came from */
  gsize size;
} LtImportedPhoto;

typedef void (*LtPhotoImportProgress) (guint    done,
                                       guint    total,
                                       gpointer data);

/* Limits that keep one photo from taking the machine's memory. */
#define LT_PHOTO_MAX_PIXELS (120 * 1000 * 1000)
#define LT_PHOTO_MAX_BYTES (100 * 1024 * 1024)

GQuark           lt_photo_import_error_quark (void);
void             lt_imported_photo_free (LtImportedPhoto *photo);
LtImportedPhoto *lt_photo_import_file (const char   *path,
                                       const char   *media_dir,
                                       GCancellable *cancellable,
                                       GError      **error);
GPtrArray       *lt_photo_import_files (GStrv                 paths,
                                        const char           *media_dir,
                                        GCancellable         *cancellable,
                                        LtPhotoImportProgress progress,
                                        gpointer              progress_data,
                                        GPtrArray           **failures_out);
gboolean         lt_photo_make_thumbnail (const char *media_path,
                                          int         orientation,
                                          int         size,
                                          const char *thumb_path,
                                          GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtImportedPhoto, lt_imported_photo_free)

G_END_DECLS
