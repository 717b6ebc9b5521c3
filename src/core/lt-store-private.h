/* lt-store-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the store's own files share: cached statements, error mapping and
 * announcing changes after commit.  Nothing outside src/core includes it.
 */
#pragma once

#include <sqlite3.h>

#include "lt-store.h"

G_BEGIN_DECLS

sqlite3      *lt_store_get_db (LtStore *self);
sqlite3_stmt *lt_store_prepare (LtStore    *self,
                                const char *sql,
                                GError    **error);
gboolean      lt_store_step_write (LtStore      *self,
                                   sqlite3_stmt *stmt,
                                   const char   *doing,
                                   GError      **error);
gboolean      lt_store_set_sqlite_error (LtStore    *self,
                                         int         rc,
                                         const char *doing,
                                         GError    **error);
LtRecord     *lt_store_record_from_row (LtStore      *self,
                                        GType         kind,
                                        sqlite3_stmt *stmt);
void          lt_store_queue_touch (LtStore  *self,
                                    LtRecord *record);

GPtrArray  *lt_store_dup_linked (LtStore    *self,
                                 GType       kind,
                                 const char *sql,
                                 gint64      owner_id,
                                 GError    **error);
gboolean    lt_store_set_linked (LtStore    *self,
                                 LtRecord   *owner,
                                 const char *delete_sql,
                                 const char *insert_sql,
                                 gboolean    ordered,
                                 GPtrArray  *records,
                                 GError    **error);
const char *lt_store_linked_select (GType       kind,
                                    const char *link);

G_END_DECLS
