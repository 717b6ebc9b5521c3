/* lt-genogram-painter.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Paints a genogram layout with cairo: on screen, in PNG, SVG and PDF.
 */
#pragma once

#include <cairo.h>

#include "lt-diagram.h"
#include "lt-genogram-layout.h"

G_BEGIN_DECLS

void     lt_genogram_paint (cairo_t                *cr,
                            const LtGenogramLayout *layout,
                            const LtGenogram       *genogram,
                            const LtDiagramPalette *palette,
                            int                     highlight);
gboolean lt_genogram_export (const LtGenogram *genogram,
                             LtGenogramStyle   style,
                             const char       *path,
                             const char       *title,
                             GError          **error);

G_END_DECLS
