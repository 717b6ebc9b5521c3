/* lt-history-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtHistoryWindow: who changed the child's pages, visits and agreements,
 * and when; for the adults.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_HISTORY_WINDOW (lt_history_window_get_type ())
G_DECLARE_FINAL_TYPE (LtHistoryWindow, lt_history_window, LT, HISTORY_WINDOW, AdwWindow)

LtHistoryWindow *lt_history_window_new (GtkWindow *parent,
                                        LtStore   *store,
                                        LtChild   *child);
guint            lt_history_window_count_shown (LtHistoryWindow *self);
void             lt_history_window_show_kind (LtHistoryWindow *self,
                                              const char      *kind);
char            *lt_history_describe (const LtChange *change);

G_END_DECLS
