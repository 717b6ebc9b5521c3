/* lt-demo.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The demo household: fictional children to look around with.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

char    *lt_demo_default_path (void);
gboolean lt_demo_populate (LtStore *store,
                           GError **error);
LtStore *lt_demo_open_fresh (const char *path,
                             GError    **error);

G_END_DECLS
