/* test-book.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The life-story book: its layout by numbers, and the PDF by its pages,
 * text (pdftotext), images (pdfimages) and report.
 */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "lt-book-layout.h"
#include "lt-book-pdf.h"
#include "lt-test-util.h"

/* Photos made once for all tests, and only read by them. */
static char *photo_folder;
static char *beach;   /* 1200 × 900 JPEG: passed through */
static char *large;   /* 6000 × 4000 JPEG, EXIF-turned right: scaled to 300 dpi */
static char *broken;  /* JPEG magic bytes, then garbage */
static char *sticker; /* PNG with transparency */

typedef struct
{
  char *folder; /* each test's own, for its PDFs */
} Fixture;

/* ---- photos ------------------------------------------------------------ */

static void
put_pixel (GdkPixbuf *pixbuf,
           int        x,
           int        y,
           guchar     red,
           guchar     green,
           guchar     blue)
{
  guchar *p = gdk_pixbuf_get_pixels (pixbuf) + (gsize) y * gdk_pixbuf_get_rowstride (pixbuf) +
              x * gdk_pixbuf_get_n_channels (pixbuf);

  p[0] = red;
  p[1] = green;
  p[2] = blue;
}

/* Something like a photo of a beach: sky, sun, sea and sand, so the
 * pages can be looked at; a red square marks the file's top left. */
static GdkPixbuf *
beach_pixbuf (int width,
              int height)
{
  GdkPixbuf *pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        double fx = (double) x / width, fy = (double) y / height;
        double sun = (fx - 0.72) * (fx - 0.72) + (fy - 0.25) * (fy - 0.25) * 0.56;
        double shore = 0.72 + 0.04 * fx;

        if (fx < 0.1 && fy < 0.15)
          put_pixel (pixbuf, x, y, 220, 30, 30);
        else if (sun < 0.006)
          put_pixel (pixbuf, x, y, 255, 214, 102);
        else if (fy < 0.5)
          put_pixel (pixbuf, x, y, 120 + 100 * fy, 180 + 60 * fy, 235);
        else if (fy < shore)
          put_pixel (pixbuf, x, y, 40 + 40 * fx, 120 + 40 * fy, 170 - 30 * fx);
        else
          put_pixel (pixbuf, x, y, 236 - 20 * fy, 210 - 20 * fy, 160);
      }
  return pixbuf;
}

static char *
save_photo (GdkPixbuf  *pixbuf,
            const char *name,
            const char *type)
{
  char *path = g_build_filename (photo_folder, name, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (gdk_pixbuf_save (pixbuf, path, type, &error, NULL));
  g_assert_no_error (error);
  return path;
}

static char *
make_sticker (void)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, TRUE, 8, 300, 300);

  for (int y = 0; y < 300; y++)
    for (int x = 0; x < 300; x++)
      {
        guchar *p = gdk_pixbuf_get_pixels (pixbuf) + (gsize) y * gdk_pixbuf_get_rowstride (pixbuf) + x * 4;
        int     dx = x - 150, dy = y - 150;

        p[0] = 240;
        p[1] = 120;
        p[2] = 80;
        p[3] = dx * dx + dy * dy < 140 * 140 ? 255 : 0;
      }
  return save_photo (pixbuf, "klistermærke.png", "png");
}

static void
make_photos (void)
{
  g_autoptr (GdkPixbuf) small = beach_pixbuf (1200, 900);
  g_autoptr (GdkPixbuf) big = beach_pixbuf (6000, 4000);

  photo_folder = g_dir_make_tmp ("lt-book-photos-XXXXXX", NULL);
  beach = save_photo (small, "stranden.jpg", "jpeg");
  large = save_photo (big, "hospitalet.jpg", "jpeg");
  broken = g_build_filename (photo_folder, "ødelagt.jpg", NULL);
  g_assert_true (g_file_set_contents (broken, "\xff\xd8\xff\xe0\x13\x37 this is not a photo at all", -1, NULL));
  sticker = make_sticker ();
}

/* ---- the book ---------------------------------------------------------- */

static const char *sentences[] = {
  "Huset ligger for enden af en grusvej, og om morgenen kan jeg høre køerne på marken bag haven.",
  "Mette og Jens har to katte, Mis og Findus, og Findus sover altid ved mine fødder.",
  "Om lørdagen bager vi boller, og jeg må selv bestemme, om der skal rosiner i.",
  "Det var svært at flytte, fordi jeg savnede min lærer og mine venner fra den gamle skole.",
  "Nu går jeg til fod\u00adbold\u00adtræning om tirsdagen, og træneren siger, at jeg løber hurtigt.",
  "Når jeg er ked af det, sætter Mette sig på kanten af sengen, og så snakker vi, til jeg falder i søvn.",
  "Min farmor ringer hver søndag, og nogle gange kommer hun på besøg med æblekage.",
};

static char *
long_text (int paragraphs)
{
  GString *text = g_string_new (NULL);

  for (int p = 0; p < paragraphs; p++)
    {
      if (p > 0)
        g_string_append (text, "\n\n");
      for (int s = 0; s < 3 + p % 3; s++)
        g_string_append_printf (text, "%s%s", s > 0 ? " " : "",
                                sentences[(p * 2 + s) % G_N_ELEMENTS (sentences)]);
    }
  return g_string_free (text, FALSE);
}

static LtBook *
make_book (LtBookPaper paper)
{
  LtBook          *book = lt_book_new ("Åses bog");
  LtBookChapter   *chapter;
  LtBookEntry     *entry;
  g_autofree char *home = long_text (9);
  g_autofree char *room = long_text (5);

  book->subtitle = g_strdup ("Min livshistorie · 9 år");
  book->paper = paper;
  lt_book_set_cover (book, beach, 1);

  chapter = lt_book_add_chapter (book, "Om mig");
  entry = lt_book_chapter_add_entry (chapter, "Det er mig", "maj 2026",
                                     "Jeg hedder Åse og bor i Brønderslev. Jeg er ni år, og jeg elsker "
                                     "æblegrød, heste og at tegne.\n\n"
                                     "Min bedste ven hedder Søren. Vi bygger huler i skoven bag skolen.",
                                     LT_BOOK_AUTHOR_CHILD);
  lt_book_entry_add_photo (entry, beach, "Ved stranden i Tversted", 1);
  lt_book_chapter_add_entry (chapter, "Det er Åse god til", "foråret 2026",
                             "Åse er god til at lytte, og hun husker altid, hvem der har fødselsdag. "
                             "Hun tegner heste, så man næsten kan høre dem vrinske.",
                             LT_BOOK_AUTHOR_ADULT);

  chapter = lt_book_add_chapter (book, "Hvor jeg kommer fra");
  entry = lt_book_chapter_add_entry (chapter, "Født i Aalborg", "12. marts 2017",
                                     "Åse blev født en tidlig morgen på Aalborg Sygehus. Hun vejede 3.400 gram "
                                     "og havde masser af mørkt hår.",
                                     LT_BOOK_AUTHOR_TOGETHER);
  lt_book_entry_add_photo (entry, large, "Mor og Åse på hospitalet", 6);
  lt_book_entry_add_photo (entry, broken, "Det første bad", 1);
  lt_book_chapter_add_entry (chapter, "Min familie", "", "Åses mor hedder Lærke, og hendes bror hedder Mads.",
                             LT_BOOK_AUTHOR_ADULT);

  chapter = lt_book_add_chapter (book, "Mine hjem");
  lt_book_chapter_add_entry (chapter, "Hos familien Kjærgaard", "sommeren 2021", home, LT_BOOK_AUTHOR_ADULT);
  entry = lt_book_chapter_add_entry (chapter, "Mit værelse", "2026", room, LT_BOOK_AUTHOR_CHILD);
  lt_book_entry_add_photo (entry, beach, "Udsigten fra mit vindue", 1);
  return book;
}

/* ---- helpers ----------------------------------------------------------- */

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->folder = g_dir_make_tmp ("lt-book-XXXXXX", NULL);
  g_assert_nonnull (fixture->folder);
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
  g_free (fixture->folder);
}

/* Runs a tool and returns what it printed; it must succeed. */
static char *
run_tool (const char *tool,
          ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  char       *output = NULL;
  int         status = 0;
  const char *arg;
  va_list     args;

  g_ptr_array_add (argv, (char *) tool);
  va_start (args, tool);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &output, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return output;
}

static LtBookPdfReport *
write_book (const LtBook *book,
            const char   *path)
{
  LtBookPdfReport *report = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (lt_book_write_pdf (book, path, NULL, NULL, NULL, &report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  const char      *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static const LtBookPhotoReport *
report_photo (const LtBookPdfReport *report,
              const char            *path,
              guint                  nth)
{
  for (guint i = 0; i < report->photos->len; i++)
    {
      const LtBookPhotoReport *photo = g_ptr_array_index (report->photos, i);

      if (g_str_equal (photo->path, path) && nth-- == 0)
        return photo;
    }
  g_assert_not_reached ();
}

/* All the book's text in reading order, without line breaks. */
static char *
layout_text (const LtBookLayout *layout)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < lt_book_layout_get_n_pages (layout); i++)
    {
      g_autofree char *page = lt_book_layout_dup_page_text (layout, i);
      g_auto (GStrv) lines = g_strsplit (page, "\n", -1);
      g_autofree char *joined = g_strjoinv ("", lines);

      g_string_append (text, joined);
    }
  return g_string_free (text, FALSE);
}

static gboolean
is_content (const LtBookBox *box)
{
  return box->kind == LT_BOOK_BOX_PHOTO ||
         (box->kind == LT_BOOK_BOX_TEXT && box->style != LT_BOOK_TEXT_PAGE_NUMBER);
}

/* ---- layout ------------------------------------------------------------ */

static void
test_layout_pages (void)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autoptr (LtBookLayout) layout = lt_book_layout_new (book);
  guint n_pages = lt_book_layout_get_n_pages (layout);

  g_assert_cmpfloat_with_epsilon (layout->width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (layout->height, 841.89, 0.01);
  g_assert_cmpuint (layout->chapter_pages->len, ==, 3);
  /* Cover, contents, then each chapter on a page of its own. */
  g_assert_cmpuint (g_array_index (layout->chapter_pages, guint, 0), ==, 2);
  for (guint i = 1; i < 3; i++)
    g_assert_cmpuint (g_array_index (layout->chapter_pages, guint, i), >,
                      g_array_index (layout->chapter_pages, guint, i - 1));
  g_assert_cmpuint (n_pages, >, g_array_index (layout->chapter_pages, guint, 2) + 1);

  for (guint i = 0; i < 3; i++)
    {
      const LtBookChapter *chapter = g_ptr_array_index (book->chapters, i);
      g_autofree char     *text = lt_book_layout_dup_page_text (layout, g_array_index (layout->chapter_pages, guint, i));

      g_assert_nonnull (strstr (text, chapter->title));
    }

  /* Page numbers on all but the cover. */
  g_assert_cmpuint (lt_book_layout_get_page (layout, 0)->number, ==, 0);
  for (guint i = 1; i < n_pages; i++)
    g_assert_cmpuint (lt_book_layout_get_page (layout, i)->number, ==, i + 1);
}

static void
test_layout_contents (void)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autoptr (LtBookLayout) layout = lt_book_layout_new (book);
  g_autofree char *contents = lt_book_layout_dup_page_text (layout, 1);
  const char      *cursor = contents;

  /* Each chapter, then the page it starts on, counted from the cover. */
  for (guint i = 0; i < 3; i++)
    {
      const LtBookChapter *chapter = g_ptr_array_index (book->chapters, i);
      g_autofree char     *number = g_strdup_printf ("\n%u\n", g_array_index (layout->chapter_pages, guint, i) + 1);

      cursor = strstr (cursor, chapter->title);
      g_assert_nonnull (cursor);
      cursor = strstr (cursor, number);
      g_assert_nonnull (cursor);
    }
}

static void
assert_inside_pages (const LtBookLayout *layout)
{
  for (guint p = 0; p < lt_book_layout_get_n_pages (layout); p++)
    {
      const LtBookLayoutPage *page = lt_book_layout_get_page (layout, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          const LtBookBox *box = g_ptr_array_index (page->boxes, i);

          if (!is_content (box))
            continue;
          g_assert_cmpfloat (box->x, >=, layout->margin_x - 0.01);
          g_assert_cmpfloat (box->x + box->width, <=, layout->width - layout->margin_x + 0.01);
          g_assert_cmpfloat (box->y + box->height, <=, layout->height - layout->bottom + 0.01);
          if (p > 0)
            g_assert_cmpfloat (box->y, >=, layout->top - 0.01);
        }
    }
}

static void
test_layout_margins (void)
{
  g_autoptr (LtBook) a4 = make_book (LT_BOOK_PAPER_A4);
  g_autoptr (LtBook) a5 = make_book (LT_BOOK_PAPER_A5);
  g_autoptr (LtBookLayout) a4_layout = lt_book_layout_new (a4);
  g_autoptr (LtBookLayout) a5_layout = lt_book_layout_new (a5);

  assert_inside_pages (a4_layout);
  assert_inside_pages (a5_layout);
  g_assert_cmpfloat_with_epsilon (a5_layout->width, 419.53, 0.01);
  g_assert_cmpuint (lt_book_layout_get_n_pages (a5_layout), >, lt_book_layout_get_n_pages (a4_layout));
}

static void
test_layout_photos (void)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autoptr (LtBookLayout) layout = lt_book_layout_new (book);
  double text_width = layout->width - 2 * layout->margin_x;
  guint  n_photos = 0;

  for (guint p = 0; p < lt_book_layout_get_n_pages (layout); p++)
    {
      const LtBookLayoutPage *page = lt_book_layout_get_page (layout, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          const LtBookBox *box = g_ptr_array_index (page->boxes, i);
          const LtBookBox *next = i + 1 < page->boxes->len ? g_ptr_array_index (page->boxes, i + 1) : NULL;

          if (box->kind != LT_BOOK_BOX_PHOTO)
            continue;
          n_photos++;
          g_assert_cmpfloat (box->height, <=, layout->height * LT_BOOK_PHOTO_MAX_HEIGHT + 0.01);
          g_assert_cmpfloat (box->width, <=, text_width + 0.01);
          if (box->on_cover)
            continue;

          /* Large: the column's width, unless height-bound (or made a
           * little smaller to fit a page); the caption right under it, on
           * the same page. */
          if (box->file_width > 0)
            g_assert_true (box->width > 0.75 * text_width - 0.01 ||
                           box->height > 0.75 * layout->height * LT_BOOK_PHOTO_MAX_HEIGHT - 0.01);
          g_assert_nonnull (next);
          g_assert_cmpint (next->kind, ==, LT_BOOK_BOX_TEXT);
          g_assert_cmpint (next->style, ==, LT_BOOK_TEXT_CAPTION);
          g_assert_cmpfloat (next->y, >, box->y + box->height);

          if (g_str_equal (box->photo->path, beach))
            g_assert_cmpfloat_with_epsilon (box->height / box->width, 900.0 / 1200, 0.001);
          if (g_str_equal (box->photo->path, large))
            {
              /* Turned right by its EXIF orientation: portrait. */
              g_assert_cmpfloat_with_epsilon (box->width / box->height, 4000.0 / 6000, 0.001);
              g_assert_cmpint (box->file_width, ==, 6000);
            }
          if (g_str_equal (box->photo->path, broken))
            g_assert_cmpint (box->file_width, ==, 0);
        }
    }
  g_assert_cmpuint (n_photos, ==, 5);
}

/* An entry's title never ends a page: its first lines come with it. */
static void
assert_titles_kept (const LtBookLayout *layout)
{
  for (guint p = 0; p < lt_book_layout_get_n_pages (layout); p++)
    {
      const LtBookLayoutPage *page = lt_book_layout_get_page (layout, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          const LtBookBox *box = g_ptr_array_index (page->boxes, i);
          const LtBookBox *body = NULL;

          if (box->kind != LT_BOOK_BOX_TEXT || box->style != LT_BOOK_TEXT_ENTRY_TITLE)
            continue;
          for (guint j = i + 1; j < page->boxes->len && body == NULL; j++)
            {
              const LtBookBox *next = g_ptr_array_index (page->boxes, j);

              if (next->kind == LT_BOOK_BOX_PHOTO ||
                  (next->kind == LT_BOOK_BOX_TEXT &&
                   (next->style == LT_BOOK_TEXT_BODY || next->style == LT_BOOK_TEXT_CHILD_BODY)))
                body = next;
            }
          g_assert_nonnull (body);
          if (body->kind == LT_BOOK_BOX_TEXT)
            g_assert_cmpint (body->n_lines, >=, MIN (2, pango_layout_get_line_count (body->text)));
        }
    }
}

/* A paragraph split over pages leaves at least two lines on each. */
static void
assert_no_orphans (const LtBookLayout *layout)
{
  for (guint p = 0; p < lt_book_layout_get_n_pages (layout); p++)
    {
      const LtBookLayoutPage *page = lt_book_layout_get_page (layout, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          const LtBookBox *box = g_ptr_array_index (page->boxes, i);

          if (box->kind == LT_BOOK_BOX_TEXT && box->n_lines < pango_layout_get_line_count (box->text) &&
              pango_layout_get_line_count (box->text) >= 4)
            g_assert_cmpint (box->n_lines, >=, 2);
        }
    }
}

static void
test_layout_flow (void)
{
  g_autoptr (LtBook) book = lt_book_new ("Mange sider");
  LtBookChapter *chapter = lt_book_add_chapter (book, "Dagbog");
  g_autoptr (LtBookLayout) layout = NULL;
  g_autofree char *all = NULL;
  guint            split = 0;

  /* Entries of every length, so titles and paragraphs meet page ends
   * at every height. */
  for (int i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Dag %d på Bøgelyst", i + 1);
      g_autofree char *text = long_text (1 + i % 5);

      lt_book_chapter_add_entry (chapter, title, "2026", text,
                                 i % 4 == 1 ? LT_BOOK_AUTHOR_CHILD : LT_BOOK_AUTHOR_ADULT);
    }
  layout = lt_book_layout_new (book);
  assert_titles_kept (layout);
  assert_no_orphans (layout);
  assert_inside_pages (layout);

  /* Every paragraph is there whole, in order, however it was split. */
  all = layout_text (layout);
  for (guint e = 0; e < chapter->entries->len; e++)
    {
      const LtBookEntry *entry = g_ptr_array_index (chapter->entries, e);
      g_auto (GStrv) paragraphs = g_strsplit (entry->text, "\n\n", -1);

      for (guint i = 0; paragraphs[i] != NULL; i++)
        g_assert_nonnull (strstr (all, paragraphs[i]));
    }

  /* Some paragraph did go on over a page break. */
  for (guint p = 0; p < lt_book_layout_get_n_pages (layout); p++)
    {
      const LtBookLayoutPage *page = lt_book_layout_get_page (layout, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          const LtBookBox *box = g_ptr_array_index (page->boxes, i);

          split += box->kind == LT_BOOK_BOX_TEXT && box->first_line > 0;
        }
    }
  g_assert_cmpuint (split, >, 0);
}

static void
test_layout_child_block (void)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autoptr (LtBookLayout) layout = lt_book_layout_new (book);
  guint                   chapter_page = g_array_index (layout->chapter_pages, guint, 0);
  const LtBookLayoutPage *page = lt_book_layout_get_page (layout, chapter_page);
  const LtBookBox        *block = NULL;

  for (guint i = 0; i < page->boxes->len && block == NULL; i++)
    if (((LtBookBox *) g_ptr_array_index (page->boxes, i))->kind == LT_BOOK_BOX_BLOCK)
      block = g_ptr_array_index (page->boxes, i);
  g_assert_nonnull (block);

  /* Behind the child's label, words and photo, and painted before them. */
  for (guint i = 0; i < page->boxes->len; i++)
    {
      const LtBookBox *box = g_ptr_array_index (page->boxes, i);

      if (box->kind == LT_BOOK_BOX_TEXT &&
          (box->style == LT_BOOK_TEXT_CHILD_BODY || box->style == LT_BOOK_TEXT_CHILD_LABEL))
        {
          g_assert_cmpfloat (box->y, >=, block->y);
          g_assert_cmpfloat (box->y + box->height, <=, block->y + block->height);
          g_assert_cmpuint (i, >, 0);
        }
    }
}

/* Books the app can make on a first day: nothing in them yet, a page
 * with only a photo, a page without a title. */
static void
test_layout_sparse (void)
{
  g_autoptr (LtBook) empty = lt_book_new ("Noahs bog");
  g_autoptr (LtBook) sparse = lt_book_new ("Noahs bog");
  LtBookChapter *chapter = lt_book_add_chapter (sparse, "Om mig");
  LtBookEntry   *entry = lt_book_chapter_add_entry (chapter, NULL, NULL, NULL, LT_BOOK_AUTHOR_ADULT);
  g_autoptr (LtBookLayout) empty_layout = NULL;
  g_autoptr (LtBookLayout) sparse_layout = NULL;

  lt_book_entry_add_photo (entry, beach, NULL, 1);
  lt_book_chapter_add_entry (chapter, "Tom side", "", "", LT_BOOK_AUTHOR_TOGETHER);

  empty_layout = lt_book_layout_new (empty);
  g_assert_cmpuint (lt_book_layout_get_n_pages (empty_layout), ==, 2);
  g_assert_cmpuint (empty_layout->chapter_pages->len, ==, 0);

  sparse_layout = lt_book_layout_new (sparse);
  g_assert_cmpuint (lt_book_layout_get_n_pages (sparse_layout), ==, 3);
  assert_inside_pages (sparse_layout);
}

/* ---- the PDF ----------------------------------------------------------- */

static void
test_pdf_text (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->folder, "Åses bog.pdf", NULL);
  g_autoptr (LtBookPdfReport) report = write_book (book, path);
  g_autofree char *text = run_tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);
  const char      *in_order[] = { "Åses bog", "Om mig", "Hvor jeg kommer fra", "Mine hjem", "Om mig",
                                  "Det er mig", "Jeg hedder Åse og bor i Brønderslev", "æblegrød", "Søren",
                                  "Hvor jeg kommer fra", "Født i Aalborg", "Mor og Åse på hospitalet",
                                  "Mine hjem", "Hos familien Kjærgaard", "Mit værelse", "Udsigten fra mit vindue" };
  const char      *cursor = text;

  for (guint i = 0; i < G_N_ELEMENTS (in_order); i++)
    {
      cursor = strstr (cursor, in_order[i]);
      if (cursor == NULL)
        g_error ("“%s” is missing, or out of order, in:\n%s", in_order[i], text);
      cursor += strlen (in_order[i]);
    }
  /* The child's words are labelled (untranslated here). */
  g_assert_nonnull (strstr (text, "IN MY OWN WORDS"));
  g_assert_nonnull (strstr (text, "WRITTEN TOGETHER"));
}

static void
test_pdf_pages (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autoptr (LtBookLayout) layout = lt_book_layout_new (book);
  g_autofree char *path = g_build_filename (fixture->folder, "bog.pdf", NULL);
  g_autoptr (LtBookPdfReport) report = write_book (book, path);
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  GStatBuf         buf;

  g_assert_cmpuint (report->n_pages, ==, lt_book_layout_get_n_pages (layout));
  g_assert_cmpuint (pdf_pages (path), ==, report->n_pages);
  g_assert_nonnull (strstr (info, "595.28 x 841.89 pts (A4)"));
  g_assert_true (g_regex_match_simple ("^Title: +Åses bog$", info, G_REGEX_MULTILINE, 0));

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpuint (report->file_size, ==, (gsize) buf.st_size);
  g_test_message ("A4: %u pages, %zu bytes", report->n_pages, report->file_size);
}

static void
test_pdf_images (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->folder, "bog.pdf", NULL);
  g_autoptr (LtBookPdfReport) report = write_book (book, path);
  g_autofree char *list = run_tool ("pdfimages", "-list", path, NULL);
  g_auto (GStrv) lines = g_strsplit (list, "\n", -1);
  guint n_images = 0;

  /* page num type width height color comp bpc enc …: every image is a
   * JPEG (DCT), and none is the 6000 × 4000 original. */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto (GStrv) columns = g_regex_split_simple ("\\s+", g_strstrip (lines[i]), 0, 0);

      if (g_strv_length (columns) < 9)
        continue;
      n_images++;
      g_assert_cmpstr (columns[2], ==, "image");
      g_assert_cmpstr (columns[8], ==, "jpeg");
      g_assert_cmpstr (columns[3], !=, "6000");
    }
  /* The cover, four photos; the damaged one is a drawing. */
  g_assert_cmpuint (n_images, ==, 4);
  g_assert_nonnull (strstr (list, "1200   900"));
  g_assert_nonnull (strstr (list, "1500  1000"));
}

static void
test_pdf_report (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->folder, "bog.pdf", NULL);
  g_autoptr (LtBookPdfReport) report = write_book (book, path);
  const LtBookPhotoReport *cover = report_photo (report, beach, 0);
  const LtBookPhotoReport *again = report_photo (report, beach, 1);
  const LtBookPhotoReport *big = report_photo (report, large, 0);
  const LtBookPhotoReport *bad = report_photo (report, broken, 0);
  GStatBuf                 buf;

  g_assert_cmpuint (report->photos->len, ==, 5);
  for (guint i = 0; i < report->photos->len; i++)
    {
      const LtBookPhotoReport *photo = g_ptr_array_index (report->photos, i);

      g_test_message ("%s: page %u, %s, %zu bytes, %d × %d px, %.0f × %.0f mm, %.0f dpi", photo->path, photo->page,
                      photo->passed_through ? "passed through"
                      : photo->downscaled   ? "scaled to 300 dpi"
                      : photo->readable     ? "re-encoded"
                                            : "placeholder",
                      photo->bytes, photo->pixel_width, photo->pixel_height, photo->width_mm, photo->height_mm,
                      photo->dpi);
    }

  /* The 1200 × 900 JPEG goes in as it is, once, however often placed. */
  g_assert_cmpint (g_stat (beach, &buf), ==, 0);
  g_assert_true (cover->passed_through);
  g_assert_false (cover->downscaled);
  g_assert_cmpuint (cover->page, ==, 1);
  g_assert_cmpuint (cover->bytes, ==, (gsize) buf.st_size);
  g_assert_true (again->passed_through);
  g_assert_cmpuint (again->bytes, ==, 0);
  g_assert_cmpfloat_with_epsilon (again->width_mm, 164.85, 0.1); /* the column: 6.49 in */
  g_assert_cmpfloat_with_epsilon (again->dpi, 1200 / (again->width_mm / 25.4), 0.5);

  /* The 6000 × 4000 one is scaled once, to ¼ (libjpeg's fast path),
   * turned to portrait, printed at about 300 dpi. */
  g_assert_false (big->passed_through);
  g_assert_true (big->downscaled);
  g_assert_true (big->readable);
  g_assert_cmpint (big->pixel_width, ==, 1000);
  g_assert_cmpint (big->pixel_height, ==, 1500);
  g_assert_cmpfloat (big->dpi, >, 250);
  g_assert_cmpfloat (big->dpi, <=, 300 * 1.05);
  g_assert_cmpfloat_with_epsilon (big->height_mm, 297 * LT_BOOK_PHOTO_MAX_HEIGHT, 0.1);
  g_assert_cmpuint (big->bytes, >, 0);
  g_assert_cmpuint (big->bytes, <, 1024 * 1024);

  /* The damaged one did not stop the book. */
  g_assert_false (bad->readable);
  g_assert_false (bad->passed_through);
  g_assert_cmpuint (bad->bytes, ==, 0);
  g_assert_cmpuint (bad->page, >, 1);
  g_assert_cmpuint (pdf_pages (path), ==, report->n_pages);
}

static void
test_pdf_mode (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->folder, "bog.pdf", NULL);
  g_autoptr (LtBookPdfReport) report = NULL;
  g_autoptr (GDir) dir = NULL;
  GStatBuf    buf;
  mode_t      old_mask = umask (0);
  const char *name;

  /* Readable by its owner only, even under a lax umask; and replacing
   * a file that was there. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  report = write_book (book, path);
  umask (old_mask);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (pdf_pages (path), ==, report->n_pages);

  dir = g_dir_open (fixture->folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_cmpstr (name, ==, "bog.pdf");
}

static void
cancel_after_first_page (double   fraction,
                         gpointer data)
{
  g_cancellable_cancel (data);
}

static void
test_pdf_cancel (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->folder, "afbrudt.pdf", NULL);
  g_autofree char *kept = g_build_filename (fixture->folder, "gammel.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  const char *name;

  g_assert_false (lt_book_write_pdf (book, path, cancel_after_first_page, cancellable, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Cancelled before it starts, an older book at the path is kept. */
  g_assert_true (g_file_set_contents (kept, "the book from last week", -1, NULL));
  g_assert_false (lt_book_write_pdf (book, kept, NULL, NULL, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the book from last week");

  dir = g_dir_open (fixture->folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_cmpstr (name, ==, "gammel.pdf");
}

static void
on_progress (double   fraction,
             gpointer data)
{
  GArray *fractions = data;

  g_array_append_val (fractions, fraction);
}

static void
test_pdf_progress (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->folder, "bog.pdf", NULL);
  g_autoptr (GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (LtBookPdfReport) report = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (lt_book_write_pdf (book, path, on_progress, fractions, NULL, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, ==, report->n_pages + 1);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

static void
test_pdf_unwritable (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->folder, "findes-ikke", "bog.pdf", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_false (lt_book_write_pdf (book, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_pdf_a5 (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A5);
  g_autofree char *path = g_build_filename (fixture->folder, "a5.pdf", NULL);
  g_autoptr (LtBookPdfReport) report = write_book (book, path);
  g_autofree char         *info = run_tool ("pdfinfo", path, NULL);
  g_autofree char         *text = run_tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);
  const LtBookPhotoReport *photo = report_photo (report, beach, 1);

  g_assert_nonnull (strstr (info, "419.53 x 595.28 pts"));
  g_assert_cmpuint (pdf_pages (path), ==, report->n_pages);
  g_assert_nonnull (strstr (text, "Jeg hedder Åse og bor i Brønderslev"));
  /* The column is narrower: the same photo prints at a higher dpi. */
  g_assert_true (photo->passed_through);
  g_assert_cmpfloat (photo->width_mm, <, 120);
  g_test_message ("A5: %u pages, %zu bytes", report->n_pages, report->file_size);
}

static void
test_pdf_transparency (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (LtBook) book = lt_book_new ("Klistermærker");
  LtBookEntry     *entry = lt_book_chapter_add_entry (lt_book_add_chapter (book, "Mine ting"), "En sol", NULL,
                                                      NULL, LT_BOOK_AUTHOR_CHILD);
  g_autofree char *path = g_build_filename (fixture->folder, "klister.pdf", NULL);
  g_autoptr (LtBookPdfReport) report = NULL;
  g_autofree char         *list = NULL;
  const LtBookPhotoReport *photo;

  lt_book_entry_add_photo (entry, sticker, "Et klistermærke", 1);
  report = write_book (book, path);
  photo = report_photo (report, sticker, 0);
  /* Kept transparent on the child's tinted block: stored losslessly. */
  g_assert_true (photo->readable);
  g_assert_false (photo->passed_through);
  g_assert_cmpint (photo->pixel_width, ==, 300);
  list = run_tool ("pdfimages", "-list", path, NULL);
  g_assert_nonnull (strstr (list, "smask"));
}

/* ---- painting elsewhere ------------------------------------------------ */

static const LtBookBox *
find_photo (const LtBookLayout *layout,
            const char         *path,
            guint              *page_out)
{
  for (guint p = 0; p < lt_book_layout_get_n_pages (layout); p++)
    {
      const LtBookLayoutPage *page = lt_book_layout_get_page (layout, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          const LtBookBox *box = g_ptr_array_index (page->boxes, i);

          if (box->kind == LT_BOOK_BOX_PHOTO && g_str_equal (box->photo->path, path))
            {
              *page_out = p;
              return box;
            }
        }
    }
  g_assert_not_reached ();
}

static guint32
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  guchar *data = cairo_image_surface_get_data (surface);

  return *(guint32 *) (data + (gsize) y * cairo_image_surface_get_stride (surface) + (gsize) x * 4);
}

/* Onto a surface that cannot take JPEG (a print preview): the photo is
 * decoded, and turned the way its EXIF orientation says. */
static void
test_pages_paint_image (void)
{
  g_autoptr (LtBook) book = make_book (LT_BOOK_PAPER_A4);
  g_autoptr (LtBookPages) pages = lt_book_pages_new (book);
  const LtBookLayout *layout = lt_book_pages_get_layout (pages);
  cairo_surface_t    *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 596, 842);
  cairo_t            *cr = cairo_create (surface);
  const LtBookBox    *box;
  guint               page = 0;
  guint32             marker, opposite;

  box = find_photo (layout, large, &page);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  lt_book_pages_paint (pages, cr, page);
  cairo_surface_flush (surface);

  /* The file's top-left corner, turned right, is at the top right. */
  marker = pixel_at (surface, box->x + box->width - 15, box->y + 15);
  opposite = pixel_at (surface, box->x + 15, box->y + box->height - 15);
  g_assert_cmpuint ((marker >> 16) & 0xff, >, 180);
  g_assert_cmpuint ((marker >> 8) & 0xff, <, 80);
  g_assert_cmpuint ((opposite >> 16) & 0xff, >, 180); /* sand */
  g_assert_cmpuint ((opposite >> 8) & 0xff, >, 150);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A drawing (the family tree) is laid out like a photo, may be larger,
 * and is painted as vectors by its own callback: no image in the PDF. */
static void
draw_circle (cairo_t *cr,
             gpointer data)
{
  (*(guint *) data)++;
  cairo_arc (cr, 300, 200, 150, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 0.2, 0.5, 0.8);
  cairo_fill (cr);
}

static void
test_pdf_drawing (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (LtBook) book = lt_book_new ("Åses bog");
  g_autofree char *path = g_build_filename (fixture->folder, "tegning.pdf", NULL);
  g_autoptr (LtBookLayout) layout = NULL;
  g_autoptr (LtBookPdfReport) report = NULL;
  g_autofree char *images = NULL;
  LtBookEntry     *entry;
  const LtBookBox *drawing = NULL;
  guint            painted = 0;

  entry = lt_book_chapter_add_entry (lt_book_add_chapter (book, "Min familie"), "Mit slægtstræ",
                                     NULL, NULL, LT_BOOK_AUTHOR_TOGETHER);
  /* Tall: limited by the drawings' height, above a photo's. */
  lt_book_entry_add_drawing (entry, "drawing:tree", "Tegnet i dag", 600, 1200, draw_circle,
                             &painted, NULL);
  layout = lt_book_layout_new (book);
  for (guint p = 0; p < lt_book_layout_get_n_pages (layout); p++)
    {
      const LtBookLayoutPage *page = lt_book_layout_get_page (layout, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          const LtBookBox *box = g_ptr_array_index (page->boxes, i);

          if (box->kind == LT_BOOK_BOX_PHOTO && box->photo->drawing != NULL)
            drawing = box;
        }
    }
  g_assert_nonnull (drawing);
  g_assert_cmpfloat (drawing->height, >, layout->height * LT_BOOK_PHOTO_MAX_HEIGHT + 1);
  g_assert_cmpfloat (drawing->height, <=, layout->height * LT_BOOK_DRAWING_MAX_HEIGHT + 0.01);
  g_assert_cmpfloat_with_epsilon (drawing->width / drawing->height, 0.5, 0.01);

  report = write_book (book, path);
  g_assert_cmpuint (painted, ==, 1);
  g_assert_cmpuint (report->photos->len, ==, 0); /* not reported as a photo */
  images = run_tool ("pdfimages", "-list", path, NULL);
  g_assert_null (strstr (images, "jpeg"));
  g_assert_null (strstr (images, "image "));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (g_find_program_in_path ("pdftotext") == NULL)
    {
      g_print ("1..0 # SKIP poppler-utils (pdftotext) is not installed\n");
      return 0;
    }
  make_photos ();

  g_test_add_func ("/book/layout/pages", test_layout_pages);
  g_test_add_func ("/book/layout/contents", test_layout_contents);
  g_test_add_func ("/book/layout/margins", test_layout_margins);
  g_test_add_func ("/book/layout/photos", test_layout_photos);
  g_test_add_func ("/book/layout/flow", test_layout_flow);
  g_test_add_func ("/book/layout/child-block", test_layout_child_block);
  g_test_add_func ("/book/layout/sparse", test_layout_sparse);
  g_test_add ("/book/pdf/text", Fixture, NULL, fixture_set_up, test_pdf_text, fixture_tear_down);
  g_test_add ("/book/pdf/pages", Fixture, NULL, fixture_set_up, test_pdf_pages, fixture_tear_down);
  g_test_add ("/book/pdf/images", Fixture, NULL, fixture_set_up, test_pdf_images, fixture_tear_down);
  g_test_add ("/book/pdf/report", Fixture, NULL, fixture_set_up, test_pdf_report, fixture_tear_down);
  g_test_add ("/book/pdf/mode", Fixture, NULL, fixture_set_up, test_pdf_mode, fixture_tear_down);
  g_test_add ("/book/pdf/cancel", Fixture, NULL, fixture_set_up, test_pdf_cancel, fixture_tear_down);
  g_test_add ("/book/pdf/progress", Fixture, NULL, fixture_set_up, test_pdf_progress, fixture_tear_down);
  g_test_add ("/book/pdf/unwritable", Fixture, NULL, fixture_set_up, test_pdf_unwritable, fixture_tear_down);
  g_test_add ("/book/pdf/a5", Fixture, NULL, fixture_set_up, test_pdf_a5, fixture_tear_down);
  g_test_add ("/book/pdf/transparency", Fixture, NULL, fixture_set_up, test_pdf_transparency, fixture_tear_down);
  g_test_add_func ("/book/pages/paint-image", test_pages_paint_image);
  g_test_add ("/book/pdf/drawing", Fixture, NULL, fixture_set_up, test_pdf_drawing, fixture_tear_down);

  result = g_test_run ();
  lt_test_remove_tree (photo_folder);
  g_free (beach);
  g_free (large);
  g_free (broken);
  g_free (sticker);
  g_free (photo_folder);
  return result;
}
