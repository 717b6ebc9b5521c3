/* lt-genogram-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGenogramView: a child's genogram, drawn by render/, where people can be
 * selected, nudged by dragging and edited through a context menu.
 */
#pragma once

#include <adwaita.h>

#include "lt-genogram.h"
#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_GENOGRAM_VIEW (lt_genogram_view_get_type ())
G_DECLARE_FINAL_TYPE (LtGenogramView, lt_genogram_view, LT, GENOGRAM_VIEW, GtkWidget)

/* No one is selected. */
#define LT_GENOGRAM_VIEW_NONE (-1)

GtkWidget        *lt_genogram_view_new (void);
void              lt_genogram_view_set_store (LtGenogramView *self,
                                              LtStore        *store);
void              lt_genogram_view_set_child (LtGenogramView *self,
                                              LtChild        *child);
gint64            lt_genogram_view_get_selected (LtGenogramView *self);
void              lt_genogram_view_select (LtGenogramView *self,
                                           gint64          person_id);
const LtGenogram *lt_genogram_view_get_genogram (LtGenogramView *self);
void              lt_genogram_view_zoom (LtGenogramView *self,
                                         double          factor);

G_END_DECLS
