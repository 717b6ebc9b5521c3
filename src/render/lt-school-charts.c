/* lt-school-charts.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The school's charts, for the app and the school overview PDF: absence
 * per month as stacked bars (whole days below, part days above), and a
 * goal's readings over time as a line, with the target dashed.  Both keep
 * inside the size given and say so kindly when there is nothing to draw.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "lt-diagram.h"
#include "lt-school-report.h"

#define LABEL_SIZE 8.0
#define TITLE_SIZE 9.5
#define GAP 4.0

typedef struct
{
  double left, top, right, bottom;
} Area;

/* Text with its top left at (x, y), one line, cut with "…" at @width. */
static double
put_text (cairo_t       *cr,
          const char    *text,
          double         x,
          double         y,
          double         width,
          double         size,
          gboolean       bold,
          const LtColor *color)
{
  /* A little room over the measured width: measuring and drawing may
   * round differently, and a value must not turn into "…". */
  g_autoptr (PangoLayout) layout = lt_diagram_text_new (cr, text, size, bold, MAX (width, 1) + 4);
  PangoRectangle logical;

  pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, 0); /* one line */
  pango_layout_get_extents (layout, NULL, &logical);
  lt_diagram_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return (double) logical.height / PANGO_SCALE;
}

static double
text_width (const char *text,
            double      size)
{
  double width = 0, height = 0;

  lt_diagram_measure_text (text, size, FALSE, -1, &width, &height);
  return width;
}

static void
centred_message (cairo_t       *cr,
                 const char    *text,
                 const Area    *area,
                 const LtColor *color)
{
  double width = MIN (text_width (text, TITLE_SIZE), area->right - area->left);
  double x = (area->left + area->right - width) / 2;
  double y = (area->top + area->bottom) / 2 - TITLE_SIZE;

  put_text (cr, text, MAX (x, area->left), MAX (y, area->top), area->right - area->left, TITLE_SIZE, FALSE,
            color);
}

/* A round step for about four gridlines up to @top: 1, 2, 5, 10, 20 … */
static double
nice_step (double span)
{
  double raw = span / 4;
  double magnitude = pow (10, floor (log10 (MAX (raw, 1e-9))));
  double fraction = raw / magnitude;

  if (fraction <= 1)
    return magnitude;
  if (fraction <= 2)
    return 2 * magnitude;
  if (fraction <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

static char *
format_value (double value)
{
  char *text = g_strdup_printf ("%.1f", value);

  /* "4.0" → "4", with the locale's decimal sign otherwise. */
  if (value == floor (value))
    {
      g_free (text);
      text = g_strdup_printf ("%.0f", value);
    }
  return text;
}

/* Gridlines from @low to @high with their values at the left of @area. */
static void
draw_grid (cairo_t                *cr,
           const Area             *area,
           double                  low,
           double                  high,
           double                  step,
           const LtDiagramPalette *palette)
{
  cairo_set_line_width (cr, 0.5);
  for (double value = low; value <= high + step / 2; value += step)
    {
      double           y = area->bottom - (value - low) / (high - low) * (area->bottom - area->top);
      g_autofree char *label = format_value (value);
      double           width = text_width (label, LABEL_SIZE);

      cairo_set_source_rgba (cr, palette->muted.red, palette->muted.green, palette->muted.blue, 0.35);
      cairo_move_to (cr, area->left, y);
      cairo_line_to (cr, area->right, y);
      cairo_stroke (cr);
      put_text (cr, label, area->left - GAP - width, y - LABEL_SIZE * 0.7, width + 1, LABEL_SIZE, FALSE,
                &palette->muted);
    }
}

/* The widest value label, so the plot starts after it. */
static double
label_room (double high)
{
  g_autofree char *label = format_value (high);

  return text_width (label, LABEL_SIZE) + GAP + 2;
}

/* ---- absence ------------------------------------------------------------ */

static void
draw_legend (cairo_t                *cr,
             double                  right,
             double                  top,
             const LtDiagramPalette *palette)
{
  const char *labels[] = { _ ("Whole days"), _ ("Part days") };
  double      alphas[] = { 1.0, 0.4 };
  double      x = right;

  for (int i = 1; i >= 0; i--)
    {
      double width = text_width (labels[i], LABEL_SIZE);

      x -= width;
      put_text (cr, labels[i], x, top, width + 1, LABEL_SIZE, FALSE, &palette->muted);
      x -= 12;
      cairo_set_source_rgba (cr, palette->accent.red, palette->accent.green, palette->accent.blue, alphas[i]);
      cairo_rectangle (cr, x, top + 1, 8, 8);
      cairo_fill (cr);
      x -= 12;
    }
}

static void
draw_month_labels (cairo_t                *cr,
                   const Area             *area,
                   const LtAbsenceMonth   *months,
                   guint                   n_months,
                   const LtDiagramPalette *palette)
{
  double slot = (area->right - area->left) / n_months;
  double widest = 0;
  guint  every;

  for (guint i = 0; i < n_months; i++)
    widest = MAX (widest, text_width (months[i].label, LABEL_SIZE));
  /* Every second (or third) month when they do not fit side by side. */
  every = (guint) ceil ((widest + GAP) / MAX (slot, 1));
  for (guint i = 0; i < n_months; i += MAX (every, 1))
    {
      double width = MIN (text_width (months[i].label, LABEL_SIZE), slot * every);

      put_text (cr, months[i].label, area->left + slot * (i + 0.5) - width / 2, area->bottom + GAP, width + 1,
                LABEL_SIZE, FALSE, &palette->muted);
    }
}

/**
 * lt_school_chart_paint_absence:
 *
 * Whole and part days away per month, stacked, in (0, 0, @width, @height).
 */
void
lt_school_chart_paint_absence (cairo_t              *cr,
                               double                width,
                               double                height,
                               const LtAbsenceMonth *months,
                               guint                 n_months)
{
  LtDiagramPalette palette;
  double           most = 0, high, step;
  Area             area;

  lt_diagram_palette_init (&palette, FALSE);
  area = (Area){ GAP, GAP, width - GAP, height - GAP };
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  for (guint i = 0; i < n_months; i++)
    most = MAX (most, months[i].whole_days + months[i].part_days);
  if (n_months == 0)
    {
      centred_message (cr, _ ("No absence recorded"), &area, &palette.muted);
      cairo_restore (cr);
      return;
    }

  /* Days are counted whole: no gridline at half a day. */
  step = MAX (nice_step (MAX (most, 1)), 1);
  high = MAX (ceil (most / step) * step, step);
  draw_legend (cr, area.right, area.top, &palette);
  area.top += LABEL_SIZE + 2 * GAP;
  area.bottom -= LABEL_SIZE + 2 * GAP;
  area.left += label_room (high);
  if (area.bottom - area.top < 10 || area.right - area.left < 10)
    {
      cairo_restore (cr);
      return;
    }
  draw_grid (cr, &area, 0, high, step, &palette);
  for (guint i = 0; i < n_months; i++)
    {
      double slot = (area.right - area.left) / n_months;
      double bar = slot * 0.6;
      double x = area.left + slot * i + (slot - bar) / 2;
      double scale = (area.bottom - area.top) / high;
      double whole = months[i].whole_days * scale, part = months[i].part_days * scale;

      lt_diagram_set_color (cr, &palette.accent);
      cairo_rectangle (cr, x, area.bottom - whole, bar, whole);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, palette.accent.red, palette.accent.green, palette.accent.blue, 0.4);
      cairo_rectangle (cr, x, area.bottom - whole - part, bar, part);
      cairo_fill (cr);
    }
  draw_month_labels (cr, &area, months, n_months, &palette);
  if (most == 0)
    centred_message (cr, _ ("No absence recorded"), &area, &palette.muted);
  cairo_restore (cr);
}

/* ---- goals -------------------------------------------------------------- */

static void
value_range (const LtGoalChart *goal,
             double            *low,
             double            *high,
             double            *step)
{
  double least = goal->has_target ? goal->target : G_MAXDOUBLE;
  double most = goal->has_target ? goal->target : -G_MAXDOUBLE;

  for (guint i = 0; i < goal->points->len; i++)
    {
      double value = g_array_index (goal->points, LtGoalPoint, i).value;

      least = MIN (least, value);
      most = MAX (most, value);
    }
  /* Counts start at 0; a range of one value still gets some height. */
  least = MIN (least, 0);
  if (most <= least)
    most = least + 1;
  *step = nice_step (most - least);
  *low = floor (least / *step) * *step;
  *high = ceil (most / *step) * *step;
}

static double
y_of (const Area *area,
      double      value,
      double      low,
      double      high)
{
  return area->bottom - (value - low) / (high - low) * (area->bottom - area->top);
}

static void
draw_target (cairo_t                *cr,
             const Area             *area,
             const LtGoalChart      *goal,
             double                  low,
             double                  high,
             const LtDiagramPalette *palette)
{
  double           y = y_of (area, goal->target, low, high);
  g_autofree char *value = format_value (goal->target);
  /* Translators: the dashed target line of a goal's chart */
  g_autofree char *label = g_strdup_printf (_ ("Goal: %s"), value);
  double           width = text_width (label, LABEL_SIZE);
  double           dash[] = { 4, 3 };

  cairo_set_line_width (cr, 1.2);
  cairo_set_dash (cr, dash, 2, 0);
  lt_diagram_set_color (cr, &palette->close);
  cairo_move_to (cr, area->left, y);
  cairo_line_to (cr, area->right, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  /* At the left: the latest reading is written at the right. */
  put_text (cr, label, area->left + 2, MAX (y - LABEL_SIZE - 3, 0), width + 1, LABEL_SIZE, TRUE, &palette->close);
}

static double
x_of (const Area        *area,
      const LtGoalChart *goal,
      guint              index)
{
  gint64 first = g_array_index (goal->points, LtGoalPoint, 0).when;
  gint64 last = g_array_index (goal->points, LtGoalPoint, goal->points->len - 1).when;
  gint64 when = g_array_index (goal->points, LtGoalPoint, index).when;
  double inset = 6;

  if (last <= first)
    return (area->left + area->right) / 2;
  return area->left + inset + (area->right - area->left - 2 * inset) * (when - first) / (double) (last - first);
}

static void
draw_readings (cairo_t                *cr,
               const Area             *area,
               const LtGoalChart      *goal,
               double                  low,
               double                  high,
               const LtDiagramPalette *palette)
{
  guint            last = goal->points->len - 1;
  g_autofree char *value = format_value (g_array_index (goal->points, LtGoalPoint, last).value);
  double           width = text_width (value, LABEL_SIZE);
  double           x, y;

  lt_diagram_set_color (cr, &palette->accent);
  cairo_set_line_width (cr, 2);
  for (guint i = 0; i <= last; i++)
    {
      x = x_of (area, goal, i);
      y = y_of (area, g_array_index (goal->points, LtGoalPoint, i).value, low, high);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
  for (guint i = 0; i <= last; i++)
    {
      cairo_arc (cr, x_of (area, goal, i), y_of (area, g_array_index (goal->points, LtGoalPoint, i).value, low, high),
                 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  /* The latest value beside its dot, inside the chart. */
  x = x_of (area, goal, last) - width / 2;
  y = y_of (area, g_array_index (goal->points, LtGoalPoint, last).value, low, high) - LABEL_SIZE - 8;
  /* The plot leaves room above it for this label (see lt_school_chart_paint_goal). */
  put_text (cr, value, CLAMP (x, area->left, area->right - width), MAX (y, 0), width + 1, LABEL_SIZE, TRUE,
            &palette->ink);
}

/**
 * lt_school_chart_paint_goal:
 *
 * The goal's title and indicator, and its readings over time, in
 * (0, 0, @width, @height).
 */
void
lt_school_chart_paint_goal (cairo_t           *cr,
                            double             width,
                            double             height,
                            const LtGoalChart *goal)
{
  LtDiagramPalette palette;
  double           low, high, step;
  g_autofree char *subtitle = NULL;
  Area             area;

  lt_diagram_palette_init (&palette, FALSE);
  area = (Area){ GAP, GAP, width - GAP, height - GAP };
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  area.top += put_text (cr, goal->title, area.left, area.top, area.right - area.left, TITLE_SIZE, TRUE, &palette.ink);
  subtitle = goal->unit != NULL && goal->indicator != NULL ? g_strdup_printf ("%s (%s)", goal->indicator, goal->unit)
                                                           : g_strdup (goal->indicator != NULL ? goal->indicator : "");
  area.top += put_text (cr, subtitle, area.left, area.top, area.right - area.left, LABEL_SIZE, FALSE, &palette.muted);
  area.top += 2 * GAP + LABEL_SIZE; /* room for the value above the highest dot */
  area.bottom -= LABEL_SIZE / 2;
  if (goal->points->len == 0)
    {
      centred_message (cr, _ ("No readings yet"), &area, &palette.muted);
      cairo_restore (cr);
      return;
    }
  value_range (goal, &low, &high, &step);
  area.left += label_room (high);
  if (area.bottom - area.top < 10 || area.right - area.left < 10)
    {
      cairo_restore (cr);
      return;
    }
  draw_grid (cr, &area, low, high, step, &palette);
  if (goal->has_target)
    draw_target (cr, &area, goal, low, high, &palette);
  draw_readings (cr, &area, goal, low, high, &palette);
  cairo_restore (cr);
}
