/* lt-event-fields.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The calendar's own form rows: times, repeating, how the child was.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

GDateTime *lt_event_fields_local (const char *utc_iso,
                                  const char *zone);
char      *lt_event_fields_format_time (const char *utc_iso,
                                        const char *zone);
char      *lt_event_fields_parse_time (const char *text,
                                       const char *zone,
                                       GError    **error);
GtkWidget *lt_event_fields_repeat_row (const char *rrule,
                                       const char *start_iso,
                                       const char *zone,
                                       GtkWidget **until_row);
gboolean   lt_event_fields_read_repeat (GtkWidget  *row,
                                        const char *start_iso,
                                        const char *zone,
                                        char      **rrule,
                                        GError    **error);
GtkWidget *lt_event_fields_mood_row (const char *title,
                                     gint64      mood);

G_END_DECLS
