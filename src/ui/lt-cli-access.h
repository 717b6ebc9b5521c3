/* lt-cli-access.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Opening the household from the command line: a passphrase or the
 * recovery key read from the terminal (not echoed) or from standard input.
 */
#pragma once

#include "lt-key-slots.h"
#include "lt-store.h"

G_BEGIN_DECLS

LtStore  *lt_cli_open_household (const char *database_path,
                                 const char *adult_name,
                                 gboolean    use_recovery_key,
                                 GError    **error);
LtSecret *lt_cli_unlock_slots (LtKeySlots *slots,
                               const char *adult_name,
                               gboolean    use_recovery_key,
                               GError    **error);
int       lt_cli_set_up (const char *database_path,
                         const char *adult_name);

G_END_DECLS
