/* lt-log-print.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The daily log for a meeting: a dialog asks who the printout is for (the
 * parents or professionals) and for which days, then where to save it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-log-print.h"
#include "lt-log-report.h"
#include "lt-save-chooser.h"
#include "lt-window.h"

/* The audiences a meeting printout is made for, in the drop-down's order. */
static const LtAudience printout_audiences[] = { LT_AUDIENCE_PARENTS, LT_AUDIENCE_PROFESSIONALS };

typedef struct
{
  LtStore     *store;
  LtChild     *child;
  GtkDropDown *audience;
  GtkEditable *from;
  GtkEditable *to;
  char        *from_iso;
  char        *to_iso;
  LtAudience   chosen;
} Printout;

static void
printout_free (Printout *printout)
{
  g_clear_object (&printout->store);
  g_clear_object (&printout->child);
  g_free (printout->from_iso);
  g_free (printout->to_iso);
  g_free (printout);
}

/* For the window and the command line: the notes of @from … @to that
 * @audience may see, as a PDF at @path. */
gboolean
lt_log_print_to_file (LtStore    *store,
                      LtChild    *child,
                      const char *from,
                      const char *to,
                      LtAudience  audience,
                      const char *path,
                      GError    **error)
{
  g_autoptr (GListModel) notes = lt_store_list_records (store, LT_TYPE_LOG_NOTE, lt_record_get_id (LT_RECORD (child)));
  g_autoptr (GPtrArray) chosen = lt_log_report_select (notes, from, to, audience);

  return lt_log_report_write_pdf (lt_child_get_display_name (child), chosen, from, to, audience, path, error);
}

static gboolean
write_printout (const char *path,
                gpointer    data,
                GError    **error)
{
  Printout *printout = g_object_get_data (G_OBJECT (data), "log-printout");

  return lt_log_print_to_file (printout->store, printout->child, printout->from_iso, printout->to_iso,
                               printout->chosen, path, error);
}

static gboolean
read_day (GtkEditable *field,
          char       **iso,
          GError     **error)
{
  const char *text = gtk_editable_get_text (field);

  g_clear_pointer (iso, g_free);
  if (*text == '\0')
    return TRUE;
  *iso = lt_date_from_input (text, error);
  return *iso != NULL && lt_date_check_day (*iso, NULL, error);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                GtkWidget        *widget)
{
  Printout *printout = g_object_get_data (G_OBJECT (dialog), "printout");
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "continue") != 0)
    return;
  if (!read_day (printout->from, &printout->from_iso, &error) || !read_day (printout->to, &printout->to_iso, &error))
    {
      lt_window_toast_from (widget, adw_toast_new (error->message));
      return;
    }
  printout->chosen = printout_audiences[gtk_drop_down_get_selected (printout->audience)];
  /* Translators: the file name offered for the daily log printout */
  name = g_strdup_printf (_ ("%s – daily log.pdf"), lt_child_get_display_name (printout->child));
  /* The save chooser calls back with @widget: the choices move onto it. */
  g_object_steal_data (G_OBJECT (dialog), "printout");
  g_object_set_data_full (G_OBJECT (widget), "log-printout", printout, (GDestroyNotify) printout_free);
  lt_save_chooser_run (widget, _ ("Notes for a Meeting"), _ ("_Save"), name, write_printout,
                       _ ("The notes were saved"));
}

static GtkWidget *
day_field (const char   *label,
           const char   *iso,
           GtkEditable **field)
{
  GtkWidget       *row = adw_entry_row_new ();
  g_autofree char *text = lt_date_to_input (iso);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  *field = GTK_EDITABLE (row);
  return row;
}

static GtkWidget *
make_choices (Printout *printout)
{
  const char      *labels[] = { lt_audience_to_label (LT_AUDIENCE_PARENTS),
                                lt_audience_to_label (LT_AUDIENCE_PROFESSIONALS), NULL };
  GtkWidget       *list = gtk_list_box_new ();
  GtkWidget       *who = adw_action_row_new ();
  GDate            start;
  g_autofree char *today = lt_date_today_iso ();
  g_autofree char *from = NULL;

  lt_date_today (&start);
  g_date_subtract_months (&start, 3);
  from = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&start), g_date_get_month (&start),
                          g_date_get_day (&start));
  printout->audience = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (labels));
  gtk_widget_set_valign (GTK_WIDGET (printout->audience), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (who), _ ("Who It Is For"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (who), GTK_WIDGET (printout->audience));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), who);
  gtk_list_box_append (GTK_LIST_BOX (list), day_field (_ ("From"), from, &printout->from));
  gtk_list_box_append (GTK_LIST_BOX (list), day_field (_ ("To"), today, &printout->to));
  return list;
}

/* Asks who the notes are for and which days, then where to save them. */
void
lt_log_print_run (GtkWidget *widget,
                  LtStore   *store,
                  LtChild   *child)
{
  Printout  *printout = g_new0 (Printout, 1);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _ ("Notes for a Meeting"),
                                              _ ("Only the notes marked for the ones you choose go in. Notes "
                                                 "for the adults here never do."));

  printout->store = g_object_ref (store);
  printout->child = g_object_ref (child);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), make_choices (printout));
  g_object_set_data_full (G_OBJECT (dialog), "printout", printout, (GDestroyNotify) printout_free);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "continue",
                                    _ ("C_ontinue"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "continue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
