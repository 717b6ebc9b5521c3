/* lt-setup-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtSetupWindow: three steps — a name and a passphrase; the work (Argon2id
 * calibrated to about a second on this machine, then creating or
 * converting the household) in a thread; the recovery key, which must be
 * confirmed as kept before the household opens.
 *
 * The household is not open anywhere else during set-up, so the thread
 * may create, convert or restore it; the open store is handed to the main thread
 * when it is done.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lt-backup.h"
#include "lt-disk.h"
#include "lt-ui-resources.h"
#include "lt-setup-window.h"

#define UNLOCK_SECONDS 1.0

struct _LtSetupWindow
{
  AdwApplicationWindow parent_instance;

  /* template */
  GtkStack            *stack;
  AdwStatusPage       *intro_page;
  AdwStatusPage       *working_page;
  AdwEntryRow         *name_row;
  AdwPasswordEntryRow *passphrase_row;
  AdwPasswordEntryRow *repeat_row;
  GtkLabel            *message_label;
  GtkLabel            *disk_label;
  GtkSpinner          *spinner;
  GtkLabel            *recovery_label;
  GtkCheckButton      *kept_check;
  GtkButton           *start_button;
  GtkButton           *restore_button;

  /* owned */
  char         *database_path;
  char         *recovery_key;
  LtStore      *store;
  GCancellable *cancellable;

  LtVaultState state;
};

G_DEFINE_FINAL_TYPE (LtSetupWindow, lt_setup_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char        *database_path;
  char        *adult_name;
  char        *passphrase;
  LtVaultState state;
  char        *recovery_key; /* out */
} SetupJob;

static void
setup_job_free (SetupJob *job)
{
  g_free (job->database_path);
  g_free (job->adult_name);
  memset (job->passphrase, 0, strlen (job->passphrase));
  g_free (job->passphrase);
  g_free (job->recovery_key);
  g_free (job);
}

/* ---- helpers --------------------------------------------------------- */

static void
show_message (LtSetupWindow *self,
              const char    *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
set_up_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  SetupJob   *job = data;
  LtKdfLimits limits;
  GError     *error = NULL;
  LtStore    *store;

  lt_kdf_limits_init_default (&limits);
  lt_kdf_limits_calibrate (&limits, UNLOCK_SECONDS);
  store = job->state == LT_VAULT_PLAIN
              ? lt_vault_encrypt_plain (job->database_path, job->adult_name, job->passphrase,
                                        &limits, &job->recovery_key, &error)
              : lt_vault_create (job->database_path, job->adult_name, job->passphrase, &limits,
                                 &job->recovery_key, &error);
  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

static void
on_set_up_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  LtSetupWindow *self = LT_SETUP_WINDOW (source);
  SetupJob      *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  gtk_spinner_stop (self->spinner);
  self->store = g_task_propagate_pointer (G_TASK (result), &error);
  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "passphrase");
      show_message (self, error->message);
      return;
    }
  /* The first adult makes the changes noted in the history. */
  lt_store_set_actor (self->store, job->adult_name);
  self->recovery_key = g_steal_pointer (&job->recovery_key);
  gtk_label_set_text (self->recovery_label, self->recovery_key);
  gtk_stack_set_visible_child_name (self->stack, "recovery");
  gtk_widget_grab_focus (GTK_WIDGET (self->kept_check));
}

/* ---- restoring a backup instead -------------------------------------- */

typedef struct
{
  char *backup;
  char *database_path;
  char *secret; /* a passphrase or the recovery key */
} RestoreJob;

static void
restore_job_free (RestoreJob *job)
{
  g_free (job->backup);
  g_free (job->database_path);
  memset (job->secret, 0, strlen (job->secret));
  g_free (job->secret);
  g_free (job);
}

/* The secret may be any adult's passphrase or the recovery key: a text
 * that reads as a recovery key is tried as one first. */
static LtSecret *
unlock_backup (LtKeySlots *slots,
               const char *secret,
               GError    **error)
{
  guint8    probe[20];
  LtSecret *key = NULL;

  if (lt_recovery_key_parse (secret, probe, sizeof probe))
    key = lt_key_slots_unlock_recovery (slots, secret, NULL);
  return key != NULL ? key : lt_key_slots_unlock (slots, NULL, secret, NULL, error);
}

static void
restore_in_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  RestoreJob *job = data;
  GError     *error = NULL;
  g_autoptr (LtKeySlots) slots = lt_backup_read_key_slots (job->backup, &error);
  g_autoptr (LtSecret) key = slots != NULL ? unlock_backup (slots, job->secret, &error) : NULL;
  LtStore *store = NULL;

  if (key != NULL && lt_backup_restore (job->backup, key, job->database_path, NULL, &error))
    store = lt_vault_open (job->database_path, key, &error);
  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

static void
on_restored_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  LtSetupWindow *self = LT_SETUP_WINDOW (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  gtk_spinner_stop (self->spinner);
  store = g_task_propagate_pointer (G_TASK (result), &error);
  if (store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "passphrase");
      show_message (self, error->message);
      return;
    }
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  g_signal_emit (self, signals[DONE], 0, store);
}

typedef struct
{
  LtSetupWindow       *self;
  char                *backup;
  AdwPasswordEntryRow *secret_row;
} RestoreDialog;

static void
restore_dialog_free (RestoreDialog *data)
{
  g_free (data->backup);
  g_free (data);
}

static void
on_restore_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        RestoreDialog    *data)
{
  if (g_strcmp0 (response, "restore") == 0)
    lt_setup_window_restore (data->self, data->backup, gtk_editable_get_text (GTK_EDITABLE (data->secret_row)));
}

static void
ask_backup_secret (LtSetupWindow *self,
                   const char    *backup)
{
  AdwMessageDialog *dialog;
  GtkListBox       *list = GTK_LIST_BOX (gtk_list_box_new ());
  RestoreDialog    *data = g_new0 (RestoreDialog, 1);
  g_autofree char  *name = g_path_get_basename (backup);

  data->self = self;
  data->backup = g_strdup (backup);
  data->secret_row = ADW_PASSWORD_ENTRY_ROW (adw_password_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->secret_row), _ ("Passphrase or recovery key"));
  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  gtk_list_box_append (list, GTK_WIDGET (data->secret_row));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      GTK_WINDOW (self), _ ("Restore the Backup?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _ ("“%s” opens with a passphrase of an adult who had one when it was made, "
                                     "or with the recovery key from then."),
                                  name);
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (list));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "restore", _ ("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_restore_response_cb), data,
                         (GClosureNotify) (void (*) (void)) restore_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_backup_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     LtSetupWindow   *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    ask_backup_secret (self, path);
}

/* ---- printing the recovery key -------------------------------------- */

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 gpointer           data)
{
  LtSetupWindow *self = data;
  cairo_t       *cr = gtk_print_context_get_cairo_context (context);
  g_autoptr (PangoLayout) layout = gtk_print_context_create_pango_layout (context);
  g_autofree char *text = NULL;
  g_autofree char *escaped_key = g_markup_escape_text (self->recovery_key, -1);
  g_autofree char *escaped_path = g_markup_escape_text (self->database_path, -1);

  text = g_strdup_printf ("<span size='18000' weight='bold'>%s</span>\n\n%s\n\n"
                          "<span font_family='monospace' size='20000'>%s</span>\n\n"
                          "<span size='9000'>%s</span>",
                          _ ("Livstråd: the household’s recovery key"),
                          _ ("If every passphrase is forgotten, this key opens the household. "
                             "Keep this page somewhere safe, away from the computer. Anyone with "
                             "this key and the computer can read the children’s data."),
                          escaped_key, escaped_path);
  pango_layout_set_width (layout, (int) (gtk_print_context_get_width (context) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, text, -1);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);
}

/* ---- callbacks ------------------------------------------------------- */

static void
on_continue_clicked_cb (LtSetupWindow *self)
{
  lt_setup_window_set_up (self, gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->repeat_row)));
}

static void
on_copy_clicked_cb (LtSetupWindow *self)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->recovery_key);
}

static void
on_print_clicked_cb (LtSetupWindow *self)
{
  g_autoptr (GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr (GError) error = NULL;

  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, _ ("Recovery key"));
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), self);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_message (self, error->message);
}

static void
on_restore_clicked_cb (LtSetupWindow *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_ ("Restore a Backup"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"),
                                                               _ ("_Cancel"));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("Livstråd backups"));
  gtk_file_filter_add_pattern (filter, "*.ltbackup");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_backup_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_kept_toggled_cb (LtSetupWindow *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_button),
                            gtk_check_button_get_active (self->kept_check));
}

static void
on_start_clicked_cb (LtSetupWindow *self)
{
  lt_setup_window_confirm_kept (self);
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_setup_window_dispose (GObject *object)
{
  LtSetupWindow *self = LT_SETUP_WINDOW (object);

  /* GTK 4.8 warns when a focused entry is disposed with its window. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_setup_window_parent_class)->dispose (object);
}

static void
lt_setup_window_finalize (GObject *object)
{
  LtSetupWindow *self = LT_SETUP_WINDOW (object);

  g_free (self->database_path);
  if (self->recovery_key != NULL)
    memset (self->recovery_key, 0, strlen (self->recovery_key));
  g_free (self->recovery_key);

  G_OBJECT_CLASS (lt_setup_window_parent_class)->finalize (object);
}

static void
lt_setup_window_class_init (LtSetupWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_setup_window_dispose;
  object_class->finalize = lt_setup_window_finalize;

  /**
   * LtSetupWindow::done:
   * @store: the household, encrypted and open
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, LT_TYPE_STORE);

  /* Referencing the resource links it in from the static library, so the
   * template is there even when this window is the first one shown. */
  (void) lt_ui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/livstraad/Livstraad/lt-setup-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, intro_page);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, working_page);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, disk_label);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, recovery_label);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, kept_check);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, start_button);
  gtk_widget_class_bind_template_child (widget_class, LtSetupWindow, restore_button);
  gtk_widget_class_bind_template_callback (widget_class, on_continue_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kept_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked_cb);
}

static void
lt_setup_window_init (LtSetupWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/* ---- public API ------------------------------------------------------ */

LtSetupWindow *
lt_setup_window_new (GtkApplication *application,
                     const char     *database_path,
                     LtVaultState    state)
{
  LtSetupWindow *self;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (state != LT_VAULT_LOCKED, NULL);

  self = g_object_new (LT_TYPE_SETUP_WINDOW, "application", application, NULL);
  self->database_path = g_strdup (database_path);
  self->state = state;
  adw_status_page_set_description (
      self->intro_page,
      state == LT_VAULT_PLAIN
          ? _ ("This household is not encrypted yet. Choose a passphrase, and Livstråd encrypts "
               "everything it keeps about the children on this computer.")
          : _ ("Livstråd keeps everything about the children encrypted on this computer. "
               "Choose a passphrase to unlock it with."));
  if (state == LT_VAULT_PLAIN)
    adw_status_page_set_title (self->working_page, _ ("Encrypting the Household"));
  /* Over a plain household, a restore would leave it readable aside:
   * encrypt it first. */
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), state == LT_VAULT_NEW);
  gtk_widget_set_visible (GTK_WIDGET (self->disk_label),
                          lt_disk_get_encryption (database_path) == LT_DISK_NOT_ENCRYPTED);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

/* Checks the input, then sets up the household in a thread. */
void
lt_setup_window_set_up (LtSetupWindow *self,
                        const char    *adult_name,
                        const char    *passphrase,
                        const char    *repeated)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  SetupJob        *job;

  g_return_if_fail (LT_IS_SETUP_WINDOW (self));

  name = g_strstrip (g_strdup (adult_name));
  if (*name == '\0')
    {
      show_message (self, _ ("Write your name, so Livstråd can ask for the right passphrase."));
      return;
    }
  if (!lt_key_slots_check_passphrase (passphrase, &error))
    {
      show_message (self, error->message);
      return;
    }
  if (g_strcmp0 (passphrase, repeated) != 0)
    {
      show_message (self, _ ("The two passphrases are not the same."));
      return;
    }
  show_message (self, NULL);

  job = g_new0 (SetupJob, 1);
  job->database_path = g_strdup (self->database_path);
  job->adult_name = g_steal_pointer (&name);
  job->passphrase = g_strdup (passphrase);
  job->state = self->state;
  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->repeat_row), "");

  /* Focus leaves the entries before their page is hidden (see
   * lt-unlock-window.c's set_busy). */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_stack_set_visible_child_name (self->stack, "working");
  gtk_spinner_start (self->spinner);
  task = g_task_new (self, self->cancellable, on_set_up_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) setup_job_free);
  g_task_run_in_thread (task, set_up_in_thread);
}

/* Returns: (nullable): the recovery key once set-up is done. */
const char *
lt_setup_window_get_recovery_key (LtSetupWindow *self)
{
  g_return_val_if_fail (LT_IS_SETUP_WINDOW (self), NULL);

  return self->recovery_key;
}

/* The adult has kept the recovery key: hand over the household. */
void
lt_setup_window_confirm_kept (LtSetupWindow *self)
{
  g_autoptr (LtStore) store = NULL;

  g_return_if_fail (LT_IS_SETUP_WINDOW (self));

  if (self->store == NULL)
    return;
  store = g_steal_pointer (&self->store);
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  g_signal_emit (self, signals[DONE], 0, store);
}

/* Returns: (nullable): what the window says is wrong with the input. */
const char *
lt_setup_window_get_message (LtSetupWindow *self)
{
  g_return_val_if_fail (LT_IS_SETUP_WINDOW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
             ? gtk_label_get_text (self->message_label)
             : NULL;
}

/**
 * lt_setup_window_restore:
 * @backup: a backup file
 * @secret: a passphrase from the backup, or its recovery key
 *
 * Restores @backup here instead of setting up a new household (in a
 * thread); ::done follows with the household, or the page says why not.
 */
void
lt_setup_window_restore (LtSetupWindow *self,
                         const char    *backup,
                         const char    *secret)
{
  g_autoptr (GTask) task = NULL;
  RestoreJob *job;

  g_return_if_fail (LT_IS_SETUP_WINDOW (self));
  g_return_if_fail (backup != NULL && secret != NULL);

  job = g_new0 (RestoreJob, 1);
  job->backup = g_strdup (backup);
  job->database_path = g_strdup (self->database_path);
  job->secret = g_strdup (secret);
  show_message (self, NULL);
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  adw_status_page_set_title (self->working_page, _ ("Restoring the Backup"));
  gtk_stack_set_visible_child_name (self->stack, "working");
  gtk_spinner_start (self->spinner);
  task = g_task_new (self, self->cancellable, on_restored_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) restore_job_free);
  g_task_run_in_thread (task, restore_in_thread);
}
