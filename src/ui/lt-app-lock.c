/* lt-app-lock.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtAppLock: locking hides the app's windows (so no child's data shows,
 * not even in the window switcher or its previews) and shows an unlock
 * window in their place; the household stays open underneath, so
 * nothing being edited is lost.  Use is noticed by a capture-phase
 * controller on every window; the screen lock by the session's
 * ScreenSaver ActiveChanged signal (GNOME's and freedesktop's).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-app-lock.h"
#include "lt-unlock-window.h"

#define CHECK_SECONDS 10

struct _LtAppLock
{
  GObject parent_instance;

  /* borrowed */
  GtkApplication *application;

  /* owned */
  LtStore         *store;
  GSettings       *settings;
  LtUnlockWindow  *unlock_window; /* while locked */
  GPtrArray       *hidden;        /* GtkWindow *, refs: shown again on unlock */
  GDBusConnection *session_bus;
  guint            screensaver_ids[2];
  guint            check_id;
  gulong           window_added_id;

  gint64 last_use_usec;
  int    lock_after_minutes;
};

G_DEFINE_FINAL_TYPE (LtAppLock, lt_app_lock, G_TYPE_OBJECT)

/* ---- noticing use ----------------------------------------------------- */

static gboolean
on_any_event_cb (GtkEventControllerLegacy *controller,
                 GdkEvent                 *event,
                 gpointer                  data)
{
  LtAppLock   *self = data;
  GdkEventType type = gdk_event_get_event_type (event);

  if (type == GDK_KEY_PRESS || type == GDK_BUTTON_PRESS || type == GDK_MOTION_NOTIFY ||
      type == GDK_SCROLL || type == GDK_TOUCH_BEGIN)
    self->last_use_usec = g_get_monotonic_time ();
  return GDK_EVENT_PROPAGATE;
}

static void
watch_window (LtAppLock *self,
              GtkWindow *window)
{
  GtkEventController *controller;

  if (LT_IS_UNLOCK_WINDOW (window) || g_object_get_data (G_OBJECT (window), "lt-app-lock") != NULL)
    return;
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (on_any_event_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
  g_object_set_data (G_OBJECT (window), "lt-app-lock", self);
}

static void
on_window_added_cb (GtkApplication *application,
                    GtkWindow      *window,
                    gpointer        data)
{
  watch_window (data, window);
}

static gboolean
check_idle_cb (gpointer data)
{
  lt_app_lock_check_idle (data, g_get_monotonic_time ());
  return G_SOURCE_CONTINUE;
}

static void
on_screensaver_changed_cb (GDBusConnection *connection,
                           const char      *sender,
                           const char      *path,
                           const char      *interface,
                           const char      *signal,
                           GVariant        *parameters,
                           gpointer         data)
{
  gboolean active = FALSE;

  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    g_variant_get (parameters, "(b)", &active);
  if (active)
    lt_app_lock_lock (data);
}

static void
listen_to_screensaver (LtAppLock *self)
{
  const char *const interfaces[] = { "org.gnome.ScreenSaver", "org.freedesktop.ScreenSaver" };

  self->session_bus = g_application_get_dbus_connection (G_APPLICATION (self->application));
  if (self->session_bus == NULL)
    return;
  g_object_ref (self->session_bus);
  for (guint i = 0; i < G_N_ELEMENTS (interfaces); i++)
    self->screensaver_ids[i] =
        g_dbus_connection_signal_subscribe (self->session_bus, NULL, interfaces[i], "ActiveChanged",
                                            NULL, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                            on_screensaver_changed_cb, self, NULL);
}

/* ---- unlocking -------------------------------------------------------- */

static void
on_unlocked_cb (LtUnlockWindow *window,
                LtStore        *store,
                gpointer        data)
{
  LtAppLock *self = data;

  for (guint i = 0; i < self->hidden->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->hidden, i), TRUE);
  if (self->hidden->len > 0)
    gtk_window_present (g_ptr_array_index (self->hidden, 0));
  g_ptr_array_set_size (self->hidden, 0);
  gtk_window_destroy (GTK_WINDOW (self->unlock_window));
  self->unlock_window = NULL;
  self->last_use_usec = g_get_monotonic_time ();
}

/* ---- GObject ------------------------------------------------------------ */

static void
lt_app_lock_dispose (GObject *object)
{
  LtAppLock *self = LT_APP_LOCK (object);

  for (guint i = 0; self->session_bus != NULL && i < G_N_ELEMENTS (self->screensaver_ids); i++)
    if (self->screensaver_ids[i] != 0)
      g_dbus_connection_signal_unsubscribe (self->session_bus, self->screensaver_ids[i]);
  memset (self->screensaver_ids, 0, sizeof self->screensaver_ids);
  g_clear_object (&self->session_bus);
  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_signal_handler (&self->window_added_id, self->application);
  g_clear_pointer (&self->hidden, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_app_lock_parent_class)->dispose (object);
}

static void
lt_app_lock_class_init (LtAppLockClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lt_app_lock_dispose;
}

static void
lt_app_lock_init (LtAppLock *self)
{
  self->hidden = g_ptr_array_new_with_free_func (g_object_unref);
  self->last_use_usec = g_get_monotonic_time ();
}

/* ---- public API ------------------------------------------------------ */

/* Returns: (transfer full): a lock for @store's windows in @application.
 * It lives as long as the application keeps it. */
LtAppLock *
lt_app_lock_new (GtkApplication *application,
                 LtStore        *store)
{
  LtAppLock *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LT_IS_STORE (store) && lt_store_get_key (store) != NULL, NULL);

  self = g_object_new (LT_TYPE_APP_LOCK, NULL);
  self->application = application;
  self->store = g_object_ref (store);
  self->settings = g_settings_new (APP_ID);
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    watch_window (self, l->data);
  self->window_added_id = g_signal_connect (application, "window-added",
                                            G_CALLBACK (on_window_added_cb), self);
  self->check_id = g_timeout_add_seconds (CHECK_SECONDS, check_idle_cb, self);
  listen_to_screensaver (self);
  return self;
}

/* Hides every window and asks for a passphrase.  Locking twice is
 * locking once. */
void
lt_app_lock_lock (LtAppLock *self)
{
  g_return_if_fail (LT_IS_APP_LOCK (self));

  if (self->unlock_window != NULL)
    return;
  for (GList *l = gtk_application_get_windows (self->application); l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data))
      g_ptr_array_add (self->hidden, g_object_ref (l->data));
  for (guint i = 0; i < self->hidden->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->hidden, i), FALSE);

  self->unlock_window = lt_unlock_window_new (self->application, lt_store_get_path (self->store), self->store);
  g_signal_connect_object (self->unlock_window, "unlocked", G_CALLBACK (on_unlocked_cb), self, 0);
  gtk_window_present (GTK_WINDOW (self->unlock_window));
}

gboolean
lt_app_lock_get_locked (LtAppLock *self)
{
  g_return_val_if_fail (LT_IS_APP_LOCK (self), FALSE);

  return self->unlock_window != NULL;
}

/* Returns: (transfer none) (nullable): the unlock window while locked. */
GtkWindow *
lt_app_lock_get_unlock_window (LtAppLock *self)
{
  g_return_val_if_fail (LT_IS_APP_LOCK (self), NULL);

  return self->unlock_window != NULL ? GTK_WINDOW (self->unlock_window) : NULL;
}

/* Locks when the app has not been used for the time set in the
 * preferences (the "lock-after-minutes" setting; 0 never). */
void
lt_app_lock_check_idle (LtAppLock *self,
                        gint64     now_usec)
{
  int minutes;

  g_return_if_fail (LT_IS_APP_LOCK (self));

  minutes = g_settings_get_int (self->settings, "lock-after-minutes");
  if (minutes > 0 && now_usec - self->last_use_usec >= (gint64) minutes * 60 * G_USEC_PER_SEC)
    lt_app_lock_lock (self);
}
