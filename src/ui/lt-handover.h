/* lt-handover.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The handover package of a gentle move: one PDF for the new home and the
 * child's own photos, in a folder of its own.
 */
#pragma once

#include "lt-gentle-move.h"
#include "lt-store.h"

G_BEGIN_DECLS

/* @fraction runs from 0 to 1; @step says what is being done now. */
typedef void (*LtHandoverProgressFunc) (double      fraction,
                                        const char *step,
                                        gpointer    data);

char    *lt_handover_folder_name (LtChild *child);
gboolean lt_handover_write (LtStore    *store,
                            LtChild    *child,
                            LtMove     *move,
                            const char *folder,
                            GError    **error);
gboolean lt_handover_write_full (LtStore               *store,
                                 LtChild               *child,
                                 LtMove                *move,
                                 const char            *folder,
                                 LtHandoverProgressFunc progress,
                                 gpointer               progress_data,
                                 char                 **written,
                                 GError               **error);

G_END_DECLS
