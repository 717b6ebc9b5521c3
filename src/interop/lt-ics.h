/* lt-ics.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A child's calendar as iCalendar (RFC 5545, with libical): export for
 * GNOME Calendar and phones, and an all-or-nothing import of .ics files
 * from other programs.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_ICS_ERROR (lt_ics_error_quark ())

typedef enum
{
  LT_ICS_ERROR_NOT_ICALENDAR, /* not a VCALENDAR at all, or not one libical can read */
  LT_ICS_ERROR_INVALID,       /* an event that cannot be used: no start, a bad rule … */
  LT_ICS_ERROR_TOO_LARGE,
} LtIcsError;

#define LT_ICS_MAX_BYTES (16 * 1024 * 1024)

typedef struct
{
  guint      added;   /* events (series, single events and changed occurrences) */
  guint      already; /* events whose UID the child already has */
  GPtrArray *skipped; /* char *: what was left out and why */
} LtIcsResult;

GQuark   lt_ics_error_quark (void);
char    *lt_ics_export (LtStore   *store,
                        GPtrArray *events,
                        GError   **error);
gboolean lt_ics_export_to_file (LtStore    *store,
                                LtChild    *child,
                                const char *path,
                                GError    **error);
gboolean lt_ics_import (LtStore     *store,
                        LtChild     *child,
                        GBytes      *bytes,
                        LtIcsResult *result,
                        GError     **error);
void     lt_ics_result_clear (LtIcsResult *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LtIcsResult, lt_ics_result_clear)

G_END_DECLS
