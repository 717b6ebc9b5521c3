/* lt-school-fields.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The school's own form rows: weekdays as toggles, and numbers typed the
 * Danish way ("4,5") or the English way ("4.5").
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lt-checklist-item.h"
#include "lt-record.h"
#include "lt-school-fields.h"

/* The weekday's short name in the reader's language, Monday = 0. */
static char *
weekday_name (guint index)
{
  /* 5 January 2026 was a Monday. */
  g_autoptr (GDateTime) day = g_date_time_new_utc (2026, 1, 5 + index, 12, 0, 0);

  return g_date_time_format (day, "%a");
}

/**
 * lt_school_fields_weekdays_row:
 *
 * A row with a toggle per weekday, Monday first; the toggles are the
 * row's "toggles" data, in order.
 */
GtkWidget *
lt_school_fields_weekdays_row (const char *title,
                               gint64      weekdays)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GPtrArray *toggles = g_ptr_array_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *name = weekday_name (i);
      GtkWidget       *toggle = gtk_toggle_button_new_with_label (name);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), (weekdays & (1 << i)) != 0);
      gtk_box_append (GTK_BOX (box), toggle);
      g_ptr_array_add (toggles, toggle);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "toggles", toggles, (GDestroyNotify) g_ptr_array_unref);
  return row;
}

gint64
lt_school_fields_read_weekdays (GtkWidget *row)
{
  GPtrArray *toggles = g_object_get_data (G_OBJECT (row), "toggles");
  gint64     weekdays = 0;

  for (guint i = 0; i < toggles->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (toggles, i)))
      weekdays |= 1 << i;
  return weekdays;
}

/* "School days", "Every day", or the days: "Tue, Thu". */
char *
lt_school_fields_weekdays_label (gint64 weekdays)
{
  g_autoptr (GString) text = g_string_new (NULL);

  if (weekdays == LT_WEEKDAYS_SCHOOL)
    return g_strdup (_ ("School days"));
  if (weekdays == LT_WEEKDAYS_ALL)
    return g_strdup (_ ("Every day"));
  for (guint i = 0; i < 7; i++)
    if (weekdays & (1 << i))
      {
        g_autofree char *name = weekday_name (i);

        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", name);
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* As the reader writes numbers: "4,5" in Danish; whole numbers without decimals. */
char *
lt_school_fields_format_number (double value)
{
  char *text = g_strdup_printf ("%.2f", value);
  char *end = text + strlen (text) - 1;

  /* "4,50" → "4,5", "5,00" → "5" (the decimal sign is the locale's). */
  while (end > text && *end == '0')
    *end-- = '\0';
  if (end > text && !g_ascii_isdigit (*end))
    *end = '\0';
  return text;
}

/**
 * lt_school_fields_parse_number:
 *
 * Reads "4,5", "4.5" or "-2"; a decimal comma is what Danes type.
 */
gboolean
lt_school_fields_parse_number (const char *text,
                               double     *value,
                               GError    **error)
{
  g_autofree char *ascii = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  char            *end = NULL;

  *value = g_ascii_strtod (ascii, &end);
  if (*ascii == '\0' || end == NULL || *end != '\0' || !isfinite (*value))
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("“%s” is not a number. Write it like 4 or 4,5."), text);
      return FALSE;
    }
  return TRUE;
}
