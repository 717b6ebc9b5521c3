/* test-keyring.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Remembering the household in the desktop keyring: a gnome-keyring
 * daemon of the test's own (in a temporary home, on the session bus that
 * dbus-run-session gives the test run) keeps the secret; remember, look
 * up, forget, and a passphrase that still works throughout.
 */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <libsecret/secret.h>
#include <locale.h>
#include <unistd.h>

#include "lt-keyring.h"
#include "lt-vault.h"

#define PASSPHRASE "grøn hest på taget"

/* Starts gnome-keyring-daemon with a login keyring unlocked by a known
 * password; returns FALSE (the tests then fail) when it cannot. */
static gboolean
start_keyring (const char *home)
{
  const char      *argv[] = { "gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets", NULL };
  g_autofree char *keyrings = g_build_filename (home, ".local", "share", "keyrings", NULL);
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = g_get_environ ();
  int input = -1;

  /* The test run's malloc checks are for our code, not the daemon's
   * (gnome-keyring-daemon quits under MALLOC_PERTURB_). */
  env = g_environ_unsetenv (env, "MALLOC_PERTURB_");
  env = g_environ_unsetenv (env, "MALLOC_CHECK_");
  env = g_environ_unsetenv (env, "G_DEBUG");
  g_mkdir_with_parents (keyrings, 0700);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, NULL, &input, NULL, NULL, &error))
    {
      g_printerr ("# cannot start gnome-keyring-daemon: %s\n", error->message);
      return FALSE;
    }
  g_assert_cmpint (write (input, "test", 4), ==, 4);
  close (input);
  /* Wait until it owns the name; asking the service before that would
   * make the bus start a keyring daemon of its own, without our keyring. */
  {
    g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
    gboolean owned = FALSE;

    for (int i = 0; bus != NULL && !owned && i < 100; i++)
      {
        g_autoptr (GVariant) reply = g_dbus_connection_call_sync (
            bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
            g_variant_new ("(s)", "org.freedesktop.secrets"), G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
            NULL, NULL);

        if (reply != NULL)
          g_variant_get (reply, "(b)", &owned);
        if (!owned)
          g_usleep (100 * 1000);
      }
  }
  for (int i = 0; i < 100; i++)
    {
      g_autoptr (GError) probe = NULL;

      if (secret_password_store_sync (SECRET_SCHEMA_COMPAT_NETWORK, SECRET_COLLECTION_DEFAULT, "probe", "x", NULL,
                                      &probe, "server", "probe", NULL))
        return TRUE;
      /* The daemon answers once, then forks into the background with a
       * new connection: let libsecret find it again. */
      secret_service_disconnect ();
      g_usleep (100 * 1000);
    }
  return FALSE;
}

typedef struct
{
  char    *folder;
  char    *path;
  LtStore *store;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  static const LtKdfLimits limits = { 1, 64 * 1024 };
  g_autoptr (GError) error = NULL;
  g_autofree char *recovery = NULL;

  fixture->folder = g_dir_make_tmp ("lt-keyring-XXXXXX", &error);
  fixture->path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_vault_create (fixture->path, "Mette", PASSPHRASE, &limits, &recovery, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static void
test_remember_and_forget (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtSecret) key = NULL;
  g_autoptr (LtKeySlots) slots = NULL;

  g_assert_false (lt_keyring_is_remembered (fixture->path));
  g_assert_null (lt_keyring_lookup_key (fixture->path, &error));
  g_assert_no_error (error);

  g_assert_true (lt_keyring_remember (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (lt_keyring_is_remembered (fixture->path));
  key = lt_keyring_lookup_key (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (key);
  g_assert_true (lt_secret_equal (key, lt_store_get_key (fixture->store)));
  g_clear_pointer (&key, lt_secret_free);

  /* Remembering again replaces the slot; there is only ever one. */
  g_assert_true (lt_keyring_remember (fixture->store, &error));
  slots = lt_vault_load_key_slots (fixture->path, &error);
  g_assert_cmpuint (lt_key_slots_get_n_slots (slots), ==, 3);
  g_clear_object (&slots);

  g_assert_true (lt_keyring_forget (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_false (lt_keyring_is_remembered (fixture->path));
  g_assert_null (lt_keyring_lookup_key (fixture->path, &error));
  g_assert_no_error (error);

  /* The passphrase works as before. */
  slots = lt_vault_load_key_slots (fixture->path, &error);
  key = lt_key_slots_unlock (slots, NULL, PASSPHRASE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (lt_secret_equal (key, lt_store_get_key (fixture->store)));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("lt-keyring-home-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (home, ".local", "share", NULL);
  int              status;

  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("DBUS_SESSION_BUS_ADDRESS"));
  g_assert_true (start_keyring (home));

  g_test_add ("/keyring/remember-and-forget", Fixture, NULL, fixture_set_up, test_remember_and_forget,
              fixture_tear_down);
  status = g_test_run ();

  lt_test_remove_tree (home);
  return status;
}
