/* lt-move-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtMoveWindow: plan a child's gentle move, tick off its tasks, make the
 * handover package and carry the move out.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_MOVE_WINDOW (lt_move_window_get_type ())
G_DECLARE_FINAL_TYPE (LtMoveWindow, lt_move_window, LT, MOVE_WINDOW, AdwWindow)

LtMoveWindow *lt_move_window_new (GtkWindow *parent,
                                  LtStore   *store,
                                  LtChild   *child);
LtMove       *lt_move_window_get_move (LtMoveWindow *self);

G_END_DECLS
