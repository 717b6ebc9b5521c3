/* lt-book-pdf.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Writing a life-story book snapshot as a PDF with cairo and pango.
 */
#pragma once

#include "lt-book.h"

G_BEGIN_DECLS

/* Called on the writing thread after each page, with 0–1. */
typedef void (*LtBookProgressFunc) (double   fraction,
                                    gpointer data);

typedef struct
{
  char    *path;
  gboolean passed_through; /* the JPEG file went in unchanged */
  gboolean readable;       /* FALSE: a placeholder was drawn instead */
  gsize    bytes;          /* image bytes placed in the PDF */
  double   dpi;            /* effective resolution at its printed size */
} LtBookPhotoReport;

typedef struct
{
  guint      n_pages;
  gsize      file_size;
  GPtrArray *photos; /* LtBookPhotoReport *, in the order placed */
} LtBookPdfReport;

void     lt_book_pdf_report_free (LtBookPdfReport *report);
gboolean lt_book_write_pdf (const LtBook      *book,
                            const char        *path,
                            LtBookProgressFunc progress,
                            gpointer           progress_data,
                            GCancellable      *cancellable,
                            LtBookPdfReport  **report,
                            GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtBookPdfReport, lt_book_pdf_report_free)

G_END_DECLS
