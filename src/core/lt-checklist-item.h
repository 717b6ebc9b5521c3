/* lt-checklist-item.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChecklistItem: one thing on a child's school checklist: packed, done or talked
 * through on given weekdays, or a step when starting at a new school.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_CHECKLIST_LIST_DAILY,
  LT_CHECKLIST_LIST_START,
} LtChecklistList;

/* Weekdays as bits, Monday the lowest: 1 << (g_date_get_weekday () - 1). */
#define LT_WEEKDAYS_SCHOOL 0x1f /* Monday to Friday */
#define LT_WEEKDAYS_ALL 0x7f

#define LT_TYPE_CHECKLIST_ITEM (lt_checklist_item_get_type ())
G_DECLARE_FINAL_TYPE (LtChecklistItem, lt_checklist_item, LT, CHECKLIST_ITEM, LtRecord)

#define LT_TYPE_CHECKLIST_LIST (lt_checklist_list_get_type ())
GType       lt_checklist_list_get_type (void);
const char *lt_checklist_list_to_label (LtChecklistList value);

LtChecklistItem *lt_checklist_item_new (void);

gint64          lt_checklist_item_get_child_id (LtChecklistItem *self);
void            lt_checklist_item_set_child_id (LtChecklistItem *self,
                                                gint64           child_id);
LtChecklistList lt_checklist_item_get_list (LtChecklistItem *self);
void            lt_checklist_item_set_list (LtChecklistItem *self,
                                            LtChecklistList  list);
const char     *lt_checklist_item_get_title (LtChecklistItem *self);
void            lt_checklist_item_set_title (LtChecklistItem *self,
                                             const char      *title);
gint64          lt_checklist_item_get_weekdays (LtChecklistItem *self);
void            lt_checklist_item_set_weekdays (LtChecklistItem *self,
                                                gint64           weekdays);
gint64          lt_checklist_item_get_position (LtChecklistItem *self);
void            lt_checklist_item_set_position (LtChecklistItem *self,
                                                gint64           position);
const char     *lt_checklist_item_get_done_on (LtChecklistItem *self);
void            lt_checklist_item_set_done_on (LtChecklistItem *self,
                                               const char      *done_on);
const char     *lt_checklist_item_get_notes (LtChecklistItem *self);
void            lt_checklist_item_set_notes (LtChecklistItem *self,
                                             const char      *notes);

gboolean lt_checklist_item_is_due (LtChecklistItem *self,
                                   const GDate     *day);

G_END_DECLS
