/* lt-move-task.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtMoveTask: one thing the adults do before a move, under one of the five
 * areas of a gentle move.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_MOVE_AREA_CHILD,
  LT_MOVE_AREA_PARENTS,
  LT_MOVE_AREA_NETWORK,
  LT_MOVE_AREA_MAP,
  LT_MOVE_AREA_KNOWLEDGE,
  LT_N_MOVE_AREAS,
} LtMoveArea;

#define LT_TYPE_MOVE_TASK (lt_move_task_get_type ())
G_DECLARE_FINAL_TYPE (LtMoveTask, lt_move_task, LT, MOVE_TASK, LtRecord)

#define LT_TYPE_MOVE_AREA (lt_move_area_get_type ())
GType       lt_move_area_get_type (void);
const char *lt_move_area_to_label (LtMoveArea value);

LtMoveTask *lt_move_task_new (void);

gint64      lt_move_task_get_move_id (LtMoveTask *self);
void        lt_move_task_set_move_id (LtMoveTask *self,
                                      gint64      move_id);
LtMoveArea  lt_move_task_get_area (LtMoveTask *self);
void        lt_move_task_set_area (LtMoveTask *self,
                                   LtMoveArea  area);
const char *lt_move_task_get_title (LtMoveTask *self);
void        lt_move_task_set_title (LtMoveTask *self,
                                    const char *title);
const char *lt_move_task_get_who (LtMoveTask *self);
void        lt_move_task_set_who (LtMoveTask *self,
                                  const char *who);
const char *lt_move_task_get_due_on (LtMoveTask *self);
void        lt_move_task_set_due_on (LtMoveTask *self,
                                     const char *due_on);
const char *lt_move_task_get_done_on (LtMoveTask *self);
void        lt_move_task_set_done_on (LtMoveTask *self,
                                      const char *done_on);
gint64      lt_move_task_get_position (LtMoveTask *self);
void        lt_move_task_set_position (LtMoveTask *self,
                                       gint64      position);

G_END_DECLS
