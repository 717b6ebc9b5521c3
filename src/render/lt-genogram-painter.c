/* lt-genogram-painter.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Paints a genogram layout with cairo, in the usual notation: a circle for
 * a woman, a square for a man, a diamond for another gender and a square
 * with a question mark when it is not known; a cross over those who have
 * died; a double outline for the child; partners joined side by side with
 * one slash for separated and two for divorced; children hanging from
 * their parents, dashed when adopted; caregivers (foster parents) reaching
 * the child by a line of big dots in their own colour; a dashed symbol with
 * a question mark for a person not known; coloured lines for feelings; the
 * household the child lives in inside a dashed line; the child's homes
 * with their dates under the child.
 *
 * The child-friendly style draws the same layout as round faces in soft
 * colours with eyes and a smile (a question mark for eyes when the person
 * is not known), the child's own face larger, and first names only.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "lt-genogram-painter.h"

#define LINE_WIDTH 1.4
#define SYMBOL_LINE_WIDTH 1.8

static const LtColor *
ink_color (const LtDiagramPalette *palette,
           LtGenogramInk           ink)
{
  switch (ink)
    {
    case LT_GENOGRAM_INK_MUTED:
      return &palette->muted;
    case LT_GENOGRAM_INK_CLOSE:
      return &palette->close;
    case LT_GENOGRAM_INK_DISTANT:
      return &palette->distant;
    case LT_GENOGRAM_INK_CONFLICT:
      return &palette->conflict;
    case LT_GENOGRAM_INK_CUT_OFF:
      return &palette->cut_off;
    case LT_GENOGRAM_INK_CARE:
      return &palette->care;
    case LT_GENOGRAM_INK_LINE:
    default:
      return &palette->ink;
    }
}

static void
polyline (cairo_t *cr,
          GArray  *points,
          double   shift)
{
  for (guint i = 0; i < points->len; i++)
    {
      LtGenogramPoint *p = &g_array_index (points, LtGenogramPoint, i);
      double           nx = 0, ny = 0;

      /* Shifts a straight two-point line sideways (for double lines). */
      if (shift != 0 && points->len == 2)
        {
          LtGenogramPoint *a = &g_array_index (points, LtGenogramPoint, 0);
          LtGenogramPoint *b = &g_array_index (points, LtGenogramPoint, 1);
          double           length = MAX (hypot (b->x - a->x, b->y - a->y), 1e-6);

          nx = -(b->y - a->y) / length * shift;
          ny = (b->x - a->x) / length * shift;
        }
      if (i == 0)
        cairo_move_to (cr, p->x + nx, p->y + ny);
      else
        cairo_line_to (cr, p->x + nx, p->y + ny);
    }
}

static void
zigzag (cairo_t *cr,
        GArray  *points)
{
  for (guint i = 0; i + 1 < points->len; i++)
    {
      LtGenogramPoint *a = &g_array_index (points, LtGenogramPoint, i);
      LtGenogramPoint *b = &g_array_index (points, LtGenogramPoint, i + 1);
      double           length = hypot (b->x - a->x, b->y - a->y);
      double           ux = (b->x - a->x) / MAX (length, 1e-6), uy = (b->y - a->y) / MAX (length, 1e-6);
      int              teeth = MAX (2, (int) (length / 7));

      cairo_move_to (cr, a->x, a->y);
      for (int k = 1; k < teeth; k++)
        {
          double along = length * k / teeth, side = (k % 2 ? 3.5 : -3.5);

          cairo_line_to (cr, a->x + ux * along - uy * side, a->y + uy * along + ux * side);
        }
      cairo_line_to (cr, b->x, b->y);
    }
}

/* Slashes or bars across the middle of the line's longest piece. */
static void
paint_mark (cairo_t        *cr,
            LtGenogramLine *line)
{
  LtGenogramPoint *a = NULL, *b = NULL;
  double           longest = -1, ux, uy, mx, my;
  int              count = line->mark == LT_GENOGRAM_MARK_ONE_SLASH ? 1 : 2;

  if (line->mark == LT_GENOGRAM_MARK_NONE)
    return;
  for (guint i = 0; i + 1 < line->points->len; i++)
    {
      LtGenogramPoint *p = &g_array_index (line->points, LtGenogramPoint, i);
      LtGenogramPoint *q = p + 1;
      double           length = hypot (q->x - p->x, q->y - p->y);

      if (length > longest)
        {
          longest = length;
          a = p;
          b = q;
        }
    }
  if (a == NULL || longest < 1)
    return;
  ux = (b->x - a->x) / longest;
  uy = (b->y - a->y) / longest;
  /* Partner lines carry the children's line at their middle: marks go a
   * little to the side of it. */
  mx = a->x + ux * longest * 0.32;
  my = a->y + uy * longest * 0.32;
  for (int k = 0; k < count; k++)
    {
      double offset = (k - (count - 1) / 2.0) * 5;
      double cx = mx + ux * offset, cy = my + uy * offset;

      if (line->mark == LT_GENOGRAM_MARK_CUT)
        {
          /* Bars straight across. */
          cairo_move_to (cr, cx - uy * 6, cy + ux * 6);
          cairo_line_to (cr, cx + uy * 6, cy - ux * 6);
        }
      else
        {
          /* Slashes leaning forward. */
          cairo_move_to (cr, cx - uy * 6 - ux * 3, cy + ux * 6 - uy * 3);
          cairo_line_to (cr, cx + uy * 6 + ux * 3, cy - ux * 6 + uy * 3);
        }
    }
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_stroke (cr);
}

static void
set_stroke (cairo_t         *cr,
            LtGenogramStroke stroke)
{
  static const double dashed[] = { 6, 4 };
  static const double dotted[] = { 0.1, 3.5 };

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  if (stroke == LT_GENOGRAM_STROKE_DASHED)
    cairo_set_dash (cr, dashed, 2, 0);
  else if (stroke == LT_GENOGRAM_STROKE_DOTTED)
    {
      cairo_set_dash (cr, dotted, 2, 0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
    }
  else
    cairo_set_dash (cr, NULL, 0, 0);
}

static double
line_width (const LtGenogramLine *line)
{
  if (line->ink == LT_GENOGRAM_INK_CARE)
    return 2.8; /* big dots: a caregiver's tie stands out from the others */
  return line->stroke == LT_GENOGRAM_STROKE_DOTTED ? 2.0 : LINE_WIDTH;
}

static void
paint_line (cairo_t                *cr,
            LtGenogramLine         *line,
            const LtDiagramPalette *palette)
{
  cairo_save (cr);
  lt_diagram_set_color (cr, ink_color (palette, line->ink));
  cairo_set_line_width (cr, line_width (line));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_stroke (cr, line->stroke);
  if (line->stroke == LT_GENOGRAM_STROKE_ZIGZAG)
    zigzag (cr, line->points);
  else if (line->stroke == LT_GENOGRAM_STROKE_DOUBLE)
    {
      polyline (cr, line->points, -1.8);
      polyline (cr, line->points, 1.8);
    }
  else
    polyline (cr, line->points, 0);
  cairo_stroke (cr);
  paint_mark (cr, line);
  cairo_restore (cr);
}

static void
symbol_path (cairo_t *cr,
             LtGender gender,
             double   x,
             double   y,
             double   size)
{
  double r = size / 2;

  switch (gender)
    {
    case LT_GENDER_FEMALE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case LT_GENDER_OTHER:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r * 1.15, y);
      cairo_line_to (cr, x, y + r * 1.15);
      cairo_line_to (cr, x - r * 1.15, y);
      cairo_close_path (cr);
      break;
    case LT_GENDER_MALE:
    case LT_GENDER_UNKNOWN:
    default:
      cairo_rectangle (cr, x - r, y - r, size, size);
      break;
    }
}

static void
paint_text (cairo_t       *cr,
            const char    *text,
            double         size,
            gboolean       bold,
            double         centre_x,
            double         y,
            const LtColor *color,
            const LtColor *backdrop)
{
  g_autoptr (PangoLayout) layout =
      lt_diagram_text_new (cr, text, size, bold, LT_GENOGRAM_LABEL_WIDTH);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  /* Paper behind the text, so lines that pass under a name leave it readable. */
  if (backdrop != NULL)
    {
      cairo_rectangle (cr,
                       centre_x - LT_GENOGRAM_LABEL_WIDTH / 2 + logical.x / (double) PANGO_SCALE - 1,
                       y, logical.width / (double) PANGO_SCALE + 2,
                       logical.height / (double) PANGO_SCALE);
      cairo_set_source_rgba (cr, backdrop->red, backdrop->green, backdrop->blue, 0.85);
      cairo_fill (cr);
    }
  lt_diagram_set_color (cr, color);
  /* The layout is LABEL_WIDTH wide and centred inside. */
  cairo_move_to (cr, centre_x - LT_GENOGRAM_LABEL_WIDTH / 2, y);
  pango_cairo_show_layout (cr, layout);
}

static double
text_height (const char *text,
             double      size,
             gboolean    bold)
{
  double w, h;

  lt_diagram_measure_text (text, size, bold, LT_GENOGRAM_LABEL_WIDTH, &w, &h);
  return h;
}

/* A placeholder for a person not known is outlined in dashes. */
static void
set_outline (cairo_t *cr,
             gboolean unknown)
{
  static const double dashed[] = { 4, 3 };

  if (unknown)
    cairo_set_dash (cr, dashed, 2, 0);
  else
    cairo_set_dash (cr, NULL, 0, 0);
}

static void
paint_symbol (cairo_t                *cr,
              const LtGenogramPerson *person,
              double                  x,
              double                  y,
              double                  size,
              const LtDiagramPalette *palette,
              gboolean                highlighted)
{
  LtColor fill = palette->backdrop;

  if (person->is_child)
    {
      fill = palette->accent;
      fill.alpha = 0.22;
    }
  cairo_save (cr);
  set_outline (cr, person->unknown);
  symbol_path (cr, person->gender, x, y, size);
  lt_diagram_set_color (cr, &palette->backdrop);
  cairo_fill_preserve (cr);
  lt_diagram_set_color (cr, &fill);
  cairo_fill_preserve (cr);
  lt_diagram_set_color (cr, highlighted ? &palette->accent : &palette->ink);
  cairo_set_line_width (cr, highlighted ? 3.0 : SYMBOL_LINE_WIDTH);
  cairo_stroke (cr);

  if (person->is_child)
    {
      symbol_path (cr, person->gender, x, y, size - 8);
      cairo_set_line_width (cr, SYMBOL_LINE_WIDTH);
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);
  if (person->gender == LT_GENDER_UNKNOWN || person->unknown)
    paint_text (cr, "?", size * 0.5, TRUE, x, y - text_height ("?", size * 0.5, TRUE) / 2,
                &palette->ink, NULL);
  if (person->deceased)
    {
      double r = size / 2;

      cairo_move_to (cr, x - r, y - r);
      cairo_line_to (cr, x + r, y + r);
      cairo_move_to (cr, x + r, y - r);
      cairo_line_to (cr, x - r, y + r);
      lt_diagram_set_color (cr, &palette->ink);
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* ---- the child-friendly faces ---------------------------------------- */

/* Soft colours for the faces, one after the other around the family. */
static LtColor
color_from_hex (guint32 hex)
{
  return (LtColor){ ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0,
                    1.0 };
}

static LtColor
soft_color (guint index)
{
  static const guint32 colors[] = { 0xffd6a5, 0xcaffbf, 0x9bf6ff, 0xbdb2ff,
                                    0xffc6ff, 0xa0c4ff, 0xffadad };

  return color_from_hex (colors[index % G_N_ELEMENTS (colors)]);
}

static void
paint_smile (cairo_t *cr,
             double   x,
             double   y,
             double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y + r * 0.05, r * 0.5, G_PI * 0.2, G_PI * 0.8);
  cairo_stroke (cr);
}

static void
paint_eyes (cairo_t *cr,
            double   x,
            double   y,
            double   r)
{
  for (int side = -1; side <= 1; side += 2)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + side * r * 0.36, y - r * 0.2, MAX (1.5, r * 0.1), 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* A round friendly face: a soft colour, two eyes and a smile; for a person
 * not known, a dashed face with a question mark for eyes. */
static void
paint_face (cairo_t                *cr,
            const LtGenogramPerson *person,
            double                  x,
            double                  y,
            double                  size,
            LtColor                 fill,
            const LtDiagramPalette *palette,
            gboolean                highlighted)
{
  double r = size / 2;

  cairo_save (cr);
  set_outline (cr, person->unknown);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  lt_diagram_set_color (cr, &palette->backdrop);
  cairo_fill_preserve (cr);
  lt_diagram_set_color (cr, &fill);
  cairo_fill_preserve (cr);
  lt_diagram_set_color (cr, highlighted || person->is_child ? &palette->accent : &palette->ink);
  cairo_set_line_width (cr, highlighted || person->is_child ? 3.0 : SYMBOL_LINE_WIDTH);
  cairo_stroke (cr);

  cairo_set_dash (cr, NULL, 0, 0);
  lt_diagram_set_color (cr, &palette->ink);
  cairo_set_line_width (cr, MAX (1.4, r * 0.09));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (person->unknown)
    paint_text (cr, "?", r * 0.8, TRUE, x, y - r * 0.75, &palette->ink, NULL);
  else
    paint_eyes (cr, x, y, r);
  paint_smile (cr, x, y, r);
  cairo_restore (cr);
}

/* Each person keeps their colour from drawing to drawing, whatever the
 * order the people come in. */
static LtColor
face_color (const LtGenogramPerson *person)
{
  LtColor grey = { 0.92, 0.92, 0.92, 1.0 };

  if (person->unknown)
    return grey;
  if (person->is_child)
    return color_from_hex (0xffe27a); /* sunny yellow, the child's own */
  return soft_color ((guint) person->person_id);
}

static void
paint_node (cairo_t                *cr,
            const LtGenogramLayout *layout,
            const LtGenogramNode   *node,
            const LtGenogramPerson *person,
            const LtDiagramPalette *palette,
            gboolean                highlighted)
{
  double name_size = lt_genogram_name_size (layout->style);
  double name_h = text_height (node->name, name_size, person->is_child);

  if (layout->style == LT_GENOGRAM_STYLE_CHILD_FRIENDLY)
    {
      paint_face (cr, person, node->x, node->y, node->symbol.width,
                  face_color (person), palette, highlighted);
      paint_text (cr, node->name, name_size, person->is_child, node->x, node->label.y,
                  &palette->ink, &palette->backdrop);
      return;
    }
  paint_symbol (cr, person, node->x, node->y, node->symbol.width, palette, highlighted);
  paint_text (cr, node->name, name_size, person->is_child, node->x, node->label.y, &palette->ink,
              &palette->backdrop);
  if (person->years != NULL)
    paint_text (cr, person->years, LT_DIAGRAM_SMALL_SIZE, FALSE, node->x, node->label.y + name_h,
                &palette->muted, &palette->backdrop);
}

static void
paint_placements (cairo_t                *cr,
                  const LtGenogramLayout *layout,
                  const LtGenogram       *genogram,
                  const LtDiagramPalette *palette)
{
  for (guint i = 0; i < layout->placements->len && i < genogram->placements->len; i++)
    {
      const LtGenogramBox *box = &g_array_index (layout->placements, LtGenogramBox, i);
      g_autoptr (PangoLayout) text =
          lt_diagram_text_new (cr, g_ptr_array_index (genogram->placements, i),
                               LT_DIAGRAM_SMALL_SIZE, FALSE, LT_GENOGRAM_PLACEMENT_WIDTH);

      cairo_rectangle (cr, box->x - 1, box->y, box->width + 2, box->height);
      cairo_set_source_rgba (cr, palette->backdrop.red, palette->backdrop.green,
                             palette->backdrop.blue, 0.85);
      cairo_fill (cr);
      lt_diagram_set_color (cr, &palette->ink);
      cairo_move_to (cr, box->x + box->width / 2 - LT_GENOGRAM_PLACEMENT_WIDTH / 2, box->y);
      pango_cairo_show_layout (cr, text);
    }
}

/* A dashed line with rounded corners around the household. */
static void
paint_household (cairo_t                *cr,
                 GArray                 *hull,
                 const LtDiagramPalette *palette)
{
  static const double dashed[] = { 8, 5 };
  LtColor             tint = palette->household;

  if (hull->len < 3)
    return;
  cairo_save (cr);
  for (guint i = 0; i < hull->len; i++)
    {
      LtGenogramPoint *p = &g_array_index (hull, LtGenogramPoint, i);

      if (i == 0)
        cairo_move_to (cr, p->x, p->y);
      else
        cairo_line_to (cr, p->x, p->y);
    }
  cairo_close_path (cr);
  tint.alpha = 0.08;
  lt_diagram_set_color (cr, &tint);
  cairo_fill_preserve (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, 2.0);
  cairo_set_dash (cr, dashed, 2, 0);
  lt_diagram_set_color (cr, &palette->household);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
paint_legend_sample (cairo_t                    *cr,
                     LtGenogramStyle             style,
                     const LtGenogramLegendItem *item,
                     const LtDiagramPalette     *palette)
{
  const LtGenogramBox *box = &item->sample;
  double               cy = box->y + box->height / 2;
  LtGenogramPerson     sample = { 0 };

  switch (item->kind)
    {
    case LT_GENOGRAM_LEGEND_SYMBOLS:
      {
        static const LtGender genders[] = { LT_GENDER_FEMALE, LT_GENDER_MALE, LT_GENDER_OTHER,
                                            LT_GENDER_UNKNOWN };

        for (guint i = 0; i < G_N_ELEMENTS (genders); i++)
          {
            sample.gender = genders[i];
            paint_symbol (cr, &sample, box->x + 8 + 16 * i, cy, 11, palette, FALSE);
          }
        break;
      }
    case LT_GENOGRAM_LEGEND_DECEASED:
      sample.gender = LT_GENDER_MALE;
      sample.deceased = TRUE;
      paint_symbol (cr, &sample, box->x + box->width / 2, cy, 12, palette, FALSE);
      break;
    case LT_GENOGRAM_LEGEND_UNKNOWN:
      sample.gender = LT_GENDER_MALE;
      sample.unknown = TRUE;
      if (style == LT_GENOGRAM_STYLE_CHILD_FRIENDLY)
        paint_face (cr, &sample, box->x + box->width / 2, cy, 18, face_color (&sample), palette,
                    FALSE);
      else
        paint_symbol (cr, &sample, box->x + box->width / 2, cy, 14, palette, FALSE);
      break;
    case LT_GENOGRAM_LEGEND_CHILD:
      sample.gender = LT_GENDER_FEMALE;
      sample.is_child = TRUE;
      if (style == LT_GENOGRAM_STYLE_CHILD_FRIENDLY)
        paint_face (cr, &sample, box->x + box->width / 2, cy, 18, face_color (&sample), palette,
                    FALSE);
      else
        paint_symbol (cr, &sample, box->x + box->width / 2, cy, 16, palette, FALSE);
      break;
    case LT_GENOGRAM_LEGEND_HOUSEHOLD:
      {
        g_autoptr (GArray) hull = g_array_new (FALSE, FALSE, sizeof (LtGenogramPoint));
        LtGenogramPoint corners[4] = { { box->x + 2, box->y + 1 },
                                       { box->x + box->width - 2, box->y + 1 },
                                       { box->x + box->width - 2, box->y + box->height - 1 },
                                       { box->x + 2, box->y + box->height - 1 } };

        g_array_append_vals (hull, corners, 4);
        paint_household (cr, hull, palette);
        break;
      }
    case LT_GENOGRAM_LEGEND_LINE:
    default:
      {
        LtGenogramLine  line = { item->stroke, item->ink, item->mark,
                                 g_array_new (FALSE, FALSE, sizeof (LtGenogramPoint)), NULL,
                                 LT_GENOGRAM_LINE_OTHER };
        LtGenogramPoint ends[2] = { { box->x, cy }, { box->x + box->width, cy } };

        g_array_append_vals (line.points, ends, 2);
        paint_line (cr, &line, palette);
        g_array_unref (line.points);
        break;
      }
    }
}

static void
paint_legend (cairo_t                *cr,
              const LtGenogramLayout *layout,
              const LtDiagramPalette *palette)
{
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const LtGenogramLegendItem *item = &g_array_index (layout->legend, LtGenogramLegendItem, i);
      g_autoptr (PangoLayout) text =
          lt_diagram_text_new (cr, item->label, LT_DIAGRAM_SMALL_SIZE, FALSE, 0);

      paint_legend_sample (cr, layout->style, item, palette);
      lt_diagram_set_color (cr, &palette->muted);
      cairo_move_to (cr, item->text.x, item->text.y);
      pango_layout_set_alignment (text, PANGO_ALIGN_LEFT);
      pango_cairo_show_layout (cr, text);
    }
}

/**
 * lt_genogram_paint:
 * @highlight: a person to mark as selected, or -1
 *
 * Paints @layout of @genogram at (0, 0), in points.
 */
void
lt_genogram_paint (cairo_t                *cr,
                   const LtGenogramLayout *layout,
                   const LtGenogram       *genogram,
                   const LtDiagramPalette *palette,
                   int                     highlight)
{
  cairo_save (cr);
  if (palette->paper.alpha > 0)
    {
      lt_diagram_set_color (cr, &palette->paper);
      cairo_paint (cr);
    }
  paint_household (cr, layout->household, palette);
  for (guint i = 0; i < layout->lines->len; i++)
    paint_line (cr, g_ptr_array_index (layout->lines, i), palette);
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const LtGenogramNode *node = &g_array_index (layout->nodes, LtGenogramNode, i);

      paint_node (cr, layout, node, g_ptr_array_index (genogram->persons, node->person), palette,
                  (int) node->person == highlight);
    }
  paint_placements (cr, layout, genogram, palette);
  paint_legend (cr, layout, palette);
  cairo_restore (cr);
}

typedef struct
{
  const LtGenogramLayout *layout;
  const LtGenogram       *genogram;
  LtDiagramPalette        palette;
} ExportData;

static void
paint_for_export (cairo_t *cr,
                  gpointer data)
{
  ExportData *export = data;

  lt_genogram_paint (cr, export->layout, export->genogram, &export->palette, -1);
}

/**
 * lt_genogram_export:
 * @style: the professional drawing, or the child's own
 * @path: a .png, .svg or .pdf file
 * @title: (nullable): a heading, such as "Ida's family"
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
lt_genogram_export (const LtGenogram *genogram,
                    LtGenogramStyle   style,
                    const char       *path,
                    const char       *title,
                    GError          **error)
{
  g_autoptr (LtGenogramLayout) layout = lt_genogram_layout_new_with_style (genogram, style);
  ExportData export = { layout, genogram };

  lt_diagram_palette_init (&export.palette, FALSE);
  return lt_diagram_export (path, layout->width, layout->height, title, paint_for_export, &export,
                            error);
}
