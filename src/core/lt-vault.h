/* lt-vault.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The encrypted household on disk: the database, its key file beside it,
 * and the ways from one to the other (set-up, unlock, converting a plain
 * household).
 */
#pragma once

#include "lt-key-slots.h"
#include "lt-store.h"

G_BEGIN_DECLS

typedef enum
{
  LT_VAULT_NEW,    /* nothing yet: set up a passphrase and a recovery key */
  LT_VAULT_PLAIN,  /* an unencrypted household from before: offer to encrypt */
  LT_VAULT_LOCKED, /* encrypted: unlock with a passphrase or the recovery key */
} LtVaultState;

char        *lt_vault_key_file_for (const char *database_path);
LtVaultState lt_vault_get_state (const char *database_path);
LtKeySlots  *lt_vault_load_key_slots (const char *database_path,
                                      GError    **error);

LtStore *lt_vault_create (const char        *database_path,
                          const char        *adult_name,
                          const char        *passphrase,
                          const LtKdfLimits *limits,
                          char             **recovery_key,
                          GError           **error);
LtStore *lt_vault_encrypt_plain (const char        *database_path,
                                 const char        *adult_name,
                                 const char        *passphrase,
                                 const LtKdfLimits *limits,
                                 char             **recovery_key,
                                 GError           **error);
LtStore *lt_vault_open (const char     *database_path,
                        const LtSecret *key,
                        GError        **error);
gboolean lt_vault_save_key_slots (LtStore    *store,
                                  LtKeySlots *slots,
                                  GError    **error);

G_END_DECLS
