/* lt-keys-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtKeysWindow: every change reads the key file afresh, changes the slots
 * and saves them durably; the household key itself never changes, so the
 * data is never rewritten.  Deriving a passphrase's key takes about a
 * second, so adding and changing run in a thread.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lt-keyring.h"
#include "lt-keys-window.h"
#include "lt-ui-resources.h"
#include "lt-vault.h"

struct _LtKeysWindow
{
  AdwPreferencesWindow parent_instance;

  /* template */
  GtkListBox  *adults_list;
  AdwComboRow *lock_row;
  GtkSwitch   *keyring_switch;

  /* owned */
  LtStore      *store;
  LtKeySlots   *slots; /* as last read or saved */
  GSettings    *settings;
  GCancellable *cancellable;

  gboolean busy;
};

G_DEFINE_FINAL_TYPE (LtKeysWindow, lt_keys_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The choices of "Lock after", in minutes; 0 is never by time. */
static const int lock_minutes[] = { 1, 5, 15, 30, 60, 0 };

typedef struct
{
  LtKeySlots *slots;
  LtSecret   *key;
  char       *name;    /* add */
  int         slot_id; /* change */
  char       *passphrase;
} PassphraseJob;

static void
passphrase_job_free (PassphraseJob *job)
{
  g_clear_object (&job->slots);
  lt_secret_free (job->key);
  g_free (job->name);
  memset (job->passphrase, 0, strlen (job->passphrase));
  g_free (job->passphrase);
  g_free (job);
}

static void fill_adults (LtKeysWindow *self);

/* ---- helpers --------------------------------------------------------- */

static void
toast (LtKeysWindow *self,
       const char   *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

/* Reads the key file afresh, so a change made by another window or
 * command is never overwritten. */
static LtKeySlots *
load_slots (LtKeysWindow *self)
{
  g_autoptr (GError) error = NULL;
  LtKeySlots *slots = lt_vault_load_key_slots (lt_store_get_path (self->store), &error);

  if (slots == NULL)
    toast (self, error->message);
  return slots;
}

static gboolean
save_slots (LtKeysWindow *self,
            LtKeySlots   *slots)
{
  g_autoptr (GError) error = NULL;

  if (!lt_vault_save_key_slots (self->store, slots, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  g_set_object (&self->slots, slots);
  fill_adults (self);
  return TRUE;
}

/* ---- the passphrase dialog ------------------------------------------ */

typedef struct
{
  LtKeysWindow        *window;
  AdwEntryRow         *name_row; /* NULL when changing */
  AdwPasswordEntryRow *passphrase_row;
  AdwPasswordEntryRow *repeat_row;
  int                  slot_id;
} PassphraseDialog;

static void
on_passphrase_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           PassphraseDialog *data)
{
  const char *passphrase = gtk_editable_get_text (GTK_EDITABLE (data->passphrase_row));
  const char *repeated = gtk_editable_get_text (GTK_EDITABLE (data->repeat_row));

  if (g_strcmp0 (response, "save") != 0)
    return;
  if (g_strcmp0 (passphrase, repeated) != 0)
    {
      toast (data->window, _ ("The two passphrases are not the same; nothing was changed."));
      return;
    }
  if (data->name_row != NULL)
    lt_keys_window_add_adult (data->window, gtk_editable_get_text (GTK_EDITABLE (data->name_row)),
                              passphrase);
  else
    lt_keys_window_change_passphrase (data->window, data->slot_id, passphrase);
}

static GtkWidget *
add_entry_row (GtkListBox *list,
               GType       type,
               const char *title)
{
  GtkWidget *row = g_object_new (type, "title", title, NULL);

  gtk_list_box_append (list, row);
  return row;
}

static void
ask_passphrase (LtKeysWindow *self,
                const char   *heading,
                gboolean      with_name,
                int           slot_id)
{
  AdwMessageDialog *dialog;
  GtkListBox       *list = GTK_LIST_BOX (gtk_list_box_new ());
  PassphraseDialog *data = g_new0 (PassphraseDialog, 1);

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  data->window = self;
  data->slot_id = slot_id;
  if (with_name)
    data->name_row = ADW_ENTRY_ROW (add_entry_row (list, ADW_TYPE_ENTRY_ROW, _ ("Name")));
  data->passphrase_row = ADW_PASSWORD_ENTRY_ROW (
      add_entry_row (list, ADW_TYPE_PASSWORD_ENTRY_ROW, _ ("Passphrase (at least 8 characters)")));
  data->repeat_row = ADW_PASSWORD_ENTRY_ROW (
      add_entry_row (list, ADW_TYPE_PASSWORD_ENTRY_ROW, _ ("Passphrase again")));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (list));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "save", _ ("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_passphrase_response_cb), data,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- adding and changing in a thread --------------------------------- */

static void
derive_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  PassphraseJob *job = data;
  LtKdfLimits    limits;
  GError        *error = NULL;
  gboolean       ok;

  lt_kdf_limits_init_default (&limits);
  lt_kdf_limits_calibrate (&limits, 1.0);
  ok = job->name != NULL
           ? lt_key_slots_add_passphrase (job->slots, job->key, job->name, job->passphrase,
                                          &limits, &error) != 0
           : lt_key_slots_change_passphrase (job->slots, job->key, job->slot_id, job->passphrase,
                                             &limits, &error);
  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_derived_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  LtKeysWindow  *self = LT_KEYS_WINDOW (source);
  PassphraseJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autofree char *done = NULL;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  self->busy = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      toast (self, error->message);
      return;
    }
  if (!save_slots (self, job->slots))
    return;
  done = job->name != NULL ? g_strdup_printf (_ ("%s can now unlock the household"), job->name)
                           : g_strdup (_ ("The passphrase was changed"));
  toast (self, done);
}

static void
start_derivation (LtKeysWindow  *self,
                  PassphraseJob *job)
{
  g_autoptr (GTask) task = g_task_new (self, self->cancellable, on_derived_cb, NULL);

  job->key = lt_secret_copy (lt_store_get_key (self->store));
  self->busy = TRUE;
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) passphrase_job_free);
  g_task_run_in_thread (task, derive_in_thread);
}

/* ---- rows -------------------------------------------------------------- */

static void
on_change_clicked_cb (GtkButton    *button,
                      LtKeysWindow *self)
{
  int              slot_id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "slot-id"));
  const char      *name = g_object_get_data (G_OBJECT (button), "adult");
  g_autofree char *heading = g_strdup_printf (_ ("New Passphrase for %s"), name);

  ask_passphrase (self, heading, FALSE, slot_id);
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LtKeysWindow     *self)
{
  if (g_strcmp0 (response, "remove") == 0)
    lt_keys_window_remove_adult (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "slot-id")));
}

static void
on_remove_clicked_cb (GtkButton    *button,
                      LtKeysWindow *self)
{
  const char       *name = g_object_get_data (G_OBJECT (button), "adult");
  g_autofree char  *heading = g_strdup_printf (_ ("Remove %s’s Passphrase?"), name);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      GTK_WINDOW (self), heading,
      _ ("They can then no longer unlock the household. The children’s data stays as it is.")));

  g_object_set_data (G_OBJECT (dialog), "slot-id", g_object_get_data (G_OBJECT (button), "slot-id"));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "remove", _ ("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
row_button (LtKeysWindow *self,
            const char   *label,
            int           slot_id,
            const char   *adult,
            GCallback     callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "slot-id", GINT_TO_POINTER (slot_id));
  g_object_set_data_full (G_OBJECT (button), "adult", g_strdup (adult), g_free);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
fill_adults (LtKeysWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->adults_list))) != NULL)
    gtk_list_box_remove (self->adults_list, child);
  for (guint i = 0; self->slots != NULL && i < lt_key_slots_get_n_slots (self->slots); i++)
    {
      AdwActionRow *row;
      GtkWidget    *remove;
      const char   *name = lt_key_slots_get_label (self->slots, i);
      int           id = lt_key_slots_get_id (self->slots, i);

      if (lt_key_slots_get_kind (self->slots, i) != LT_KEY_SLOT_PASSPHRASE)
        continue;
      row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_suffix (row, row_button (self, _ ("_Change…"), id, name,
                                                  G_CALLBACK (on_change_clicked_cb)));
      remove = row_button (self, _ ("_Remove…"), id, name, G_CALLBACK (on_remove_clicked_cb));
      adw_action_row_add_suffix (row, remove);
      gtk_list_box_append (self->adults_list, GTK_WIDGET (row));
    }
}

/* ---- callbacks --------------------------------------------------------- */

static void
on_add_clicked_cb (LtKeysWindow *self)
{
  ask_passphrase (self, _ ("Add an Adult"), TRUE, 0);
}

static void
on_new_recovery_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             LtKeysWindow     *self)
{
  g_autofree char  *key = NULL;
  AdwMessageDialog *shown;

  if (g_strcmp0 (response, "make") != 0)
    return;
  key = lt_keys_window_make_recovery_key (self);
  if (key == NULL)
    return;
  shown = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      GTK_WINDOW (self), _ ("The New Recovery Key"),
      _ ("Write it down or print it, and keep it away from the computer. The old key no longer "
         "works.")));
  {
    GtkWidget *label = gtk_label_new (key);

    gtk_label_set_selectable (GTK_LABEL (label), TRUE);
    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_widget_add_css_class (label, "title-3");
    gtk_widget_add_css_class (label, "monospace");
    adw_message_dialog_set_extra_child (shown, label);
  }
  adw_message_dialog_add_response (shown, "close", _ ("I Have _Written It Down"));
  gtk_window_present (GTK_WINDOW (shown));
  memset (key, 0, strlen (key));
}

static void
on_new_recovery_activated_cb (LtKeysWindow *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      GTK_WINDOW (self), _ ("Make a New Recovery Key?"),
      _ ("The recovery key you have now stops working. Have paper ready for the new one.")));

  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "make", _ ("_Make New Key"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "make", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_recovery_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_lock_selected_cb (AdwComboRow  *row,
                     GParamSpec   *pspec,
                     LtKeysWindow *self)
{
  guint index = adw_combo_row_get_selected (row);

  if (index < G_N_ELEMENTS (lock_minutes))
    g_settings_set_int (self->settings, "lock-after-minutes", lock_minutes[index]);
}

static void
set_up_lock_row (LtKeysWindow *self)
{
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);
  int   current = g_settings_get_int (self->settings, "lock-after-minutes");
  guint selected = 1;

  for (guint i = 0; i < G_N_ELEMENTS (lock_minutes); i++)
    {
      g_autofree char *label = lock_minutes[i] == 0
                                   ? g_strdup (_ ("Never"))
                                   : g_strdup_printf (ngettext ("%d minute", "%d minutes",
                                                                lock_minutes[i]),
                                                      lock_minutes[i]);

      gtk_string_list_append (choices, label);
      if (lock_minutes[i] == current)
        selected = i;
    }
  adw_combo_row_set_model (self->lock_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->lock_row, selected);
  g_signal_connect (self->lock_row, "notify::selected", G_CALLBACK (on_lock_selected_cb), self);
}

static void
on_keyring_active_cb (GtkSwitch    *keyring_switch,
                      GParamSpec   *pspec,
                      LtKeysWindow *self)
{
  gboolean active = gtk_switch_get_active (keyring_switch);
  g_autoptr (GError) error = NULL;

  if (active == lt_keyring_is_remembered (lt_store_get_path (self->store)))
    return;
  if (active ? lt_keyring_remember (self->store, &error) : lt_keyring_forget (self->store, &error))
    {
      g_clear_object (&self->slots);
      self->slots = load_slots (self);
      toast (self, active ? _ ("This computer’s keyring remembers the household")
                          : _ ("The keyring no longer opens the household"));
      return;
    }
  toast (self, error->message);
  g_signal_handlers_block_by_func (keyring_switch, on_keyring_active_cb, self);
  gtk_switch_set_active (keyring_switch, !active);
  g_signal_handlers_unblock_by_func (keyring_switch, on_keyring_active_cb, self);
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_keys_window_dispose (GObject *object)
{
  LtKeysWindow *self = LT_KEYS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->slots);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lt_keys_window_parent_class)->dispose (object);
}

static void
lt_keys_window_class_init (LtKeysWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = lt_keys_window_dispose;

  (void) lt_ui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/livstraad/Livstraad/lt-keys-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LtKeysWindow, adults_list);
  gtk_widget_class_bind_template_child (widget_class, LtKeysWindow, lock_row);
  gtk_widget_class_bind_template_child (widget_class, LtKeysWindow, keyring_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_recovery_activated_cb);
}

static void
lt_keys_window_init (LtKeysWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  set_up_lock_row (self);
}

/* ---- public API ------------------------------------------------------ */

LtKeysWindow *
lt_keys_window_new (GtkWindow *parent,
                    LtStore   *store)
{
  LtKeysWindow *self;

  g_return_val_if_fail (LT_IS_STORE (store) && lt_store_get_key (store) != NULL, NULL);

  self = g_object_new (LT_TYPE_KEYS_WINDOW, "transient-for", parent, "modal", parent != NULL, NULL);
  self->store = g_object_ref (store);
  self->slots = load_slots (self);
  fill_adults (self);
  gtk_switch_set_active (self->keyring_switch, lt_keyring_is_remembered (lt_store_get_path (store)));
  g_signal_connect (self->keyring_switch, "notify::active", G_CALLBACK (on_keyring_active_cb), self);
  return self;
}

/* Adds an adult's passphrase (in a thread; a toast says how it went). */
void
lt_keys_window_add_adult (LtKeysWindow *self,
                          const char   *name,
                          const char   *passphrase)
{
  PassphraseJob *job;
  g_autoptr (LtKeySlots) slots = NULL;

  g_return_if_fail (LT_IS_KEYS_WINDOW (self));

  slots = load_slots (self);
  if (slots == NULL || self->busy)
    return;
  job = g_new0 (PassphraseJob, 1);
  job->slots = g_steal_pointer (&slots);
  job->name = g_strdup (name);
  job->passphrase = g_strdup (passphrase);
  start_derivation (self, job);
}

void
lt_keys_window_change_passphrase (LtKeysWindow *self,
                                  int           slot_id,
                                  const char   *passphrase)
{
  PassphraseJob *job;
  g_autoptr (LtKeySlots) slots = NULL;

  g_return_if_fail (LT_IS_KEYS_WINDOW (self));

  slots = load_slots (self);
  if (slots == NULL || self->busy)
    return;
  job = g_new0 (PassphraseJob, 1);
  job->slots = g_steal_pointer (&slots);
  job->slot_id = slot_id;
  job->passphrase = g_strdup (passphrase);
  start_derivation (self, job);
}

void
lt_keys_window_remove_adult (LtKeysWindow *self,
                             int           slot_id)
{
  g_autoptr (LtKeySlots) slots = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (LT_IS_KEYS_WINDOW (self));

  slots = load_slots (self);
  if (slots == NULL)
    return;
  if (!lt_key_slots_remove (slots, slot_id, &error))
    {
      toast (self, error->message);
      return;
    }
  if (save_slots (self, slots))
    toast (self, _ ("The passphrase was removed"));
}

/* Returns: (transfer full) (nullable): the new recovery key, saved; the
 * old one no longer opens the household. */
char *
lt_keys_window_make_recovery_key (LtKeysWindow *self)
{
  g_autoptr (LtKeySlots) slots = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (LT_IS_KEYS_WINDOW (self), NULL);

  slots = load_slots (self);
  if (slots == NULL)
    return NULL;
  key = lt_key_slots_set_recovery (slots, lt_store_get_key (self->store), &error);
  if (key == NULL)
    {
      toast (self, error->message);
      return NULL;
    }
  return save_slots (self, slots) ? g_steal_pointer (&key) : NULL;
}

guint
lt_keys_window_get_n_adults (LtKeysWindow *self)
{
  g_auto (GStrv) names = NULL;

  g_return_val_if_fail (LT_IS_KEYS_WINDOW (self), 0);

  if (self->slots == NULL)
    return 0;
  names = lt_key_slots_dup_adult_names (self->slots);
  return g_strv_length (names);
}

/* Returns: whether a passphrase is being derived (the window is then
 * insensitive). */
gboolean
lt_keys_window_get_busy (LtKeysWindow *self)
{
  g_return_val_if_fail (LT_IS_KEYS_WINDOW (self), FALSE);

  return self->busy;
}
