/* lt-cairo-shapes.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Shapes and colours the render layer's painters share.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} LtColor;

void lt_cairo_rounded_rectangle (cairo_t *cr,
                                 double   x,
                                 double   y,
                                 double   width,
                                 double   height,
                                 double   radius);

G_END_DECLS
