/* test-story.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Tests of the life-story book in the store: default chapters, order,
 * entries, links to photos and people, cascades, and migrating a
 * household from before the book existed.
 */
#include "config.h"

#include "lt-test-util.h"

#include <locale.h>
#include <sqlite3.h>

#include "lt-date.h"
#include "lt-household-file.h"
#include "lt-store.h"

typedef struct
{
  char    *folder;
  char    *path;
  LtStore *store;
  LtChild *child;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("lt-story-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->child = lt_child_new ();
  lt_child_set_household_id (fixture->child, 1);
  lt_child_set_name (fixture->child, "Åse Ærø");
  lt_store_add (fixture->store, LT_RECORD (fixture->child), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->child);
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static LtChapter *
chapter_at (Fixture *fixture,
            guint    position)
{
  g_autoptr (GListModel) chapters = lt_store_list_chapters (fixture->store, fixture->child);

  return g_list_model_get_item (chapters, position);
}

static LtStoryEntry *
add_entry (Fixture    *fixture,
           LtChapter  *chapter,
           const char *title,
           const char *date_text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sort_date = lt_date_guess_from_text (date_text);
  LtStoryEntry    *entry = lt_story_entry_new ();

  lt_story_entry_set_chapter_id (entry, lt_record_get_id (LT_RECORD (chapter)));
  lt_story_entry_set_title (entry, title);
  lt_story_entry_set_date_text (entry, date_text);
  lt_story_entry_set_sort_date (entry, sort_date);
  lt_store_add (fixture->store, LT_RECORD (entry), &error);
  g_assert_no_error (error);
  return entry;
}

static LtPhoto *
add_photo (Fixture    *fixture,
           const char *sha)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, sha, -1);
  g_autofree char *file_name = g_strdup_printf ("%.2s/%s.jpg", sha256, sha256);
  LtPhoto         *photo = lt_photo_new ();

  lt_photo_set_child_id (photo, lt_record_get_id (LT_RECORD (fixture->child)));
  lt_photo_set_sha256 (photo, sha256);
  lt_photo_set_file_name (photo, file_name);
  lt_store_add (fixture->store, LT_RECORD (photo), &error);
  g_assert_no_error (error);
  return photo;
}

static void
test_default_chapters (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) chapters = lt_store_list_chapters (fixture->store, fixture->child);
  g_autoptr (LtChapter) first = NULL;

  g_assert_true (lt_store_ensure_chapters (fixture->store, fixture->child, &error));
  g_assert_cmpuint (g_list_model_get_n_items (chapters), ==, 8);
  first = g_list_model_get_item (chapters, 0);
  g_assert_cmpstr (lt_chapter_get_title (first), ==, "About Me");

  /* A second call leaves the child's own book alone. */
  g_assert_true (lt_store_ensure_chapters (fixture->store, fixture->child, &error));
  g_assert_cmpuint (g_list_model_get_n_items (chapters), ==, 8);
}

static void
test_move_chapter (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtChapter) first = NULL;
  g_autoptr (LtChapter) second = NULL;
  g_autoptr (LtChapter) moved = NULL;

  lt_store_ensure_chapters (fixture->store, fixture->child, &error);
  first = chapter_at (fixture, 0);
  second = chapter_at (fixture, 1);

  g_assert_true (lt_store_move_chapter (fixture->store, second, -1, &error));
  g_assert_no_error (error);
  moved = chapter_at (fixture, 0);
  g_assert_true (moved == second);
  g_clear_object (&moved);
  moved = chapter_at (fixture, 1);
  g_assert_true (moved == first);

  /* At the top, moving up does nothing. */
  g_assert_true (lt_store_move_chapter (fixture->store, second, -1, &error));
  g_clear_object (&moved);
  moved = chapter_at (fixture, 0);
  g_assert_true (moved == second);
}

static void
test_entries_in_order (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtChapter) chapter = NULL;
  g_autoptr (LtStoryEntry) later = NULL;
  g_autoptr (LtStoryEntry) earlier = NULL;
  g_autoptr (LtStoryEntry) undated = NULL;
  g_autoptr (GListModel) entries = NULL;
  g_autoptr (LtStoryEntry) e0 = NULL;
  g_autoptr (LtStoryEntry) e2 = NULL;

  lt_store_ensure_chapters (fixture->store, fixture->child, &error);
  chapter = chapter_at (fixture, 6);
  later = add_entry (fixture, chapter, "Første skoledag", "august 2020");
  earlier = add_entry (fixture, chapter, "Sommer hos mormor", "sommeren 2019");
  undated = add_entry (fixture, chapter, "Min bamse", "da jeg var lille");
  entries = lt_store_list_entries (fixture->store, chapter);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 3);
  e0 = g_list_model_get_item (entries, 0);
  e2 = g_list_model_get_item (entries, 2);
  g_assert_true (e0 == undated);
  g_assert_true (e2 == later);
}

static void
count_change_cb (LtStore *store,
                 GType    kind,
                 gint64   id,
                 guint   *count)
{
  if (kind == LT_TYPE_STORY_ENTRY)
    (*count)++;
}

static void
test_entry_links (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtChapter) chapter = NULL;
  g_autoptr (LtStoryEntry) entry = NULL;
  g_autoptr (LtPhoto) beach = add_photo (fixture, "beach");
  g_autoptr (LtPhoto) cake = add_photo (fixture, "cake");
  g_autoptr (GPtrArray) photos = g_ptr_array_new ();
  g_autoptr (GPtrArray) read_back = NULL;
  g_autoptr (LtPerson) mormor = lt_person_new ();
  g_autoptr (GPtrArray) persons = g_ptr_array_new ();
  guint changes = 0;

  lt_store_ensure_chapters (fixture->store, fixture->child, &error);
  chapter = chapter_at (fixture, 0);
  entry = add_entry (fixture, chapter, "Min fødselsdag", "2020");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (count_change_cb), &changes);

  g_ptr_array_add (photos, cake);
  g_ptr_array_add (photos, beach);
  g_assert_true (lt_store_set_entry_photos (fixture->store, entry, photos, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  read_back = lt_store_dup_entry_photos (fixture->store, entry, &error);
  g_assert_cmpuint (read_back->len, ==, 2);
  g_assert_true (g_ptr_array_index (read_back, 0) == cake);
  g_assert_true (g_ptr_array_index (read_back, 1) == beach);
  g_clear_pointer (&read_back, g_ptr_array_unref);

  /* Deleting a photo takes it out of the entry too. */
  g_assert_true (lt_store_remove (fixture->store, LT_RECORD (cake), &error));
  read_back = lt_store_dup_entry_photos (fixture->store, entry, &error);
  g_assert_cmpuint (read_back->len, ==, 1);
  g_clear_pointer (&read_back, g_ptr_array_unref);

  lt_person_set_child_id (mormor, lt_record_get_id (LT_RECORD (fixture->child)));
  lt_person_set_name (mormor, "Else Sørensen");
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (mormor), &error));
  g_ptr_array_add (persons, mormor);
  g_assert_true (lt_store_set_entry_persons (fixture->store, entry, persons, &error));
  read_back = lt_store_dup_entry_persons (fixture->store, entry, &error);
  g_assert_cmpuint (read_back->len, ==, 1);
  g_assert_true (g_ptr_array_index (read_back, 0) == mormor);

  g_assert_true (lt_store_find_photo (fixture->store, fixture->child, lt_photo_get_sha256 (beach)) == beach);

  /* One cover per book. */
  g_assert_true (lt_store_set_cover_photo (fixture->store, fixture->child, beach, &error));
  g_assert_true (lt_photo_get_is_cover (beach));
  {
    g_autoptr (LtPhoto) other = add_photo (fixture, "snow");

    g_assert_true (lt_store_set_cover_photo (fixture->store, fixture->child, other, &error));
    g_assert_true (lt_photo_get_is_cover (other));
    g_assert_false (lt_photo_get_is_cover (beach));
  }

  /* Who is in a photo; deleting the person takes them out of it. */
  g_clear_pointer (&read_back, g_ptr_array_unref);
  g_assert_true (lt_store_set_photo_persons (fixture->store, beach, persons, &error));
  read_back = lt_store_dup_photo_persons (fixture->store, beach, &error);
  g_assert_cmpuint (read_back->len, ==, 1);
  g_assert_true (g_ptr_array_index (read_back, 0) == mormor);
  g_clear_pointer (&read_back, g_ptr_array_unref);
  g_assert_true (lt_store_remove (fixture->store, LT_RECORD (mormor), &error));
  read_back = lt_store_dup_photo_persons (fixture->store, beach, &error);
  g_assert_cmpuint (read_back->len, ==, 0);
  g_signal_handlers_disconnect_by_data (fixture->store, &changes);
}

static void
test_child_removal_takes_the_book (Fixture      *fixture,
                                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtChapter) chapter = NULL;
  g_autoptr (LtStoryEntry) entry = NULL;
  g_autoptr (GListModel) entries = NULL;
  gint64 entry_id;

  lt_store_ensure_chapters (fixture->store, fixture->child, &error);
  chapter = chapter_at (fixture, 0);
  entry = add_entry (fixture, chapter, "Om mig", NULL);
  entry_id = lt_record_get_id (LT_RECORD (entry));
  entries = lt_store_list_entries (fixture->store, chapter);

  g_assert_true (lt_store_remove (fixture->store, LT_RECORD (fixture->child), &error));
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 0);
  g_assert_null (lt_store_lookup (fixture->store, LT_TYPE_STORY_ENTRY, entry_id, &error));
  g_assert_error (error, LT_STORE_ERROR, LT_STORE_ERROR_NOT_FOUND);
}

static void
test_book_in_household_file (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtChapter) chapter = NULL;
  g_autoptr (LtStoryEntry) entry = NULL;
  g_autoptr (LtRecord) draft = NULL;
  g_autofree char *copy_path = g_build_filename (fixture->folder, "copy.db", NULL);
  g_autoptr (LtStore) copy = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  lt_store_ensure_chapters (fixture->store, fixture->child, &error);
  chapter = chapter_at (fixture, 2);
  entry = add_entry (fixture, chapter, "Mit værelse i Brønderslev", "2021");
  draft = lt_record_copy (LT_RECORD (entry));
  lt_story_entry_set_author (LT_STORY_ENTRY (draft), LT_AUTHOR_CHILD);
  lt_story_entry_set_audience (LT_STORY_ENTRY (draft), LT_AUDIENCE_PROFESSIONALS);
  g_assert_true (lt_store_save (fixture->store, draft, &error));
  first = lt_household_file_to_data (fixture->store, NULL);
  g_assert_nonnull (strstr (first, "\"Mit værelse i Brønderslev\""));
  g_assert_nonnull (strstr (first, "\"author\" : \"child\""));
  g_assert_nonnull (strstr (first, "\"audience\" : 8"));

  copy = lt_store_open (copy_path, &error);
  g_assert_true (lt_household_file_import_data (copy, first, -1, NULL, &error));
  g_assert_no_error (error);
  second = lt_household_file_to_data (copy, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_finalize_object (g_steal_pointer (&copy));
}

/* A household saved before the book existed (schema 1) opens, gains the
 * book's tables and keeps its children. */
static void
test_migrate_from_version_1 (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-story-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "old.db", NULL);
  g_autoptr (GBytes) schema = NULL;
  g_autofree char *sql = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autoptr (GListModel) children = NULL;
  g_autoptr (LtChild) child = NULL;
  g_autoptr (GListModel) chapters = NULL;
  sqlite3 *db = NULL;

  /* The migrations are registered with the core library's GResource. */
  g_type_class_unref (g_type_class_ref (LT_TYPE_STORE));
  g_assert_cmpint (lt_store_get_latest_schema_version (), >=, 2);
  schema = g_resources_lookup_data ("/dk/livstraad/Livstraad/sql/001-household.sql", 0, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("%.*s; PRAGMA user_version = 1;"
                         "INSERT INTO child (household_id, name, created_at, updated_at) "
                         "VALUES (1, 'Mikkel Øster', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');",
                         (int) g_bytes_get_size (schema), (const char *) g_bytes_get_data (schema, NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_store_get_schema_version (store), ==, lt_store_get_latest_schema_version ());
  g_assert_cmpint (lt_store_get_schema_version (store), >=, 2);
  children = lt_store_list_children (store);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);
  child = g_list_model_get_item (children, 0);
  g_assert_cmpstr (lt_child_get_name (child), ==, "Mikkel Øster");
  g_assert_true (lt_store_ensure_chapters (store, child, &error));
  chapters = lt_store_list_chapters (store, child);
  g_assert_cmpuint (g_list_model_get_n_items (chapters), ==, 8);

  g_clear_object (&chapters);
  g_clear_object (&child);
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

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/story/default-chapters", test_default_chapters);
  ADD ("/story/move-chapter", test_move_chapter);
  ADD ("/story/entries-in-order", test_entries_in_order);
  ADD ("/story/entry-links", test_entry_links);
  ADD ("/story/child-removal", test_child_removal_takes_the_book);
  ADD ("/story/household-file", test_book_in_household_file);
#undef ADD
  g_test_add_func ("/story/migrate-from-version-1", test_migrate_from_version_1);

  return g_test_run ();
}
