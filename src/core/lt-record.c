/* lt-record.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtRecord: identity (id, timestamps) and the column-driven copy and compare
 * that every record kind shares.
 */
#include "config.h"

#include <string.h>

#include "lt-record.h"
#include "lt-record-private.h"

typedef struct
{
  gint64 id;
  char  *created_at;
  char  *updated_at;
} LtRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (LtRecord, lt_record, G_TYPE_OBJECT)

/* The quark's name must keep its dashes. */
/* clang-format off */
G_DEFINE_QUARK (lt-record-error-quark, lt_record_error)
/* clang-format on */

enum
{
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
default_compare (LtRecord *a,
                 LtRecord *b)
{
  gint64 id_a = lt_record_get_id (a);
  gint64 id_b = lt_record_get_id (b);

  return (id_a > id_b) - (id_a < id_b);
}

static gboolean
default_validate (LtRecord *self,
                  GError  **error)
{
  return TRUE;
}

static void
lt_record_finalize (GObject *object)
{
  LtRecord        *self = LT_RECORD (object);
  LtRecordPrivate *priv = lt_record_get_instance_private (self);

  g_free (priv->created_at);
  g_free (priv->updated_at);

  G_OBJECT_CLASS (lt_record_parent_class)->finalize (object);
}

static void
lt_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LtRecord        *self = LT_RECORD (object);
  LtRecordPrivate *priv = lt_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, priv->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, priv->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_record_class_init (LtRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_record_finalize;
  object_class->get_property = lt_record_get_property;

  klass->compare = default_compare;
  klass->validate = default_validate;

  properties[PROP_ID] =
      g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
      g_param_spec_string ("created-at", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] =
      g_param_spec_string ("updated-at", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_record_init (LtRecord *self)
{
}

/**
 * lt_column_to_property:
 * @column: a column name such as "birth_date"
 *
 * Returns: (transfer full): the property name, "birth-date".
 */
char *
lt_column_to_property (const char *column)
{
  char *name = g_strdup (column);

  g_strdelimit (name, "_", '-');
  return name;
}

gint64
lt_record_get_id (LtRecord *self)
{
  LtRecordPrivate *priv = lt_record_get_instance_private (self);

  g_return_val_if_fail (LT_IS_RECORD (self), 0);

  return priv->id;
}

/* Returns: (nullable): when the row was first written, UTC ISO 8601. */
const char *
lt_record_get_created_at (LtRecord *self)
{
  LtRecordPrivate *priv = lt_record_get_instance_private (self);

  g_return_val_if_fail (LT_IS_RECORD (self), NULL);

  return priv->created_at;
}

/* Returns: (nullable): when the row was last written, UTC ISO 8601. */
const char *
lt_record_get_updated_at (LtRecord *self)
{
  LtRecordPrivate *priv = lt_record_get_instance_private (self);

  g_return_val_if_fail (LT_IS_RECORD (self), NULL);

  return priv->updated_at;
}

/* Returns: the id of the owning record (a child's household, a placement's
 * child), or 0 for a kind that has no owner. */
gint64
lt_record_get_owner_id (LtRecord *self)
{
  LtRecordClass   *klass;
  g_autofree char *property = NULL;
  gint64           owner_id = 0;

  g_return_val_if_fail (LT_IS_RECORD (self), 0);

  klass = LT_RECORD_GET_CLASS (self);
  if (klass->owner_column == NULL)
    return 0;

  property = lt_column_to_property (klass->owner_column);
  g_object_get (self, property, &owner_id, NULL);
  return owner_id;
}

void
lt_record_set_owner_id (LtRecord *self,
                        gint64    owner_id)
{
  LtRecordClass   *klass;
  g_autofree char *property = NULL;

  g_return_if_fail (LT_IS_RECORD (self));

  klass = LT_RECORD_GET_CLASS (self);
  g_return_if_fail (klass->owner_column != NULL);

  property = lt_column_to_property (klass->owner_column);
  g_object_set (self, property, owner_id, NULL);
}

/**
 * lt_record_validate:
 *
 * Checks the values a person entered, before anything is written.
 *
 * Returns: %TRUE when the record may be saved; otherwise %FALSE with
 * @error (%LT_RECORD_ERROR_INVALID) saying what to fix.
 */
gboolean
lt_record_validate (LtRecord *self,
                    GError  **error)
{
  g_return_val_if_fail (LT_IS_RECORD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return LT_RECORD_GET_CLASS (self)->validate (self, error);
}

/* Orders two records of the same kind as their lists show them. */
int
lt_record_compare (LtRecord *a,
                   LtRecord *b)
{
  int result;

  g_return_val_if_fail (LT_IS_RECORD (a), 0);
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), 0);

  result = LT_RECORD_GET_CLASS (a)->compare (a, b);
  return result != 0 ? result : default_compare (a, b);
}

/**
 * lt_record_copy:
 *
 * A draft to edit: same kind, id and values, but a separate object, so the
 * views keep showing the saved values until the store has written the draft.
 *
 * Returns: (transfer full): the copy.
 */
LtRecord *
lt_record_copy (LtRecord *self)
{
  LtRecordPrivate *priv = lt_record_get_instance_private (self);
  LtRecord        *copy;

  g_return_val_if_fail (LT_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  lt_record_set_identity (copy, priv->id, priv->created_at, priv->updated_at);
  lt_record_assign (copy, self);
  return copy;
}

/**
 * lt_record_assign:
 * @self: the record to change
 * @source: a record of the same kind
 *
 * Copies every column value of @source onto @self.  Each property that
 * changes is notified once; values that are equal are not notified.
 */
void
lt_record_assign (LtRecord *self,
                  LtRecord *source)
{
  const char *const *column;

  g_return_if_fail (LT_IS_RECORD (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  g_object_freeze_notify (G_OBJECT (self));
  for (column = LT_RECORD_GET_CLASS (self)->columns; *column != NULL; column++)
    {
      g_autofree char *property = lt_column_to_property (*column);
      g_auto (GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (source), property, &value);
      g_object_set_property (G_OBJECT (self), property, &value);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Returns: %TRUE when every column value of @a equals that of @b. */
gboolean
lt_record_equal_values (LtRecord *a,
                        LtRecord *b)
{
  const char *const *column;

  g_return_val_if_fail (LT_IS_RECORD (a), FALSE);
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), FALSE);

  for (column = LT_RECORD_GET_CLASS (a)->columns; *column != NULL; column++)
    {
      g_autofree char *property = lt_column_to_property (*column);
      GParamSpec      *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (a), property);
      g_auto (GValue) value_a = G_VALUE_INIT;
      g_auto (GValue) value_b = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (a), property, &value_a);
      g_object_get_property (G_OBJECT (b), property, &value_b);
      if (g_param_values_cmp (pspec, &value_a, &value_b) != 0)
        return FALSE;
    }
  return TRUE;
}

void
lt_record_set_identity (LtRecord   *self,
                        gint64      id,
                        const char *created_at,
                        const char *updated_at)
{
  LtRecordPrivate *priv = lt_record_get_instance_private (self);

  g_return_if_fail (LT_IS_RECORD (self));

  priv->id = id;
  /* Copy before freeing: the caller may pass our own strings back. */
  if (created_at != priv->created_at)
    {
      char *old = g_steal_pointer (&priv->created_at);

      priv->created_at = g_strdup (created_at);
      g_free (old);
    }
  if (g_strcmp0 (priv->updated_at, updated_at) != 0)
    {
      char *old = g_steal_pointer (&priv->updated_at);

      priv->updated_at = g_strdup (updated_at);
      g_free (old);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
    }
}

/* Shared by the record kinds' setters: replaces *field when @value differs
 * and notifies @pspec exactly then.  Empty strings are kept as NULL so that
 * "not given" has one spelling. */
gboolean
lt_record_set_string (LtRecord   *self,
                      char      **field,
                      const char *value,
                      GParamSpec *pspec)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  return TRUE;
}

/* Integer counterpart of lt_record_set_string(). */
gboolean
lt_record_set_int64 (LtRecord   *self,
                     gint64     *field,
                     gint64      value,
                     GParamSpec *pspec)
{
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  return TRUE;
}

/* Validation helper: "<what> is required" when @value is blank. */
gboolean
lt_record_require_text (const char *value,
                        const char *message,
                        GError    **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (value != NULL ? value : ""));

  if (*stripped != '\0')
    return TRUE;

  g_set_error_literal (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID, message);
  return FALSE;
}
