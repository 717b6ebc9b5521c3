/* lt-child-copy.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The child's own copy: their book as a PDF, their photos as files (without
 * GPS locations), their own texts and their data as JSON, in a folder or a
 * ZIP file the adult chooses (format: docs/child-copy-format.md).
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

char    *lt_child_copy_name (LtChild *child);
gboolean lt_child_copy_write (LtStore    *store,
                              LtChild    *child,
                              GHashTable *left_out,
                              const char *target,
                              GError    **error);

G_END_DECLS
