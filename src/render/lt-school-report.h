/* lt-school-report.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The child's school on one page, for a start-up or follow-up meeting
 * with the school: where and which class, who to contact, meetings,
 * notes from school-home talks, leisure, absence per month and the
 * goals with their readings, written as an A4 PDF.  The charts are drawn
 * by lt-school-charts.c, so the app shows the same drawings.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* One month of the absence chart. */
typedef struct
{
  char  *label;      /* "jan.", "feb." … already in the reader's language */
  double whole_days; /* whole days away */
  double part_days;  /* part days away (counted as days with some absence) */
} LtAbsenceMonth;

/* One reading of a goal's indicator. */
typedef struct
{
  gint64 when;  /* Unix seconds, noon UTC of the reading's day */
  double value;
} LtGoalPoint;

typedef struct
{
  char    *title;           /* "Går i skole hver dag" */
  char    *indicator;       /* "Dage i skole pr. uge", nullable */
  char    *unit;            /* "dage", nullable */
  gboolean has_target;
  double   target;
  gboolean lower_is_better; /* absence: lower is better */
  GArray  *points;          /* LtGoalPoint, oldest first */
} LtGoalChart;

/* A section of text lines: contacts, meetings, notes, leisure, checklist. */
typedef struct
{
  char      *heading;
  GPtrArray *lines; /* char * */
} LtReportSection;

typedef struct
{
  char      *child_name;
  char      *made_on;  /* "23. november 2026 (uge 48)" */
  char      *school;   /* "Skovbrynet Skole, 4.b (since August 2026)", nullable */
  GPtrArray *sections; /* LtReportSection *, in order */
  char      *absence_heading; /* "Absence, last 12 months: 9 whole and 3 part days" */
  GArray    *absence;  /* LtAbsenceMonth, oldest first; may be empty */
  GPtrArray *goals;    /* LtGoalChart * */
} LtSchoolReport;

LtSchoolReport  *lt_school_report_new (const char *child_name,
                                       const char *made_on);
LtReportSection *lt_school_report_add_section (LtSchoolReport *report,
                                               const char     *heading);
void             lt_report_section_add_line (LtReportSection *section,
                                             const char      *line);
void             lt_school_report_add_month (LtSchoolReport *report,
                                             const char     *label,
                                             double          whole_days,
                                             double          part_days);
LtGoalChart     *lt_school_report_add_goal (LtSchoolReport *report,
                                            const char     *title,
                                            const char     *indicator,
                                            const char     *unit);
void             lt_goal_chart_add_point (LtGoalChart *goal,
                                          gint64       when,
                                          double       value);
void             lt_school_report_free (LtSchoolReport *report);

/* One page; long sections end with "… and N more" rather than a second page. */
void     lt_school_report_paint (LtSchoolReport *report,
                                 cairo_t        *cr);
gboolean lt_school_report_write_pdf (LtSchoolReport *report,
                                     const char     *path,
                                     GError        **error);

/* The charts, for the PDF and for the app's drawing areas.  Both draw a
 * readable "nothing yet" message when there is nothing to draw. */
void lt_school_chart_paint_absence (cairo_t              *cr,
                                    double                width,
                                    double                height,
                                    const LtAbsenceMonth *months,
                                    guint                 n_months);
void lt_school_chart_paint_goal (cairo_t           *cr,
                                 double             width,
                                 double             height,
                                 const LtGoalChart *goal);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtSchoolReport, lt_school_report_free)

G_END_DECLS
