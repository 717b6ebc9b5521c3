/* lt-unlock-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtUnlockWindow: asks for a passphrase or the recovery key, at start and
 * whenever the app has locked itself.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_UNLOCK_WINDOW (lt_unlock_window_get_type ())
G_DECLARE_FINAL_TYPE (LtUnlockWindow, lt_unlock_window, LT, UNLOCK_WINDOW, AdwApplicationWindow)

LtUnlockWindow *lt_unlock_window_new (GtkApplication *application,
                                      const char     *database_path,
                                      LtStore        *locked_store);
void            lt_unlock_window_unlock (LtUnlockWindow *self,
                                         const char     *adult_name,
                                         const char     *secret,
                                         gboolean        is_recovery_key);
const char     *lt_unlock_window_get_message (LtUnlockWindow *self);
gboolean        lt_unlock_window_get_can_unlock (LtUnlockWindow *self);

G_END_DECLS
