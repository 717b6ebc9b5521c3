/* lt-goal-reading.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGoalReading: one reading of a goal's indicator on a day.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "lt-date.h"
#include "lt-goal.h"
#include "lt-goal-reading.h"
#include "lt-record-private.h"

struct _LtGoalReading
{
  LtRecord parent_instance;

  gint64 goal_id;
  char  *day;
  double value;
  char  *notes;
};

G_DEFINE_FINAL_TYPE (LtGoalReading, lt_goal_reading, LT_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_GOAL_ID,
  PROP_DAY,
  PROP_VALUE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const goal_reading_columns[] = { "goal_id", "day", "value", "notes", NULL };

/* Oldest first, as a chart reads. */
static int
lt_goal_reading_compare (LtRecord *a,
                         LtRecord *b)
{
  int    order = g_strcmp0 (LT_GOAL_READING (a)->day, LT_GOAL_READING (b)->day);
  gint64 ia = lt_record_get_id (a);
  gint64 ib = lt_record_get_id (b);

  return order != 0 ? order : (ia > ib) - (ia < ib);
}

static gboolean
lt_goal_reading_validate (LtRecord *record,
                          GError  **error)
{
  LtGoalReading *self = LT_GOAL_READING (record);

  if (!isfinite (self->value))
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID, _ ("The reading must be a number."));
      return FALSE;
    }
  return lt_date_check_day (self->day, _ ("Give the day of the reading."), error);
}

static void
lt_goal_reading_finalize (GObject *object)
{
  LtGoalReading *self = LT_GOAL_READING (object);

  g_free (self->day);
  g_free (self->notes);

  G_OBJECT_CLASS (lt_goal_reading_parent_class)->finalize (object);
}

static void
lt_goal_reading_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LtGoalReading *self = LT_GOAL_READING (object);

  switch (prop_id)
    {
    case PROP_GOAL_ID:
      g_value_set_int64 (value, self->goal_id);
      break;
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_goal_reading_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LtGoalReading *self = LT_GOAL_READING (object);

  switch (prop_id)
    {
    case PROP_GOAL_ID:
      lt_goal_reading_set_goal_id (self, g_value_get_int64 (value));
      break;
    case PROP_DAY:
      lt_goal_reading_set_day (self, g_value_get_string (value));
      break;
    case PROP_VALUE:
      lt_goal_reading_set_value (self, g_value_get_double (value));
      break;
    case PROP_NOTES:
      lt_goal_reading_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_goal_reading_class_init (LtGoalReadingClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_goal_reading_finalize;
  object_class->get_property = lt_goal_reading_get_property;
  object_class->set_property = lt_goal_reading_set_property;

  record_class->table = "goal_reading";
  record_class->columns = goal_reading_columns;
  record_class->owner_column = "goal_id";
  record_class->owner_kind = LT_TYPE_GOAL;
  record_class->compare = lt_goal_reading_compare;
  record_class->validate = lt_goal_reading_validate;

  properties[PROP_GOAL_ID] =
      g_param_spec_int64 ("goal-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] =
      g_param_spec_string ("day", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
      g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
      g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_goal_reading_init (LtGoalReading *self)
{
}

LtGoalReading *
lt_goal_reading_new (void)
{
  return g_object_new (LT_TYPE_GOAL_READING, NULL);
}

gint64
lt_goal_reading_get_goal_id (LtGoalReading *self)
{
  g_return_val_if_fail (LT_IS_GOAL_READING (self), 0);

  return self->goal_id;
}

void
lt_goal_reading_set_goal_id (LtGoalReading *self,
                             gint64         goal_id)
{
  g_return_if_fail (LT_IS_GOAL_READING (self));

  lt_record_set_int64 (LT_RECORD (self), &self->goal_id, goal_id, properties[PROP_GOAL_ID]);
}

const char *
lt_goal_reading_get_day (LtGoalReading *self)
{
  g_return_val_if_fail (LT_IS_GOAL_READING (self), NULL);

  return self->day;
}

void
lt_goal_reading_set_day (LtGoalReading *self,
                         const char    *day)
{
  g_return_if_fail (LT_IS_GOAL_READING (self));

  lt_record_set_string (LT_RECORD (self), &self->day, day, properties[PROP_DAY]);
}

double
lt_goal_reading_get_value (LtGoalReading *self)
{
  g_return_val_if_fail (LT_IS_GOAL_READING (self), 0);

  return self->value;
}

void
lt_goal_reading_set_value (LtGoalReading *self,
                           double         value)
{
  g_return_if_fail (LT_IS_GOAL_READING (self));

  if (self->value == value)
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
lt_goal_reading_get_notes (LtGoalReading *self)
{
  g_return_val_if_fail (LT_IS_GOAL_READING (self), NULL);

  return self->notes;
}

void
lt_goal_reading_set_notes (LtGoalReading *self,
                           const char    *notes)
{
  g_return_if_fail (LT_IS_GOAL_READING (self));

  lt_record_set_string (LT_RECORD (self), &self->notes, notes, properties[PROP_NOTES]);
}
