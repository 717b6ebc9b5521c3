/* lt-timeline-layout.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The life line's geometry.  From top to bottom: the "Home" lane title and
 * its rows of bars, the "Day care and school" lane, then the year axis.
 * Time runs left to right from the child's birth (or the earliest known
 * start) to today (or a later planned end).
 */
#include "config.h"

#include "lt-date.h"
#include "lt-placement.h"
#include "lt-school-period.h"
#include "lt-timeline-layout.h"

#define SIDE_PADDING 8.0
#define LANE_GAP 10.0
#define AXIS_GAP 8.0
#define AXIS_HEIGHT 22.0

/* A period as days since the epoch, before it gets pixels. */
typedef struct
{
  LtRecord      *record;
  LtTimelineLane lane;
  gint64         start_day; /* G_MININT64 while unknown */
  gint64         end_day;   /* G_MAXINT64 while ongoing */
} Span;

static gint64
julian (const GDate *date)
{
  return g_date_get_julian (date);
}

/* The last day a (partial) end date can mean: "2017-09" ends 30 September. */
static gboolean
last_day_of (const char *iso,
             GDate      *day)
{
  switch (lt_date_parse_iso (iso, day))
    {
    case LT_DATE_YEAR:
      g_date_set_dmy (day, 31, 12, g_date_get_year (day));
      return TRUE;
    case LT_DATE_MONTH:
      g_date_set_day (day, g_date_get_days_in_month (g_date_get_month (day),
                                                     g_date_get_year (day)));
      return TRUE;
    case LT_DATE_DAY:
      return TRUE;
    case LT_DATE_INVALID:
    default:
      return FALSE;
    }
}

static void
collect_spans (GArray        *spans,
               GListModel    *records,
               LtTimelineLane lane)
{
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr (LtRecord) record = g_list_model_get_item (records, i);
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      Span             span = { record, lane, G_MININT64, G_MAXINT64 };
      GDate            day;

      g_object_get (record, "start-date", &start, "end-date", &end, NULL);
      g_date_clear (&day, 1);
      if (lt_date_parse_iso (start, &day) != LT_DATE_INVALID)
        span.start_day = julian (&day);
      if (last_day_of (end, &day))
        span.end_day = julian (&day);
      g_array_append_val (spans, span);
    }
}

static char *
label_for (LtRecord *record)
{
  if (LT_IS_PLACEMENT (record))
    return g_strdup (lt_placement_get_place (LT_PLACEMENT (record)));
  if (LT_IS_SCHOOL_PERIOD (record))
    return g_strdup (lt_school_period_get_institution (LT_SCHOOL_PERIOD (record)));
  return g_strdup ("");
}

static void
clear_bar (gpointer data)
{
  LtTimelineBar *bar = data;

  g_clear_object (&bar->record);
  g_clear_pointer (&bar->label, g_free);
}

/* The first and last day the axis shows. */
static void
find_range (GArray      *spans,
            const char  *birth_date,
            const GDate *today,
            gint64      *first,
            gint64      *last)
{
  GDate birth;

  *first = julian (today);
  *last = julian (today);
  if (lt_date_parse_iso (birth_date, &birth) != LT_DATE_INVALID)
    *first = MIN (*first, julian (&birth));
  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);

      if (span->start_day != G_MININT64)
        *first = MIN (*first, span->start_day);
      if (span->end_day != G_MAXINT64)
        *last = MAX (*last, span->end_day);
    }
  /* Show at least a year, so a new placement is not one wide block. */
  *first = MIN (*first, *last - 365);
}

/* Puts each bar of @lane in the first row where it does not overlap. */
static guint
assign_rows (GArray        *bars,
             LtTimelineLane lane)
{
  g_autoptr (GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < bars->len; i++)
    {
      LtTimelineBar *bar = &g_array_index (bars, LtTimelineBar, i);
      guint          row;

      if (bar->lane != lane)
        continue;
      for (row = 0; row < row_ends->len; row++)
        if (g_array_index (row_ends, double, row) <= bar->x + 0.5)
          break;
      if (row == row_ends->len)
        g_array_set_size (row_ends, row + 1);
      g_array_index (row_ends, double, row) = bar->x + bar->width;
      bar->row = row;
    }
  return MAX (row_ends->len, 1);
}

static int
compare_bars (gconstpointer a,
              gconstpointer b)
{
  const LtTimelineBar *bar_a = a;
  const LtTimelineBar *bar_b = b;

  if (bar_a->lane != bar_b->lane)
    return (int) bar_a->lane - (int) bar_b->lane;
  return (bar_a->x > bar_b->x) - (bar_a->x < bar_b->x);
}

static void
place_bars (LtTimelineLayout *self,
            GArray           *spans,
            gint64            first,
            double            pixels_per_day,
            gint64            today)
{
  gint64 previous_end[2] = { first, first };

  for (guint i = 0; i < spans->len; i++)
    {
      Span         *span = &g_array_index (spans, Span, i);
      LtTimelineBar bar = { 0 };
      gint64        start = span->start_day;
      gint64        end = span->end_day;

      /* An unknown start begins where the lane's previous period ended. */
      bar.uncertain_start = start == G_MININT64;
      if (bar.uncertain_start)
        start = previous_end[span->lane];
      bar.ongoing = end == G_MAXINT64;
      if (bar.ongoing)
        end = MAX (today, start);
      previous_end[span->lane] = end;

      bar.record = g_object_ref (span->record);
      bar.label = label_for (span->record);
      bar.lane = span->lane;
      bar.x = SIDE_PADDING + (start - first) * pixels_per_day;
      bar.width = MAX ((end - start) * pixels_per_day, 2.0);
      bar.height = LT_TIMELINE_BAR_HEIGHT;
      g_array_append_val (self->bars, bar);
    }
  g_array_sort (self->bars, compare_bars);
}

/* Lays out the lanes top to bottom once rows are known. */
static void
stack_lanes (LtTimelineLayout *self)
{
  double lane_top = 0;

  for (LtTimelineLane lane = LT_TIMELINE_LANE_HOME; lane <= LT_TIMELINE_LANE_SCHOOL; lane++)
    {
      guint  n_rows = assign_rows (self->bars, lane);
      double rows_top = lane_top + LT_TIMELINE_TITLE_HEIGHT;

      self->lane_title_y[lane] = lane_top;
      for (guint i = 0; i < self->bars->len; i++)
        {
          LtTimelineBar *bar = &g_array_index (self->bars, LtTimelineBar, i);

          if (bar->lane == lane)
            bar->y = rows_top + bar->row * (LT_TIMELINE_BAR_HEIGHT + LT_TIMELINE_ROW_GAP);
        }
      lane_top = rows_top + n_rows * (LT_TIMELINE_BAR_HEIGHT + LT_TIMELINE_ROW_GAP) -
                 LT_TIMELINE_ROW_GAP + LANE_GAP;
    }
  self->axis_y = lane_top - LANE_GAP + AXIS_GAP;
  self->height = self->axis_y + AXIS_HEIGHT;
}

/* Year ticks; labels every 1, 2, 5, 10 … years, whichever leaves room. */
static void
place_ticks (LtTimelineLayout *self,
             gint64            first,
             gint64            last,
             double            pixels_per_day)
{
  static const int steps[] = { 1, 2, 5, 10, 20, 50 };
  GDate            first_date, last_date;
  int              step = steps[G_N_ELEMENTS (steps) - 1];

  g_date_set_julian (&first_date, first);
  g_date_set_julian (&last_date, last);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * 365.25 * pixels_per_day >= LT_TIMELINE_LABEL_WIDTH)
      {
        step = steps[i];
        break;
      }

  for (int year = g_date_get_year (&first_date) + 1; year <= g_date_get_year (&last_date); year++)
    {
      GDate          new_year;
      LtTimelineTick tick;

      g_date_clear (&new_year, 1);
      g_date_set_dmy (&new_year, 1, 1, year);
      tick.year = year;
      tick.x = SIDE_PADDING + (julian (&new_year) - first) * pixels_per_day;
      tick.labelled = year % step == 0 && tick.x + LT_TIMELINE_LABEL_WIDTH / 2 <= self->width;
      g_array_append_val (self->ticks, tick);
    }
}

/**
 * lt_timeline_layout_new:
 * @placements: (nullable): the child's #LtPlacement list
 * @school_periods: (nullable): the child's #LtSchoolPeriod list
 * @birth_date: (nullable): where the line starts, if known
 * @today: the day the line ends (or later, for a planned end)
 * @width: the width to fill, in pixels
 *
 * Returns: (transfer full): the layout
 */
LtTimelineLayout *
lt_timeline_layout_new (GListModel  *placements,
                        GListModel  *school_periods,
                        const char  *birth_date,
                        const GDate *today,
                        double       width)
{
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  LtTimelineLayout *self = g_new0 (LtTimelineLayout, 1);
  gint64            first, last;
  double            pixels_per_day;

  g_return_val_if_fail (today != NULL, NULL);

  self->width = MAX (width, 4 * SIDE_PADDING);
  self->bars = g_array_new (FALSE, TRUE, sizeof (LtTimelineBar));
  g_array_set_clear_func (self->bars, clear_bar);
  self->ticks = g_array_new (FALSE, FALSE, sizeof (LtTimelineTick));

  collect_spans (spans, placements, LT_TIMELINE_LANE_HOME);
  collect_spans (spans, school_periods, LT_TIMELINE_LANE_SCHOOL);
  find_range (spans, birth_date, today, &first, &last);
  pixels_per_day = (self->width - 2 * SIDE_PADDING) / (double) (last - first);

  self->today_x = SIDE_PADDING + (julian (today) - first) * pixels_per_day;
  place_bars (self, spans, first, pixels_per_day, julian (today));
  stack_lanes (self);
  place_ticks (self, first, last, pixels_per_day);
  return self;
}

void
lt_timeline_layout_free (LtTimelineLayout *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->bars);
  g_array_unref (self->ticks);
  g_free (self);
}

/* Returns: (transfer none): the bar at @index, in lane and time order. */
const LtTimelineBar *
lt_timeline_layout_get_bar (const LtTimelineLayout *self,
                            guint                   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->bars->len, NULL);

  return &g_array_index (self->bars, LtTimelineBar, index);
}

/* Returns: (transfer none) (nullable): the home or school at (@x, @y). */
LtRecord *
lt_timeline_layout_hit_test (const LtTimelineLayout *self,
                             double                  x,
                             double                  y)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const LtTimelineBar *bar = &g_array_index (self->bars, LtTimelineBar, i);

      if (x >= bar->x && x <= bar->x + bar->width && y >= bar->y && y <= bar->y + bar->height)
        return bar->record;
    }
  return NULL;
}
