/* lt-timeline-painter.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Paints the life line: lane titles, rounded bars with their names
 * (ellipsized to fit), a dashed edge where a start is not known, the year
 * axis and a mark for today.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "lt-cairo-shapes.h"
#include "lt-placement.h"
#include "lt-timeline-painter.h"

#define BAR_RADIUS 6.0
#define TEXT_INSET 8.0

static void
set_color (cairo_t       *cr,
           const LtColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* GNOME's palette, for painting outside a widget (PDF, PNG). */
void
lt_timeline_palette_default (LtTimelinePalette *palette)
{
  *palette = (LtTimelinePalette){
    .text = { 0.14, 0.14, 0.16, 1.0 },
    .dim = { 0.14, 0.14, 0.16, 0.45 },
    .accent = { 0.11, 0.44, 0.85, 1.0 }, /* blue 4 */
    .family = { 0.96, 0.76, 0.07, 1.0 }, /* yellow 3 */
    .care = { 0.38, 0.63, 0.92, 1.0 },   /* blue 2 */
    .school = { 0.34, 0.89, 0.54, 1.0 }, /* green 2 */
    .on_fill = { 0.14, 0.14, 0.16, 1.0 },
  };
}

static const LtColor *
fill_for (const LtTimelineBar     *bar,
          const LtTimelinePalette *palette)
{
  if (bar->lane == LT_TIMELINE_LANE_SCHOOL)
    return &palette->school;
  switch (lt_placement_get_kind (LT_PLACEMENT (bar->record)))
    {
    case LT_PLACEMENT_KIND_BIRTH_FAMILY:
    case LT_PLACEMENT_KIND_KINSHIP_CARE:
    case LT_PLACEMENT_KIND_OWN_HOME:
      return &palette->family;
    case LT_PLACEMENT_KIND_FOSTER_FAMILY:
    case LT_PLACEMENT_KIND_RESIDENTIAL_HOME:
    case LT_PLACEMENT_KIND_EMERGENCY:
    case LT_PLACEMENT_KIND_OTHER:
    default:
      return &palette->care;
    }
}

static PangoLayout *
make_text (cairo_t                    *cr,
           const PangoFontDescription *font,
           double                      scale,
           gboolean                    bold)
{
  PangoLayout *text = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) description =
      font != NULL ? pango_font_description_copy (font) : pango_font_description_from_string ("Cantarell 11");
  int size = pango_font_description_get_size (description);

  if (size <= 0)
    size = 11 * PANGO_SCALE;
  pango_font_description_set_size (description, (int) (size * scale));
  if (bold)
    pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (text, description);
  return text;
}

static void
paint_bar (cairo_t                    *cr,
           const LtTimelineBar        *bar,
           const PangoFontDescription *font,
           const LtTimelinePalette    *palette)
{
  const LtColor *fill = fill_for (bar, palette);
  g_autoptr (PangoLayout) text = NULL;
  int text_height;

  lt_cairo_rounded_rectangle (cr, bar->x, bar->y, bar->width, bar->height, BAR_RADIUS);
  set_color (cr, fill);
  cairo_fill (cr);

  if (bar->uncertain_start)
    {
      /* A dashed left edge: "we do not know when this began". */
      double dashes[] = { 3.0, 3.0 };

      cairo_save (cr);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, 2.0);
      set_color (cr, &palette->dim);
      cairo_move_to (cr, bar->x + 1, bar->y);
      cairo_line_to (cr, bar->x + 1, bar->y + bar->height);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (bar->width < LT_TIMELINE_MIN_LABELLED || bar->label == NULL)
    return;
  text = make_text (cr, font, 0.9, FALSE);
  pango_layout_set_text (text, bar->label, -1);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (text, (int) ((bar->width - 2 * TEXT_INSET) * PANGO_SCALE));
  pango_layout_get_pixel_size (text, NULL, &text_height);
  set_color (cr, &palette->on_fill);
  cairo_move_to (cr, bar->x + TEXT_INSET, bar->y + (bar->height - text_height) / 2);
  pango_cairo_show_layout (cr, text);
}

static void
paint_lane_titles (cairo_t                    *cr,
                   const LtTimelineLayout     *layout,
                   const PangoFontDescription *font,
                   const LtTimelinePalette    *palette)
{
  const char *titles[] = { _ ("Home"), _ ("Day care and school") };
  g_autoptr (PangoLayout) text = make_text (cr, font, 0.85, TRUE);

  set_color (cr, &palette->text);
  for (guint lane = 0; lane < G_N_ELEMENTS (titles); lane++)
    {
      pango_layout_set_text (text, titles[lane], -1);
      cairo_move_to (cr, 8, layout->lane_title_y[lane]);
      pango_cairo_show_layout (cr, text);
    }
}

static void
paint_axis (cairo_t                    *cr,
            const LtTimelineLayout     *layout,
            const PangoFontDescription *font,
            const LtTimelinePalette    *palette)
{
  g_autoptr (PangoLayout) text = make_text (cr, font, 0.8, FALSE);

  set_color (cr, &palette->dim);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, 8, floor (layout->axis_y) + 0.5);
  cairo_line_to (cr, layout->width - 8, floor (layout->axis_y) + 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const LtTimelineTick *tick = &g_array_index (layout->ticks, LtTimelineTick, i);
      g_autofree char      *year = NULL;
      int                   text_width;

      set_color (cr, &palette->dim);
      cairo_move_to (cr, floor (tick->x) + 0.5, layout->axis_y);
      cairo_line_to (cr, floor (tick->x) + 0.5, layout->axis_y + (tick->labelled ? 5 : 3));
      cairo_stroke (cr);
      if (!tick->labelled)
        continue;

      year = g_strdup_printf ("%d", tick->year);
      pango_layout_set_text (text, year, -1);
      pango_layout_get_pixel_size (text, &text_width, NULL);
      set_color (cr, &palette->text);
      cairo_move_to (cr, tick->x - text_width / 2.0, layout->axis_y + 6);
      pango_cairo_show_layout (cr, text);
    }
}

static void
paint_today (cairo_t                 *cr,
             const LtTimelineLayout  *layout,
             const LtTimelinePalette *palette)
{
  set_color (cr, &palette->accent);
  cairo_set_line_width (cr, 2.0);
  cairo_move_to (cr, layout->today_x, LT_TIMELINE_TITLE_HEIGHT - 4);
  cairo_line_to (cr, layout->today_x, layout->axis_y + 4);
  cairo_stroke (cr);
  cairo_arc (cr, layout->today_x, layout->axis_y, 3.5, 0, 2 * G_PI);
  cairo_fill (cr);
}

/**
 * lt_timeline_paint:
 * @layout: from lt_timeline_layout_new()
 * @cr: where to paint, at (0, 0) with the layout's width and height
 * @font: (nullable): the base font; Cantarell 11 when %NULL
 * @palette: the colours
 */
void
lt_timeline_paint (const LtTimelineLayout     *layout,
                   cairo_t                    *cr,
                   const PangoFontDescription *font,
                   const LtTimelinePalette    *palette)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);

  cairo_save (cr);
  paint_lane_titles (cr, layout, font, palette);
  for (guint i = 0; i < layout->bars->len; i++)
    paint_bar (cr, lt_timeline_layout_get_bar (layout, i), font, palette);
  paint_axis (cr, layout, font, palette);
  paint_today (cr, layout, palette);
  cairo_restore (cr);
}
