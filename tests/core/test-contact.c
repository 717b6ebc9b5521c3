/* test-contact.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The store's part for contact with the network (migration 016): who
 * matters most, the chosen period, and proposing a page from a visit in
 * one transaction.
 */
#include "config.h"

#include "lt-test-util.h"

#include <locale.h>

#include "lt-store-contact.h"
#include "lt-store.h"

typedef struct
{
  char    *folder;
  LtStore *store;
  LtChild *child;
  LtEvent *visit;
} Fixture;

static gint64
id_of (gpointer record)
{
  return lt_record_get_id (LT_RECORD (record));
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("lt-contact-XXXXXX", NULL);
  path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  fixture->child = g_object_new (LT_TYPE_CHILD, "household-id", (gint64) 1, "name", "Ida", NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (fixture->child), &error));
  fixture->visit = g_object_new (LT_TYPE_EVENT, "child-id", id_of (fixture->child), "title",
                                 "Samvær med mor", "starts-at", "2026-10-17T08:00:00Z", "ends-at",
                                 "2026-10-17T12:00:00Z", "outcome", LT_OUTCOME_HELD, NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (fixture->visit), &error));
  g_assert_true (lt_store_ensure_chapters (fixture->store, fixture->child, &error));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->visit);
  g_clear_object (&fixture->child);
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static void
test_matters_most (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtPerson) person = g_object_new (LT_TYPE_PERSON, "child-id", id_of (fixture->child),
                                              "name", "Mikkel", NULL);
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GListModel) persons = NULL;
  g_autoptr (LtPerson) read = NULL;

  g_assert_false (lt_person_get_matters_most (person));
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (person), &error));
  draft = lt_record_copy (LT_RECORD (person));
  lt_person_set_matters_most (LT_PERSON (draft), TRUE);
  g_assert_true (lt_store_save (fixture->store, draft, &error));
  g_assert_true (lt_person_get_matters_most (person));

  /* Read back from the file, not only the identity map. */
  {
    g_autofree char *path = g_strdup (lt_store_get_path (fixture->store));

    g_clear_object (&person);
    g_clear_object (&draft);
    g_assert_finalize_object (g_steal_pointer (&fixture->store));
    fixture->store = lt_store_open (path, &error);
    g_assert_no_error (error);
  }
  persons = lt_store_list_records (fixture->store, LT_TYPE_PERSON, id_of (fixture->child));
  g_assert_cmpuint (g_list_model_get_n_items (persons), ==, 1);
  read = g_list_model_get_item (persons, 0);
  g_assert_true (lt_person_get_matters_most (read));
}

static void
test_contact_weeks (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 id = id_of (fixture->child);

  g_assert_cmpint (lt_store_get_contact_weeks (fixture->store, id), ==, LT_CONTACT_DEFAULT_WEEKS);
  g_assert_true (lt_store_set_contact_weeks (fixture->store, id, 9, &error));
  g_assert_cmpint (lt_store_get_contact_weeks (fixture->store, id), ==, 9);
  g_assert_true (lt_store_set_contact_weeks (fixture->store, id, 3, &error));
  g_assert_cmpint (lt_store_get_contact_weeks (fixture->store, id), ==, 3);

  g_assert_false (lt_store_set_contact_weeks (fixture->store, id, 0, &error));
  g_assert_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (lt_store_set_contact_weeks (fixture->store, id, LT_CONTACT_MAX_WEEKS + 1, &error));
  g_assert_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (lt_store_get_contact_weeks (fixture->store, id), ==, 3);
}

static LtChapter *
first_chapter (Fixture *fixture)
{
  g_autoptr (GListModel) chapters = lt_store_list_chapters (fixture->store, fixture->child);

  return g_list_model_get_item (chapters, 0);
}

static LtPhoto *
add_photo (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "boller", -1);
  g_autofree char *file_name = g_strdup_printf ("%.2s/%s.jpg", sha256, sha256);
  LtPhoto         *photo = g_object_new (LT_TYPE_PHOTO, "child-id", id_of (fixture->child),
                                         "sha256", sha256, "file-name", file_name, NULL);

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (photo), &error));
  return photo;
}

static LtStoryEntry *
new_page (LtChapter *chapter)
{
  return g_object_new (LT_TYPE_STORY_ENTRY, "chapter-id", id_of (chapter), "title",
                       "Vi bagte boller", "body", "Mor og jeg bagte boller.", NULL);
}

static void
test_propose (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtChapter) chapter = first_chapter (fixture);
  g_autoptr (LtPhoto) photo = add_photo (fixture);
  g_autoptr (LtStoryEntry) entry = new_page (chapter);
  g_autoptr (GListModel) entries = lt_store_list_entries (fixture->store, chapter);
  g_autoptr (GPtrArray) photos = NULL;

  g_assert_true (lt_store_propose_entry (fixture->store, entry, photo, fixture->visit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id_of (entry), >, 0);
  g_assert_cmpint (lt_story_entry_get_status (entry), ==, LT_ENTRY_STATUS_PROPOSED);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  photos = lt_store_dup_entry_photos (fixture->store, entry, &error);
  g_assert_cmpuint (photos->len, ==, 1);
  g_assert_true (g_ptr_array_index (photos, 0) == (gpointer) photo);
  g_assert_cmpint (lt_store_get_entry_source_event (fixture->store, entry), ==,
                   id_of (fixture->visit));

  /* Deleting the visit leaves the page, without its source. */
  g_assert_true (lt_store_remove (fixture->store, LT_RECORD (fixture->visit), &error));
  g_assert_cmpint (lt_store_get_entry_source_event (fixture->store, entry), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
}

/* A visit that is not in the store cannot be a source: nothing is left. */
static void
test_propose_fails_whole (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtChapter) chapter = first_chapter (fixture);
  g_autoptr (LtPhoto) photo = add_photo (fixture);
  g_autoptr (LtStoryEntry) entry = new_page (chapter);
  g_autoptr (GListModel) entries = lt_store_list_entries (fixture->store, chapter);
  g_autoptr (LtEvent) unsaved = g_object_new (LT_TYPE_EVENT, "child-id", id_of (fixture->child),
                                              "title", "Aldrig gemt", NULL);
  g_assert_false (lt_store_propose_entry (fixture->store, entry, photo, unsaved, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (id_of (entry), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 0);

  /* The store is usable after, and the same page can be proposed again. */
  g_clear_error (&error);
  g_assert_true (lt_store_propose_entry (fixture->store, entry, NULL, fixture->visit, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/contact/matters-most", test_matters_most);
  ADD ("/contact/weeks", test_contact_weeks);
  ADD ("/contact/propose", test_propose);
  ADD ("/contact/propose-fails-whole", test_propose_fails_whole);
#undef ADD
  return g_test_run ();
}
