/* lt-book-pdf.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Writing a life-story book as a PDF, in two passes: the layout places
 * every text and photo on pages (measured with pango), then the pages are
 * painted with cairo onto a PDF surface.
 *
 * The book is for a child to keep and show: a cover with the child's photo,
 * contents, each chapter on a new page, large photos, and the child's own
 * words set apart on a warm tint.  JPEG photos go in as JPEG when they are
 * at most 300 dpi at their printed size (cairo's mime data: no decoding, no
 * re-encoding); larger or other photos are scaled once to 300 dpi and
 * stored as JPEG.  A photo that cannot be read becomes a soft placeholder;
 * the book goes on.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <unistd.h>

#include "lt-book-pdf.h"

#define HEADING_FONT "Cantarell"
#define BODY_FONT "DejaVu Serif"
#define MAX_DPI 300.0

/* A warm, calm palette (GNOME's colours). */
#define INK 0.19, 0.19, 0.24
#define DIM 0.37, 0.36, 0.39
#define TITLE 0.10, 0.37, 0.71
#define THREAD 0.88, 0.11, 0.14
#define TINT 0.99, 0.95, 0.86
#define TINT_BAR 0.96, 0.76, 0.07
#define PLACEHOLDER 0.92, 0.91, 0.90

typedef enum
{
  ITEM_TEXT,
  ITEM_PHOTO,
  ITEM_TINT,
  ITEM_THREAD,
} ItemKind;

typedef enum
{
  COLOR_INK,
  COLOR_DIM,
  COLOR_TITLE,
} ItemColor;

typedef struct
{
  ItemKind           kind;
  double             x, y, width, height;
  char              *markup;       /* TEXT */
  const char        *family;       /* TEXT */
  double             size;         /* TEXT, points */
  gboolean           bold, italic; /* TEXT */
  ItemColor          color;        /* TEXT */
  PangoAlignment     align;        /* TEXT */
  const LtBookPhoto *photo;        /* PHOTO, borrowed from the book */
} Item;

typedef struct
{
  GPtrArray *items; /* Item *, painted in order */
} Page;

typedef struct
{
  const LtBook *book;
  PangoContext *pango; /* for measuring */
  double        page_width, page_height, margin, text_width, body_size;
  GPtrArray    *pages;         /* Page * */
  double        y;             /* where the next item goes */
  GArray       *chapter_pages; /* guint: the page each chapter starts on */
} Layout;

/* ---- items and pages ------------------------------------------------- */

static void
item_free (Item *item)
{
  g_free (item->markup);
  g_free (item);
}

static Page *
page_new (void)
{
  Page *page = g_new0 (Page, 1);

  page->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  return page;
}

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->items);
  g_free (page);
}

static Page *
current_page (Layout *layout)
{
  return g_ptr_array_index (layout->pages, layout->pages->len - 1);
}

static void
new_page (Layout *layout)
{
  g_ptr_array_add (layout->pages, page_new ());
  layout->y = layout->margin;
}

static double
bottom (Layout *layout)
{
  /* Room for the page number below. */
  return layout->page_height - layout->margin - 14;
}

/* ---- text ------------------------------------------------------------ */

static PangoFontDescription *
font_for (const char *family,
          double      size,
          gboolean    bold,
          gboolean    italic)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return font;
}

/* The same text layout for measuring and for painting. */
static PangoLayout *
text_layout (PangoContext *context,
             const Item   *item)
{
  PangoLayout *text = pango_layout_new (context);
  g_autoptr (PangoFontDescription) font = font_for (item->family, item->size, item->bold, item->italic);

  pango_layout_set_font_description (text, font);
  pango_layout_set_width (text, (int) (item->width * PANGO_SCALE));
  pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (text, item->align);
  if (g_str_equal (item->family, BODY_FONT))
    pango_layout_set_line_spacing (text, 1.35);
  pango_layout_set_markup (text, item->markup, -1);
  return text;
}

static Item *
text_item (Layout     *layout,
           const char *markup,
           const char *family,
           double      size,
           gboolean    bold,
           gboolean    italic,
           ItemColor   color)
{
  Item *item = g_new0 (Item, 1);
  g_autoptr (PangoLayout) text = NULL;
  int height;

  item->kind = ITEM_TEXT;
  item->markup = g_strdup (markup);
  item->family = family;
  item->size = size;
  item->bold = bold;
  item->italic = italic;
  item->color = color;
  item->align = PANGO_ALIGN_LEFT;
  item->x = layout->margin;
  item->width = layout->text_width;
  text = text_layout (layout->pango, item);
  pango_layout_get_size (text, NULL, &height);
  item->height = (double) height / PANGO_SCALE;
  return item;
}

static void
place (Layout *layout,
       Item   *item,
       double  space_after)
{
  item->y = layout->y;
  g_ptr_array_add (current_page (layout)->items, item);
  layout->y += item->height + space_after;
}

/* How many bytes of the plain @text fit above @limit on this page: pango's
 * own line breaks decide, so nothing is cut mid-line.  0 when not even
 * one line fits. */
static gsize
fitting_bytes (Layout     *layout,
               const Item *item,
               const char *text,
               double      limit)
{
  g_autoptr (PangoLayout) measure = text_layout (layout->pango, item);
  PangoLayoutIter *iter;
  gsize            fits = 0;

  pango_layout_set_text (measure, text, -1);
  iter = pango_layout_get_iter (measure);
  do
    {
      PangoRectangle line;

      pango_layout_iter_get_line_extents (iter, NULL, &line);
      if ((double) (line.y + line.height) / PANGO_SCALE > limit)
        break;
      fits = pango_layout_iter_next_line (iter) ? (gsize) pango_layout_iter_get_index (iter) : strlen (text);
    }
  while (fits < strlen (text));
  pango_layout_iter_free (iter);
  return fits;
}

static Item *
paragraph_item (Layout     *layout,
                const char *text,
                gboolean    tinted)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return text_item (layout, markup, BODY_FONT, layout->body_size, FALSE, tinted, COLOR_INK);
}

/* Places a paragraph, going on on the next page where it does not fit;
 * @tinted marks the child's own words. */
static void
place_paragraph (Layout     *layout,
                 const char *text,
                 gboolean    tinted)
{
  g_autofree char *rest = g_strdup (text);

  while (*rest != '\0')
    {
      Item            *item = paragraph_item (layout, rest, tinted);
      double           room = bottom (layout) - layout->y;
      g_autofree char *head = NULL;
      gsize            fits;

      if (item->height <= room)
        {
          place (layout, item, layout->body_size * 0.8);
          return;
        }
      fits = fitting_bytes (layout, item, rest, room);
      item_free (item);
      if (fits > 0)
        {
          char *tail;

          head = g_strndup (rest, fits);
          place (layout, paragraph_item (layout, g_strchomp (head), tinted), 0);
          tail = g_strdup (g_strchug (rest + fits));
          g_free (rest);
          rest = tail;
        }
      new_page (layout);
    }
}

/* ---- photos ---------------------------------------------------------- */

static gboolean
orientation_swaps (int orientation)
{
  return orientation >= 5 && orientation <= 8;
}

/* The photo's size as it is seen (turned), or FALSE if it cannot be read. */
static gboolean
photo_size (const LtBookPhoto *photo,
            int               *width,
            int               *height)
{
  int raw_width = 0, raw_height = 0;

  if (gdk_pixbuf_get_file_info (photo->path, &raw_width, &raw_height) == NULL || raw_width <= 0 ||
      raw_height <= 0)
    return FALSE;
  *width = orientation_swaps (photo->orientation) ? raw_height : raw_width;
  *height = orientation_swaps (photo->orientation) ? raw_width : raw_height;
  return TRUE;
}

static Item *
photo_item (Layout            *layout,
            const LtBookPhoto *photo,
            double             max_height)
{
  Item *item = g_new0 (Item, 1);
  int   width, height;

  item->kind = ITEM_PHOTO;
  item->photo = photo;
  item->width = layout->text_width;
  if (!photo_size (photo, &width, &height))
    {
      item->height = MIN (120, max_height);
      item->x = layout->margin;
      return item;
    }
  item->height = item->width * height / width;
  if (item->height > max_height)
    {
      item->height = max_height;
      item->width = max_height * width / height;
    }
  item->x = layout->margin + (layout->text_width - item->width) / 2;
  return item;
}

static void
place_photo (Layout            *layout,
             const LtBookPhoto *photo)
{
  Item  *item = photo_item (layout, photo, layout->page_height * 0.45);
  Item  *caption = NULL;
  double needed;

  if (photo->caption != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (photo->caption, -1);

      caption = text_item (layout, markup, BODY_FONT, layout->body_size - 1.5, FALSE, TRUE, COLOR_DIM);
      caption->align = PANGO_ALIGN_CENTER;
    }
  /* A photo is never split, and its caption stays under it. */
  needed = item->height + (caption != NULL ? caption->height + 6 : 0);
  if (layout->y + needed > bottom (layout))
    new_page (layout);
  place (layout, item, caption != NULL ? 6 : layout->body_size);
  if (caption != NULL)
    place (layout, caption, layout->body_size);
}

/* ---- the book's parts ------------------------------------------------ */

static void
layout_cover (Layout *layout)
{
  g_autofree char *title = g_markup_escape_text (layout->book->title, -1);
  Item            *item;

  new_page (layout);
  /* With a photo the title sits high above it; alone, a third down. */
  layout->y = layout->page_height * (layout->book->cover != NULL ? 0.12 : 0.32);
  item = text_item (layout, title, HEADING_FONT, layout->body_size * 3.4, TRUE, FALSE, COLOR_TITLE);
  item->align = PANGO_ALIGN_CENTER;
  place (layout, item, 10);
  if (layout->book->subtitle != NULL)
    {
      g_autofree char *subtitle = g_markup_escape_text (layout->book->subtitle, -1);

      item = text_item (layout, subtitle, HEADING_FONT, layout->body_size * 1.3, FALSE, FALSE, COLOR_DIM);
      item->align = PANGO_ALIGN_CENTER;
      place (layout, item, 28);
    }
  if (layout->book->cover != NULL)
    place (layout, photo_item (layout, layout->book->cover, layout->page_height * 0.5), 0);

  item = g_new0 (Item, 1);
  item->kind = ITEM_THREAD;
  item->x = 0;
  item->y = layout->page_height * 0.86;
  item->width = layout->page_width;
  item->height = layout->page_height * 0.08;
  g_ptr_array_add (current_page (layout)->items, item);
}

static void
layout_entry (Layout            *layout,
              const LtBookEntry *entry)
{
  gboolean         child = entry->author == LT_BOOK_AUTHOR_CHILD;
  g_autofree char *title = g_markup_escape_text (entry->title != NULL ? entry->title : "", -1);
  g_autoptr (GPtrArray) heading = g_ptr_array_new ();
  g_auto (GStrv) paragraphs = g_strsplit (entry->text != NULL ? entry->text : "", "\n\n", -1);
  double needed = 0;

  if (entry->author != LT_BOOK_AUTHOR_ADULT)
    g_ptr_array_add (heading, text_item (layout, child ? _ ("In my own words") : _ ("Written together"),
                                         HEADING_FONT, layout->body_size - 2, TRUE, FALSE, COLOR_TITLE));
  g_ptr_array_add (heading, text_item (layout, title, HEADING_FONT, layout->body_size * 1.45, TRUE, FALSE, COLOR_INK));
  if (entry->date_text != NULL)
    {
      g_autofree char *date = g_markup_escape_text (entry->date_text, -1);

      g_ptr_array_add (heading, text_item (layout, date, BODY_FONT, layout->body_size - 1, FALSE, TRUE, COLOR_DIM));
    }

  /* Keep the heading with at least three lines of its text. */
  for (guint i = 0; i < heading->len; i++)
    needed += ((Item *) g_ptr_array_index (heading, i))->height + 4;
  needed += layout->body_size * 1.35 * 3;
  if (layout->y + needed > bottom (layout))
    new_page (layout);

  for (guint i = 0; i < heading->len; i++)
    place (layout, g_ptr_array_index (heading, i), i + 1 == heading->len ? 8 : 3);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] != '\0')
        place_paragraph (layout, paragraphs[i], child);
    }
  for (guint i = 0; i < entry->photos->len; i++)
    place_photo (layout, g_ptr_array_index (entry->photos, i));
  layout->y += layout->body_size * 1.6;
}

static void
layout_chapter (Layout              *layout,
                const LtBookChapter *chapter)
{
  g_autofree char *title = g_markup_escape_text (chapter->title, -1);
  guint            page;
  Item            *line;

  new_page (layout);
  page = layout->pages->len;
  g_array_append_val (layout->chapter_pages, page);
  place (layout, text_item (layout, title, HEADING_FONT, layout->body_size * 2.4, TRUE, FALSE, COLOR_TITLE), 6);

  line = g_new0 (Item, 1);
  line->kind = ITEM_THREAD;
  line->x = layout->margin;
  line->y = layout->y;
  line->width = layout->text_width * 0.35;
  line->height = 10;
  g_ptr_array_add (current_page (layout)->items, line);
  layout->y += 28;

  for (guint i = 0; i < chapter->entries->len; i++)
    layout_entry (layout, g_ptr_array_index (chapter->entries, i));
}

/* The contents page comes second; its page numbers are known only once
 * the chapters are laid out, so it is filled in afterwards. */
static void
layout_contents (Layout *layout,
                 Page   *contents)
{
  double y = layout->margin;
  Item  *heading;

  g_ptr_array_add (layout->pages, contents);
  heading = text_item (layout, _ ("Contents"), HEADING_FONT, layout->body_size * 2.4, TRUE, FALSE, COLOR_TITLE);
  heading->y = y;
  g_ptr_array_add (contents->items, heading);
  y += heading->height + 28;

  for (guint i = 0; i < layout->book->chapters->len; i++)
    {
      const LtBookChapter *chapter = g_ptr_array_index (layout->book->chapters, i);
      g_autofree char     *title = g_markup_escape_text (chapter->title, -1);
      g_autofree char     *number = g_strdup_printf ("%u", g_array_index (layout->chapter_pages, guint, i));
      Item                *name = text_item (layout, title, HEADING_FONT, layout->body_size * 1.2, FALSE, FALSE, COLOR_INK);
      Item                *page = text_item (layout, number, HEADING_FONT, layout->body_size * 1.2, FALSE, FALSE, COLOR_DIM);

      name->y = page->y = y;
      page->align = PANGO_ALIGN_RIGHT;
      g_ptr_array_add (contents->items, name);
      g_ptr_array_add (contents->items, page);
      y += name->height + 10;
    }
}

static Layout *
layout_book (const LtBook *book,
             PangoContext *pango)
{
  Layout *layout = g_new0 (Layout, 1);
  g_autoptr (GPtrArray) chapters = NULL;
  Page *contents = page_new ();

  layout->book = book;
  layout->pango = pango;
  layout->page_width = book->paper == LT_BOOK_PAPER_A5 ? 419.53 : 595.28;
  layout->page_height = book->paper == LT_BOOK_PAPER_A5 ? 595.28 : 841.89;
  layout->margin = book->paper == LT_BOOK_PAPER_A5 ? 44 : 64;
  layout->body_size = book->paper == LT_BOOK_PAPER_A5 ? 10.5 : 12;
  layout->text_width = layout->page_width - 2 * layout->margin;
  layout->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  layout->chapter_pages = g_array_new (FALSE, FALSE, sizeof (guint));

  layout_cover (layout);
  /* Chapters are laid out as if the contents page were there already. */
  g_ptr_array_add (layout->pages, page_new ());
  for (guint i = 0; i < book->chapters->len; i++)
    layout_chapter (layout, g_ptr_array_index (book->chapters, i));

  page_free (g_ptr_array_steal_index (layout->pages, 1));
  chapters = g_ptr_array_new ();
  while (layout->pages->len > 1)
    g_ptr_array_add (chapters, g_ptr_array_steal_index (layout->pages, 1));
  layout_contents (layout, contents);
  for (guint i = 0; i < chapters->len; i++)
    g_ptr_array_add (layout->pages, g_ptr_array_index (chapters, i));
  return layout;
}

static void
layout_free (Layout *layout)
{
  g_ptr_array_unref (layout->pages);
  g_array_unref (layout->chapter_pages);
  g_free (layout);
}

/* ---- painting -------------------------------------------------------- */

static void
set_color (cairo_t  *cr,
           ItemColor color)
{
  switch (color)
    {
    case COLOR_DIM:
      cairo_set_source_rgb (cr, DIM);
      break;
    case COLOR_TITLE:
      cairo_set_source_rgb (cr, TITLE);
      break;
    case COLOR_INK:
    default:
      cairo_set_source_rgb (cr, INK);
    }
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The red life thread: on the cover, and under each chapter title. */
static void
paint_thread (cairo_t    *cr,
              const Item *item)
{
  double mid = item->y + item->height / 2;
  double w = item->width;

  cairo_save (cr);
  cairo_set_source_rgb (cr, THREAD);
  cairo_set_line_width (cr, item->height > 20 ? 3.5 : 2.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, item->x, mid);
  cairo_curve_to (cr, item->x + w * 0.3, mid - item->height / 2, item->x + w * 0.45, mid + item->height / 2,
                  item->x + w * 0.7, mid);
  cairo_curve_to (cr, item->x + w * 0.85, mid - item->height / 3, item->x + w * 0.95, mid, item->x + w, mid);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
paint_text (cairo_t      *cr,
            PangoContext *pango,
            const Item   *item,
            gboolean      tinted)
{
  g_autoptr (PangoLayout) text = text_layout (pango, item);

  if (tinted)
    {
      /* The child's own words: a warm tint and a bar at the edge. */
      cairo_set_source_rgb (cr, TINT);
      cairo_rectangle (cr, item->x - 12, item->y - 5, item->width + 24, item->height + 10);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, TINT_BAR);
      cairo_rectangle (cr, item->x - 12, item->y - 5, 3.5, item->height + 10);
      cairo_fill (cr);
    }
  set_color (cr, item->color);
  cairo_move_to (cr, item->x, item->y);
  pango_cairo_show_layout (cr, text);
}

static gboolean
is_jpeg (const char *data,
         gsize       length)
{
  return length > 3 && (guchar) data[0] == 0xff && (guchar) data[1] == 0xd8 && (guchar) data[2] == 0xff;
}

/* Sets @matrix so that the photo's raw pixels, scaled to fill the box
 * (turned), appear the right way up in a @width × @height box at 0, 0. */
static void
orientation_matrix (int             orientation,
                    double          width,
                    double          height,
                    cairo_matrix_t *matrix)
{
  switch (orientation)
    {
    case 2:
      cairo_matrix_init (matrix, -1, 0, 0, 1, width, 0);
      break;
    case 3:
      cairo_matrix_init (matrix, -1, 0, 0, -1, width, height);
      break;
    case 4:
      cairo_matrix_init (matrix, 1, 0, 0, -1, 0, height);
      break;
    case 5:
      cairo_matrix_init (matrix, 0, 1, 1, 0, 0, 0);
      break;
    case 6:
      cairo_matrix_init (matrix, 0, 1, -1, 0, width, 0);
      break;
    case 7:
      cairo_matrix_init (matrix, 0, -1, -1, 0, width, height);
      break;
    case 8:
      cairo_matrix_init (matrix, 0, -1, 1, 0, 0, height);
      break;
    default:
      cairo_matrix_init_identity (matrix);
    }
}

static void
free_bytes (void *data)
{
  g_bytes_unref (data);
}

/* An image surface that carries JPEG bytes: cairo writes the bytes into
 * the PDF and never looks at the (blank) pixels. */
static cairo_surface_t *
jpeg_surface (GBytes *jpeg,
              int     width,
              int     height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);

  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, g_bytes_get_data (jpeg, NULL),
                               g_bytes_get_size (jpeg), free_bytes, g_bytes_ref (jpeg));
  return surface;
}

/* Scales the photo once to @width × @height raw pixels and makes a JPEG. */
static GBytes *
downscaled_jpeg (const char *path,
                 int         width,
                 int         height,
                 int        *out_width,
                 int        *out_height)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new_from_file_at_scale (path, width, height, TRUE, NULL);
  g_autoptr (GdkPixbuf) flat = NULL;
  char *data = NULL;
  gsize length = 0;

  if (pixbuf == NULL)
    return NULL;
  /* Transparent parts print on white paper. */
  flat = gdk_pixbuf_get_has_alpha (pixbuf)
             ? gdk_pixbuf_composite_color_simple (pixbuf, gdk_pixbuf_get_width (pixbuf), gdk_pixbuf_get_height (pixbuf),
                                                  GDK_INTERP_BILINEAR, 255, 8, 0xffffff, 0xffffff)
             : g_object_ref (pixbuf);
  if (!gdk_pixbuf_save_to_buffer (flat, &data, &length, "jpeg", NULL, "quality", "85", NULL))
    return NULL;
  *out_width = gdk_pixbuf_get_width (flat);
  *out_height = gdk_pixbuf_get_height (flat);
  return g_bytes_new_take (data, length);
}

static void
paint_placeholder (cairo_t      *cr,
                   PangoContext *pango,
                   const Item   *item)
{
  Item             label = *item;
  g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", _ ("This photo could not be read"));

  rounded_rectangle (cr, item->x, item->y, item->width, item->height, 10);
  cairo_set_source_rgb (cr, PLACEHOLDER);
  cairo_fill (cr);
  label.kind = ITEM_TEXT;
  label.markup = markup;
  label.family = BODY_FONT;
  label.size = 10;
  label.align = PANGO_ALIGN_CENTER;
  label.color = COLOR_DIM;
  label.y = item->y + item->height / 2 - 8;
  paint_text (cr, pango, &label, FALSE);
}

/* Places a photo; the surface is kept in @keep until the page is shown,
 * as cairo reads the JPEG bytes only then. */
static void
paint_photo (cairo_t         *cr,
             PangoContext    *pango,
             const Item      *item,
             GPtrArray       *keep,
             LtBookPdfReport *report)
{
  LtBookPhotoReport *entry = g_new0 (LtBookPhotoReport, 1);
  const LtBookPhoto *photo = item->photo;
  g_autoptr (GMappedFile) mapped = g_mapped_file_new (photo->path, FALSE, NULL);
  gboolean swap = orientation_swaps (photo->orientation);
  double   box_raw_width = swap ? item->height : item->width; /* points */
  int      raw_width = 0, raw_height = 0;
  g_autoptr (GBytes) jpeg = NULL;
  cairo_surface_t *surface;
  cairo_matrix_t   matrix;

  entry->path = g_strdup (photo->path);
  g_ptr_array_add (report->photos, entry);
  if (mapped == NULL || gdk_pixbuf_get_file_info (photo->path, &raw_width, &raw_height) == NULL)
    {
      paint_placeholder (cr, pango, item);
      return;
    }

  entry->dpi = raw_width / (box_raw_width / 72.0);
  if (is_jpeg (g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped)) && entry->dpi <= MAX_DPI + 1)
    {
      jpeg = g_mapped_file_get_bytes (mapped);
      entry->passed_through = TRUE;
    }
  else
    {
      int target = (int) ceil (box_raw_width / 72.0 * MAX_DPI);

      jpeg = downscaled_jpeg (photo->path, MIN (target, raw_width), raw_height, &raw_width, &raw_height);
      if (jpeg == NULL)
        {
          paint_placeholder (cr, pango, item);
          return;
        }
      entry->dpi = raw_width / (box_raw_width / 72.0);
    }
  entry->readable = TRUE;
  entry->bytes = g_bytes_get_size (jpeg);

  surface = jpeg_surface (jpeg, raw_width, raw_height);
  g_ptr_array_add (keep, surface);
  cairo_save (cr);
  rounded_rectangle (cr, item->x, item->y, item->width, item->height, 8);
  cairo_clip (cr);
  cairo_translate (cr, item->x, item->y);
  orientation_matrix (photo->orientation, item->width, item->height, &matrix);
  cairo_transform (cr, &matrix);
  cairo_scale (cr, (swap ? item->height : item->width) / raw_width, (swap ? item->width : item->height) / raw_height);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
paint_page_number (cairo_t      *cr,
                   PangoContext *pango,
                   Layout       *layout,
                   guint         number)
{
  g_autofree char *markup = g_strdup_printf ("%u", number);
  Item             item = { 0 };

  item.kind = ITEM_TEXT;
  item.markup = markup;
  item.family = HEADING_FONT;
  item.size = 9.5;
  item.color = COLOR_DIM;
  item.align = PANGO_ALIGN_CENTER;
  item.x = layout->margin;
  item.width = layout->text_width;
  item.y = layout->page_height - layout->margin + 8;
  paint_text (cr, pango, &item, FALSE);
}

static void
paint_page (cairo_t         *cr,
            PangoContext    *pango,
            Layout          *layout,
            guint            index,
            LtBookPdfReport *report)
{
  Page *page = g_ptr_array_index (layout->pages, index);
  g_autoptr (GPtrArray) keep = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);

  pango_cairo_update_context (cr, pango);
  for (guint i = 0; i < page->items->len; i++)
    {
      Item *item = g_ptr_array_index (page->items, i);

      switch (item->kind)
        {
        case ITEM_TEXT:
          /* Body text in italics is the child's own words or a caption;
           * captions are centred, the child's words tinted. */
          paint_text (cr, pango, item, item->italic && item->align == PANGO_ALIGN_LEFT && g_str_equal (item->family, BODY_FONT) && item->color == COLOR_INK);
          break;
        case ITEM_PHOTO:
          paint_photo (cr, pango, item, keep, report);
          break;
        case ITEM_THREAD:
          paint_thread (cr, item);
          break;
        case ITEM_TINT:
        default:
          break;
        }
    }
  if (index > 0)
    paint_page_number (cr, pango, layout, index + 1);
  cairo_show_page (cr);
}

/* ---- writing --------------------------------------------------------- */

static PangoContext *
make_pango_context (void)
{
  PangoFontMap         *font_map = pango_cairo_font_map_get_default ();
  PangoContext         *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Points as units, and metrics that do not depend on hinting, so the
   * measuring pass and the painting pass agree. */
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (context, pango_language_from_string ("da"));
  return context;
}

void
lt_book_pdf_report_free (LtBookPdfReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->photos);
  g_free (report);
}

static void
photo_report_free (LtBookPhotoReport *entry)
{
  g_free (entry->path);
  g_free (entry);
}

static gboolean
set_errno_error (GError    **error,
                 const char *what)
{
  int saved_errno = errno;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _ ("Could not write the book to “%s”: %s"),
               what, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
paint_all (const LtBook      *book,
           const char        *temp_path,
           LtBookProgressFunc progress,
           gpointer           progress_data,
           GCancellable      *cancellable,
           LtBookPdfReport   *report,
           GError           **error)
{
  PangoContext    *pango = make_pango_context ();
  Layout          *layout = layout_book (book, pango);
  cairo_surface_t *surface = cairo_pdf_surface_create (temp_path, layout->page_width, layout->page_height);
  cairo_t         *cr = cairo_create (surface);
  g_autofree char *title = g_strdup (book->title);
  gboolean         ok = TRUE;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Livstråd");
  for (guint i = 0; i < layout->pages->len && ok; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        {
          paint_page (cr, pango, layout, i, report);
          if (progress != NULL)
            progress ((double) (i + 1) / layout->pages->len, progress_data);
        }
    }
  report->n_pages = layout->pages->len;
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (ok && cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Could not write the book: %s"),
                   cairo_status_to_string (cairo_surface_status (surface)));
      ok = FALSE;
    }
  cairo_surface_destroy (surface);
  layout_free (layout);
  g_object_unref (pango);
  return ok;
}

/**
 * lt_book_write_pdf:
 * @book: the snapshot; only read
 * @path: where the PDF goes; replaced atomically, readable only by the user
 * @progress: (nullable): told after each page
 * @report: (out) (optional) (transfer full): pages, size, and each photo
 *
 * Lays out and writes the book; runs on any thread (it touches no store
 * and no widget).  Cancelled or failed, no file is left behind.
 */
gboolean
lt_book_write_pdf (const LtBook      *book,
                   const char        *path,
                   LtBookProgressFunc progress,
                   gpointer           progress_data,
                   GCancellable      *cancellable,
                   LtBookPdfReport  **report,
                   GError           **error)
{
  g_autoptr (LtBookPdfReport) result = g_new0 (LtBookPdfReport, 1);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *temp_path = g_build_filename (folder, ".livstraad-book-XXXXXX", NULL);
  GStatBuf         buf;
  int              fd;

  g_return_val_if_fail (book != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  result->photos = g_ptr_array_new_with_free_func ((GDestroyNotify) photo_report_free);
  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_errno_error (error, path);
  close (fd);

  if (!paint_all (book, temp_path, progress, progress_data, cancellable, result, error))
    {
      g_unlink (temp_path);
      return FALSE;
    }
  if (g_rename (temp_path, path) != 0)
    {
      set_errno_error (error, path);
      g_unlink (temp_path);
      return FALSE;
    }
  if (g_stat (path, &buf) == 0)
    result->file_size = buf.st_size;
  if (report != NULL)
    *report = g_steal_pointer (&result);
  return TRUE;
}
