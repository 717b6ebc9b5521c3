/* lt-pdf-file.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the overview PDFs share: an A4 file written whole or not at all,
 * and text set at a point.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <fcntl.h>
#include <unistd.h>

#include "lt-diagram.h"
#include "lt-pdf-file.h"

/* On the disk before it takes the real name, so a crash leaves the old
 * file or the new one, never half of one. */
static gboolean
sync_file (const char *path)
{
  int      fd = g_open (path, O_RDONLY, 0);
  gboolean synced = fd >= 0 && fsync (fd) == 0;

  if (fd >= 0)
    close (fd);
  return synced;
}

/**
 * lt_pdf_file_write:
 * @path: written through a temporary file beside it, readable by its owner only
 *
 * Returns: %TRUE, or %FALSE with @error (a missing folder, a full disk),
 * leaving nothing behind
 */
gboolean
lt_pdf_file_write (const char    *path,
                   const char    *title,
                   LtPdfWriteFunc write,
                   gpointer       data,
                   GError       **error)
{
  g_autofree char *partial = g_strdup_printf ("%s.part-%d", path, (int) getpid ());
  cairo_surface_t *surface = cairo_pdf_surface_create (partial, LT_PDF_A4_WIDTH, LT_PDF_A4_HEIGHT);
  cairo_t         *cr = cairo_create (surface);
  cairo_status_t   status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  write (cr, data);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS && (g_chmod (partial, 0600) != 0 || !sync_file (partial) ||
                                          g_rename (partial, path) != 0))
    status = CAIRO_STATUS_WRITE_ERROR;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _ ("Could not write “%s” (%s). Check that the folder exists and that the "
                      "disk is not full."),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/**
 * lt_pdf_text:
 * @width: the text wraps at this width
 *
 * Sets @text with its top left at (@x, @y), in ink or (@muted) grey.
 *
 * Returns: the height it took
 */
double
lt_pdf_text (cairo_t       *cr,
             const char    *text,
             double         x,
             double         y,
             double         width,
             double         size,
             gboolean       bold,
             gboolean       muted,
             PangoAlignment alignment)
{
  g_autoptr (PangoLayout) layout = lt_diagram_text_new (cr, text, size, bold, width);
  PangoRectangle logical;

  pango_layout_set_alignment (layout, alignment);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_set_source_rgb (cr, muted ? 0.4 : 0.1, muted ? 0.4 : 0.1, muted ? 0.43 : 0.15);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return (double) logical.height / PANGO_SCALE;
}
