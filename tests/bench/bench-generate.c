/* bench-generate.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * bench-generate: writes a large fictional household database to a new file.
 */
#include "config.h"

#include <locale.h>

#include "bench-household-gen.h"

int
main (int   argc,
      char *argv[])
{
  int                n_children = BENCH_DEFAULT_CHILDREN;
  int                n_persons = BENCH_DEFAULT_PERSONS;
  int                n_history = BENCH_DEFAULT_HISTORY;
  const GOptionEntry entries[] = {
    { "children", 0, 0, G_OPTION_ARG_INT, &n_children, "How many children (default 30)", "N" },
    { "persons", 0, 0, G_OPTION_ARG_INT, &n_persons, "How many persons (default 3000)", "N" },
    { "history", 0, 0, G_OPTION_ARG_INT, &n_history,
      "How many placements and school periods together (default 50000)", "N" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("PATH");
  g_autoptr (GError) error = NULL;
  BenchHouseholdSize size;
  gint64             started;

  setlocale (LC_ALL, "");
  g_option_context_set_summary (context,
                                "Writes a new household database with many fictional children, "
                                "persons, placements and school periods, for benchmarks.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (argc != 2 || n_children < 1 || n_persons < 0 || n_history < 0)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return 2;
    }

  bench_household_size_init (&size, n_children, n_persons, n_history);
  started = g_get_monotonic_time ();
  if (!bench_household_generate (argv[1], &size, &error))
    {
      g_printerr ("Could not make the household: %s\n", error->message);
      return 1;
    }

  g_print ("Made %s: %u children, %u persons, %u placements, %u school periods in %.2f s\n",
           argv[1], size.n_children, size.n_persons, size.n_placements, size.n_school_periods,
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return 0;
}
