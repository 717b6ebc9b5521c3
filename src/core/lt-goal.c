/* lt-goal.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGoal: a goal from the child's plan or the youth plan, with the
 * indicator that shows how it goes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-child.h"
#include "lt-goal.h"
#include "lt-record-private.h"

struct _LtGoal
{
  LtRecord parent_instance;

  gint64     child_id;
  LtGoalPlan plan;
  LtGoalArea area;
  char      *title;
  char      *indicator;
  char      *unit;
  gboolean   has_target;
  double     target;
  gboolean   lower_is_better;
  char      *notes;
};

G_DEFINE_FINAL_TYPE (LtGoal, lt_goal, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtGoalPlan, lt_goal_plan,
  G_DEFINE_ENUM_VALUE (LT_GOAL_PLAN_CHILD, "child-plan"),
  G_DEFINE_ENUM_VALUE (LT_GOAL_PLAN_YOUTH, "youth-plan"))
/* clang-format on */

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtGoalArea, lt_goal_area,
  G_DEFINE_ENUM_VALUE (LT_GOAL_AREA_SCHOOL, "school"),
  G_DEFINE_ENUM_VALUE (LT_GOAL_AREA_EDUCATION, "education"),
  G_DEFINE_ENUM_VALUE (LT_GOAL_AREA_INCOME, "income"),
  G_DEFINE_ENUM_VALUE (LT_GOAL_AREA_HOUSING, "housing"),
  G_DEFINE_ENUM_VALUE (LT_GOAL_AREA_WELL_BEING, "well-being"),
  G_DEFINE_ENUM_VALUE (LT_GOAL_AREA_FRIENDS, "friends"),
  G_DEFINE_ENUM_VALUE (LT_GOAL_AREA_OTHER, "other"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_PLAN,
  PROP_AREA,
  PROP_TITLE,
  PROP_INDICATOR,
  PROP_UNIT,
  PROP_HAS_TARGET,
  PROP_TARGET,
  PROP_LOWER_IS_BETTER,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const goal_columns[] = { "child_id", "plan", "area", "title", "indicator", "unit", "has_target", "target", "lower_is_better", "notes", NULL };

const char *
lt_goal_plan_to_label (LtGoalPlan value)
{
  static const char *const labels[] = {
    [LT_GOAL_PLAN_CHILD] = N_ ("The child’s plan"),
    [LT_GOAL_PLAN_YOUTH] = N_ ("The youth plan (from 16)"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

const char *
lt_goal_area_to_label (LtGoalArea value)
{
  static const char *const labels[] = {
    [LT_GOAL_AREA_SCHOOL] = N_ ("School and day care"),
    [LT_GOAL_AREA_EDUCATION] = N_ ("Education and work"),
    [LT_GOAL_AREA_INCOME] = N_ ("Income"),
    [LT_GOAL_AREA_HOUSING] = N_ ("Housing"),
    [LT_GOAL_AREA_WELL_BEING] = N_ ("Health and well-being"),
    [LT_GOAL_AREA_FRIENDS] = N_ ("Friends and leisure"),
    [LT_GOAL_AREA_OTHER] = N_ ("Other"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* In the order they were set. */
static int
lt_goal_compare (LtRecord *a,
                 LtRecord *b)
{
  gint64 ia = lt_record_get_id (a);
  gint64 ib = lt_record_get_id (b);

  return (ia > ib) - (ia < ib);
}

static gboolean
lt_goal_validate (LtRecord *record,
                  GError  **error)
{
  LtGoal *self = LT_GOAL (record);

  if (!lt_record_require_text (self->title, _ ("Write the goal, as the plan says it."), error))
    return FALSE;
  return lt_record_require_text (self->indicator, _ ("Say how you will see progress, for example "
                                                     "“days in school per week”."),
                                 error);
}

static void
lt_goal_finalize (GObject *object)
{
  LtGoal *self = LT_GOAL (object);

  g_free (self->title);
  g_free (self->indicator);
  g_free (self->unit);
  g_free (self->notes);

  G_OBJECT_CLASS (lt_goal_parent_class)->finalize (object);
}

static void
lt_goal_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  LtGoal *self = LT_GOAL (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_PLAN:
      g_value_set_enum (value, self->plan);
      break;
    case PROP_AREA:
      g_value_set_enum (value, self->area);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_INDICATOR:
      g_value_set_string (value, self->indicator);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_HAS_TARGET:
      g_value_set_boolean (value, self->has_target);
      break;
    case PROP_TARGET:
      g_value_set_double (value, self->target);
      break;
    case PROP_LOWER_IS_BETTER:
      g_value_set_boolean (value, self->lower_is_better);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_goal_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  LtGoal *self = LT_GOAL (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_goal_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_PLAN:
      lt_goal_set_plan (self, g_value_get_enum (value));
      break;
    case PROP_AREA:
      lt_goal_set_area (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      lt_goal_set_title (self, g_value_get_string (value));
      break;
    case PROP_INDICATOR:
      lt_goal_set_indicator (self, g_value_get_string (value));
      break;
    case PROP_UNIT:
      lt_goal_set_unit (self, g_value_get_string (value));
      break;
    case PROP_HAS_TARGET:
      lt_goal_set_has_target (self, g_value_get_boolean (value));
      break;
    case PROP_TARGET:
      lt_goal_set_target (self, g_value_get_double (value));
      break;
    case PROP_LOWER_IS_BETTER:
      lt_goal_set_lower_is_better (self, g_value_get_boolean (value));
      break;
    case PROP_NOTES:
      lt_goal_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_goal_class_init (LtGoalClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_goal_finalize;
  object_class->get_property = lt_goal_get_property;
  object_class->set_property = lt_goal_set_property;

  record_class->table = "goal";
  record_class->columns = goal_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_goal_compare;
  record_class->validate = lt_goal_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
      g_param_spec_enum ("plan", NULL, NULL, LT_TYPE_GOAL_PLAN, LT_GOAL_PLAN_CHILD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA] =
      g_param_spec_enum ("area", NULL, NULL, LT_TYPE_GOAL_AREA, LT_GOAL_AREA_SCHOOL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDICATOR] =
      g_param_spec_string ("indicator", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
      g_param_spec_string ("unit", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_TARGET] =
      g_param_spec_boolean ("has-target", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
      g_param_spec_double ("target", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOWER_IS_BETTER] =
      g_param_spec_boolean ("lower-is-better", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
      g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_goal_init (LtGoal *self)
{
}

LtGoal *
lt_goal_new (void)
{
  return g_object_new (LT_TYPE_GOAL, NULL);
}

gint64
lt_goal_get_child_id (LtGoal *self)
{
  g_return_val_if_fail (LT_IS_GOAL (self), 0);

  return self->child_id;
}

void
lt_goal_set_child_id (LtGoal *self,
                      gint64  child_id)
{
  g_return_if_fail (LT_IS_GOAL (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

LtGoalPlan
lt_goal_get_plan (LtGoal *self)
{
  g_return_val_if_fail (LT_IS_GOAL (self), 0);

  return self->plan;
}

void
lt_goal_set_plan (LtGoal    *self,
                  LtGoalPlan plan)
{
  g_return_if_fail (LT_IS_GOAL (self));

  if (self->plan == plan)
    return;

  self->plan = plan;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

LtGoalArea
lt_goal_get_area (LtGoal *self)
{
  g_return_val_if_fail (LT_IS_GOAL (self), 0);

  return self->area;
}

void
lt_goal_set_area (LtGoal    *self,
                  LtGoalArea area)
{
  g_return_if_fail (LT_IS_GOAL (self));

  if (self->area == area)
    return;

  self->area = area;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}

const char *
lt_goal_get_title (LtGoal *self)
{
  g_return_val_if_fail (LT_IS_GOAL (self), NULL);

  return self->title;
}

void
lt_goal_set_title (LtGoal     *self,
                   const char *title)
{
  g_return_if_fail (LT_IS_GOAL (self));

  lt_record_set_string (LT_RECORD (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
lt_goal_get_indicator (LtGoal *self)
{
  g_return_val_if_fail (LT_IS_GOAL (self), NULL);

  return self->indicator;
}

void
lt_goal_set_indicator (LtGoal     *self,
                       const char *indicator)
{
  g_return_if_fail (LT_IS_GOAL (self));

  lt_record_set_string (LT_RECORD (self), &self->indicator, indicator, properties[PROP_INDICATOR]);
}

const char *
lt_goal_get_unit (LtGoal *self)
{
  g_return_val_if_fail (LT_IS_GOAL (self), NULL);

  return self->unit;
}

void
lt_goal_set_unit (LtGoal     *self,
                  const char *unit)
{
  g_return_if_fail (LT_IS_GOAL (self));

  lt_record_set_string (LT_RECORD (self), &self->unit, unit, properties[PROP_UNIT]);
}

gboolean
lt_goal_get_has_target (LtGoal *self)
{
  g_return_val_if_fail (LT_IS_GOAL (self), FALSE);

  return self->has_target;
}

void
lt_goal_set_has_target (LtGoal  *self,
                        gboolean has_target)
{
  g_return_if_fail (LT_IS_GOAL (self));

  has_target = !!has_target;
  if (self->has_target == has_target)
    return;

  self->has_target = has_target;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TARGET]);
}

double
lt_goal_get_target (LtGoal *self)
{
  g_return_val_if_fail (LT_IS_GOAL (self), 0);

  return self->target;
}

void
lt_goal_set_target (LtGoal *self,
                    double  target)
{
  g_return_if_fail (LT_IS_GOAL (self));

  if (self->target == target)
    return;

  self->target = target;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

gboolean
lt_goal_get_lower_is_better (LtGoal *self)
{
  g_return_val_if_fail (LT_IS_GOAL (self), FALSE);

  return self->lower_is_better;
}

void
lt_goal_set_lower_is_better (LtGoal  *self,
                             gboolean lower_is_better)
{
  g_return_if_fail (LT_IS_GOAL (self));

  lower_is_better = !!lower_is_better;
  if (self->lower_is_better == lower_is_better)
    return;

  self->lower_is_better = lower_is_better;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOWER_IS_BETTER]);
}

const char *
lt_goal_get_notes (LtGoal *self)
{
  g_return_val_if_fail (LT_IS_GOAL (self), NULL);

  return self->notes;
}

void
lt_goal_set_notes (LtGoal     *self,
                   const char *notes)
{
  g_return_if_fail (LT_IS_GOAL (self));

  lt_record_set_string (LT_RECORD (self), &self->notes, notes, properties[PROP_NOTES]);
}
