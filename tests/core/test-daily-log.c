/* test-daily-log.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The daily log: notes, their tags, their order and the household file;
 * and the history of changes to pages, events and agreements.
 */
#include "config.h"

#include "lt-test-util.h"

#include <locale.h>

#include "lt-household-file.h"
#include "lt-store.h"

typedef struct
{
  char    *folder;
  LtStore *store;
  LtChild *child;
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

static LtChild *
add_child (LtStore    *store,
           const char *name)
{
  g_autoptr (GError) error = NULL;
  LtChild *child = g_object_new (LT_TYPE_CHILD, "name", name, "birth-date", "2014-03-12", NULL);

  lt_child_set_household_id (child, 1);
  g_assert_true (lt_store_add (store, LT_RECORD (child), &error));
  g_assert_no_error (error);
  return child;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->folder = g_dir_make_tmp ("lt-log-XXXXXX", NULL);
  fixture->store = open_store (fixture, "household.db");
  fixture->child = add_child (fixture->store, "Ida Ærø");
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

static LtLogNote *
add_note (Fixture    *fixture,
          const char *day,
          const char *time,
          const char *text)
{
  g_autoptr (GError) error = NULL;
  LtLogNote *note = lt_log_note_new ();

  lt_log_note_set_child_id (note, lt_record_get_id (LT_RECORD (fixture->child)));
  lt_log_note_set_day (note, day);
  lt_log_note_set_time (note, time);
  lt_log_note_set_writer (note, "Mette");
  lt_log_note_set_text (note, text);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (note), &error));
  g_assert_no_error (error);
  return note;
}

/* Tags come from the note's #words; notes read newest first. */
static void
test_notes (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr (LtLogNote) morning = add_note (fixture, "2026-11-20", "07:30", "Sov uroligt. #Søvn #skole");
  g_autoptr (LtLogNote) evening = add_note (fixture, "2026-11-20", "20:15", "Glad efter håndbold #fritid");
  g_autoptr (LtLogNote) earlier = add_note (fixture, "2026-11-18", NULL, "Ringede til mormor #samvær #søvn");
  g_autoptr (GListModel) notes =
      lt_store_list_records (fixture->store, LT_TYPE_LOG_NOTE, lt_record_get_id (LT_RECORD (fixture->child)));
  g_autoptr (LtLogNote) first = g_list_model_get_item (notes, 0);
  g_autoptr (LtLogNote) last = g_list_model_get_item (notes, 2);
  g_auto (GStrv) none = lt_log_note_tags_in ("Ingen mærker # her, kun 5#");

  g_assert_cmpstr (lt_log_note_get_tags (morning), ==, "søvn skole");
  g_assert_true (lt_log_note_has_tag (earlier, "søvn"));
  g_assert_false (lt_log_note_has_tag (evening, "søvn"));
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 3);
  g_assert_true (first == evening);
  g_assert_true (last == earlier);
  g_assert_cmpint (lt_log_note_get_audience (morning), ==, 0);
}

static void
test_validation (Fixture      *fixture,
                 gconstpointer data)
{
  const struct
  {
    const char *day, *time, *text;
  } bad[] = {
    { "2026-11-20", NULL, "   " },
    { NULL, NULL, "Ingen dag" },
    { "2026-11-20", "25:00", "Forkert tid" },
    { "2026-11-20", "7.30", "Forkert tid" },
    { "2999-01-01", NULL, "I fremtiden" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (LtLogNote) note = lt_log_note_new ();
      g_autoptr (GError) error = NULL;

      lt_log_note_set_child_id (note, lt_record_get_id (LT_RECORD (fixture->child)));
      lt_log_note_set_day (note, bad[i].day);
      lt_log_note_set_time (note, bad[i].time);
      lt_log_note_set_text (note, bad[i].text);
      g_assert_false (lt_store_add (fixture->store, LT_RECORD (note), &error));
      g_assert_nonnull (error);
    }
}

static LtPerson *
add_person (Fixture    *fixture,
            const char *name)
{
  g_autoptr (GError) error = NULL;
  LtPerson *person = g_object_new (LT_TYPE_PERSON, "child-id", lt_record_get_id (LT_RECORD (fixture->child)), "name",
                                   name, NULL);

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (person), &error));
  g_assert_no_error (error);
  return person;
}

/* The log goes round the household file, byte for byte, with who each
 * note is about. */
static void
test_household_file (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (LtLogNote) note = add_note (fixture, "2026-11-20", "07:30", "Sov uroligt. #søvn");
  g_autoptr (LtPerson) mother = add_person (fixture, "Camilla Sørensen");
  g_autoptr (LtPerson) grandmother = add_person (fixture, "Else Sørensen");
  g_autoptr (GPtrArray) about = g_ptr_array_new ();
  g_autoptr (GHashTable) notes_about_else = NULL;
  g_autoptr (LtLogNote) own = add_note (fixture, "2026-11-21", NULL, "Jeg vandt kampen!");
  g_autoptr (LtRecord) draft = lt_record_copy (LT_RECORD (own));
  g_autoptr (LtStore) copy = open_store (fixture, "copy.db");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr (GError) error = NULL;

  lt_log_note_set_child_line (LT_LOG_NOTE (draft), TRUE);
  lt_log_note_set_audience (LT_LOG_NOTE (draft), LT_AUDIENCE_PARENTS);
  g_assert_true (lt_store_save (fixture->store, draft, &error));
  g_ptr_array_add (about, mother);
  g_ptr_array_add (about, grandmother);
  g_assert_true (lt_store_set_note_persons (fixture->store, own, about, &error));
  g_ptr_array_set_size (about, 1);
  g_ptr_array_index (about, 0) = grandmother;
  g_assert_true (lt_store_set_note_persons (fixture->store, note, about, &error));
  notes_about_else = lt_store_dup_notes_about (fixture->store, grandmother, &error);
  g_assert_cmpuint (g_hash_table_size (notes_about_else), ==, 2);
  first = lt_household_file_to_data (fixture->store, NULL);
  g_assert_nonnull (strstr (first, "\"persons\" : [\n"));
  g_assert_nonnull (strstr (first, "\"log_notes\""));
  g_assert_nonnull (strstr (first, "\"child_line\" : true"));
  g_assert_true (lt_household_file_import_data (copy, first, -1, NULL, &error));
  g_assert_no_error (error);
  second = lt_household_file_to_data (copy, NULL);
  g_assert_cmpstr (first, ==, second);
}

/* A note that names someone not among the child's people is refused, and
 * nothing of the file is added. */
static void
test_bad_person (Fixture      *fixture,
                 gconstpointer data)
{
  const char *file = "{\"format\": \"livstraad-household\", \"version\": 7, \"children\": [{\"name\": \"Mo\", "
                     "\"persons\": [{\"name\": \"Yasmin\"}], \"log_notes\": [{\"day\": \"2026-11-20\", "
                     "\"text\": \"Ringede til Yasmin\", \"persons\": [2]}]}]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) children = NULL;

  g_assert_false (lt_household_file_import_data (fixture->store, file, -1, NULL, &error));
  g_assert_nonnull (strstr (error->message, "not one of the child"));
  children = lt_store_list_children (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);
}

static LtStoryEntry *
add_page (Fixture    *fixture,
          const char *title)
{
  g_autoptr (GListModel) chapters = NULL;
  g_autoptr (LtChapter) chapter = NULL;
  g_autoptr (GError) error = NULL;
  LtStoryEntry *entry = lt_story_entry_new ();

  g_assert_true (lt_store_ensure_chapters (fixture->store, fixture->child, &error));
  chapters = lt_store_list_chapters (fixture->store, fixture->child);
  chapter = g_list_model_get_item (chapters, 0);
  lt_story_entry_set_chapter_id (entry, lt_record_get_id (LT_RECORD (chapter)));
  lt_story_entry_set_title (entry, title);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (entry), &error));
  g_assert_no_error (error);
  return entry;
}

static GPtrArray *
changes (Fixture    *fixture,
         const char *kind)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *list = lt_store_dup_changes (fixture->store, lt_record_get_id (LT_RECORD (fixture->child)), kind, 0,
                                          &error);

  g_assert_no_error (error);
  return list;
}

static guint
count_changes (Fixture    *fixture,
               const char *kind)
{
  g_autoptr (GPtrArray) list = changes (fixture, kind);

  return list->len;
}

/* Who changed a page, and what: added, changed (with the fields), saved
 * unchanged (nothing), deleted; events and agreements too; nothing
 * without an actor; nothing when the change is rolled back. */
static void
test_history (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (LtStoryEntry) quiet = add_page (fixture, "Før nogen var logget ind");
  g_autoptr (LtStoryEntry) page = NULL;
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (LtRecord) same = NULL;
  g_autoptr (LtAgreement) agreement = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;
  LtChange *change;

  g_assert_cmpuint (count_changes (fixture, NULL), ==, 0);
  lt_store_set_actor (fixture->store, "Mette Kjærgaard");
  page = add_page (fixture, "Min første skoledag");
  draft = lt_record_copy (LT_RECORD (page));
  lt_story_entry_set_title (LT_STORY_ENTRY (draft), "Min første dag i 6.b");
  lt_story_entry_set_body (LT_STORY_ENTRY (draft), "Jeg fik en sidemakker.");
  g_assert_true (lt_store_save (fixture->store, draft, &error));
  same = lt_record_copy (LT_RECORD (page));
  g_assert_true (lt_store_save (fixture->store, same, &error));
  g_assert_true (lt_store_remove (fixture->store, LT_RECORD (page), &error));

  list = changes (fixture, "entry");
  g_assert_cmpuint (list->len, ==, 3);
  change = g_ptr_array_index (list, 0);
  g_assert_cmpint (change->action, ==, LT_CHANGE_DELETED);
  change = g_ptr_array_index (list, 1);
  g_assert_cmpint (change->action, ==, LT_CHANGE_CHANGED);
  g_assert_cmpstr (change->actor, ==, "Mette Kjærgaard");
  g_assert_cmpstr (change->title, ==, "Min første dag i 6.b");
  g_assert_cmpstr (change->fields, ==, "title body");
  change = g_ptr_array_index (list, 2);
  g_assert_cmpint (change->action, ==, LT_CHANGE_ADDED);
  g_assert_cmpstr (change->title, ==, "Min første skoledag");

  agreement = g_object_new (LT_TYPE_AGREEMENT, "child-id", lt_record_get_id (LT_RECORD (fixture->child)), "title",
                            "Klipning", "agreed-on", "2026-11-01", NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (agreement), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_changes (fixture, "agreement"), ==, 1);

  /* A change that is rolled back leaves no history. */
  g_assert_true (lt_store_begin (fixture->store, &error));
  {
    g_autoptr (LtStoryEntry) gone = add_page (fixture, "Skrevet og fortrudt");
  }
  lt_store_rollback (fixture->store);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = changes (fixture, NULL);
  g_assert_cmpuint (list->len, ==, 4);
  /* What a household file brings was not changed here: no history. */
  {
    g_autoptr (LtStore) copy = open_store (fixture, "copy.db");
    g_autofree char *file = lt_household_file_to_data (fixture->store, NULL);
    g_autoptr (GListModel) children = NULL;
    g_autoptr (LtChild) copied_child = NULL;
    g_autoptr (GPtrArray) copied = NULL;

    lt_store_set_actor (copy, "Mette Kjærgaard");
    g_assert_true (lt_household_file_import_data (copy, file, -1, NULL, &error));
    children = lt_store_list_children (copy);
    copied_child = g_list_model_get_item (children, 0);
    copied = lt_store_dup_changes (copy, lt_record_get_id (LT_RECORD (copied_child)), NULL, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (copied->len, ==, 0);
  }
  /* Log notes are not part of the history. */
  {
    g_autoptr (LtLogNote) note = add_note (fixture, "2026-11-20", NULL, "En helt almindelig dag");
  }
  g_clear_pointer (&list, g_ptr_array_unref);
  list = changes (fixture, NULL);
  g_assert_cmpuint (list->len, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/daily-log/notes", Fixture, NULL, fixture_set_up, test_notes, fixture_tear_down);
  g_test_add ("/daily-log/validation", Fixture, NULL, fixture_set_up, test_validation, fixture_tear_down);
  g_test_add ("/daily-log/household-file", Fixture, NULL, fixture_set_up, test_household_file,
              fixture_tear_down);
  g_test_add ("/daily-log/bad-person", Fixture, NULL, fixture_set_up, test_bad_person, fixture_tear_down);
  g_test_add ("/daily-log/history", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);

  return g_test_run ();
}
