/* lt-book-rendition.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * How a photo goes into the book's PDF; for the book's painter only.
 */
#pragma once

#include <cairo.h>

#include "lt-book-layout.h"

G_BEGIN_DECLS

/* A photo as it goes into the PDF, shared by all its placements. */
typedef struct
{
  cairo_surface_t *surface; /* NULL: cannot be read */
  cairo_surface_t *pixels;  /* decoded, for targets that cannot take JPEG */
  GBytes          *jpeg;    /* NULL when stored losslessly */
  int              width;   /* stored pixels, before turning */
  int              height;
  gsize            bytes;
  gboolean         passed_through;
  gboolean         downscaled;
  guint            uses_left; /* on pages not yet painted */
} LtBookRendition;

LtBookRendition *lt_book_rendition_new (const LtBookBox *box,
                                        const LtSecret  *media_key,
                                        double           print_width);
void             lt_book_rendition_free (LtBookRendition *rendition);
cairo_surface_t *lt_book_rendition_surface_for (LtBookRendition *rendition,
                                                cairo_t         *cr);

G_END_DECLS
