/* lt-backup-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The snapshot is taken on the main thread (it reads the database); the
 * archive is written and read back in a thread, with a progress bar and a
 * Cancel button.  The time of the last good backup is kept in GSettings
 * ("last-backup") for the reminder.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-backup-dialog.h"
#include "lt-backup.h"

typedef struct
{
  AdwMessageDialog *dialog;
  GtkProgressBar   *bar;
  GCancellable     *cancellable;
  LtBackupJob      *job;
  char             *path;
} Backup;

typedef struct
{
  Backup *backup;
  double  fraction;
} Progress;

static void
backup_free (Backup *backup)
{
  g_object_unref (backup->cancellable);
  lt_backup_job_free (backup->job);
  g_free (backup->path);
  g_free (backup);
}

/* ---- progress ---------------------------------------------------------- */

static gboolean
show_progress_cb (gpointer data)
{
  Progress *progress = data;

  gtk_progress_bar_set_fraction (progress->backup->bar, progress->fraction);
  return G_SOURCE_REMOVE;
}

/* Called in the writing thread: hands the fraction to the main thread. */
static void
on_progress (double   fraction,
             gpointer data)
{
  Progress *progress = g_new (Progress, 1);

  progress->backup = data;
  progress->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress_cb, progress, g_free);
}

/* ---- writing ---------------------------------------------------------- */

static void
write_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  Backup *backup = data;
  GError *error = NULL;

  if (lt_backup_job_write (backup->job, backup->path, on_progress, backup, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  Backup *backup = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *dialog = backup->dialog;

  adw_message_dialog_set_response_enabled (dialog, "close", TRUE);
  adw_message_dialog_set_response_enabled (dialog, "cancel", FALSE);
  gtk_widget_set_visible (GTK_WIDGET (backup->bar), FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      adw_message_dialog_set_heading (dialog, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                                                  ? _ ("The Backup Was Stopped")
                                                  : _ ("The Backup Failed"));
      adw_message_dialog_set_body (dialog, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                                               ? _ ("No backup file was left behind.")
                                               : error->message);
      return;
    }
  lt_backup_remember_done ();
  adw_message_dialog_set_heading (dialog, _ ("The Backup Is Made"));
  adw_message_dialog_format_body (dialog,
                                  _ ("It was read back and checked. Keep it away from this computer, "
                                     "for example on a USB stick in a drawer. It opens with any "
                                     "adult’s passphrase or the recovery key.\n\n%s"),
                                  backup->path);
}

static void
on_dialog_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       GCancellable     *cancellable)
{
  if (g_strcmp0 (response, "cancel") == 0)
    g_cancellable_cancel (cancellable);
}

/**
 * lt_backup_dialog_write_to:
 * @path: the backup file to write
 *
 * Takes the snapshot now and writes the backup in a thread, in a dialog
 * that shows progress and then the result.
 */
void
lt_backup_dialog_write_to (GtkWindow  *parent,
                           LtStore    *store,
                           const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GTask) task = NULL;
  Backup *backup;

  g_return_if_fail (LT_IS_STORE (store) && path != NULL);

  backup = g_new0 (Backup, 1);
  backup->cancellable = g_cancellable_new ();
  backup->path = g_strdup (path);
  backup->job = lt_backup_prepare (store, &error);
  backup->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _ ("Backing Up the Household"), NULL));
  adw_message_dialog_add_responses (backup->dialog, "cancel", _ ("_Cancel"), "close", _ ("_Close"), NULL);
  backup->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  adw_message_dialog_set_extra_child (backup->dialog, GTK_WIDGET (backup->bar));
  g_signal_connect_object (backup->dialog, "response", G_CALLBACK (on_dialog_response_cb),
                           backup->cancellable, 0);
  gtk_window_present (GTK_WINDOW (backup->dialog));

  if (backup->job == NULL)
    {
      adw_message_dialog_set_heading (backup->dialog, _ ("The Backup Failed"));
      adw_message_dialog_set_body (backup->dialog, error->message);
      adw_message_dialog_set_response_enabled (backup->dialog, "cancel", FALSE);
      gtk_widget_set_visible (GTK_WIDGET (backup->bar), FALSE);
      backup_free (backup);
      return;
    }
  /* Closing would hide the work; Cancel stops it. */
  adw_message_dialog_set_response_enabled (backup->dialog, "close", FALSE);
  task = g_task_new (NULL, backup->cancellable, on_written_cb, NULL);
  g_task_set_task_data (task, backup, (GDestroyNotify) backup_free);
  g_task_run_in_thread (task, write_in_thread);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        LtStore         *store)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  GtkWindow       *parent = gtk_native_dialog_get_transient_for (chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL)
    lt_backup_dialog_write_to (parent, store, path);
  g_object_unref (chooser);
}

/* Asks where to save the backup, then writes it. */
void
lt_backup_dialog_run (GtkWindow *parent,
                      LtStore   *store)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;

  g_return_if_fail (LT_IS_STORE (store));

  /* TRANSLATORS: the suggested file name of a backup; %s is the date. */
  name = g_strdup_printf (_ ("Livstraad backup %s.ltbackup"), day);
  chooser = gtk_file_chooser_native_new (_ ("Back Up the Household"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _ ("_Back Up"), _ ("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), store, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the reminder ----------------------------------------------------- */

void
lt_backup_remember_done (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  g_settings_set_int64 (settings, "last-backup", g_date_time_to_unix (now));
}

/* Returns: whole days since the last backup made here, or -1 for never. */
int
lt_backup_days_since_last (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  gint64 last = g_settings_get_int64 (settings, "last-backup");
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  if (last <= 0)
    return -1;
  return (int) MAX (0, (g_date_time_to_unix (now) - last) / (24 * 3600));
}

/* Returns: (transfer full) (nullable): a toast with "Back Up…" when there
 * is no backup from the last LT_BACKUP_REMINDER_DAYS days. */
AdwToast *
lt_backup_reminder_toast (void)
{
  int       days = lt_backup_days_since_last ();
  AdwToast *toast;

  if (days >= 0 && days < LT_BACKUP_REMINDER_DAYS)
    return NULL;
  if (days < 0)
    toast = adw_toast_new (_ ("No backup of this household has been made on this computer"));
  else
    {
      g_autofree char *title = g_strdup_printf (
          ngettext ("The last backup is %d day old", "The last backup is %d days old", days), days);

      toast = adw_toast_new (title);
    }
  adw_toast_set_button_label (toast, _ ("_Back Up…"));
  adw_toast_set_action_name (toast, "app.backup");
  adw_toast_set_timeout (toast, 10);
  return toast;
}
