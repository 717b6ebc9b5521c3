/* lt-timeline-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtTimelineView: the child's life line (homes and schools over the years)
 * as a widget, drawn by the render layer.
 */
#pragma once

#include <gtk/gtk.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_TIMELINE_VIEW (lt_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (LtTimelineView, lt_timeline_view, LT, TIMELINE_VIEW, GtkWidget)

LtTimelineView *lt_timeline_view_new (void);
void            lt_timeline_view_set_history (LtTimelineView *self,
                                              GListModel     *placements,
                                              GListModel     *school_periods,
                                              LtChild        *child);

G_END_DECLS
