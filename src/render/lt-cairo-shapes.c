/* lt-cairo-shapes.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Shapes the render layer's painters share.
 */
#include "config.h"

#include <glib.h>

#include "lt-cairo-shapes.h"

/* Adds a rectangle with rounded corners to the path; the radius shrinks to
 * fit a small rectangle. */
void
lt_cairo_rounded_rectangle (cairo_t *cr,
                            double   x,
                            double   y,
                            double   width,
                            double   height,
                            double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}
