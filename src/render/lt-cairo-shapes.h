/* lt-cairo-shapes.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Shapes the render layer's painters share.
 */
#pragma once

#include <cairo.h>

G_BEGIN_DECLS

void lt_cairo_rounded_rectangle (cairo_t *cr,
                                 double   x,
                                 double   y,
                                 double   width,
                                 double   height,
                                 double   radius);

G_END_DECLS
