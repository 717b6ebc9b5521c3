/* lt-setup-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtSetupWindow: the first start — the first adult's passphrase and the
 * recovery key — for a new household or one kept unencrypted until now.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"
#include "lt-vault.h"

G_BEGIN_DECLS

#define LT_TYPE_SETUP_WINDOW (lt_setup_window_get_type ())
G_DECLARE_FINAL_TYPE (LtSetupWindow, lt_setup_window, LT, SETUP_WINDOW, AdwApplicationWindow)

LtSetupWindow *lt_setup_window_new (GtkApplication *application,
                                    const char     *database_path,
                                    LtVaultState    state);
void           lt_setup_window_set_up (LtSetupWindow *self,
                                       const char    *adult_name,
                                       const char    *passphrase,
                                       const char    *repeated);
const char    *lt_setup_window_get_recovery_key (LtSetupWindow *self);
void           lt_setup_window_confirm_kept (LtSetupWindow *self);
const char    *lt_setup_window_get_message (LtSetupWindow *self);
void           lt_setup_window_restore (LtSetupWindow *self,
                                        const char    *backup,
                                        const char    *secret);

G_END_DECLS
