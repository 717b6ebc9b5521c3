/* lt-placement.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPlacement: where a child lived and when: one stretch of the child's history.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_PLACEMENT_KIND_BIRTH_FAMILY,
  LT_PLACEMENT_KIND_KINSHIP_CARE,
  LT_PLACEMENT_KIND_FOSTER_FAMILY,
  LT_PLACEMENT_KIND_RESIDENTIAL_HOME,
  LT_PLACEMENT_KIND_EMERGENCY,
  LT_PLACEMENT_KIND_OWN_HOME,
  LT_PLACEMENT_KIND_OTHER,
} LtPlacementKind;

#define LT_TYPE_PLACEMENT (lt_placement_get_type ())
G_DECLARE_FINAL_TYPE (LtPlacement, lt_placement, LT, PLACEMENT, LtRecord)

#define LT_TYPE_PLACEMENT_KIND (lt_placement_kind_get_type ())
GType       lt_placement_kind_get_type (void);
const char *lt_placement_kind_to_label (LtPlacementKind value);

LtPlacement *lt_placement_new (void);

gint64          lt_placement_get_child_id (LtPlacement *self);
void            lt_placement_set_child_id (LtPlacement *self,
                                           gint64       child_id);
const char     *lt_placement_get_place (LtPlacement *self);
void            lt_placement_set_place (LtPlacement *self,
                                        const char  *place);
LtPlacementKind lt_placement_get_kind (LtPlacement *self);
void            lt_placement_set_kind (LtPlacement    *self,
                                       LtPlacementKind kind);
const char     *lt_placement_get_start_date (LtPlacement *self);
void            lt_placement_set_start_date (LtPlacement *self,
                                             const char  *start_date);
const char     *lt_placement_get_end_date (LtPlacement *self);
void            lt_placement_set_end_date (LtPlacement *self,
                                           const char  *end_date);
const char     *lt_placement_get_move_reason (LtPlacement *self);
void            lt_placement_set_move_reason (LtPlacement *self,
                                              const char  *move_reason);
const char     *lt_placement_get_notes (LtPlacement *self);
void            lt_placement_set_notes (LtPlacement *self,
                                        const char  *notes);

G_END_DECLS
