/* lt-diagram.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the network map and the genogram share: colours, text measured the
 * same way for layout and painting, and export to PNG, SVG and PDF.
 *
 * Text is laid out with hinted metrics off, both when the layout measures a
 * name and when the painter draws it, so a label is as wide on screen as in
 * the PDF and boxes computed once fit everywhere.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <math.h>
#include <unistd.h>

#include "lt-diagram.h"

#define A4_WIDTH 595.276 /* points */
#define A4_HEIGHT 841.89
#define PAGE_MARGIN 36.0
#define TITLE_SIZE 14.0
#define TITLE_GAP 12.0
#define PNG_SCALE 2.0 /* about 144 dpi: sharp on screens and in letters */

static LtColor
rgb (guint32 hex)
{
  return (LtColor){ ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0,
                    (hex & 0xff) / 255.0, 1.0 };
}

/* Colours from the GNOME palette, chosen to stay apart in greyscale print
 * as well: sectors are light tints, lines are strong. */
void
lt_diagram_palette_init (LtDiagramPalette *palette,
                         gboolean          dark)
{
  palette->ink = dark ? rgb (0xffffff) : rgb (0x241f31);
  palette->muted = dark ? rgb (0x9a9996) : rgb (0x77767b);
  palette->paper = dark ? rgb (0x242424) : rgb (0xffffff);
  palette->backdrop = palette->paper;
  palette->paper.alpha = 0.0;
  palette->accent = rgb (0x3584e4);
  palette->sectors[0] = rgb (0xf9f06b); /* family */
  palette->sectors[1] = rgb (0x8ff0a4); /* friends */
  palette->sectors[2] = rgb (0x99c1f1); /* school and leisure */
  palette->sectors[3] = rgb (0xdc8add); /* professionals */
  for (guint i = 0; i < G_N_ELEMENTS (palette->sectors); i++)
    palette->sectors[i].alpha = dark ? 0.18 : 0.28;
  palette->close = rgb (0x26a269);
  palette->distant = dark ? rgb (0xc0bfbc) : rgb (0x5e5c64);
  palette->conflict = rgb (0xe01b24);
  palette->cut_off = dark ? rgb (0xc0bfbc) : rgb (0x3d3846);
  palette->keep = rgb (0x26a269);
  palette->restore = rgb (0xe66100);
  palette->household = rgb (0x2ec27e);
  palette->care = dark ? rgb (0xdc8add) : rgb (0x813d9c);
}

void
lt_diagram_set_color (cairo_t       *cr,
                      const LtColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
set_unhinted (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
}

/* A context for measuring only, at 72 dpi so sizes are in points; one per
 * thread, since a PangoContext is not thread-safe. */
static PangoContext *
measuring_context (void)
{
  static GPrivate key = G_PRIVATE_INIT (g_object_unref);
  PangoContext   *context = g_private_get (&key);

  if (context == NULL)
    {
      context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_cairo_context_set_resolution (context, 72.0);
      set_unhinted (context);
      g_private_set (&key, context);
    }
  return context;
}

/**
 * lt_diagram_text_new:
 * @cr: (nullable): where the text will be painted, or %NULL to measure
 * @size: font size in points
 * @max_width: wrap at this width, or 0 for one line
 *
 * Returns: (transfer full): @text laid out centred, in the diagram font
 */
PangoLayout *
lt_diagram_text_new (cairo_t    *cr,
                     const char *text,
                     double      size,
                     gboolean    bold,
                     double      max_width)
{
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (LT_DIAGRAM_FONT);
  PangoLayout *layout;

  if (cr != NULL)
    {
      layout = pango_cairo_create_layout (cr);
      pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
      set_unhinted (pango_layout_get_context (layout));
      pango_layout_context_changed (layout);
    }
  else
    layout = pango_layout_new (measuring_context ());

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

/* The ink-free logical size of @text as lt_diagram_text_new() lays it out. */
void
lt_diagram_measure_text (const char *text,
                         double      size,
                         gboolean    bold,
                         double      max_width,
                         double     *width,
                         double     *height)
{
  g_autoptr (PangoLayout) layout = lt_diagram_text_new (NULL, text, size, bold, max_width);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

/**
 * lt_diagram_format_from_path:
 *
 * Returns: whether @path ends in .png, .svg or .pdf (any case); if not,
 * @error says which endings work
 */
gboolean
lt_diagram_format_from_path (const char      *path,
                             LtDiagramFormat *format,
                             GError         **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = LT_DIAGRAM_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = LT_DIAGRAM_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = LT_DIAGRAM_FORMAT_PDF;
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _ ("“%s” does not end in .png, .svg or .pdf, so Livstråd does not know "
                      "which kind of file to write."),
                   path);
      return FALSE;
    }
  return TRUE;
}

static void
paint_title (cairo_t    *cr,
             const char *title,
             double      width)
{
  g_autoptr (PangoLayout) text = lt_diagram_text_new (cr, title, TITLE_SIZE, TRUE, width);

  cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, text);
}

static double
title_height (const char *title,
              double      width)
{
  double w, h;

  if (title == NULL)
    return 0;
  lt_diagram_measure_text (title, TITLE_SIZE, TRUE, width, &w, &h);
  return h + TITLE_GAP;
}

/* White paper, the title, then the diagram scaled by @scale at @x, @y. */
static void
paint_page (cairo_t           *cr,
            double             page_width,
            double             page_height,
            double             x,
            double             y,
            double             scale,
            double             content_width,
            const char        *title,
            LtDiagramPaintFunc paint,
            gpointer           data)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, x, y);
  if (title != NULL)
    {
      paint_title (cr, title, content_width);
      cairo_translate (cr, 0, title_height (title, content_width));
    }
  cairo_scale (cr, scale, scale);
  paint (cr, data);
  cairo_restore (cr);
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  return fwrite (data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS
                                                     : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t
write_surface (LtDiagramFormat    format,
               FILE              *stream,
               double             width,
               double             height,
               const char        *title,
               LtDiagramPaintFunc paint,
               gpointer           data)
{
  cairo_surface_t *surface;
  cairo_status_t   status;
  cairo_t         *cr;

  if (format == LT_DIAGRAM_FORMAT_PDF)
    {
      /* An A4 page in the diagram's orientation, the diagram fitted inside. */
      gboolean wide = width > height;
      double   page_w = wide ? A4_HEIGHT : A4_WIDTH;
      double   page_h = wide ? A4_WIDTH : A4_HEIGHT;
      double   box_w = page_w - 2 * PAGE_MARGIN;
      double   box_h = page_h - 2 * PAGE_MARGIN - title_height (title, box_w);
      double   scale = MIN (box_w / width, box_h / height);

      surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, page_w, page_h);
      cr = cairo_create (surface);
      paint_page (cr, page_w, page_h, PAGE_MARGIN + (box_w - width * scale) / 2, PAGE_MARGIN,
                  scale, box_w, title, paint, data);
    }
  else
    {
      double margin = 16.0;
      double total_h = height + 2 * margin + title_height (title, width);
      double total_w = width + 2 * margin;
      double factor = format == LT_DIAGRAM_FORMAT_PNG ? PNG_SCALE : 1.0;

      if (format == LT_DIAGRAM_FORMAT_SVG)
        surface = cairo_svg_surface_create_for_stream (write_to_stream, stream, total_w, total_h);
      else
        surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (total_w * factor),
                                              (int) ceil (total_h * factor));
      cr = cairo_create (surface);
      cairo_scale (cr, factor, factor);
      paint_page (cr, total_w, total_h, margin, margin, 1.0, width, title, paint, data);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == LT_DIAGRAM_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_stream, stream);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

/* Opens a new file only its owner can read: drawings are about a child. */
static FILE *
open_private (const char *path,
              GError    **error)
{
  int   fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  FILE *stream = fd >= 0 ? fdopen (fd, "wb") : NULL;

  if (stream == NULL)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _ ("Could not write “%s”: %s"),
                   path, g_strerror (saved));
    }
  return stream;
}

/**
 * lt_diagram_export:
 * @path: the file to write; its ending chooses PNG, SVG or PDF
 * @width, @height: the diagram's size in points
 * @title: (nullable): a heading above the diagram
 *
 * Writes the diagram through a temporary file beside @path, readable by
 * its owner only, so a full disk never leaves half a file under the real
 * name.
 *
 * Returns: %TRUE, or %FALSE with @error saying what went wrong
 */
gboolean
lt_diagram_export (const char        *path,
                   double             width,
                   double             height,
                   const char        *title,
                   LtDiagramPaintFunc paint,
                   gpointer           data,
                   GError           **error)
{
  g_autofree char *partial = g_strdup_printf ("%s.part-%d", path, (int) getpid ());
  LtDiagramFormat  format;
  cairo_status_t   status;
  FILE            *stream;

  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  if (!lt_diagram_format_from_path (path, &format, error))
    return FALSE;

  stream = open_private (partial, error);
  if (stream == NULL)
    return FALSE;
  status = write_surface (format, stream, width, height, title, paint, data);
  /* Flushed and synced before the rename, so a full disk shows up here. */
  if ((fflush (stream) != 0 || fsync (fileno (stream)) != 0) && status == CAIRO_STATUS_SUCCESS)
    status = CAIRO_STATUS_WRITE_ERROR;
  if (fclose (stream) != 0 && status == CAIRO_STATUS_SUCCESS)
    status = CAIRO_STATUS_WRITE_ERROR;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _ ("Could not write “%s” (%s). Check that the folder exists and that "
                      "the disk is not full."),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (partial, path) != 0)
    {
      int saved = errno;

      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _ ("Could not write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
