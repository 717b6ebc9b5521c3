/* lt-absence.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtAbsence: a day, or part of one, the child was not in school or day care.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-absence.h"
#include "lt-child.h"
#include "lt-date.h"
#include "lt-record-private.h"

struct _LtAbsence
{
  LtRecord parent_instance;

  gint64          child_id;
  char           *day;
  LtAbsenceExtent extent;
  LtAbsenceReason reason;
  char           *notes;
};

G_DEFINE_FINAL_TYPE (LtAbsence, lt_absence, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtAbsenceExtent, lt_absence_extent,
  G_DEFINE_ENUM_VALUE (LT_ABSENCE_EXTENT_WHOLE, "whole"),
  G_DEFINE_ENUM_VALUE (LT_ABSENCE_EXTENT_PART, "part"))
/* clang-format on */

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtAbsenceReason, lt_absence_reason,
  G_DEFINE_ENUM_VALUE (LT_ABSENCE_REASON_ILLNESS, "illness"),
  G_DEFINE_ENUM_VALUE (LT_ABSENCE_REASON_SCHOOL_REFUSAL, "school-refusal"),
  G_DEFINE_ENUM_VALUE (LT_ABSENCE_REASON_OTHER, "other"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_DAY,
  PROP_EXTENT,
  PROP_REASON,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const absence_columns[] = { "child_id", "day", "extent", "reason", "notes", NULL };

const char *
lt_absence_extent_to_label (LtAbsenceExtent value)
{
  static const char *const labels[] = {
    [LT_ABSENCE_EXTENT_WHOLE] = N_ ("Whole day"),
    [LT_ABSENCE_EXTENT_PART] = N_ ("Part of the day"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

const char *
lt_absence_reason_to_label (LtAbsenceReason value)
{
  static const char *const labels[] = {
    [LT_ABSENCE_REASON_ILLNESS] = N_ ("Illness"),
    [LT_ABSENCE_REASON_SCHOOL_REFUSAL] = N_ ("Did not manage to go"),
    [LT_ABSENCE_REASON_OTHER] = N_ ("Other reason"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* A log: the newest day first. */
static int
lt_absence_compare (LtRecord *a,
                    LtRecord *b)
{
  int    order = g_strcmp0 (LT_ABSENCE (b)->day, LT_ABSENCE (a)->day);
  gint64 ia = lt_record_get_id (a);
  gint64 ib = lt_record_get_id (b);

  return order != 0 ? order : (ib > ia) - (ib < ia);
}

static gboolean
lt_absence_validate (LtRecord *record,
                     GError  **error)
{
  return lt_date_check_day (LT_ABSENCE (record)->day, _ ("Give the day of the absence."), error);
}

static void
lt_absence_finalize (GObject *object)
{
  LtAbsence *self = LT_ABSENCE (object);

  g_free (self->day);
  g_free (self->notes);

  G_OBJECT_CLASS (lt_absence_parent_class)->finalize (object);
}

static void
lt_absence_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LtAbsence *self = LT_ABSENCE (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    case PROP_EXTENT:
      g_value_set_enum (value, self->extent);
      break;
    case PROP_REASON:
      g_value_set_enum (value, self->reason);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_absence_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LtAbsence *self = LT_ABSENCE (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_absence_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_DAY:
      lt_absence_set_day (self, g_value_get_string (value));
      break;
    case PROP_EXTENT:
      lt_absence_set_extent (self, g_value_get_enum (value));
      break;
    case PROP_REASON:
      lt_absence_set_reason (self, g_value_get_enum (value));
      break;
    case PROP_NOTES:
      lt_absence_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_absence_class_init (LtAbsenceClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_absence_finalize;
  object_class->get_property = lt_absence_get_property;
  object_class->set_property = lt_absence_set_property;

  record_class->table = "absence";
  record_class->columns = absence_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_absence_compare;
  record_class->validate = lt_absence_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] =
      g_param_spec_string ("day", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXTENT] =
      g_param_spec_enum ("extent", NULL, NULL, LT_TYPE_ABSENCE_EXTENT, LT_ABSENCE_EXTENT_WHOLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REASON] =
      g_param_spec_enum ("reason", NULL, NULL, LT_TYPE_ABSENCE_REASON, LT_ABSENCE_REASON_ILLNESS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
      g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_absence_init (LtAbsence *self)
{
}

LtAbsence *
lt_absence_new (void)
{
  return g_object_new (LT_TYPE_ABSENCE, NULL);
}

gint64
lt_absence_get_child_id (LtAbsence *self)
{
  g_return_val_if_fail (LT_IS_ABSENCE (self), 0);

  return self->child_id;
}

void
lt_absence_set_child_id (LtAbsence *self,
                         gint64     child_id)
{
  g_return_if_fail (LT_IS_ABSENCE (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

const char *
lt_absence_get_day (LtAbsence *self)
{
  g_return_val_if_fail (LT_IS_ABSENCE (self), NULL);

  return self->day;
}

void
lt_absence_set_day (LtAbsence  *self,
                    const char *day)
{
  g_return_if_fail (LT_IS_ABSENCE (self));

  lt_record_set_string (LT_RECORD (self), &self->day, day, properties[PROP_DAY]);
}

LtAbsenceExtent
lt_absence_get_extent (LtAbsence *self)
{
  g_return_val_if_fail (LT_IS_ABSENCE (self), 0);

  return self->extent;
}

void
lt_absence_set_extent (LtAbsence      *self,
                       LtAbsenceExtent extent)
{
  g_return_if_fail (LT_IS_ABSENCE (self));

  if (self->extent == extent)
    return;

  self->extent = extent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTENT]);
}

LtAbsenceReason
lt_absence_get_reason (LtAbsence *self)
{
  g_return_val_if_fail (LT_IS_ABSENCE (self), 0);

  return self->reason;
}

void
lt_absence_set_reason (LtAbsence      *self,
                       LtAbsenceReason reason)
{
  g_return_if_fail (LT_IS_ABSENCE (self));

  if (self->reason == reason)
    return;

  self->reason = reason;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
lt_absence_get_notes (LtAbsence *self)
{
  g_return_val_if_fail (LT_IS_ABSENCE (self), NULL);

  return self->notes;
}

void
lt_absence_set_notes (LtAbsence  *self,
                      const char *notes)
{
  g_return_if_fail (LT_IS_ABSENCE (self));

  lt_record_set_string (LT_RECORD (self), &self->notes, notes, properties[PROP_NOTES]);
}
