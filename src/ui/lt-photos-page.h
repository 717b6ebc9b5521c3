/* lt-photos-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPhotosPage: a child's photos as a grid: import, thumbnails, viewer.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_PHOTOS_PAGE (lt_photos_page_get_type ())
G_DECLARE_FINAL_TYPE (LtPhotosPage, lt_photos_page, LT, PHOTOS_PAGE, GtkWidget)

void lt_photos_page_set_store (LtPhotosPage *self,
                               LtStore      *store);
void lt_photos_page_set_child (LtPhotosPage *self,
                               LtChild      *child);
void lt_photos_page_import (LtPhotosPage *self,
                            GStrv         paths);

G_END_DECLS
