/* lt-cli-access.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Scripts pipe the passphrase on standard input; at a terminal it is asked
 * for with echo off.  It is never taken from the command line or the
 * environment, where other users' processes could read it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "lt-cli-access.h"
#include "lt-vault.h"

#define MAX_SECRET_BYTES 1024

/* Returns: (transfer full) (nullable): one line from standard input,
 * without its line end; %NULL at end of input. */
static char *
read_secret (const char *prompt)
{
  char           line[MAX_SECRET_BYTES];
  struct termios saved, quiet;
  gboolean       at_terminal = isatty (STDIN_FILENO);
  gboolean       got;
  char          *result = NULL;

  if (at_terminal)
    {
      g_printerr ("%s", prompt);
      tcgetattr (STDIN_FILENO, &saved);
      quiet = saved;
      quiet.c_lflag &= ~(tcflag_t) ECHO;
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
    }
  got = fgets (line, sizeof line, stdin) != NULL;
  if (at_terminal)
    {
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
      g_printerr ("\n");
    }
  if (got)
    {
      line[strcspn (line, "\r\n")] = '\0';
      result = g_strdup (line);
    }
  memset (line, 0, sizeof line);
  return result;
}

static void
free_secret (char *secret)
{
  if (secret == NULL)
    return;
  memset (secret, 0, strlen (secret));
  g_free (secret);
}

/**
 * lt_cli_unlock_slots:
 *
 * Returns: (transfer full): the household key that a passphrase (or the
 * recovery key) read from standard input opens in @slots
 */
LtSecret *
lt_cli_unlock_slots (LtKeySlots *slots,
                     const char *adult_name,
                     gboolean    use_recovery_key,
                     GError    **error)
{
  char     *secret = read_secret (use_recovery_key ? _ ("Recovery key: ") : _ ("Passphrase: "));
  LtSecret *key;

  if (secret == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           use_recovery_key
                               ? _ ("No recovery key was given on standard input.")
                               : _ ("The household is encrypted: give the passphrase on standard "
                                    "input, or use --recovery-key."));
      return NULL;
    }
  key = use_recovery_key ? lt_key_slots_unlock_recovery (slots, secret, error)
                         : lt_key_slots_unlock (slots, adult_name, secret, NULL, error);
  free_secret (secret);
  return key;
}

/**
 * lt_cli_open_household:
 * @adult_name: (nullable): whose passphrase to try; %NULL tries all
 *
 * Opens the household at @database_path as a headless command needs it:
 * unlocked with a secret read from standard input when it is encrypted,
 * as it is when it is a plain one from before encryption.
 *
 * Returns: (transfer full): the household, or %NULL with @error set
 */
LtStore *
lt_cli_open_household (const char *database_path,
                       const char *adult_name,
                       gboolean    use_recovery_key,
                       GError    **error)
{
  g_autoptr (LtKeySlots) slots = NULL;
  g_autoptr (LtSecret) key = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  switch (lt_vault_get_state (database_path))
    {
    case LT_VAULT_NEW:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _ ("There is no household at “%s” yet. Start Livstråd to set one up, or run "
                      "livstraad --set-up YOUR-NAME."),
                   database_path);
      return NULL;
    case LT_VAULT_PLAIN:
      g_printerr (_ ("Warning: the household at “%s” is not encrypted. Start Livstråd to protect "
                     "it with a passphrase.\n"),
                  database_path);
      return lt_store_open (database_path, error);
    case LT_VAULT_LOCKED:
      break;
    }
  slots = lt_vault_load_key_slots (database_path, error);
  if (slots == NULL)
    return NULL;
  key = lt_cli_unlock_slots (slots, adult_name, use_recovery_key, error);
  if (key == NULL)
    return NULL;
  return lt_vault_open (database_path, key, error);
}

/**
 * lt_cli_set_up:
 *
 * Sets up an encrypted household (or encrypts a plain one) with a
 * passphrase for @adult_name read from standard input, and prints the
 * recovery key.
 *
 * Returns: the exit status
 */
int
lt_cli_set_up (const char *database_path,
               const char *adult_name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autofree char *recovery_key = NULL;
  char            *passphrase = read_secret (_ ("New passphrase: "));
  LtVaultState     state = lt_vault_get_state (database_path);
  LtKdfLimits      limits;

  if (passphrase != NULL && isatty (STDIN_FILENO))
    {
      char    *again = read_secret (_ ("The same passphrase again: "));
      gboolean same = g_strcmp0 (passphrase, again) == 0;

      free_secret (again);
      if (!same)
        {
          free_secret (passphrase);
          g_printerr (_ ("The two passphrases are not the same; nothing was changed.\n"));
          return 1;
        }
    }
  if (passphrase == NULL)
    {
      g_printerr (_ ("Give the new passphrase on standard input.\n"));
      return 1;
    }
  lt_kdf_limits_init_default (&limits);
  lt_kdf_limits_calibrate (&limits, 1.0);
  store = state == LT_VAULT_PLAIN
              ? lt_vault_encrypt_plain (database_path, adult_name, passphrase, &limits, &recovery_key, &error)
              : lt_vault_create (database_path, adult_name, passphrase, &limits, &recovery_key, &error);
  free_secret (passphrase);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_ ("The household at %s is encrypted.\n"), database_path);
  g_print (_ ("Recovery key (write it down and keep it away from the computer):\n%s\n"), recovery_key);
  return 0;
}
