/* lt-checklist-tick.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChecklistTick: a checklist item ticked off on a day.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

#define LT_TYPE_CHECKLIST_TICK (lt_checklist_tick_get_type ())
G_DECLARE_FINAL_TYPE (LtChecklistTick, lt_checklist_tick, LT, CHECKLIST_TICK, LtRecord)

LtChecklistTick *lt_checklist_tick_new (void);

gint64      lt_checklist_tick_get_item_id (LtChecklistTick *self);
void        lt_checklist_tick_set_item_id (LtChecklistTick *self,
                                           gint64           item_id);
const char *lt_checklist_tick_get_day (LtChecklistTick *self);
void        lt_checklist_tick_set_day (LtChecklistTick *self,
                                       const char      *day);

G_END_DECLS
