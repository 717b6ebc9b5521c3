/* lt-record-list.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtRecordList: a sorted GListModel of records of one kind and owner that
 * the store keeps current.
 */
#pragma once

#include <gio/gio.h>

#include "lt-record.h"

G_BEGIN_DECLS

#define LT_TYPE_RECORD_LIST (lt_record_list_get_type ())
G_DECLARE_FINAL_TYPE (LtRecordList, lt_record_list, LT, RECORD_LIST, GObject)

GType  lt_record_list_get_kind (LtRecordList *self);
gint64 lt_record_list_get_owner_id (LtRecordList *self);

/* For the store only: it alone changes lists, after a write has committed. */
LtRecordList *lt_record_list_new (GType      kind,
                                  gint64     owner_id,
                                  GPtrArray *records);
gboolean      lt_record_list_accepts (LtRecordList *self,
                                      LtRecord     *record);
void          lt_record_list_insert (LtRecordList *self,
                                     LtRecord     *record);
void          lt_record_list_remove (LtRecordList *self,
                                     LtRecord     *record);
void          lt_record_list_reorder (LtRecordList *self,
                                      LtRecord     *record);
void          lt_record_list_clear (LtRecordList *self);

G_END_DECLS
