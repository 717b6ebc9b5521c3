/* test-date.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Tests of dates as people type and read them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "lt-date.h"
#include "lt-record.h"

static void
test_parse_iso (void)
{
  GDate date;

  g_assert_cmpint (lt_date_parse_iso ("2016", &date), ==, LT_DATE_YEAR);
  g_assert_cmpint (g_date_get_month (&date), ==, 1);
  g_assert_cmpint (lt_date_parse_iso ("2016-05", &date), ==, LT_DATE_MONTH);
  g_assert_cmpint (g_date_get_month (&date), ==, 5);
  g_assert_cmpint (lt_date_parse_iso ("2016-02-29", &date), ==, LT_DATE_DAY);
  g_assert_cmpint (g_date_get_day (&date), ==, 29);

  g_assert_cmpint (lt_date_parse_iso ("2015-02-29", NULL), ==, LT_DATE_INVALID);
  g_assert_cmpint (lt_date_parse_iso ("2016-13", NULL), ==, LT_DATE_INVALID);
  g_assert_cmpint (lt_date_parse_iso ("2016-5-3", NULL), ==, LT_DATE_INVALID);
  g_assert_cmpint (lt_date_parse_iso ("16", NULL), ==, LT_DATE_INVALID);
  g_assert_cmpint (lt_date_parse_iso ("2016-05-03x", NULL), ==, LT_DATE_INVALID);
  g_assert_cmpint (lt_date_parse_iso ("", NULL), ==, LT_DATE_INVALID);
  g_assert_cmpint (lt_date_parse_iso (NULL, NULL), ==, LT_DATE_INVALID);
}

static void
test_from_input (void)
{
  struct
  {
    const char *typed, *iso;
  } cases[] = {
    { "3.5.2016", "2016-05-03" },
    { "03.05.2016", "2016-05-03" },
    { "3/5/2016", "2016-05-03" },
    { "3-5-2016", "2016-05-03" },
    { " 2016-05-03 ", "2016-05-03" },
    { "5.2016", "2016-05" },
    { "2016", "2016" },
    { "29.2.2024", "2024-02-29" },
  };
  const char *bad[] = { "31.2.2020", "3.5.16", "i går", "1.1.1.2020", "3..2016", "2016.", "0.5.2016",
                        "20160", "3.5.666666666666666666" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *iso = lt_date_from_input (cases[i].typed, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *iso = lt_date_from_input (bad[i], &error);

      g_assert_null (iso);
      g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
    }

  {
    g_autoptr (GError) error = NULL;
    g_autofree char *blank = lt_date_from_input ("   ", &error);

    g_assert_null (blank);
    g_assert_no_error (error);
  }
}

static void
test_to_input (void)
{
  g_autofree char *day = lt_date_to_input ("2016-05-03");
  g_autofree char *month = lt_date_to_input ("2016-05");
  g_autofree char *year = lt_date_to_input ("2016");
  g_autofree char *none = lt_date_to_input (NULL);

  g_assert_cmpstr (day, ==, "3.5.2016");
  g_assert_cmpstr (month, ==, "5.2016");
  g_assert_cmpstr (year, ==, "2016");
  g_assert_cmpstr (none, ==, "");
}

static void
test_format_english (void)
{
  g_autofree char *day = lt_date_format ("2016-05-03");
  g_autofree char *month = lt_date_format ("2016-05");
  g_autofree char *range = lt_date_format_range ("2016-05", NULL);
  g_autofree char *unknown = lt_date_format_range (NULL, NULL);
  GDate            sunday;
  g_autofree char *week = NULL;

  /* The tests run untranslated (C.UTF-8): English formats. */
  g_assert_cmpstr (day, ==, "3 May 2016");
  g_assert_cmpstr (month, ==, "May 2016");
  g_assert_cmpstr (range, ==, "since May 2016");
  g_assert_cmpstr (unknown, ==, "Dates not known");

  /* 22 November 2026 is a Sunday in ISO week 47; 1 January 2027 is in week 53 of 2026. */
  g_date_clear (&sunday, 1);
  g_date_set_dmy (&sunday, 22, 11, 2026);
  week = lt_date_format_day_with_week (&sunday);
  g_assert_cmpstr (week, ==, "Sunday 22 November · week 47");
  g_free (week);
  g_date_set_dmy (&sunday, 1, 1, 2027);
  week = lt_date_format_day_with_week (&sunday);
  g_assert_cmpstr (week, ==, "Friday 1 January · week 53");
}

static void
test_age (void)
{
  GDate on;

  g_date_clear (&on, 1);
  g_date_set_dmy (&on, 11, 3, 2026);
  g_assert_cmpint (lt_date_age_on ("2014-03-12", &on), ==, 11);
  g_date_set_dmy (&on, 12, 3, 2026);
  g_assert_cmpint (lt_date_age_on ("2014-03-12", &on), ==, 12);
  g_assert_cmpint (lt_date_age_on ("2014", &on), ==, 12);
  g_assert_cmpint (lt_date_age_on ("2030-01-01", &on), ==, -1);
  g_assert_cmpint (lt_date_age_on (NULL, &on), ==, -1);
  /* Born on 29 February: a year older on 1 March in other years. */
  g_date_set_dmy (&on, 28, 2, 2025);
  g_assert_cmpint (lt_date_age_on ("2016-02-29", &on), ==, 8);
  g_date_set_dmy (&on, 1, 3, 2025);
  g_assert_cmpint (lt_date_age_on ("2016-02-29", &on), ==, 9);
}

static void
test_period (void)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (lt_date_check_period ("2016", "2016-05", &error));
  g_assert_true (lt_date_check_period (NULL, "2016-05", &error));
  g_assert_true (lt_date_check_period ("2016-05-03", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (lt_date_check_period ("2016-05-03", "2016-05-02", &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (lt_date_check_period ("2016-13", NULL, &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);

  g_assert_cmpint (lt_date_compare_iso (NULL, "2016"), <, 0);
  g_assert_cmpint (lt_date_compare_iso ("2016", "2016-05"), <, 0);
  g_assert_cmpint (lt_date_compare_iso ("2016-05", "2016-05"), ==, 0);
}

/* With the Danish translation from the build tree: Danish date order,
 * month names and "uge" for the week. */
static void
test_format_danish (void)
{
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *day = NULL;
  g_autofree char *range = NULL;
  g_autofree char *week = NULL;
  GDate            sunday;

  if (setlocale (LC_ALL, "da_DK.UTF-8") == NULL)
    {
      g_test_skip ("the da_DK.UTF-8 locale is not generated (localedef -i da_DK -f UTF-8)");
      return;
    }
  g_setenv ("LANGUAGE", "da", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  day = lt_date_format ("2016-05-03");
  range = lt_date_format_range ("2016-05", NULL);
  g_date_clear (&sunday, 1);
  g_date_set_dmy (&sunday, 22, 11, 2026);
  week = lt_date_format_day_with_week (&sunday);

  g_setenv ("LANGUAGE", "", TRUE);
  setlocale (LC_ALL, saved);

  g_assert_cmpstr (day, ==, "3. maj 2016");
  g_assert_cmpstr (range, ==, "siden maj 2016");
  g_assert_cmpstr (week, ==, "søndag 22. november · uge 47");
}

static void
test_guess_from_text (void)
{
  struct
  {
    const char *text, *iso;
  } cases[] = {
    { "3.5.2016", "2016-05-03" },
    { "sommeren 2019", "2019" },
    { "Jul 2018 hos mormor", "2018" },
    { "2017", "2017" },
    { "da jeg var 4", NULL },
    { "12345", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = lt_date_guess_from_text (cases[i].text);

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse-iso", test_parse_iso);
  g_test_add_func ("/date/from-input", test_from_input);
  g_test_add_func ("/date/to-input", test_to_input);
  g_test_add_func ("/date/format-english", test_format_english);
  g_test_add_func ("/date/format-danish", test_format_danish);
  g_test_add_func ("/date/age", test_age);
  g_test_add_func ("/date/period", test_period);
  g_test_add_func ("/date/guess-from-text", test_guess_from_text);

  return g_test_run ();
}
