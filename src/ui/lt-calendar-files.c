/* lt-calendar-files.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The calendar's files: a child's calendar exported as .ics, another
 * program's .ics imported (all or nothing), and the overview of the last
 * six months' contact as PDF for a follow-up meeting.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-calendar-page-private.h"
#include "lt-ics.h"
#include "lt-save-chooser.h"
#include "lt-visit-summary.h"
#include "lt-window.h"

static gboolean
write_ics (const char *path,
           gpointer    data,
           GError    **error)
{
  LtCalendarPage *self = data;
  LtChild        *child = lt_calendar_page_get_show_household (self) ? NULL : lt_calendar_page_get_child (self);

  return lt_ics_export_to_file (lt_calendar_page_get_store (self), child, path, error);
}

/* "Ida – kalender.ics", or the household's name when every child is shown. */
static char *
suggested_name (LtCalendarPage *self)
{
  LtHousehold *household = lt_store_get_household (lt_calendar_page_get_store (self));
  const char  *whose = lt_calendar_page_get_show_household (self)
                           ? lt_household_get_name (household)
                           : lt_child_get_display_name (lt_calendar_page_get_child (self));

  /* Translators: the file name offered for a child's or the household's calendar */
  return g_strdup_printf (_ ("%s – calendar.ics"), whose != NULL ? whose : _ ("Household"));
}

void
lt_calendar_files_export_ics (LtCalendarPage *self)
{
  g_autofree char *name = suggested_name (self);

  lt_save_chooser_run (GTK_WIDGET (self), _ ("Export Calendar"), _ ("_Export"), name, write_ics,
                       _ ("The calendar was saved"));
}

static void
on_import_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     LtCalendarPage  *self)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (LtIcsResult) result = { 0 };

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes != NULL && lt_ics_import (lt_calendar_page_get_store (self), lt_calendar_page_get_child (self), bytes, &result, &error))
    lt_window_toast_from (GTK_WIDGET (self),
                          adw_toast_new_format (ngettext ("%u event added, %u already there",
                                                          "%u events added, %u already there",
                                                          result.added),
                                                result.added, result.already));
  else
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                  _ ("The Calendar Could Not Be Imported"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

void
lt_calendar_files_import_ics (LtCalendarPage *self)
{
  GtkWidget            *widget = GTK_WIDGET (self);
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (
      _ ("Import Calendar"), GTK_WINDOW (gtk_widget_get_root (widget)),
      GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"), _ ("_Cancel"));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("Calendar files (.ics)"));
  gtk_file_filter_add_pattern (filter, "*.[iI][cC][sS]");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_chosen_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The last six months, up to now: what a follow-up meeting looks back on. */
static gboolean
write_overview (const char *path,
                gpointer    data,
                GError    **error)
{
  LtCalendarPage *self = data;
  LtAudience      audience = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "overview-audience"));
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (GDateTime) from = g_date_time_add_months (now, -6);
  g_autoptr (LtVisitReport) report =
      lt_visit_summary_new (lt_calendar_page_get_store (self), lt_calendar_page_get_child (self), g_date_time_to_unix (from),
                            g_date_time_to_unix (now), g_date_time_to_unix (now), audience, error);

  return report != NULL && lt_visit_report_write_pdf (report, path, error);
}

static void
on_overview_audience_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         LtCalendarPage   *self)
{
  /* Translators: the file name offered for the overview of a child's contact */
  g_autofree char *name = g_strdup_printf (_ ("%s – contact, last six months.pdf"),
                                           lt_child_get_display_name (lt_calendar_page_get_child (self)));
  LtAudience       audience = g_str_equal (response, "professionals") ? LT_AUDIENCE_PROFESSIONALS
                                                                      : LT_AUDIENCE_PARENTS;

  if (g_str_equal (response, "cancel"))
    return;
  g_object_set_data (G_OBJECT (self), "overview-audience", GINT_TO_POINTER (audience));
  lt_save_chooser_run (GTK_WIDGET (self), _ ("Overview for a Meeting"), _ ("_Save"), name, write_overview,
                       _ ("The overview was saved"));
}

/* The overview for a meeting asks first who it is for: the parents get
 * only the observations shared with them. */
void
lt_calendar_files_export_overview (LtCalendarPage *self)
{
  GtkWidget *dialog =
      adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _ ("Who Is the Overview For?"),
                              _ ("For the parents, it has only the observations you shared with them. For "
                                 "professionals, it has every observation and says it is not for the parents."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "professionals",
                                    _ ("_Professionals"), "parents", _ ("The _Parents"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "parents", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "parents");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_overview_audience_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
