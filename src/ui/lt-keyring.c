/* lt-keyring.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The keyring never holds the household key itself, only a random secret
 * that opens the "keyring" slot (lt-key-slots.c); forgetting removes both,
 * and a keyring that is gone or locked only means the passphrase is asked
 * for as usual.  The secret is stored under the household file's path.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <sodium.h>
#include <string.h>

#include "lt-keyring.h"
#include "lt-vault.h"

static const SecretSchema *
household_schema (void)
{
  static const SecretSchema schema = {
    "dk.livstraad.Livstraad.Household",
    SECRET_SCHEMA_NONE,
    {
        { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
        { "NULL", 0 },
    },
  };

  return &schema;
}

/* Returns: whether the key file has a keyring slot. */
gboolean
lt_keyring_is_remembered (const char *database_path)
{
  g_autoptr (LtKeySlots) slots = lt_vault_load_key_slots (database_path, NULL);

  return slots != NULL && lt_key_slots_find (slots, LT_KEY_SLOT_KEYRING, NULL) != 0;
}

/**
 * lt_keyring_remember:
 *
 * Puts a new random secret in the desktop keyring and a keyring slot it
 * opens in the key file (replacing an old one).
 */
gboolean
lt_keyring_remember (LtStore *store,
                     GError **error)
{
  g_autoptr (LtSecret) secret = lt_secret_new_random ();
  g_autoptr (LtKeySlots) slots = NULL;
  char     hex[2 * LT_SECRET_BYTES + 1];
  gboolean stored;

  g_return_val_if_fail (LT_IS_STORE (store) && lt_store_get_key (store) != NULL, FALSE);

  slots = lt_vault_load_key_slots (lt_store_get_path (store), error);
  if (slots == NULL)
    return FALSE;
  sodium_bin2hex (hex, sizeof hex, lt_secret_get_data (secret), LT_SECRET_BYTES);
  /* The keyring first: a secret there that opens nothing is harmless. */
  stored = secret_password_store_sync (household_schema (), SECRET_COLLECTION_DEFAULT, _ ("Livstråd household"), hex,
                                       NULL, error, "database", lt_store_get_path (store), NULL);
  sodium_memzero (hex, sizeof hex);
  if (!stored)
    {
      g_prefix_error (error, _ ("The keyring could not remember the household: "));
      return FALSE;
    }
  return lt_key_slots_add_keyring (slots, lt_store_get_key (store), secret, error) != 0 &&
         lt_vault_save_key_slots (store, slots, error);
}

/* Removes the keyring slot and the secret: from now on the household
 * opens with a passphrase or the recovery key only. */
gboolean
lt_keyring_forget (LtStore *store,
                   GError **error)
{
  g_autoptr (LtKeySlots) slots = NULL;
  int id;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);

  slots = lt_vault_load_key_slots (lt_store_get_path (store), error);
  if (slots == NULL)
    return FALSE;
  id = lt_key_slots_find (slots, LT_KEY_SLOT_KEYRING, NULL);
  if (id != 0 && (!lt_key_slots_remove (slots, id, error) || !lt_vault_save_key_slots (store, slots, error)))
    return FALSE;
  /* The slot is gone, so the secret opens nothing even if this fails. */
  secret_password_clear_sync (household_schema (), NULL, NULL, "database", lt_store_get_path (store), NULL);
  return TRUE;
}

/**
 * lt_keyring_lookup_key:
 *
 * Returns: (transfer full) (nullable): the household key, when the keyring
 *   is there, unlocked, and holds a secret that opens the keyring slot;
 *   %NULL (with @error set only for a real failure) otherwise
 */
LtSecret *
lt_keyring_lookup_key (const char *database_path,
                       GError    **error)
{
  g_autoptr (LtKeySlots) slots = NULL;
  g_autoptr (LtSecret) secret = NULL;
  guint8 bytes[LT_SECRET_BYTES];
  gsize  length = 0;
  char  *hex;

  g_return_val_if_fail (database_path != NULL, NULL);

  if (!lt_keyring_is_remembered (database_path))
    return NULL;
  hex = secret_password_lookup_nonpageable_sync (household_schema (), NULL, error, "database", database_path, NULL);
  if (hex == NULL)
    return NULL;
  if (sodium_hex2bin (bytes, sizeof bytes, hex, strlen (hex), NULL, &length, NULL) == 0 && length == sizeof bytes)
    secret = lt_secret_new_from_data (bytes, sizeof bytes);
  sodium_memzero (bytes, sizeof bytes);
  secret_password_free (hex);
  if (secret == NULL)
    return NULL;
  slots = lt_vault_load_key_slots (database_path, error);
  return slots != NULL ? lt_key_slots_unlock_keyring (slots, secret, error) : NULL;
}
