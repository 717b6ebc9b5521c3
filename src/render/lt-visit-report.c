/* lt-visit-report.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The overview of a child's contact in a period, as a PDF for the
 * follow-up meeting: a table per person (planned, held, cancelled, did
 * not turn up, not written down), a chart of how the child was before and
 * after each visit, and the visits one by one with the observations the
 * adults chose to share with the parents.  A4, pages added as needed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "lt-diagram.h"
#include "lt-pdf-file.h"
#include "lt-visit-report.h"

#define PAGE_WIDTH LT_PDF_A4_WIDTH
#define PAGE_HEIGHT LT_PDF_A4_HEIGHT
#define MARGIN 56.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define CHART_HEIGHT 150.0

static void
tally_free (gpointer data)
{
  LtVisitTally *tally = data;

  g_free (tally->name);
  g_free (tally);
}

static void
line_free (gpointer data)
{
  LtVisitLine *line = data;

  g_free (line->date);
  g_free (line->title);
  g_free (line->with);
  g_free (line->outcome);
  g_free (line->observations);
  g_free (line);
}

LtVisitReport *
lt_visit_report_new (const char *child_name,
                     const char *period,
                     gint64      from,
                     gint64      to)
{
  LtVisitReport *report = g_new0 (LtVisitReport, 1);

  report->child_name = g_strdup (child_name);
  report->period = g_strdup (period);
  report->from = from;
  report->to = to;
  report->tallies = g_ptr_array_new_with_free_func (tally_free);
  report->lines = g_ptr_array_new_with_free_func (line_free);
  return report;
}

void
lt_visit_report_free (LtVisitReport *report)
{
  if (report == NULL)
    return;
  g_free (report->child_name);
  g_free (report->period);
  g_free (report->made_for);
  g_ptr_array_unref (report->tallies);
  g_ptr_array_unref (report->lines);
  g_free (report);
}

/* Returns: (transfer none): @name's tally, made the first time */
LtVisitTally *
lt_visit_report_tally (LtVisitReport *report,
                       const char    *name)
{
  LtVisitTally *tally;

  for (guint i = 0; i < report->tallies->len; i++)
    if (g_str_equal (((LtVisitTally *) g_ptr_array_index (report->tallies, i))->name, name))
      return g_ptr_array_index (report->tallies, i);
  tally = g_new0 (LtVisitTally, 1);
  tally->name = g_strdup (name);
  g_ptr_array_add (report->tallies, tally);
  return tally;
}

/* ---- writing ------------------------------------------------------------- */

typedef struct
{
  cairo_t *cr;
  double   y;
  guint    page;
} Writer;

static double
text_at (Writer        *writer,
         const char    *text,
         double         x,
         double         width,
         double         size,
         gboolean       bold,
         gboolean       muted,
         PangoAlignment alignment)
{
  return lt_pdf_text (writer->cr, text, x, writer->y, width, size, bold, muted, alignment);
}

/* Starts a new page when @needed points do not fit on this one. */
static void
make_room (Writer *writer,
           double  needed)
{
  if (writer->y + needed <= PAGE_HEIGHT - MARGIN)
    return;
  cairo_show_page (writer->cr);
  writer->page++;
  writer->y = MARGIN;
}

static void
write_heading (Writer        *writer,
               LtVisitReport *report)
{
  g_autofree char *title = g_strdup_printf (_ ("Contact for %s"), report->child_name);

  writer->y += text_at (writer, title, MARGIN, CONTENT_WIDTH, 20, TRUE, FALSE, PANGO_ALIGN_LEFT);
  writer->y += 4;
  writer->y += text_at (writer, report->period, MARGIN, CONTENT_WIDTH, 11, FALSE, TRUE,
                        PANGO_ALIGN_LEFT);
  if (report->made_for != NULL)
    writer->y += 2 + text_at (writer, report->made_for, MARGIN, CONTENT_WIDTH, 9, FALSE, TRUE, PANGO_ALIGN_LEFT);
  writer->y += 20;
}

static void
write_table (Writer        *writer,
             LtVisitReport *report)
{
  const char *const headers[] = { N_ ("Held"), N_ ("Cancelled"), N_ ("Did not turn up"),
                                  N_ ("Not written down"), N_ ("Planned") };
  double            name_width = 170, column = (CONTENT_WIDTH - name_width) / G_N_ELEMENTS (headers);
  double            row_height = 0;

  writer->y += text_at (writer, _ ("Per person"), MARGIN, CONTENT_WIDTH, 13, TRUE, FALSE,
                        PANGO_ALIGN_LEFT);
  writer->y += 8;
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    row_height = MAX (row_height, text_at (writer, _ (headers[i]), MARGIN + name_width + i * column,
                                           column, 9, TRUE, TRUE, PANGO_ALIGN_CENTER));
  writer->y += row_height + 6;
  if (report->tallies->len == 0)
    {
      writer->y += text_at (writer, _ ("No visits or calls in the period."), MARGIN, CONTENT_WIDTH,
                            10, FALSE, TRUE, PANGO_ALIGN_LEFT);
      writer->y += 16;
      return;
    }
  for (guint t = 0; t < report->tallies->len; t++)
    {
      LtVisitTally *tally = g_ptr_array_index (report->tallies, t);
      guint         counts[] = { tally->held, tally->cancelled, tally->no_show, tally->unrecorded,
                                 tally->planned };

      make_room (writer, 20);
      cairo_set_source_rgba (writer->cr, 0.21, 0.52, 0.89, t % 2 ? 0.0 : 0.07);
      cairo_rectangle (writer->cr, MARGIN - 4, writer->y - 3, CONTENT_WIDTH + 8, 20);
      cairo_fill (writer->cr);
      text_at (writer, tally->name, MARGIN, name_width, 10, FALSE, FALSE, PANGO_ALIGN_LEFT);
      for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
        {
          g_autofree char *number = g_strdup_printf ("%u", counts[i]);

          text_at (writer, number, MARGIN + name_width + i * column, column, 10, i == 0, FALSE,
                   PANGO_ALIGN_CENTER);
        }
      writer->y += 20;
    }
  writer->y += 16;
}

/* How the child was before (hollow) and after (filled) each visit, on the
 * scale 1 (very hard) to 5 (very good), over the period. */
static void
write_chart (Writer        *writer,
             LtVisitReport *report)
{
  g_autofree char *heading =
      g_strdup_printf (_ ("How %s was, before (○) and after (●)"), report->child_name);
  double   top, left = MARGIN + 24, width = CONTENT_WIDTH - 24;
  guint    noted = 0;
  cairo_t *cr = writer->cr;

  for (guint i = 0; i < report->lines->len; i++)
    noted += ((LtVisitLine *) g_ptr_array_index (report->lines, i))->mood_before > 0 ||
             ((LtVisitLine *) g_ptr_array_index (report->lines, i))->mood_after > 0;
  make_room (writer, CHART_HEIGHT + 60);
  writer->y += text_at (writer, heading, MARGIN, CONTENT_WIDTH, 13, TRUE, FALSE, PANGO_ALIGN_LEFT);
  writer->y += 8;
  if (noted == 0)
    {
      writer->y += text_at (writer, _ ("Not noted for any visit in the period."), MARGIN,
                            CONTENT_WIDTH, 10, FALSE, TRUE, PANGO_ALIGN_LEFT);
      writer->y += 16;
      return;
    }
  top = writer->y;
  cairo_set_line_width (cr, 0.5);
  for (int level = 1; level <= 5; level++)
    {
      double           y = top + CHART_HEIGHT - (level - 1) * CHART_HEIGHT / 4;
      g_autofree char *label = g_strdup_printf ("%d", level);

      cairo_set_source_rgba (cr, 0, 0, 0, 0.15);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, left + width, y);
      cairo_stroke (cr);
      writer->y = y - 6;
      text_at (writer, label, MARGIN, 16, 8, FALSE, TRUE, PANGO_ALIGN_RIGHT);
    }
  for (guint i = 0; i < report->lines->len; i++)
    {
      LtVisitLine *line = g_ptr_array_index (report->lines, i);
      double       x = left + width * (line->start - report->from) /
                            (double) MAX (report->to - report->from, 1);
      int moods[2] = { line->mood_before, line->mood_after };

      for (guint k = 0; k < 2; k++)
        {
          if (moods[k] == 0)
            continue;
          cairo_new_path (cr); /* no line from where the last text ended */
          cairo_arc (cr, x + (k ? 3 : -3), top + CHART_HEIGHT - (moods[k] - 1) * CHART_HEIGHT / 4, 3.5,
                     0, 2 * G_PI);
          cairo_set_source_rgb (cr, 0.15, 0.64, 0.41);
          if (k == 1)
            cairo_fill (cr);
          else
            {
              cairo_set_line_width (cr, 1.2);
              cairo_stroke (cr);
            }
        }
    }
  writer->y = top + CHART_HEIGHT + 24;
}

static void
write_lines (Writer        *writer,
             LtVisitReport *report)
{
  make_room (writer, 60);
  writer->y += text_at (writer, _ ("The visits and calls"), MARGIN, CONTENT_WIDTH, 13, TRUE, FALSE,
                        PANGO_ALIGN_LEFT);
  writer->y += 8;
  for (guint i = 0; i < report->lines->len; i++)
    {
      LtVisitLine     *line = g_ptr_array_index (report->lines, i);
      g_autofree char *what = line->with != NULL ? g_strdup_printf ("%s · %s", line->title, line->with)
                                                 : g_strdup (line->title);
      g_autofree char *before = line->mood_before > 0 ? g_strdup_printf ("%d", line->mood_before)
                                                      : g_strdup ("–");
      g_autofree char *after = line->mood_after > 0 ? g_strdup_printf ("%d", line->mood_after)
                                                    : g_strdup ("–");
      g_autofree char *moods = NULL;
      double           height;

      if (line->mood_before > 0 || line->mood_after > 0)
        /* Translators: how the child was before → after, e.g. "3 → 4" */
        moods = g_strdup_printf (_ ("%s → %s"), before, after);
      make_room (writer, 30);
      text_at (writer, line->date, MARGIN, 110, 9, FALSE, TRUE, PANGO_ALIGN_LEFT);
      height = text_at (writer, what, MARGIN + 115, 220, 9, FALSE, FALSE, PANGO_ALIGN_LEFT);
      text_at (writer, line->outcome, MARGIN + 340, 110, 9, FALSE, FALSE, PANGO_ALIGN_LEFT);
      if (moods != NULL)
        text_at (writer, moods, MARGIN + 450, CONTENT_WIDTH - 450, 9, FALSE, FALSE,
                 PANGO_ALIGN_LEFT);
      writer->y += MAX (height, 12) + 5;
      if (line->observations != NULL)
        {
          make_room (writer, 30);
          writer->y += text_at (writer, line->observations, MARGIN + 115, CONTENT_WIDTH - 115, 9,
                                FALSE, TRUE, PANGO_ALIGN_LEFT) +
                       6;
        }
    }
}

static void
write_pages (cairo_t *cr,
             gpointer data)
{
  LtVisitReport *report = data;
  Writer         writer = { cr, MARGIN, 1 };

  write_heading (&writer, report);
  write_table (&writer, report);
  write_chart (&writer, report);
  write_lines (&writer, report);
}

/**
 * lt_visit_report_write_pdf:
 * @path: written through a temporary file, readable by its owner only
 *
 * Returns: %TRUE, or %FALSE with @error
 */
gboolean
lt_visit_report_write_pdf (LtVisitReport *report,
                           const char    *path,
                           GError       **error)
{
  return lt_pdf_file_write (path, report->child_name, write_pages, report, error);
}
