/* test-contact-summary.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Last seen and last heard from: held against cancelled and no-show, visits
 * against calls, the times of a series, and the chosen period.
 */
#include "config.h"

#include "lt-test-util.h"

#include <locale.h>

#include "lt-contact-summary.h"
#include "lt-demo.h"
#include "lt-recurrence.h"
#include "lt-store-contact.h"

#define MOTHER 11
#define GRANDMOTHER 12
#define DAY (24 * 60 * 60)

/* Sunday 22 November 2026, noon in Copenhagen. */
static gint64
now (void)
{
  return lt_recurrence_parse_instant ("2026-11-22T11:00:00Z");
}

static LtEvent *
event_new (LtEventKind kind,
           LtOutcome   outcome)
{
  return g_object_new (LT_TYPE_EVENT, "kind", kind, "outcome", outcome, "title", "x", NULL);
}

/* Counts one time of @event (of @series, when given) for @person. */
static void
add (LtContactSummary *summary,
     LtEvent          *event,
     LtEvent          *series,
     const char       *start,
     gboolean          cancelled,
     gint64            person)
{
  LtOccurrence occurrence = { event, series, 0, 0, NULL, cancelled };

  occurrence.start = lt_recurrence_parse_instant (start);
  occurrence.end = occurrence.start + 3600;
  lt_contact_summary_add (summary, &occurrence, &person, 1, now ());
}

static void
test_held_only (void)
{
  g_autoptr (LtContactSummary) summary = lt_contact_summary_new ();
  g_autoptr (LtEvent) held = event_new (LT_EVENT_KIND_SUPERVISED, LT_OUTCOME_HELD);
  g_autoptr (LtEvent) cancelled = event_new (LT_EVENT_KIND_SUPERVISED, LT_OUTCOME_CANCELLED_BY_PARENT);
  g_autoptr (LtEvent) no_show = event_new (LT_EVENT_KIND_SUPERVISED, LT_OUTCOME_NO_SHOW);
  g_autoptr (LtEvent) unwritten = event_new (LT_EVENT_KIND_SUPERVISED, LT_OUTCOME_PLANNED);
  g_autoptr (LtEvent) future = event_new (LT_EVENT_KIND_SUPERVISED, LT_OUTCOME_HELD);
  const LtContact *mother;

  add (summary, held, NULL, "2026-10-17T08:00:00Z", FALSE, MOTHER);
  add (summary, cancelled, NULL, "2026-10-31T08:00:00Z", FALSE, MOTHER);
  add (summary, no_show, NULL, "2026-11-07T08:00:00Z", FALSE, MOTHER);
  /* A single visit without a follow-up is not known to have happened. */
  add (summary, unwritten, NULL, "2026-11-14T09:00:00Z", FALSE, MOTHER);
  /* Held, but marked cancelled as an occurrence: cancelled wins. */
  add (summary, held, NULL, "2026-11-15T08:00:00Z", TRUE, MOTHER);
  add (summary, future, NULL, "2026-11-28T08:00:00Z", FALSE, MOTHER);

  mother = lt_contact_summary_lookup (summary, MOTHER);
  g_assert_nonnull (mother);
  g_assert_cmpint (mother->last_seen, ==, lt_recurrence_parse_instant ("2026-10-17T08:00:00Z"));
  g_assert_cmpint (mother->last_heard, ==, 0);
  g_assert_null (lt_contact_summary_lookup (summary, GRANDMOTHER));
}

static void
test_seen_and_heard (void)
{
  g_autoptr (LtContactSummary) summary = lt_contact_summary_new ();
  g_autoptr (LtEvent) visit = event_new (LT_EVENT_KIND_SUPPORTED, LT_OUTCOME_HELD);
  g_autoptr (LtEvent) call = event_new (LT_EVENT_KIND_PHONE, LT_OUTCOME_HELD);
  g_autoptr (LtEvent) video = event_new (LT_EVENT_KIND_VIDEO, LT_OUTCOME_HELD);
  g_autoptr (LtEvent) letter = event_new (LT_EVENT_KIND_LETTER, LT_OUTCOME_HELD);
  g_autoptr (LtEvent) meeting = event_new (LT_EVENT_KIND_MEETING, LT_OUTCOME_HELD);
  g_autoptr (LtEvent) birthday = event_new (LT_EVENT_KIND_BIRTHDAY, LT_OUTCOME_HELD);
  g_autofree char *text = NULL;
  const LtContact *contact;

  add (summary, visit, NULL, "2026-09-13T12:00:00Z", FALSE, GRANDMOTHER);
  add (summary, call, NULL, "2026-10-04T17:00:00Z", FALSE, GRANDMOTHER);
  add (summary, letter, NULL, "2026-10-20T10:00:00Z", FALSE, GRANDMOTHER);
  add (summary, video, NULL, "2026-10-11T17:00:00Z", FALSE, GRANDMOTHER);
  /* A meeting or a birthday is not contact with the child. */
  add (summary, meeting, NULL, "2026-11-20T12:00:00Z", FALSE, GRANDMOTHER);
  add (summary, birthday, NULL, "2026-11-21T12:00:00Z", FALSE, MOTHER);

  contact = lt_contact_summary_lookup (summary, GRANDMOTHER);
  g_assert_cmpint (contact->last_seen, ==, lt_recurrence_parse_instant ("2026-09-13T12:00:00Z"));
  g_assert_cmpint (contact->last_heard, ==, lt_recurrence_parse_instant ("2026-10-20T10:00:00Z"));
  g_assert_cmpint (lt_contact_get_last (contact), ==, contact->last_heard);
  g_assert_null (lt_contact_summary_lookup (summary, MOTHER));

  /* The later call is named; 20 October to 22 November is 33 days. */
  text = lt_contact_describe (contact, now ());
  g_assert_cmpstr (text, ==, "heard from 4 weeks ago");
}

/* The times of a repeating call count unless cancelled; a changed time
 * counts by its own outcome. */
static void
test_series (void)
{
  g_autoptr (LtContactSummary) summary = lt_contact_summary_new ();
  g_autoptr (LtEvent) series = event_new (LT_EVENT_KIND_PHONE, LT_OUTCOME_PLANNED);
  g_autoptr (LtEvent) no_show = event_new (LT_EVENT_KIND_PHONE, LT_OUTCOME_NO_SHOW);
  const LtContact *contact;

  add (summary, series, series, "2026-11-01T17:00:00Z", FALSE, GRANDMOTHER);
  add (summary, series, series, "2026-11-08T17:00:00Z", FALSE, GRANDMOTHER);
  add (summary, series, series, "2026-11-15T17:00:00Z", TRUE, GRANDMOTHER);
  add (summary, no_show, series, "2026-11-22T10:00:00Z", FALSE, GRANDMOTHER);
  add (summary, series, series, "2026-11-29T17:00:00Z", FALSE, GRANDMOTHER);

  contact = lt_contact_summary_lookup (summary, GRANDMOTHER);
  g_assert_cmpint (contact->last_heard, ==, lt_recurrence_parse_instant ("2026-11-08T17:00:00Z"));
  g_assert_cmpint (contact->last_seen, ==, 0);
}

static void
test_period (void)
{
  LtContact        contact = { MOTHER, 0, 0 };
  g_autofree char *today = NULL;
  g_autofree char *yesterday = NULL;
  g_autofree char *days = NULL;
  g_autofree char *months = NULL;

  g_assert_true (lt_contact_is_missed (NULL, now (), 6));
  g_assert_true (lt_contact_is_missed (&contact, now (), 6));
  g_assert_null (lt_contact_describe (&contact, now ()));

  /* Exactly six weeks ago is within six weeks; a day more is not. */
  contact.last_seen = now () - 42 * DAY;
  g_assert_false (lt_contact_is_missed (&contact, now (), 6));
  contact.last_seen = now () - 43 * DAY;
  g_assert_true (lt_contact_is_missed (&contact, now (), 6));
  g_assert_false (lt_contact_is_missed (&contact, now (), 7));
  /* Heard from lately is not missed, though not seen for long. */
  contact.last_heard = now () - 2 * DAY;
  g_assert_false (lt_contact_is_missed (&contact, now (), 6));

  contact = (LtContact){ MOTHER, now () - 3600, 0 };
  today = lt_contact_describe (&contact, now ());
  g_assert_cmpstr (today, ==, "seen today");
  contact.last_seen = now () - DAY;
  yesterday = lt_contact_describe (&contact, now ());
  g_assert_cmpstr (yesterday, ==, "seen yesterday");
  contact.last_seen = now () - 5 * DAY;
  days = lt_contact_describe (&contact, now ());
  g_assert_cmpstr (days, ==, "seen 5 days ago");
  contact.last_seen = now () - 100 * DAY;
  months = lt_contact_describe (&contact, now ());
  g_assert_cmpstr (months, ==, "seen 3 months ago");
}

/* The demo: Mikkel's visits were cancelled after September, so he has not
 * been seen for ten weeks on 23 November; Ida's mother's Saturdays
 * without a follow-up still count. */
static void
test_demo (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-contact-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "household.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = lt_store_open (path, &error);
  g_autoptr (GListModel) children = NULL;
  g_autoptr (LtChild) ida = NULL;
  g_autoptr (GListModel) persons = NULL;
  g_autoptr (LtContactSummary) summary = NULL;
  gint64 when = lt_recurrence_parse_instant ("2026-11-23T12:00:00Z");
  guint  n_missed = 0;

  g_assert_true (lt_demo_populate (store, &error));
  children = lt_store_list_children (store);
  for (guint i = 0; i < g_list_model_get_n_items (children) && ida == NULL; i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_str_equal (lt_child_get_display_name (child), "Ida"))
        ida = g_steal_pointer (&child);
    }
  g_assert_nonnull (ida);
  summary = lt_contact_summary_new_for_child (store, ida, when, &error);
  g_assert_no_error (error);

  persons = lt_store_list_persons (store, ida);
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);
      const LtContact *contact = lt_contact_summary_lookup (summary, lt_record_get_id (LT_RECORD (person)));
      const char      *name = lt_person_get_name (person);

      if (g_str_equal (name, "Camilla Sørensen"))
        {
          g_assert_true (lt_person_get_matters_most (person));
          g_assert_cmpint (contact->last_seen, ==, lt_recurrence_parse_instant ("2026-11-14T09:00:00Z"));
        }
      else if (g_str_equal (name, "Mikkel Sørensen"))
        {
          g_assert_true (lt_person_get_matters_most (person));
          g_assert_cmpint (contact->last_seen, ==, lt_recurrence_parse_instant ("2026-09-13T12:00:00Z"));
          g_assert_cmpuint (lt_contact_days_since (contact->last_seen, when) / 7, ==, 10);
        }
      else if (g_str_equal (name, "Else Sørensen"))
        g_assert_cmpint (contact->last_heard, ==, lt_recurrence_parse_instant ("2026-11-22T18:00:00Z"));
      if (lt_person_get_matters_most (person) &&
          lt_contact_is_missed (contact, when, lt_store_get_contact_weeks (store, lt_record_get_id (LT_RECORD (ida)))))
        {
          g_assert_cmpstr (name, ==, "Mikkel Sørensen");
          n_missed++;
        }
    }
  g_assert_cmpuint (n_missed, ==, 1);

  g_clear_object (&persons);
  g_clear_object (&ida);
  g_clear_object (&children);
  g_assert_finalize_object (g_steal_pointer (&store));
  lt_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/contact-summary/held-only", test_held_only);
  g_test_add_func ("/contact-summary/seen-and-heard", test_seen_and_heard);
  g_test_add_func ("/contact-summary/series", test_series);
  g_test_add_func ("/contact-summary/period", test_period);
  g_test_add_func ("/contact-summary/demo", test_demo);
  return g_test_run ();
}
