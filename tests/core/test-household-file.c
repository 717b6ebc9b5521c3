/* test-household-file.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Tests of the household JSON file: round trip and refusing bad input.
 */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>

#include "lt-demo.h"
#include "lt-household-file.h"

typedef struct
{
  char    *folder;
  LtStore *store;
} Fixture;

static LtStore *
open_store (Fixture    *fixture,
            const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  LtStore         *store = lt_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->folder = g_dir_make_tmp ("lt-file-XXXXXX", NULL);
  fixture->store = open_store (fixture, "household.db");
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static guint
count_children (LtStore *store)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  return g_list_model_get_n_items (children);
}

static void
test_round_trip (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) copy = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, "household.json", NULL);
  GStatBuf         buf;
  guint            n_children = 0;

  lt_demo_populate (fixture->store, &error);
  g_assert_no_error (error);
  first = lt_household_file_to_data (fixture->store, NULL);
  g_assert_nonnull (strstr (first, "\"Ida Marie Sørensen\""));
  g_assert_nonnull (strstr (first, "\"placements\""));
  /* Ties between people name them by position, so they survive new ids. */
  g_assert_nonnull (strstr (first, "\"kind\" : \"foster-parent\""));
  g_assert_nonnull (strstr (first, "\"lives_with_child\" : true"));
  g_assert_nonnull (strstr (first, "\"unknown\" : true")); /* Ida's father's father */
  /* The calendar: a repeating visit, its changed occurrences naming it by
   * position, and who takes part. */
  g_assert_nonnull (strstr (first, "\"rrule\" : \"FREQ=WEEKLY;INTERVAL=2;BYDAY=SA\""));
  g_assert_true (g_regex_match_simple ("\"series_id\" : [1-9]", first, 0, 0));
  g_assert_nonnull (strstr (first, "\"participants\" : ["));
  /* School: checklist items with their ticks, absence, goals with readings
   * whose values keep their decimals. */
  g_assert_nonnull (strstr (first, "\"ticks\" : ["));
  g_assert_nonnull (strstr (first, "\"reason\" : \"school-refusal\""));
  g_assert_nonnull (strstr (first, "\"readings\" : ["));
  g_assert_nonnull (strstr (first, "\"value\" : 4.5"));
  /* Everyday agreements: enums by their nicks, the parties as booleans. */
  g_assert_nonnull (strstr (first, "\"agreements\" : ["));
  g_assert_nonnull (strstr (first, "\"topic\" : \"religion-and-culture\""));
  g_assert_nonnull (strstr (first, "\"decides\" : \"municipality\""));
  g_assert_nonnull (strstr (first, "\"informs_municipality\" : true"));

  lt_household_file_export (fixture->store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);

  /* The copy is made a second later, so every timestamp that is not
   * carried over would show in the comparison below. */
  g_usleep (1100 * 1000);
  copy = open_store (fixture, "copy.db");
  lt_household_file_import (copy, path, &n_children, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_children, ==, 3);

  /* Imported records keep the times they were written, the household too. */
  g_assert_cmpstr (lt_record_get_updated_at (LT_RECORD (lt_store_get_household (copy))), ==,
                   lt_record_get_updated_at (LT_RECORD (lt_store_get_household (fixture->store))));
  second = lt_household_file_to_data (copy, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_finalize_object (g_steal_pointer (&copy));
}

static void
test_duplicate_refused (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  lt_demo_populate (fixture->store, &error);
  g_assert_no_error (error);
  text = lt_household_file_to_data (fixture->store, NULL);

  g_assert_false (lt_household_file_import_data (fixture->store, text, -1, NULL, &error));
  g_assert_error (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_DUPLICATE);
  g_assert_cmpuint (count_children (fixture->store), ==, 3);
}

/* Each of these is refused with a message, and nothing of it is kept. */
/* A file of format 6 marks a page "private"; it is read as a page for
 * professionals only, as migration 014 does with the database.  The new
 * members (audience, the child's no, a letter's day) go round the file. */
static void
test_older_private_page (Fixture      *fixture,
                         gconstpointer data)
{
  const char *old = "{\"format\": \"livstraad-household\", \"version\": 6, \"children\": [{\"name\": \"Ida\", "
                    "\"chapters\": [{\"title\": \"Svære dage\", \"position\": 0, \"entries\": ["
                    "{\"title\": \"Kun for de voksne\", \"private\": true},"
                    "{\"title\": \"For alle\", \"private\": false}]}]}]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) children = NULL;
  g_autoptr (LtChild) ida = NULL;
  g_autoptr (GListModel) chapters = NULL;
  g_autoptr (LtChapter) chapter = NULL;
  g_autoptr (GListModel) entries = NULL;
  g_autofree char *written = NULL;

  g_assert_true (lt_household_file_import_data (fixture->store, old, -1, NULL, &error));
  g_assert_no_error (error);
  children = lt_store_list_children (fixture->store);
  ida = g_list_model_get_item (children, 0);
  chapters = lt_store_list_chapters (fixture->store, ida);
  chapter = g_list_model_get_item (chapters, 0);
  entries = lt_store_list_entries (fixture->store, chapter);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (LtStoryEntry) entry = g_list_model_get_item (entries, i);
      gboolean private = g_str_equal (lt_story_entry_get_title (entry), "Kun for de voksne");

      g_assert_cmpint (lt_story_entry_get_audience (entry), ==,
                       private ? LT_AUDIENCE_PROFESSIONALS : LT_AUDIENCE_DEFAULT);
      if (!private)
        {
          g_autoptr (LtRecord) draft = lt_record_copy (LT_RECORD (entry));

          lt_story_entry_set_child_veto (LT_STORY_ENTRY (draft), TRUE);
          lt_story_entry_set_open_on (LT_STORY_ENTRY (draft), "2032-03-12");
          g_assert_true (lt_store_save (fixture->store, draft, &error));
        }
    }
  written = lt_household_file_to_data (fixture->store, NULL);
  g_assert_nonnull (strstr (written, "\"audience\" : 8"));
  g_assert_nonnull (strstr (written, "\"child_veto\" : true"));
  g_assert_nonnull (strstr (written, "\"open_on\" : \"2032-03-12\""));
  g_assert_null (strstr (written, "\"private\""));
}

static void
test_bad_input (Fixture      *fixture,
                gconstpointer data)
{
  const struct
  {
    const char *json;
    GQuark      domain;
    int         code;
    const char *says;
  } cases[] = {
    { "{ not json", LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID, "JSON" },
    { "[1, 2]", LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID, "household file" },
    { "{\"format\": \"something-else\", \"version\": 1}", LT_HOUSEHOLD_FILE_ERROR,
      LT_HOUSEHOLD_FILE_ERROR_INVALID, "household file" },
    { "{\"format\": \"livstraad-household\", \"version\": 99}", LT_HOUSEHOLD_FILE_ERROR,
      LT_HOUSEHOLD_FILE_ERROR_TOO_NEW, "newer version" },
    { "{\"format\": \"livstraad-household\", \"version\": 1, \"children\": ["
      "{\"name\": \"Ida\"}, {\"name\": \"Mo\", \"pronoun\": \"xyz\"}]}",
      LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID, "xyz" },
    { "{\"format\": \"livstraad-household\", \"version\": 1, \"children\": ["
      "{\"name\": \"Ida\", \"birth_date\": 2014}]}",
      LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID, "birth_date" },
    { "{\"format\": \"livstraad-household\", \"version\": 1, \"children\": ["
      "{\"name\": \"Ida\", \"shoe_size\": 33}]}",
      LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID, "shoe_size" },
    { "{\"format\": \"livstraad-household\", \"version\": 1, \"children\": ["
      "{\"name\": \"Ida\"}, {\"name\": \"\"}]}",
      LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID, "child 2" },
    { "{\"format\": \"livstraad-household\", \"version\": 1, \"children\": ["
      "{\"name\": \"Ida\", \"placements\": [{\"place\": \"Aalborg\", \"start_date\": \"2019\","
      " \"end_date\": \"2018\"}]}]}",
      LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID, "placements 1" },
    { "{\"format\": \"livstraad-household\", \"version\": 1, \"household\": {\"name\": \"X\"},"
      " \"children\": [{\"name\": \"Ida\", \"persons\": [{\"name\": \"Else\", \"closeness\": 7}]}]}",
      LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID, "persons 1" },
    { "{\"format\": \"livstraad-household\", \"version\": 1, \"children\": ["
      "{\"name\": \"Ida\", \"created_at\": \"yesterday\"}]}",
      LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID, "created_at" },
    { "{\"format\": \"livstraad-household\", \"version\": 2, \"children\": [{\"name\": \"Ida\","
      " \"persons\": [{\"name\": \"Else\"}], \"relations\": [{\"from_person_id\": 1,"
      " \"to_person_id\": 7, \"kind\": \"parent\"}]}]}",
      LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID, "person number 7" },
    { "{\"format\": \"livstraad-household\", \"version\": 2, \"children\": [{\"name\": \"Ida\","
      " \"persons\": [{\"name\": \"Else\"}], \"relations\": [{\"from_person_id\": 1,"
      " \"to_person_id\": 1, \"kind\": \"parent\"}]}]}",
      LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID, "relations 1" },
    { "{\"format\": \"livstraad-household\", \"version\": 3, \"children\": [{\"name\": \"Ida\","
      " \"events\": [{\"title\": \"Samvær\", \"starts_at\": \"2026-11-28T09:00:00Z\","
      " \"ends_at\": \"2026-11-28T13:00:00Z\", \"series_id\": 5,"
      " \"recurrence_id\": \"2026-11-28T09:00:00Z\"}]}]}",
      LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID, "no event number 5" },
    /* json-glib 1.6 read only the first of several values, and leaked the others. */
    { "{\"format\": \"livstraad-household\", \"version\": 1, \"household\": {\"name\": \"X\"}}"
      " {\"format\": \"livstraad-household\", \"version\": 1}",
      LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID, "more after its end" },
    { "true {\"format\": \"livstraad-household\", \"version\": 1}", LT_HOUSEHOLD_FILE_ERROR,
      LT_HOUSEHOLD_FILE_ERROR_INVALID, "household file" },
    { "{\"format\": \"livstraad-household\", /* } { */ \"version\": 1}", LT_HOUSEHOLD_FILE_ERROR,
      LT_HOUSEHOLD_FILE_ERROR_INVALID, "comment" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;

      g_test_message ("case %u: %s", i, cases[i].json);
      g_assert_false (lt_household_file_import_data (fixture->store, cases[i].json, -1, NULL,
                                                     &error));
      g_assert_error (error, cases[i].domain, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
      g_assert_cmpuint (count_children (fixture->store), ==, 0);
      g_assert_null (lt_household_get_name (lt_store_get_household (fixture->store)));
    }
}

/* json-glib 1.6 recursed once per level and overflowed the stack on a file
 * of some hundred kilobytes like this: refused, not a crash. */
static void
test_deep_nesting (Fixture      *fixture,
                   gconstpointer data)
{
  const guint levels = 200000;
  g_autoptr (GString) json = g_string_new ("{\"format\": \"livstraad-household\", \"version\": 1, "
                                           "\"children\": ");
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < levels; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < levels; i++)
    g_string_append_c (json, ']');
  g_string_append_c (json, '}');

  g_assert_false (lt_household_file_import_data (fixture->store, json->str, json->len, NULL, &error));
  g_assert_error (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nested too deep"));
  g_assert_cmpuint (count_children (fixture->store), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/household-file/round-trip", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);
  g_test_add ("/household-file/duplicate", Fixture, NULL, fixture_set_up, test_duplicate_refused,
              fixture_tear_down);
  g_test_add ("/household-file/older-private-page", Fixture, NULL, fixture_set_up, test_older_private_page,
              fixture_tear_down);
  g_test_add ("/household-file/bad-input", Fixture, NULL, fixture_set_up, test_bad_input,
              fixture_tear_down);
  g_test_add ("/household-file/deep-nesting", Fixture, NULL, fixture_set_up, test_deep_nesting,
              fixture_tear_down);

  return g_test_run ();
}
