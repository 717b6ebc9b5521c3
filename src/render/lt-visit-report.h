/* lt-visit-report.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The overview of a child's contact in a period, for the follow-up
 * meeting: visits planned, held and cancelled per person, and how the
 * child was before and after, written as a PDF.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char *name;
  guint planned; /* still to come */
  guint held;
  guint cancelled; /* by anyone */
  guint no_show;
  guint unrecorded; /* passed, but how it went is not written down */
} LtVisitTally;

typedef struct
{
  char  *date;                    /* "lør. 17. okt. 2026" */
  char  *title;                   /* the event's title */
  char  *with;                    /* who took part, nullable */
  char  *outcome;                 /* "Held", "Cancelled by the parent" … */
  int    mood_before, mood_after; /* 0 when not noted, else 1–5 */
  char  *observations;            /* only those the adult chose to share; nullable */
  gint64 start;                   /* Unix seconds, for the chart */
} LtVisitLine;

typedef struct
{
  char      *child_name;
  char      *period;   /* "1. juni – 30. november 2026" */
  char      *made_for; /* nullable: who the overview is for, one line */
  gint64     from, to; /* the period, Unix seconds */
  GPtrArray *tallies;  /* LtVisitTally *, by name */
  GPtrArray *lines;    /* LtVisitLine *, by time */
} LtVisitReport;

LtVisitReport *lt_visit_report_new (const char *child_name,
                                    const char *period,
                                    gint64      from,
                                    gint64      to);
LtVisitTally  *lt_visit_report_tally (LtVisitReport *report,
                                      const char    *name);
void           lt_visit_report_free (LtVisitReport *report);
gboolean       lt_visit_report_write_pdf (LtVisitReport *report,
                                          const char    *path,
                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtVisitReport, lt_visit_report_free)

G_END_DECLS
