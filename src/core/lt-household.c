/* lt-household.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtHousehold: the placement site: a foster family or a residential home.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-household.h"
#include "lt-record-private.h"

struct _LtHousehold
{
  LtRecord parent_instance;

  char           *name;
  LtHouseholdKind kind;
};

G_DEFINE_FINAL_TYPE (LtHousehold, lt_household, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtHouseholdKind, lt_household_kind,
  G_DEFINE_ENUM_VALUE (LT_HOUSEHOLD_KIND_FOSTER_FAMILY, "foster-family"),
  G_DEFINE_ENUM_VALUE (LT_HOUSEHOLD_KIND_RESIDENTIAL_HOME, "residential-home"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const household_columns[] = { "name", "kind", NULL };

const char *
lt_household_kind_to_label (LtHouseholdKind value)
{
  static const char *const labels[] = {
    [LT_HOUSEHOLD_KIND_FOSTER_FAMILY] = N_ ("Foster family"),
    [LT_HOUSEHOLD_KIND_RESIDENTIAL_HOME] = N_ ("Residential children's home"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

static void
lt_household_finalize (GObject *object)
{
  LtHousehold *self = LT_HOUSEHOLD (object);

  g_free (self->name);

  G_OBJECT_CLASS (lt_household_parent_class)->finalize (object);
}

static void
lt_household_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LtHousehold *self = LT_HOUSEHOLD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_household_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LtHousehold *self = LT_HOUSEHOLD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      lt_household_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      lt_household_set_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_household_class_init (LtHouseholdClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_household_finalize;
  object_class->get_property = lt_household_get_property;
  object_class->set_property = lt_household_set_property;

  record_class->table = "household";
  record_class->columns = household_columns;

  properties[PROP_NAME] =
      g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
      g_param_spec_enum ("kind", NULL, NULL, LT_TYPE_HOUSEHOLD_KIND, LT_HOUSEHOLD_KIND_FOSTER_FAMILY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_household_init (LtHousehold *self)
{
}

LtHousehold *
lt_household_new (void)
{
  return g_object_new (LT_TYPE_HOUSEHOLD, NULL);
}

const char *
lt_household_get_name (LtHousehold *self)
{
  g_return_val_if_fail (LT_IS_HOUSEHOLD (self), NULL);

  return self->name;
}

void
lt_household_set_name (LtHousehold *self,
                       const char  *name)
{
  g_return_if_fail (LT_IS_HOUSEHOLD (self));

  lt_record_set_string (LT_RECORD (self), &self->name, name, properties[PROP_NAME]);
}

LtHouseholdKind
lt_household_get_kind (LtHousehold *self)
{
  g_return_val_if_fail (LT_IS_HOUSEHOLD (self), 0);

  return self->kind;
}

void
lt_household_set_kind (LtHousehold    *self,
                       LtHouseholdKind kind)
{
  g_return_if_fail (LT_IS_HOUSEHOLD (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}
