/* test-book.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The life-story book as PDF: pages, text with æøå in order, photos as
 * JPEG (passed through or scaled once), a damaged photo that does not stop
 * the book, cancelling, and the file's mode.
 */
#include "config.h"

#include "lt-test-util.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>

#include "lt-book-pdf.h"

typedef struct
{
  char *folder;
  char *small;  /* 1200 × 900 JPEG: passed through */
  char *large;  /* 6000 × 4000 JPEG: scaled to 300 dpi */
  char *broken; /* JPEG magic, then nothing useful */
} Fixture;

static char *
make_jpeg (const char *folder,
           const char *name,
           int         width,
           int         height)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  char   *path = g_build_filename (folder, name, NULL);
  guchar *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int     stride = gdk_pixbuf_get_rowstride (pixbuf);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guchar *p = pixels + (gsize) y * stride + x * 3;

        p[0] = 80 + x * 150 / width;
        p[1] = 120 + y * 100 / height;
        p[2] = 200 - (x + y) * 100 / (width + height);
      }
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "jpeg", NULL, "quality", "90", NULL));
  return path;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->folder = g_dir_make_tmp ("lt-book-XXXXXX", NULL);
  fixture->small = make_jpeg (fixture->folder, "strand.jpg", 1200, 900);
  fixture->large = make_jpeg (fixture->folder, "stor.jpg", 6000, 4000);
  fixture->broken = g_build_filename (fixture->folder, "ødelagt.jpg", NULL);
  g_assert_true (g_file_set_contents (fixture->broken, "\xff\xd8\xff\xe0 not really", -1, NULL));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  /* LT_KEEP_BOOK=1 keeps the PDFs, to look at them as pages. */
  if (g_getenv ("LT_KEEP_BOOK") == NULL)
    lt_test_remove_tree (fixture->folder);
  else
    g_test_message ("kept %s", fixture->folder);
  g_free (fixture->small);
  g_free (fixture->large);
  g_free (fixture->broken);
  g_free (fixture->folder);
}

static LtBook *
make_book (Fixture    *fixture,
           LtBookPaper paper)
{
  LtBook        *book = lt_book_new ("Bogen om Åse");
  LtBookChapter *chapter;
  LtBookEntry   *entry;

  book->subtitle = g_strdup ("Min livshistorie");
  book->paper = paper;
  lt_book_set_cover (book, fixture->small, 1);

  chapter = lt_book_add_chapter (book, "Om mig");
  entry = lt_book_chapter_add_entry (chapter, "Det er mig", "2026",
                                     "Jeg hedder Åse og bor i Brønderslev. Jeg elsker æblegrød.\n\n"
                                     "Min bedste ven hedder Søren.",
                                     LT_BOOK_AUTHOR_CHILD);
  lt_book_entry_add_photo (entry, fixture->small, "Ved stranden i Tversted", 1);

  chapter = lt_book_add_chapter (book, "Hvor jeg kommer fra");
  entry = lt_book_chapter_add_entry (chapter, "Født i Aalborg", "12.3.2014", "Jeg blev født en tidlig morgen.",
                                     LT_BOOK_AUTHOR_TOGETHER);
  lt_book_entry_add_photo (entry, fixture->large, "Et stort billede", 6);
  lt_book_entry_add_photo (entry, fixture->broken, "Et ødelagt billede", 1);

  chapter = lt_book_add_chapter (book, "Mine hjem");
  entry = lt_book_chapter_add_entry (chapter, "Mit værelse", "sommeren 2021", NULL, LT_BOOK_AUTHOR_ADULT);
  for (int i = 0; i < 40; i++)
    {
      /* A long text runs over several pages without losing words. */
      g_autofree char *text = g_strdup_printf ("Afsnit %d: Væggene er lyseblå, og vinduet vender mod haven, "
                                               "hvor æbletræet står. Om sommeren spiser vi derude.",
                                               i + 1);
      g_autofree char *joined = g_strconcat (entry->text != NULL ? entry->text : "", entry->text != NULL ? "\n\n" : "",
                                             text, NULL);

      g_free (entry->text);
      entry->text = g_steal_pointer (&joined);
    }
  return book;
}

static char *
run (const char *command,
     const char *path)
{
  g_autofree char *line = g_strdup_printf ("%s '%s'", command, path);
  g_autoptr (GError) error = NULL;
  char *output = NULL;
  int   status = 0;

  g_assert_true (g_spawn_command_line_sync (line, &output, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return output;
}

static void
test_book (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (fixture, LT_BOOK_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->folder, "åse.pdf", NULL);
  g_autoptr (LtBookPdfReport) report = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *images = NULL;
  const char *pages;
  const char      *cursor;
  const char      *in_order[] = { "Bogen om Åse", "Om mig", "Hvor jeg kommer fra", "Mine hjem", "Jeg hedder Åse",
                                  "Brønderslev", "æblegrød", "Født i Aalborg", "Mit værelse", "Afsnit 1:",
                                  "Afsnit 40:" };
  GStatBuf         buf;

  g_assert_true (lt_book_write_pdf (book, path, NULL, NULL, NULL, &report, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (report->file_size, ==, buf.st_size);

  {
    g_autofree char *txt = g_strconcat (path, ".txt", NULL);
    g_autofree char *command = g_strdup_printf ("pdftotext '%s' '%s'", path, txt);

    g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
    g_assert_true (g_file_get_contents (txt, &text, NULL, NULL));
  }
  cursor = text;
  for (guint i = 0; i < G_N_ELEMENTS (in_order); i++)
    {
      const char *found = strstr (cursor, in_order[i]);

      g_test_message ("looking for %s", in_order[i]);
      g_assert_nonnull (found);
      cursor = found;
    }

  info = run ("pdfinfo", path);
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  g_assert_cmpuint (g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10), ==, report->n_pages);
  g_assert_cmpuint (report->n_pages, >=, 6);

  /* Photos as JPEG (DCT): the cover and the small one passed through, the
   * large one scaled to 300 dpi, the damaged one a placeholder. */
  images = run ("pdfimages -list", path);
  g_assert_nonnull (strstr (images, "jpeg"));
  g_assert_null (strstr (images, "image  6000"));
  g_assert_cmpuint (report->photos->len, ==, 4);
  {
    LtBookPhotoReport *cover = g_ptr_array_index (report->photos, 0);
    LtBookPhotoReport *small = g_ptr_array_index (report->photos, 1);
    LtBookPhotoReport *large = g_ptr_array_index (report->photos, 2);
    LtBookPhotoReport *broken = g_ptr_array_index (report->photos, 3);

    g_assert_true (cover->passed_through);
    g_assert_true (small->passed_through);
    g_assert_false (large->passed_through);
    g_assert_true (large->readable);
    g_assert_cmpfloat (large->dpi, <=, 301);
    g_assert_cmpfloat (large->dpi, >=, 250);
    g_assert_false (broken->readable);
    g_test_message ("photo bytes: cover %zu, small %zu, large %zu; file %zu",
                    cover->bytes, small->bytes, large->bytes, report->file_size);
  }
}

static void
cancel_after_first_page (double   fraction,
                         gpointer data)
{
  g_cancellable_cancel (data);
}

static void
test_cancel_leaves_nothing (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (fixture, LT_BOOK_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->folder, "afbrudt.pdf", NULL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  const char *name;

  g_assert_false (lt_book_write_pdf (book, path, cancel_after_first_page, cancellable, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  dir = g_dir_open (fixture->folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".pdf") || g_str_has_prefix (name, ".livstraad-book"));
}

static void
test_a5 (Fixture      *fixture,
         gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (fixture, LT_BOOK_PAPER_A5);
  g_autofree char *path = g_build_filename (fixture->folder, "a5.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *info = NULL;

  g_assert_true (lt_book_write_pdf (book, path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  info = run ("pdfinfo", path);
  g_assert_nonnull (strstr (info, "419.53 x 595.28"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (!g_find_program_in_path ("pdftotext"))
    {
      g_print ("1..0 # SKIP poppler-utils (pdftotext) is not installed\n");
      return 0;
    }
  g_test_add ("/book/pdf", Fixture, NULL, fixture_set_up, test_book, fixture_tear_down);
  g_test_add ("/book/cancel", Fixture, NULL, fixture_set_up, test_cancel_leaves_nothing, fixture_tear_down);
  g_test_add ("/book/a5", Fixture, NULL, fixture_set_up, test_a5, fixture_tear_down);

  return g_test_run ();
}
