/* fuzz-store.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The household the fuzz targets import into, and the set-up they share.
 *
 * Every input must meet the same household, or a crash found by one input
 * cannot be repeated by it alone.  The importers are all-or-nothing, so an
 * input that is refused leaves the database as it was; after an import
 * that added something, the database file is written back from a copy of
 * the template taken once, and the store is opened again.  That costs
 * about 2 ms (with ASan), so most inputs, which are refused, cost none.
 */
#include "config.h"

#include "fuzz-store.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

static struct
{
  char *folder;
  char *path;
  GBytes *template; /* the database file as populated */
  LtStore *store;
} household;

static void
remove_database_files (void)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (household.path, suffixes[i], NULL);

      g_remove (file);
    }
}

/* Frees what the process holds, so LeakSanitizer sees only real leaks. */
static void
clean_up (void)
{
  g_clear_object (&household.store);
  g_clear_pointer (&household.template, g_bytes_unref);
  if (household.folder != NULL)
    lt_test_remove_tree (household.folder);
  g_clear_pointer (&household.folder, g_free);
  g_clear_pointer (&household.path, g_free);
}

static LtStore *
open_or_abort (void)
{
  g_autoptr (GError) error = NULL;
  LtStore *store = lt_store_open (household.path, &error);

  if (store == NULL)
    g_error ("fuzz: cannot open the household %s: %s", household.path, error->message);
  return store;
}

/* A GLib warning or critical is a finding, as under G_DEBUG=fatal-warnings
 * in the tests.  GLib stops a program on a fatal message with SIGTRAP,
 * which libFuzzer does not catch; abort(), it does, and saves the input. */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  GLogWriterOutput result = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return result;
}

/**
 * fuzz_init:
 *
 * Once per process, before anything logs.
 */
void
fuzz_init (void)
{
  static gboolean done = FALSE;

  if (done)
    return;
  done = TRUE;
  setlocale (LC_ALL, "C.UTF-8");
  g_log_set_writer_func (write_log, NULL, NULL);
}

/**
 * fuzz_store_get:
 * @populate: (nullable): fills the household the first time
 *
 * The first call makes the household in a temporary folder (under
 * `$TMPDIR`, `/dev/shm` is quickest) and keeps its file as the template.
 *
 * Returns: (transfer none): the store for this input
 */
LtStore *
fuzz_store_get (FuzzPopulateFunc populate)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;

  if (household.store != NULL)
    return household.store;

  fuzz_init ();
  household.folder = g_dir_make_tmp ("lt-fuzz-XXXXXX", &error);
  if (household.folder == NULL)
    g_error ("fuzz: cannot make a temporary folder: %s", error->message);
  household.path = g_build_filename (household.folder, "household.db", NULL);
  atexit (clean_up);

  household.store = open_or_abort ();
  if (populate != NULL && !populate (household.store, &error))
    g_error ("fuzz: cannot fill the household: %s", error->message);

  /* Closing checkpoints the write-ahead log into the file, so the file
   * alone is the whole household. */
  g_clear_object (&household.store);
  if (!g_file_get_contents (household.path, &data, &length, &error))
    g_error ("fuzz: cannot read the template: %s", error->message);
  household.template = g_bytes_new_take (g_steal_pointer (&data), length);

  household.store = open_or_abort ();
  return household.store;
}

/**
 * fuzz_store_reset:
 *
 * Puts the household back as the template after an input changed it (an
 * import that added nothing changed nothing).  Objects from the old store
 * (children, lists) must be dropped first.
 */
void
fuzz_store_reset (void)
{
  g_autoptr (GError) error = NULL;
  gsize       length = 0;
  const char *data;

  g_assert (household.store != NULL);
  g_clear_object (&household.store);
  remove_database_files ();
  data = g_bytes_get_data (household.template, &length);
  if (!g_file_set_contents (household.path, data, length, &error))
    g_error ("fuzz: cannot write the template back: %s", error->message);
  household.store = open_or_abort ();
}
