/* lt-recurrence.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The occurrences of a child's events in a period: repeating events
 * expanded by their RFC 5545 rule (libical) in their own time zone, with
 * changed and cancelled occurrences in place; and the clashes among them.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_RECURRENCE_ERROR (lt_recurrence_error_quark ())

typedef enum
{
  LT_RECURRENCE_ERROR_INVALID_RULE,
  LT_RECURRENCE_ERROR_UNKNOWN_ZONE,
} LtRecurrenceError;

/* Never more occurrences of one series than this in one period. */
#define LT_RECURRENCE_MAX_PER_SERIES 5000

typedef struct
{
  LtEvent *event;         /* what the occurrence shows: the override's row when changed */
  LtEvent *series;        /* the repeating event it comes from, or NULL */
  gint64   start, end;    /* Unix seconds */
  char    *recurrence_id; /* the series' start it stands for ("…Z"), or NULL */
  gboolean cancelled;
} LtOccurrence;

typedef enum
{
  LT_CLASH_SAME_CHILD,   /* two events of one child at the same time */
  LT_CLASH_SCHOOL_HOURS, /* a visit in school hours on a school day */
} LtClashKind;

typedef struct
{
  LtClashKind         kind;
  const LtOccurrence *first;  /* borrowed from the occurrences given */
  const LtOccurrence *second; /* NULL for LT_CLASH_SCHOOL_HOURS */
} LtClash;

/* School hours, local time, on weekdays: when a visit clashes with school. */
#define LT_SCHOOL_DAY_START (8 * 60)
#define LT_SCHOOL_DAY_END (14 * 60)

GQuark     lt_recurrence_error_quark (void);
gboolean   lt_recurrence_check_rule (const char *rrule,
                                     GError    **error);
gint64     lt_recurrence_parse_instant (const char *iso);
char      *lt_recurrence_format_instant (gint64 unix_time);
GPtrArray *lt_occurrences_expand (GPtrArray *events,
                                  gint64     from,
                                  gint64     to,
                                  GError   **error);
GArray    *lt_occurrences_find_clashes (GPtrArray  *occurrences,
                                        GListModel *school_periods);
gboolean   lt_event_is_visit (LtEvent *event);

G_END_DECLS
