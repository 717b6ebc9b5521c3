/* bench-calendar.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Benchmark of the calendar: a residential home with 20 children, each
 * with two years of a weekly call, a fortnightly visit with a parent, a
 * monthly visit with siblings and a weekly activity, some times moved or
 * cancelled; the time to expand a month and a week of the whole household
 * and find the clashes, as the calendar view does.
 *
 *   bench-calendar [--children 20] [--repetitions 50]
 */
#include "config.h"

#include <locale.h>

#include "lt-recurrence.h"

static int children = 20;
static int repetitions = 50;

static const GOptionEntry options[] = {
  { "children", 0, 0, G_OPTION_ARG_INT, &children, "Children in the home (20)", "N" },
  { "repetitions", 0, 0, G_OPTION_ARG_INT, &repetitions, "Rounds to time (50)", "N" },
  { NULL }
};

static gint64 next_id = 1;

static LtEvent *
event (gint64      child,
       LtEventKind kind,
       const char *starts_at,
       const char *ends_at,
       const char *rrule)
{
  LtEvent *made = g_object_new (LT_TYPE_EVENT, "child-id", child, "kind", kind, "title", "Samvær",
                                "starts-at", starts_at, "ends-at", ends_at, "rrule", rrule, NULL);

  lt_record_set_identity (LT_RECORD (made), next_id++, NULL, NULL);
  return made;
}

/* Two years of one child's repeating events, every tenth fortnightly visit
 * moved a day and every seventh cancelled. */
static void
add_child (GPtrArray *events,
           gint64     child)
{
  LtEvent *visit = event (child, LT_EVENT_KIND_SUPERVISED, "2025-01-04T09:00:00Z",
                          "2025-01-04T13:00:00Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;UNTIL=20261231T230000Z");
  g_autoptr (GPtrArray) series = g_ptr_array_new ();
  g_autoptr (GPtrArray) times = NULL;

  g_ptr_array_add (series, visit);
  times = lt_occurrences_expand (series, lt_recurrence_parse_instant ("2025-01-01T00:00:00Z"),
                                 lt_recurrence_parse_instant ("2027-01-01T00:00:00Z"), NULL);
  g_ptr_array_add (events, visit);
  for (guint i = 0; times != NULL && i < times->len; i++)
    {
      LtOccurrence    *time = g_ptr_array_index (times, i);
      g_autofree char *moved_start = lt_recurrence_format_instant (time->start + 24 * 3600);
      g_autofree char *moved_end = lt_recurrence_format_instant (time->end + 24 * 3600);
      LtEvent         *change;

      if (i % 10 != 3 && i % 7 != 5)
        continue;
      change = event (child, LT_EVENT_KIND_SUPERVISED, i % 10 == 3 ? moved_start : time->recurrence_id,
                      i % 10 == 3 ? moved_end : time->recurrence_id, NULL);
      g_object_set (change, "series-id", lt_record_get_id (LT_RECORD (visit)), "recurrence-id",
                    time->recurrence_id, "cancelled", i % 7 == 5, NULL);
      g_ptr_array_add (events, change);
    }
  g_ptr_array_add (events, event (child, LT_EVENT_KIND_PHONE, "2025-01-01T18:00:00Z",
                                  "2025-01-01T18:20:00Z", "FREQ=WEEKLY;UNTIL=20261231T230000Z"));
  g_ptr_array_add (events, event (child, LT_EVENT_KIND_SUPPORTED, "2025-01-12T12:00:00Z",
                                  "2025-01-12T14:00:00Z",
                                  "FREQ=MONTHLY;BYDAY=2SU;UNTIL=20261231T230000Z"));
  g_ptr_array_add (events, event (child, LT_EVENT_KIND_LEISURE, "2025-01-07T15:00:00Z",
                                  "2025-01-07T16:30:00Z", "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261231T230000Z"));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median time, in ms, to expand [from, to) and find its clashes. */
static double
time_period (GPtrArray  *events,
             const char *from,
             const char *to,
             guint      *shown)
{
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int r = 0; r < repetitions; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GPtrArray) occurrences = lt_occurrences_expand (
          events, lt_recurrence_parse_instant (from), lt_recurrence_parse_instant (to), NULL);
      g_autoptr (GArray) clashes = lt_occurrences_find_clashes (occurrences, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (times, ms);
      *shown = occurrences->len;
    }
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— time the calendar");
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  guint  in_month = 0, in_week = 0;
  double month, week;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  for (int c = 1; c <= children; c++)
    add_child (events, c);

  /* The month view shows six weeks; late in the two years, so a series
   * has far to skip. */
  month = time_period (events, "2026-10-26T00:00:00Z", "2026-12-07T00:00:00Z", &in_month);
  week = time_period (events, "2026-11-23T00:00:00Z", "2026-11-30T00:00:00Z", &in_week);
  g_print ("calendar: %d children, %u events and changed times\n", children, events->len);
  g_print ("month (6 weeks): %u occurrences, median %.2f ms; week: %u occurrences, median %.2f ms "
           "(%d rounds)\n",
           in_month, month, in_week, week, repetitions);
  return 0;
}
