/* test-child-copy.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The child's own copy from an encrypted household: the book, the photos
 * that were ticked (unsealed, without GPS), the child's texts and the
 * data file, as a folder and as a ZIP with the same files.
 */
#include "config.h"

#include "lt-test-util.h"

#include <adwaita.h>
#include <archive.h>
#include <archive_entry.h>
#include <gexiv2/gexiv2.h>
#include <json-glib/json-glib.h>
#include <locale.h>

#include "lt-child-copy-window.h"
#include "lt-child-copy.h"
#include "lt-demo.h"
#include "lt-photo-import.h"
#include "lt-privacy-window.h"
#include "lt-vault.h"

typedef struct
{
  char    *folder;
  LtStore *store;
  LtChild *child;
} Fixture;

/* A JPEG taken "at the foster home": with a GPS position in its EXIF. */
static char *
make_photo_with_gps (const char *folder,
                     const char *name,
                     guint32     colour)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 320, 240);
  g_autoptr (GExiv2Metadata) metadata = gexiv2_metadata_new ();
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (folder, name, NULL);

  gdk_pixbuf_fill (pixbuf, colour);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "jpeg", &error, NULL));
  g_assert_true (gexiv2_metadata_open_path (metadata, path, &error));
  g_assert_true (gexiv2_metadata_try_set_gps_info (metadata, 9.9217, 57.0488, 12.0, &error));
  g_assert_true (gexiv2_metadata_save_file (metadata, path, &error));
  g_assert_no_error (error);
  return path;
}

static void
add_photo (Fixture    *fixture,
           const char *path,
           const char *caption)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtSecret) key = lt_store_dup_media_key (fixture->store, lt_record_get_id (LT_RECORD (fixture->child)), &error);
  g_autoptr (LtImportedPhoto) imported = lt_photo_import_file (path, lt_store_get_media_dir (fixture->store), key, NULL, &error);
  g_autoptr (LtPhoto) photo = lt_photo_new ();
  g_autofree char *file_name = g_strdup (imported->media_path + strlen (lt_store_get_media_dir (fixture->store)) + 1);

  g_assert_no_error (error);
  lt_photo_set_child_id (photo, lt_record_get_id (LT_RECORD (fixture->child)));
  lt_photo_set_sha256 (photo, imported->sha256);
  lt_photo_set_file_name (photo, file_name);
  lt_photo_set_mime_type (photo, imported->mime_type);
  lt_photo_set_width (photo, imported->width);
  lt_photo_set_height (photo, imported->height);
  lt_photo_set_original_name (photo, imported->original_name);
  lt_photo_set_caption (photo, caption);
  lt_store_add (fixture->store, LT_RECORD (photo), &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  static const LtKdfLimits limits = { 1, 64 * 1024 };
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *beach = NULL;
  g_autofree char *class_photo = NULL;
  g_autoptr (GListModel) children = NULL;

  fixture->folder = g_dir_make_tmp ("lt-copy-XXXXXX", &error);
  path = g_build_filename (fixture->folder, "home", "household.db", NULL);
  fixture->store = lt_vault_create (path, "Mette", "grøn hest på taget", &limits, &recovery, &error);
  g_assert_no_error (error);
  g_assert_true (lt_demo_populate (fixture->store, &error));
  children = lt_store_list_children (fixture->store);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_strcmp0 (lt_child_get_display_name (child), "Ida") == 0)
        fixture->child = g_object_ref (child);
    }
  g_assert_nonnull (fixture->child);
  beach = make_photo_with_gps (fixture->folder, "strand.jpg", 0x62a0eaff);
  class_photo = make_photo_with_gps (fixture->folder, "klassebillede.jpg", 0xe66100ff);
  add_photo (fixture, beach, "Sommer ved Tversted Strand");
  add_photo (fixture, class_photo, "Klassebillede med andre børn");
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->child);
  g_clear_object (&fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

/* Every file under @folder, by its path inside it, in a sorted list. */
static void
list_files (const char *folder,
            const char *prefix,
            GPtrArray  *out)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *inside = prefix != NULL ? g_build_filename (prefix, name, NULL) : g_strdup (name);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        list_files (path, inside, out);
      else
        g_ptr_array_add (out, g_steal_pointer (&inside));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int   status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  return out;
}

static void
test_folder (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *target = g_build_filename (fixture->folder, "Idas egen kopi", NULL);
  g_autofree char *photos_folder = g_build_filename (target, "Photos", NULL);
  g_autofree char *json_path = g_build_filename (target, "data.json", NULL);
  g_autoptr (GPtrArray) photos = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (JsonParser) parser = json_parser_new ();
  LtChildCopyWindow *window = lt_child_copy_window_new (NULL, fixture->store, fixture->child);
  JsonObject        *root;
  gboolean           has_book = FALSE, has_text = FALSE;

  /* The class photo has other children in it: left out. */
  lt_child_copy_window_set_photo_included (window, 1, FALSE);
  g_assert_true (lt_child_copy_window_write (window, target, &error));
  g_assert_no_error (error);

  list_files (photos_folder, NULL, photos);
  g_assert_cmpuint (photos->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (photos, 0), ==, "strand.jpg");
  {
    g_autofree char *photo = g_build_filename (photos_folder, "strand.jpg", NULL);
    g_autoptr (GExiv2Metadata) metadata = gexiv2_metadata_new ();
    g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new_from_file (photo, &error);

    /* A real photo again (unsealed), and nowhere says where it was taken. */
    g_assert_no_error (error);
    g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 320);
    g_assert_true (gexiv2_metadata_open_path (metadata, photo, &error));
    g_assert_false (gexiv2_metadata_try_has_tag (metadata, "Exif.GPSInfo.GPSLatitude", NULL));
    g_assert_false (gexiv2_metadata_try_has_tag (metadata, "Exif.GPSInfo.GPSLongitude", NULL));
  }

  list_files (target, NULL, files);
  for (guint i = 0; i < files->len; i++)
    {
      const char *name = g_ptr_array_index (files, i);

      has_book |= g_str_has_suffix (name, ".pdf");
      has_text |= g_str_has_prefix (name, "Texts/") && g_str_has_suffix (name, ".txt");
    }
  g_assert_true (has_book);
  g_assert_true (has_text);
  {
    g_autofree char *pdf = g_build_filename (target, "Ida’s Book.pdf", NULL);
    g_autofree char *text = pdf_text (pdf);

    g_assert_nonnull (strstr (text, "Ida"));
    g_assert_nonnull (strstr (text, "Tversted"));
  }

  g_assert_true (json_parser_load_from_file (parser, json_path, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "livstraad-child-copy");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "child"), "preferred_name"), ==,
                   "Ida");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "photos")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "placements")), >, 0);

  /* Never over something that is there. */
  g_assert_false (lt_child_copy_window_write (window, target, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_zip (Fixture      *fixture,
          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *zip_path = g_build_filename (fixture->folder, "ida.zip", NULL);
  g_autofree char *folder = g_build_filename (fixture->folder, "ida", NULL);
  g_autoptr (GPtrArray) in_folder = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) in_zip = g_ptr_array_new_with_free_func (g_free);
  g_autofree char      *top = lt_child_copy_name (fixture->child);
  struct archive       *zip = archive_read_new ();
  struct archive_entry *entry;

  g_assert_true (lt_child_copy_write (fixture->store, fixture->child, NULL, zip_path, &error));
  g_assert_true (lt_child_copy_write (fixture->store, fixture->child, NULL, folder, &error));
  g_assert_no_error (error);

  list_files (folder, top, in_folder);
  archive_read_support_format_zip (zip);
  g_assert_cmpint (archive_read_open_filename (zip, zip_path, 10240), ==, ARCHIVE_OK);
  while (archive_read_next_header (zip, &entry) == ARCHIVE_OK)
    g_ptr_array_add (in_zip, g_strdup (archive_entry_pathname_utf8 (entry)));
  archive_read_free (zip);

  g_ptr_array_sort (in_folder, compare_strings);
  g_ptr_array_sort (in_zip, compare_strings);
  g_assert_cmpuint (in_zip->len, ==, in_folder->len);
  g_assert_cmpuint (in_zip->len, >=, 5);
  for (guint i = 0; i < in_zip->len; i++)
    g_assert_cmpstr (g_ptr_array_index (in_zip, i), ==, g_ptr_array_index (in_folder, i));
}

/* Dates typed as people write them; a keeping day before the end refused
 * with a reason, and nothing saved then. */
static void
test_privacy_window (Fixture      *fixture,
                     gconstpointer data)
{
  LtPrivacyWindow *window = lt_privacy_window_new (NULL, fixture->store, fixture->child);
  g_autoptr (GError) error = NULL;
  g_auto (LtChildPrivacy) privacy = { 0 };
  gint64 id = lt_record_get_id (LT_RECORD (fixture->child));

  g_assert_false (lt_privacy_window_save (window, TRUE, "31.1.2027", "1.1.2027", &error));
  g_assert_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (lt_store_child_is_anonymous (fixture->store, id));
  g_assert_false (lt_privacy_window_save (window, TRUE, "ikke en dato", "", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (lt_privacy_window_save (window, TRUE, "31.1.2027", "31.1.2028", &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_get_child_privacy (fixture->store, id, &privacy, &error));
  g_assert_true (privacy.anonymous);
  g_assert_cmpstr (privacy.placement_ended, ==, "2027-01-31");
  g_assert_cmpstr (privacy.keep_until, ==, "2028-01-31");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/child-copy/folder", Fixture, NULL, fixture_set_up, test_folder, fixture_tear_down);
  g_test_add ("/child-copy/privacy-window", Fixture, NULL, fixture_set_up, test_privacy_window, fixture_tear_down);
  g_test_add ("/child-copy/zip", Fixture, NULL, fixture_set_up, test_zip, fixture_tear_down);

  return g_test_run ();
}
