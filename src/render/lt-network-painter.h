/* lt-network-painter.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Paints a network map layout on any cairo surface, and exports it to a file.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "lt-diagram.h"
#include "lt-network-layout.h"
#include "lt-network-map.h"

G_BEGIN_DECLS

void     lt_network_paint (cairo_t                *cr,
                           const LtNetworkLayout  *layout,
                           const LtNetworkMap     *map,
                           const LtDiagramPalette *palette,
                           int                     highlight);
gboolean lt_network_export (const LtNetworkMap *map,
                            const char         *path,
                            const char         *title,
                            GError            **error);

G_END_DECLS
