/* lt-network-painter.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Paints the network map: sector tints and rings, the child in the centre,
 * each person's dot and label, and the child's wishes for each tie.
 *
 * Order matters: the wish lines run from the centre under the dots and
 * labels, and each label sits on a plate of paper colour, so a line or a
 * ring that passes behind a name never crosses its letters.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "lt-cairo-shapes.h"
#include "lt-network-painter.h"

#define QUARTER (G_PI / 2)
#define LINE_WIDTH 1.6
#define MARK_GAP 2.5 /* between a dot and the ring marking "contact again" */
#define PLATE_RADIUS 3.0
#define STAR_REACH 3.0 /* how far the points of the "matters most" star reach past the dot */

static const double wish_dashes[] = { 4.0, 3.0 };

typedef struct
{
  const LtNetworkLayout  *layout;
  const LtNetworkMap     *map;
  const LtDiagramPalette *palette;
} ExportData;

static void
set_color_alpha (cairo_t       *cr,
                 const LtColor *color,
                 double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

/* Shows @text with the top of its logical box at @top; @x is its left
 * edge, or its centre when @centred. */
static void
show_text (cairo_t    *cr,
           const char *text,
           double      size,
           gboolean    bold,
           double      max_width,
           double      x,
           double      top,
           gboolean    centred)
{
  g_autoptr (PangoLayout) layout = lt_diagram_text_new (cr, text, size, bold, max_width);
  PangoRectangle logical;
  double         left, width;

  pango_layout_get_extents (layout, NULL, &logical);
  left = (double) logical.x / PANGO_SCALE;
  width = (double) logical.width / PANGO_SCALE;
  cairo_move_to (cr, (centred ? x - width / 2 : x) - left,
                 top - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

static void
paint_sectors (cairo_t                *cr,
               const LtNetworkLayout  *layout,
               const LtDiagramPalette *palette)
{
  double inner = layout->radii[0];
  double outer = layout->radii[3];

  for (LtCircle s = LT_CIRCLE_FAMILY; s <= LT_CIRCLE_PROFESSIONALS; s++)
    {
      double start = lt_network_sector_start (s);

      cairo_new_path (cr);
      cairo_arc (cr, layout->cx, layout->cy, outer, start, start + QUARTER);
      cairo_arc_negative (cr, layout->cx, layout->cy, inner, start + QUARTER, start);
      cairo_close_path (cr);
      lt_diagram_set_color (cr, &palette->sectors[s]);
      cairo_fill (cr);
    }

  cairo_set_line_width (cr, 1.0);
  set_color_alpha (cr, &palette->muted, 0.7);
  for (guint ring = 1; ring <= 3; ring++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, layout->cx, layout->cy, layout->radii[ring], 0, 2 * G_PI);
    }
  cairo_stroke (cr);

  /* The borders between sectors: a horizontal and a vertical line. */
  set_color_alpha (cr, &palette->muted, 0.45);
  for (guint i = 0; i < 4; i++)
    {
      double angle = i * QUARTER;

      cairo_move_to (cr, layout->cx + inner * cos (angle), layout->cy + inner * sin (angle));
      cairo_line_to (cr, layout->cx + outer * cos (angle), layout->cy + outer * sin (angle));
    }
  cairo_stroke (cr);
}

static void
paint_titles (cairo_t                *cr,
              const LtNetworkLayout  *layout,
              const LtDiagramPalette *palette)
{
  for (LtCircle s = LT_CIRCLE_FAMILY; s <= LT_CIRCLE_PROFESSIONALS; s++)
    {
      const LtNetworkBox *box = &layout->sector_titles[s];
      double              swatch_y = box->y + (box->height - LT_NETWORK_SWATCH) / 2;
      double              w, h;

      lt_cairo_rounded_rectangle (cr, box->x, swatch_y, LT_NETWORK_SWATCH, LT_NETWORK_SWATCH, 2);
      set_color_alpha (cr, &palette->sectors[s], MIN (1.0, palette->sectors[s].alpha * 3));
      cairo_fill_preserve (cr);
      set_color_alpha (cr, &palette->muted, 0.8);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);

      lt_diagram_measure_text (lt_circle_to_label (s), LT_DIAGRAM_NAME_SIZE, TRUE, 0, &w, &h);
      lt_diagram_set_color (cr, &palette->ink);
      show_text (cr, lt_circle_to_label (s), LT_DIAGRAM_NAME_SIZE, TRUE, 0,
                 box->x + LT_NETWORK_SWATCH + LT_NETWORK_SWATCH_GAP,
                 box->y + (box->height - h) / 2, FALSE);
    }
}

/* From the edge of the child's disc to the edge of the person's dot. */
static void
wish_line (cairo_t               *cr,
           const LtNetworkLayout *layout,
           double                 x0,
           double                 y0,
           double                 x1,
           double                 y1,
           double                 end_gap)
{
  double dx = x1 - x0;
  double dy = y1 - y0;
  double length = hypot (dx, dy);

  if (length <= layout->radii[0] + end_gap)
    return;
  cairo_move_to (cr, x0 + dx / length * layout->radii[0], y0 + dy / length * layout->radii[0]);
  cairo_line_to (cr, x1 - dx / length * end_gap, y1 - dy / length * end_gap);
  cairo_stroke (cr);
}

static void
paint_wishes (cairo_t                *cr,
              const LtNetworkLayout  *layout,
              const LtNetworkMap     *map,
              const LtDiagramPalette *palette)
{
  cairo_save (cr);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < layout->places->len; i++)
    {
      const LtNetworkPlace  *place = &g_array_index (layout->places, LtNetworkPlace, i);
      const LtNetworkMember *member = g_ptr_array_index (map->members, place->member);

      switch (member->wish)
        {
        case LT_CONTACT_WISH_KEEP:
          cairo_set_dash (cr, NULL, 0, 0);
          lt_diagram_set_color (cr, &palette->keep);
          wish_line (cr, layout, layout->cx, layout->cy, place->x, place->y, place->dot_radius);
          break;
        case LT_CONTACT_WISH_RESTORE:
          cairo_set_dash (cr, wish_dashes, G_N_ELEMENTS (wish_dashes), 0);
          lt_diagram_set_color (cr, &palette->restore);
          wish_line (cr, layout, layout->cx, layout->cy, place->x, place->y,
                     place->dot_radius + MARK_GAP + LINE_WIDTH);
          break;
        case LT_CONTACT_WISH_NONE:
        default:
          break;
        }
    }
  cairo_restore (cr);
}

static void
paint_centre (cairo_t                *cr,
              const LtNetworkLayout  *layout,
              const LtNetworkMap     *map,
              const LtDiagramPalette *palette)
{
  cairo_new_path (cr);
  cairo_arc (cr, layout->cx, layout->cy, layout->radii[0], 0, 2 * G_PI);
  lt_diagram_set_color (cr, &palette->accent);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 1, 1, 1);
  show_text (cr, map->child_name, LT_DIAGRAM_NAME_SIZE, TRUE, LT_NETWORK_CENTRE_MAX_WIDTH,
             layout->centre_label.x + layout->centre_label.width / 2, layout->centre_label.y,
             TRUE);
}

/* A dot; a deceased person's is hollow with a small cross in it. */
static void
paint_dot (cairo_t                *cr,
           double                  x,
           double                  y,
           double                  radius,
           gboolean                deceased,
           const LtDiagramPalette *palette)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  if (!deceased)
    {
      lt_diagram_set_color (cr, &palette->ink);
      cairo_fill (cr);
      return;
    }
  set_color_alpha (cr, &palette->paper, 1.0);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1.0);
  lt_diagram_set_color (cr, &palette->muted);
  cairo_stroke (cr);

  cairo_set_line_width (cr, 1.2);
  lt_diagram_set_color (cr, &palette->ink);
  cairo_move_to (cr, x, y - radius * 0.7);
  cairo_line_to (cr, x, y + radius * 0.7);
  cairo_move_to (cr, x - radius * 0.45, y - radius * 0.2);
  cairo_line_to (cr, x + radius * 0.45, y - radius * 0.2);
  cairo_stroke (cr);
}

/* The star of "matters most to the child", drawn in place of the dot with
 * a small dot at its heart; its points stay within the room the layout
 * keeps around a dot. */
static void
paint_star (cairo_t                *cr,
            double                  x,
            double                  y,
            double                  radius,
            const LtDiagramPalette *palette)
{
  double outer = radius + STAR_REACH;
  double inner = outer * 0.45;

  cairo_new_path (cr);
  for (int i = 0; i < 10; i++)
    {
      double angle = -G_PI / 2 + i * G_PI / 5;
      double r = i % 2 == 0 ? outer : inner;

      cairo_line_to (cr, x + r * cos (angle), y + r * sin (angle));
    }
  cairo_close_path (cr);
  lt_diagram_set_color (cr, &palette->accent);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 0.7);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  lt_diagram_set_color (cr, &palette->ink);
  cairo_stroke (cr);
}

/* The ring around a dot that says "the child wants this contact back". */
static void
paint_restore_mark (cairo_t                *cr,
                    double                  x,
                    double                  y,
                    double                  radius,
                    const LtDiagramPalette *palette)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius + MARK_GAP, 0, 2 * G_PI);
  cairo_set_line_width (cr, 1.4);
  lt_diagram_set_color (cr, &palette->restore);
  cairo_stroke (cr);
}

static void
paint_member (cairo_t                *cr,
              const LtNetworkPlace   *place,
              const LtNetworkMember  *member,
              const LtDiagramPalette *palette,
              gboolean                highlighted)
{
  const LtNetworkBox *label = &place->label;
  double              name_w, name_h, role_w = 0, role_h = 0;

  lt_cairo_rounded_rectangle (cr, label->x, label->y, label->width, label->height, PLATE_RADIUS);
  if (highlighted)
    {
      set_color_alpha (cr, &palette->accent, 0.25);
      cairo_fill_preserve (cr);
      lt_diagram_set_color (cr, &palette->accent);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
  else
    {
      set_color_alpha (cr, &palette->paper, 0.8);
      cairo_fill (cr);
    }

  lt_diagram_measure_text (member->name, LT_DIAGRAM_NAME_SIZE, FALSE, LT_NETWORK_LABEL_MAX_WIDTH,
                           &name_w, &name_h);
  lt_diagram_set_color (cr, &palette->ink);
  show_text (cr, member->name, LT_DIAGRAM_NAME_SIZE, FALSE, LT_NETWORK_LABEL_MAX_WIDTH,
             label->x + label->width / 2, label->y + LT_NETWORK_LABEL_PAD, TRUE);
  if (member->role[0] != '\0')
    {
      lt_diagram_set_color (cr, &palette->muted);
      show_text (cr, member->role, LT_DIAGRAM_SMALL_SIZE, FALSE, LT_NETWORK_LABEL_MAX_WIDTH,
                 label->x + label->width / 2, label->y + LT_NETWORK_LABEL_PAD + name_h, TRUE);
      lt_diagram_measure_text (member->role, LT_DIAGRAM_SMALL_SIZE, FALSE,
                               LT_NETWORK_LABEL_MAX_WIDTH, &role_w, &role_h);
    }
  if (member->contact != NULL && member->contact[0] != '\0')
    {
      lt_diagram_set_color (cr, &palette->muted);
      show_text (cr, member->contact, LT_DIAGRAM_SMALL_SIZE, FALSE, LT_NETWORK_LABEL_MAX_WIDTH,
                 label->x + label->width / 2, label->y + LT_NETWORK_LABEL_PAD + name_h + role_h,
                 TRUE);
    }

  if (highlighted)
    {
      cairo_new_path (cr);
      cairo_arc (cr, place->x, place->y, place->dot_radius + 2, 0, 2 * G_PI);
      lt_diagram_set_color (cr, &palette->accent);
      cairo_fill (cr);
    }
  if (member->matters_most)
    paint_star (cr, place->x, place->y, place->dot_radius, palette);
  paint_dot (cr, place->x, place->y, member->matters_most ? place->dot_radius * 0.4 : place->dot_radius,
             member->deceased, palette);
  if (member->wish == LT_CONTACT_WISH_RESTORE)
    paint_restore_mark (cr, place->x, place->y, place->dot_radius, palette);
}

/* A sample of each wish line with its meaning, side by side. */
static void
paint_legend (cairo_t                *cr,
              const LtNetworkLayout  *layout,
              const LtDiagramPalette *palette)
{
  const LtNetworkBox *box = &layout->legend;
  double              x = box->x;
  double              middle = box->y + box->height / 2;
  double              dot = LT_NETWORK_DOT_RADIUS - 1;
  double              w, h;

  for (LtContactWish wish = LT_CONTACT_WISH_KEEP; wish <= LT_CONTACT_WISH_RESTORE; wish++)
    {
      const char *text = lt_contact_wish_to_label (wish);
      gboolean    restore = wish == LT_CONTACT_WISH_RESTORE;
      double      end = x + LT_NETWORK_LEGEND_SAMPLE - dot - (restore ? MARK_GAP + 1 : 0);

      cairo_save (cr);
      cairo_set_line_width (cr, LINE_WIDTH);
      if (restore)
        cairo_set_dash (cr, wish_dashes, G_N_ELEMENTS (wish_dashes), 0);
      lt_diagram_set_color (cr, restore ? &palette->restore : &palette->keep);
      cairo_move_to (cr, x, middle);
      cairo_line_to (cr, end - dot - (restore ? MARK_GAP + LINE_WIDTH : 0), middle);
      cairo_stroke (cr);
      cairo_restore (cr);
      paint_dot (cr, end, middle, dot, FALSE, palette);
      if (restore)
        paint_restore_mark (cr, end, middle, dot, palette);

      lt_diagram_measure_text (text, LT_DIAGRAM_SMALL_SIZE, FALSE, 0, &w, &h);
      x += LT_NETWORK_LEGEND_SAMPLE + LT_NETWORK_LEGEND_TEXT_GAP;
      lt_diagram_set_color (cr, &palette->ink);
      show_text (cr, text, LT_DIAGRAM_SMALL_SIZE, FALSE, 0, x, middle - h / 2, FALSE);
      x += w + LT_NETWORK_LEGEND_ENTRY_GAP;
    }
  paint_star (cr, x + LT_NETWORK_LEGEND_STAR / 2, middle, dot, palette);
  paint_dot (cr, x + LT_NETWORK_LEGEND_STAR / 2, middle, dot * 0.4, FALSE, palette);
  x += LT_NETWORK_LEGEND_STAR + LT_NETWORK_LEGEND_TEXT_GAP;
  lt_diagram_measure_text (lt_network_matters_most_label (), LT_DIAGRAM_SMALL_SIZE, FALSE, 0, &w,
                           &h);
  lt_diagram_set_color (cr, &palette->ink);
  show_text (cr, lt_network_matters_most_label (), LT_DIAGRAM_SMALL_SIZE, FALSE, 0, x,
             middle - h / 2, FALSE);
}

/**
 * lt_network_paint:
 * @cr: where to paint, at (0, 0) with the layout's width and height
 * @layout: from lt_network_layout_new() for @map
 * @palette: the colours; its paper is painted unless transparent
 * @highlight: the index of a member to stand out (hovered, dragged), or -1
 */
void
lt_network_paint (cairo_t                *cr,
                  const LtNetworkLayout  *layout,
                  const LtNetworkMap     *map,
                  const LtDiagramPalette *palette,
                  int                     highlight)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (map != NULL);
  g_return_if_fail (palette != NULL);
  g_return_if_fail (layout->places->len == map->members->len);

  cairo_save (cr);
  if (palette->paper.alpha > 0)
    {
      cairo_rectangle (cr, 0, 0, layout->width, layout->height);
      lt_diagram_set_color (cr, &palette->paper);
      cairo_fill (cr);
    }
  paint_sectors (cr, layout, palette);
  paint_titles (cr, layout, palette);
  paint_wishes (cr, layout, map, palette);
  paint_centre (cr, layout, map, palette);
  for (guint i = 0; i < layout->places->len; i++)
    {
      const LtNetworkPlace *place = &g_array_index (layout->places, LtNetworkPlace, i);

      paint_member (cr, place, g_ptr_array_index (map->members, place->member), palette,
                    (int) place->member == highlight);
    }
  paint_legend (cr, layout, palette);
  cairo_restore (cr);
}

static void
paint_export (cairo_t *cr,
              gpointer data)
{
  ExportData *export = data;

  lt_network_paint (cr, export->layout, export->map, export->palette, -1);
}

/**
 * lt_network_export:
 * @path: the file to write; its ending (.png, .svg, .pdf) chooses the format
 * @title: (nullable): a heading above the map
 *
 * Draws @map in the light colours on white paper.
 *
 * Returns: %TRUE, or %FALSE with @error saying why the file was not written
 */
gboolean
lt_network_export (const LtNetworkMap *map,
                   const char         *path,
                   const char         *title,
                   GError            **error)
{
  g_autoptr (LtNetworkLayout) layout = NULL;
  LtDiagramPalette palette;
  ExportData       data;

  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  layout = lt_network_layout_new (map);
  lt_diagram_palette_init (&palette, FALSE);
  palette.paper.alpha = 1.0;
  data = (ExportData){ layout, map, &palette };
  return lt_diagram_export (path, layout->width, layout->height, title, paint_export, &data,
                            error);
}
