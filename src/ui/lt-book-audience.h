/* lt-book-audience.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Asking who a book is for before it is saved or printed.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

typedef void (*LtBookAudienceFunc) (gboolean   chosen,
                                    LtAudience audience,
                                    gpointer   data);

void lt_book_audience_ask (GtkWindow         *parent,
                           LtStore           *store,
                           LtChild           *child,
                           LtBookAudienceFunc callback,
                           gpointer           data);

G_END_DECLS
