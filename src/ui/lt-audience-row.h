/* lt-audience-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A row that chooses who may see a page or a photo: one check per
 * audience, folded under a title that says the choice in words.
 */
#pragma once

#include <adwaita.h>

#include "lt-audience.h"

G_BEGIN_DECLS

GtkWidget *lt_audience_row_new (const char *title,
                                gint64      mask,
                                GCallback   changed,
                                gpointer    data);
gint64     lt_audience_row_read (GtkWidget *row);

G_END_DECLS
