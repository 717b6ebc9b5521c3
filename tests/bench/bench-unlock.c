/* bench-unlock.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * bench-unlock: times unlocking an encrypted household as the app does it
 * (Argon2id at the cost set-up calibrates on this machine, then opening,
 * checking every page and migrating), and sealing and unsealing photos.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sodium.h>

#include "lt-demo.h"
#include "lt-media.h"
#include "lt-vault.h"

#define RUNS 5

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
print_median (const char *label,
              GArray     *times)
{
  g_array_sort (times, compare_times);
  g_print ("%-58s %9.1f ms (min %.1f)\n", label, g_array_index (times, gint64, times->len / 2) / 1000.0,
           g_array_index (times, gint64, 0) / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("livstraad-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "household.db", NULL);
  g_autofree char *photo = g_build_filename (folder, "media", "ab", "photo.jpg", NULL);
  g_autofree char *recovery = NULL;
  g_autoptr (GArray) derive = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) open = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) seal = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) unseal = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (LtSecret) media_key = lt_secret_new_random ();
  g_autoptr (GBytes) photo_bytes = NULL;
  LtKdfLimits limits;
  gint64      started;

  setlocale (LC_ALL, "");
  lt_kdf_limits_init_default (&limits);
  started = g_get_monotonic_time ();
  lt_kdf_limits_calibrate (&limits, 1.0);
  g_print ("Calibration:   %.2f s → Argon2id opslimit %" G_GUINT64_FORMAT ", memlimit %" G_GSIZE_FORMAT " MiB\n",
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC, limits.opslimit,
           limits.memlimit / (1024 * 1024));

  {
    g_autoptr (LtStore) store = lt_vault_create (path, "Mette", "grøn hest på taget", &limits, &recovery, &error);

    if (store == NULL || !lt_demo_populate (store, &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
  }

  for (int i = 0; i < RUNS; i++)
    {
      g_autoptr (LtKeySlots) slots = lt_vault_load_key_slots (path, &error);
      g_autoptr (LtSecret) key = NULL;
      g_autoptr (LtStore) store = NULL;
      gint64 opened;

      started = g_get_monotonic_time ();
      key = lt_key_slots_unlock (slots, "Mette", "grøn hest på taget", NULL, &error);
      opened = g_get_monotonic_time ();
      store = key != NULL ? lt_vault_open (path, key, &error) : NULL;
      if (store == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_array_append_vals (derive, &(gint64){ opened - started }, 1);
      g_array_append_vals (open, &(gint64){ g_get_monotonic_time () - opened }, 1);
    }

  {
    guint8 *data = g_malloc (4 * 1024 * 1024);

    randombytes_buf (data, 4 * 1024 * 1024);
    photo_bytes = g_bytes_new_take (data, 4 * 1024 * 1024);
  }
  for (int i = 0; i < RUNS; i++)
    {
      g_autoptr (GBytes) back = NULL;

      started = g_get_monotonic_time ();
      if (!lt_media_save (photo, photo_bytes, media_key, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_array_append_vals (seal, &(gint64){ g_get_monotonic_time () - started }, 1);
      started = g_get_monotonic_time ();
      back = lt_media_load (photo, media_key, &error);
      g_array_append_vals (unseal, &(gint64){ g_get_monotonic_time () - started }, 1);
    }

  g_print ("Median of %d runs (the demo household):\n", RUNS);
  print_median ("passphrase → household key (Argon2id)", derive);
  print_median ("open: keys, integrity and cipher checks, migrations", open);
  print_median ("seal a 4 MiB photo (write, fsync, rename)", seal);
  print_median ("unseal a 4 MiB photo", unseal);
  g_print ("Unlock in all: %.2f s (the goal is under 2 s)\n",
           (g_array_index (derive, gint64, RUNS / 2) + g_array_index (open, gint64, RUNS / 2)) / 1e6);

  {
    g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (folder, name, NULL);

        g_remove (file);
      }
    g_remove (photo);
    {
      g_autofree char *ab = g_path_get_dirname (photo);
      g_autofree char *media = g_path_get_dirname (ab);

      g_rmdir (ab);
      g_rmdir (media);
    }
    g_rmdir (folder);
  }
  return 0;
}
