/* lt-household.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtHousehold: the placement site: a foster family or a residential home.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_HOUSEHOLD_KIND_FOSTER_FAMILY,
  LT_HOUSEHOLD_KIND_RESIDENTIAL_HOME,
} LtHouseholdKind;

#define LT_TYPE_HOUSEHOLD (lt_household_get_type ())
G_DECLARE_FINAL_TYPE (LtHousehold, lt_household, LT, HOUSEHOLD, LtRecord)

#define LT_TYPE_HOUSEHOLD_KIND (lt_household_kind_get_type ())
GType       lt_household_kind_get_type (void);
const char *lt_household_kind_to_label (LtHouseholdKind value);

LtHousehold *lt_household_new (void);

const char     *lt_household_get_name (LtHousehold *self);
void            lt_household_set_name (LtHousehold *self,
                                       const char  *name);
LtHouseholdKind lt_household_get_kind (LtHousehold *self);
void            lt_household_set_kind (LtHousehold    *self,
                                       LtHouseholdKind kind);

G_END_DECLS
