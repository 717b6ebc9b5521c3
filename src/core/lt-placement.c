/* lt-placement.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPlacement: where a child lived and when: one stretch of the child's history.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-placement.h"
#include "lt-date.h"
#include "lt-child.h"
#include "lt-record-private.h"

struct _LtPlacement
{
  LtRecord parent_instance;

  gint64          child_id;
  char           *place;
  LtPlacementKind kind;
  char           *start_date;
  char           *end_date;
  char           *move_reason;
  char           *notes;
};

G_DEFINE_FINAL_TYPE (LtPlacement, lt_placement, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtPlacementKind, lt_placement_kind,
  G_DEFINE_ENUM_VALUE (LT_PLACEMENT_KIND_BIRTH_FAMILY, "birth-family"),
  G_DEFINE_ENUM_VALUE (LT_PLACEMENT_KIND_KINSHIP_CARE, "kinship-care"),
  G_DEFINE_ENUM_VALUE (LT_PLACEMENT_KIND_FOSTER_FAMILY, "foster-family"),
  G_DEFINE_ENUM_VALUE (LT_PLACEMENT_KIND_RESIDENTIAL_HOME, "residential-home"),
  G_DEFINE_ENUM_VALUE (LT_PLACEMENT_KIND_EMERGENCY, "emergency"),
  G_DEFINE_ENUM_VALUE (LT_PLACEMENT_KIND_OWN_HOME, "own-home"),
  G_DEFINE_ENUM_VALUE (LT_PLACEMENT_KIND_OTHER, "other"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_PLACE,
  PROP_KIND,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_MOVE_REASON,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const placement_columns[] = { "child_id", "place", "kind", "start_date", "end_date", "move_reason", "notes", NULL };

const char *
lt_placement_kind_to_label (LtPlacementKind value)
{
  static const char *const labels[] = {
    [LT_PLACEMENT_KIND_BIRTH_FAMILY] = N_ ("With birth family"),
    [LT_PLACEMENT_KIND_KINSHIP_CARE] = N_ ("Kinship care (family or network)"),
    [LT_PLACEMENT_KIND_FOSTER_FAMILY] = N_ ("Foster family"),
    [LT_PLACEMENT_KIND_RESIDENTIAL_HOME] = N_ ("Residential children's home"),
    [LT_PLACEMENT_KIND_EMERGENCY] = N_ ("Emergency placement"),
    [LT_PLACEMENT_KIND_OWN_HOME] = N_ ("Own flat or housing"),
    [LT_PLACEMENT_KIND_OTHER] = N_ ("Other"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* History reads from the earliest: by start date, unknown starts first. */
static int
lt_placement_compare (LtRecord *a,
                      LtRecord *b)
{
  return lt_date_compare_iso (LT_PLACEMENT (a)->start_date,
                              LT_PLACEMENT (b)->start_date);
}

static gboolean
lt_placement_validate (LtRecord *record,
                       GError  **error)
{
  LtPlacement *self = LT_PLACEMENT (record);

  if (!lt_record_require_text (self->place, _ ("Say where the child lived."), error))
    return FALSE;
  return lt_date_check_period (self->start_date, self->end_date, error);
}

static void
lt_placement_finalize (GObject *object)
{
  LtPlacement *self = LT_PLACEMENT (object);

  g_free (self->place);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->move_reason);
  g_free (self->notes);

  G_OBJECT_CLASS (lt_placement_parent_class)->finalize (object);
}

static void
lt_placement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LtPlacement *self = LT_PLACEMENT (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;
    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;
    case PROP_MOVE_REASON:
      g_value_set_string (value, self->move_reason);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_placement_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LtPlacement *self = LT_PLACEMENT (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_placement_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_PLACE:
      lt_placement_set_place (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      lt_placement_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_START_DATE:
      lt_placement_set_start_date (self, g_value_get_string (value));
      break;
    case PROP_END_DATE:
      lt_placement_set_end_date (self, g_value_get_string (value));
      break;
    case PROP_MOVE_REASON:
      lt_placement_set_move_reason (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      lt_placement_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_placement_class_init (LtPlacementClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_placement_finalize;
  object_class->get_property = lt_placement_get_property;
  object_class->set_property = lt_placement_set_property;

  record_class->table = "placement";
  record_class->columns = placement_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_placement_compare;
  record_class->validate = lt_placement_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE] =
      g_param_spec_string ("place", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
      g_param_spec_enum ("kind", NULL, NULL, LT_TYPE_PLACEMENT_KIND, LT_PLACEMENT_KIND_BIRTH_FAMILY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START_DATE] =
      g_param_spec_string ("start-date", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_DATE] =
      g_param_spec_string ("end-date", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MOVE_REASON] =
      g_param_spec_string ("move-reason", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
      g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_placement_init (LtPlacement *self)
{
}

LtPlacement *
lt_placement_new (void)
{
  return g_object_new (LT_TYPE_PLACEMENT, NULL);
}

gint64
lt_placement_get_child_id (LtPlacement *self)
{
  g_return_val_if_fail (LT_IS_PLACEMENT (self), 0);

  return self->child_id;
}

void
lt_placement_set_child_id (LtPlacement *self,
                           gint64       child_id)
{
  g_return_if_fail (LT_IS_PLACEMENT (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

const char *
lt_placement_get_place (LtPlacement *self)
{
  g_return_val_if_fail (LT_IS_PLACEMENT (self), NULL);

  return self->place;
}

void
lt_placement_set_place (LtPlacement *self,
                        const char  *place)
{
  g_return_if_fail (LT_IS_PLACEMENT (self));

  lt_record_set_string (LT_RECORD (self), &self->place, place, properties[PROP_PLACE]);
}

LtPlacementKind
lt_placement_get_kind (LtPlacement *self)
{
  g_return_val_if_fail (LT_IS_PLACEMENT (self), 0);

  return self->kind;
}

void
lt_placement_set_kind (LtPlacement    *self,
                       LtPlacementKind kind)
{
  g_return_if_fail (LT_IS_PLACEMENT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
lt_placement_get_start_date (LtPlacement *self)
{
  g_return_val_if_fail (LT_IS_PLACEMENT (self), NULL);

  return self->start_date;
}

void
lt_placement_set_start_date (LtPlacement *self,
                             const char  *start_date)
{
  g_return_if_fail (LT_IS_PLACEMENT (self));

  lt_record_set_string (LT_RECORD (self), &self->start_date, start_date, properties[PROP_START_DATE]);
}

const char *
lt_placement_get_end_date (LtPlacement *self)
{
  g_return_val_if_fail (LT_IS_PLACEMENT (self), NULL);

  return self->end_date;
}

void
lt_placement_set_end_date (LtPlacement *self,
                           const char  *end_date)
{
  g_return_if_fail (LT_IS_PLACEMENT (self));

  lt_record_set_string (LT_RECORD (self), &self->end_date, end_date, properties[PROP_END_DATE]);
}

const char *
lt_placement_get_move_reason (LtPlacement *self)
{
  g_return_val_if_fail (LT_IS_PLACEMENT (self), NULL);

  return self->move_reason;
}

void
lt_placement_set_move_reason (LtPlacement *self,
                              const char  *move_reason)
{
  g_return_if_fail (LT_IS_PLACEMENT (self));

  lt_record_set_string (LT_RECORD (self), &self->move_reason, move_reason, properties[PROP_MOVE_REASON]);
}

const char *
lt_placement_get_notes (LtPlacement *self)
{
  g_return_val_if_fail (LT_IS_PLACEMENT (self), NULL);

  return self->notes;
}

void
lt_placement_set_notes (LtPlacement *self,
                        const char  *notes)
{
  g_return_if_fail (LT_IS_PLACEMENT (self));

  lt_record_set_string (LT_RECORD (self), &self->notes, notes, properties[PROP_NOTES]);
}
