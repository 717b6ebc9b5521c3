/* lt-relation.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtRelation: a tie between two people in a child's family and network.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_RELATION_KIND_PARENT,
  LT_RELATION_KIND_ADOPTIVE_PARENT,
  LT_RELATION_KIND_FOSTER_PARENT,
  LT_RELATION_KIND_STEP_PARENT,
  LT_RELATION_KIND_MARRIED,
  LT_RELATION_KIND_COHABITING,
  LT_RELATION_KIND_SEPARATED,
  LT_RELATION_KIND_DIVORCED,
  LT_RELATION_KIND_SIBLING,
  LT_RELATION_KIND_HALF_SIBLING,
  LT_RELATION_KIND_STEP_SIBLING,
  LT_RELATION_KIND_TWIN,
  LT_RELATION_KIND_BOND,
} LtRelationKind;

typedef enum
{
  LT_EMOTION_NONE,
  LT_EMOTION_CLOSE,
  LT_EMOTION_DISTANT,
  LT_EMOTION_CONFLICT,
  LT_EMOTION_CUT_OFF,
} LtEmotion;

#define LT_TYPE_RELATION (lt_relation_get_type ())
G_DECLARE_FINAL_TYPE (LtRelation, lt_relation, LT, RELATION, LtRecord)

#define LT_TYPE_RELATION_KIND (lt_relation_kind_get_type ())
GType       lt_relation_kind_get_type (void);
const char *lt_relation_kind_to_label (LtRelationKind value);

#define LT_TYPE_EMOTION (lt_emotion_get_type ())
GType       lt_emotion_get_type (void);
const char *lt_emotion_to_label (LtEmotion value);

LtRelation *lt_relation_new (void);

gint64         lt_relation_get_child_id (LtRelation *self);
void           lt_relation_set_child_id (LtRelation *self,
                                         gint64      child_id);
gint64         lt_relation_get_from_person_id (LtRelation *self);
void           lt_relation_set_from_person_id (LtRelation *self,
                                               gint64      from_person_id);
gint64         lt_relation_get_to_person_id (LtRelation *self);
void           lt_relation_set_to_person_id (LtRelation *self,
                                             gint64      to_person_id);
LtRelationKind lt_relation_get_kind (LtRelation *self);
void           lt_relation_set_kind (LtRelation    *self,
                                     LtRelationKind kind);
LtEmotion      lt_relation_get_emotion (LtRelation *self);
void           lt_relation_set_emotion (LtRelation *self,
                                        LtEmotion   emotion);
const char    *lt_relation_get_notes (LtRelation *self);
void           lt_relation_set_notes (LtRelation *self,
                                      const char *notes);

G_END_DECLS
