/* lt-book-pdf.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Painting a laid-out life-story book onto a cairo PDF surface, with its
 * photos, and writing the file atomically.
 *
 * Photos: a JPEG of at most 300 dpi at its printed size goes into the PDF
 * unchanged (cairo's JPEG mime data on a blank image surface of the same
 * size: nothing is decoded).  Anything larger, or not a JPEG, is decoded
 * once at 300 dpi and stored as a JPEG of quality 85 the same way; an
 * image with real transparency is stored losslessly.  A photo placed
 * twice (the cover is usually one of the book's photos) is stored once.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lt-cairo-shapes.h"
#include "lt-book-layout.h"
#include "lt-book-pdf.h"
#include "lt-book-rendition.h"

#define POINTS_PER_INCH 72.0
#define MM_PER_POINT (25.4 / 72.0)

typedef struct
{
  double red, green, blue;
} Color;

/* Warm and calm: ink that is not black, paper that is not white. */
static const Color ink = { 0.23, 0.19, 0.18 };
static const Color dim = { 0.48, 0.43, 0.41 };
static const Color paper = { 0.99, 0.96, 0.92 };
static const Color thread = { 0.85, 0.30, 0.25 };
static const Color child_tint = { 1.00, 0.95, 0.84 };
static const Color child_bar = { 0.96, 0.69, 0.24 };
static const Color child_ink = { 0.36, 0.24, 0.13 };
static const Color child_label = { 0.70, 0.42, 0.09 };
static const Color placeholder = { 0.95, 0.93, 0.90 };
static const Color placeholder_line = { 0.83, 0.79, 0.75 };

/* One colour per chapter, in turn: strong for text, soft for shapes. */
static const Color accent_strong[] = {
  { 0.78, 0.33, 0.24 }, /* coral */
  { 0.18, 0.49, 0.48 }, /* teal */
  { 0.66, 0.45, 0.10 }, /* ochre */
  { 0.24, 0.44, 0.66 }, /* blue */
  { 0.54, 0.31, 0.55 }, /* plum */
  { 0.31, 0.54, 0.24 }, /* green */
};
static const Color accent_soft[] = {
  { 0.94, 0.54, 0.43 },
  { 0.42, 0.72, 0.70 },
  { 0.95, 0.70, 0.24 },
  { 0.50, 0.65, 0.84 },
  { 0.75, 0.55, 0.76 },
  { 0.55, 0.76, 0.45 },
};

typedef struct
{
  double widest; /* points across the file's own pixels */
  guint  uses;
} PhotoUse;

struct _LtBookPages
{
  LtBookLayout    *layout;
  GHashTable      *renditions; /* path → Rendition, while pages need it */
  GHashTable      *uses;       /* path → PhotoUse */
  GHashTable      *placed;     /* paths already in the PDF (for the report) */
  LtBookPdfReport *report;     /* nullable: filled in while writing */
  LtSecret        *media_key;  /* nullable: the book's, copied */
};

typedef struct
{
  int fd;
  int saved_errno;
} Sink;

/* ---- colours and shapes ----------------------------------------------- */

static void
set_color (cairo_t     *cr,
           const Color *color,
           double       alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

static const Color *
strong (guint accent)
{
  return &accent_strong[accent % G_N_ELEMENTS (accent_strong)];
}

static const Color *
soft (guint accent)
{
  return &accent_soft[accent % G_N_ELEMENTS (accent_soft)];
}

static void
circle (cairo_t *cr,
        double   x,
        double   y,
        double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
}

/* A soft shadow under a rounded shape: a few widening, faint layers. */
static void
paint_shadow (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  for (int i = 4; i >= 1; i--)
    {
      lt_cairo_rounded_rectangle (cr, x - i * 0.6, y - i * 0.6 + 2.2, width + i * 1.2, height + i * 1.2, radius + i);
      cairo_set_source_rgba (cr, 0.35, 0.22, 0.12, 0.035);
      cairo_fill (cr);
    }
}

/* ---- text ------------------------------------------------------------- */

static const Color *
text_color (const LtBookBox *box)
{
  switch (box->style)
    {
    case LT_BOOK_TEXT_CHAPTER_NUMBER:
    case LT_BOOK_TEXT_CONTENTS_PAGE:
    case LT_BOOK_TEXT_DATE:
      return strong (box->accent);
    case LT_BOOK_TEXT_COVER_TITLE:
      return &accent_strong[0];
    case LT_BOOK_TEXT_TOGETHER_LABEL:
      return &accent_strong[1];
    case LT_BOOK_TEXT_CHILD_LABEL:
      return &child_label;
    case LT_BOOK_TEXT_CHILD_BODY:
      return &child_ink;
    case LT_BOOK_TEXT_COVER_SUBTITLE:
    case LT_BOOK_TEXT_CAPTION:
    case LT_BOOK_TEXT_PAGE_NUMBER:
      return &dim;
    case LT_BOOK_TEXT_CONTENTS_TITLE:
    case LT_BOOK_TEXT_CONTENTS_CHAPTER:
    case LT_BOOK_TEXT_CHAPTER_TITLE:
    case LT_BOOK_TEXT_ENTRY_TITLE:
    case LT_BOOK_TEXT_BODY:
    case LT_BOOK_N_TEXT_STYLES:
    default:
      return &ink;
    }
}

/* Shows the box's lines of its layout, each on its own baseline: the
 * same lines the layout measured, so a split paragraph loses nothing. */
static void
paint_text (cairo_t         *cr,
            const LtBookBox *box)
{
  PangoLayoutIter *iter = pango_layout_get_iter (box->text);
  int              top = 0;
  int              line = 0;

  set_color (cr, text_color (box), 1);
  do
    {
      PangoRectangle logical;

      if (line == box->first_line)
        pango_layout_iter_get_line_yrange (iter, &top, NULL);
      if (line >= box->first_line)
        {
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, box->x + (double) logical.x / PANGO_SCALE,
                         box->y + (double) (pango_layout_iter_get_baseline (iter) - top) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (line < box->first_line + box->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* ---- decorations ------------------------------------------------------ */

/* The red thread of a life ("den røde tråd"): a gentle wave. */
static void
paint_thread (cairo_t         *cr,
              const LtBookBox *box,
              gboolean         with_heart)
{
  double mid = box->y + box->height / 2;
  double w = box->width, h = box->height;
  double x = box->x;

  cairo_save (cr);
  set_color (cr, &thread, 0.9);
  cairo_set_line_width (cr, with_heart ? 2.6 : 2.2);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, x, mid);
  cairo_curve_to (cr, x + w * 0.2, mid - h * 0.6, x + w * 0.32, mid + h * 0.6, x + w * 0.5, mid);
  cairo_curve_to (cr, x + w * 0.68, mid - h * 0.6, x + w * 0.8, mid + h * 0.5, x + w, mid - h * 0.1);
  cairo_stroke (cr);
  if (with_heart)
    {
      /* A small heart tied into the thread. */
      double hx = x + w * 0.74, hy = mid - h * 0.05, s = h * 0.32;

      cairo_move_to (cr, hx, hy + s * 0.9);
      cairo_curve_to (cr, hx - s * 1.4, hy - s * 0.1, hx - s * 0.7, hy - s * 1.2, hx, hy - s * 0.45);
      cairo_curve_to (cr, hx + s * 0.7, hy - s * 1.2, hx + s * 1.4, hy - s * 0.1, hx, hy + s * 0.9);
      cairo_fill (cr);
    }
  else
    {
      circle (cr, x + w + 4, mid - h * 0.1, 2.6);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* The cover's paper, with a few soft dots of colour like confetti. */
static void
paint_background (cairo_t         *cr,
                  const LtBookBox *box)
{
  static const struct
  {
    double x, y, r;
    guint  accent;
  } dots[] = {
    /* Clear of the title, the photo and the thread. */
    { 0.08, 0.05, 0.055, 2 },
    { 0.93, 0.09, 0.08, 1 },
    { 0.80, 0.03, 0.025, 0 },
    { 0.21, 0.14, 0.018, 3 },
    { 0.03, 0.40, 0.02, 1 },
    { 0.975, 0.47, 0.028, 0 },
    { 0.05, 0.79, 0.03, 3 },
    { 0.96, 0.80, 0.04, 5 },
    { 0.13, 0.94, 0.06, 4 },
    { 0.86, 0.955, 0.035, 2 },
    { 0.52, 0.975, 0.015, 1 },
  };

  set_color (cr, &paper, 1);
  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  cairo_fill (cr);
  for (guint i = 0; i < G_N_ELEMENTS (dots); i++)
    {
      circle (cr, box->x + dots[i].x * box->width, box->y + dots[i].y * box->height, dots[i].r * box->width);
      set_color (cr, soft (dots[i].accent), 0.3);
      cairo_fill (cr);
    }
}

/* The child's own words: a warm block with a bar down its left edge. */
static void
paint_block (cairo_t         *cr,
             const LtBookBox *box)
{
  cairo_save (cr);
  lt_cairo_rounded_rectangle (cr, box->x, box->y, box->width, box->height, 12);
  set_color (cr, &child_tint, 1);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  cairo_rectangle (cr, box->x, box->y, 5, box->height);
  set_color (cr, &child_bar, 1);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* A page number sits on a soft dot in the chapter's colour. */
static void
paint_number_dot (cairo_t         *cr,
                  const LtBookBox *box)
{
  circle (cr, box->x + box->width / 2, box->y + box->height / 2, box->height * 0.95);
  set_color (cr, soft (box->accent), 0.28);
  cairo_fill (cr);
}

static void
paint_leader (cairo_t         *cr,
              const LtBookBox *box)
{
  double dash[] = { 0, 4.5 };

  if (box->width <= 0)
    return;
  cairo_save (cr);
  set_color (cr, &placeholder_line, 1);
  cairo_set_line_width (cr, 1.3);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, box->x, box->y + box->height / 2);
  cairo_line_to (cr, box->x + box->width, box->y + box->height / 2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
paint_ornament (cairo_t         *cr,
                const LtBookBox *box)
{
  double mid = box->x + box->width / 2;
  double r = box->height / 2;

  for (int i = -1; i <= 1; i++)
    {
      circle (cr, mid + i * r * 5, box->y + r, r);
      set_color (cr, soft (box->accent + i + 1), 0.85);
      cairo_fill (cr);
    }
}

static void
paint_bullet (cairo_t         *cr,
              const LtBookBox *box)
{
  circle (cr, box->x + box->width / 2, box->y + box->height / 2, box->width / 2);
  set_color (cr, soft (box->accent), 1);
  cairo_fill (cr);
}

/* ---- photos: painting ------------------------------------------------- */

static gboolean
turned (const LtBookPhoto *photo)
{
  return photo->orientation >= 5 && photo->orientation <= 8;
}

/* The box's width across the file's own pixels (before turning). */
static double
file_print_width (const LtBookBox *box)
{
  return turned (box->photo) ? box->height : box->width;
}

/* Sets @matrix so that the file's pixels, scaled to fill a @width ×
 * @height box at 0, 0 (turned), appear the right way up: EXIF
 * orientation as a transform, as the JPEG itself is never decoded. */
static void
orientation_matrix (int             orientation,
                    double          width,
                    double          height,
                    cairo_matrix_t *matrix)
{
  switch (orientation)
    {
    case 2: /* mirrored */
      cairo_matrix_init (matrix, -1, 0, 0, 1, width, 0);
      break;
    case 3: /* upside down */
      cairo_matrix_init (matrix, -1, 0, 0, -1, width, height);
      break;
    case 4: /* mirrored upside down */
      cairo_matrix_init (matrix, 1, 0, 0, -1, 0, height);
      break;
    case 5: /* mirrored, turned left */
      cairo_matrix_init (matrix, 0, 1, 1, 0, 0, 0);
      break;
    case 6: /* turned right */
      cairo_matrix_init (matrix, 0, 1, -1, 0, width, 0);
      break;
    case 7: /* mirrored, turned right */
      cairo_matrix_init (matrix, 0, -1, -1, 0, width, height);
      break;
    case 8: /* turned left */
      cairo_matrix_init (matrix, 0, -1, 1, 0, 0, height);
      break;
    default:
      cairo_matrix_init_identity (matrix);
    }
}

/* Each photo's widest print and number of placements: it is read (and
 * scaled) once, for the size it needs most, and let go after its last
 * page. */
static void
count_photo_uses (LtBookPages *self)
{
  for (guint p = 0; p < self->layout->pages->len; p++)
    {
      const LtBookLayoutPage *page = g_ptr_array_index (self->layout->pages, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          const LtBookBox *box = g_ptr_array_index (page->boxes, i);
          PhotoUse        *use;

          if (box->kind != LT_BOOK_BOX_PHOTO || box->photo->drawing != NULL)
            continue;
          use = g_hash_table_lookup (self->uses, box->photo->path);
          if (use == NULL)
            {
              use = g_new0 (PhotoUse, 1);
              g_hash_table_insert (self->uses, g_strdup (box->photo->path), use);
            }
          use->widest = MAX (use->widest, file_print_width (box));
          use->uses++;
        }
    }
}

static LtBookRendition *
get_rendition (LtBookPages     *self,
               const LtBookBox *box)
{
  LtBookRendition *rendition = g_hash_table_lookup (self->renditions, box->photo->path);
  PhotoUse        *use = g_hash_table_lookup (self->uses, box->photo->path);

  if (rendition == NULL)
    {
      rendition = lt_book_rendition_new (box, self->media_key, use->widest);
      g_hash_table_insert (self->renditions, g_strdup (box->photo->path), rendition);
    }
  /* Pages may be painted again, or out of order, when printing. */
  if (rendition->uses_left == 0)
    rendition->uses_left = use->uses;
  rendition->uses_left--;
  return rendition;
}

/* Lets go of the photos no page still to come needs.  Called before a
 * page is painted, so the last page's photos lived until it was shown:
 * cairo reads their JPEG bytes only then. */
static void
release_renditions (LtBookPages *self)
{
  GHashTableIter   iter;
  LtBookRendition *rendition;

  g_hash_table_iter_init (&iter, self->renditions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &rendition))
    if (rendition->uses_left == 0)
      g_hash_table_iter_remove (&iter);
}

/* A quiet stand-in for a photo that cannot be read: a framed picture of
 * hills and a sun, and a word for the grown-up making the book. */
static void
paint_placeholder (LtBookPages     *self,
                   cairo_t         *cr,
                   const LtBookBox *box)
{
  double s = MIN (box->width, box->height) * 0.16;
  double cx = box->x + box->width / 2, cy = box->y + box->height / 2 - s * 0.4;
  double dash[] = { 5, 4 };
  g_autoptr (PangoLayout) note = pango_layout_new (self->layout->context);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("DejaVu Serif Italic");
  int note_width;

  cairo_save (cr);
  lt_cairo_rounded_rectangle (cr, box->x, box->y, box->width, box->height, 8);
  set_color (cr, &placeholder, 1);
  cairo_fill_preserve (cr);
  set_color (cr, &placeholder_line, 1);
  cairo_set_line_width (cr, 1.2);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  circle (cr, cx + s * 0.9, cy - s * 0.5, s * 0.32);
  cairo_move_to (cr, cx - s * 1.5, cy + s * 0.8);
  cairo_line_to (cr, cx - s * 0.5, cy - s * 0.2);
  cairo_line_to (cr, cx + s * 0.2, cy + s * 0.4);
  cairo_line_to (cr, cx + s * 0.7, cy);
  cairo_line_to (cr, cx + s * 1.5, cy + s * 0.8);
  cairo_close_path (cr);
  cairo_fill (cr);

  pango_font_description_set_absolute_size (font, 9 * PANGO_SCALE);
  pango_layout_set_font_description (note, font);
  pango_layout_set_text (note, _ ("This photo could not be read"), -1);
  pango_layout_get_size (note, &note_width, NULL);
  set_color (cr, &dim, 1);
  cairo_move_to (cr, cx - (double) note_width / PANGO_SCALE / 2, cy + s * 1.3);
  pango_cairo_show_layout (cr, note);
  cairo_restore (cr);
}

static void
paint_image (cairo_t         *cr,
             const LtBookBox *box,
             LtBookRendition *rendition)
{
  cairo_surface_t *surface = lt_book_rendition_surface_for (rendition, cr);
  cairo_matrix_t   matrix;
  double           file_width = file_print_width (box);
  double           file_height = turned (box->photo) ? box->width : box->height;

  if (surface == NULL)
    return;
  cairo_save (cr);
  cairo_translate (cr, box->x, box->y);
  orientation_matrix (box->photo->orientation, box->width, box->height, &matrix);
  cairo_transform (cr, &matrix);
  cairo_scale (cr, file_width / rendition->width, file_height / rendition->height);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* The cover photo is a print lying on the paper: a white border, a
 * shadow, a small tilt. */
static void
paint_cover_photo (cairo_t         *cr,
                   const LtBookBox *box,
                   LtBookRendition *rendition)
{
  double frame = LT_BOOK_COVER_FRAME;
  double cx = box->x + box->width / 2, cy = box->y + box->height / 2;

  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_rotate (cr, -2.0 * G_PI / 180);
  cairo_translate (cr, -cx, -cy);
  paint_shadow (cr, box->x - frame, box->y - frame, box->width + 2 * frame, box->height + 2 * frame, 4);
  lt_cairo_rounded_rectangle (cr, box->x - frame, box->y - frame, box->width + 2 * frame, box->height + 2 * frame, 4);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  lt_cairo_rounded_rectangle (cr, box->x, box->y, box->width, box->height, 2);
  cairo_clip (cr);
  paint_image (cr, box, rendition);
  cairo_restore (cr);
}

static void
paint_photo_in_page (cairo_t         *cr,
                     const LtBookBox *box,
                     LtBookRendition *rendition)
{
  double radius = 7;

  paint_shadow (cr, box->x, box->y, box->width, box->height, radius);
  cairo_save (cr);
  lt_cairo_rounded_rectangle (cr, box->x, box->y, box->width, box->height, radius);
  cairo_clip (cr);
  paint_image (cr, box, rendition);
  cairo_restore (cr);
}

static void
report_photo (LtBookPages     *self,
              const LtBookBox *box,
              LtBookRendition *rendition,
              guint            page)
{
  LtBookPhotoReport *entry = g_new0 (LtBookPhotoReport, 1);
  gboolean           turn = turned (box->photo);

  entry->path = g_strdup (box->photo->path);
  entry->page = page + 1;
  entry->width_mm = box->width * MM_PER_POINT;
  entry->height_mm = box->height * MM_PER_POINT;
  entry->readable = rendition->surface != NULL;
  if (entry->readable)
    {
      entry->passed_through = rendition->passed_through;
      entry->downscaled = rendition->downscaled;
      entry->pixel_width = turn ? rendition->height : rendition->width;
      entry->pixel_height = turn ? rendition->width : rendition->height;
      entry->dpi = entry->pixel_width / (box->width / POINTS_PER_INCH);
      if (g_hash_table_add (self->placed, g_strdup (box->photo->path)))
        entry->bytes = rendition->bytes;
    }
  else
    g_debug ("Book: “%s” on page %u is a placeholder", box->photo->path, page + 1);
  g_ptr_array_add (self->report->photos, entry);
}

/* A drawing is painted as vectors, scaled into its box. */
static void
paint_drawing (cairo_t         *cr,
               const LtBookBox *box)
{
  const LtBookDrawing *drawing = box->photo->drawing;

  cairo_save (cr);
  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  cairo_clip (cr);
  cairo_translate (cr, box->x, box->y);
  cairo_scale (cr, box->width / drawing->width, box->height / drawing->height);
  drawing->draw (cr, drawing->data);
  cairo_restore (cr);
}

static void
paint_photo (LtBookPages     *self,
             cairo_t         *cr,
             const LtBookBox *box,
             guint            page)
{
  LtBookRendition *rendition;

  if (box->photo->drawing != NULL)
    {
      paint_drawing (cr, box);
      return;
    }
  rendition = get_rendition (self, box);

  if (self->report != NULL)
    report_photo (self, box, rendition, page);
  if (rendition->surface == NULL)
    paint_placeholder (self, cr, box);
  else if (box->on_cover)
    paint_cover_photo (cr, box, rendition);
  else
    paint_photo_in_page (cr, box, rendition);
}

/* ---- pages ------------------------------------------------------------ */

static void
paint_box (LtBookPages     *self,
           cairo_t         *cr,
           const LtBookBox *box,
           guint            page)
{
  switch (box->kind)
    {
    case LT_BOOK_BOX_TEXT:
      if (box->style == LT_BOOK_TEXT_PAGE_NUMBER)
        paint_number_dot (cr, box);
      paint_text (cr, box);
      break;
    case LT_BOOK_BOX_PHOTO:
      paint_photo (self, cr, box, page);
      break;
    case LT_BOOK_BOX_BLOCK:
      paint_block (cr, box);
      break;
    case LT_BOOK_BOX_THREAD:
      paint_thread (cr, box, page == 0);
      break;
    case LT_BOOK_BOX_LEADER:
      paint_leader (cr, box);
      break;
    case LT_BOOK_BOX_ORNAMENT:
      paint_ornament (cr, box);
      break;
    case LT_BOOK_BOX_BULLET:
      paint_bullet (cr, box);
      break;
    case LT_BOOK_BOX_BACKGROUND:
      paint_background (cr, box);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Bookmarks for each chapter, for reading on a screen. */
static void
add_outline (cairo_surface_t    *surface,
             const LtBook       *book,
             const LtBookLayout *layout)
{
  for (guint i = 0; i < layout->chapter_pages->len; i++)
    {
      const LtBookChapter *chapter = g_ptr_array_index (book->chapters, i);
      g_autofree char     *link = g_strdup_printf ("page=%u", g_array_index (layout->chapter_pages, guint, i) + 1);

      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, chapter->title, link, 0);
    }
}

/* ---- writing ---------------------------------------------------------- */

static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        {
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= written;
    }
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
set_write_error (GError    **error,
                 int         saved_errno,
                 const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _ ("Could not write the book to “%s”: %s"),
               name, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
paint_pages (LtBookPages       *self,
             cairo_t           *cr,
             LtBookProgressFunc progress,
             gpointer           progress_data,
             GCancellable      *cancellable,
             GError           **error)
{
  guint n_pages = lt_book_pages_get_n_pages (self);

  for (guint i = 0; i < n_pages; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      lt_book_pages_paint (self, cr, i);
      cairo_show_page (cr);
      if (progress != NULL)
        progress ((double) (i + 1) / (n_pages + 1), progress_data);
    }
  return TRUE;
}

/* Paints the whole book into @sink; FALSE with @error set on failure or
 * cancellation. */
static gboolean
write_document (const LtBook      *book,
                LtBookPages       *pages,
                Sink              *sink,
                LtBookProgressFunc progress,
                gpointer           progress_data,
                GCancellable      *cancellable,
                const char        *path,
                GError           **error)
{
  double           width, height;
  cairo_surface_t *surface;
  cairo_t         *cr;
  gboolean         ok;

  lt_book_pages_get_size (pages, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_to_sink, sink, width, height);
  cr = cairo_create (surface);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, book->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Livstråd");
  add_outline (surface, book, pages->layout);
  ok = paint_pages (pages, cr, progress, progress_data, cancellable, error);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (ok && cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      if (sink->saved_errno != 0)
        set_write_error (error, sink->saved_errno, path);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Could not write the book: %s"),
                     cairo_status_to_string (cairo_surface_status (surface)));
      ok = FALSE;
    }
  cairo_surface_destroy (surface);
  return ok;
}

/* Flushes and closes @fd, and puts its file at @path. */
static gboolean
commit_file (int         fd,
             const char *temp_path,
             const char *path,
             GError    **error)
{
  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_write_error (error, saved_errno, path);
    }
  if (close (fd) != 0)
    return set_write_error (error, errno, path);
  if (g_rename (temp_path, path) != 0)
    return set_write_error (error, errno, path);
  return TRUE;
}

static void
photo_report_free (LtBookPhotoReport *entry)
{
  g_free (entry->path);
  g_free (entry);
}

/* ---- public API ------------------------------------------------------- */

/**
 * lt_book_pages_new:
 * @book: the snapshot; borrowed, it must outlive the pages
 *
 * Lays out @book for painting page by page, onto a PDF or a print
 * context.  Reads the photos' headers; a photo itself is read when the
 * first page it is on is painted.
 *
 * Returns: (transfer full): the pages
 */
LtBookPages *
lt_book_pages_new (const LtBook *book)
{
  LtBookPages *self = g_new0 (LtBookPages, 1);

  g_return_val_if_fail (book != NULL, NULL);

  self->layout = lt_book_layout_new (book);
  self->media_key = book->media_key != NULL ? lt_secret_copy (book->media_key) : NULL;
  self->renditions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) lt_book_rendition_free);
  self->uses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->placed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  count_photo_uses (self);
  return self;
}

void
lt_book_pages_free (LtBookPages *self)
{
  if (self == NULL)
    return;
  lt_book_layout_free (self->layout);
  lt_secret_free (self->media_key);
  g_hash_table_unref (self->renditions);
  g_hash_table_unref (self->uses);
  g_hash_table_unref (self->placed);
  g_free (self);
}

guint
lt_book_pages_get_n_pages (LtBookPages *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return lt_book_layout_get_n_pages (self->layout);
}

/* The page's size in points (A4 or A5). */
void
lt_book_pages_get_size (LtBookPages *self,
                        double      *width,
                        double      *height)
{
  g_return_if_fail (self != NULL);

  if (width != NULL)
    *width = self->layout->width;
  if (height != NULL)
    *height = self->layout->height;
}

/* Returns: (transfer none): the layout the pages paint */
const LtBookLayout *
lt_book_pages_get_layout (LtBookPages *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->layout;
}

/**
 * lt_book_pages_paint:
 * @cr: in points, the page's top left at 0, 0
 * @page: counted from 0 (the cover)
 *
 * Paints one page; the caller shows it (cairo_show_page() or the print
 * operation).  The photos it places stay alive until the next page is
 * painted or @self is freed, as PDF and PostScript read them only when
 * the page is shown.
 */
void
lt_book_pages_paint (LtBookPages *self,
                     cairo_t     *cr,
                     guint        page)
{
  const LtBookLayoutPage *layout_page;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < lt_book_pages_get_n_pages (self));

  release_renditions (self);
  layout_page = lt_book_layout_get_page (self->layout, page);
  for (guint i = 0; i < layout_page->boxes->len; i++)
    paint_box (self, cr, g_ptr_array_index (layout_page->boxes, i), page);
}

void
lt_book_pdf_report_free (LtBookPdfReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->photos);
  g_free (report);
}

/**
 * lt_book_write_pdf:
 * @book: the snapshot; only read
 * @path: where the PDF goes; replaced atomically, readable only by the user
 * @progress: (nullable): told after each page, on this thread
 * @cancellable: (nullable): checked before each page
 * @report: (out) (optional) (transfer full): pages, size, and each photo
 *
 * Lays out and writes the book.  Runs on any thread: it touches no store
 * and no widget.  The PDF is written to `@path.tmp-XXXXXX` beside @path
 * (mode 0600) and renamed over @path when complete; cancelled or failed,
 * no file is left behind.  An unreadable photo does not fail the book:
 * it becomes a placeholder, noted in @report.
 *
 * Returns: TRUE when the book was written; FALSE with @error set
 *   (%G_IO_ERROR_CANCELLED when cancelled)
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
  g_autoptr (LtBookPages) pages = NULL;
  g_autofree char *temp_path = NULL;
  Sink             sink = { -1, 0 };
  GStatBuf         buf;
  gboolean         ok;

  g_return_val_if_fail (book != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  result->photos = g_ptr_array_new_with_free_func ((GDestroyNotify) photo_report_free);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  pages = lt_book_pages_new (book);
  pages->report = result;

  temp_path = g_strdup_printf ("%s.tmp-XXXXXX", path);
  sink.fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0600);
  if (sink.fd < 0)
    return set_write_error (error, errno, path);
  /* The book is about a child in care: only its owner may read it, even
   * under a lax umask. */
  ok = fchmod (sink.fd, 0600) == 0 || set_write_error (error, errno, path);
  ok = ok && write_document (book, pages, &sink, progress, progress_data, cancellable, path, error);
  ok = ok && commit_file (g_steal_fd (&sink.fd), temp_path, path, error);
  if (!ok)
    {
      if (sink.fd >= 0)
        close (sink.fd);
      g_unlink (temp_path);
      return FALSE;
    }

  result->n_pages = lt_book_pages_get_n_pages (pages);
  if (g_stat (path, &buf) == 0)
    result->file_size = buf.st_size;
  if (progress != NULL)
    progress (1.0, progress_data);
  if (report != NULL)
    *report = g_steal_pointer (&result);
  return TRUE;
}
