/* lt-keyring.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Remembering the household in the desktop keyring, as a convenience: a
 * random secret kept by the keyring opens a keyring slot of its own.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

gboolean  lt_keyring_is_remembered (const char *database_path);
gboolean  lt_keyring_remember (LtStore *store,
                               GError **error);
gboolean  lt_keyring_forget (LtStore *store,
                             GError **error);
LtSecret *lt_keyring_lookup_key (const char *database_path,
                                 GError    **error);

G_END_DECLS
