/* test-handover.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The handover package of a gentle move: what the PDF says (pdftotext),
 * what it leaves out, the photos copied as they are, and nothing left
 * behind when it cannot be written.
 */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "lt-date.h"
#include "lt-demo.h"
#include "lt-handover.h"
#include "lt-school-summary.h"

typedef struct
{
  char    *folder;
  char    *out;
  LtStore *store;
  LtChild *child;
  LtMove  *move;
} Fixture;

static const char photo_bytes[] = "\xff\xd8\xff\xe0 not really a JPEG, but bytes to compare \x01\x02";

static void
add_photo (Fixture    *fixture,
           const char *sha_char,
           const char *original_name,
           const char *taken_at)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sha = g_strnfill (64, sha_char[0]);
  g_autofree char *file_name = g_strdup_printf ("%.2s/%s.jpg", sha, sha);
  g_autofree char *path = g_build_filename (lt_store_get_media_dir (fixture->store), file_name, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (LtPhoto) photo = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, photo_bytes, sizeof photo_bytes, &error));
  photo = g_object_new (LT_TYPE_PHOTO, "child-id", lt_record_get_id (LT_RECORD (fixture->child)),
                        "sha256", sha, "file-name", file_name, "mime-type", "image/jpeg",
                        "orientation", (gint64) 1, "original-name", original_name, "taken-at",
                        taken_at, NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (photo), &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GListModel) children = NULL;
  g_autoptr (GListModel) chapters = NULL;
  g_autoptr (LtChapter) chapter = NULL;
  g_autoptr (LtStoryEntry) secret = NULL;
  g_autoptr (LtPerson) caseworker = NULL;

  fixture->folder = g_dir_make_tmp ("lt-handover-XXXXXX", NULL);
  fixture->out = g_build_filename (fixture->folder, "ud", NULL);
  g_assert_cmpint (g_mkdir (fixture->out, 0700), ==, 0);
  path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_demo_populate (fixture->store, &error));
  g_assert_no_error (error);

  children = lt_store_list_children (fixture->store);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_str_has_prefix (lt_child_get_display_name (child), "Freja"))
        g_set_object (&fixture->child, child);
    }
  g_assert_nonnull (fixture->child);
  fixture->move = lt_gentle_move_find_planned (fixture->store, fixture->child);
  g_assert_nonnull (fixture->move);

  chapters = lt_store_list_chapters (fixture->store, fixture->child);
  chapter = g_list_model_get_item (chapters, 0);
  secret = g_object_new (LT_TYPE_STORY_ENTRY, "chapter-id", lt_record_get_id (LT_RECORD (chapter)),
                         "title", "Kun for os voksne", "body", "Noget privat om en svær dag.",
                         "audience", (gint64) LT_AUDIENCE_PROFESSIONALS, NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (secret), &error));
  g_assert_no_error (error);

  caseworker = g_object_new (LT_TYPE_PERSON, "child-id", lt_record_get_id (LT_RECORD (fixture->child)),
                             "name", "Hanne Berg", "role", LT_PERSON_ROLE_CASEWORKER, "circle",
                             LT_CIRCLE_PROFESSIONALS, "phone", "98 76 54 32", NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (caseworker), &error));
  g_assert_no_error (error);

  add_photo (fixture, "a", "IMG_0042.jpg", "2025-05-17T10:00:00");
  add_photo (fixture, "b", "IMG_0042.jpg", "2025-05-17T12:00:00");
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->move);
  g_clear_object (&fixture->child);
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->out);
  g_free (fixture->folder);
}

static char *
run (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int   status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
count_entries (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
on_progress_cb (double      fraction,
                const char *step,
                gpointer    data)
{
  double *last = data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_nonnull (step);
  *last = fraction;
}

static void
test_package (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *name = lt_handover_folder_name (fixture->child);
  g_autofree char *expected = g_build_filename (fixture->out, name, NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *photos = NULL;
  g_autofree char *text = NULL;
  double           last = 0;
  GStatBuf         buf;
  const char      *names[] = { "2025-05-17 IMG_0042.jpg", "2025-05-17 IMG_0042 (2).jpg" };

  g_assert_true (lt_handover_write_full (fixture->store, fixture->child, fixture->move, fixture->out,
                                         on_progress_cb, &last, &written, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_cmpstr (written, ==, expected);
  g_assert_cmpstr (name, ==, "Freja Ålund Nielsen – overlevering");
  /* Only the package: the folder it was built in is gone. */
  g_assert_cmpuint (count_entries (fixture->out), ==, 1);

  g_assert_cmpint (g_stat (written, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0700);
  pdf = g_build_filename (written, "overlevering.pdf", NULL);
  g_assert_cmpint (g_stat (pdf, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);

  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

    text = run (argv);
  }
  /* The child's own words first, then the book, the drawings, school, contacts. */
  g_assert_nonnull (strstr (text, "Min kanin Bobbi"));
  g_assert_nonnull (strstr (text, "Hos moster Lene i Aalborg"));
  g_assert_nonnull (strstr (text, "Freja kan lide"));
  g_assert_null (strstr (text, "Kun for os voksne"));
  g_assert_null (strstr (text, "Noget privat"));
  g_assert_nonnull (strstr (text, "Maja"));
  g_assert_nonnull (strstr (text, "Hanne Berg"));
  g_assert_nonnull (strstr (text, "98 76 54 32"));
  g_assert_nonnull (strstr (text, "Important contacts"));
  g_assert_true (strstr (text, "Min kanin Bobbi") < strstr (text, "Freja kan lide"));

  photos = g_build_filename (written, "Billeder", NULL);
  g_assert_cmpuint (count_entries (photos), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (photos, names[i], NULL);
      g_autofree char *contents = NULL;
      gsize            length = 0;

      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      g_assert_no_error (error);
      g_assert_cmpmem (contents, length, photo_bytes, sizeof photo_bytes);
      g_assert_cmpint (g_stat (path, &buf), ==, 0);
      g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);
    }

  /* A second package does not overwrite the first. */
  g_assert_false (lt_handover_write (fixture->store, fixture->child, fixture->move, fixture->out, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
}

static void
test_school_heading (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtSchoolReport) report = NULL;
  g_autofree char *name = lt_handover_folder_name (fixture->child);
  g_autofree char *pdf = g_build_filename (fixture->out, name, "overlevering.pdf", NULL);
  g_autofree char *text = NULL;
  const char      *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  GDate            today;

  g_assert_true (lt_handover_write (fixture->store, fixture->child, fixture->move, fixture->out, &error));
  g_assert_no_error (error);
  text = run (argv);
  lt_date_today (&today);
  report = lt_school_summary_new (fixture->store, fixture->child, &today);
  g_assert_cmpuint (report->sections->len, >, 0);
  g_assert_nonnull (strstr (text, ((LtReportSection *) g_ptr_array_index (report->sections, 0))->heading));
}

static void
test_unwritable (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *file = g_build_filename (fixture->folder, "a-file", NULL);
  g_autofree char *inside = g_build_filename (file, "sub", NULL);
  g_autofree char *media = NULL;
  g_autoptr (GListModel) photos = lt_store_list_photos (fixture->store, fixture->child);
  g_autoptr (LtPhoto) photo = g_list_model_get_item (photos, 0);

  /* A folder that cannot be made. */
  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  g_assert_false (lt_handover_write (fixture->store, fixture->child, fixture->move, inside, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A photo gone from the media folder fails half-way: nothing is left. */
  media = g_build_filename (lt_store_get_media_dir (fixture->store), lt_photo_get_file_name (photo), NULL);
  g_assert_cmpint (g_unlink (media), ==, 0);
  g_assert_false (lt_handover_write (fixture->store, fixture->child, fixture->move, fixture->out, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (count_entries (fixture->out), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/handover/package", Fixture, NULL, fixture_set_up, test_package, fixture_tear_down);
  g_test_add ("/handover/school-heading", Fixture, NULL, fixture_set_up, test_school_heading,
              fixture_tear_down);
  g_test_add ("/handover/unwritable", Fixture, NULL, fixture_set_up, test_unwritable,
              fixture_tear_down);

  return g_test_run ();
}
