/* lt-gentle-move.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A gentle move (skånsomt skift): the tasks a new move starts with, the
 * child's planned move, and carrying the move out in the child's history.
 */
#pragma once

#include "lt-move-task.h"
#include "lt-move.h"
#include "lt-store.h"

G_BEGIN_DECLS

LtMove  *lt_gentle_move_find_planned (LtStore *store,
                                      LtChild *child);
GPtrArray *lt_gentle_move_new_tasks (LtMove *move);
gboolean lt_gentle_move_add_tasks (LtStore *store,
                                   LtMove  *move,
                                   guint   *n_added,
                                   GError **error);
gboolean lt_gentle_move_start (LtStore *store,
                               LtMove  *move,
                               GError **error);
gboolean lt_gentle_move_complete (LtStore *store,
                                  LtMove  *move,
                                  GError **error);

G_END_DECLS
