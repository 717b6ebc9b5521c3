/* lt-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtWindow: the main window: the household's children beside the chosen
 * child's page.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_WINDOW (lt_window_get_type ())
G_DECLARE_FINAL_TYPE (LtWindow, lt_window, LT, WINDOW, AdwApplicationWindow)

LtWindow *lt_window_new (GtkApplication *application,
                         LtStore        *store,
                         gboolean        is_demo);
LtStore  *lt_window_get_store (LtWindow *self);
LtChild  *lt_window_get_child (LtWindow *self);
void      lt_window_show_child (LtWindow *self,
                                LtChild  *child);
void      lt_window_show_view (LtWindow   *self,
                               const char *name);
void      lt_window_add_toast (LtWindow *self,
                               AdwToast *toast);

void      lt_window_toast_from (GtkWidget *widget,
                                AdwToast  *toast);
AdwToast *lt_window_remove_for_undo (LtStore    *store,
                                     LtRecord   *record,
                                     const char *message,
                                     GError    **error);
gboolean  lt_window_remove_with_undo (GtkWidget  *widget,
                                      LtStore    *store,
                                      LtRecord   *record,
                                      const char *message);

G_END_DECLS
