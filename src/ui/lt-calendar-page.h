/* lt-calendar-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtCalendarPage: the child's (or household's) calendar of visits, calls,
 * meetings and activities.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_CALENDAR_PAGE (lt_calendar_page_get_type ())
G_DECLARE_FINAL_TYPE (LtCalendarPage, lt_calendar_page, LT, CALENDAR_PAGE, GtkWidget)

void  lt_calendar_page_set_store (LtCalendarPage *self,
                                  LtStore        *store);
void  lt_calendar_page_set_child (LtCalendarPage *self,
                                  LtChild        *child);
void  lt_calendar_page_show_day (LtCalendarPage *self,
                                 const char     *iso_day);
void  lt_calendar_page_set_view (LtCalendarPage *self,
                                 guint           view);
guint lt_calendar_page_count_shown (LtCalendarPage *self);

void lt_calendar_page_plan_visit (LtCalendarPage *self,
                                  LtPerson       *person);

G_END_DECLS
