/* lt-goal-reading.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGoalReading: one reading of a goal's indicator on a day.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

#define LT_TYPE_GOAL_READING (lt_goal_reading_get_type ())
G_DECLARE_FINAL_TYPE (LtGoalReading, lt_goal_reading, LT, GOAL_READING, LtRecord)

LtGoalReading *lt_goal_reading_new (void);

gint64      lt_goal_reading_get_goal_id (LtGoalReading *self);
void        lt_goal_reading_set_goal_id (LtGoalReading *self,
                                         gint64         goal_id);
const char *lt_goal_reading_get_day (LtGoalReading *self);
void        lt_goal_reading_set_day (LtGoalReading *self,
                                     const char    *day);
double      lt_goal_reading_get_value (LtGoalReading *self);
void        lt_goal_reading_set_value (LtGoalReading *self,
                                       double         value);
const char *lt_goal_reading_get_notes (LtGoalReading *self);
void        lt_goal_reading_set_notes (LtGoalReading *self,
                                       const char    *notes);

G_END_DECLS
