/* lt-privacy-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPrivacyWindow: the dates are typed as people write them ("31.1.2027")
 * and kept as ISO days; a "keep until" without an end date is allowed (a
 * plan), one before the end date is not.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-privacy-window.h"
#include "lt-ui-resources.h"

struct _LtPrivacyWindow
{
  AdwWindow parent_instance;

  /* template */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *title;
  GtkSwitch       *anonymous_switch;
  AdwEntryRow     *ended_row;
  AdwEntryRow     *keep_row;

  /* owned */
  LtStore *store;
  LtChild *child;
};

G_DEFINE_FINAL_TYPE (LtPrivacyWindow, lt_privacy_window, ADW_TYPE_WINDOW)

static void
show (LtPrivacyWindow *self)
{
  g_auto (LtChildPrivacy) privacy = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *ended = NULL;
  g_autofree char *keep = NULL;

  if (!lt_store_get_child_privacy (self->store, lt_record_get_id (LT_RECORD (self->child)), &privacy, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  gtk_switch_set_active (self->anonymous_switch, privacy.anonymous);
  ended = privacy.placement_ended != NULL ? lt_date_to_input (privacy.placement_ended) : g_strdup ("");
  keep = privacy.keep_until != NULL ? lt_date_to_input (privacy.keep_until) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->ended_row), ended);
  gtk_editable_set_text (GTK_EDITABLE (self->keep_row), keep);
}

static void
on_save_clicked_cb (LtPrivacyWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (!lt_privacy_window_save (self, gtk_switch_get_active (self->anonymous_switch),
                               gtk_editable_get_text (GTK_EDITABLE (self->ended_row)),
                               gtk_editable_get_text (GTK_EDITABLE (self->keep_row)), &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
lt_privacy_window_dispose (GObject *object)
{
  LtPrivacyWindow *self = LT_PRIVACY_WINDOW (object);

  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  g_clear_object (&self->store);
  g_clear_object (&self->child);

  G_OBJECT_CLASS (lt_privacy_window_parent_class)->dispose (object);
}

static void
lt_privacy_window_class_init (LtPrivacyWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = lt_privacy_window_dispose;

  (void) lt_ui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, "/dk/livstraad/Livstraad/lt-privacy-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LtPrivacyWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtPrivacyWindow, title);
  gtk_widget_class_bind_template_child (widget_class, LtPrivacyWindow, anonymous_switch);
  gtk_widget_class_bind_template_child (widget_class, LtPrivacyWindow, ended_row);
  gtk_widget_class_bind_template_child (widget_class, LtPrivacyWindow, keep_row);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lt_privacy_window_init (LtPrivacyWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LtPrivacyWindow *
lt_privacy_window_new (GtkWindow *parent,
                       LtStore   *store,
                       LtChild   *child)
{
  LtPrivacyWindow *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (LT_IS_STORE (store) && LT_IS_CHILD (child), NULL);

  self = g_object_new (LT_TYPE_PRIVACY_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->child = g_object_ref (child);
  title = g_strdup_printf (_ ("Privacy for %s"), lt_child_get_display_name (child));
  adw_window_title_set_title (self->title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  show (self);
  return self;
}

/**
 * lt_privacy_window_save:
 * @ended: (nullable): the day the placement ended as typed, or empty
 * @keep_until: (nullable): the day until which the records are kept
 *
 * Checks the dates and saves; on failure nothing is changed.
 */
gboolean
lt_privacy_window_save (LtPrivacyWindow *self,
                        gboolean         anonymous,
                        const char      *ended,
                        const char      *keep_until,
                        GError         **error)
{
  g_auto (LtChildPrivacy) privacy = { 0 };
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (LT_IS_PRIVACY_WINDOW (self), FALSE);

  privacy.anonymous = anonymous;
  privacy.placement_ended = lt_date_from_input (ended != NULL ? ended : "", &local_error);
  if (local_error == NULL)
    privacy.keep_until = lt_date_from_input (keep_until != NULL ? keep_until : "", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return lt_store_set_child_privacy (self->store, lt_record_get_id (LT_RECORD (self->child)), &privacy, error);
}
