/* lt-log-report.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The daily log for a meeting, as a PDF.
 *
 * Only notes whose audience includes the one the printout is made for go
 * in: a note for the adults here (no audience) never does.  The notes are
 * oldest first under their days, as one reads a period back.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-diagram.h"
#include "lt-log-report.h"
#include "lt-pdf-file.h"

#define MARGIN 48.0
#define CONTENT_WIDTH (LT_PDF_A4_WIDTH - 2 * MARGIN)
#define BOTTOM (LT_PDF_A4_HEIGHT - MARGIN)
#define TEXT_SIZE 10.0
#define META_SIZE 8.5

/**
 * lt_log_report_select:
 * @notes: a child's notes (#LtLogNote), newest first
 * @from, @to: (nullable): the first and last day, "YYYY-MM-DD"
 *
 * Returns: (transfer full) (element-type LtLogNote): the notes of the
 * period for @audience, oldest first
 */
GPtrArray *
lt_log_report_select (GListModel *notes,
                      const char *from,
                      const char *to,
                      LtAudience  audience)
{
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = g_list_model_get_n_items (notes); i > 0; i--)
    {
      g_autoptr (LtLogNote) note = g_list_model_get_item (notes, i - 1);
      const char *day = lt_log_note_get_day (note);

      if ((lt_log_note_get_audience (note) & audience) == 0)
        continue;
      if ((from != NULL && g_strcmp0 (day, from) < 0) || (to != NULL && g_strcmp0 (day, to) > 0))
        continue;
      g_ptr_array_add (chosen, g_steal_pointer (&note));
    }
  return chosen;
}

typedef struct
{
  const char *child_name;
  GPtrArray  *notes;
  const char *from, *to;
  LtAudience  audience;
} Report;

static double
text_height (cairo_t    *cr,
             const char *text,
             double      size,
             double      width)
{
  g_autoptr (PangoLayout) layout = lt_diagram_text_new (cr, text, size, FALSE, width);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static char *
meta_line (LtLogNote *note)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();

  if (lt_log_note_get_time (note) != NULL)
    g_ptr_array_add (parts, (gpointer) lt_log_note_get_time (note));
  if (lt_log_note_get_child_line (note))
    g_ptr_array_add (parts, (gpointer) _ ("the child’s own words"));
  if (lt_log_note_get_writer (note) != NULL)
    g_ptr_array_add (parts, (gpointer) lt_log_note_get_writer (note));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static double
write_heading (cairo_t *cr,
               Report  *report)
{
  /* Translators: the title of the daily log printout; %s is the child's name */
  g_autofree char *title = g_strdup_printf (_ ("Daily Log for %s"), report->child_name);
  g_autofree char *period = lt_date_format_range (report->from, report->to);
  g_autofree char *who = g_strdup_printf (_ ("For: %s. Only the notes marked for them."),
                                          lt_audience_to_label (report->audience));
  double           y = MARGIN;

  y += lt_pdf_text (cr, title, MARGIN, y, CONTENT_WIDTH, 20, TRUE, FALSE, PANGO_ALIGN_LEFT) + 4;
  if (period != NULL && *period != '\0')
    y += lt_pdf_text (cr, period, MARGIN, y, CONTENT_WIDTH, 11, FALSE, TRUE, PANGO_ALIGN_LEFT) + 2;
  y += lt_pdf_text (cr, who, MARGIN, y, CONTENT_WIDTH, 9, FALSE, TRUE, PANGO_ALIGN_LEFT);
  return y + 18;
}

static void
write_report (cairo_t *cr,
              gpointer data)
{
  Report     *report = data;
  const char *day = NULL;
  double      y = write_heading (cr, report);

  if (report->notes->len == 0)
    lt_pdf_text (cr, _ ("No notes in the period are marked for them."), MARGIN, y, CONTENT_WIDTH, TEXT_SIZE,
                 FALSE, TRUE, PANGO_ALIGN_LEFT);
  for (guint i = 0; i < report->notes->len; i++)
    {
      LtLogNote       *note = g_ptr_array_index (report->notes, i);
      g_autofree char *meta = meta_line (note);
      gboolean         new_day = g_strcmp0 (day, lt_log_note_get_day (note)) != 0;
      double           needed = text_height (cr, lt_log_note_get_text (note), TEXT_SIZE, CONTENT_WIDTH) + 40;

      if (y + needed > BOTTOM)
        {
          cairo_show_page (cr);
          y = MARGIN;
          new_day = TRUE;
        }
      if (new_day)
        {
          GDate            date;
          g_autofree char *heading = NULL;

          lt_date_parse_iso (lt_log_note_get_day (note), &date);
          heading = lt_date_format_day_with_week (&date);
          y += 6 + lt_pdf_text (cr, heading, MARGIN, y + 6, CONTENT_WIDTH, 11, TRUE, FALSE, PANGO_ALIGN_LEFT);
          day = lt_log_note_get_day (note);
        }
      y += 4 + lt_pdf_text (cr, lt_log_note_get_text (note), MARGIN, y + 4, CONTENT_WIDTH, TEXT_SIZE, FALSE, FALSE,
                            PANGO_ALIGN_LEFT);
      y += 8 + lt_pdf_text (cr, meta, MARGIN, y + 1, CONTENT_WIDTH, META_SIZE, FALSE, TRUE, PANGO_ALIGN_LEFT);
    }
}

/**
 * lt_log_report_write_pdf:
 * @notes: (element-type LtLogNote): from lt_log_report_select()
 *
 * Writes the printout to @path whole or not at all, readable by its owner
 * only.
 */
gboolean
lt_log_report_write_pdf (const char *child_name,
                         GPtrArray  *notes,
                         const char *from,
                         const char *to,
                         LtAudience  audience,
                         const char *path,
                         GError    **error)
{
  Report           report = { child_name, notes, from, to, audience };
  g_autofree char *title = g_strdup_printf (_ ("Daily Log for %s"), child_name);

  return lt_pdf_file_write (path, title, write_report, &report, error);
}
