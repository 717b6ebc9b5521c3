/* lt-relation.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtRelation: a tie between two people in a child's family and network.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-child.h"
#include "lt-relation.h"
#include "lt-record-private.h"

struct _LtRelation
{
  LtRecord parent_instance;

  gint64         child_id;
  gint64         from_person_id;
  gint64         to_person_id;
  LtRelationKind kind;
  LtEmotion      emotion;
  char          *notes;
};

G_DEFINE_FINAL_TYPE (LtRelation, lt_relation, LT_TYPE_RECORD)

G_DEFINE_ENUM_TYPE (LtRelationKind, lt_relation_kind, G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_PARENT, "parent"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_ADOPTIVE_PARENT, "adoptive-parent"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_FOSTER_PARENT, "foster-parent"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_STEP_PARENT, "step-parent"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_MARRIED, "married"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_COHABITING, "cohabiting"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_SEPARATED, "separated"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_DIVORCED, "divorced"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_SIBLING, "sibling"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_HALF_SIBLING, "half-sibling"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_STEP_SIBLING, "step-sibling"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_TWIN, "twin"), G_DEFINE_ENUM_VALUE (LT_RELATION_KIND_BOND, "bond"))

G_DEFINE_ENUM_TYPE (LtEmotion, lt_emotion, G_DEFINE_ENUM_VALUE (LT_EMOTION_NONE, "none"), G_DEFINE_ENUM_VALUE (LT_EMOTION_CLOSE, "close"), G_DEFINE_ENUM_VALUE (LT_EMOTION_DISTANT, "distant"), G_DEFINE_ENUM_VALUE (LT_EMOTION_CONFLICT, "conflict"), G_DEFINE_ENUM_VALUE (LT_EMOTION_CUT_OFF, "cut-off"))

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_FROM_PERSON_ID,
  PROP_TO_PERSON_ID,
  PROP_KIND,
  PROP_EMOTION,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const relation_columns[] = { "child_id", "from_person_id", "to_person_id", "kind", "emotion", "notes", NULL };

const char *
lt_relation_kind_to_label (LtRelationKind value)
{
  static const char *const labels[] = {
    [LT_RELATION_KIND_PARENT] = N_ ("Parent of"),
    [LT_RELATION_KIND_ADOPTIVE_PARENT] = N_ ("Adoptive parent of"),
    [LT_RELATION_KIND_FOSTER_PARENT] = N_ ("Foster parent of"),
    [LT_RELATION_KIND_STEP_PARENT] = N_ ("Step-parent of"),
    [LT_RELATION_KIND_MARRIED] = N_ ("Married to"),
    [LT_RELATION_KIND_COHABITING] = N_ ("Living together with"),
    [LT_RELATION_KIND_SEPARATED] = N_ ("Separated from"),
    [LT_RELATION_KIND_DIVORCED] = N_ ("Divorced from"),
    [LT_RELATION_KIND_SIBLING] = N_ ("Sibling of"),
    [LT_RELATION_KIND_HALF_SIBLING] = N_ ("Half-sibling of"),
    [LT_RELATION_KIND_STEP_SIBLING] = N_ ("Step-sibling of"),
    [LT_RELATION_KIND_TWIN] = N_ ("Twin of"),
    [LT_RELATION_KIND_BOND] = N_ ("Only a feeling line to"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

const char *
lt_emotion_to_label (LtEmotion value)
{
  static const char *const labels[] = {
    [LT_EMOTION_NONE] = N_ ("Not marked"),
    [LT_EMOTION_CLOSE] = N_ ("Close"),
    [LT_EMOTION_DISTANT] = N_ ("Distant"),
    [LT_EMOTION_CONFLICT] = N_ ("In conflict"),
    [LT_EMOTION_CUT_OFF] = N_ ("Cut off"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* Ties keep the order they were made in, so lists and drawings are stable. */
static int
lt_relation_compare (LtRecord *a,
                     LtRecord *b)
{
  gint64 ia = lt_record_get_id (a);
  gint64 ib = lt_record_get_id (b);

  return (ia > ib) - (ia < ib);
}

static gboolean
lt_relation_validate (LtRecord *record,
                      GError  **error)
{
  LtRelation *self = LT_RELATION (record);

  if (self->from_person_id == self->to_person_id)
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("A relation needs two different people."));
      return FALSE;
    }
  return TRUE;
}

static void
lt_relation_finalize (GObject *object)
{
  LtRelation *self = LT_RELATION (object);

  g_free (self->notes);

  G_OBJECT_CLASS (lt_relation_parent_class)->finalize (object);
}

static void
lt_relation_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LtRelation *self = LT_RELATION (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_FROM_PERSON_ID:
      g_value_set_int64 (value, self->from_person_id);
      break;
    case PROP_TO_PERSON_ID:
      g_value_set_int64 (value, self->to_person_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_EMOTION:
      g_value_set_enum (value, self->emotion);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_relation_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LtRelation *self = LT_RELATION (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_relation_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_FROM_PERSON_ID:
      lt_relation_set_from_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_TO_PERSON_ID:
      lt_relation_set_to_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      lt_relation_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_EMOTION:
      lt_relation_set_emotion (self, g_value_get_enum (value));
      break;
    case PROP_NOTES:
      lt_relation_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_relation_class_init (LtRelationClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_relation_finalize;
  object_class->get_property = lt_relation_get_property;
  object_class->set_property = lt_relation_set_property;

  record_class->table = "relation";
  record_class->columns = relation_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_relation_compare;
  record_class->validate = lt_relation_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM_PERSON_ID] =
      g_param_spec_int64 ("from-person-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO_PERSON_ID] =
      g_param_spec_int64 ("to-person-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
      g_param_spec_enum ("kind", NULL, NULL, LT_TYPE_RELATION_KIND, LT_RELATION_KIND_PARENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMOTION] =
      g_param_spec_enum ("emotion", NULL, NULL, LT_TYPE_EMOTION, LT_EMOTION_NONE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
      g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_relation_init (LtRelation *self)
{
}

LtRelation *
lt_relation_new (void)
{
  return g_object_new (LT_TYPE_RELATION, NULL);
}

gint64
lt_relation_get_child_id (LtRelation *self)
{
  g_return_val_if_fail (LT_IS_RELATION (self), 0);

  return self->child_id;
}

void
lt_relation_set_child_id (LtRelation *self,
                          gint64      child_id)
{
  g_return_if_fail (LT_IS_RELATION (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

gint64
lt_relation_get_from_person_id (LtRelation *self)
{
  g_return_val_if_fail (LT_IS_RELATION (self), 0);

  return self->from_person_id;
}

void
lt_relation_set_from_person_id (LtRelation *self,
                                gint64      from_person_id)
{
  g_return_if_fail (LT_IS_RELATION (self));

  lt_record_set_int64 (LT_RECORD (self), &self->from_person_id, from_person_id, properties[PROP_FROM_PERSON_ID]);
}

gint64
lt_relation_get_to_person_id (LtRelation *self)
{
  g_return_val_if_fail (LT_IS_RELATION (self), 0);

  return self->to_person_id;
}

void
lt_relation_set_to_person_id (LtRelation *self,
                              gint64      to_person_id)
{
  g_return_if_fail (LT_IS_RELATION (self));

  lt_record_set_int64 (LT_RECORD (self), &self->to_person_id, to_person_id, properties[PROP_TO_PERSON_ID]);
}

LtRelationKind
lt_relation_get_kind (LtRelation *self)
{
  g_return_val_if_fail (LT_IS_RELATION (self), 0);

  return self->kind;
}

void
lt_relation_set_kind (LtRelation    *self,
                      LtRelationKind kind)
{
  g_return_if_fail (LT_IS_RELATION (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

LtEmotion
lt_relation_get_emotion (LtRelation *self)
{
  g_return_val_if_fail (LT_IS_RELATION (self), 0);

  return self->emotion;
}

void
lt_relation_set_emotion (LtRelation *self,
                         LtEmotion   emotion)
{
  g_return_if_fail (LT_IS_RELATION (self));

  if (self->emotion == emotion)
    return;

  self->emotion = emotion;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMOTION]);
}

const char *
lt_relation_get_notes (LtRelation *self)
{
  g_return_val_if_fail (LT_IS_RELATION (self), NULL);

  return self->notes;
}

void
lt_relation_set_notes (LtRelation *self,
                       const char *notes)
{
  g_return_if_fail (LT_IS_RELATION (self));

  lt_record_set_string (LT_RECORD (self), &self->notes, notes, properties[PROP_NOTES]);
}
