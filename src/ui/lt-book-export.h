/* lt-book-export.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Exporting a child's life-story book as PDF: the snapshot of the store,
 * the worker thread, the dialogs and the command line.
 */
#pragma once

#include <adwaita.h>

#include "lt-book-pdf.h"
#include "lt-book.h"
#include "lt-store.h"

G_BEGIN_DECLS

const char *lt_book_kept_note_default (void);
char       *lt_book_dup_kept_note (LtStore *store,
                                   LtChild *child);
LtBook     *lt_book_snapshot_new (LtStore    *store,
                                  LtChild    *child,
                                  LtAudience  audience,
                                  LtBookPaper paper);
void        lt_book_snapshot_add_drawings (LtBook  *book,
                                           LtStore *store,
                                           LtChild *child,
                                           gboolean child_friendly);
gboolean    lt_book_export_to_file (LtStore          *store,
                                    LtChild          *child,
                                    const char       *path,
                                    LtAudience        audience,
                                    gboolean          include_drawings,
                                    gboolean          child_friendly,
                                    LtBookPaper       paper,
                                    LtBookPdfReport **report,
                                    GError          **error);
void        lt_book_export_run (GtkWindow *parent,
                                LtStore   *store,
                                LtChild   *child,
                                gboolean   include_drawings);

void lt_book_print_run (GtkWindow *parent,
                        LtStore   *store,
                        LtChild   *child,
                        gboolean   include_drawings);

G_END_DECLS
