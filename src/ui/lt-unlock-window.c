/* lt-unlock-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtUnlockWindow: the household's key slots are read when the window opens;
 * the passphrase is checked (Argon2id, about a second) in a thread, and the
 * household is opened on the main thread once the key is known.  Each wrong
 * try makes the next wait longer.  For a household that is already open
 * and only locked, the key is compared with the open one instead.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lt-ui-resources.h"
#include "lt-unlock-window.h"
#include "lt-vault.h"

#define MAX_DELAY_SECONDS 30

struct _LtUnlockWindow
{
  AdwApplicationWindow parent_instance;

  /* template */
  AdwStatusPage       *status_page;
  GtkStack            *mode_stack;
  AdwComboRow         *adult_row;
  AdwPasswordEntryRow *passphrase_row;
  AdwPasswordEntryRow *recovery_row;
  GtkLabel            *message_label;
  GtkStack            *button_stack;
  GtkSpinner          *spinner;
  GtkButton           *unlock_button;
  GtkButton           *switch_button;

  /* owned */
  char         *database_path;
  LtStore      *locked_store; /* set when the app locked an open household */
  LtKeySlots   *slots;
  GCancellable *cancellable;
  guint         countdown_id;

  guint failures;
  guint seconds_left;
};

G_DEFINE_FINAL_TYPE (LtUnlockWindow, lt_unlock_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  UNLOCKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  LtKeySlots *slots;
  char       *adult_name;
  char       *secret;
  gboolean    is_recovery_key;
} UnlockJob;

static void
unlock_job_free (UnlockJob *job)
{
  g_object_unref (job->slots);
  g_free (job->adult_name);
  if (job->secret != NULL)
    memset (job->secret, 0, strlen (job->secret));
  g_free (job->secret);
  g_free (job);
}

/* ---- helpers --------------------------------------------------------- */

static gboolean
using_recovery_key (LtUnlockWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "recovery") == 0;
}

static void
show_message (LtUnlockWindow *self,
              const char     *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
set_busy (LtUnlockWindow *self,
          gboolean        busy)
{
  /* Move focus away before the entry turns insensitive: GTK 4.8 then
   * misses the entry's focus-out and warns when the window goes. */
  if (busy)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_stack_set_visible_child_name (self->button_stack, busy ? "working" : "button");
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->mode_stack), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->switch_button), !busy);
}

static void
update_unlock_button (LtUnlockWindow *self)
{
  g_autofree char *label = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->unlock_button),
                            self->slots != NULL && self->seconds_left == 0);
  label = self->seconds_left > 0
              ? g_strdup_printf (ngettext ("Try Again in %u Second", "Try Again in %u Seconds",
                                           self->seconds_left),
                                 self->seconds_left)
              : g_strdup (_ ("_Unlock"));
  gtk_button_set_label (self->unlock_button, label);
}

static gboolean
countdown_cb (gpointer data)
{
  LtUnlockWindow *self = data;

  if (self->seconds_left > 0)
    self->seconds_left--;
  update_unlock_button (self);
  if (self->seconds_left > 0)
    return G_SOURCE_CONTINUE;
  self->countdown_id = 0;
  return G_SOURCE_REMOVE;
}

/* 1, 2, 4 … seconds after each wrong try, up to half a minute: guessing
 * gets slow, a typo costs a moment. */
static void
start_delay (LtUnlockWindow *self)
{
  self->failures++;
  self->seconds_left = MIN (1u << MIN (self->failures - 1, 5u), MAX_DELAY_SECONDS);
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  self->countdown_id = g_timeout_add_seconds (1, countdown_cb, self);
  update_unlock_button (self);
}

static void
fill_adults (LtUnlockWindow *self)
{
  g_auto (GStrv) names = lt_key_slots_dup_adult_names (self->slots);
  g_autoptr (GtkStringList) model = gtk_string_list_new ((const char *const *) names);

  adw_combo_row_set_model (self->adult_row, G_LIST_MODEL (model));
  /* One adult: nothing to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->adult_row), g_strv_length (names) > 1);
}

static void
load_slots (LtUnlockWindow *self)
{
  g_autoptr (GError) error = NULL;

  self->slots = lt_vault_load_key_slots (self->database_path, &error);
  if (self->slots == NULL)
    {
      show_message (self, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->mode_stack), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->switch_button), FALSE);
    }
  else
    fill_adults (self);
  update_unlock_button (self);
}

static char *
dup_chosen_adult (LtUnlockWindow *self)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (self->adult_row);

  if (item == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->adult_row)))
    return NULL;
  return g_strdup (gtk_string_object_get_string (item));
}

/* ---- unlocking --------------------------------------------------------- */

/* The adult who unlocked makes the changes noted in the history: the one
 * chosen, or the only one there is.  With the recovery key nobody is
 * named, and the window uses the computer user's name. */
static void
set_actor (LtUnlockWindow *self,
           LtStore        *store,
           UnlockJob      *job)
{
  g_auto (GStrv) names = lt_key_slots_dup_adult_names (self->slots);
  const char *actor = job->adult_name;

  if (actor == NULL && g_strv_length (names) == 1)
    actor = names[0];
  lt_store_set_actor (store, job->is_recovery_key ? NULL : actor);
}

static void
unlock_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  UnlockJob *job = data;
  GError    *error = NULL;
  LtSecret  *key = job->is_recovery_key
                       ? lt_key_slots_unlock_recovery (job->slots, job->secret, &error)
                       : lt_key_slots_unlock (job->slots, job->adult_name, job->secret, NULL, &error);

  if (key == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, key, (GDestroyNotify) lt_secret_free);
}

static LtStore *
open_with_key (LtUnlockWindow *self,
               LtSecret       *key,
               GError        **error)
{
  if (self->locked_store == NULL)
    return lt_vault_open (self->database_path, key, error);
  if (!lt_secret_equal (key, lt_store_get_key (self->locked_store)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _ ("This key belongs to another household."));
      return NULL;
    }
  return g_object_ref (self->locked_store);
}

static void
on_unlock_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  LtUnlockWindow *self = LT_UNLOCK_WINDOW (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtSecret) key = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr (LtStore) store = NULL;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  if (key != NULL)
    store = open_with_key (self, key, &error);
  set_busy (self, FALSE);
  if (store == NULL)
    {
      show_message (self, error->message);
      if (g_error_matches (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_WRONG_PASSPHRASE) ||
          g_error_matches (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_WRONG_RECOVERY_KEY))
        start_delay (self);
      gtk_widget_grab_focus (using_recovery_key (self) ? GTK_WIDGET (self->recovery_row)
                                                       : GTK_WIDGET (self->passphrase_row));
      return;
    }
  self->failures = 0;
  set_actor (self, store, g_task_get_task_data (G_TASK (result)));
  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->recovery_row), "");
  show_message (self, NULL);
  /* The receiver usually destroys this window: let go of the entry first
   * (GTK 4.8 warns about a focused entry destroyed with its window). */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  g_signal_emit (self, signals[UNLOCKED], 0, store);
}

/* ---- callbacks ------------------------------------------------------- */

static void
on_unlock_clicked_cb (LtUnlockWindow *self)
{
  gboolean         recovery = using_recovery_key (self);
  g_autofree char *adult = dup_chosen_adult (self);
  const char      *secret = gtk_editable_get_text (recovery ? GTK_EDITABLE (self->recovery_row)
                                                            : GTK_EDITABLE (self->passphrase_row));

  lt_unlock_window_unlock (self, adult, secret, recovery);
}

static void
on_entry_activated_cb (LtUnlockWindow *self)
{
  if (gtk_widget_get_sensitive (GTK_WIDGET (self->unlock_button)))
    on_unlock_clicked_cb (self);
}

static void
on_switch_clicked_cb (LtUnlockWindow *self)
{
  gboolean recovery = !using_recovery_key (self);

  gtk_stack_set_visible_child_name (self->mode_stack, recovery ? "recovery" : "passphrase");
  gtk_button_set_label (self->switch_button, recovery ? _ ("Use a _Passphrase Instead")
                                                      : _ ("Use the _Recovery Key Instead"));
  show_message (self, NULL);
  gtk_widget_grab_focus (recovery ? GTK_WIDGET (self->recovery_row) : GTK_WIDGET (self->passphrase_row));
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_unlock_window_dispose (GObject *object)
{
  LtUnlockWindow *self = LT_UNLOCK_WINDOW (object);

  /* GTK 4.8 warns when a focused entry is disposed with its window. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->locked_store);
  g_clear_object (&self->slots);

  G_OBJECT_CLASS (lt_unlock_window_parent_class)->dispose (object);
}

static void
lt_unlock_window_finalize (GObject *object)
{
  LtUnlockWindow *self = LT_UNLOCK_WINDOW (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (lt_unlock_window_parent_class)->finalize (object);
}

static void
lt_unlock_window_class_init (LtUnlockWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_unlock_window_dispose;
  object_class->finalize = lt_unlock_window_finalize;

  /**
   * LtUnlockWindow::unlocked:
   * @store: the household, open
   *
   * The right key was given.  The window stays; the receiver closes it.
   */
  signals[UNLOCKED] = g_signal_new ("unlocked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, LT_TYPE_STORE);

  /* Referencing the resource links it in from the static library, so the
   * template is there even when this window is the first one shown. */
  (void) lt_ui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/livstraad/Livstraad/lt-unlock-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LtUnlockWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, LtUnlockWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, LtUnlockWindow, adult_row);
  gtk_widget_class_bind_template_child (widget_class, LtUnlockWindow, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, LtUnlockWindow, recovery_row);
  gtk_widget_class_bind_template_child (widget_class, LtUnlockWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, LtUnlockWindow, button_stack);
  gtk_widget_class_bind_template_child (widget_class, LtUnlockWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, LtUnlockWindow, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, LtUnlockWindow, switch_button);
  gtk_widget_class_bind_template_callback (widget_class, on_unlock_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_switch_clicked_cb);
}

static void
lt_unlock_window_init (LtUnlockWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self->unlock_button), "suggested-action");
}

/* ---- public API ------------------------------------------------------ */

/**
 * lt_unlock_window_new:
 * @database_path: the encrypted household
 * @locked_store: (nullable): the household when it is open and the app has
 *   locked itself; the key is then checked against it
 */
LtUnlockWindow *
lt_unlock_window_new (GtkApplication *application,
                      const char     *database_path,
                      LtStore        *locked_store)
{
  LtUnlockWindow *self;

  g_return_val_if_fail (database_path != NULL, NULL);

  self = g_object_new (LT_TYPE_UNLOCK_WINDOW, "application", application, NULL);
  self->database_path = g_strdup (database_path);
  self->locked_store = locked_store != NULL ? g_object_ref (locked_store) : NULL;
  if (locked_store != NULL)
    adw_status_page_set_title (self->status_page, _ ("Livstråd Is Locked"));
  load_slots (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
  return self;
}

/* Checks @secret in a thread and emits ::unlocked when it opens the
 * household; shows why not otherwise. */
void
lt_unlock_window_unlock (LtUnlockWindow *self,
                         const char     *adult_name,
                         const char     *secret,
                         gboolean        is_recovery_key)
{
  g_autoptr (GTask) task = NULL;
  UnlockJob *job;

  g_return_if_fail (LT_IS_UNLOCK_WINDOW (self));
  g_return_if_fail (secret != NULL);

  if (self->slots == NULL || self->seconds_left > 0)
    return;
  if (*secret == '\0')
    {
      show_message (self, is_recovery_key ? _ ("Type the recovery key.") : _ ("Type your passphrase."));
      return;
    }
  job = g_new0 (UnlockJob, 1);
  job->slots = g_object_ref (self->slots);
  job->adult_name = g_strdup (adult_name);
  job->secret = g_strdup (secret);
  job->is_recovery_key = is_recovery_key;

  show_message (self, NULL);
  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, on_unlock_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) unlock_job_free);
  g_task_run_in_thread (task, unlock_in_thread);
}

/* Returns: (nullable): what the window says went wrong, if anything. */
const char *
lt_unlock_window_get_message (LtUnlockWindow *self)
{
  g_return_val_if_fail (LT_IS_UNLOCK_WINDOW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
             ? gtk_label_get_text (self->message_label)
             : NULL;
}

/* Returns: whether a try is possible now (not busy, not waiting after a
 * wrong one). */
gboolean
lt_unlock_window_get_can_unlock (LtUnlockWindow *self)
{
  g_return_val_if_fail (LT_IS_UNLOCK_WINDOW (self), FALSE);

  return gtk_widget_get_sensitive (GTK_WIDGET (self->unlock_button)) &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->button_stack), "button") == 0;
}
