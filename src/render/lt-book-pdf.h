/* lt-book-pdf.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Writing a life-story book snapshot as a PDF with cairo and pango.
 */
#pragma once

#include <cairo.h>

#include "lt-book-layout.h"

G_BEGIN_DECLS

/* Called on the writing thread after each page, with 0–1. */
typedef void (*LtBookProgressFunc) (double   fraction,
                                    gpointer data);

typedef struct
{
  char    *path;
  gboolean passed_through; /* the JPEG file went in unchanged */
  gboolean downscaled;     /* decoded once at 300 dpi and stored as JPEG */
  gboolean readable;       /* FALSE: a placeholder was drawn instead */
  gsize    bytes;          /* image bytes this placement added to the PDF:
                            * 0 when the same image was placed before */
  int    pixel_width;      /* the image stored, as seen (turned) */
  int    pixel_height;
  double width_mm; /* its printed size */
  double height_mm;
  double dpi;  /* effective resolution at that size */
  guint  page; /* the page it is on, counted from 1 */
} LtBookPhotoReport;

typedef struct
{
  guint      n_pages;
  gsize      file_size;
  GPtrArray *photos; /* LtBookPhotoReport *, in the order placed */
} LtBookPdfReport;

/* A laid-out book, painted one page at a time: into the PDF, or onto a
 * print operation's pages. */
typedef struct _LtBookPages LtBookPages;

LtBookPages        *lt_book_pages_new (const LtBook *book);
void                lt_book_pages_free (LtBookPages *self);
guint               lt_book_pages_get_n_pages (LtBookPages *self);
void                lt_book_pages_get_size (LtBookPages *self,
                                            double      *width,
                                            double      *height);
const LtBookLayout *lt_book_pages_get_layout (LtBookPages *self);
void                lt_book_pages_paint (LtBookPages *self,
                                         cairo_t     *cr,
                                         guint        page);

void     lt_book_pdf_report_free (LtBookPdfReport *report);
gboolean lt_book_write_pdf (const LtBook      *book,
                            const char        *path,
                            LtBookProgressFunc progress,
                            gpointer           progress_data,
                            GCancellable      *cancellable,
                            LtBookPdfReport  **report,
                            GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtBookPages, lt_book_pages_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtBookPdfReport, lt_book_pdf_report_free)

G_END_DECLS
