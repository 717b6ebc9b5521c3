/* lt-book-layout.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Laying out a life-story book: cover, contents, chapters and entries
 * flowed onto pages of boxes, measured with pango, nothing painted.
 *
 * Rules a book for a child keeps: each chapter opens a page; an entry's
 * title stays with its first lines; a paragraph leaves no single line
 * behind or ahead; a photo (at most 45 % of the page) and its caption are
 * never split; the child's own words sit in a warm block that continues
 * over a page break.
 */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "lt-book-layout.h"

#define HEADING_FONT "Cantarell"
#define MIN_PHOTO_SHRINK 0.75
#define ROUNDING 0.01 /* points: what fits exactly, fits */
#define BODY_FONT "DejaVu Serif"

typedef struct
{
  const char    *family;
  int            weight;
  gboolean       italic;
  double         size;         /* points on A4; A5 is a little smaller */
  double         line_spacing; /* times the font's line height; 0: its own */
  double         tracking;     /* letter spacing, points */
  PangoAlignment align;
  gboolean       justify;
  gboolean       upper_case;
} Style;

static const Style styles[LT_BOOK_N_TEXT_STYLES] = {
  [LT_BOOK_TEXT_COVER_TITLE] = { HEADING_FONT, 800, FALSE, 54, 0.95, 0, PANGO_ALIGN_CENTER },
  [LT_BOOK_TEXT_COVER_SUBTITLE] = { HEADING_FONT, 400, FALSE, 16, 0, 0.3, PANGO_ALIGN_CENTER },
  [LT_BOOK_TEXT_CONTENTS_TITLE] = { HEADING_FONT, 800, FALSE, 32, 0, 0, PANGO_ALIGN_LEFT },
  [LT_BOOK_TEXT_CONTENTS_CHAPTER] = { HEADING_FONT, 400, FALSE, 16, 1.1, 0, PANGO_ALIGN_LEFT },
  [LT_BOOK_TEXT_CONTENTS_PAGE] = { HEADING_FONT, 700, FALSE, 16, 0, 0, PANGO_ALIGN_RIGHT },
  [LT_BOOK_TEXT_CHAPTER_NUMBER] = { HEADING_FONT, 700, FALSE, 10, 0, 1.6, PANGO_ALIGN_LEFT, FALSE, TRUE },
  [LT_BOOK_TEXT_CHAPTER_TITLE] = { HEADING_FONT, 800, FALSE, 34, 0.95, 0, PANGO_ALIGN_LEFT },
  [LT_BOOK_TEXT_CHILD_LABEL] = { HEADING_FONT, 700, FALSE, 8.5, 0, 1.3, PANGO_ALIGN_LEFT, FALSE, TRUE },
  [LT_BOOK_TEXT_TOGETHER_LABEL] = { HEADING_FONT, 700, FALSE, 8.5, 0, 1.3, PANGO_ALIGN_LEFT, FALSE, TRUE },
  [LT_BOOK_TEXT_ENTRY_TITLE] = { HEADING_FONT, 700, FALSE, 19, 1.0, 0, PANGO_ALIGN_LEFT },
  [LT_BOOK_TEXT_DATE] = { HEADING_FONT, 400, FALSE, 10, 0, 0.2, PANGO_ALIGN_LEFT },
  [LT_BOOK_TEXT_BODY] = { BODY_FONT, 400, FALSE, 11.5, 1.38, 0, PANGO_ALIGN_LEFT, TRUE },
  [LT_BOOK_TEXT_CHILD_BODY] = { HEADING_FONT, 400, FALSE, 14, 1.28, 0, PANGO_ALIGN_LEFT },
  [LT_BOOK_TEXT_CAPTION] = { BODY_FONT, 400, TRUE, 9.5, 1.2, 0, PANGO_ALIGN_CENTER },
  [LT_BOOK_TEXT_PAGE_NUMBER] = { HEADING_FONT, 700, FALSE, 9, 0, 0, PANGO_ALIGN_CENTER },
};

typedef struct
{
  int width, height; /* 0 × 0: cannot be read */
} FileSize;

typedef struct
{
  LtBookLayout *self;
  const LtBook *book;
  double        type_scale; /* font sizes: 1 on A4 */
  double        unit;       /* the body's size: gaps are counted in it */
  double        x, width;   /* the current column */
  double        y;          /* where the next box goes */
  double        last_bottom;
  gboolean      fresh; /* nothing placed on this page yet */
  guint         accent;
  GHashTable   *file_sizes; /* path → FileSize */

  /* The child's block, while one is open: its background goes in
   * under the boxes placed since @block_index. */
  gboolean in_block;
  guint    block_index;
  double   block_top;
} Builder;

/* ---- pages and boxes -------------------------------------------------- */

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
box_free (LtBookBox *box)
{
  g_clear_object (&box->text);
  g_free (box);
}

static LtBookBox *
box_new (LtBookBoxKind kind,
         double        x,
         double        y,
         double        width,
         double        height)
{
  LtBookBox *box = g_new0 (LtBookBox, 1);

  box->kind = kind;
  box->x = x;
  box->y = y;
  box->width = width;
  box->height = height;
  return box;
}

static void
page_free (LtBookLayoutPage *page)
{
  g_ptr_array_unref (page->boxes);
  g_free (page);
}

static LtBookLayoutPage *
current_page (Builder *b)
{
  return g_ptr_array_index (b->self->pages, b->self->pages->len - 1);
}

static double
text_width (Builder *b)
{
  return b->self->width - 2 * b->self->margin_x;
}

/* Above and below the words in the child's block. */
static double
block_padding (Builder *b)
{
  return 1.2 * b->unit;
}

/* The block reaches out into the margins (further on the left, where
 * its bar is), so its words and photos keep the column's full width. */
static double
block_outset_left (Builder *b)
{
  return 1.5 * b->unit;
}

static double
block_outset_right (Builder *b)
{
  return 1.0 * b->unit;
}

/* Decorations are added with this; content with add_content. */
static void
add_box (Builder   *b,
         LtBookBox *box)
{
  box->accent = b->accent;
  g_ptr_array_add (current_page (b)->boxes, box);
}

static void
add_content (Builder   *b,
             LtBookBox *box)
{
  add_box (b, box);
  b->y = box->y + box->height;
  b->last_bottom = b->y;
  b->fresh = FALSE;
}

static void
open_block_segment (Builder *b)
{
  b->block_index = current_page (b)->boxes->len;
  b->block_top = b->y;
  b->y += block_padding (b);
}

static void
close_block_segment (Builder *b)
{
  LtBookLayoutPage *page = current_page (b);
  LtBookBox        *box;

  if (b->last_bottom <= b->block_top)
    return;
  box = box_new (LT_BOOK_BOX_BLOCK, b->self->margin_x - block_outset_left (b), b->block_top,
                 text_width (b) + block_outset_left (b) + block_outset_right (b),
                 b->last_bottom + block_padding (b) - b->block_top);
  box->accent = b->accent;
  g_ptr_array_insert (page->boxes, b->block_index, box);
}

static void
new_page (Builder *b)
{
  LtBookLayoutPage *page = g_new0 (LtBookLayoutPage, 1);

  if (b->in_block)
    close_block_segment (b);
  page->accent = b->accent;
  page->boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) box_free);
  g_ptr_array_add (b->self->pages, page);
  b->y = b->self->top;
  b->last_bottom = b->y;
  b->fresh = TRUE;
  if (b->in_block)
    open_block_segment (b);
}

static double
room (Builder *b)
{
  double bottom = b->self->height - b->self->bottom;

  return bottom - b->y - (b->in_block ? block_padding (b) : 0);
}

/* Starts a new page when @needed does not fit here; a fresh page takes
 * whatever comes, as no later page has more room. */
static void
keep_together (Builder *b,
               double   needed)
{
  if (needed > room (b) + ROUNDING && !b->fresh)
    new_page (b);
}

/* ---- text ------------------------------------------------------------- */

static PangoLayout *
make_text (Builder        *b,
           LtBookTextStyle style,
           const char     *text,
           double          width)
{
  const Style *s = &styles[style];
  PangoLayout *layout = pango_layout_new (b->self->context);
  g_autoptr (PangoFontDescription) font = pango_font_description_new ();
  g_autoptr (PangoAttrList) attributes = pango_attr_list_new ();
  g_autofree char *upper = s->upper_case ? g_utf8_strup (text, -1) : NULL;

  pango_font_description_set_family (font, s->family);
  pango_font_description_set_weight (font, s->weight);
  pango_font_description_set_style (font, s->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_font_description_set_absolute_size (font, s->size * b->type_scale * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);

  /* Danish, so pango breaks and hyphenates words the Danish way where it
   * can (soft hyphens, and words too long for a line). */
  pango_attr_list_insert (attributes, pango_attr_language_new (pango_language_from_string ("da")));
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (TRUE));
  if (s->tracking > 0)
    pango_attr_list_insert (attributes, pango_attr_letter_spacing_new ((int) (s->tracking * PANGO_SCALE)));
  pango_layout_set_attributes (layout, attributes);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, s->align);
  pango_layout_set_justify (layout, s->justify);
  pango_layout_set_line_spacing (layout, s->line_spacing);
  pango_layout_set_text (layout, upper != NULL ? upper : text, -1);
  return layout;
}

/* Each line's top and bottom in points from the layout's top; the lines
 * follow each other without gaps, so any run of them is one box. */
static void
measure_lines (PangoLayout *layout,
               GArray      *tops,
               GArray      *bottoms)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      int    y0, y1;
      double top, bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      bottom = (double) y1 / PANGO_SCALE;
      g_array_append_val (tops, top);
      g_array_append_val (bottoms, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* The height of the first @max_lines lines (all for -1). */
static double
text_height (Builder        *b,
             LtBookTextStyle style,
             const char     *text,
             double          width,
             int             max_lines)
{
  g_autoptr (PangoLayout) layout = make_text (b, style, text, width);
  g_autoptr (GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  guint last;

  measure_lines (layout, tops, bottoms);
  last = max_lines < 0 ? bottoms->len - 1 : MIN ((guint) max_lines, bottoms->len) - 1;
  return g_array_index (bottoms, double, last) - g_array_index (tops, double, 0);
}

/* The baseline of line @line, from the top of the first line. */
static double
baseline_of (PangoLayout *layout,
             int          line)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int              top, baseline;

  pango_layout_iter_get_line_yrange (iter, &top, NULL);
  for (int i = 0; i < line; i++)
    pango_layout_iter_next_line (iter);
  baseline = pango_layout_iter_get_baseline (iter);
  pango_layout_iter_free (iter);
  return (double) (baseline - top) / PANGO_SCALE;
}

static LtBookBox *
text_box (PangoLayout    *layout,
          LtBookTextStyle style,
          int             first,
          int             n_lines,
          GArray         *tops,
          GArray         *bottoms,
          double          x,
          double          y)
{
  LtBookBox *box = box_new (LT_BOOK_BOX_TEXT, x, y, (double) pango_layout_get_width (layout) / PANGO_SCALE,
                            g_array_index (bottoms, double, first + n_lines - 1) -
                                g_array_index (tops, double, first));

  box->style = style;
  box->text = g_object_ref (layout);
  box->first_line = first;
  box->n_lines = n_lines;
  return box;
}

/* Places a whole text at @x, @y (for the cover and the contents). */
static LtBookBox *
place_text_at (Builder        *b,
               LtBookTextStyle style,
               const char     *text,
               double          x,
               double          y,
               double          width)
{
  g_autoptr (PangoLayout) layout = make_text (b, style, text, width);
  g_autoptr (GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  LtBookBox *box;

  measure_lines (layout, tops, bottoms);
  box = text_box (layout, style, 0, tops->len, tops, bottoms, x, y);
  add_content (b, box);
  return box;
}

/* How many lines from @first fit in the room left. */
static int
lines_fitting (Builder *b,
               GArray  *tops,
               GArray  *bottoms,
               int      first)
{
  double top = g_array_index (tops, double, first);
  int    fits = 0;

  while (first + fits < (int) bottoms->len &&
         g_array_index (bottoms, double, first + fits) - top <= room (b) + ROUNDING)
    fits++;
  return fits;
}

/* Flows @text down the column, going on on new pages at pango's own line
 * breaks; at least two lines stay on each side of a break. */
static void
flow_text (Builder        *b,
           LtBookTextStyle style,
           const char     *text,
           double          space_after)
{
  g_autoptr (PangoLayout) layout = make_text (b, style, text, b->width);
  g_autoptr (GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  int n, first = 0;

  measure_lines (layout, tops, bottoms);
  n = tops->len;
  while (first < n)
    {
      int fits = lines_fitting (b, tops, bottoms, first);

      if (fits < n - first)
        {
          if (fits < 2 && !b->fresh)
            {
              new_page (b);
              continue;
            }
          if (n - first - fits == 1 && fits > 2)
            fits--;
          fits = MAX (fits, 1);
        }
      add_content (b, text_box (layout, style, first, fits, tops, bottoms, b->x, b->y));
      first += fits;
      if (first < n)
        new_page (b);
    }
  b->y += space_after;
}

/* ---- photos ----------------------------------------------------------- */

static void
on_size_prepared_cb (GdkPixbufLoader *loader,
                     int              width,
                     int              height,
                     int             *size)
{
  size[0] = width;
  size[1] = height;
}

/* Feeds the photo's bytes to a loader only until it knows the size (the
 * header), as gdk_pixbuf_get_file_info does for a plain file. */
static gboolean
read_image_size (const LtBook *book,
                 const char   *path,
                 int          *width,
                 int          *height)
{
  g_autoptr (GBytes) bytes = lt_book_read_photo (book, path, NULL);
  g_autoptr (GdkPixbufLoader) loader = NULL;
  int           size[2] = { 0, 0 };
  gsize         length = 0, offset = 0;
  const guint8 *data;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared_cb), size);
  while (size[0] <= 0 && offset < length)
    {
      gsize n = MIN (4096, length - offset);

      if (!gdk_pixbuf_loader_write (loader, data + offset, n, NULL))
        break;
      offset += n;
    }
  gdk_pixbuf_loader_close (loader, NULL);
  *width = size[0];
  *height = size[1];
  return size[0] > 0 && size[1] > 0;
}

static FileSize
file_size (Builder           *b,
           const LtBookPhoto *photo)
{
  FileSize *size = g_hash_table_lookup (b->file_sizes, photo->path);

  if (size == NULL)
    {
      size = g_new0 (FileSize, 1);
      /* Reads the header only; a file it cannot make sense of becomes a
       * placeholder, and the book goes on.  A drawing has its own size. */
      if (photo->drawing != NULL)
        {
          /* As if it were a scan at 288 dpi: vectors are sharp at any size. */
          size->width = (int) (photo->drawing->width * 4);
          size->height = (int) (photo->drawing->height * 4);
        }
      else if (!read_image_size (b->book, photo->path, &size->width, &size->height))
        {
          g_debug ("Book: cannot read the photo “%s”; a placeholder goes in its place", photo->path);
          size->width = size->height = 0;
        }
      g_hash_table_insert (b->file_sizes, g_strdup (photo->path), size);
    }
  return *size;
}

static double
max_photo_height (Builder           *b,
                  const LtBookPhoto *photo)
{
  return b->self->height *
         (photo->drawing != NULL ? LT_BOOK_DRAWING_MAX_HEIGHT : LT_BOOK_PHOTO_MAX_HEIGHT);
}

/* The photo's box inside @max_width × @max_height, the way it is seen. */
static LtBookBox *
photo_box (Builder           *b,
           const LtBookPhoto *photo,
           double             max_width,
           double             max_height)
{
  FileSize   size = file_size (b, photo);
  gboolean   turned = photo->orientation >= 5 && photo->orientation <= 8;
  double     aspect = 0.5; /* a placeholder's height / width */
  double     width = max_width * 0.7, height;
  LtBookBox *box;

  if (size.width > 0)
    {
      aspect = turned ? (double) size.width / size.height : (double) size.height / size.width;
      width = max_width;
    }
  height = width * aspect;
  if (height > max_height)
    {
      height = max_height;
      width = height / aspect;
    }
  box = box_new (LT_BOOK_BOX_PHOTO, 0, 0, width, height);
  box->photo = photo;
  box->file_width = size.width;
  box->file_height = size.height;
  return box;
}

static double
caption_gap (Builder *b)
{
  return 0.55 * b->unit;
}

static double
photo_height_with_caption (Builder           *b,
                           const LtBookPhoto *photo,
                           double             width)
{
  LtBookBox *box = photo_box (b, photo, width, max_photo_height (b, photo));
  double     height = box->height;

  box_free (box);
  if (has_text (photo->caption))
    height += caption_gap (b) + text_height (b, LT_BOOK_TEXT_CAPTION, photo->caption, width, -1);
  return height;
}

/* Whether @box printed @width points wide is still at most 300 dpi. */
static gboolean
shrinks_sharp (const LtBookBox *box,
               double           width)
{
  gboolean turned = box->photo->orientation >= 5 && box->photo->orientation <= 8;
  int      pixels = turned ? box->file_height : box->file_width;

  return pixels <= 0 || pixels / (width / 72.0) <= 300.0;
}

static void
place_photo (Builder           *b,
             const LtBookPhoto *photo)
{
  LtBookBox *box = photo_box (b, photo, b->width, max_photo_height (b, photo));
  double     gap = 0.9 * b->unit;
  double     caption = photo_height_with_caption (b, photo, b->width) - box->height;
  double     fits = room (b) - gap - caption;

  /* A photo that nearly fits is made a little smaller rather than leave
   * a gap, as long as it stays at most 300 dpi: shrinking a photo made
   * for print (a rendition) would otherwise mean decoding and scaling it
   * again at export.  One that does not fit goes, with its caption, on
   * the next page: never split. */
  if (box->height > fits && fits >= MIN_PHOTO_SHRINK * box->height && !b->fresh &&
      shrinks_sharp (box, box->width * fits / box->height))
    {
      box->width *= fits / box->height;
      box->height = fits;
    }
  keep_together (b, gap + box->height + caption);
  if (!b->fresh)
    b->y += gap;
  box->x = b->x + (b->width - box->width) / 2;
  box->y = b->y;
  add_content (b, box);
  if (has_text (photo->caption))
    {
      b->y += caption_gap (b);
      flow_text (b, LT_BOOK_TEXT_CAPTION, photo->caption, 0);
    }
  b->y += 1.2 * b->unit;
}

/* ---- entries ---------------------------------------------------------- */

static const char *
author_label (LtBookAuthor author)
{
  switch (author)
    {
    case LT_BOOK_AUTHOR_CHILD:
      /* Translators: over the pages the child wrote, in the printed book */
      return _ ("In my own words");
    case LT_BOOK_AUTHOR_TOGETHER:
      /* Translators: over pages the child and an adult wrote together */
      return _ ("Written together");
    case LT_BOOK_AUTHOR_ADULT:
    default:
      return NULL;
    }
}

/* Paragraphs are separated by blank lines; lone line breaks stay. */
static GPtrArray *
split_paragraphs (const char *text)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) parts = g_regex_split_simple ("\\n[ \\t]*\\n", text != NULL ? text : "", 0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *paragraph = g_strstrip (g_strdup (parts[i]));

      if (*paragraph != '\0')
        g_ptr_array_add (paragraphs, paragraph);
      else
        g_free (paragraph);
    }
  return paragraphs;
}

static LtBookTextStyle
label_style (const LtBookEntry *entry)
{
  return entry->author == LT_BOOK_AUTHOR_CHILD ? LT_BOOK_TEXT_CHILD_LABEL : LT_BOOK_TEXT_TOGETHER_LABEL;
}

static LtBookTextStyle
body_style (const LtBookEntry *entry)
{
  return entry->author == LT_BOOK_AUTHOR_CHILD ? LT_BOOK_TEXT_CHILD_BODY : LT_BOOK_TEXT_BODY;
}

/* The heading and the first two lines (or the first photo) below it. */
static double
entry_opening_height (Builder           *b,
                      const LtBookEntry *entry,
                      GPtrArray         *paragraphs)
{
  const char *label = author_label (entry->author);
  double      width = b->width;
  double      height = 0;

  if (label != NULL)
    height += text_height (b, label_style (entry), label, width, -1) + 0.45 * b->unit;
  if (has_text (entry->title))
    height += text_height (b, LT_BOOK_TEXT_ENTRY_TITLE, entry->title, width, -1) + 0.2 * b->unit;
  if (has_text (entry->date_text))
    height += text_height (b, LT_BOOK_TEXT_DATE, entry->date_text, width, -1);
  height += 0.8 * b->unit;
  if (paragraphs->len > 0)
    height += text_height (b, body_style (entry), g_ptr_array_index (paragraphs, 0), width, 2);
  else if (entry->photos->len > 0)
    height += photo_height_with_caption (b, g_ptr_array_index (entry->photos, 0), width);
  return height;
}

static void
begin_block (Builder *b)
{
  b->in_block = TRUE;
  open_block_segment (b);
}

static void
end_block (Builder *b)
{
  close_block_segment (b);
  b->in_block = FALSE;
  b->y = b->last_bottom + block_padding (b);
  b->last_bottom = b->y;
}

static void
place_heading (Builder           *b,
               const LtBookEntry *entry)
{
  const char *label = author_label (entry->author);

  if (label != NULL)
    flow_text (b, label_style (entry), label, 0.45 * b->unit);
  if (has_text (entry->title))
    flow_text (b, LT_BOOK_TEXT_ENTRY_TITLE, entry->title, 0.2 * b->unit);
  if (has_text (entry->date_text))
    flow_text (b, LT_BOOK_TEXT_DATE, entry->date_text, 0);
  b->y += 0.8 * b->unit;
}

/* Three dots between entries, where the next one can start below them;
 * the space after the last paragraph or photo gives way to the dots'. */
static void
place_ornament (Builder *b)
{
  double height = 0.5 * b->unit;
  double gap = 1.5 * b->unit;

  b->y = b->last_bottom + gap;
  if (room (b) < height + gap + 5 * b->unit)
    return;
  add_box (b, box_new (LT_BOOK_BOX_ORNAMENT, b->x, b->y, b->width, height));
  b->y += height + gap;
}

static void
layout_entry (Builder           *b,
              const LtBookEntry *entry,
              gboolean           last)
{
  g_autoptr (GPtrArray) paragraphs = split_paragraphs (entry->text);
  gboolean child = entry->author == LT_BOOK_AUTHOR_CHILD;

  keep_together (b, entry_opening_height (b, entry, paragraphs) + (child ? 2 * block_padding (b) : 0));
  if (child)
    begin_block (b);

  place_heading (b, entry);
  for (guint i = 0; i < paragraphs->len; i++)
    flow_text (b, body_style (entry), g_ptr_array_index (paragraphs, i), 0.75 * b->unit);
  for (guint i = 0; i < entry->photos->len; i++)
    place_photo (b, g_ptr_array_index (entry->photos, i));
  if (child)
    end_block (b);
  if (!last)
    place_ornament (b);
}

/* ---- the book's parts ------------------------------------------------- */

static void
add_thread (Builder *b,
            double   x,
            double   y,
            double   width,
            double   height)
{
  add_box (b, box_new (LT_BOOK_BOX_THREAD, x, y, width, height));
}

static void
layout_cover (Builder *b)
{
  LtBookLayout *self = b->self;
  const LtBook *book = b->book;
  LtBookBox    *box;
  double        frame = LT_BOOK_COVER_FRAME;
  double        area_top, area_bottom;

  new_page (b);
  add_box (b, box_new (LT_BOOK_BOX_BACKGROUND, 0, 0, self->width, self->height));
  box = place_text_at (b, LT_BOOK_TEXT_COVER_TITLE, book->title, self->margin_x,
                       self->height * (book->cover != NULL ? 0.085 : 0.3), text_width (b));
  if (has_text (book->subtitle))
    box = place_text_at (b, LT_BOOK_TEXT_COVER_SUBTITLE, book->subtitle, self->margin_x,
                         box->y + box->height + 0.9 * b->unit, text_width (b));

  add_thread (b, 0, self->height * 0.845, self->width, self->height * 0.07);
  if (book->cover == NULL)
    return;

  /* The photo, framed like a print, fills the space between. */
  area_top = box->y + box->height + 2.5 * b->unit + frame;
  area_bottom = self->height * 0.81 - frame;
  box = photo_box (b, book->cover, text_width (b) - 2 * frame, area_bottom - area_top);
  box->x = (self->width - box->width) / 2;
  box->y = area_top + (area_bottom - area_top - box->height) / 2;
  box->on_cover = TRUE;
  add_content (b, box);
}

/* One line of the contents; returns the layout its page number goes in. */
static PangoLayout *
layout_contents_line (Builder             *b,
                      const LtBookChapter *chapter)
{
  double         number_width = 3 * b->unit;
  double         indent = 1.6 * b->unit;
  double         width = text_width (b) - indent - number_width - 2 * b->unit;
  double         bullet = 0.65 * b->unit;
  LtBookBox     *title, *number, *leader;
  PangoRectangle end;
  double         baseline, middle;
  int            last;

  keep_together (b, text_height (b, LT_BOOK_TEXT_CONTENTS_CHAPTER, chapter->title, width, -1));
  title = place_text_at (b, LT_BOOK_TEXT_CONTENTS_CHAPTER, chapter->title, b->x + indent, b->y, width);
  last = pango_layout_get_line_count (title->text) - 1;
  baseline = title->y + baseline_of (title->text, last);

  /* The number sits on the same baseline as the title's last line. */
  number = place_text_at (b, LT_BOOK_TEXT_CONTENTS_PAGE, "0", b->x + text_width (b) - number_width, 0, number_width);
  number->y = baseline - baseline_of (number->text, 0);
  b->y = title->y + title->height;

  /* The dots run from the end of the title's last line to the number. */
  pango_layout_line_get_extents (pango_layout_get_line_readonly (title->text, last), NULL, &end);
  leader = box_new (LT_BOOK_BOX_LEADER, title->x + (double) (end.x + end.width) / PANGO_SCALE + 0.7 * b->unit,
                    baseline - 0.2 * b->unit, 0, 0.2 * b->unit);
  leader->width = number->x + number_width - 2.4 * b->unit - leader->x;
  add_box (b, leader);

  /* A dot in the chapter's colour, centred on the first line's
   * lower-case letters (about 0.36 em above the baseline). */
  middle = title->y + baseline_of (title->text, 0) - 0.36 * styles[LT_BOOK_TEXT_CONTENTS_CHAPTER].size * b->type_scale;
  add_box (b, box_new (LT_BOOK_BOX_BULLET, b->x, middle - bullet / 2, bullet, bullet));
  b->y += 1.2 * b->unit;
  return number->text;
}

static GPtrArray *
layout_contents (Builder *b)
{
  GPtrArray *numbers = g_ptr_array_new ();

  new_page (b);
  /* Translators: the title of the book's table of contents */
  flow_text (b, LT_BOOK_TEXT_CONTENTS_TITLE, _ ("Contents"), 0.5 * b->unit);
  add_thread (b, b->x, b->y, MIN (170, text_width (b) * 0.4), 1.2 * b->unit);
  b->y += 4.5 * b->unit;
  for (guint i = 0; i < b->book->chapters->len; i++)
    {
      b->accent = i;
      g_ptr_array_add (numbers, layout_contents_line (b, g_ptr_array_index (b->book->chapters, i)));
    }
  b->accent = 0;
  return numbers;
}

static void
layout_chapter (Builder             *b,
                const LtBookChapter *chapter,
                guint                index)
{
  /* Translators: over a chapter's title in the printed book; set in
   * capitals. %u is the chapter's number */
  g_autofree char *number = g_strdup_printf (_ ("Chapter %u"), index + 1);
  guint            page;

  b->accent = index;
  new_page (b);
  page = b->self->pages->len - 1;
  g_array_append_val (b->self->chapter_pages, page);

  b->y += 2.5 * b->unit;
  flow_text (b, LT_BOOK_TEXT_CHAPTER_NUMBER, number, 0.5 * b->unit);
  flow_text (b, LT_BOOK_TEXT_CHAPTER_TITLE, chapter->title, 0.6 * b->unit);
  add_thread (b, b->x, b->y, MIN (170, text_width (b) * 0.4), 1.2 * b->unit);
  b->y += 4 * b->unit;
  for (guint i = 0; i < chapter->entries->len; i++)
    layout_entry (b, g_ptr_array_index (chapter->entries, i), i + 1 == chapter->entries->len);
}

static void
number_pages (Builder *b)
{
  LtBookLayout *self = b->self;

  for (guint i = 1; i < self->pages->len; i++)
    {
      LtBookLayoutPage *page = g_ptr_array_index (self->pages, i);
      g_autofree char  *number = g_strdup_printf ("%u", i + 1);
      g_autoptr (PangoLayout) layout = make_text (b, LT_BOOK_TEXT_PAGE_NUMBER, number, 6 * b->unit);
      g_autoptr (GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr (GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));
      LtBookBox *box;

      measure_lines (layout, tops, bottoms);
      box = text_box (layout, LT_BOOK_TEXT_PAGE_NUMBER, 0, 1, tops, bottoms, (self->width - 6 * b->unit) / 2, 0);
      box->y = self->height - self->bottom / 2 - box->height / 2;
      box->accent = page->accent;
      page->number = i + 1;
      g_ptr_array_add (page->boxes, box);
    }
}

static PangoContext *
make_context (void)
{
  PangoContext         *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Metrics that do not depend on hinting: the layout measured here is
   * the one painted into the PDF, at any resolution. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("da"));
  cairo_font_options_destroy (options);
  return context;
}

static void
set_paper (LtBookLayout *self,
           LtBookPaper   paper)
{
  self->paper = paper;
  switch (paper)
    {
    case LT_BOOK_PAPER_A5:
      self->width = 419.53;
      self->height = 595.28;
      self->margin_x = 46;
      self->top = 48;
      self->bottom = 58;
      break;
    case LT_BOOK_PAPER_A4:
    default:
      self->width = 595.28;
      self->height = 841.89;
      /* A text width of 6.49 in: what print renditions are made for at
       * import (LT_PHOTO_PRINT_WIDTH), so they pass straight through. */
      self->margin_x = 64;
      self->top = 66;
      self->bottom = 76;
      break;
    }
}

/* ---- public API ------------------------------------------------------- */

/**
 * lt_book_layout_new:
 * @book: the snapshot; borrowed, and must outlive the layout (photo boxes
 *   point into it)
 *
 * Lays out @book: page 0 is the cover, then the contents, then each
 * chapter from a new page.  Reads the photos' headers for their sizes.
 * Safe on a worker thread.
 *
 * Returns: (transfer full): the layout
 */
LtBookLayout *
lt_book_layout_new (const LtBook *book)
{
  LtBookLayout *self = g_new0 (LtBookLayout, 1);
  Builder       b = { 0 };
  g_autoptr (GPtrArray) numbers = NULL;

  g_return_val_if_fail (book != NULL, NULL);

  set_paper (self, book->paper);
  self->context = make_context ();
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  self->chapter_pages = g_array_new (FALSE, FALSE, sizeof (guint));

  b.self = self;
  b.book = book;
  b.type_scale = book->paper == LT_BOOK_PAPER_A5 ? 0.86 : 1;
  b.unit = styles[LT_BOOK_TEXT_BODY].size * b.type_scale;
  b.x = self->margin_x;
  b.width = text_width (&b);
  b.file_sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  layout_cover (&b);
  numbers = layout_contents (&b);
  for (guint i = 0; i < book->chapters->len; i++)
    layout_chapter (&b, g_ptr_array_index (book->chapters, i), i);

  /* The contents' page numbers are known only now; the lines were laid
   * out with room for them. */
  for (guint i = 0; i < numbers->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", g_array_index (self->chapter_pages, guint, i) + 1);

      pango_layout_set_text (g_ptr_array_index (numbers, i), number, -1);
    }
  number_pages (&b);
  g_hash_table_unref (b.file_sizes);
  return self;
}

void
lt_book_layout_free (LtBookLayout *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->pages);
  g_array_unref (self->chapter_pages);
  g_object_unref (self->context);
  g_free (self);
}

guint
lt_book_layout_get_n_pages (const LtBookLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

/* Returns: (transfer none): page @index, 0 being the cover */
const LtBookLayoutPage *
lt_book_layout_get_page (const LtBookLayout *self,
                         guint               index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);

  return g_ptr_array_index (self->pages, index);
}

/**
 * lt_book_layout_dup_page_text:
 *
 * The text on page @index in painting order, one line per line set.
 *
 * Returns: (transfer full): the text
 */
char *
lt_book_layout_dup_page_text (const LtBookLayout *self,
                              guint               index)
{
  const LtBookLayoutPage *page = lt_book_layout_get_page (self, index);
  GString                *text = g_string_new (NULL);

  for (guint i = 0; page != NULL && i < page->boxes->len; i++)
    {
      const LtBookBox *box = g_ptr_array_index (page->boxes, i);
      const char      *all;

      if (box->kind != LT_BOOK_BOX_TEXT)
        continue;
      all = pango_layout_get_text (box->text);
      for (int l = box->first_line; l < box->first_line + box->n_lines; l++)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (box->text, l);

          g_string_append_len (text, all + line->start_index, line->length);
          g_string_append_c (text, '\n');
        }
    }
  return g_string_free (text, FALSE);
}
