/* lt-media.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Reading and writing the files in the media folder: sealed with a child's
 * media key in an encrypted household, plain in a plain one.
 */
#pragma once

#include <gio/gio.h>

#include "lt-secret.h"

G_BEGIN_DECLS

#define LT_MEDIA_ERROR (lt_media_error_quark ())

typedef enum
{
  LT_MEDIA_ERROR_FAILED,
  LT_MEDIA_ERROR_DAMAGED,
  LT_MEDIA_ERROR_TOO_LARGE,
} LtMediaError;

#define LT_MEDIA_MAX_BYTES (256 * 1024 * 1024)

GQuark   lt_media_error_quark (void);
GBytes  *lt_media_load (const char     *path,
                        const LtSecret *key,
                        GError        **error);
gboolean lt_media_save (const char     *path,
                        GBytes         *contents,
                        const LtSecret *key,
                        GError        **error);
gboolean lt_media_is_sealed (const char *path);
goffset  lt_media_sealed_size (goffset plain_size);
gboolean lt_media_remove_leftovers (const char *folder,
                                    GError    **error);

G_END_DECLS
