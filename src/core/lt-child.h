/* lt-child.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChild: a child placed in the household.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_PRONOUN_UNSPECIFIED,
  LT_PRONOUN_SHE,
  LT_PRONOUN_HE,
  LT_PRONOUN_THEY,
} LtPronoun;

#define LT_TYPE_CHILD (lt_child_get_type ())
G_DECLARE_FINAL_TYPE (LtChild, lt_child, LT, CHILD, LtRecord)

#define LT_TYPE_PRONOUN (lt_pronoun_get_type ())
GType       lt_pronoun_get_type (void);
const char *lt_pronoun_to_label (LtPronoun value);

LtChild    *lt_child_new (void);
const char *lt_child_get_display_name (LtChild *self);

gint64      lt_child_get_household_id (LtChild *self);
void        lt_child_set_household_id (LtChild *self,
                                       gint64   household_id);
const char *lt_child_get_name (LtChild *self);
void        lt_child_set_name (LtChild    *self,
                               const char *name);
const char *lt_child_get_preferred_name (LtChild *self);
void        lt_child_set_preferred_name (LtChild    *self,
                                         const char *preferred_name);
const char *lt_child_get_birth_date (LtChild *self);
void        lt_child_set_birth_date (LtChild    *self,
                                     const char *birth_date);
LtPronoun   lt_child_get_pronoun (LtChild *self);
void        lt_child_set_pronoun (LtChild  *self,
                                  LtPronoun pronoun);
const char *lt_child_get_notes (LtChild *self);
void        lt_child_set_notes (LtChild    *self,
                                const char *notes);

G_END_DECLS
