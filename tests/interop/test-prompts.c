/* test-prompts.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Reflection prompts fire on their data conditions and not otherwise: the
 * book quiet for three months, no contact with a sibling this year (a
 * cancelled visit is no contact), absence rising; a prompt put aside stays
 * away until the situation is a new one.
 */
#include "config.h"

#include "lt-test-util.h"

#include <string.h>

#include "lt-prompts.h"

typedef struct
{
  char    *folder;
  LtStore *store;
  LtChild *child;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("lt-prompts-XXXXXX", NULL);
  path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  fixture->child = g_object_new (LT_TYPE_CHILD, "name", "Åse Ærø", NULL);
  lt_child_set_household_id (fixture->child, 1);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (fixture->child), &error));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->child);
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static void
day (GDate *date,
     int    year,
     int    month,
     int    day_of_month)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day_of_month, month, year);
}

/* The keys of the prompts on @today, joined: "book-quiet:…|sibling-quiet:…". */
static char *
keys_on (Fixture     *fixture,
         const GDate *today)
{
  g_autoptr (GPtrArray) prompts = lt_prompts_for_child (fixture->store, fixture->child, today);
  g_autoptr (GString) keys = g_string_new (NULL);

  for (guint i = 0; i < prompts->len; i++)
    {
      LtPrompt *prompt = g_ptr_array_index (prompts, i);

      g_assert_nonnull (prompt->guidance);
      g_assert_cmpstr (prompt->message, !=, "");
      g_string_append_printf (keys, "%s%s", i > 0 ? "|" : "", prompt->key);
    }
  return g_string_free (g_steal_pointer (&keys), FALSE);
}

static void
test_nothing_to_say (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *keys = NULL;
  GDate            today;

  day (&today, 2026, 11, 23);
  keys = keys_on (fixture, &today);
  g_assert_cmpstr (keys, ==, "");
}

/* A page written "now": quiet after 91 days, not after 30. */
static void
test_book_quiet (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GListModel) chapters = NULL;
  g_autoptr (LtChapter) chapter = NULL;
  g_autoptr (LtStoryEntry) entry = lt_story_entry_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *soon = NULL;
  g_autofree char *later = NULL;
  GDate            today;

  g_assert_true (lt_store_ensure_chapters (fixture->store, fixture->child, NULL));
  chapters = lt_store_list_chapters (fixture->store, fixture->child);
  chapter = g_list_model_get_item (chapters, 0);
  lt_story_entry_set_chapter_id (entry, lt_record_get_id (LT_RECORD (chapter)));
  lt_story_entry_set_title (entry, "Min første dag");
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (entry), NULL));

  day (&today, g_date_time_get_year (now), g_date_time_get_month (now), g_date_time_get_day_of_month (now));
  g_date_add_days (&today, 30);
  soon = keys_on (fixture, &today);
  g_assert_null (strstr (soon, "book-quiet"));
  g_date_add_days (&today, 61);
  later = keys_on (fixture, &today);
  g_assert_true (g_str_has_prefix (later, "book-quiet:"));
}

static LtPerson *
add_person (Fixture     *fixture,
            const char  *name,
            LtPersonRole role)
{
  LtPerson *person = g_object_new (LT_TYPE_PERSON, "child-id", lt_record_get_id (LT_RECORD (fixture->child)), "name",
                                   name, "role", role, NULL);

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (person), NULL));
  return person;
}

static LtEvent *
add_visit (Fixture    *fixture,
           LtPerson   *with,
           const char *starts_at,
           const char *ends_at,
           gboolean    cancelled)
{
  g_autoptr (GPtrArray) persons = g_ptr_array_new ();
  LtEvent *event = g_object_new (LT_TYPE_EVENT, "child-id", lt_record_get_id (LT_RECORD (fixture->child)), "title",
                                 "Samvær med Mikkel", "starts-at", starts_at, "ends-at", ends_at, "cancelled",
                                 cancelled, NULL);

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (event), NULL));
  g_ptr_array_add (persons, with);
  g_assert_true (lt_store_set_event_persons (fixture->store, event, persons, NULL));
  return event;
}

static void
test_sibling_quiet (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (LtPerson) mikkel = add_person (fixture, "Mikkel", LT_PERSON_ROLE_HALF_SIBLING);
  g_autoptr (LtPerson) mother = add_person (fixture, "Camilla", LT_PERSON_ROLE_MOTHER);
  g_autoptr (LtEvent) cancelled = NULL;
  g_autoptr (LtEvent) held = NULL;
  g_autoptr (LtEvent) last_year = NULL;
  g_autofree char *expected = g_strdup_printf ("sibling-quiet:%" G_GINT64_FORMAT ":2026",
                                               lt_record_get_id (LT_RECORD (mikkel)));
  g_autofree char *alone = NULL;
  g_autofree char *after_cancelled = NULL;
  g_autofree char *after_held = NULL;
  g_autofree char *next_year = NULL;
  GDate            today;

  day (&today, 2026, 11, 23);
  alone = keys_on (fixture, &today);
  /* Mikkel, not the mother: the prompt is about siblings. */
  g_assert_cmpstr (alone, ==, expected);

  last_year = add_visit (fixture, mikkel, "2025-12-20T10:00:00Z", "2025-12-20T12:00:00Z", FALSE);
  cancelled = add_visit (fixture, mikkel, "2026-03-14T10:00:00Z", "2026-03-14T12:00:00Z", TRUE);
  after_cancelled = keys_on (fixture, &today);
  g_assert_cmpstr (after_cancelled, ==, expected);

  held = add_visit (fixture, mikkel, "2026-09-13T10:00:00Z", "2026-09-13T12:00:00Z", FALSE);
  after_held = keys_on (fixture, &today);
  g_assert_cmpstr (after_held, ==, "");

  /* In the new year the question comes back, as a new one. */
  day (&today, 2027, 2, 1);
  next_year = keys_on (fixture, &today);
  g_assert_true (g_str_has_prefix (next_year, "sibling-quiet:"));
  g_assert_true (g_str_has_suffix (next_year, ":2027"));
}

static void
add_absence (Fixture    *fixture,
             const char *day_iso)
{
  g_autoptr (LtAbsence) absence = g_object_new (LT_TYPE_ABSENCE, "child-id",
                                                lt_record_get_id (LT_RECORD (fixture->child)), "day", day_iso, NULL);

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (absence), NULL));
}

/* One day in each of July to September, three in October: rising in
 * October, seen in November; put aside, it stays away. */
static void
test_absence_rising (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *rising = NULL;
  g_autofree char *after_put_aside = NULL;
  g_autofree char *november = NULL;
  g_autoptr (GPtrArray) prompts = NULL;
  GDate today;

  add_absence (fixture, "2026-07-01");
  add_absence (fixture, "2026-08-20");
  add_absence (fixture, "2026-09-10");
  add_absence (fixture, "2026-10-05");
  add_absence (fixture, "2026-10-06");
  add_absence (fixture, "2026-10-20");
  day (&today, 2026, 11, 15);
  rising = keys_on (fixture, &today);
  g_assert_cmpstr (rising, ==, "absence-rising:2026-10");
  prompts = lt_prompts_for_child (fixture->store, fixture->child, &today);
  g_assert_cmpstr (((LtPrompt *) g_ptr_array_index (prompts, 0))->guidance, ==, "gp-school");

  /* Put aside, it stays away for October… */
  g_assert_true (lt_store_dismiss_prompt (fixture->store, fixture->child, "absence-rising:2026-10", NULL));
  after_put_aside = keys_on (fixture, &today);
  g_assert_cmpstr (after_put_aside, ==, "");

  /* …and it is not about November. */
  day (&today, 2026, 12, 1);
  november = keys_on (fixture, &today);
  g_assert_cmpstr (november, ==, "");
}

/* Three days every month is steady, not rising. */
static void
test_absence_steady (Fixture      *fixture,
                     gconstpointer data)
{
  const char *const days[] = { "2026-07-01", "2026-07-02", "2026-07-03", "2026-08-11", "2026-08-12", "2026-08-13",
                               "2026-09-08", "2026-09-09", "2026-09-10", "2026-10-05", "2026-10-06", "2026-10-07" };
  g_autofree char  *keys = NULL;
  GDate             today;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    add_absence (fixture, days[i]);
  day (&today, 2026, 11, 15);
  keys = keys_on (fixture, &today);
  g_assert_cmpstr (keys, ==, "");
}

static void
add_school (Fixture     *fixture,
            LtSchoolKind kind)
{
  g_autoptr (LtSchoolPeriod) school = g_object_new (LT_TYPE_SCHOOL_PERIOD, "child-id",
                                                    lt_record_get_id (LT_RECORD (fixture->child)), "institution",
                                                    "Brønderslev Skole", "kind", kind, "start-date", "2021-08-09", NULL);

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (school), NULL));
}

/* In school with no talk this school year: asked from October, not in
 * September; a talk planned (or a cancelled one, which does not count). */
static void
test_school_talk (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *september = NULL;
  g_autofree char *november = NULL;
  g_autofree char *with_cancelled = NULL;
  g_autofree char *with_talk = NULL;
  g_autofree char *spring = NULL;
  g_autoptr (LtEvent) cancelled = NULL;
  g_autoptr (LtEvent) talk = NULL;
  GDate today;

  add_school (fixture, LT_SCHOOL_KIND_SCHOOL);
  day (&today, 2026, 9, 20);
  september = keys_on (fixture, &today);
  g_assert_cmpstr (september, ==, "");
  day (&today, 2026, 11, 23);
  november = keys_on (fixture, &today);
  g_assert_cmpstr (november, ==, "school-talk:2026");

  cancelled = g_object_new (LT_TYPE_EVENT, "child-id", lt_record_get_id (LT_RECORD (fixture->child)), "kind",
                            LT_EVENT_KIND_SCHOOL_MEETING, "title", "Skole-hjem-samtale", "starts-at",
                            "2026-11-05T14:00:00Z", "ends-at", "2026-11-05T14:30:00Z", "cancelled", TRUE, NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (cancelled), NULL));
  with_cancelled = keys_on (fixture, &today);
  g_assert_cmpstr (with_cancelled, ==, "school-talk:2026");

  talk = g_object_new (LT_TYPE_EVENT, "child-id", lt_record_get_id (LT_RECORD (fixture->child)), "kind",
                       LT_EVENT_KIND_SCHOOL_MEETING, "title", "Skole-hjem-samtale", "starts-at", "2026-12-10T14:00:00Z",
                       "ends-at", "2026-12-10T14:30:00Z", NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (talk), NULL));
  with_talk = keys_on (fixture, &today);
  g_assert_cmpstr (with_talk, ==, "");
  /* In the spring the talk of December still counts for the school year. */
  day (&today, 2027, 3, 1);
  spring = keys_on (fixture, &today);
  g_assert_cmpstr (spring, ==, "");
}

/* Day care and youth education have no school-home talks to ask about. */
static void
test_school_talk_not_in_day_care (Fixture      *fixture,
                                  gconstpointer data)
{
  g_autofree char *keys = NULL;
  GDate            today;

  add_school (fixture, LT_SCHOOL_KIND_KINDERGARTEN);
  day (&today, 2026, 11, 23);
  keys = keys_on (fixture, &today);
  g_assert_cmpstr (keys, ==, "");
}

static void
add_outcome (Fixture    *fixture,
             LtEvent    *series,
             const char *at,
             LtOutcome   outcome)
{
  g_autoptr (LtRecord) changed = lt_record_copy (LT_RECORD (series));

  lt_record_set_identity (changed, 0, NULL, NULL);
  g_object_set (changed, "rrule", NULL, "series-id", lt_record_get_id (LT_RECORD (series)), "recurrence-id", at,
                "starts-at", at, "ends-at", at, "outcome", outcome, "cancelled",
                outcome == LT_OUTCOME_CANCELLED_BY_PARENT, NULL);
  g_assert_true (lt_store_add (fixture->store, changed, NULL));
}

/* A weekly visit at 10:00 Copenhagen time (09:00Z after summer time):
 * two of the last three cancelled by the parent or not turned up to
 * brings the question; one does not. */
static void
test_missed_visits (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (LtEvent) visit = g_object_new (LT_TYPE_EVENT, "child-id", lt_record_get_id (LT_RECORD (fixture->child)),
                                            "kind", LT_EVENT_KIND_SUPERVISED, "title", "Samvær med mor", "starts-at",
                                            "2026-10-03T08:00:00Z", "ends-at", "2026-10-03T10:00:00Z", "rrule",
                                            "FREQ=WEEKLY;BYDAY=SA", NULL);
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  GDate            today;

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (visit), NULL));
  add_outcome (fixture, visit, "2026-11-07T09:00:00Z", LT_OUTCOME_CANCELLED_BY_PARENT);
  add_outcome (fixture, visit, "2026-11-14T09:00:00Z", LT_OUTCOME_HELD);
  day (&today, 2026, 11, 23);
  one = keys_on (fixture, &today);
  g_assert_cmpstr (one, ==, "");
  add_outcome (fixture, visit, "2026-11-21T09:00:00Z", LT_OUTCOME_NO_SHOW);
  two = keys_on (fixture, &today);
  g_assert_true (g_str_has_prefix (two, "visits-missed:"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/prompts/nothing-to-say", test_nothing_to_say);
  ADD ("/prompts/book-quiet", test_book_quiet);
  ADD ("/prompts/sibling-quiet", test_sibling_quiet);
  ADD ("/prompts/absence-rising", test_absence_rising);
  ADD ("/prompts/absence-steady", test_absence_steady);
  ADD ("/prompts/school-talk", test_school_talk);
  ADD ("/prompts/school-talk-not-in-day-care", test_school_talk_not_in_day_care);
  ADD ("/prompts/missed-visits", test_missed_visits);
#undef ADD
  return g_test_run ();
}
