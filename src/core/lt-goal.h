/* lt-goal.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGoal: a goal from the child's plan or the youth plan, with the
 * indicator that shows how it goes.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_GOAL_PLAN_CHILD,
  LT_GOAL_PLAN_YOUTH,
} LtGoalPlan;

typedef enum
{
  LT_GOAL_AREA_SCHOOL,
  LT_GOAL_AREA_EDUCATION,
  LT_GOAL_AREA_INCOME,
  LT_GOAL_AREA_HOUSING,
  LT_GOAL_AREA_WELL_BEING,
  LT_GOAL_AREA_FRIENDS,
  LT_GOAL_AREA_OTHER,
} LtGoalArea;

#define LT_TYPE_GOAL (lt_goal_get_type ())
G_DECLARE_FINAL_TYPE (LtGoal, lt_goal, LT, GOAL, LtRecord)

#define LT_TYPE_GOAL_PLAN (lt_goal_plan_get_type ())
GType       lt_goal_plan_get_type (void);
const char *lt_goal_plan_to_label (LtGoalPlan value);

#define LT_TYPE_GOAL_AREA (lt_goal_area_get_type ())
GType       lt_goal_area_get_type (void);
const char *lt_goal_area_to_label (LtGoalArea value);

LtGoal *lt_goal_new (void);

gint64      lt_goal_get_child_id (LtGoal *self);
void        lt_goal_set_child_id (LtGoal *self,
                                  gint64  child_id);
LtGoalPlan  lt_goal_get_plan (LtGoal *self);
void        lt_goal_set_plan (LtGoal    *self,
                              LtGoalPlan plan);
LtGoalArea  lt_goal_get_area (LtGoal *self);
void        lt_goal_set_area (LtGoal    *self,
                              LtGoalArea area);
const char *lt_goal_get_title (LtGoal *self);
void        lt_goal_set_title (LtGoal     *self,
                               const char *title);
const char *lt_goal_get_indicator (LtGoal *self);
void        lt_goal_set_indicator (LtGoal     *self,
                                   const char *indicator);
const char *lt_goal_get_unit (LtGoal *self);
void        lt_goal_set_unit (LtGoal     *self,
                              const char *unit);
gboolean    lt_goal_get_has_target (LtGoal *self);
void        lt_goal_set_has_target (LtGoal  *self,
                                    gboolean has_target);
double      lt_goal_get_target (LtGoal *self);
void        lt_goal_set_target (LtGoal *self,
                                double  target);
gboolean    lt_goal_get_lower_is_better (LtGoal *self);
void        lt_goal_set_lower_is_better (LtGoal  *self,
                                         gboolean lower_is_better);
const char *lt_goal_get_notes (LtGoal *self);
void        lt_goal_set_notes (LtGoal     *self,
                               const char *notes);

G_END_DECLS
