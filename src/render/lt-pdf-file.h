/* lt-pdf-file.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the overview PDFs share: an A4 file written whole or not at all
 * (a temporary file, readable by its owner only, renamed into place), and
 * text set at a point.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

G_BEGIN_DECLS

#define LT_PDF_A4_WIDTH 595.276
#define LT_PDF_A4_HEIGHT 841.89

/* Draws the pages; calls cairo_show_page() between them, not after the last. */
typedef void (*LtPdfWriteFunc) (cairo_t *cr,
                                gpointer data);

gboolean lt_pdf_file_write (const char    *path,
                            const char    *title,
                            LtPdfWriteFunc write,
                            gpointer       data,
                            GError       **error);
double   lt_pdf_text (cairo_t       *cr,
                      const char    *text,
                      double         x,
                      double         y,
                      double         width,
                      double         size,
                      gboolean       bold,
                      gboolean       muted,
                      PangoAlignment alignment);

G_END_DECLS
