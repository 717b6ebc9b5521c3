/* bench-book.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Benchmark of the life-story book at its largest: a child with many pages
 * and many twelve-megapixel photos.  Prints the time and peak memory to
 * import the photos, to make the first screen of thumbnails, and to export
 * the book as PDF.
 *
 *   bench-book [--photos 1000] [--entries 300] [--width 4000] [--height 3000]
 */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "lt-book-export.h"
#include "lt-book-pdf.h"
#include "lt-photo-import.h"
#include "lt-store.h"

static int n_photos = 1000;
static int n_entries = 300;
static int photo_width = 4000;
static int photo_height = 3000;

static const GOptionEntry options[] = {
  { "photos", 0, 0, G_OPTION_ARG_INT, &n_photos, "Photos to import (1000)", "N" },
  { "entries", 0, 0, G_OPTION_ARG_INT, &n_entries, "Pages in the book (300)", "N" },
  { "width", 0, 0, G_OPTION_ARG_INT, &photo_width, "Photo width in pixels (4000)", "PX" },
  { "height", 0, 0, G_OPTION_ARG_INT, &photo_height, "Photo height in pixels (3000)", "PX" },
  { NULL }
};

/* Peak resident memory since the last reset, in MB (Linux: VmHWM). */
static double
peak_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

static void
reset_peak (void)
{
  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
}

/* A camera-like photo: gradient and grain, so it compresses like one. */
static GBytes *
make_photo (void)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, photo_width, photo_height);
  guchar *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  guint32 noise = 12345;
  char *data = NULL;
  gsize length = 0;

  for (int y = 0; y < photo_height; y++)
    for (int x = 0; x < photo_width; x++)
      {
        guchar *p = pixels + (gsize) y * stride + x * 3;

        noise = noise * 1103515245 + 12345;
        p[0] = 60 + x * 120 / photo_width + (noise >> 28);
        p[1] = 90 + y * 100 / photo_height + ((noise >> 24) & 15);
        p[2] = 150 - (x + y) * 80 / (photo_width + photo_height) + ((noise >> 20) & 15);
      }
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &data, &length, "jpeg", NULL, "quality", "90", NULL));
  return g_bytes_new_take (data, length);
}

/* Copies of one photo that differ in a JPEG comment, so each is its own
 * file to the media folder (no deduplication). */
static GStrv
write_photos (const char *folder,
              GBytes     *jpeg)
{
  g_autoptr (GStrvBuilder) paths = g_strv_builder_new ();
  const guchar *bytes = g_bytes_get_data (jpeg, NULL);
  gsize length = g_bytes_get_size (jpeg);

  for (int i = 0; i < n_photos; i++)
    {
      g_autofree char *name = g_strdup_printf ("foto-%04d.jpg", i);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *comment = g_strdup_printf ("Livstraad bench photo %d", i);
      guint16 segment = strlen (comment) + 2;
      g_autoptr (GByteArray) file = g_byte_array_sized_new (length + segment + 2);
      guchar marker[] = { 0xff, 0xfe, segment >> 8, segment & 0xff };

      g_byte_array_append (file, bytes, 2); /* SOI */
      g_byte_array_append (file, marker, sizeof marker);
      g_byte_array_append (file, (guchar *) comment, strlen (comment));
      g_byte_array_append (file, bytes + 2, length - 2);
      g_assert_true (g_file_set_contents (path, (char *) file->data, file->len, NULL));
      g_strv_builder_add (paths, path);
    }
  return g_strv_builder_end (paths);
}

static LtChild *
add_child (LtStore *store)
{
  g_autoptr (GError) error = NULL;
  LtChild *child = lt_child_new ();

  lt_child_set_household_id (child, 1);
  lt_child_set_name (child, "Åse Ærø Østergård");
  lt_child_set_birth_date (child, "2014-03-12");
  g_assert_true (lt_store_add (store, LT_RECORD (child), &error));
  return child;
}

static void
add_photos (LtStore   *store,
            LtChild   *child,
            GPtrArray *imported)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (lt_store_begin (store, &error));
  for (guint i = 0; i < imported->len; i++)
    {
      LtImportedPhoto *in = g_ptr_array_index (imported, i);
      g_autoptr (GFile) media = g_file_new_for_path (lt_store_get_media_dir (store));
      g_autoptr (GFile) file = g_file_new_for_path (in->media_path);
      g_autofree char *relative = g_file_get_relative_path (media, file);
      g_autoptr (LtPhoto) photo = lt_photo_new ();

      lt_photo_set_child_id (photo, lt_record_get_id (LT_RECORD (child)));
      lt_photo_set_sha256 (photo, in->sha256);
      lt_photo_set_file_name (photo, relative);
      lt_photo_set_width (photo, in->width);
      lt_photo_set_height (photo, in->height);
      g_assert_true (lt_store_add (store, LT_RECORD (photo), &error));
    }
  g_assert_true (lt_store_commit (store, &error));
}

/* Pages spread over the default chapters, the photos spread over pages. */
static void
write_book (LtStore *store,
            LtChild *child)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) chapters = NULL;
  g_autoptr (GListModel) photos = lt_store_list_photos (store, child);
  guint n_photos_total = g_list_model_get_n_items (photos);
  guint next_photo = 0;

  g_assert_true (lt_store_ensure_chapters (store, child, &error));
  chapters = lt_store_list_chapters (store, child);
  for (int i = 0; i < n_entries; i++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, i % g_list_model_get_n_items (chapters));
      g_autoptr (LtStoryEntry) entry = lt_story_entry_new ();
      g_autoptr (GPtrArray) linked = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *title = g_strdup_printf ("Side %d: en dag i Brønderslev", i + 1);
      g_autofree char *date = g_strdup_printf ("sommeren %d", 2014 + i % 12);
      guint share = (n_photos_total - next_photo) / MAX (1, n_entries - i);

      lt_story_entry_set_chapter_id (entry, lt_record_get_id (LT_RECORD (chapter)));
      lt_story_entry_set_title (entry, title);
      lt_story_entry_set_date_text (entry, date);
      lt_story_entry_set_author (entry, i % 3 == 0 ? LT_AUTHOR_CHILD : LT_AUTHOR_ADULT);
      lt_story_entry_set_body (entry, "Vi cyklede til søen og spiste madpakker med æg og rugbrød. "
                                      "Bagefter byggede vi en hule i skoven, og jeg fandt en fjer.");
      g_assert_true (lt_store_add (store, LT_RECORD (entry), &error));
      for (guint k = 0; k < share; k++)
        g_ptr_array_add (linked, g_list_model_get_item (photos, next_photo++));
      g_assert_true (lt_store_set_entry_photos (store, entry, linked, &error));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— benchmark the life-story book");
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("livstraad-bench-book-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (folder, "household", "household.db", NULL);
  g_autofree char *thumbs = g_build_filename (folder, "thumbs", NULL);
  g_autofree char *pdf = g_build_filename (folder, "book.pdf", NULL);
  g_autoptr (GBytes) jpeg = NULL;
  g_auto (GStrv) paths = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autoptr (LtChild) child = NULL;
  g_autoptr (GPtrArray) imported = NULL;
  g_autoptr (GPtrArray) failures = NULL;
  g_autoptr (LtBook) book = NULL;
  g_autoptr (LtBookPdfReport) report = NULL;
  g_autoptr (GTimer) timer = g_timer_new ();
  guint n_thumbs;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  jpeg = make_photo ();
  paths = write_photos (folder, jpeg);
  g_print ("Photos:       %d of %d × %d px, %.1f MB each, in %.1f s\n", n_photos, photo_width, photo_height,
           g_bytes_get_size (jpeg) / 1e6, g_timer_elapsed (timer, NULL));
  store = lt_store_open (db, &error);
  g_assert_no_error (error);
  child = add_child (store);

  reset_peak ();
  g_timer_start (timer);
  imported = lt_photo_import_files (paths, lt_store_get_media_dir (store), NULL, NULL, NULL, NULL, &failures);
  add_photos (store, child, imported);
  g_print ("Import:       %.1f s, peak %.0f MB (%u imported, %u refused; with print renditions)\n",
           g_timer_elapsed (timer, NULL), peak_mb (), imported->len, failures->len);

  /* What the grid does when it is first shown: a screenful of thumbnails. */
  g_mkdir_with_parents (thumbs, 0700);
  n_thumbs = MIN (48, imported->len);
  reset_peak ();
  g_timer_start (timer);
  for (guint i = 0; i < n_thumbs; i++)
    {
      LtImportedPhoto *photo = g_ptr_array_index (imported, i);
      g_autofree char *name = g_strdup_printf ("%u.png", i);
      g_autofree char *thumb = g_build_filename (thumbs, name, NULL);

      g_assert_true (lt_photo_make_thumbnail (photo->media_path, NULL, photo->orientation, 256, thumb, &error));
    }
  g_print ("Thumbnails:   %u for the first screen in %.2f s (%.0f ms each, one thread), peak %.0f MB\n", n_thumbs,
           g_timer_elapsed (timer, NULL), g_timer_elapsed (timer, NULL) * 1000 / n_thumbs, peak_mb ());

  write_book (store, child);
  reset_peak ();
  g_timer_start (timer);
  book = lt_book_snapshot_new (store, child, LT_AUDIENCE_CHILD, LT_BOOK_PAPER_A4);
  g_assert_true (lt_book_write_pdf (book, pdf, NULL, NULL, NULL, &report, &error));
  g_assert_no_error (error);
  {
    guint passed = 0;
    gsize photo_bytes = 0;

    for (guint i = 0; i < report->photos->len; i++)
      {
        LtBookPhotoReport *photo = g_ptr_array_index (report->photos, i);

        passed += photo->passed_through;
        photo_bytes += photo->bytes;
      }
    g_print ("Export:       %.1f s, peak %.0f MB, %u pages, %.0f MB PDF; %u of %u photos passed through, "
             "%.0f KB per photo\n",
             g_timer_elapsed (timer, NULL), peak_mb (), report->n_pages, report->file_size / 1e6, passed,
             report->photos->len, photo_bytes / 1e3 / MAX (1, report->photos->len));
  }

  g_clear_object (&child);
  g_clear_object (&store);
  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);

    g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  }
  return 0;
}
