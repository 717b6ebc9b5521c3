/* test-recurrence.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Repeating visits expanded in Copenhagen time across the changes to and
 * from summer time, with moved and cancelled occurrences, and the clashes
 * between a child's events and with school.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "lt-recurrence.h"

static gint64 next_id = 1;

static LtEvent *
event (LtEventKind kind,
       const char *starts_at,
       const char *ends_at,
       const char *rrule)
{
  LtEvent *made = g_object_new (LT_TYPE_EVENT, "child-id", (gint64) 1, "kind", kind, "title",
                                "Samvær med mor", "starts-at", starts_at, "ends-at", ends_at,
                                "rrule", rrule, NULL);

  /* An id as the store would give, so overrides can name their series. */
  lt_record_set_identity (LT_RECORD (made), next_id++, NULL, NULL);
  return made;
}

static LtEvent *
override (LtEvent    *series,
          const char *recurrence_id,
          const char *starts_at,
          const char *ends_at,
          gboolean    cancelled)
{
  LtEvent *made = event (lt_event_get_kind (series), starts_at, ends_at, NULL);

  lt_event_set_series_id (made, lt_record_get_id (LT_RECORD (series)));
  lt_event_set_recurrence_id (made, recurrence_id);
  lt_event_set_cancelled (made, cancelled);
  return made;
}

static gint64
at (const char *iso)
{
  return lt_recurrence_parse_instant (iso);
}

static GPtrArray *
expand (GPtrArray  *events,
        const char *from,
        const char *to)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *occurrences = lt_occurrences_expand (events, at (from), at (to), &error);

  g_assert_no_error (error);
  return occurrences;
}

static char *
start_of (GPtrArray *occurrences,
          guint      i)
{
  return lt_recurrence_format_instant (((LtOccurrence *) g_ptr_array_index (occurrences, i))->start);
}

/* Every other Saturday 10–14 local: 08:00 UTC in summer time, 09:00 after
 * the clocks go back on 25 October 2026. */
static void
test_fortnightly_across_dst (void)
{
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) occurrences = NULL;
  const char *const expected[] = { "2026-10-10T08:00:00Z", "2026-10-24T08:00:00Z",
                                   "2026-11-07T09:00:00Z", "2026-11-21T09:00:00Z",
                                   "2026-12-05T09:00:00Z" };

  g_ptr_array_add (events, event (LT_EVENT_KIND_SUPERVISED, "2026-10-10T08:00:00Z",
                                  "2026-10-10T12:00:00Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"));
  occurrences = expand (events, "2026-10-01T00:00:00Z", "2026-12-10T00:00:00Z");
  g_assert_cmpuint (occurrences->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < occurrences->len; i++)
    {
      g_autofree char *start = start_of (occurrences, i);
      LtOccurrence    *occurrence = g_ptr_array_index (occurrences, i);

      g_assert_cmpstr (start, ==, expected[i]);
      g_assert_cmpint (occurrence->end - occurrence->start, ==, 4 * 3600);
      g_assert_cmpstr (occurrence->recurrence_id, ==, expected[i]);
      g_assert_false (occurrence->cancelled);
    }

  /* Spring: 29 March 2026; a weekly Sunday call at 18:00 local. */
  g_ptr_array_set_size (events, 0);
  g_ptr_array_add (events, event (LT_EVENT_KIND_PHONE, "2026-03-22T17:00:00Z",
                                  "2026-03-22T17:15:00Z", "FREQ=WEEKLY;BYDAY=SU"));
  g_clear_pointer (&occurrences, g_ptr_array_unref);
  occurrences = expand (events, "2026-03-20T00:00:00Z", "2026-04-06T00:00:00Z");
  g_assert_cmpuint (occurrences->len, ==, 3);
  {
    g_autofree char *before = start_of (occurrences, 0);
    g_autofree char *after = start_of (occurrences, 1);

    g_assert_cmpstr (before, ==, "2026-03-22T17:00:00Z");
    g_assert_cmpstr (after, ==, "2026-03-29T16:00:00Z");
  }
}

static void
test_rules (void)
{
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) occurrences = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  /* The second Saturday of each month, until the end of the year. */
  g_ptr_array_add (events, event (LT_EVENT_KIND_UNSUPERVISED, "2026-09-12T09:00:00Z",
                                  "2026-09-12T15:00:00Z",
                                  "FREQ=MONTHLY;BYDAY=2SA;UNTIL=20261231T230000Z"));
  occurrences = expand (events, "2026-01-01T00:00:00Z", "2028-01-01T00:00:00Z");
  g_assert_cmpuint (occurrences->len, ==, 4); /* September to December */
  first = start_of (occurrences, 0);
  last = start_of (occurrences, 3);
  g_assert_cmpstr (first, ==, "2026-09-12T09:00:00Z");
  g_assert_cmpstr (last, ==, "2026-12-12T10:00:00Z"); /* 10:00 UTC is still 11:00 local */

  /* A count, and a period that starts after the first ones. */
  g_ptr_array_set_size (events, 0);
  g_ptr_array_add (events, event (LT_EVENT_KIND_VIDEO, "2026-01-07T18:00:00Z",
                                  "2026-01-07T18:30:00Z", "FREQ=WEEKLY;COUNT=10"));
  g_clear_pointer (&occurrences, g_ptr_array_unref);
  occurrences = expand (events, "2026-02-01T00:00:00Z", "2026-12-01T00:00:00Z");
  g_assert_cmpuint (occurrences->len, ==, 6); /* 4 of the 10 were in January */

  /* A period far into an endless series starts where it should. */
  g_ptr_array_set_size (events, 0);
  g_ptr_array_add (events, event (LT_EVENT_KIND_PHONE, "2020-01-01T18:00:00Z",
                                  "2020-01-01T18:15:00Z", "FREQ=DAILY"));
  g_clear_pointer (&occurrences, g_ptr_array_unref);
  occurrences = expand (events, "2026-06-01T00:00:00Z", "2026-06-08T00:00:00Z");
  g_assert_cmpuint (occurrences->len, ==, 7);

  /* RSCALE (RFC 7529), which libical hands out as a copy: found leaking by
   * fuzzing; a double free would end the test (MALLOC_CHECK_). */
  g_ptr_array_set_size (events, 0);
  g_ptr_array_add (events, event (LT_EVENT_KIND_PHONE, "2026-01-07T18:00:00Z",
                                  "2026-01-07T18:30:00Z", "FREQ=WEEKLY;COUNT=3;RSCALE=GREGORIAN"));
  g_assert_true (lt_recurrence_check_rule (lt_event_get_rrule (g_ptr_array_index (events, 0)), NULL));
  g_clear_pointer (&occurrences, g_ptr_array_unref);
  occurrences = expand (events, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
  g_assert_cmpuint (occurrences->len, ==, 3);
}

/* One occurrence moved, one cancelled: the rest untouched. */
static void
test_exceptions (void)
{
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) occurrences = NULL;
  g_autoptr (GPtrArray) earlier = NULL;
  LtEvent      *series = event (LT_EVENT_KIND_SUPERVISED, "2026-11-07T09:00:00Z",
                                "2026-11-07T13:00:00Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA");
  LtOccurrence *moved, *cancelled;

  g_ptr_array_add (events, series);
  /* 21 November moved to Sunday the 22nd; 5 December cancelled. */
  g_ptr_array_add (events, override (series, "2026-11-21T09:00:00Z", "2026-11-22T10:00:00Z",
                                     "2026-11-22T14:00:00Z", FALSE));
  g_ptr_array_add (events, override (series, "2026-12-05T09:00:00Z", "2026-12-05T09:00:00Z",
                                     "2026-12-05T13:00:00Z", TRUE));
  occurrences = expand (events, "2026-11-01T00:00:00Z", "2026-12-31T00:00:00Z");

  g_assert_cmpuint (occurrences->len, ==, 4); /* 7/11, 22/11 (moved), 5/12 (cancelled), 19/12 */
  moved = g_ptr_array_index (occurrences, 1);
  g_assert_cmpint (moved->start, ==, at ("2026-11-22T10:00:00Z"));
  g_assert_true (moved->series == series);
  g_assert_true (moved->event != series);
  g_assert_cmpstr (moved->recurrence_id, ==, "2026-11-21T09:00:00Z");
  cancelled = g_ptr_array_index (occurrences, 2);
  g_assert_true (cancelled->cancelled);
  for (guint i = 0; i < occurrences->len; i++)
    g_assert_cmpint (((LtOccurrence *) g_ptr_array_index (occurrences, i))->start, !=,
                     at ("2026-11-21T09:00:00Z"));

  /* Moved out of the period: gone from it, though the original was in it. */
  earlier = expand (events, "2026-11-21T00:00:00Z", "2026-11-22T00:00:00Z");
  g_assert_cmpuint (earlier->len, ==, 0);
}

static void
test_bad_rules (void)
{
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  LtEvent *zoned;

  g_assert_false (lt_recurrence_check_rule ("FREQ=SOMETIMES", &error));
  g_assert_error (error, LT_RECURRENCE_ERROR, LT_RECURRENCE_ERROR_INVALID_RULE);
  g_clear_error (&error);
  g_assert_true (lt_recurrence_check_rule ("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", &error));

  zoned = event (LT_EVENT_KIND_PHONE, "2026-01-01T18:00:00Z", "2026-01-01T18:15:00Z", "FREQ=DAILY");
  lt_event_set_time_zone (zoned, "Europe/Atlantis");
  g_ptr_array_add (events, zoned);
  g_assert_null (lt_occurrences_expand (events, at ("2026-01-01T00:00:00Z"),
                                        at ("2026-02-01T00:00:00Z"), &error));
  g_assert_error (error, LT_RECURRENCE_ERROR, LT_RECURRENCE_ERROR_UNKNOWN_ZONE);
}

static guint
count_kind (GArray     *clashes,
            LtClashKind kind)
{
  guint n = 0;

  for (guint i = 0; i < clashes->len; i++)
    n += g_array_index (clashes, LtClash, i).kind == kind;
  return n;
}

static void
test_clashes (void)
{
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GListStore) schools = g_list_store_new (LT_TYPE_SCHOOL_PERIOD);
  g_autoptr (LtSchoolPeriod) school = g_object_new (LT_TYPE_SCHOOL_PERIOD, "institution",
                                                    "Brønderslev Skole", "kind",
                                                    LT_SCHOOL_KIND_SCHOOL, "start-date",
                                                    "2021-08-09", NULL);
  g_autoptr (GPtrArray) occurrences = NULL;
  g_autoptr (GArray) clashes = NULL;
  LtEvent *call, *cancelled_visit;

  g_list_store_append (schools, school);
  /* Saturday: a visit and a handball match at the same time. */
  g_ptr_array_add (events, event (LT_EVENT_KIND_SUPERVISED, "2026-11-28T09:00:00Z",
                                  "2026-11-28T13:00:00Z", NULL));
  g_ptr_array_add (events, event (LT_EVENT_KIND_LEISURE, "2026-11-28T12:00:00Z",
                                  "2026-11-28T14:00:00Z", NULL));
  /* Sunday: a call during the activity is no clash. */
  g_ptr_array_add (events, event (LT_EVENT_KIND_LEISURE, "2026-11-29T09:00:00Z",
                                  "2026-11-29T11:00:00Z", NULL));
  call = event (LT_EVENT_KIND_PHONE, "2026-11-29T10:00:00Z", "2026-11-29T10:15:00Z", NULL);
  g_ptr_array_add (events, call);
  /* Tuesday 10:00 local: a visit in school hours; and one after school. */
  g_ptr_array_add (events, event (LT_EVENT_KIND_SUPPORTED, "2026-12-01T09:00:00Z",
                                  "2026-12-01T10:00:00Z", NULL));
  g_ptr_array_add (events, event (LT_EVENT_KIND_SUPPORTED, "2026-12-01T14:30:00Z",
                                  "2026-12-01T16:00:00Z", NULL));
  /* Wednesday: two visits at once, one of them cancelled. */
  cancelled_visit = event (LT_EVENT_KIND_SUPERVISED, "2026-12-02T15:00:00Z",
                           "2026-12-02T17:00:00Z", NULL);
  lt_event_set_cancelled (cancelled_visit, TRUE);
  g_ptr_array_add (events, cancelled_visit);
  g_ptr_array_add (events, event (LT_EVENT_KIND_UNSUPERVISED, "2026-12-02T15:00:00Z",
                                  "2026-12-02T16:00:00Z", NULL));

  occurrences = expand (events, "2026-11-23T00:00:00Z", "2026-12-07T00:00:00Z");
  clashes = lt_occurrences_find_clashes (occurrences, G_LIST_MODEL (schools));
  g_assert_cmpuint (count_kind (clashes, LT_CLASH_SAME_CHILD), ==, 1);
  g_assert_cmpuint (count_kind (clashes, LT_CLASH_SCHOOL_HOURS), ==, 1);
  for (guint i = 0; i < clashes->len; i++)
    {
      LtClash *clash = &g_array_index (clashes, LtClash, i);

      if (clash->kind == LT_CLASH_SCHOOL_HOURS)
        g_assert_cmpint (clash->first->start, ==, at ("2026-12-01T09:00:00Z"));
      else
        g_assert_cmpint (lt_event_get_kind (clash->second->event), ==, LT_EVENT_KIND_LEISURE);
      g_assert_false (clash->first->event == call);
    }

  /* Without a school, no school clash. */
  g_clear_pointer (&clashes, g_array_unref);
  clashes = lt_occurrences_find_clashes (occurrences, NULL);
  g_assert_cmpuint (count_kind (clashes, LT_CLASH_SCHOOL_HOURS), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recurrence/fortnightly-across-dst", test_fortnightly_across_dst);
  g_test_add_func ("/recurrence/rules", test_rules);
  g_test_add_func ("/recurrence/exceptions", test_exceptions);
  g_test_add_func ("/recurrence/bad-rules", test_bad_rules);
  g_test_add_func ("/recurrence/clashes", test_clashes);
  return g_test_run ();
}
