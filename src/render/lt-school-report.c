/* lt-school-report.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The child's school on one A4 page, for a start-up or follow-up meeting
 * with the school: the heading and the school, the sections of text in two
 * columns, absence per month, and the goals' charts two to a row.  What
 * does not fit ends with "… and N more" rather than a second page.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lt-diagram.h"
#include "lt-pdf-file.h"
#include "lt-school-report.h"

#define MARGIN 48.0
#define CONTENT_WIDTH (LT_PDF_A4_WIDTH - 2 * MARGIN)
#define COLUMN_GAP 24.0
#define COLUMN_WIDTH ((CONTENT_WIDTH - COLUMN_GAP) / 2)
#define ABSENCE_HEIGHT 130.0
#define GOAL_HEIGHT 120.0
#define GOAL_ROWS 2
#define LINE_SIZE 9.0
#define HEADING_SIZE 11.0

/* ---- building ----------------------------------------------------------- */

static void
section_free (gpointer data)
{
  LtReportSection *section = data;

  g_free (section->heading);
  g_ptr_array_unref (section->lines);
  g_free (section);
}

static void
month_clear (gpointer data)
{
  g_free (((LtAbsenceMonth *) data)->label);
}

static void
goal_free (gpointer data)
{
  LtGoalChart *goal = data;

  g_free (goal->title);
  g_free (goal->indicator);
  g_free (goal->unit);
  g_array_unref (goal->points);
  g_free (goal);
}

LtSchoolReport *
lt_school_report_new (const char *child_name,
                      const char *made_on)
{
  LtSchoolReport *report = g_new0 (LtSchoolReport, 1);

  report->child_name = g_strdup (child_name);
  report->made_on = g_strdup (made_on);
  report->sections = g_ptr_array_new_with_free_func (section_free);
  report->absence = g_array_new (FALSE, TRUE, sizeof (LtAbsenceMonth));
  g_array_set_clear_func (report->absence, month_clear);
  report->goals = g_ptr_array_new_with_free_func (goal_free);
  return report;
}

/* Returns: (transfer none): a new, empty section at the end */
LtReportSection *
lt_school_report_add_section (LtSchoolReport *report,
                              const char     *heading)
{
  LtReportSection *section = g_new0 (LtReportSection, 1);

  section->heading = g_strdup (heading);
  section->lines = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (report->sections, section);
  return section;
}

void
lt_report_section_add_line (LtReportSection *section,
                            const char      *line)
{
  g_ptr_array_add (section->lines, g_strdup (line));
}

void
lt_school_report_add_month (LtSchoolReport *report,
                            const char     *label,
                            double          whole_days,
                            double          part_days)
{
  LtAbsenceMonth month = { g_strdup (label), whole_days, part_days };

  g_array_append_val (report->absence, month);
}

/* Returns: (transfer none): a new goal without readings, at the end */
LtGoalChart *
lt_school_report_add_goal (LtSchoolReport *report,
                           const char     *title,
                           const char     *indicator,
                           const char     *unit)
{
  LtGoalChart *goal = g_new0 (LtGoalChart, 1);

  goal->title = g_strdup (title);
  goal->indicator = g_strdup (indicator);
  goal->unit = g_strdup (unit);
  goal->points = g_array_new (FALSE, TRUE, sizeof (LtGoalPoint));
  g_ptr_array_add (report->goals, goal);
  return goal;
}

void
lt_goal_chart_add_point (LtGoalChart *goal,
                         gint64       when,
                         double       value)
{
  LtGoalPoint point = { when, value };

  g_array_append_val (goal->points, point);
}

void
lt_school_report_free (LtSchoolReport *report)
{
  if (report == NULL)
    return;
  g_free (report->child_name);
  g_free (report->made_on);
  g_free (report->school);
  g_free (report->absence_heading);
  g_ptr_array_unref (report->sections);
  g_array_unref (report->absence);
  g_ptr_array_unref (report->goals);
  g_free (report);
}

/* ---- measuring and writing ---------------------------------------------- */

/* The height @text takes at @width; drawn only when @cr is given. */
static double
text_block (cairo_t    *cr,
            const char *text,
            double      x,
            double      y,
            double      width,
            double      size,
            gboolean    bold,
            gboolean    muted)
{
  double measured_width = 0, height = 0;

  if (cr != NULL)
    return lt_pdf_text (cr, text, x, y, width, size, bold, muted, PANGO_ALIGN_LEFT);
  lt_diagram_measure_text (text, size, bold, width, &measured_width, &height);
  return height;
}

static double
write_heading (cairo_t        *cr,
               LtSchoolReport *report)
{
  /* Translators: the title of the school overview PDF; %s is the child's name */
  g_autofree char *title = g_strdup_printf (_ ("School Overview for %s"), report->child_name);
  double           y = MARGIN;

  y += lt_pdf_text (cr, title, MARGIN, y, CONTENT_WIDTH, 18, TRUE, FALSE, PANGO_ALIGN_LEFT) + 2;
  y += lt_pdf_text (cr, report->made_on, MARGIN, y, CONTENT_WIDTH, 9.5, FALSE, TRUE, PANGO_ALIGN_LEFT) + 8;
  if (report->school != NULL)
    y += lt_pdf_text (cr, report->school, MARGIN, y, CONTENT_WIDTH, 12, TRUE, FALSE, PANGO_ALIGN_LEFT) + 6;
  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.6);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, MARGIN, y);
  cairo_line_to (cr, MARGIN + CONTENT_WIDTH, y);
  cairo_stroke (cr);
  return y + 14;
}

/* One section in a column from @y to at most @limit; lines that do not
 * fit are counted in a last "… and N more" line.  Returns where it ends. */
static double
write_section (cairo_t         *cr,
               LtReportSection *section,
               double           x,
               double           y,
               double           limit)
{
  double more_height = text_block (NULL, "…", x, y, COLUMN_WIDTH, LINE_SIZE, FALSE, TRUE) + 3;

  y += text_block (cr, section->heading, x, y, COLUMN_WIDTH, HEADING_SIZE, TRUE, FALSE) + 4;
  for (guint i = 0; i < section->lines->len; i++)
    {
      const char *line = g_ptr_array_index (section->lines, i);
      double      height = text_block (NULL, line, x, y, COLUMN_WIDTH, LINE_SIZE, FALSE, FALSE) + 3;
      gboolean    last = i + 1 == section->lines->len;

      if (y + height + (last ? 0 : more_height) > limit)
        {
          guint            left = section->lines->len - i;
          g_autofree char *more = g_strdup_printf (ngettext ("… and %u more", "… and %u more", left), left);

          return y + text_block (cr, more, x, y, COLUMN_WIDTH, LINE_SIZE, FALSE, TRUE) + 14;
        }
      y += text_block (cr, line, x, y, COLUMN_WIDTH, LINE_SIZE, FALSE, FALSE) + 3;
    }
  return y + 14;
}

/* Each section goes in the column that ends higher, as far as @limit.
 * Returns where the longer column ends. */
static double
write_sections (cairo_t        *cr,
                LtSchoolReport *report,
                double          top,
                double          limit)
{
  double ends[2] = { top, top };
  double heading_room = 2 * (HEADING_SIZE + LINE_SIZE) + 10;

  for (guint i = 0; i < report->sections->len; i++)
    {
      int column = ends[1] < ends[0];

      if (ends[column] + heading_room > limit)
        continue;
      ends[column] = write_section (cr, g_ptr_array_index (report->sections, i),
                                    MARGIN + column * (COLUMN_WIDTH + COLUMN_GAP), ends[column], limit);
    }
  return MAX (ends[0], ends[1]);
}

static double
write_absence (cairo_t        *cr,
               LtSchoolReport *report,
               double          y)
{
  if (report->absence_heading != NULL)
    y += lt_pdf_text (cr, report->absence_heading, MARGIN, y, CONTENT_WIDTH, HEADING_SIZE, TRUE, FALSE,
                      PANGO_ALIGN_LEFT) +
         4;
  cairo_save (cr);
  cairo_translate (cr, MARGIN, y);
  lt_school_chart_paint_absence (cr, CONTENT_WIDTH, ABSENCE_HEIGHT, (LtAbsenceMonth *) report->absence->data,
                                 report->absence->len);
  cairo_restore (cr);
  return y + ABSENCE_HEIGHT + 12;
}

static void
write_goals (cairo_t        *cr,
             LtSchoolReport *report,
             double          y)
{
  guint shown = MIN (report->goals->len, GOAL_ROWS * 2);

  for (guint i = 0; i < shown; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, MARGIN + (i % 2) * (COLUMN_WIDTH + COLUMN_GAP), y + (i / 2) * (GOAL_HEIGHT + 8));
      lt_school_chart_paint_goal (cr, COLUMN_WIDTH, GOAL_HEIGHT, g_ptr_array_index (report->goals, i));
      cairo_restore (cr);
    }
  if (report->goals->len > shown)
    {
      guint            left = report->goals->len - shown;
      g_autofree char *more = g_strdup_printf (
          ngettext ("… and %u more goal in Livstråd", "… and %u more goals in Livstråd", left), left);

      lt_pdf_text (cr, more, MARGIN, y + GOAL_ROWS * (GOAL_HEIGHT + 8), CONTENT_WIDTH, LINE_SIZE, FALSE, TRUE,
                   PANGO_ALIGN_LEFT);
    }
}

/* The charts' height, from the bottom of the page up. */
static double
charts_height (LtSchoolReport *report)
{
  guint  rows = MIN ((report->goals->len + 1) / 2, GOAL_ROWS);
  double height = ABSENCE_HEIGHT + 12 + HEADING_SIZE + 8;

  height += rows * (GOAL_HEIGHT + 8);
  if (report->goals->len > GOAL_ROWS * 2)
    height += LINE_SIZE + 8;
  return height + 12;
}

static void
write_page (cairo_t *cr,
            gpointer data)
{
  lt_school_report_paint (data, cr);
}

/**
 * lt_school_report_paint:
 * @cr: a context the size of an A4 page, in points
 *
 * Paints the report's one page, for a PDF that holds more than the report.
 */
void
lt_school_report_paint (LtSchoolReport *report,
                        cairo_t        *cr)
{
  double charts_top = LT_PDF_A4_HEIGHT - MARGIN - charts_height (report);
  double y = write_heading (cr, report);

  /* The charts follow the text, or as much of it as fits above them. */
  y = write_sections (cr, report, y, charts_top - 8);
  y = write_absence (cr, report, MIN (y + 6, charts_top));
  write_goals (cr, report, y);
}

/**
 * lt_school_report_write_pdf:
 * @path: written through a temporary file, readable by its owner only
 *
 * Returns: %TRUE, or %FALSE with @error
 */
gboolean
lt_school_report_write_pdf (LtSchoolReport *report,
                            const char     *path,
                            GError        **error)
{
  return lt_pdf_file_write (path, report->child_name, write_page, report, error);
}
