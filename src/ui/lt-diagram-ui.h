/* lt-diagram-ui.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the diagram views share: colours from the widget's style, and
 * asking where to export a drawing (PNG, SVG or PDF).
 */
#pragma once

#include <adwaita.h>

#include "lt-diagram.h"

G_BEGIN_DECLS

/* Writes the drawing to @path; returns FALSE with @error when it cannot. */
typedef gboolean (*LtDiagramWriteFunc) (const char *path,
                                        gpointer    data,
                                        GError    **error);

void lt_diagram_palette_from_widget (GtkWidget        *widget,
                                     LtDiagramPalette *palette);
void lt_diagram_popup_menu (GtkWidget  *widget,
                            GtkWidget **menu,
                            GMenuModel *model,
                            double      x,
                            double      y);
void lt_diagram_chooser_export (GtkWidget         *from,
                                const char        *suggested_name,
                                LtDiagramWriteFunc write,
                                gpointer           data,
                                GDestroyNotify     destroy);

G_END_DECLS
