/* lt-calendar-page-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the calendar page shares with its editing (lt-calendar-edit.c) and
 * its files (lt-calendar-files.c).
 */
#pragma once

#include "lt-calendar-page.h"
#include "lt-recurrence.h"

G_BEGIN_DECLS

LtStore *lt_calendar_page_get_store (LtCalendarPage *self);
LtChild *lt_calendar_page_get_child (LtCalendarPage *self);
gboolean lt_calendar_page_get_show_household (LtCalendarPage *self);
void     lt_calendar_page_collect_events (LtCalendarPage *self,
                                          LtChild        *child,
                                          GPtrArray      *events);
char    *lt_calendar_clash_message (const LtClash *clash);

void       lt_calendar_edit_open (LtCalendarPage *self,
                                  LtEvent        *event,
                                  LtEvent        *participants_from);
void       lt_calendar_edit_open_with (LtCalendarPage *self,
                                       LtEvent        *event,
                                       GPtrArray      *linked);
void       lt_calendar_edit_attach (LtCalendarPage     *self,
                                    GtkWidget          *widget,
                                    const LtOccurrence *occurrence);
GtkWidget *lt_calendar_edit_delete_button (LtCalendarPage     *self,
                                           const LtOccurrence *occurrence);
void       lt_calendar_edit_row_activated_cb (GtkListBox     *list,
                                              GtkListBoxRow  *row,
                                              LtCalendarPage *self);

void lt_calendar_files_export_ics (LtCalendarPage *self);
void lt_calendar_files_import_ics (LtCalendarPage *self);
void lt_calendar_files_export_overview (LtCalendarPage *self);

G_END_DECLS
