/* lt-photo-viewer.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPhotoViewer: one photo at a time, large, with its caption.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_PHOTO_VIEWER (lt_photo_viewer_get_type ())
G_DECLARE_FINAL_TYPE (LtPhotoViewer, lt_photo_viewer, LT, PHOTO_VIEWER, AdwWindow)

LtPhotoViewer *lt_photo_viewer_new (GtkWindow  *parent,
                                    LtStore    *store,
                                    GListModel *photos,
                                    guint       position);
guint          lt_photo_viewer_get_position (LtPhotoViewer *self);

G_END_DECLS
