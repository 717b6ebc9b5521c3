/* bench-household.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * bench-household: times opening, listing and exporting a large household.
 *
 * Every figure is measured several times; the table gives the median and
 * the fastest run.  The database file stays in the operating system's page
 * cache between runs, so "cold" means new objects (a new LtStore and its
 * identity map), not a cold disk.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "bench-household-gen.h"
#include "lt-household-file.h"

#define DEFAULT_REPETITIONS 7

/* With --encrypted, the household is measured as an encrypted copy. */
static LtSecret *bench_key;

static LtStore *
open_store (const char *path,
            GError    **error)
{
  return bench_key != NULL ? lt_store_open_encrypted (path, bench_key, error) : lt_store_open (path, error);
}

typedef struct
{
  const char *label;
  GArray     *times; /* gint64, microseconds */
  guint       rows;
} Figure;

typedef struct
{
  gint64 child_id;
  char  *child_name;
  guint  n_placements; /* of the busiest child */
  guint  n_school_periods;
  guint  n_records; /* in the whole household, the household row included */
} Household;

/* ---- figures --------------------------------------------------------- */

static void
figure_init (Figure     *figure,
             const char *label)
{
  figure->label = label;
  figure->times = g_array_new (FALSE, FALSE, sizeof (gint64));
  figure->rows = 0;
}

static void
figure_clear (Figure *figure)
{
  g_clear_pointer (&figure->times, g_array_unref);
}

static void
figure_add (Figure *figure,
            gint64  started)
{
  gint64 elapsed = g_get_monotonic_time () - started;

  g_array_append_val (figure->times, elapsed);
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The clock counts whole microseconds: a run that took none took less. */
static char *
format_ms (double usec)
{
  return usec < 1.0 ? g_strdup ("<0.001") : g_strdup_printf ("%.3f", usec / 1000.0);
}

static void
print_figure (Figure *figure)
{
  GArray          *times = figure->times;
  const gint64    *sorted = (const gint64 *) times->data;
  guint            n = times->len;
  g_autofree char *median = NULL;
  g_autofree char *fastest = NULL;

  g_assert (n > 0);
  g_array_sort (times, compare_times);
  if (n % 2 == 1)
    median = format_ms (sorted[n / 2]);
  else
    median = format_ms ((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0);
  fastest = format_ms (sorted[0]);

  g_print ("%-56s %10s %10s %8u\n", figure->label, median, fastest, figure->rows);
}

/* ---- helpers --------------------------------------------------------- */

static guint
count_list (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  g_object_unref (list);
  return n;
}

/* Finds the child with the longest history, and counts the household. */
static gboolean
survey_household (const char *path,
                  Household  *household,
                  GError    **error)
{
  g_autoptr (LtStore) store = open_store (path, error);
  g_autoptr (GListModel) children = NULL;
  guint most = 0;

  if (store == NULL)
    return FALSE;

  children = lt_store_list_children (store);
  if (g_list_model_get_n_items (children) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "“%s” has no children.", path);
      return FALSE;
    }

  household->n_records = 1 + g_list_model_get_n_items (children);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);
      guint n_placements = count_list (lt_store_list_placements (store, child));
      guint n_school_periods = count_list (lt_store_list_school_periods (store, child));
      guint n_persons = count_list (lt_store_list_persons (store, child));

      household->n_records += n_placements + n_school_periods + n_persons;
      if (i == 0 || n_placements + n_school_periods > most)
        {
          most = n_placements + n_school_periods;
          household->child_id = lt_record_get_id (LT_RECORD (child));
          g_free (household->child_name);
          household->child_name = g_strdup (lt_child_get_display_name (child));
          household->n_placements = n_placements;
          household->n_school_periods = n_school_periods;
        }
    }

  g_clear_object (&children);
  g_assert_finalize_object (g_steal_pointer (&store));
  return TRUE;
}

/* ---- measurements ---------------------------------------------------- */

/* (a) A new LtStore each time: opening, migrating check, first list. */
static gboolean
measure_open (const char *path,
              guint       repetitions,
              Figure     *figure,
              GError    **error)
{
  for (guint i = 0; i < repetitions; i++)
    {
      gint64      started = g_get_monotonic_time ();
      LtStore    *store = open_store (path, error);
      GListModel *children;

      if (store == NULL)
        return FALSE;
      children = lt_store_list_children (store);
      figure_add (figure, started);

      figure->rows = g_list_model_get_n_items (children);
      g_object_unref (children);
      g_assert_finalize_object (store);
    }
  return TRUE;
}

/* (b) the first listing on a fresh store: SQL and new objects;
 * (c) the same again while the lists live: the store hands out its own;
 * and once more after the lists are gone: SQL, objects from the identity map. */
static gboolean
measure_history (const char      *path,
                 const Household *household,
                 guint            repetitions,
                 Figure          *first,
                 Figure          *again,
                 Figure          *relisted,
                 GError         **error)
{
  for (guint i = 0; i < repetitions; i++)
    {
      LtStore    *store = open_store (path, error);
      GListModel *children, *placements, *school_periods, *placements_again,
          *school_periods_again;
      LtRecord *child;
      gint64    started;

      if (store == NULL)
        return FALSE;
      children = lt_store_list_children (store);
      child = lt_store_lookup (store, LT_TYPE_CHILD, household->child_id, error);
      if (child == NULL)
        {
          g_object_unref (children);
          g_object_unref (store);
          return FALSE;
        }

      started = g_get_monotonic_time ();
      placements = lt_store_list_placements (store, LT_CHILD (child));
      school_periods = lt_store_list_school_periods (store, LT_CHILD (child));
      figure_add (first, started);
      first->rows = g_list_model_get_n_items (placements) +
                    g_list_model_get_n_items (school_periods);

      started = g_get_monotonic_time ();
      placements_again = lt_store_list_placements (store, LT_CHILD (child));
      school_periods_again = lt_store_list_school_periods (store, LT_CHILD (child));
      figure_add (again, started);
      g_assert (placements_again == placements);
      g_assert (school_periods_again == school_periods);
      again->rows = g_list_model_get_n_items (placements_again) +
                    g_list_model_get_n_items (school_periods_again);

      g_object_unref (placements_again);
      g_object_unref (school_periods_again);
      g_assert_finalize_object (placements);
      g_assert_finalize_object (school_periods);

      started = g_get_monotonic_time ();
      placements = lt_store_list_placements (store, LT_CHILD (child));
      school_periods = lt_store_list_school_periods (store, LT_CHILD (child));
      figure_add (relisted, started);
      relisted->rows = g_list_model_get_n_items (placements) +
                       g_list_model_get_n_items (school_periods);

      g_object_unref (placements);
      g_object_unref (school_periods);
      g_object_unref (children);
      g_assert_finalize_object (store);
    }
  return TRUE;
}

/* (d) The whole household as JSON, from a freshly opened store. */
static gboolean
measure_export (const char      *path,
                const Household *household,
                guint            repetitions,
                Figure          *figure,
                gsize           *length,
                GError         **error)
{
  for (guint i = 0; i < repetitions; i++)
    {
      LtStore         *store = open_store (path, error);
      g_autofree char *data = NULL;
      gint64           started;

      if (store == NULL)
        return FALSE;

      started = g_get_monotonic_time ();
      data = lt_household_file_to_data (store, length);
      figure_add (figure, started);
      figure->rows = household->n_records;

      g_assert (data != NULL && *length > 0);
      g_assert_finalize_object (store);
    }
  return TRUE;
}

static gboolean
run (const char *path,
     guint       repetitions,
     GError    **error)
{
  Household household = { 0 };
  Figure    open, first, again, relisted, export;
  g_autoptr (LtStore) store = NULL;
  g_autofree char *cipher = NULL;
  g_autofree char *json_size = NULL;
  gsize            length = 0;
  gboolean         ok;

  if (!survey_household (path, &household, error))
    return FALSE;

  store = open_store (path, error);
  if (store == NULL)
    {
      g_free (household.child_name);
      return FALSE;
    }
  cipher = lt_store_dup_cipher_version (store);
  g_assert_finalize_object (g_steal_pointer (&store));

  figure_init (&open, "(a) open store + list children (new LtStore)");
  figure_init (&first, "(b) list busiest child's history, first time");
  figure_init (&again, "(c) same again, lists still alive (shared lists)");
  figure_init (&relisted, "    same again after lists dropped (identity map)");
  figure_init (&export, "(d) export household to JSON (freshly opened store)");

  ok = measure_open (path, repetitions, &open, error) &&
       measure_history (path, &household, repetitions, &first, &again, &relisted, error) &&
       measure_export (path, &household, repetitions, &export, &length, error);

  if (ok)
    {
      json_size = g_format_size (length);
      g_print ("Household:     %s (%u records)\n", path, household.n_records);
      g_print ("SQLCipher:     %s\n", cipher != NULL ? cipher : "not SQLCipher");
      g_print ("Busiest child: %s, %u placements + %u school periods\n", household.child_name,
               household.n_placements, household.n_school_periods);
      g_print ("JSON export:   %s\n", json_size);
      g_print ("Repetitions:   %u each; the file is in the page cache, the objects are new\n\n",
               repetitions);
      g_print ("%-56s %10s %10s %8s\n", "figure", "median ms", "min ms", "rows");
      print_figure (&open);
      print_figure (&first);
      print_figure (&again);
      print_figure (&relisted);
      print_figure (&export);
    }

  figure_clear (&open);
  figure_clear (&first);
  figure_clear (&again);
  figure_clear (&relisted);
  figure_clear (&export);
  g_free (household.child_name);
  return ok;
}

/* Copies the plain household at @plain into an encrypted @copy with a new
 * random key, kept for the run. */
static gboolean
encrypted_copy (const char *plain,
                const char *copy,
                GError    **error)
{
  g_autoptr (LtStore) store = lt_store_open (plain, error);

  bench_key = lt_secret_new_random ();
  return store != NULL && lt_store_export_encrypted (store, copy, bench_key, error);
}

static void
remove_folder (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (folder, name, NULL);

      g_remove (file);
    }
  if (g_rmdir (folder) != 0)
    g_printerr ("Could not remove the folder %s\n", folder);
}

int
main (int   argc,
      char *argv[])
{
  int                n_children = BENCH_DEFAULT_CHILDREN;
  int                n_persons = BENCH_DEFAULT_PERSONS;
  int                n_history = BENCH_DEFAULT_HISTORY;
  int                repetitions = DEFAULT_REPETITIONS;
  gboolean           encrypted = FALSE;
  const GOptionEntry entries[] = {
    { "encrypted", 'e', 0, G_OPTION_ARG_NONE, &encrypted,
      "Measure an encrypted copy of the household (SQLCipher, raw key)", NULL },
    { "repetitions", 'r', 0, G_OPTION_ARG_INT, &repetitions, "Runs of each figure (default 7)",
      "N" },
    { "children", 0, 0, G_OPTION_ARG_INT, &n_children,
      "Children in a generated household (default 30)", "N" },
    { "persons", 0, 0, G_OPTION_ARG_INT, &n_persons,
      "Persons in a generated household (default 3000)", "N" },
    { "history", 0, 0, G_OPTION_ARG_INT, &n_history,
      "Placements and school periods in a generated household (default 50000)", "N" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("[PATH]");
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  gboolean         ok;

  setlocale (LC_ALL, "");
  g_option_context_set_summary (context,
                                "Times opening, listing and exporting a household database. "
                                "Without PATH, a large household is generated in a temporary "
                                "folder first and removed afterwards.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (argc > 2 || repetitions < 1 || n_children < 1 || n_persons < 0 || n_history < 0)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return 2;
    }

  if (argc == 2)
    {
      /* lt_store_open() would make an empty household at a wrong path. */
      if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
        {
          g_printerr ("%s is not a household file\n", argv[1]);
          return 1;
        }
      path = g_strdup (argv[1]);
    }
  else
    {
      BenchHouseholdSize size;
      gint64             started;

      folder = g_dir_make_tmp ("livstraad-bench-XXXXXX", &error);
      if (folder == NULL)
        {
          g_printerr ("Could not make a temporary folder: %s\n", error->message);
          return 1;
        }
      path = g_build_filename (folder, "household.db", NULL);

      bench_household_size_init (&size, n_children, n_persons, n_history);
      started = g_get_monotonic_time ();
      if (!bench_household_generate (path, &size, &error))
        {
          g_printerr ("Could not make the household: %s\n", error->message);
          remove_folder (folder);
          return 1;
        }
      g_print ("Generated:     %u children, %u persons, %u placements, %u school periods "
               "in %.2f s\n",
               size.n_children, size.n_persons, size.n_placements, size.n_school_periods,
               (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
    }

  if (encrypted)
    {
      g_autofree char *copy = NULL;

      if (folder == NULL)
        folder = g_dir_make_tmp ("livstraad-bench-XXXXXX", NULL);
      copy = g_build_filename (folder, "encrypted.db", NULL);
      if (!encrypted_copy (path, copy, &error))
        {
          g_printerr ("Could not make the encrypted copy: %s\n", error->message);
          remove_folder (folder);
          return 1;
        }
      g_free (path);
      path = g_steal_pointer (&copy);
    }

  ok = run (path, repetitions, &error);
  g_clear_pointer (&bench_key, lt_secret_free);
  if (!ok)
    g_printerr ("The benchmark failed: %s\n", error->message);

  if (folder != NULL)
    remove_folder (folder);
  return ok ? 0 : 1;
}
