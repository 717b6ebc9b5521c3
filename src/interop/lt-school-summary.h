/* lt-school-summary.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the school page and the school overview PDF gather from the store:
 * the school now, meetings to come and notes from school-home talks (from
 * the calendar), and the whole overview (render/lt-school-report).
 */
#pragma once

#include "lt-recurrence.h"
#include "lt-school-report.h"
#include "lt-store.h"

G_BEGIN_DECLS

#define LT_SCHOOL_MEETING_DAYS_AHEAD 120

LtSchoolPeriod *lt_school_summary_current_school (LtStore     *store,
                                                  LtChild     *child,
                                                  const GDate *today);
GPtrArray      *lt_school_summary_coming_meetings (LtStore     *store,
                                                   LtChild     *child,
                                                   const GDate *today,
                                                   guint        max);
GPtrArray      *lt_school_summary_talks (LtStore *store,
                                         LtChild *child,
                                         guint    max);
char           *lt_school_summary_format_when (gint64      unix_time,
                                               const char *zone_name);
void            lt_school_summary_add_goal (LtSchoolReport *report,
                                            LtStore        *store,
                                            LtGoal         *goal);
LtSchoolReport *lt_school_summary_new (LtStore     *store,
                                       LtChild     *child,
                                       const GDate *today);

G_END_DECLS
