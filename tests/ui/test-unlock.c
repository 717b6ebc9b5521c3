/* test-unlock.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * UI tests of the encrypted household's gates: set-up with the recovery
 * key, unlocking with a passphrase or the recovery key, the growing delay
 * after wrong tries, and the app lock hiding every window.
 */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include "lt-test-util.h"

#include <adwaita.h>
#include <locale.h>

#include "lt-app-lock.h"
#include "lt-backup.h"
#include "lt-keys-window.h"
#include "lt-photos-page.h"
#include "lt-screenshot.h"
#include "lt-setup-window.h"
#include "lt-unlock-window.h"
#include "lt-vault.h"
#include "lt-window.h"

#define PASSPHRASE "grøn hest på taget"

typedef struct
{
  char    *folder;
  char    *path;
  LtStore *received;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("lt-unlock-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "household.db", NULL);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->received);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static void
wait_until (gboolean (*done) (gpointer),
            gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (data));
}

static gboolean
has_received (gpointer data)
{
  return ((Fixture *) data)->received != NULL;
}

static void
on_store_cb (GtkWindow *window,
             LtStore   *store,
             Fixture   *fixture)
{
  g_set_object (&fixture->received, store);
}

static gboolean
has_recovery_key (gpointer data)
{
  return lt_setup_window_get_recovery_key (data) != NULL;
}

static gboolean
has_message (gpointer data)
{
  return lt_unlock_window_get_message (data) != NULL;
}

static gboolean
can_unlock (gpointer data)
{
  return lt_unlock_window_get_can_unlock (data);
}

/* Makes an encrypted household with one child; returns the recovery key. */
static char *
make_household (Fixture *fixture)
{
  static const LtKdfLimits limits = { 1, 64 * 1024 };
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autoptr (LtChild) child = lt_child_new ();
  char *recovery = NULL;

  store = lt_vault_create (fixture->path, "Mette", PASSPHRASE, &limits, &recovery, &error);
  g_assert_no_error (error);
  lt_child_set_household_id (child, lt_record_get_id (LT_RECORD (lt_store_get_household (store))));
  lt_child_set_name (child, "Ida");
  lt_store_add (store, LT_RECORD (child), &error);
  g_assert_no_error (error);
  return recovery;
}

static guint
count_children (LtStore *store)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  return g_list_model_get_n_items (children);
}

static void
test_setup_window (Fixture      *fixture,
                   gconstpointer data)
{
  LtSetupWindow   *window = lt_setup_window_new (NULL, fixture->path, LT_VAULT_NEW);
  g_autofree char *keys = lt_vault_key_file_for (fixture->path);

  g_signal_connect (window, "done", G_CALLBACK (on_store_cb), fixture);
  gtk_window_present (GTK_WINDOW (window));

  /* Each wrong input says what to do and writes nothing. */
  lt_setup_window_set_up (window, "  ", PASSPHRASE, PASSPHRASE);
  g_assert_nonnull (strstr (lt_setup_window_get_message (window), "name"));
  lt_setup_window_set_up (window, "Mette", "kort", "kort");
  g_assert_nonnull (strstr (lt_setup_window_get_message (window), "8"));
  lt_setup_window_set_up (window, "Mette", PASSPHRASE, "grøn hest på tage");
  g_assert_nonnull (strstr (lt_setup_window_get_message (window), "not the same"));
  g_assert_false (g_file_test (keys, G_FILE_TEST_EXISTS));

  lt_setup_window_set_up (window, "Mette", PASSPHRASE, PASSPHRASE);
  wait_until (has_recovery_key, window);
  g_assert_null (lt_setup_window_get_message (window));
  g_assert_true (g_file_test (keys, G_FILE_TEST_EXISTS));

  /* The household is handed over only once the key is said to be kept. */
  g_assert_null (fixture->received);
  lt_setup_window_confirm_kept (window);
  g_assert_nonnull (fixture->received);
  g_assert_nonnull (lt_store_get_key (fixture->received));
  g_assert_cmpint (lt_vault_get_state (fixture->path), ==, LT_VAULT_LOCKED);

  /* And the printed key opens it. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (LtKeySlots) slots = lt_vault_load_key_slots (fixture->path, &error);
    g_autoptr (LtSecret) key = lt_key_slots_unlock_recovery (slots, lt_setup_window_get_recovery_key (window), &error);

    g_assert_no_error (error);
    g_assert_true (lt_secret_equal (key, lt_store_get_key (fixture->received)));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_message_or_store (gpointer data)
{
  Fixture *fixture = g_object_get_data (data, "fixture");

  return lt_setup_window_get_message (data) != NULL || fixture->received != NULL;
}

/* On a new computer: restore a backup from the set-up window, with a
 * wrong passphrase first, then the recovery key. */
static void
test_setup_restores (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *recovery = make_household (fixture);
  g_autofree char *backup = g_build_filename (fixture->folder, "backup.ltbackup", NULL);
  g_autofree char *elsewhere = g_build_filename (fixture->folder, "new computer", "household.db", NULL);
  g_autoptr (GError) error = NULL;
  LtSetupWindow *window;

  {
    g_autoptr (LtKeySlots) slots = lt_vault_load_key_slots (fixture->path, &error);
    g_autoptr (LtSecret) key = lt_key_slots_unlock (slots, NULL, PASSPHRASE, NULL, &error);
    g_autoptr (LtStore) store = lt_vault_open (fixture->path, key, &error);

    g_assert_true (lt_backup_write (store, backup, &error));
    g_assert_no_error (error);
  }
  window = lt_setup_window_new (NULL, elsewhere, LT_VAULT_NEW);
  g_object_set_data (G_OBJECT (window), "fixture", fixture);
  g_signal_connect (window, "done", G_CALLBACK (on_store_cb), fixture);
  gtk_window_present (GTK_WINDOW (window));

  lt_setup_window_restore (window, backup, "blå ko i haven");
  wait_until (has_message_or_store, window);
  g_assert_null (fixture->received);
  g_assert_nonnull (strstr (lt_setup_window_get_message (window), "not right"));
  g_assert_cmpint (lt_vault_get_state (elsewhere), ==, LT_VAULT_NEW);

  lt_setup_window_restore (window, backup, recovery);
  wait_until (has_received, fixture);
  g_assert_cmpuint (count_children (fixture->received), ==, 1);
  g_assert_cmpint (lt_vault_get_state (elsewhere), ==, LT_VAULT_LOCKED);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_unlock_window (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *recovery = make_household (fixture);
  LtUnlockWindow  *window = lt_unlock_window_new (NULL, fixture->path, NULL);

  g_signal_connect (window, "unlocked", G_CALLBACK (on_store_cb), fixture);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lt_unlock_window_get_can_unlock (window));

  /* A wrong passphrase: a message, and a wait before the next try. */
  lt_unlock_window_unlock (window, NULL, "blå ko i haven", FALSE);
  wait_until (has_message, window);
  g_assert_nonnull (strstr (lt_unlock_window_get_message (window), "not right"));
  g_assert_false (lt_unlock_window_get_can_unlock (window));
  lt_unlock_window_unlock (window, NULL, PASSPHRASE, FALSE);
  g_assert_null (fixture->received);

  /* After the wait, the right one opens the household with its data. */
  wait_until (can_unlock, window);
  lt_unlock_window_unlock (window, NULL, PASSPHRASE, FALSE);
  wait_until (has_received, fixture);
  g_assert_cmpuint (count_children (fixture->received), ==, 1);
  /* The only adult there is makes the changes the history notes. */
  g_assert_cmpstr (lt_store_get_actor (fixture->received), ==, "Mette");
  g_clear_object (&fixture->received);

  /* The recovery key opens it too, typed in lower case; it names nobody. */
  {
    g_autofree char *typed = g_ascii_strdown (recovery, -1);

    lt_unlock_window_unlock (window, NULL, typed, TRUE);
    wait_until (has_received, fixture);
    g_assert_null (lt_store_get_actor (fixture->received));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_locked (gpointer data)
{
  return lt_app_lock_get_locked (data);
}

static gboolean
is_unlocked (gpointer data)
{
  return !lt_app_lock_get_locked (data);
}

static void
test_app_lock (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *recovery = make_household (fixture);
  g_autoptr (GtkApplication) application = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LtKeySlots) slots = NULL;
  g_autoptr (LtSecret) key = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autoptr (LtAppLock) lock = NULL;
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *window;
  GtkWindow *unlock_window;

  application = gtk_application_new ("dk.livstraad.LivstraadTest", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  slots = lt_vault_load_key_slots (fixture->path, &error);
  key = lt_key_slots_unlock (slots, NULL, PASSPHRASE, NULL, &error);
  store = lt_vault_open (fixture->path, key, &error);
  g_assert_no_error (error);

  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), "Ida");
  gtk_window_set_application (GTK_WINDOW (window), application);
  gtk_window_present (GTK_WINDOW (window));
  lock = lt_app_lock_new (application, store);

  /* Not yet idle long enough: nothing happens. */
  g_settings_set_int (settings, "lock-after-minutes", 5);
  lt_app_lock_check_idle (lock, g_get_monotonic_time () + 4 * 60 * G_USEC_PER_SEC);
  g_assert_false (lt_app_lock_get_locked (lock));

  /* Five minutes without use: the child's window is hidden, and only the
   * unlock window, which shows no child data, is left. */
  lt_app_lock_check_idle (lock, g_get_monotonic_time () + 5 * 60 * G_USEC_PER_SEC + 1);
  g_assert_true (lt_app_lock_get_locked (lock));
  g_assert_false (gtk_widget_get_visible (window));
  unlock_window = lt_app_lock_get_unlock_window (lock);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (unlock_window)));
  g_assert_cmpstr (gtk_window_get_title (unlock_window), ==, "Livstråd");

  /* Locking again while locked changes nothing. */
  lt_app_lock_lock (lock);
  g_assert_true (lt_app_lock_get_unlock_window (lock) == unlock_window);

  lt_unlock_window_unlock (LT_UNLOCK_WINDOW (unlock_window), "Mette", PASSPHRASE, FALSE);
  wait_until (is_unlocked, lock);
  g_assert_true (gtk_widget_get_visible (window));

  /* 0 minutes: never by time, still by hand (Ctrl+L is app.lock). */
  g_settings_set_int (settings, "lock-after-minutes", 0);
  lt_app_lock_check_idle (lock, g_get_monotonic_time () + (gint64) 24 * 3600 * G_USEC_PER_SEC);
  g_assert_false (lt_app_lock_get_locked (lock));
  lt_app_lock_lock (lock);
  wait_until (is_locked, lock);
  lt_unlock_window_unlock (LT_UNLOCK_WINDOW (lt_app_lock_get_unlock_window (lock)), NULL, recovery, TRUE);
  wait_until (is_unlocked, lock);

  g_settings_reset (settings, "lock-after-minutes");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Saves @widget as PNG in the build folder once it has drawn, to be looked
 * at. */
static void
save_when_drawn (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  gint64           deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  g_autoptr (GError) error = NULL;

  while (!lt_screenshot_save (widget, path, &error) && g_get_monotonic_time () < deadline)
    {
      g_clear_error (&error);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_no_error (error);
}

static gboolean
is_idle (gpointer data)
{
  return !lt_keys_window_get_busy (data);
}

static gboolean
opens_with (const char *path,
            const char *adult,
            const char *passphrase)
{
  g_autoptr (LtKeySlots) slots = lt_vault_load_key_slots (path, NULL);
  g_autoptr (LtSecret) key = lt_key_slots_unlock (slots, adult, passphrase, NULL, NULL);

  return key != NULL;
}

static void
test_keys_window (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *old_recovery = make_household (fixture);
  g_autofree char *new_recovery = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LtKeySlots) slots = lt_vault_load_key_slots (fixture->path, &error);
  g_autoptr (LtSecret) key = lt_key_slots_unlock (slots, NULL, PASSPHRASE, NULL, &error);
  g_autoptr (LtStore) store = lt_vault_open (fixture->path, key, &error);
  LtKeysWindow *window;
  int           jonas;

  g_assert_no_error (error);
  window = lt_keys_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (lt_keys_window_get_n_adults (window), ==, 1);

  lt_keys_window_add_adult (window, "Jonas", "blå ko i haven");
  wait_until (is_idle, window);
  g_assert_cmpuint (lt_keys_window_get_n_adults (window), ==, 2);
  g_assert_true (opens_with (fixture->path, "Jonas", "blå ko i haven"));
  save_when_drawn (GTK_WIDGET (window), "keys-window.png");

  g_clear_object (&slots);
  slots = lt_vault_load_key_slots (fixture->path, &error);
  jonas = lt_key_slots_find (slots, LT_KEY_SLOT_PASSPHRASE, "Jonas");
  lt_keys_window_change_passphrase (window, jonas, "rød bil på vejen");
  wait_until (is_idle, window);
  g_assert_false (opens_with (fixture->path, "Jonas", "blå ko i haven"));
  g_assert_true (opens_with (fixture->path, "Jonas", "rød bil på vejen"));

  lt_keys_window_remove_adult (window, jonas);
  g_assert_cmpuint (lt_keys_window_get_n_adults (window), ==, 1);
  g_assert_false (opens_with (fixture->path, NULL, "rød bil på vejen"));
  g_assert_true (opens_with (fixture->path, "Mette", PASSPHRASE));

  new_recovery = lt_keys_window_make_recovery_key (window);
  g_assert_nonnull (new_recovery);
  g_clear_object (&slots);
  slots = lt_vault_load_key_slots (fixture->path, &error);
  g_assert_null (lt_key_slots_unlock_recovery (slots, old_recovery, NULL));
  {
    g_autoptr (LtSecret) opened = lt_key_slots_unlock_recovery (slots, new_recovery, &error);

    g_assert_no_error (error);
    g_assert_true (lt_secret_equal (opened, key));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether any file under @folder holds @needle. */
static gboolean
folder_contains (const char   *folder,
                 const guint8 *needle,
                 gsize         length)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *data = NULL;
      gsize            size = 0;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (folder_contains (path, needle, length))
            return TRUE;
        }
      else if (g_file_get_contents (path, &data, &size, NULL) && memmem (data, size, needle, length) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_thumbnail (gpointer data)
{
  g_autoptr (GDir) dir = g_dir_open (data, 0, NULL);

  return dir != NULL && g_dir_read_name (dir) != NULL;
}

static gboolean
has_photo (gpointer data)
{
  return g_list_model_get_n_items (data) > 0;
}

/* A photo goes in through the window of an encrypted household; then no
 * file in the data folder or the cache holds the child's name or any of
 * the photo's bytes. */
static void
test_nothing_readable_on_disk (Fixture      *fixture,
                               gconstpointer data)
{
  static const char canary[] = "Kanariefugl Østergård";
  g_autofree char  *recovery = make_household (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtKeySlots) slots = lt_vault_load_key_slots (fixture->path, &error);
  g_autoptr (LtSecret) key = lt_key_slots_unlock (slots, NULL, PASSPHRASE, NULL, &error);
  g_autoptr (LtStore) store = lt_vault_open (fixture->path, key, &error);
  g_autoptr (GListModel) children = lt_store_list_children (store);
  g_autoptr (LtChild) child = g_list_model_get_item (children, 0);
  g_autoptr (GListModel) photos = lt_store_list_photos (store, child);
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 300, 200);
  g_autofree char *outside = g_dir_make_tmp ("lt-photo-XXXXXX", NULL);
  g_autofree char *jpeg = g_build_filename (outside, "strand.jpg", NULL);
  g_autofree char *thumbnails = g_build_filename (g_get_user_cache_dir (), "livstraad", "thumbnails", NULL);
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "livstraad", NULL);
  g_autofree char *bytes = NULL;
  char            *paths[] = { jpeg, NULL };
  gsize            length = 0;
  guint8          *pixels = gdk_pixbuf_get_pixels (pixbuf);
  LtWindow        *window;

  g_assert_no_error (error);
  {
    g_autoptr (LtChild) draft = LT_CHILD (lt_record_copy (LT_RECORD (child)));

    lt_child_set_name (draft, canary);
    g_assert_true (lt_store_save (store, LT_RECORD (draft), &error));
  }
  for (int i = 0; i < 300 * 200 * 3; i++)
    pixels[i] = (guint8) (i * 7 + i / 300);
  g_assert_true (gdk_pixbuf_save (pixbuf, jpeg, "jpeg", &error, "quality", "95", NULL));
  g_assert_true (g_file_get_contents (jpeg, &bytes, &length, NULL));

  window = lt_window_new (NULL, store, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  lt_window_show_child (window, child);
  lt_window_show_view (window, "photos");
  lt_photos_page_import (LT_PHOTOS_PAGE (find_descendant (GTK_WIDGET (window), LT_TYPE_PHOTOS_PAGE)), paths);
  wait_until (has_photo, photos);
  wait_until (has_thumbnail, thumbnails);

  g_assert_false (folder_contains (fixture->folder, (const guint8 *) canary, strlen (canary)));
  g_assert_false (folder_contains (cache, (const guint8 *) canary, strlen (canary)));
  g_assert_false (folder_contains (fixture->folder, (const guint8 *) bytes + length / 2, 48));
  g_assert_false (folder_contains (cache, (const guint8 *) bytes + length / 2, 48));
  /* The check can fail: the photo's bytes are in the file it came from. */
  g_assert_true (folder_contains (outside, (const guint8 *) bytes + length / 2, 48));

  gtk_window_destroy (GTK_WINDOW (window));
  lt_test_remove_tree (outside);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("lt-unlock-cache-XXXXXX", NULL);
  int              status;

  /* Thumbnails go to the cache: keep the test's own, to search it. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/unlock/setup-window", Fixture, NULL, fixture_set_up, test_setup_window, fixture_tear_down);
  g_test_add ("/unlock/setup-restores", Fixture, NULL, fixture_set_up, test_setup_restores, fixture_tear_down);
  g_test_add ("/unlock/unlock-window", Fixture, NULL, fixture_set_up, test_unlock_window, fixture_tear_down);
  g_test_add ("/unlock/keys-window", Fixture, NULL, fixture_set_up, test_keys_window, fixture_tear_down);
  g_test_add ("/unlock/nothing-readable-on-disk", Fixture, NULL, fixture_set_up, test_nothing_readable_on_disk,
              fixture_tear_down);
  g_test_add ("/unlock/app-lock", Fixture, NULL, fixture_set_up, test_app_lock, fixture_tear_down);

  status = g_test_run ();
  lt_test_remove_tree (cache);
  return status;
}
