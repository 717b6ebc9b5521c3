/* lt-date.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Dates as the household writes them: whole or partial ("2016", "2016-05").
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How much of a date is known.  A child's history is often remembered as
 * "the spring of 2016" or just "2016", so partial dates are first-class. */
typedef enum
{
  LT_DATE_INVALID,
  LT_DATE_YEAR,
  LT_DATE_MONTH,
  LT_DATE_DAY,
} LtDatePrecision;

LtDatePrecision lt_date_parse_iso (const char *iso,
                                   GDate      *first_day);
char           *lt_date_from_input (const char *text,
                                    GError    **error);
char           *lt_date_to_input (const char *iso);
char           *lt_date_format (const char *iso);
char           *lt_date_format_range (const char *start_iso,
                                      const char *end_iso);
int             lt_date_age_on (const char  *birth_iso,
                                const GDate *on);
char           *lt_date_format_day_with_week (const GDate *day);
void            lt_date_today (GDate *today);
char           *lt_date_today_iso (void);
gboolean        lt_date_is_after (const char  *iso,
                                  const GDate *day);
char           *lt_timestamp_now (void);
char           *lt_date_guess_from_text (const char *text);
gboolean        lt_date_check (const char *iso,
                               gboolean    may_be_future,
                               GError    **error);
gboolean        lt_date_check_day (const char *iso,
                                   const char *missing,
                                   GError    **error);
gboolean        lt_date_check_period (const char *start_iso,
                                      const char *end_iso,
                                      GError    **error);
int             lt_date_compare_iso (const char *a,
                                     const char *b);

G_END_DECLS
