/* lt-child.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChild: a child placed in the household.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "lt-child.h"
#include "lt-date.h"
#include "lt-household.h"
#include "lt-record-private.h"

struct _LtChild
{
  LtRecord parent_instance;

  gint64    household_id;
  char     *name;
  char     *preferred_name;
  char     *birth_date;
  LtPronoun pronoun;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (LtChild, lt_child, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtPronoun, lt_pronoun,
  G_DEFINE_ENUM_VALUE (LT_PRONOUN_UNSPECIFIED, "unspecified"),
  G_DEFINE_ENUM_VALUE (LT_PRONOUN_SHE, "she"),
  G_DEFINE_ENUM_VALUE (LT_PRONOUN_HE, "he"),
  G_DEFINE_ENUM_VALUE (LT_PRONOUN_THEY, "they"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_HOUSEHOLD_ID,
  PROP_NAME,
  PROP_PREFERRED_NAME,
  PROP_BIRTH_DATE,
  PROP_PRONOUN,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const child_columns[] = { "household_id", "name", "preferred_name", "birth_date", "pronoun", "notes", NULL };

const char *
lt_pronoun_to_label (LtPronoun value)
{
  static const char *const labels[] = {
    [LT_PRONOUN_UNSPECIFIED] = N_ ("Not given"),
    [LT_PRONOUN_SHE] = N_ ("She/her"),
    [LT_PRONOUN_HE] = N_ ("He/him"),
    [LT_PRONOUN_THEY] = N_ ("They/them"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* Children are listed by the name they go by. */
static int
lt_child_compare (LtRecord *a,
                  LtRecord *b)
{
  g_autofree char *key_a = g_utf8_collate_key (lt_child_get_display_name (LT_CHILD (a)), -1);
  g_autofree char *key_b = g_utf8_collate_key (lt_child_get_display_name (LT_CHILD (b)), -1);

  return strcmp (key_a, key_b);
}

static gboolean
lt_child_validate (LtRecord *record,
                   GError  **error)
{
  LtChild *self = LT_CHILD (record);

  if (!lt_record_require_text (self->name, _ ("The child needs a name."), error))
    return FALSE;
  if (!lt_date_check (self->birth_date, FALSE, error))
    {
      g_prefix_error (error, _ ("Birth date: "));
      return FALSE;
    }
  return TRUE;
}

static void
lt_child_finalize (GObject *object)
{
  LtChild *self = LT_CHILD (object);

  g_free (self->name);
  g_free (self->preferred_name);
  g_free (self->birth_date);
  g_free (self->notes);

  G_OBJECT_CLASS (lt_child_parent_class)->finalize (object);
}

static void
lt_child_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LtChild *self = LT_CHILD (object);

  switch (prop_id)
    {
    case PROP_HOUSEHOLD_ID:
      g_value_set_int64 (value, self->household_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PREFERRED_NAME:
      g_value_set_string (value, self->preferred_name);
      break;
    case PROP_BIRTH_DATE:
      g_value_set_string (value, self->birth_date);
      break;
    case PROP_PRONOUN:
      g_value_set_enum (value, self->pronoun);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_child_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  LtChild *self = LT_CHILD (object);

  switch (prop_id)
    {
    case PROP_HOUSEHOLD_ID:
      lt_child_set_household_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      lt_child_set_name (self, g_value_get_string (value));
      break;
    case PROP_PREFERRED_NAME:
      lt_child_set_preferred_name (self, g_value_get_string (value));
      break;
    case PROP_BIRTH_DATE:
      lt_child_set_birth_date (self, g_value_get_string (value));
      break;
    case PROP_PRONOUN:
      lt_child_set_pronoun (self, g_value_get_enum (value));
      break;
    case PROP_NOTES:
      lt_child_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_child_class_init (LtChildClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_child_finalize;
  object_class->get_property = lt_child_get_property;
  object_class->set_property = lt_child_set_property;

  record_class->table = "child";
  record_class->columns = child_columns;
  record_class->owner_column = "household_id";
  record_class->owner_kind = LT_TYPE_HOUSEHOLD;
  record_class->compare = lt_child_compare;
  record_class->validate = lt_child_validate;

  properties[PROP_HOUSEHOLD_ID] =
      g_param_spec_int64 ("household-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
      g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREFERRED_NAME] =
      g_param_spec_string ("preferred-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BIRTH_DATE] =
      g_param_spec_string ("birth-date", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRONOUN] =
      g_param_spec_enum ("pronoun", NULL, NULL, LT_TYPE_PRONOUN, LT_PRONOUN_UNSPECIFIED,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
      g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_child_init (LtChild *self)
{
}

/**
 * lt_child_get_display_name:
 *
 * Returns: the name the child goes by: the preferred name when given,
 * otherwise the name.
 */
const char *
lt_child_get_display_name (LtChild *self)
{
  g_return_val_if_fail (LT_IS_CHILD (self), "");

  if (self->preferred_name != NULL)
    return self->preferred_name;
  return self->name != NULL ? self->name : "";
}

LtChild *
lt_child_new (void)
{
  return g_object_new (LT_TYPE_CHILD, NULL);
}

gint64
lt_child_get_household_id (LtChild *self)
{
  g_return_val_if_fail (LT_IS_CHILD (self), 0);

  return self->household_id;
}

void
lt_child_set_household_id (LtChild *self,
                           gint64   household_id)
{
  g_return_if_fail (LT_IS_CHILD (self));

  lt_record_set_int64 (LT_RECORD (self), &self->household_id, household_id, properties[PROP_HOUSEHOLD_ID]);
}

const char *
lt_child_get_name (LtChild *self)
{
  g_return_val_if_fail (LT_IS_CHILD (self), NULL);

  return self->name;
}

void
lt_child_set_name (LtChild    *self,
                   const char *name)
{
  g_return_if_fail (LT_IS_CHILD (self));

  lt_record_set_string (LT_RECORD (self), &self->name, name, properties[PROP_NAME]);
}

const char *
lt_child_get_preferred_name (LtChild *self)
{
  g_return_val_if_fail (LT_IS_CHILD (self), NULL);

  return self->preferred_name;
}

void
lt_child_set_preferred_name (LtChild    *self,
                             const char *preferred_name)
{
  g_return_if_fail (LT_IS_CHILD (self));

  lt_record_set_string (LT_RECORD (self), &self->preferred_name, preferred_name, properties[PROP_PREFERRED_NAME]);
}

const char *
lt_child_get_birth_date (LtChild *self)
{
  g_return_val_if_fail (LT_IS_CHILD (self), NULL);

  return self->birth_date;
}

void
lt_child_set_birth_date (LtChild    *self,
                         const char *birth_date)
{
  g_return_if_fail (LT_IS_CHILD (self));

  lt_record_set_string (LT_RECORD (self), &self->birth_date, birth_date, properties[PROP_BIRTH_DATE]);
}

LtPronoun
lt_child_get_pronoun (LtChild *self)
{
  g_return_val_if_fail (LT_IS_CHILD (self), 0);

  return self->pronoun;
}

void
lt_child_set_pronoun (LtChild  *self,
                      LtPronoun pronoun)
{
  g_return_if_fail (LT_IS_CHILD (self));

  if (self->pronoun == pronoun)
    return;

  self->pronoun = pronoun;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRONOUN]);
}

const char *
lt_child_get_notes (LtChild *self)
{
  g_return_val_if_fail (LT_IS_CHILD (self), NULL);

  return self->notes;
}

void
lt_child_set_notes (LtChild    *self,
                    const char *notes)
{
  g_return_if_fail (LT_IS_CHILD (self));

  lt_record_set_string (LT_RECORD (self), &self->notes, notes, properties[PROP_NOTES]);
}
