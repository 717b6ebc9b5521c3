/* lt-timeline-layout.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Where each home and school of a child's life line goes: pure geometry,
 * tested with numbers, painted by lt-timeline-painter.
 */
#pragma once

#include <gio/gio.h>

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_TIMELINE_LANE_HOME,
  LT_TIMELINE_LANE_SCHOOL,
} LtTimelineLane;

typedef struct
{
  LtRecord      *record; /* owned reference */
  char          *label;  /* the place or institution */
  LtTimelineLane lane;
  guint          row; /* sub-row inside the lane, for overlaps */
  double         x, y, width, height;
  gboolean       uncertain_start; /* the start date is not known */
  gboolean       ongoing;         /* no end date: runs to today */
} LtTimelineBar;

typedef struct
{
  int      year;
  double   x;        /* 1 January of @year */
  gboolean labelled; /* thinned so labels never overlap */
} LtTimelineTick;

typedef struct
{
  double  width, height;
  double  lane_title_y[2]; /* baseline area of each lane's title */
  double  axis_y;
  double  today_x;
  GArray *bars;  /* LtTimelineBar */
  GArray *ticks; /* LtTimelineTick */
} LtTimelineLayout;

/* Sizes the painter and the layout agree on, in pixels. */
#define LT_TIMELINE_BAR_HEIGHT 26.0
#define LT_TIMELINE_ROW_GAP 4.0
#define LT_TIMELINE_TITLE_HEIGHT 20.0
#define LT_TIMELINE_LABEL_WIDTH 40.0  /* room a year label needs */
#define LT_TIMELINE_MIN_LABELLED 24.0 /* narrower bars carry no label */

LtTimelineLayout    *lt_timeline_layout_new (GListModel  *placements,
                                             GListModel  *school_periods,
                                             const char  *birth_date,
                                             const GDate *today,
                                             double       width);
void                 lt_timeline_layout_free (LtTimelineLayout *self);
LtRecord            *lt_timeline_layout_hit_test (const LtTimelineLayout *self,
                                                  double                  x,
                                                  double                  y);
const LtTimelineBar *lt_timeline_layout_get_bar (const LtTimelineLayout *self,
                                                 guint                   index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtTimelineLayout, lt_timeline_layout_free)

G_END_DECLS
