/* lt-diagram.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the network map and the genogram share: colours, text measured
 * the same way for layout and painting, and export to PNG, SVG and PDF.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "lt-cairo-shapes.h"

G_BEGIN_DECLS

typedef struct
{
  LtColor ink;        /* symbols, lines and names */
  LtColor muted;      /* rings, dates, secondary text */
  LtColor paper;      /* background; alpha 0 leaves it transparent */
  LtColor backdrop;   /* opaque paper colour behind symbols and names */
  LtColor accent;     /* the child */
  LtColor sectors[4]; /* network sectors, by LtCircle */
  LtColor close;      /* emotional lines */
  LtColor distant;
  LtColor conflict;
  LtColor cut_off;
  LtColor keep;    /* the child wants to keep this contact */
  LtColor restore; /* the child wants this contact back */
  LtColor household;
  LtColor care; /* caregivers: the foster parents the child lives with */
} LtDiagramPalette;

/* Fonts: the same family in the widget, PNG, SVG and PDF. */
#define LT_DIAGRAM_FONT "Cantarell"
#define LT_DIAGRAM_NAME_SIZE 10.0
#define LT_DIAGRAM_SMALL_SIZE 8.5

typedef enum
{
  LT_DIAGRAM_FORMAT_PNG,
  LT_DIAGRAM_FORMAT_SVG,
  LT_DIAGRAM_FORMAT_PDF,
} LtDiagramFormat;

/* Paints a diagram of the size given to lt_diagram_export() at (0, 0). */
typedef void (*LtDiagramPaintFunc) (cairo_t *cr,
                                    gpointer data);

void lt_diagram_palette_init (LtDiagramPalette *palette,
                              gboolean          dark);
void lt_diagram_set_color (cairo_t       *cr,
                           const LtColor *color);

PangoLayout *lt_diagram_text_new (cairo_t    *cr,
                                  const char *text,
                                  double      size,
                                  gboolean    bold,
                                  double      max_width);
void         lt_diagram_measure_text (const char *text,
                                      double      size,
                                      gboolean    bold,
                                      double      max_width,
                                      double     *width,
                                      double     *height);

gboolean lt_diagram_format_from_path (const char      *path,
                                      LtDiagramFormat *format,
                                      GError         **error);
gboolean lt_diagram_export (const char        *path,
                            double             width,
                            double             height,
                            const char        *title,
                            LtDiagramPaintFunc paint,
                            gpointer           data,
                            GError           **error);

G_END_DECLS
