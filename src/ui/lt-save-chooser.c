/* lt-save-chooser.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * "Save as" for a file the app writes: the chooser, then the writing, then
 * a toast saying it was saved or why not.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-save-chooser.h"
#include "lt-window.h"

typedef struct
{
  LtSaveFunc write;
  char      *saved_message;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_free (job->saved_message);
  g_free (job);
}

static void
on_chosen_cb (GtkNativeDialog *chooser,
              int              response,
              GtkWidget       *widget)
{
  SaveJob *job = g_object_get_data (G_OBJECT (chooser), "job");
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (job->write (path, widget, &error))
        lt_window_toast_from (widget, adw_toast_new (job->saved_message));
      else
        lt_window_toast_from (widget, adw_toast_new (error->message));
    }
  g_object_unref (chooser);
}

/**
 * lt_save_chooser_run:
 * @widget: the page asking; given to @write as its data
 * @write: writes the file at the chosen path
 *
 * Asks where to save, offering @suggested_name, and writes there.
 */
void
lt_save_chooser_run (GtkWidget  *widget,
                     const char *title,
                     const char *accept_label,
                     const char *suggested_name,
                     LtSaveFunc  write,
                     const char *saved_message)
{
  GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (widget)), GTK_FILE_CHOOSER_ACTION_SAVE,
                                   accept_label, _ ("_Cancel"));
  SaveJob *job = g_new0 (SaveJob, 1);

  job->write = write;
  job->saved_message = g_strdup (saved_message);
  g_object_set_data_full (G_OBJECT (chooser), "job", job, (GDestroyNotify) save_job_free);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chosen_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
