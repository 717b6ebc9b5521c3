/* lt-book-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtBookPage: a child's life-story book: chapters and their pages.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_BOOK_PAGE (lt_book_page_get_type ())
G_DECLARE_FINAL_TYPE (LtBookPage, lt_book_page, LT, BOOK_PAGE, GtkWidget)

void     lt_book_page_set_store (LtBookPage *self,
                                 LtStore    *store);
void     lt_book_page_set_child (LtBookPage *self,
                                 LtChild    *child);
LtChild *lt_book_page_get_child (LtBookPage *self);

G_END_DECLS
