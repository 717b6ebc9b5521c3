/* lt-school-period.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtSchoolPeriod: a stretch of day care, school or education.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-school-period.h"
#include "lt-date.h"
#include "lt-child.h"
#include "lt-record-private.h"

struct _LtSchoolPeriod
{
  LtRecord parent_instance;

  gint64       child_id;
  char        *institution;
  LtSchoolKind kind;
  char        *class_name;
  char        *start_date;
  char        *end_date;
  char        *notes;
};

G_DEFINE_FINAL_TYPE (LtSchoolPeriod, lt_school_period, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtSchoolKind, lt_school_kind,
  G_DEFINE_ENUM_VALUE (LT_SCHOOL_KIND_NURSERY, "nursery"),
  G_DEFINE_ENUM_VALUE (LT_SCHOOL_KIND_KINDERGARTEN, "kindergarten"),
  G_DEFINE_ENUM_VALUE (LT_SCHOOL_KIND_SCHOOL, "school"),
  G_DEFINE_ENUM_VALUE (LT_SCHOOL_KIND_SPECIAL_SCHOOL, "special-school"),
  G_DEFINE_ENUM_VALUE (LT_SCHOOL_KIND_BOARDING_SCHOOL, "boarding-school"),
  G_DEFINE_ENUM_VALUE (LT_SCHOOL_KIND_YOUTH_EDUCATION, "youth-education"),
  G_DEFINE_ENUM_VALUE (LT_SCHOOL_KIND_OTHER, "other"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_INSTITUTION,
  PROP_KIND,
  PROP_CLASS_NAME,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const school_period_columns[] = { "child_id", "institution", "kind", "class_name", "start_date", "end_date", "notes", NULL };

const char *
lt_school_kind_to_label (LtSchoolKind value)
{
  static const char *const labels[] = {
    [LT_SCHOOL_KIND_NURSERY] = N_ ("Nursery"),
    [LT_SCHOOL_KIND_KINDERGARTEN] = N_ ("Kindergarten"),
    [LT_SCHOOL_KIND_SCHOOL] = N_ ("School"),
    [LT_SCHOOL_KIND_SPECIAL_SCHOOL] = N_ ("Special school or class"),
    [LT_SCHOOL_KIND_BOARDING_SCHOOL] = N_ ("Continuation school (efterskole)"),
    [LT_SCHOOL_KIND_YOUTH_EDUCATION] = N_ ("Youth education"),
    [LT_SCHOOL_KIND_OTHER] = N_ ("Other"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* History reads from the earliest: by start date, unknown starts first. */
static int
lt_school_period_compare (LtRecord *a,
                          LtRecord *b)
{
  return lt_date_compare_iso (LT_SCHOOL_PERIOD (a)->start_date,
                              LT_SCHOOL_PERIOD (b)->start_date);
}

static gboolean
lt_school_period_validate (LtRecord *record,
                           GError  **error)
{
  LtSchoolPeriod *self = LT_SCHOOL_PERIOD (record);

  if (!lt_record_require_text (self->institution, _ ("Give the name of the day care, school or education."), error))
    return FALSE;
  return lt_date_check_period (self->start_date, self->end_date, error);
}

static void
lt_school_period_finalize (GObject *object)
{
  LtSchoolPeriod *self = LT_SCHOOL_PERIOD (object);

  g_free (self->institution);
  g_free (self->class_name);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->notes);

  G_OBJECT_CLASS (lt_school_period_parent_class)->finalize (object);
}

static void
lt_school_period_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LtSchoolPeriod *self = LT_SCHOOL_PERIOD (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_INSTITUTION:
      g_value_set_string (value, self->institution);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_CLASS_NAME:
      g_value_set_string (value, self->class_name);
      break;
    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;
    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_school_period_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LtSchoolPeriod *self = LT_SCHOOL_PERIOD (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_school_period_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_INSTITUTION:
      lt_school_period_set_institution (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      lt_school_period_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_CLASS_NAME:
      lt_school_period_set_class_name (self, g_value_get_string (value));
      break;
    case PROP_START_DATE:
      lt_school_period_set_start_date (self, g_value_get_string (value));
      break;
    case PROP_END_DATE:
      lt_school_period_set_end_date (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      lt_school_period_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_school_period_class_init (LtSchoolPeriodClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_school_period_finalize;
  object_class->get_property = lt_school_period_get_property;
  object_class->set_property = lt_school_period_set_property;

  record_class->table = "school_period";
  record_class->columns = school_period_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_school_period_compare;
  record_class->validate = lt_school_period_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INSTITUTION] =
      g_param_spec_string ("institution", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
      g_param_spec_enum ("kind", NULL, NULL, LT_TYPE_SCHOOL_KIND, LT_SCHOOL_KIND_NURSERY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLASS_NAME] =
      g_param_spec_string ("class-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START_DATE] =
      g_param_spec_string ("start-date", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_DATE] =
      g_param_spec_string ("end-date", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
      g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_school_period_init (LtSchoolPeriod *self)
{
}

LtSchoolPeriod *
lt_school_period_new (void)
{
  return g_object_new (LT_TYPE_SCHOOL_PERIOD, NULL);
}

gint64
lt_school_period_get_child_id (LtSchoolPeriod *self)
{
  g_return_val_if_fail (LT_IS_SCHOOL_PERIOD (self), 0);

  return self->child_id;
}

void
lt_school_period_set_child_id (LtSchoolPeriod *self,
                               gint64          child_id)
{
  g_return_if_fail (LT_IS_SCHOOL_PERIOD (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

const char *
lt_school_period_get_institution (LtSchoolPeriod *self)
{
  g_return_val_if_fail (LT_IS_SCHOOL_PERIOD (self), NULL);

  return self->institution;
}

void
lt_school_period_set_institution (LtSchoolPeriod *self,
                                  const char     *institution)
{
  g_return_if_fail (LT_IS_SCHOOL_PERIOD (self));

  lt_record_set_string (LT_RECORD (self), &self->institution, institution, properties[PROP_INSTITUTION]);
}

LtSchoolKind
lt_school_period_get_kind (LtSchoolPeriod *self)
{
  g_return_val_if_fail (LT_IS_SCHOOL_PERIOD (self), 0);

  return self->kind;
}

void
lt_school_period_set_kind (LtSchoolPeriod *self,
                           LtSchoolKind    kind)
{
  g_return_if_fail (LT_IS_SCHOOL_PERIOD (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
lt_school_period_get_class_name (LtSchoolPeriod *self)
{
  g_return_val_if_fail (LT_IS_SCHOOL_PERIOD (self), NULL);

  return self->class_name;
}

void
lt_school_period_set_class_name (LtSchoolPeriod *self,
                                 const char     *class_name)
{
  g_return_if_fail (LT_IS_SCHOOL_PERIOD (self));

  lt_record_set_string (LT_RECORD (self), &self->class_name, class_name, properties[PROP_CLASS_NAME]);
}

const char *
lt_school_period_get_start_date (LtSchoolPeriod *self)
{
  g_return_val_if_fail (LT_IS_SCHOOL_PERIOD (self), NULL);

  return self->start_date;
}

void
lt_school_period_set_start_date (LtSchoolPeriod *self,
                                 const char     *start_date)
{
  g_return_if_fail (LT_IS_SCHOOL_PERIOD (self));

  lt_record_set_string (LT_RECORD (self), &self->start_date, start_date, properties[PROP_START_DATE]);
}

const char *
lt_school_period_get_end_date (LtSchoolPeriod *self)
{
  g_return_val_if_fail (LT_IS_SCHOOL_PERIOD (self), NULL);

  return self->end_date;
}

void
lt_school_period_set_end_date (LtSchoolPeriod *self,
                               const char     *end_date)
{
  g_return_if_fail (LT_IS_SCHOOL_PERIOD (self));

  lt_record_set_string (LT_RECORD (self), &self->end_date, end_date, properties[PROP_END_DATE]);
}

const char *
lt_school_period_get_notes (LtSchoolPeriod *self)
{
  g_return_val_if_fail (LT_IS_SCHOOL_PERIOD (self), NULL);

  return self->notes;
}

void
lt_school_period_set_notes (LtSchoolPeriod *self,
                            const char     *notes)
{
  g_return_if_fail (LT_IS_SCHOOL_PERIOD (self));

  lt_record_set_string (LT_RECORD (self), &self->notes, notes, properties[PROP_NOTES]);
}
