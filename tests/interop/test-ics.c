/* test-ics.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A child's calendar written as .ics and read back by an independent
 * parser (python3-icalendar) and by Livstråd into another household;
 * files from other programs (an Outlook-style time zone); and malformed
 * files refused with nothing imported.
 */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "lt-ics.h"
#include "lt-recurrence.h"

typedef struct
{
  char    *folder;
  LtStore *store;
  LtChild *ida;
} Fixture;

static LtStore *
open_store (const char *folder,
            const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr (GError) error = NULL;
  LtStore *store = lt_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static LtChild *
add_child (LtStore *store)
{
  LtChild *child = g_object_new (LT_TYPE_CHILD, "name", "Ida Marie Sørensen", "preferred-name",
                                 "Ida", NULL);

  lt_child_set_household_id (child, lt_record_get_id (LT_RECORD (lt_store_get_household (store))));
  g_assert_true (lt_store_add (store, LT_RECORD (child), NULL));
  return child;
}

static LtEvent *
add_event (LtStore    *store,
           LtChild    *child,
           LtEventKind kind,
           const char *title,
           const char *starts_at,
           const char *ends_at,
           const char *rrule)
{
  g_autoptr (GError) error = NULL;
  LtEvent *event = g_object_new (LT_TYPE_EVENT, "child-id", lt_record_get_id (LT_RECORD (child)),
                                 "kind", kind, "title", title, "starts-at", starts_at, "ends-at",
                                 ends_at, "rrule", rrule, NULL);

  g_assert_true (lt_store_add (store, LT_RECORD (event), &error));
  g_assert_no_error (error);
  return event;
}

static LtEvent *
add_override (LtStore    *store,
              LtEvent    *series,
              const char *recurrence_id,
              const char *starts_at,
              const char *ends_at,
              gboolean    cancelled)
{
  LtEvent *event = LT_EVENT (lt_record_copy (LT_RECORD (series)));

  lt_record_set_identity (LT_RECORD (event), 0, NULL, NULL);
  g_object_set (event, "rrule", NULL, "series-id", lt_record_get_id (LT_RECORD (series)),
                "recurrence-id", recurrence_id, "starts-at", starts_at, "ends-at", ends_at,
                "cancelled", cancelled, NULL);
  g_assert_true (lt_store_add (store, LT_RECORD (event), NULL));
  return event;
}

/* Ida's calendar: a fortnightly supervised visit with one Saturday moved
 * and one cancelled, a meeting with her mother there, a birthday. */
static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (LtEvent) visit = NULL;
  g_autoptr (LtEvent) moved = NULL;
  g_autoptr (LtEvent) cancelled = NULL;
  g_autoptr (LtEvent) meeting = NULL;
  g_autoptr (LtEvent) birthday = NULL;
  g_autoptr (LtPerson) camilla = NULL;
  g_autoptr (GPtrArray) people = g_ptr_array_new ();

  fixture->folder = g_dir_make_tmp ("lt-ics-XXXXXX", NULL);
  fixture->store = open_store (fixture->folder, "household.db");
  fixture->ida = add_child (fixture->store);

  visit = add_event (fixture->store, fixture->ida, LT_EVENT_KIND_SUPERVISED, "Samvær med mor",
                     "2026-10-10T08:00:00Z", "2026-10-10T12:00:00Z",
                     "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA");
  lt_event_set_place (visit, "Familiehuset, Aalborg");
  g_assert_true (lt_store_save (fixture->store, LT_RECORD (visit), NULL));
  moved = add_override (fixture->store, visit, "2026-11-07T09:00:00Z", "2026-11-08T09:00:00Z",
                        "2026-11-08T13:00:00Z", FALSE);
  cancelled = add_override (fixture->store, visit, "2026-11-21T09:00:00Z", "2026-11-21T09:00:00Z",
                            "2026-11-21T13:00:00Z", TRUE);
  meeting = add_event (fixture->store, fixture->ida, LT_EVENT_KIND_MEETING, "Opfølgningsmøde",
                       "2026-12-03T13:00:00Z", "2026-12-03T14:00:00Z", NULL);
  birthday = add_event (fixture->store, fixture->ida, LT_EVENT_KIND_BIRTHDAY, "Mormors fødselsdag",
                        "2026-06-02T22:00:00Z", "2026-06-03T22:00:00Z", "FREQ=YEARLY");
  lt_event_set_all_day (birthday, TRUE);
  g_assert_true (lt_store_save (fixture->store, LT_RECORD (birthday), NULL));

  camilla = g_object_new (LT_TYPE_PERSON, "child-id", lt_record_get_id (LT_RECORD (fixture->ida)),
                          "name", "Camilla Sørensen", NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (camilla), NULL));
  g_ptr_array_add (people, camilla);
  g_assert_true (lt_store_set_event_persons (fixture->store, meeting, people, NULL));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->ida);
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static char *
run_checker (const char *ics_path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "interop", "check-ics.py", NULL);
  /* Debian's python3-icalendar is for the system interpreter, which a
   * python3 earlier on the PATH (pyenv, a virtualenv) may not be. */
  const char      *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE)
                                ? "/usr/bin/python3"
                                : "python3";
  const char      *argv[] = { python, script, ics_path, NULL };
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int   status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("check-ics.py failed: %s", err);
  return out;
}

static void
assert_line (const char *lines,
             const char *expected)
{
  if (strstr (lines, expected) == NULL)
    g_error ("“%s” is not among:\n%s", expected, lines);
}

/* What other programs read: local times with the Copenhagen zone, the rule,
 * the cancelled Saturday as EXDATE, the moved one with its RECURRENCE-ID. */
static void
test_export_read_by_others (Fixture      *fixture,
                            gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "ida.ics", NULL);
  g_autofree char *lines = NULL;
  g_autoptr (GError) error = NULL;
  GStatBuf buf;

  g_assert_true (lt_ics_export_to_file (fixture->store, fixture->ida, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);
  lines = run_checker (path);
  g_test_message ("%s", lines);

  assert_line (lines, "Samvær med mor|2026-10-10T08:00:00Z@Europe/Copenhagen|"
                      "2026-10-10T12:00:00Z@Europe/Copenhagen|FREQ=WEEKLY;INTERVAL=2;BYDAY=SA|"
                      "2026-11-21T09:00:00Z|-|-|Familiehuset, Aalborg");
  assert_line (lines, "Samvær med mor|2026-11-08T09:00:00Z@Europe/Copenhagen|"
                      "2026-11-08T13:00:00Z@Europe/Copenhagen|-|-|"
                      "2026-11-07T09:00:00Z@Europe/Copenhagen|-|");
  assert_line (lines, "Mormors fødselsdag|2026-06-03|2026-06-04|FREQ=YEARLY|");
  assert_line (lines, "Opfølgningsmøde|2026-12-03T13:00:00Z@Europe/Copenhagen|");
  g_assert_null (strstr (lines, "Ida: "));
}

/* For an anonymous placement the child's calendar (which may be passed on
 * to the parents) has no places; the household's own calendar keeps them. */
static void
test_export_anonymous (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *child_path = g_build_filename (fixture->folder, "ida.ics", NULL);
  g_autofree char *home_path = g_build_filename (fixture->folder, "home.ics", NULL);
  g_autofree char *child_text = NULL;
  g_autofree char *home_text = NULL;
  g_autoptr (GError) error = NULL;
  LtChildPrivacy privacy = { TRUE, NULL, NULL };

  g_assert_true (lt_store_set_child_privacy (fixture->store, lt_record_get_id (LT_RECORD (fixture->ida)), &privacy,
                                             &error));
  g_assert_true (lt_ics_export_to_file (fixture->store, fixture->ida, child_path, &error));
  g_assert_true (lt_ics_export_to_file (fixture->store, NULL, home_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (child_path, &child_text, NULL, NULL));
  g_assert_true (g_file_get_contents (home_path, &home_text, NULL, NULL));
  g_assert_null (strstr (child_text, "\nLOCATION"));
  g_assert_null (strstr (child_text, "Familiehuset"));
  g_assert_nonnull (strstr (child_text, "Samvær med mor"));
  g_assert_nonnull (strstr (home_text, "LOCATION:Familiehuset"));
}

/* The household's calendar has every child's events, each summary saying
 * whose it is, with the series and their exceptions as for one child. */
static void
test_export_household (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "home.ics", NULL);
  g_autofree char *lines = NULL;
  g_autoptr (LtChild) mo = g_object_new (LT_TYPE_CHILD, "name", "Mo Jensen", "preferred-name", "Mo", NULL);
  g_autoptr (LtEvent) call = NULL;
  g_autoptr (GError) error = NULL;

  lt_child_set_household_id (mo, lt_record_get_id (LT_RECORD (lt_store_get_household (fixture->store))));
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (mo), NULL));
  call = add_event (fixture->store, mo, LT_EVENT_KIND_PHONE, "Telefon med mor", "2026-11-01T17:00:00Z",
                    "2026-11-01T17:15:00Z", "FREQ=WEEKLY;BYDAY=SU");

  g_assert_true (lt_ics_export_to_file (fixture->store, NULL, path, &error));
  g_assert_no_error (error);
  lines = run_checker (path);
  g_test_message ("%s", lines);
  assert_line (lines, "Ida: Samvær med mor|2026-10-10T08:00:00Z@Europe/Copenhagen|");
  assert_line (lines, "Ida: Samvær med mor|2026-11-08T09:00:00Z@Europe/Copenhagen|");
  assert_line (lines, "Ida: Opfølgningsmøde|");
  assert_line (lines, "Mo: Telefon med mor|2026-11-01T17:00:00Z@Europe/Copenhagen|"
                      "2026-11-01T17:15:00Z@Europe/Copenhagen|FREQ=WEEKLY;BYDAY=SU|");
}

static GPtrArray *
events_of (LtStore *store,
           LtChild *child)
{
  g_autoptr (GListModel) list =
      lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (events, g_list_model_get_item (list, i));
  return events;
}

static GString *
describe_period (LtStore *store,
                 LtChild *child)
{
  g_autoptr (GPtrArray) events = events_of (store, child);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) occurrences =
      lt_occurrences_expand (events, lt_recurrence_parse_instant ("2026-01-01T00:00:00Z"),
                             lt_recurrence_parse_instant ("2027-12-31T00:00:00Z"), &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < occurrences->len; i++)
    {
      LtOccurrence    *occurrence = g_ptr_array_index (occurrences, i);
      g_autofree char *start = lt_recurrence_format_instant (occurrence->start);

      g_string_append_printf (text, "%s %s%s\n", start, lt_event_get_title (occurrence->event),
                              occurrence->cancelled ? " (cancelled)" : "");
    }
  return text;
}

/* Export, import into another household, and the same occurrences come out. */
static void
test_round_trip (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GPtrArray) events = events_of (fixture->store, fixture->ida);
  g_autofree char *text = lt_ics_export (fixture->store, events, NULL);
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (LtStore) other = open_store (fixture->folder, "other.db");
  g_autoptr (LtChild) ida = add_child (other);
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) before = NULL;
  g_autoptr (GString) after = NULL;
  g_auto (LtIcsResult) result = { 0 };
  LtIcsResult again = { 0 };

  g_assert_true (lt_ics_import (other, ida, bytes, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 5); /* 3 events, the moved and the cancelled one */
  g_assert_cmpuint (result.skipped->len, ==, 0);

  before = describe_period (fixture->store, fixture->ida);
  after = describe_period (other, ida);
  g_assert_cmpstr (before->str, ==, after->str);
  g_assert_nonnull (strstr (after->str, "2026-11-21T09:00:00Z Samvær med mor (cancelled)"));

  /* The same file again adds nothing. */
  g_assert_true (lt_ics_import (other, ida, bytes, &again, &error));
  g_assert_cmpuint (again.added, ==, 0);
  g_assert_cmpuint (again.already, ==, 4);
  lt_ics_result_clear (&again);

  g_clear_object (&ida);
  g_assert_finalize_object (g_steal_pointer (&other));
}

/* An invitation as Outlook writes it: a Windows zone name with its own
 * VTIMEZONE, an alarm and an organiser Livstråd does not keep. */
static void
test_import_invitation (Fixture      *fixture,
                        gconstpointer data)
{
  const char *invitation =
      "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
      "VERSION:2.0\r\nMETHOD:REQUEST\r\n"
      "BEGIN:VTIMEZONE\r\nTZID:Romance Standard Time\r\n"
      "BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
      "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
      "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
      "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
      "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008@example.dk\r\n"
      "ORGANIZER;CN=Søren Ørum:mailto:soeren@example.dk\r\n"
      "SUMMARY:Statusmøde om Ida\r\nLOCATION:Rådhuset\\, Brønderslev\r\n"
      "DTSTART;TZID=Romance Standard Time:20261209T100000\r\n"
      "DTEND;TZID=Romance Standard Time:20261209T110000\r\n"
      "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n"
      "END:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr (GBytes) bytes = g_bytes_new_static (invitation, strlen (invitation));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_auto (LtIcsResult) result = { 0 };
  LtEvent *meeting = NULL;

  g_assert_true (lt_ics_import (fixture->store, fixture->ida, bytes, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 1);
  g_assert_cmpuint (result.skipped->len, ==, 1); /* the organiser and the alarm */
  events = events_of (fixture->store, fixture->ida);
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (lt_event_get_title (g_ptr_array_index (events, i)), "Statusmøde om Ida") == 0)
      meeting = g_ptr_array_index (events, i);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (lt_event_get_starts_at (meeting), ==, "2026-12-09T09:00:00Z");
  g_assert_cmpstr (lt_event_get_place (meeting), ==, "Rådhuset, Brønderslev");
  g_assert_cmpint (lt_event_get_kind (meeting), ==, LT_EVENT_KIND_OTHER);
}

/* A time in UTC before 1902 is that time, not the second before 1970
 * (libical's icaltime_as_timet() gives -1 for it). */
static void
test_import_early_utc (Fixture      *fixture,
                       gconstpointer data)
{
  const char *file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:oldefar@example.dk\r\n"
                     "SUMMARY:Oldefars dåb\r\nDTSTART:18990312T110000Z\r\n"
                     "DTEND:18990312T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr (GBytes) bytes = g_bytes_new_static (file, strlen (file));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_auto (LtIcsResult) result = { 0 };
  LtEvent *christening = NULL;

  g_assert_true (lt_ics_import (fixture->store, fixture->ida, bytes, &result, &error));
  g_assert_no_error (error);
  events = events_of (fixture->store, fixture->ida);
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (lt_event_get_uid (g_ptr_array_index (events, i)), "oldefar@example.dk") == 0)
      christening = g_ptr_array_index (events, i);
  g_assert_nonnull (christening);
  g_assert_cmpstr (lt_event_get_starts_at (christening), ==, "1899-03-12T11:00:00Z");
  g_assert_cmpstr (lt_event_get_ends_at (christening), ==, "1899-03-12T12:00:00Z");
}

static void
test_import_malformed (Fixture      *fixture,
                       gconstpointer data)
{
  const char *const files[] = {
    "",
    "Kære dagbog",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
    /* An event without a start, after a good one: neither is added. */
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:God\r\n"
    "DTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Uden start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Baglæns\r\n"
    "DTSTART:20261201T100000Z\r\nDTEND:20261201T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Regel\r\n"
    "DTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\nRRULE:FREQ=NEVER\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:S\xf8ren\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    /* Times Livstråd cannot write with a four-digit year (found by fuzzing:
     * a critical, and a text that was not a time). */
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:e\r\nSUMMARY:Nytår\r\n"
    "DTSTART;TZID=America/New_York:99991231T220000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:f\r\nSUMMARY:Samvær\r\n"
    "DTSTART;TZID=Europe/Copenhagen:20260905T100000\r\n"
    "DTEND;TZID=Europe/Copenhagen:20260905T140000\r\nRRULE:FREQ=WEEKLY\r\n"
    "EXDATE;TZID=Europe/Copenhagen:07214268T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:g\r\nSUMMARY:Flyttet\r\n"
    "DTSTART:20261206T110000Z\r\nDTEND:20261206T150000Z\r\n"
    "RECURRENCE-ID;TZID=Europe/Copenhagen:01001205T100000\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n",
  };
  g_autoptr (GPtrArray) before = events_of (fixture->store, fixture->ida);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr (GBytes) bytes = g_bytes_new_static (files[i], strlen (files[i]));
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) after = NULL;
      g_auto (LtIcsResult) result = { 0 };

      g_test_message ("file %u", i);
      g_assert_false (lt_ics_import (fixture->store, fixture->ida, bytes, &result, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == LT_ICS_ERROR);
      g_test_message ("%s", error->message);
      after = events_of (fixture->store, fixture->ida);
      g_assert_cmpuint (after->len, ==, before->len);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ics/export/anonymous", test_export_anonymous);
  ADD ("/ics/export-read-by-others", test_export_read_by_others);
  ADD ("/ics/export-household", test_export_household);
  ADD ("/ics/round-trip", test_round_trip);
  ADD ("/ics/import-invitation", test_import_invitation);
  ADD ("/ics/import-early-utc", test_import_early_utc);
  ADD ("/ics/import-malformed", test_import_malformed);
#undef ADD
  return g_test_run ();
}
