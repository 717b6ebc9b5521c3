/* lt-photo.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPhoto: a photo kept in the media folder under its content hash.
 */
#pragma once

#include "lt-audience.h"
#include "lt-record.h"

G_BEGIN_DECLS

#define LT_TYPE_PHOTO (lt_photo_get_type ())
G_DECLARE_FINAL_TYPE (LtPhoto, lt_photo, LT, PHOTO, LtRecord)

LtPhoto *lt_photo_new (void);

gint64      lt_photo_get_child_id (LtPhoto *self);
void        lt_photo_set_child_id (LtPhoto *self,
                                   gint64   child_id);
const char *lt_photo_get_sha256 (LtPhoto *self);
void        lt_photo_set_sha256 (LtPhoto    *self,
                                 const char *sha256);
const char *lt_photo_get_file_name (LtPhoto *self);
void        lt_photo_set_file_name (LtPhoto    *self,
                                    const char *file_name);
const char *lt_photo_get_mime_type (LtPhoto *self);
void        lt_photo_set_mime_type (LtPhoto    *self,
                                    const char *mime_type);
gint64      lt_photo_get_width (LtPhoto *self);
void        lt_photo_set_width (LtPhoto *self,
                                gint64   width);
gint64      lt_photo_get_height (LtPhoto *self);
void        lt_photo_set_height (LtPhoto *self,
                                 gint64   height);
gint64      lt_photo_get_orientation (LtPhoto *self);
void        lt_photo_set_orientation (LtPhoto *self,
                                      gint64   orientation);
const char *lt_photo_get_taken_at (LtPhoto *self);
void        lt_photo_set_taken_at (LtPhoto    *self,
                                   const char *taken_at);
const char *lt_photo_get_caption (LtPhoto *self);
void        lt_photo_set_caption (LtPhoto    *self,
                                  const char *caption);
const char *lt_photo_get_original_name (LtPhoto *self);
void        lt_photo_set_original_name (LtPhoto    *self,
                                        const char *original_name);

gboolean lt_photo_get_is_cover (LtPhoto *self);
void     lt_photo_set_is_cover (LtPhoto *self,
                                gboolean is_cover);

gint64    lt_photo_get_audience (LtPhoto *self);
void      lt_photo_set_audience (LtPhoto *self,
                                 gint64   audience);
gboolean  lt_photo_get_child_veto (LtPhoto *self);
void      lt_photo_set_child_veto (LtPhoto *self,
                                   gboolean child_veto);
LtConsent lt_photo_get_child_consent (LtPhoto *self);
void      lt_photo_set_child_consent (LtPhoto  *self,
                                      LtConsent consent);
LtConsent lt_photo_get_parent_consent (LtPhoto *self);
void      lt_photo_set_parent_consent (LtPhoto  *self,
                                       LtConsent consent);

gboolean    lt_photo_is_shown_to (LtPhoto   *self,
                                  LtAudience audience);
const char *lt_photo_kept_reason (LtPhoto   *self,
                                  LtAudience audience);

G_END_DECLS
