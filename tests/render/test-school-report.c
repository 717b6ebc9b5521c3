/* test-school-report.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The school overview PDF: one page whatever comes in, readable by its
 * owner only, with æøå; a long section cut with the right count; no file
 * left when it cannot be written.  The charts, by their pixels: bars where
 * there was absence, none where there was not, a target line, and nothing
 * drawn outside the size given.
 */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lt-school-report.h"

static char *
run (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int   status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
pages_of (const char *pdf)
{
  const char      *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  const char      *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:") + strspn (pages + strlen ("Pages:"), " "), NULL, 10);
}

static char *
text_of (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return run (argv);
}

static LtSchoolReport *
sample_report (guint n_lines)
{
  LtSchoolReport  *report = lt_school_report_new ("Søren Ærø Ålund", "torsdag 19. november · uge 47");
  LtReportSection *contacts = lt_school_report_add_section (report, "Kontakter på skolen");
  LtReportSection *long_one = lt_school_report_add_section (report, "Mødenoter");
  const char      *months[] = { "dec", "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov" };
  LtGoalChart     *goal;

  report->school = g_strdup ("Brønderslev Skole, 6.B");
  report->absence_heading = g_strdup ("Fravær, de sidste 12 måneder: 6 hele og 3 delvise dage");
  lt_report_section_add_line (contacts, "Hanne Bæk, klasselærer, 20 30 40 50");
  for (guint i = 0; i < n_lines; i++)
    {
      g_autofree char *line = g_strdup_printf ("Linje %u: en note fra et møde med skolen om hverdagen", i + 1);

      lt_report_section_add_line (long_one, line);
    }
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    lt_school_report_add_month (report, months[i], i % 3, i % 2);
  goal = lt_school_report_add_goal (report, "Går i skole hver dag", "Hele dage pr. uge", "dage");
  goal->has_target = TRUE;
  goal->target = 5;
  lt_goal_chart_add_point (goal, 1788000000, 3);
  lt_goal_chart_add_point (goal, 1790000000, 4.5);
  lt_school_report_add_goal (report, "Læser hver dag", "Minutter", NULL);
  return report;
}

static void
test_one_page (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-school-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (folder, "skole.pdf", NULL);
  g_autoptr (LtSchoolReport) report = sample_report (3);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  GStatBuf         buf;

  g_assert_true (lt_school_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (pdf, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (pages_of (pdf), ==, 1);
  text = text_of (pdf);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Søren Ærø Ålund"));
  g_assert_nonnull (strstr (text, "Brønderslev Skole, 6.B"));
  g_assert_nonnull (strstr (text, "Kontakter på skolen"));
  g_assert_nonnull (strstr (text, "Hanne Bæk"));
  g_assert_nonnull (strstr (text, "Linje 3"));
  g_assert_nonnull (strstr (text, "6 hele og 3 delvise dage"));
  g_assert_nonnull (strstr (text, "Går i skole hver dag"));
  g_assert_nonnull (strstr (text, "Goal: 5"));
  g_assert_null (strstr (text, "more"));
  lt_test_remove_tree (folder);
}

/* 200 lines cannot fit: the page ends the section with how many were left
 * out, and the lines shown plus those counted are all of them. */
static void
test_long_section_cut (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-school-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (folder, "skole.pdf", NULL);
  g_autoptr (LtSchoolReport) report = sample_report (200);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  const char      *more;
  guint            shown = 0, left;

  g_assert_true (lt_school_report_write_pdf (report, pdf, &error));
  g_assert_cmpuint (pages_of (pdf), ==, 1);
  text = text_of (pdf);
  more = strstr (text, "… and ");
  g_assert_nonnull (more);
  left = (guint) g_ascii_strtoull (more + strlen ("… and "), NULL, 10);
  for (guint i = 1; i <= 200; i++)
    {
      g_autofree char *line = g_strdup_printf ("Linje %u:", i);

      shown += strstr (text, line) != NULL;
    }
  g_test_message ("%u lines shown, %u counted", shown, left);
  g_assert_cmpuint (shown, >, 5);
  g_assert_cmpuint (shown + left, ==, 200);
  lt_test_remove_tree (folder);
}

static void
test_missing_folder (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-school-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (folder, "not-here", "skole.pdf", NULL);
  g_autofree char *inner = g_build_filename (folder, "not-here", NULL);
  g_autoptr (LtSchoolReport) report = sample_report (3);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;

  g_assert_false (lt_school_report_write_pdf (report, pdf, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "folder exists"));
  g_assert_false (g_file_test (inner, G_FILE_TEST_EXISTS));
  dir = g_dir_open (folder, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
  lt_test_remove_tree (folder);
}

/* ---- charts by their pixels ---------------------------------------------- */

static cairo_surface_t *
paint_absence (const LtAbsenceMonth *months,
               guint                 n_months,
               int                   width,
               int                   height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t         *cr = cairo_create (surface);

  lt_school_chart_paint_absence (cr, width, height, months, n_months);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* How many pixels in the column x0..x1, rows y0..y1 are strongly blue
 * (the bars' accent colour), whole or faded. */
static guint
blue_pixels (cairo_surface_t *surface,
             int              x0,
             int              x1,
             int              y0,
             int              y1)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int     stride = cairo_image_surface_get_stride (surface);
  guint   count = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + 4 * x);
        guint   alpha = pixel >> 24, red = (pixel >> 16) & 0xff, blue = pixel & 0xff;

        count += alpha > 40 && blue > red + 20;
      }
  return count;
}

static gboolean
painted_outside (cairo_surface_t *surface,
                 int              inner_x,
                 int              inner_y,
                 int              inner_width,
                 int              inner_height)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int     stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        gboolean inside =
            x >= inner_x && x < inner_x + inner_width && y >= inner_y && y < inner_y + inner_height;

        if (!inside && (*(guint32 *) (data + y * stride + 4 * x)) >> 24 != 0)
          return TRUE;
      }
  return FALSE;
}

/* Three months, the middle one with absence: its bar column has the bars'
 * colour, the empty months' columns none (above the axis). */
static void
test_absence_chart (void)
{
  LtAbsenceMonth   months[] = { { "jan", 0, 0 }, { "feb", 3, 1 }, { "mar", 0, 0 } };
  cairo_surface_t *surface = paint_absence (months, 3, 300, 160);
  /* The plot starts after the value labels; the thirds are close enough. */
  guint january = blue_pixels (surface, 40, 100, 20, 130);
  guint february = blue_pixels (surface, 130, 200, 20, 130);
  guint march = blue_pixels (surface, 230, 295, 20, 130);

  g_test_message ("blue pixels: %u %u %u", january, february, march);
  g_assert_cmpuint (february, >, 1000);
  g_assert_cmpuint (january, <, 20);
  g_assert_cmpuint (march, <, 20);
  cairo_surface_destroy (surface);

  /* Nothing to draw: a message, no bars, no crash. */
  surface = paint_absence (NULL, 0, 300, 160);
  g_assert_true (painted_outside (surface, 0, 0, 0, 0)); /* something is drawn */
  g_assert_cmpuint (blue_pixels (surface, 0, 300, 0, 160), ==, 0);
  cairo_surface_destroy (surface);
}

static cairo_surface_t *
paint_goal_in_frame (LtGoalChart *goal)
{
  /* A 300×160 chart in the middle of a larger surface, to see any ink
   * outside it. */
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 260);
  cairo_t         *cr = cairo_create (surface);

  cairo_translate (cr, 50, 50);
  lt_school_chart_paint_goal (cr, 300, 160, goal);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* A goal with one reading, equal readings, or a target: drawn inside its
 * box without dividing by nothing; the target is a green dashed line. */
static void
test_goal_chart (void)
{
  g_autoptr (LtSchoolReport) report = lt_school_report_new ("", "");
  LtGoalChart     *one = lt_school_report_add_goal (report, "Én måling", "Dage", "dage");
  LtGoalChart     *flat = lt_school_report_add_goal (report, "Flad", "Dage", NULL);
  LtGoalChart     *empty = lt_school_report_add_goal (report, "Tom", NULL, NULL);
  LtGoalChart     *targeted = lt_school_report_add_goal (report, "Mål", "Dage", "dage");
  LtGoalChart     *goals[] = { one, flat, empty, targeted };
  cairo_surface_t *surface;
  guchar          *data;
  int              stride;
  guint            green_rows = 0;

  lt_goal_chart_add_point (one, 1788000000, 3);
  lt_goal_chart_add_point (flat, 1788000000, 2);
  lt_goal_chart_add_point (flat, 1789000000, 2);
  lt_goal_chart_add_point (flat, 1790000000, 2);
  targeted->has_target = TRUE;
  targeted->target = 5;
  lt_goal_chart_add_point (targeted, 1788000000, 1);
  lt_goal_chart_add_point (targeted, 1790000000, 2);

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    {
      surface = paint_goal_in_frame (goals[i]);
      g_assert_false (painted_outside (surface, 50, 50, 300, 160));
      g_assert_true (painted_outside (surface, 0, 0, 0, 0));
      cairo_surface_destroy (surface);
    }

  /* The target: a row of green pixels across much of the plot. */
  surface = paint_goal_in_frame (targeted);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 50; y < 210; y++)
    {
      guint green = 0;

      for (int x = 50; x < 350; x++)
        {
          guint32 pixel = *(guint32 *) (data + y * stride + 4 * x);
          guint   red = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, blue = pixel & 0xff;

          green += (pixel >> 24) > 100 && g > red + 40 && g > blue + 20;
        }
      green_rows += green > 80;
    }
  g_assert_cmpuint (green_rows, >=, 1);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/school-report/one-page", test_one_page);
  g_test_add_func ("/school-report/long-section-cut", test_long_section_cut);
  g_test_add_func ("/school-report/missing-folder", test_missing_folder);
  g_test_add_func ("/school-report/absence-chart", test_absence_chart);
  g_test_add_func ("/school-report/goal-chart", test_goal_chart);
  return g_test_run ();
}
