/* lt-network-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtNetworkView: a child's network map, live (people can be dragged to
 * another sector or circle) or a saved map shown as it was.
 */
#pragma once

#include <adwaita.h>

#include "lt-network-map.h"
#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_NETWORK_VIEW (lt_network_view_get_type ())
G_DECLARE_FINAL_TYPE (LtNetworkView, lt_network_view, LT, NETWORK_VIEW, GtkWidget)

GtkWidget          *lt_network_view_new (void);
void                lt_network_view_show_live (LtNetworkView *self,
                                               LtStore       *store,
                                               LtChild       *child);
void                lt_network_view_show_saved (LtNetworkView *self,
                                                LtNetworkMap  *map);
gint64              lt_network_view_get_selected (LtNetworkView *self);
const LtNetworkMap *lt_network_view_get_map (LtNetworkView *self);
void                lt_network_view_zoom (LtNetworkView *self,
                                          double         factor);

G_END_DECLS
