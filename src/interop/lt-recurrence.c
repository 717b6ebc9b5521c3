/* lt-recurrence.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The occurrences of a child's events in a period, and their clashes.
 *
 * A repeating event is expanded with libical in its own time zone, so a
 * visit at 10:00 stays at 10:00 on both sides of a change to or from
 * summer time.  Each occurrence is known by the UTC time it would start
 * (RFC 5545's RECURRENCE-ID); a changed or cancelled occurrence is a row
 * of its own with that time, and takes the place of the one it names,
 * wherever it was moved to.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "lt-recurrence.h"

/* The quark's name must keep its dashes. */
/* clang-format off */
G_DEFINE_QUARK (lt-recurrence-error-quark, lt_recurrence_error)
/* clang-format on */

/* Returns: seconds since 1970 for "2026-11-28T09:00:00Z", or G_MININT64 */
gint64
lt_recurrence_parse_instant (const char *iso)
{
  g_autoptr (GDateTime) parsed = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;

  return parsed != NULL ? g_date_time_to_unix (parsed) : G_MININT64;
}

/* Returns: (transfer full): @unix_time as "2026-11-28T09:00:00Z" */
char *
lt_recurrence_format_instant (gint64 unix_time)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* Whether @rrule is an RFC 5545 rule libical can follow. */
gboolean
lt_recurrence_check_rule (const char *rrule,
                          GError    **error)
{
  struct icalrecurrencetype rule;

  icalerror_clear_errno ();
  rule = icalrecurrencetype_from_string (rrule);
  /* An RSCALE in the rule comes out as a copy the caller frees (libical 3). */
  free (rule.rscale);
  if (rrule == NULL || rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      g_set_error (error, LT_RECURRENCE_ERROR, LT_RECURRENCE_ERROR_INVALID_RULE,
                   _ ("The repetition “%s” cannot be read."), rrule != NULL ? rrule : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
lt_event_is_visit (LtEvent *event)
{
  switch (lt_event_get_kind (event))
    {
    case LT_EVENT_KIND_UNSUPERVISED:
    case LT_EVENT_KIND_SUPERVISED:
    case LT_EVENT_KIND_FULLY_SUPERVISED:
    case LT_EVENT_KIND_SUPPORTED:
    case LT_EVENT_KIND_GETTING_TO_KNOW:
      return TRUE;
    case LT_EVENT_KIND_PHONE:
    case LT_EVENT_KIND_VIDEO:
    case LT_EVENT_KIND_LETTER:
    case LT_EVENT_KIND_MEETING:
    case LT_EVENT_KIND_SCHOOL_MEETING:
    case LT_EVENT_KIND_LEISURE:
    case LT_EVENT_KIND_BIRTHDAY:
    case LT_EVENT_KIND_OTHER:
    default:
      return FALSE;
    }
}

/* ---- expanding ----------------------------------------------------------- */

static void
occurrence_free (gpointer data)
{
  LtOccurrence *occurrence = data;

  g_clear_object (&occurrence->event);
  g_clear_object (&occurrence->series);
  g_free (occurrence->recurrence_id);
  g_free (occurrence);
}

static void
add_occurrence (GPtrArray  *occurrences,
                LtEvent    *event,
                LtEvent    *series,
                gint64      start,
                gint64      end,
                const char *recurrence_id)
{
  LtOccurrence *occurrence = g_new0 (LtOccurrence, 1);

  occurrence->event = g_object_ref (event);
  occurrence->series = series != NULL ? g_object_ref (series) : NULL;
  occurrence->start = start;
  occurrence->end = end;
  occurrence->recurrence_id = g_strdup (recurrence_id);
  occurrence->cancelled = lt_event_get_cancelled (event);
  g_ptr_array_add (occurrences, occurrence);
}

static char *
override_key (gint64      series_id,
              const char *recurrence_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "|%s", series_id, recurrence_id);
}

static gboolean
overlaps (gint64 start,
          gint64 end,
          gint64 from,
          gint64 to)
{
  /* A moment (start == end) counts when it lies in the period. */
  return start < to && (end > from || (end == start && start >= from));
}

/* Adds the occurrences of @series in [@from, @to) that no override replaces. */
static gboolean
expand_series (LtEvent    *series,
               GHashTable *overrides,
               gint64      from,
               gint64      to,
               GPtrArray  *occurrences,
               GError    **error)
{
  gint64                    start = lt_recurrence_parse_instant (lt_event_get_starts_at (series));
  gint64                    length = lt_recurrence_parse_instant (lt_event_get_ends_at (series)) - start;
  icaltimezone             *zone = icaltimezone_get_builtin_timezone (lt_event_get_time_zone (series));
  struct icalrecurrencetype rule;
  icalrecur_iterator       *iterator;
  struct icaltimetype       next;
  guint                     count = 0;

  if (zone == NULL)
    {
      g_set_error (error, LT_RECURRENCE_ERROR, LT_RECURRENCE_ERROR_UNKNOWN_ZONE,
                   _ ("The time zone “%s” is not known."), lt_event_get_time_zone (series));
      return FALSE;
    }
  if (!lt_recurrence_check_rule (lt_event_get_rrule (series), error))
    return FALSE;
  rule = icalrecurrencetype_from_string (lt_event_get_rrule (series));
  iterator = icalrecur_iterator_new (rule, icaltime_from_timet_with_zone (start, 0, zone));
  if (iterator == NULL)
    {
      free (rule.rscale);
      return lt_recurrence_check_rule (NULL, error);
    }
  /* Skip ahead to the period, where the rule allows it (not with COUNT). */
  if (rule.count == 0 && from - length > start)
    icalrecur_iterator_set_start (iterator,
                                  icaltime_from_timet_with_zone (from - length, 0, zone));

  for (next = icalrecur_iterator_next (iterator);
       !icaltime_is_null_time (next) && count < LT_RECURRENCE_MAX_PER_SERIES;
       next = icalrecur_iterator_next (iterator), count++)
    {
      gint64           at = icaltime_as_timet_with_zone (next, zone);
      g_autofree char *recurrence_id = NULL;
      g_autofree char *key = NULL;

      if (at >= to)
        break;
      if (!overlaps (at, at + length, from, to))
        continue;
      recurrence_id = lt_recurrence_format_instant (at);
      key = override_key (lt_record_get_id (LT_RECORD (series)), recurrence_id);
      if (!g_hash_table_contains (overrides, key))
        add_occurrence (occurrences, series, series, at, at + length, recurrence_id);
    }
  icalrecur_iterator_free (iterator);
  free (rule.rscale); /* the caller's, and read by the iterator until it is freed */
  return TRUE;
}

static int
compare_occurrences (gconstpointer a,
                     gconstpointer b)
{
  const LtOccurrence *x = *(LtOccurrence **) a;
  const LtOccurrence *y = *(LtOccurrence **) b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (x->end > y->end) - (x->end < y->end);
}

static LtEvent *
find_series (GPtrArray *events,
             gint64     id)
{
  for (guint i = 0; i < events->len; i++)
    if (lt_record_get_id (g_ptr_array_index (events, i)) == id)
      return g_ptr_array_index (events, i);
  return NULL;
}

/**
 * lt_occurrences_expand:
 * @events: (element-type LtEvent): the events, repeating ones with their overrides
 * @from, @to: the period, Unix seconds, @to not included
 *
 * Returns: (transfer full) (element-type LtOccurrence): what happens in the
 * period, by start; cancelled occurrences are in it, marked
 */
GPtrArray *
lt_occurrences_expand (GPtrArray *events,
                       gint64     from,
                       gint64     to,
                       GError   **error)
{
  g_autoptr (GPtrArray) occurrences = g_ptr_array_new_with_free_func (occurrence_free);
  g_autoptr (GHashTable) overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < events->len; i++)
    {
      LtEvent *event = g_ptr_array_index (events, i);

      if (lt_event_get_series_id (event) != 0)
        g_hash_table_add (overrides, override_key (lt_event_get_series_id (event),
                                                   lt_event_get_recurrence_id (event)));
    }

  for (guint i = 0; i < events->len; i++)
    {
      LtEvent *event = g_ptr_array_index (events, i);
      gint64   start = lt_recurrence_parse_instant (lt_event_get_starts_at (event));
      gint64   end = lt_recurrence_parse_instant (lt_event_get_ends_at (event));

      if (lt_event_get_rrule (event) != NULL && lt_event_get_series_id (event) == 0)
        {
          if (!expand_series (event, overrides, from, to, occurrences, error))
            return NULL;
        }
      else if (overlaps (start, end, from, to))
        add_occurrence (occurrences, event,
                        find_series (events, lt_event_get_series_id (event)), start, end,
                        lt_event_get_recurrence_id (event));
    }
  g_ptr_array_sort (occurrences, compare_occurrences);
  return g_steal_pointer (&occurrences);
}

/* ---- clashes ------------------------------------------------------------- */

static gboolean
in_school (GListModel *school_periods,
           GDateTime  *day)
{
  g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");

  for (guint i = 0; school_periods != NULL && i < g_list_model_get_n_items (school_periods); i++)
    {
      g_autoptr (LtSchoolPeriod) period = g_list_model_get_item (school_periods, i);
      LtSchoolKind kind = lt_school_period_get_kind (period);
      const char  *start = lt_school_period_get_start_date (period);
      const char  *end = lt_school_period_get_end_date (period);

      if (kind != LT_SCHOOL_KIND_SCHOOL && kind != LT_SCHOOL_KIND_SPECIAL_SCHOOL &&
          kind != LT_SCHOOL_KIND_BOARDING_SCHOOL)
        continue;
      /* Partial dates compare as their first day and "not yet ended". */
      if ((start == NULL || g_strcmp0 (start, iso) <= 0) &&
          (end == NULL || strncmp (end, iso, strlen (end)) >= 0))
        return TRUE;
    }
  return FALSE;
}

/* Whether a visit falls in school hours on a weekday the child is in school. */
static gboolean
in_school_hours (const LtOccurrence *occurrence,
                 GListModel         *school_periods)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier (lt_event_get_time_zone (occurrence->event));
  g_autoptr (GDateTime) utc_start = g_date_time_new_from_unix_utc (occurrence->start);
  g_autoptr (GDateTime) utc_end = g_date_time_new_from_unix_utc (occurrence->end);
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) end = NULL;
  int from, to;

  if (zone == NULL)
    zone = g_time_zone_new_local ();
  start = g_date_time_to_timezone (utc_start, zone);
  end = g_date_time_to_timezone (utc_end, zone);
  if (g_date_time_get_day_of_week (start) > 5 || !in_school (school_periods, start))
    return FALSE;
  from = g_date_time_get_hour (start) * 60 + g_date_time_get_minute (start);
  to = g_date_time_get_day_of_year (end) != g_date_time_get_day_of_year (start)
           ? 24 * 60
           : g_date_time_get_hour (end) * 60 + g_date_time_get_minute (end);
  return from < LT_SCHOOL_DAY_END && to > LT_SCHOOL_DAY_START;
}

/**
 * lt_occurrences_find_clashes:
 * @occurrences: (element-type LtOccurrence): by start, as from lt_occurrences_expand()
 * @school_periods: (nullable): the child's schools, for visits in school hours
 *
 * Two events of one child at once clash when one of them is a visit (a
 * call during an activity is not worth a warning); a visit on a school day
 * between 8 and 14 clashes with school.  Cancelled occurrences never clash.
 *
 * Returns: (transfer full) (element-type LtClash): the clashes
 */
GArray *
lt_occurrences_find_clashes (GPtrArray  *occurrences,
                             GListModel *school_periods)
{
  GArray *clashes = g_array_new (FALSE, FALSE, sizeof (LtClash));

  for (guint i = 0; i < occurrences->len; i++)
    {
      const LtOccurrence *a = g_ptr_array_index (occurrences, i);

      if (a->cancelled)
        continue;
      if (lt_event_is_visit (a->event) && in_school_hours (a, school_periods))
        {
          LtClash clash = { LT_CLASH_SCHOOL_HOURS, a, NULL };

          g_array_append_val (clashes, clash);
        }
      /* Sorted by start: only the following ones that start before @a ends. */
      for (guint k = i + 1; k < occurrences->len; k++)
        {
          const LtOccurrence *b = g_ptr_array_index (occurrences, k);
          LtClash             clash = { LT_CLASH_SAME_CHILD, a, b };

          if (b->start >= a->end)
            break;
          if (b->cancelled || lt_event_get_child_id (a->event) != lt_event_get_child_id (b->event) ||
              (!lt_event_is_visit (a->event) && !lt_event_is_visit (b->event)))
            continue;
          g_array_append_val (clashes, clash);
        }
    }
  return clashes;
}
