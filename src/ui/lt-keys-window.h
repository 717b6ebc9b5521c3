/* lt-keys-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtKeysWindow: adults' passphrases (add, change, remove), a new recovery
 * key, and the idle time before Livstråd locks.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_KEYS_WINDOW (lt_keys_window_get_type ())
G_DECLARE_FINAL_TYPE (LtKeysWindow, lt_keys_window, LT, KEYS_WINDOW, AdwPreferencesWindow)

LtKeysWindow *lt_keys_window_new (GtkWindow *parent,
                                  LtStore   *store);
void          lt_keys_window_add_adult (LtKeysWindow *self,
                                        const char   *name,
                                        const char   *passphrase);
void          lt_keys_window_change_passphrase (LtKeysWindow *self,
                                                int           slot_id,
                                                const char   *passphrase);
void          lt_keys_window_remove_adult (LtKeysWindow *self,
                                           int           slot_id);
char         *lt_keys_window_make_recovery_key (LtKeysWindow *self);
guint         lt_keys_window_get_n_adults (LtKeysWindow *self);
gboolean      lt_keys_window_get_busy (LtKeysWindow *self);

G_END_DECLS
