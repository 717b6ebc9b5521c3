/* test-timeline.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The life line's layout by numbers, and its painting into PNG and PDF.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "lt-placement.h"
#include "lt-school-period.h"
#include "lt-timeline-layout.h"
#include "lt-timeline-painter.h"

static GDate today;

static LtPlacement *
placement (const char     *place,
           LtPlacementKind kind,
           const char     *start,
           const char     *end)
{
  return g_object_new (LT_TYPE_PLACEMENT, "place", place, "kind", kind, "start-date", start,
                       "end-date", end, NULL);
}

static LtSchoolPeriod *
school (const char *institution,
        const char *start,
        const char *end)
{
  return g_object_new (LT_TYPE_SCHOOL_PERIOD, "institution", institution, "start-date", start,
                       "end-date", end, NULL);
}

static GListStore *
store_of (GType kind,
          ...)
{
  GListStore *list = g_list_store_new (kind);
  va_list     args;
  gpointer    item;

  va_start (args, kind);
  while ((item = va_arg (args, gpointer)) != NULL)
    {
      g_list_store_append (list, item);
      g_object_unref (item);
    }
  va_end (args);
  return list;
}

/* Ida's history from the demo household. */
static LtTimelineLayout *
ida_layout (double       width,
            GListStore **placements_out)
{
  g_autoptr (GListStore) placements = store_of (
      LT_TYPE_PLACEMENT,
      placement ("Hos mor i Aalborg", LT_PLACEMENT_KIND_BIRTH_FAMILY, "2014-03-12", "2017-09-04"),
      placement ("Akutfamilien Bøgh", LT_PLACEMENT_KIND_EMERGENCY, "2017-09-04", "2017-12-15"),
      placement ("Familien Østergaard, Hjørring", LT_PLACEMENT_KIND_FOSTER_FAMILY, "2017-12-15",
                 "2021-06-25"),
      placement ("Familien Kjærgaard, Brønderslev", LT_PLACEMENT_KIND_FOSTER_FAMILY, "2021-06-25",
                 NULL),
      NULL);
  g_autoptr (GListStore) schools = store_of (
      LT_TYPE_SCHOOL_PERIOD, school ("Vuggestuen Mariehønen", "2015-01", "2017-09"),
      school ("Børnehaven Æblehaven", "2017-12", "2020-07"), school ("Brønderslev Skole", "2021-08-09", NULL),
      NULL);

  if (placements_out != NULL)
    *placements_out = g_object_ref (placements);
  return lt_timeline_layout_new (G_LIST_MODEL (placements), G_LIST_MODEL (schools), "2014-03-12",
                                 &today, width);
}

static void
test_lanes_and_order (void)
{
  g_autoptr (LtTimelineLayout) layout = ida_layout (800, NULL);
  const LtTimelineBar *previous = NULL;

  g_assert_cmpuint (layout->bars->len, ==, 7);
  for (guint i = 0; i < layout->bars->len; i++)
    {
      const LtTimelineBar *bar = lt_timeline_layout_get_bar (layout, i);

      g_assert_cmpfloat (bar->x, >=, 0);
      g_assert_cmpfloat (bar->x + bar->width, <=, layout->width + 0.01);
      if (previous != NULL && previous->lane == bar->lane && previous->row == bar->row)
        g_assert_cmpfloat (previous->x + previous->width, <=, bar->x + 0.5);
      if (previous != NULL && previous->lane != bar->lane)
        g_assert_cmpfloat (bar->y, >, previous->y);
      previous = bar;
    }
  /* No overlaps: one row per lane, the axis below both. */
  g_assert_cmpuint (lt_timeline_layout_get_bar (layout, 3)->row, ==, 0);
  g_assert_cmpint (lt_timeline_layout_get_bar (layout, 0)->lane, ==, LT_TIMELINE_LANE_HOME);
  g_assert_cmpint (lt_timeline_layout_get_bar (layout, 6)->lane, ==, LT_TIMELINE_LANE_SCHOOL);
  g_assert_cmpfloat (layout->axis_y, >, lt_timeline_layout_get_bar (layout, 6)->y);
  g_assert_cmpfloat (layout->height, >, layout->axis_y);
}

static void
test_widths_follow_time (void)
{
  g_autoptr (LtTimelineLayout) layout = ida_layout (800, NULL);
  const LtTimelineBar *aalborg = lt_timeline_layout_get_bar (layout, 0);
  const LtTimelineBar *emergency = lt_timeline_layout_get_bar (layout, 1);
  const LtTimelineBar *now = lt_timeline_layout_get_bar (layout, 3);
  double               ratio;

  /* 1272 days in Aalborg against 102 in the emergency family. */
  ratio = aalborg->width / emergency->width;
  g_assert_cmpfloat_with_epsilon (ratio, 1272.0 / 102.0, 0.01);
  g_assert_true (now->ongoing);
  g_assert_cmpfloat_with_epsilon (now->x + now->width, layout->today_x, 0.01);
  g_assert_false (aalborg->ongoing);
}

static void
test_overlap_gets_a_row (void)
{
  g_autoptr (GListStore) placements = store_of (
      LT_TYPE_PLACEMENT, placement ("A", LT_PLACEMENT_KIND_FOSTER_FAMILY, "2015", "2019"),
      placement ("B", LT_PLACEMENT_KIND_FOSTER_FAMILY, "2017-06", "2020"),
      placement ("C", LT_PLACEMENT_KIND_FOSTER_FAMILY, "2020-06", NULL), NULL);
  g_autoptr (LtTimelineLayout) layout =
      lt_timeline_layout_new (G_LIST_MODEL (placements), NULL, "2014", &today, 600);

  g_assert_cmpuint (lt_timeline_layout_get_bar (layout, 0)->row, ==, 0);
  g_assert_cmpuint (lt_timeline_layout_get_bar (layout, 1)->row, ==, 1);
  g_assert_cmpuint (lt_timeline_layout_get_bar (layout, 2)->row, ==, 0);
  g_assert_cmpfloat (lt_timeline_layout_get_bar (layout, 1)->y, >,
                     lt_timeline_layout_get_bar (layout, 0)->y);
}

static void
test_partial_and_unknown_dates (void)
{
  g_autoptr (GListStore) placements = store_of (
      LT_TYPE_PLACEMENT, placement ("Et sted", LT_PLACEMENT_KIND_OTHER, NULL, "2016"),
      placement ("Hos moster", LT_PLACEMENT_KIND_KINSHIP_CARE, "2017-05", "2018-05"), NULL);
  g_autoptr (LtTimelineLayout) layout =
      lt_timeline_layout_new (G_LIST_MODEL (placements), NULL, "2012-01-01", &today, 1000);
  const LtTimelineBar *unknown = lt_timeline_layout_get_bar (layout, 0);
  const LtTimelineBar *partial = lt_timeline_layout_get_bar (layout, 1);
  double               per_day = (1000 - 16) / (double) (g_date_get_julian (&today) - 734503 /* 2012-01-01 */);

  g_assert_true (unknown->uncertain_start);
  g_assert_cmpfloat_with_epsilon (unknown->x, 8, 0.01);
  /* "2016" ends on 31 December 2016. */
  g_assert_cmpfloat_with_epsilon (unknown->width, (736329 - 734503) * per_day, 0.01);
  /* "2017-05" to "2018-05": 1 May 2017 to 31 May 2018. */
  g_assert_false (partial->uncertain_start);
  g_assert_cmpfloat_with_epsilon (partial->width, (736845 - 736450) * per_day, 0.01);
}

static void
test_year_labels_never_overlap (void)
{
  const double widths[] = { 200, 360, 800, 1600 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr (LtTimelineLayout) layout = ida_layout (widths[w], NULL);
      double last_label = -G_MAXDOUBLE;
      guint  labelled = 0;

      for (guint i = 0; i < layout->ticks->len; i++)
        {
          const LtTimelineTick *tick = &g_array_index (layout->ticks, LtTimelineTick, i);

          if (i > 0)
            g_assert_cmpfloat (tick->x, >, g_array_index (layout->ticks, LtTimelineTick, i - 1).x);
          if (!tick->labelled)
            continue;
          g_assert_cmpfloat (tick->x - last_label, >=, LT_TIMELINE_LABEL_WIDTH);
          last_label = tick->x;
          labelled++;
        }
      g_assert_cmpuint (labelled, >=, 1);
    }
}

static void
test_hit_test (void)
{
  g_autoptr (GListStore) placements = NULL;
  g_autoptr (LtTimelineLayout) layout = ida_layout (800, &placements);
  const LtTimelineBar *aalborg = lt_timeline_layout_get_bar (layout, 0);
  g_autoptr (LtRecord) first = g_list_model_get_item (G_LIST_MODEL (placements), 0);

  g_assert_true (lt_timeline_layout_hit_test (layout, aalborg->x + 5, aalborg->y + 5) == first);
  g_assert_null (lt_timeline_layout_hit_test (layout, aalborg->x + 5, aalborg->y - 3));
  g_assert_null (lt_timeline_layout_hit_test (layout, 5, layout->axis_y + 10));
}

static void
test_empty_history (void)
{
  g_autoptr (LtTimelineLayout) layout = lt_timeline_layout_new (NULL, NULL, NULL, &today, 500);

  g_assert_cmpuint (layout->bars->len, ==, 0);
  g_assert_cmpuint (layout->ticks->len, >=, 1);
  g_assert_cmpfloat (layout->height, >, 0);
}

static void
test_paint (void)
{
  g_autoptr (LtTimelineLayout) layout = ida_layout (800, NULL);
  g_autofree char     *folder = g_dir_make_tmp ("lt-timeline-XXXXXX", NULL);
  g_autofree char     *png = g_build_filename (folder, "timeline.png", NULL);
  g_autofree char     *pdf = g_build_filename (folder, "timeline.pdf", NULL);
  const LtTimelineBar *school_bar = lt_timeline_layout_get_bar (layout, 4);
  LtTimelinePalette    palette;
  cairo_surface_t     *surface;
  cairo_t             *cr;
  guint32              pixel;
  int                  stride;

  lt_timeline_palette_default (&palette);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, (int) layout->height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  lt_timeline_paint (layout, cr, NULL, &palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Just inside a school bar's top-left corner: the school colour. */
  stride = cairo_image_surface_get_stride (surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                        (int) (school_bar->y + 2) * stride + (int) (school_bar->x + 8) * 4);
  g_assert_cmpint ((pixel >> 16) & 0xff, ==, (int) (palette.school.red * 255 + 0.5));
  g_assert_cmpint ((pixel >> 8) & 0xff, ==, (int) (palette.school.green * 255 + 0.5));
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  surface = cairo_pdf_surface_create (pdf, 800, layout->height);
  cr = cairo_create (surface);
  lt_timeline_paint (layout, cr, NULL, &palette);
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  if (g_getenv ("LT_KEEP_TIMELINE") == NULL)
    {
      g_remove (png);
      g_remove (pdf);
      g_rmdir (folder);
    }
  else
    g_test_message ("kept %s and %s", png, pdf);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, 11, 2026);

  g_test_add_func ("/timeline/lanes-and-order", test_lanes_and_order);
  g_test_add_func ("/timeline/widths-follow-time", test_widths_follow_time);
  g_test_add_func ("/timeline/overlap-gets-a-row", test_overlap_gets_a_row);
  g_test_add_func ("/timeline/partial-and-unknown-dates", test_partial_and_unknown_dates);
  g_test_add_func ("/timeline/year-labels-never-overlap", test_year_labels_never_overlap);
  g_test_add_func ("/timeline/hit-test", test_hit_test);
  g_test_add_func ("/timeline/empty-history", test_empty_history);
  g_test_add_func ("/timeline/paint", test_paint);

  return g_test_run ();
}
