/* lt-date.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Parsing what people type as dates, and formatting dates the Danish way
 * (through gettext, so English gets its own order).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "lt-date.h"
#include "lt-record.h"

static gboolean
read_number (const char **cursor,
             int          min_digits,
             int          max_digits,
             int         *number)
{
  int digits = 0;

  *number = 0;
  while (g_ascii_isdigit (**cursor) && digits < max_digits)
    {
      *number = *number * 10 + (**cursor - '0');
      (*cursor)++;
      digits++;
    }
  return digits >= min_digits && !g_ascii_isdigit (**cursor);
}

static gboolean
is_real_day (int year,
             int month,
             int day)
{
  return year >= 1800 && year <= 2200 &&
         month >= 1 && month <= 12 &&
         day >= 1 && day <= g_date_get_days_in_month (month, year);
}

/**
 * lt_date_parse_iso:
 * @iso: (nullable): "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 * @first_day: (out) (optional): the first day the date can mean
 *
 * Returns: how precise @iso is, or %LT_DATE_INVALID when it is not a date.
 */
LtDatePrecision
lt_date_parse_iso (const char *iso,
                   GDate      *first_day)
{
  const char     *cursor = iso;
  int             year, month = 1, day = 1;
  LtDatePrecision precision = LT_DATE_YEAR;

  if (iso == NULL || !read_number (&cursor, 4, 4, &year))
    return LT_DATE_INVALID;
  if (*cursor == '-')
    {
      cursor++;
      if (!read_number (&cursor, 2, 2, &month))
        return LT_DATE_INVALID;
      precision = LT_DATE_MONTH;
      if (*cursor == '-')
        {
          cursor++;
          if (!read_number (&cursor, 2, 2, &day))
            return LT_DATE_INVALID;
          precision = LT_DATE_DAY;
        }
    }
  if (*cursor != '\0' || !is_real_day (year, month, day))
    return LT_DATE_INVALID;

  if (first_day != NULL)
    g_date_set_dmy (first_day, day, month, year);
  return precision;
}

static char *
to_iso (LtDatePrecision precision,
        int             year,
        int             month,
        int             day)
{
  switch (precision)
    {
    case LT_DATE_YEAR:
      return g_strdup_printf ("%04d", year);
    case LT_DATE_MONTH:
      return g_strdup_printf ("%04d-%02d", year, month);
    case LT_DATE_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    case LT_DATE_INVALID:
    default:
      return NULL;
    }
}

/* Splits "3.5.2016", "3/5/2016", "3-5-2016", "5.2016" into numbers. */
static int
split_numbers (const char *text,
               int         numbers[3],
               int         digits[3])
{
  const char *cursor = text;
  int         count = 0;

  while (*cursor != '\0')
    {
      const char *start;

      if (count == 3)
        return -1;
      start = cursor;
      numbers[count] = 0;
      while (g_ascii_isdigit (*cursor))
        {
          /* No part of a date has five digits; ten would overflow the int. */
          if (cursor - start == 4)
            return -1;
          numbers[count] = numbers[count] * 10 + (*cursor++ - '0');
        }
      digits[count] = cursor - start;
      if (digits[count] == 0)
        return -1;
      count++;
      if (*cursor == '.' || *cursor == '/' || *cursor == '-')
        {
          cursor++;
          if (*cursor == '\0')
            return -1;
        }
      else if (*cursor != '\0')
        return -1;
    }
  return count;
}

/**
 * lt_date_from_input:
 * @text: what a person typed: "3.5.2016", "03-05-2016", "5.2016", "2016",
 *   or ISO "2016-05-03"; blank means "no date"
 *
 * Returns: (transfer full) (nullable): the ISO form, or %NULL for a blank
 * @text (no error) or a text that is not a date (with @error saying so).
 */
char *
lt_date_from_input (const char *text,
                    GError    **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  int              numbers[3], digits[3];
  int              count;

  if (*stripped == '\0')
    return NULL;

  if (lt_date_parse_iso (stripped, NULL) != LT_DATE_INVALID)
    return g_steal_pointer (&stripped);

  count = split_numbers (stripped, numbers, digits);
  if (count == 3 && digits[2] == 4 && is_real_day (numbers[2], numbers[1], numbers[0]))
    return to_iso (LT_DATE_DAY, numbers[2], numbers[1], numbers[0]);
  if (count == 2 && digits[1] == 4 && is_real_day (numbers[1], numbers[0], 1))
    return to_iso (LT_DATE_MONTH, numbers[1], numbers[0], 1);
  if (count == 1 && digits[0] == 4 && is_real_day (numbers[0], 1, 1))
    return to_iso (LT_DATE_YEAR, numbers[0], 1, 1);

  g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
               _ ("“%s” is not a date. Write it as day.month.year, for example 3.5.2016, "
                  "or just month and year (5.2016) or the year (2016)."),
               stripped);
  return NULL;
}

/**
 * lt_date_to_input:
 * @iso: (nullable): an ISO date, whole or partial
 *
 * Returns: (transfer full): the date as a person would type it, "3.5.2016",
 * "5.2016" or "2016"; an empty string for no date.
 */
char *
lt_date_to_input (const char *iso)
{
  GDate date;

  switch (lt_date_parse_iso (iso, &date))
    {
    case LT_DATE_YEAR:
      return g_strdup_printf ("%d", g_date_get_year (&date));
    case LT_DATE_MONTH:
      return g_strdup_printf ("%d.%d", g_date_get_month (&date), g_date_get_year (&date));
    case LT_DATE_DAY:
      return g_strdup_printf ("%d.%d.%d", g_date_get_day (&date), g_date_get_month (&date),
                              g_date_get_year (&date));
    case LT_DATE_INVALID:
    default:
      return g_strdup ("");
    }
}

static char *
format_with (const GDate *date,
             const char  *format)
{
  g_autoptr (GDateTime) datetime =
      g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                             g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (datetime, format);
}

/**
 * lt_date_format:
 * @iso: (nullable): an ISO date, whole or partial
 *
 * Returns: (transfer full): the date for reading: "3. maj 2016", "maj 2016",
 * "2016" in Danish; an empty string for no date.
 */
char *
lt_date_format (const char *iso)
{
  GDate date;

  switch (lt_date_parse_iso (iso, &date))
    {
    case LT_DATE_YEAR:
      return g_strdup_printf ("%d", g_date_get_year (&date));
    case LT_DATE_MONTH:
      /* Translators: a month and year, as in strftime(); Danish: "%B %Y" */
      return format_with (&date, _ ("%B %Y"));
    case LT_DATE_DAY:
      /* Translators: a full date, as in strftime(); Danish: "%-d. %B %Y" */
      return format_with (&date, _ ("%-d %B %Y"));
    case LT_DATE_INVALID:
    default:
      return g_strdup ("");
    }
}

/**
 * lt_date_format_range:
 * @start_iso: (nullable): when it began
 * @end_iso: (nullable): when it ended; %NULL while it goes on
 *
 * Returns: (transfer full): "maj 2016 – 3. juni 2019", "fra 2016", …
 */
char *
lt_date_format_range (const char *start_iso,
                      const char *end_iso)
{
  g_autofree char *start = lt_date_format (start_iso);
  g_autofree char *end = lt_date_format (end_iso);

  if (*start != '\0' && *end != '\0')
    /* Translators: a period from one date to another */
    return g_strdup_printf (_ ("%s – %s"), start, end);
  if (*start != '\0')
    /* Translators: a period that began on a date and goes on */
    return g_strdup_printf (_ ("since %s"), start);
  if (*end != '\0')
    /* Translators: a period whose start is not known */
    return g_strdup_printf (_ ("until %s"), end);
  return g_strdup (_ ("Dates not known"));
}

/**
 * lt_date_age_on:
 * @birth_iso: a birth date, whole or partial
 * @on: the day to count the age on
 *
 * Returns: whole years on @on, or -1 when @birth_iso is not a date or is
 * after @on.  For a partial birth date the age counts from its first day.
 */
int
lt_date_age_on (const char  *birth_iso,
                const GDate *on)
{
  GDate birth;
  int   age;

  if (lt_date_parse_iso (birth_iso, &birth) == LT_DATE_INVALID)
    return -1;
  if (g_date_compare (&birth, on) > 0)
    return -1;

  age = g_date_get_year (on) - g_date_get_year (&birth);
  if (g_date_get_month (on) < g_date_get_month (&birth) ||
      (g_date_get_month (on) == g_date_get_month (&birth) &&
       g_date_get_day (on) < g_date_get_day (&birth)))
    age--;
  return age;
}

/**
 * lt_date_format_day_with_week:
 *
 * Returns: (transfer full): "søndag 22. november · uge 47": Danes plan in
 * ISO week numbers.
 */
char *
lt_date_format_day_with_week (const GDate *day)
{
  /* Translators: weekday and date, as in strftime(); Danish: "%A %-d. %B" */
  g_autofree char *date = format_with (day, _ ("%A %-d %B"));

  /* Translators: a date followed by its ISO week number */
  return g_strdup_printf (_ ("%s · week %u"), date, g_date_get_iso8601_week_of_year (day));
}

void
lt_date_today (GDate *today)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Returns: (transfer full): today as "YYYY-MM-DD". */
char *
lt_date_today_iso (void)
{
  GDate today;

  lt_date_today (&today);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&today), g_date_get_month (&today),
                          g_date_get_day (&today));
}

/* Returns: %TRUE when @iso (its first day, for a partial date) is after @day. */
gboolean
lt_date_is_after (const char  *iso,
                  const GDate *day)
{
  GDate date;

  if (lt_date_parse_iso (iso, &date) == LT_DATE_INVALID)
    return FALSE;
  return g_date_compare (&date, day) > 0;
}

/* Returns: (transfer full): now in UTC, ISO 8601 to the second. */
char *
lt_timestamp_now (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * lt_date_check:
 * @iso: (nullable): an ISO date, whole or partial; %NULL means "not given"
 * @may_be_future: whether a date after today makes sense
 *
 * Returns: %TRUE when @iso is empty or a real date (not in the future
 * unless @may_be_future); otherwise %FALSE with @error saying why.
 */
gboolean
lt_date_check (const char *iso,
               gboolean    may_be_future,
               GError    **error)
{
  GDate today;

  if (iso == NULL)
    return TRUE;
  if (lt_date_parse_iso (iso, NULL) == LT_DATE_INVALID)
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("“%s” is not a date."), iso);
      return FALSE;
    }
  lt_date_today (&today);
  if (!may_be_future && lt_date_is_after (iso, &today))
    {
      g_autofree char *shown = lt_date_format (iso);

      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("%s is in the future."), shown);
      return FALSE;
    }
  return TRUE;
}

/**
 * lt_date_check_day:
 * @iso: (nullable): an ISO day, "2026-11-23"
 * @missing: (nullable): the message when @iso is not given; %NULL allows that
 *
 * For what happens on one day (an absence, a tick, a reading): a whole
 * date, which may be in the future (a planned absence).
 */
gboolean
lt_date_check_day (const char *iso,
                   const char *missing,
                   GError    **error)
{
  if (iso == NULL && missing == NULL)
    return TRUE;
  if (iso == NULL)
    {
      g_set_error_literal (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID, missing);
      return FALSE;
    }
  if (lt_date_parse_iso (iso, NULL) != LT_DATE_DAY)
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("“%s” is not a whole date with day, month and year."), iso);
      return FALSE;
    }
  return TRUE;
}

/**
 * lt_date_check_period:
 * @start_iso: (nullable): when the period began
 * @end_iso: (nullable): when it ended, %NULL while it goes on
 *
 * A period may end in the future (a planned move) but must not end before
 * it begins.
 */
gboolean
lt_date_check_period (const char *start_iso,
                      const char *end_iso,
                      GError    **error)
{
  if (!lt_date_check (start_iso, TRUE, error))
    {
      g_prefix_error (error, _ ("Start: "));
      return FALSE;
    }
  if (!lt_date_check (end_iso, TRUE, error))
    {
      g_prefix_error (error, _ ("End: "));
      return FALSE;
    }
  if (start_iso != NULL && end_iso != NULL && lt_date_compare_iso (end_iso, start_iso) < 0)
    {
      g_set_error_literal (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                           _ ("The end date is before the start date."));
      return FALSE;
    }
  return TRUE;
}

/* Orders ISO dates, whole or partial; an unknown date (%NULL) comes first.
 * "2016" sorts before "2016-05": a year alone stands for its beginning. */
int
lt_date_compare_iso (const char *a,
                     const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);
  return strcmp (a, b) < 0 ? -1 : strcmp (a, b) > 0;
}

/**
 * lt_date_guess_from_text:
 * @text: (nullable): a date as a child says it: "3.5.2016", "sommeren 2019",
 *   "jul 2018", "2018"
 *
 * Entries in a life-story book are dated the way the child remembers them;
 * this finds what can be sorted on: a whole date, or else a year in the
 * text.
 *
 * Returns: (transfer full) (nullable): an ISO date, or %NULL when the text
 * holds none ("da jeg var 4")
 */
char *
lt_date_guess_from_text (const char *text)
{
  g_autofree char *iso = NULL;

  if (text == NULL)
    return NULL;
  iso = lt_date_from_input (text, NULL);
  if (iso != NULL)
    return g_steal_pointer (&iso);

  for (const char *cursor = text; *cursor != '\0'; cursor++)
    {
      const char *start = cursor;
      int         year;

      if (!g_ascii_isdigit (*cursor) || (cursor > text && g_ascii_isdigit (cursor[-1])))
        continue;
      if (read_number (&cursor, 4, 4, &year) && year >= 1900 && year <= 2200)
        return g_strdup_printf ("%04d", year);
      cursor = start;
    }
  return NULL;
}
