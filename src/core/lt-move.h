/* lt-move.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtMove: a gentle move to a new home, planned or done, with the "about me"
 * page the child helps write for the adults there.
 */
#pragma once

#include "lt-placement.h"
#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_MOVE_STATUS_PLANNED,
  LT_MOVE_STATUS_DONE,
} LtMoveStatus;

/* The fields of the "about me" page, in the order the page shows them. */
typedef enum
{
  LT_MOVE_ABOUT_ROUTINES,
  LT_MOVE_ABOUT_LIKES,
  LT_MOVE_ABOUT_COMFORTS,
  LT_MOVE_ABOUT_FEARS,
  LT_MOVE_ABOUT_FOOD,
  LT_MOVE_ABOUT_BEDTIME,
  LT_N_MOVE_ABOUT,
} LtMoveAbout;

#define LT_TYPE_MOVE (lt_move_get_type ())
G_DECLARE_FINAL_TYPE (LtMove, lt_move, LT, MOVE, LtRecord)

#define LT_TYPE_MOVE_STATUS (lt_move_status_get_type ())
GType       lt_move_status_get_type (void);
const char *lt_move_status_to_label (LtMoveStatus value);

const char *lt_move_about_to_property (LtMoveAbout about);
const char *lt_move_about_to_heading (LtMoveAbout about);

LtMove *lt_move_new (void);

gint64          lt_move_get_child_id (LtMove *self);
void            lt_move_set_child_id (LtMove *self,
                                      gint64  child_id);
const char     *lt_move_get_to_place (LtMove *self);
void            lt_move_set_to_place (LtMove     *self,
                                      const char *to_place);
const char     *lt_move_get_move_on (LtMove *self);
void            lt_move_set_move_on (LtMove     *self,
                                     const char *move_on);
LtPlacementKind lt_move_get_new_kind (LtMove *self);
void            lt_move_set_new_kind (LtMove         *self,
                                      LtPlacementKind new_kind);
const char     *lt_move_get_reason (LtMove *self);
void            lt_move_set_reason (LtMove     *self,
                                    const char *reason);
LtMoveStatus    lt_move_get_status (LtMove *self);
void            lt_move_set_status (LtMove      *self,
                                    LtMoveStatus status);
const char     *lt_move_get_about (LtMove     *self,
                                   LtMoveAbout about);
void            lt_move_set_about (LtMove     *self,
                                   LtMoveAbout about,
                                   const char *text);

G_END_DECLS
