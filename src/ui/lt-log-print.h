/* lt-log-print.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The daily log for a meeting: who it is for and which days, then where
 * to save it.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

void     lt_log_print_run (GtkWidget *widget,
                           LtStore   *store,
                           LtChild   *child);
gboolean lt_log_print_to_file (LtStore    *store,
                               LtChild    *child,
                               const char *from,
                               const char *to,
                               LtAudience  audience,
                               const char *path,
                               GError    **error);

G_END_DECLS
