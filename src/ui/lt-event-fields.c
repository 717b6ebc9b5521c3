/* lt-event-fields.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The calendar's own form rows: a time as a Dane writes it ("28.11.2026
 * 10:00", in the family's time zone), how an event repeats (every other
 * Saturday, the second Saturday of the month …) and until when, and how
 * the child was, from 1 to 5.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "lt-date.h"
#include "lt-event-fields.h"

static GTimeZone *
zone_named (const char *zone)
{
  GTimeZone *found = zone != NULL ? g_time_zone_new_identifier (zone) : NULL;

  return found != NULL ? found : g_time_zone_new_identifier (LT_EVENT_DEFAULT_TIME_ZONE);
}

/* Returns: (transfer full) (nullable): the local time of @utc_iso in @zone */
GDateTime *
lt_event_fields_local (const char *utc_iso,
                       const char *zone)
{
  g_autoptr (GTimeZone) tz = zone_named (zone);
  g_autoptr (GDateTime) utc = utc_iso != NULL ? g_date_time_new_from_iso8601 (utc_iso, NULL) : NULL;

  return utc != NULL ? g_date_time_to_timezone (utc, tz) : NULL;
}

/* Returns: (transfer full): "28.11.2026 10:00", or "" */
char *
lt_event_fields_format_time (const char *utc_iso,
                             const char *zone)
{
  g_autoptr (GDateTime) local = lt_event_fields_local (utc_iso, zone);

  return local != NULL ? g_date_time_format (local, "%-d.%-m.%Y %H:%M") : g_strdup ("");
}

/**
 * lt_event_fields_parse_time:
 * @text: "28.11.2026 10:00", "28.11.2026 10.00" or "28/11/2026 9:30"
 *
 * Returns: (transfer full): the UTC time ("…Z"), or %NULL with @error
 */
char *
lt_event_fields_parse_time (const char *text,
                            const char *zone,
                            GError    **error)
{
  g_autoptr (GTimeZone) tz = zone_named (zone);
  g_auto (GStrv) parts = g_strsplit (text, " ", 2);
  g_autofree char *iso_date = NULL;
  g_autoptr (GDateTime) local = NULL;
  g_autoptr (GDateTime) utc = NULL;
  int   year, month, day;
  guint hour = 0, minute = 0;
  char  separator = ':';

  if (parts[0] != NULL)
    iso_date = lt_date_from_input (parts[0], NULL);
  if (iso_date == NULL || strlen (iso_date) != 10 || parts[1] == NULL ||
      sscanf (g_strstrip (parts[1]), "%u%c%u", &hour, &separator, &minute) != 3 ||
      (separator != ':' && separator != '.') || hour > 23 || minute > 59 ||
      sscanf (iso_date, "%d-%d-%d", &year, &month, &day) != 3)
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("“%s” is not a day and a time. Write it like 28.11.2026 10:00."), text);
      return NULL;
    }
  local = g_date_time_new (tz, year, month, day, hour, minute, 0);
  utc = local != NULL ? g_date_time_to_utc (local) : NULL;
  if (utc == NULL)
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("“%s” is not a day and a time. Write it like 28.11.2026 10:00."), text);
      return NULL;
    }
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* ---- repeating --------------------------------------------------------- */

typedef enum
{
  REPEAT_NONE,
  REPEAT_WEEKLY,
  REPEAT_FORTNIGHTLY,
  REPEAT_MONTHLY_WEEKDAY,
  REPEAT_MONTHLY_DATE,
  REPEAT_YEARLY,
  REPEAT_AS_IS, /* a rule from another program, kept as it is */
} Repeat;

static const char *const weekdays[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

/* The rule of @repeat for an event that starts at @start (local). */
static char *
rule_for (Repeat     repeat,
          GDateTime *start)
{
  const char *day = weekdays[g_date_time_get_day_of_week (start) - 1];
  int         nth = (g_date_time_get_day_of_month (start) - 1) / 7 + 1;

  switch (repeat)
    {
    case REPEAT_WEEKLY:
      return g_strdup_printf ("FREQ=WEEKLY;BYDAY=%s", day);
    case REPEAT_FORTNIGHTLY:
      return g_strdup_printf ("FREQ=WEEKLY;INTERVAL=2;BYDAY=%s", day);
    case REPEAT_MONTHLY_WEEKDAY:
      return g_strdup_printf ("FREQ=MONTHLY;BYDAY=%d%s", nth, day);
    case REPEAT_MONTHLY_DATE:
      return g_strdup ("FREQ=MONTHLY");
    case REPEAT_YEARLY:
      return g_strdup ("FREQ=YEARLY");
    case REPEAT_NONE:
    case REPEAT_AS_IS:
    default:
      return NULL;
    }
}

/* Splits ";UNTIL=…" off @rrule. */
static char *
without_until (const char *rrule,
               char      **until)
{
  const char *at = strstr (rrule, ";UNTIL=");
  const char *end;

  *until = NULL;
  if (at == NULL)
    return g_strdup (rrule);
  end = strchr (at + 1, ';');
  *until = g_strndup (at + 7, end != NULL ? (gsize) (end - at - 7) : strlen (at + 7));
  {
    GString *rest = g_string_new_len (rrule, at - rrule);

    if (end != NULL)
      g_string_append (rest, end);
    return g_string_free (rest, FALSE);
  }
}

static const char *
repeat_label (Repeat repeat)
{
  switch (repeat)
    {
    case REPEAT_NONE:
      return _ ("Does not repeat");
    case REPEAT_WEEKLY:
      return _ ("Every week");
    case REPEAT_FORTNIGHTLY:
      return _ ("Every other week");
    case REPEAT_MONTHLY_WEEKDAY:
      return _ ("Every month, on the same weekday (e.g. the 2nd Saturday)");
    case REPEAT_MONTHLY_DATE:
      return _ ("Every month, on the same date");
    case REPEAT_YEARLY:
      return _ ("Every year");
    case REPEAT_AS_IS:
    default:
      return _ ("As the other calendar said");
    }
}

/**
 * lt_event_fields_repeat_row:
 * @until_row: (out): a row for the last day, to add after this one
 *
 * Returns: (transfer floating): a combo row of ways to repeat, showing @rrule
 */
GtkWidget *
lt_event_fields_repeat_row (const char *rrule,
                            const char *start_iso,
                            const char *zone,
                            GtkWidget **until_row)
{
  g_autoptr (GDateTime) start = lt_event_fields_local (start_iso, zone);
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *until = NULL;
  g_autofree char *rule = rrule != NULL ? without_until (rrule, &until) : NULL;
  GtkWidget       *row = adw_combo_row_new ();
  Repeat           selected = rule != NULL ? REPEAT_AS_IS : REPEAT_NONE;

  for (Repeat r = REPEAT_NONE; r <= REPEAT_YEARLY; r++)
    {
      g_autofree char *preset = start != NULL ? rule_for (r, start) : NULL;

      gtk_string_list_append (labels, repeat_label (r));
      if (rule != NULL && g_strcmp0 (preset, rule) == 0)
        selected = r;
    }
  if (selected == REPEAT_AS_IS)
    gtk_string_list_append (labels, repeat_label (REPEAT_AS_IS));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("Repeats"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data_full (G_OBJECT (row), "rule-as-is", g_strdup (rule), g_free);

  *until_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (*until_row), _ ("Repeats Until"));
  gtk_widget_set_tooltip_text (*until_row, _ ("The last day, for example 30.6.2027. Leave empty "
                                              "to repeat until you change it."));
  if (until != NULL && strlen (until) >= 8)
    {
      g_autofree char *iso = g_strdup_printf ("%.4s-%.2s-%.2s", until, until + 4, until + 6);
      g_autofree char *typed = lt_date_to_input (iso);

      gtk_editable_set_text (GTK_EDITABLE (*until_row), typed);
    }
  g_object_set_data (G_OBJECT (row), "until-row", *until_row);
  return row;
}

/**
 * lt_event_fields_read_repeat:
 * @start_iso: the event's start, as read from the form
 * @rrule: (out) (nullable): the rule, or %NULL for none
 *
 * Returns: %TRUE, or %FALSE with @error when the last day cannot be read
 */
gboolean
lt_event_fields_read_repeat (GtkWidget  *row,
                             const char *start_iso,
                             const char *zone,
                             char      **rrule,
                             GError    **error)
{
  g_autoptr (GDateTime) start = lt_event_fields_local (start_iso, zone);
  GtkWidget       *until_row = g_object_get_data (G_OBJECT (row), "until-row");
  Repeat           repeat = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
  g_autofree char *rule = NULL;
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (until_row))));
  g_autofree char *last_day = NULL;

  *rrule = NULL;
  if (repeat == REPEAT_NONE || start == NULL)
    return TRUE;
  rule = repeat == REPEAT_AS_IS ? g_strdup (g_object_get_data (G_OBJECT (row), "rule-as-is"))
                                : rule_for (repeat, start);
  if (*typed == '\0')
    {
      *rrule = g_steal_pointer (&rule);
      return TRUE;
    }
  last_day = lt_date_from_input (typed, error);
  if (last_day == NULL || strlen (last_day) != 10)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                     _ ("“%s” is not a day. Write it like 30.6.2027."), typed);
      gtk_widget_add_css_class (until_row, "error");
      return FALSE;
    }
  {
    /* Until the end of that day where the family lives, in UTC. */
    g_autofree char *end_of_day = g_strdup_printf ("%.2s.%.2s.%.4s 23:59", last_day + 8,
                                                   last_day + 5, last_day);
    g_autofree char *utc = lt_event_fields_parse_time (end_of_day, zone, error);
    g_autoptr (GString) until = NULL;

    if (utc == NULL)
      return FALSE;
    until = g_string_new (utc);
    g_string_replace (until, "-", "", 0);
    g_string_replace (until, ":", "", 0);
    *rrule = g_strdup_printf ("%s;UNTIL=%s", rule, until->str);
  }
  return TRUE;
}

/* ---- how the child was --------------------------------------------------- */

/* Returns: (transfer floating): a row to choose 1 (very hard) to 5 (very good) */
GtkWidget *
lt_event_fields_mood_row (const char *title,
                          gint64      mood)
{
  const char *const labels[] = { N_ ("Not noted"), N_ ("1 – Very hard"), N_ ("2 – Hard"),
                                 N_ ("3 – Neither good nor bad"), N_ ("4 – Good"),
                                 N_ ("5 – Very good") };
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    gtk_string_list_append (model, _ (labels[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) CLAMP (mood, 0, 5));
  return row;
}
