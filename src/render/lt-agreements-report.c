/* lt-agreements-report.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The everyday agreements as an A4 PDF for a meeting with the parents: a
 * heading, then a table with a band per topic and a row per agreement,
 * its notes in grey under the title.  A row that does not fit starts a new
 * page, which repeats the column headings so each page reads on its own.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-agreements-report.h"
#include "lt-diagram.h"
#include "lt-pdf-file.h"

#define MARGIN 48.0
#define CONTENT_WIDTH (LT_PDF_A4_WIDTH - 2 * MARGIN)
#define BOTTOM (LT_PDF_A4_HEIGHT - MARGIN - 18)
#define CELL_GAP 8.0
#define ROW_PAD 5.0
#define LINE_SIZE 9.0
#define SMALL_SIZE 8.0
#define TOPIC_SIZE 11.5

enum
{
  COLUMN_TITLE,
  COLUMN_DECIDES,
  COLUMN_INVOLVED,
  COLUMN_INFORMED,
  COLUMN_DATES,
  N_COLUMNS
};

/* Widths add up to CONTENT_WIDTH with the gaps between them. */
static const double column_widths[N_COLUMNS] = { 163, 78, 70, 70, 86 };

typedef struct
{
  LtAgreementsReport *report;
  guint               page;
} Writer;

/* ---- building ----------------------------------------------------------- */

static void
item_free (gpointer data)
{
  LtAgreementsItem *item = data;

  g_free (item->title);
  g_free (item->decides);
  g_free (item->involved);
  g_free (item->informed);
  g_free (item->agreed_on);
  g_free (item->review_on);
  g_free (item->notes);
  g_free (item);
}

static void
group_free (gpointer data)
{
  LtAgreementsGroup *group = data;

  g_free (group->heading);
  g_ptr_array_unref (group->items);
  g_free (group);
}

/**
 * lt_agreements_report_new:
 *
 * Returns: (transfer full): an empty report; free with
 * lt_agreements_report_free()
 */
LtAgreementsReport *
lt_agreements_report_new (const char *child_name,
                          const char *made_on)
{
  LtAgreementsReport *report = g_new0 (LtAgreementsReport, 1);

  report->child_name = g_strdup (child_name);
  report->made_on = g_strdup (made_on);
  report->groups = g_ptr_array_new_with_free_func (group_free);
  return report;
}

/* Returns: (transfer none): a new, empty group at the end */
LtAgreementsGroup *
lt_agreements_report_add_group (LtAgreementsReport *report,
                                const char         *heading)
{
  LtAgreementsGroup *group = g_new0 (LtAgreementsGroup, 1);

  g_return_val_if_fail (report != NULL, NULL);

  group->heading = g_strdup (heading);
  group->items = g_ptr_array_new_with_free_func (item_free);
  g_ptr_array_add (report->groups, group);
  return group;
}

/* Returns: (transfer none): the new item at the end of @group */
LtAgreementsItem *
lt_agreements_group_add_item (LtAgreementsGroup *group,
                              const char        *title,
                              const char        *decides,
                              const char        *involved,
                              const char        *informed,
                              const char        *agreed_on,
                              const char        *review_on,
                              const char        *notes)
{
  LtAgreementsItem *item = g_new0 (LtAgreementsItem, 1);

  g_return_val_if_fail (group != NULL, NULL);

  item->title = g_strdup (title);
  item->decides = g_strdup (decides);
  item->involved = g_strdup (involved);
  item->informed = g_strdup (informed);
  item->agreed_on = g_strdup (agreed_on);
  item->review_on = g_strdup (review_on);
  item->notes = g_strdup (notes);
  g_ptr_array_add (group->items, item);
  return item;
}

void
lt_agreements_report_free (LtAgreementsReport *report)
{
  if (report == NULL)
    return;

  g_free (report->child_name);
  g_free (report->made_on);
  g_ptr_array_unref (report->groups);
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

  if (text == NULL || *text == '\0')
    return 0;
  if (cr != NULL)
    return lt_pdf_text (cr, text, x, y, width, size, bold, muted, PANGO_ALIGN_LEFT);
  lt_diagram_measure_text (text, size, bold, width, &measured_width, &height);
  return height;
}

static double
column_x (int column)
{
  double x = MARGIN;

  for (int i = 0; i < column; i++)
    x += column_widths[i] + CELL_GAP;
  return x;
}

static void
rule (cairo_t *cr,
      double   y,
      double   alpha)
{
  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, alpha);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, MARGIN, y);
  cairo_line_to (cr, MARGIN + CONTENT_WIDTH, y);
  cairo_stroke (cr);
}

/* The title on the first page, a shorter one on the next; then the column
 * headings.  Returns where the rows begin. */
static double
write_page_top (cairo_t *cr,
                Writer  *writer)
{
  LtAgreementsReport *report = writer->report;
  const char         *headings[N_COLUMNS] = {
            _ ("Agreement"),
            _ ("Who Decides"),
            _ ("Involved"),
            _ ("Informed"),
            _ ("Agreed / Look Again"),
  };
  g_autofree char *page = g_strdup_printf (_ ("Page %u"), writer->page);
  double           y = MARGIN;
  double           height = 0;

  if (writer->page == 1)
    {
      /* Translators: the title of the agreements PDF; %s is the child's name */
      g_autofree char *title = g_strdup_printf (_ ("Everyday Agreements for %s"), report->child_name);

      y += lt_pdf_text (cr, title, MARGIN, y, CONTENT_WIDTH, 18, TRUE, FALSE, PANGO_ALIGN_LEFT) + 2;
      y += lt_pdf_text (cr, report->made_on, MARGIN, y, CONTENT_WIDTH, 9.5, FALSE, TRUE,
                        PANGO_ALIGN_LEFT) +
           4;
      y += lt_pdf_text (cr,
                        _ ("Who decides everyday matters, who takes part in deciding and who is "
                           "told — agreed between the parents, the child and the adults around "
                           "the child."),
                        MARGIN, y, CONTENT_WIDTH, 9, FALSE, TRUE, PANGO_ALIGN_LEFT) +
           12;
    }
  else
    {
      /* Translators: the heading of the agreements PDF's next pages */
      g_autofree char *title = g_strdup_printf (_ ("Everyday Agreements for %s (continued)"),
                                                report->child_name);

      y += lt_pdf_text (cr, title, MARGIN, y, CONTENT_WIDTH, 11, TRUE, FALSE, PANGO_ALIGN_LEFT) + 10;
    }

  lt_pdf_text (cr, page, MARGIN, LT_PDF_A4_HEIGHT - MARGIN, CONTENT_WIDTH, 8, FALSE, TRUE,
               PANGO_ALIGN_RIGHT);

  for (int c = 0; c < N_COLUMNS; c++)
    height = MAX (height, lt_pdf_text (cr, headings[c], column_x (c), y, column_widths[c],
                                       SMALL_SIZE, TRUE, TRUE, PANGO_ALIGN_LEFT));
  y += height + 3;
  rule (cr, y, 0.6);
  return y + ROW_PAD;
}

/* One agreement's row at @y; measured only when @cr is %NULL.
 * Returns its height. */
static double
write_item (cairo_t          *cr,
            LtAgreementsItem *item,
            double            y)
{
  const char *cells[] = { NULL, item->decides, item->involved, item->informed };
  /* Translators: in the agreements PDF, above the day it was agreed */
  g_autofree char *agreed = g_strdup_printf (_ ("Agreed\n%s"), item->agreed_on);
  /* Translators: in the agreements PDF, above the day to look at it again */
  g_autofree char *review =
      item->review_on != NULL ? g_strdup_printf (item->review_due ? _ ("Look again\n%s (due)")
                                                                  : _ ("Look again\n%s"),
                                                 item->review_on)
                              : NULL;
  double heights[N_COLUMNS] = { 0 };
  double height = 0;

  heights[COLUMN_TITLE] = text_block (cr, item->title, column_x (COLUMN_TITLE), y,
                                      column_widths[COLUMN_TITLE], LINE_SIZE, TRUE, FALSE);
  if (item->notes != NULL && *item->notes != '\0')
    heights[COLUMN_TITLE] += 2 + text_block (cr, item->notes, column_x (COLUMN_TITLE),
                                             y + heights[COLUMN_TITLE] + 2,
                                             column_widths[COLUMN_TITLE], SMALL_SIZE, FALSE, TRUE);
  for (int c = COLUMN_DECIDES; c <= COLUMN_INFORMED; c++)
    heights[c] = text_block (cr, cells[c], column_x (c), y, column_widths[c], LINE_SIZE, FALSE, FALSE);
  heights[COLUMN_DATES] = text_block (cr, agreed, column_x (COLUMN_DATES), y,
                                      column_widths[COLUMN_DATES], SMALL_SIZE, FALSE, FALSE);
  if (review != NULL)
    heights[COLUMN_DATES] += 2 + text_block (cr, review, column_x (COLUMN_DATES),
                                             y + heights[COLUMN_DATES] + 2,
                                             column_widths[COLUMN_DATES], SMALL_SIZE,
                                             item->review_due, FALSE);

  for (int c = 0; c < N_COLUMNS; c++)
    height = MAX (height, heights[c]);
  return height;
}

static void
next_page (cairo_t *cr,
           Writer  *writer,
           double  *y)
{
  cairo_show_page (cr);
  writer->page++;
  *y = write_page_top (cr, writer);
}

static void
write_pages (cairo_t *cr,
             gpointer data)
{
  Writer             *writer = data;
  LtAgreementsReport *report = writer->report;
  double              topic_height = text_block (NULL, "Åg", 0, 0, CONTENT_WIDTH, TOPIC_SIZE,
                                                 TRUE, FALSE);
  double              y;

  writer->page = 1;
  y = write_page_top (cr, writer);
  if (report->groups->len == 0)
    {
      lt_pdf_text (cr, _ ("No agreements yet."), MARGIN, y + 6, CONTENT_WIDTH, LINE_SIZE, FALSE,
                   TRUE, PANGO_ALIGN_LEFT);
      return;
    }

  for (guint g = 0; g < report->groups->len; g++)
    {
      LtAgreementsGroup *group = g_ptr_array_index (report->groups, g);

      for (guint i = 0; i < group->items->len; i++)
        {
          LtAgreementsItem *item = g_ptr_array_index (group->items, i);
          double            height = write_item (NULL, item, y) + 2 * ROW_PAD;
          /* A topic's band stays with its first row. */
          double band = i == 0 ? topic_height + 8 : 0;

          gboolean new_page = FALSE;

          if (y + band + height > BOTTOM && y > MARGIN + 80)
            {
              next_page (cr, writer, &y);
              new_page = TRUE;
            }
          if (i == 0)
            {
              y += 4;
              y += lt_pdf_text (cr, group->heading, MARGIN, y, CONTENT_WIDTH, TOPIC_SIZE, TRUE,
                                FALSE, PANGO_ALIGN_LEFT) +
                   4;
            }
          else if (new_page)
            {
              /* Translators: a topic's heading again at the top of the next page */
              g_autofree char *heading = g_strdup_printf (_ ("%s (continued)"), group->heading);

              y += 4;
              y += lt_pdf_text (cr, heading, MARGIN, y, CONTENT_WIDTH, TOPIC_SIZE, TRUE, TRUE,
                                PANGO_ALIGN_LEFT) +
                   4;
            }
          write_item (cr, item, y + ROW_PAD);
          y += height;
          rule (cr, y, 0.2);
        }
    }
}

/**
 * lt_agreements_report_write_pdf:
 * @path: where to write; replaced whole or left as it was
 *
 * Returns: %FALSE with @error set when the file could not be written
 */
gboolean
lt_agreements_report_write_pdf (LtAgreementsReport *report,
                                const char         *path,
                                GError            **error)
{
  Writer writer = { report, 1 };

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return lt_pdf_file_write (path, report->child_name, write_pages, &writer, error);
}
