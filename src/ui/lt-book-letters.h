/* lt-book-letters.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Letters for later in the book page.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

char      *lt_book_letters_default_day (LtChild *child);
GtkWidget *lt_book_letters_ready_group (LtStore    *store,
                                        GListModel *chapters);

G_END_DECLS
