/* lt-record-sql.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * How a record kind maps onto SQL; for the store only.
 */
#pragma once

#include <sqlite3.h>

#include "lt-record.h"

G_BEGIN_DECLS

const char *lt_record_sql_select (GType    kind,
                                  gboolean by_owner);
const char *lt_record_sql_insert (GType kind);
const char *lt_record_sql_update (GType kind);
const char *lt_record_sql_delete (GType kind);
void        lt_record_sql_bind_columns (sqlite3_stmt *stmt,
                                        int           first,
                                        LtRecord     *record);
void        lt_record_sql_read_columns (sqlite3_stmt *stmt,
                                        int           first,
                                        LtRecord     *record);

G_END_DECLS
