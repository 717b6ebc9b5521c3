/* fuzz-store.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The household the fuzz targets import into: made once per process, and
 * put back as it was after an input that changed it.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

/* Fills the household before it is kept as the template: adds a child,
 * people, events … */
typedef gboolean (*FuzzPopulateFunc) (LtStore *store,
                                      GError **error);

void     fuzz_init (void);
LtStore *fuzz_store_get (FuzzPopulateFunc populate);
void     fuzz_store_reset (void);

G_END_DECLS
