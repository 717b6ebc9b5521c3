/* lt-deletions.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Deleting a child for good: rows, photos and the child's media key, with
 * a log beside the household so that a restore from an older backup does
 * not bring the child back.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

char    *lt_deletions_file_for (const char *database_path);
gboolean lt_deletions_delete_child (LtStore *store,
                                    LtChild *child,
                                    GError **error);
gboolean lt_deletions_reapply (LtStore *store,
                               guint   *n_deleted,
                               GError **error);

G_END_DECLS
