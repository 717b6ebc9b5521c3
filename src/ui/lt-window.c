/* lt-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtWindow: the household's children in a sidebar beside the chosen
 * child's page; folds to one column on a narrow screen.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lt-history-window.h"
#include "lt-log-page.h"
#include "lt-agreements-window.h"
#include "lt-book-page.h"
#include "lt-calendar-page.h"
#include "lt-guidance-library.h"
#include "lt-guidance-panel.h"
#include "lt-school-page.h"
#include "lt-child-page.h"
#include "lt-genogram-page.h"
#include "lt-network-page.h"
#include "lt-photos-page.h"
#include "lt-date.h"
#include "lt-household-file.h"
#include "lt-move-window.h"
#include "lt-record-dialog.h"
#include "lt-ui-resources.h"
#include "lt-child-copy-window.h"
#include "lt-deletions.h"
#include "lt-privacy-window.h"
#include "lt-window.h"

struct _LtWindow
{
  AdwApplicationWindow parent_instance;

  /* owned */
  LtStore    *store;
  GListModel *children;
  GSettings  *settings;
  gboolean    is_demo;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwWindowTitle       *sidebar_title;
  AdwViewSwitcherTitle *content_title;
  AdwViewStack         *child_views;
  LtBookPage           *book_page;
  LtPhotosPage         *photos_page;
  LtGenogramPage       *genogram_page;
  LtNetworkPage        *network_page;
  LtCalendarPage       *calendar_page;
  LtSchoolPage         *school_page;
  LtLogPage            *log_page;
  AdwFlap              *guidance_flap;
  LtGuidancePanel      *guidance_panel;
  GtkWidget            *guidance_button;
  GtkListBox           *children_list;
  GtkLabel             *today_label;
  GtkStack             *stack;
  LtChildPage          *child_page;
  GtkWidget            *edit_button;
  GtkWidget            *child_menu_button;
};

G_DEFINE_FINAL_TYPE (LtWindow, lt_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_IS_DEMO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- the sidebar ----------------------------------------------------- */

static void
refresh_child_row (AdwActionRow *row)
{
  LtChild   *child = g_object_get_data (G_OBJECT (row), "child");
  AdwAvatar *avatar = g_object_get_data (G_OBJECT (row), "avatar");
  GDate      today;
  int        age;

  lt_date_today (&today);
  age = lt_date_age_on (lt_child_get_birth_date (child), &today);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lt_child_get_display_name (child));
  adw_avatar_set_text (avatar, lt_child_get_display_name (child));
  if (age >= 0)
    {
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%d year", "%d years", age), age);

      adw_action_row_set_subtitle (row, subtitle);
    }
  else
    adw_action_row_set_subtitle (row, "");
}

static GtkWidget *
create_child_row (gpointer item,
                  gpointer user_data)
{
  LtChild      *child = item;
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget    *avatar = adw_avatar_new (32, NULL, TRUE);

  g_object_set_data_full (G_OBJECT (row), "child", g_object_ref (child), g_object_unref);
  g_object_set_data (G_OBJECT (row), "avatar", avatar);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_prefix (row, avatar);
  refresh_child_row (row);
  g_signal_connect_object (child, "notify", G_CALLBACK (refresh_child_row), row,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

static GtkListBoxRow *
find_row_for (LtWindow *self,
              LtChild  *child)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->children_list, i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "child") == child)
        return row;
    }
}

static void
update_household_title (LtWindow *self)
{
  const char *name = lt_household_get_name (lt_store_get_household (self->store));

  adw_window_title_set_subtitle (self->sidebar_title, name != NULL ? name : "");
  if (self->is_demo)
    gtk_window_set_title (GTK_WINDOW (self), _ ("Livstråd — Demo Household"));
}

static void
update_today (LtWindow *self)
{
  GDate            today;
  g_autofree char *text = NULL;

  lt_date_today (&today);
  text = lt_date_format_day_with_week (&today);
  gtk_label_set_text (self->today_label, text);
}

/* Shows the page that fits: no children, none chosen, or the child. */
static void
update_view (LtWindow *self)
{
  LtChild *child = lt_child_page_get_child (self->child_page);
  gboolean has_child = child != NULL;

  if (has_child)
    gtk_stack_set_visible_child_name (self->stack, "child");
  else if (g_list_model_get_n_items (self->children) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "choose");

  adw_view_switcher_title_set_title (self->content_title,
                                     has_child ? lt_child_get_display_name (child) : "");
  gtk_widget_set_visible (self->edit_button, has_child);
  gtk_widget_set_visible (self->guidance_button, has_child);
  gtk_widget_set_visible (self->child_menu_button, has_child);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-child", has_child);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.agreements", has_child);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.history", has_child);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-child", has_child);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move", has_child);
}

/* ---- callbacks ------------------------------------------------------- */

static void
on_children_list_row_selected_cb (LtWindow      *self,
                                  GtkListBoxRow *row)
{
  LtChild *child = row != NULL ? g_object_get_data (G_OBJECT (row), "child") : NULL;

  lt_child_page_set_child (self->child_page, child);
  lt_book_page_set_child (self->book_page, child);
  lt_photos_page_set_child (self->photos_page, child);
  lt_genogram_page_set_child (self->genogram_page, child);
  lt_network_page_set_child (self->network_page, child);
  lt_calendar_page_set_child (self->calendar_page, child);
  lt_school_page_set_child (self->school_page, child);
  lt_log_page_set_child (self->log_page, child);
  lt_guidance_panel_set_child (self->guidance_panel, child);
  update_view (self);
}

static void
on_children_list_row_activated_cb (LtWindow      *self,
                                   GtkListBoxRow *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_back_button_clicked_cb (LtWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_children_items_changed_cb (LtWindow *self)
{
  LtChild *shown = lt_child_page_get_child (self->child_page);

  /* The list box rebuilds its rows: select the child shown again, or none
   * when that child was deleted. */
  if (shown != NULL)
    {
      GtkListBoxRow *row = find_row_for (self, shown);

      if (row != NULL)
        gtk_list_box_select_row (self->children_list, row);
      else
        {
          lt_child_page_set_child (self->child_page, NULL);
          lt_book_page_set_child (self->book_page, NULL);
          lt_photos_page_set_child (self->photos_page, NULL);
          lt_genogram_page_set_child (self->genogram_page, NULL);
          lt_network_page_set_child (self->network_page, NULL);
          lt_calendar_page_set_child (self->calendar_page, NULL);
          lt_school_page_set_child (self->school_page, NULL);
          lt_log_page_set_child (self->log_page, NULL);
          lt_guidance_panel_set_child (self->guidance_panel, NULL);
        }
    }
  update_view (self);
}

/* The guidance panel follows the view shown. */
static void
on_view_changed_cb (LtWindow *self)
{
  lt_guidance_panel_set_view (self->guidance_panel, adw_view_stack_get_visible_child_name (self->child_views));
}

/* The guidance button is marked while there is something to think about. */
static void
on_prompts_changed_cb (LtWindow *self)
{
  guint            n = lt_guidance_panel_get_n_prompts (self->guidance_panel);
  g_autofree char *tooltip = NULL;

  if (n > 0)
    {
      gtk_widget_add_css_class (self->guidance_button, "accent");
      /* Translators: the guidance button's tooltip when there are prompts */
      tooltip = g_strdup_printf (ngettext ("Guidance, %u thing to think about (F9)",
                                           "Guidance, %u things to think about (F9)", n),
                                 n);
    }
  else
    {
      gtk_widget_remove_css_class (self->guidance_button, "accent");
      tooltip = g_strdup (_ ("Guidance (F9)"));
    }
  gtk_widget_set_tooltip_text (self->guidance_button, tooltip);
}

static void
guidance_library_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (lt_guidance_library_new (GTK_WINDOW (widget), NULL)));
}

/* A new visit with the person (id) in the child's calendar. */
static void
plan_visit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LtWindow *self = LT_WINDOW (widget);
  LtRecord *person = lt_store_lookup (self->store, LT_TYPE_PERSON, g_variant_get_int64 (parameter), NULL);

  if (person == NULL || lt_child_page_get_child (self->child_page) == NULL)
    return;
  lt_window_show_view (self, "calendar");
  lt_calendar_page_plan_visit (self->calendar_page, LT_PERSON (person));
}

static void
toggle_guidance_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LtWindow *self = LT_WINDOW (widget);

  if (lt_child_page_get_child (self->child_page) != NULL)
    adw_flap_set_reveal_flap (self->guidance_flap, !adw_flap_get_reveal_flap (self->guidance_flap));
}

static void
on_child_notify_cb (LtWindow *self)
{
  update_view (self);
}

/* ---- actions --------------------------------------------------------- */

/* Shows the new child once the dialog has added it (a cancelled one has no id). */
static void
on_add_child_dialog_destroy_cb (GtkWidget *dialog,
                                LtWindow  *self)
{
  LtChild *child = g_object_get_data (G_OBJECT (dialog), "new-child");

  if (child != NULL && lt_record_get_id (LT_RECORD (child)) != 0)
    lt_window_show_child (self, child);
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LtWindow *self = LT_WINDOW (widget);
  g_autoptr (LtChild) child = lt_child_new ();
  LtRecordDialog *dialog;

  lt_child_set_household_id (child, lt_record_get_id (LT_RECORD (lt_store_get_household (self->store))));
  dialog = lt_record_dialog_new (GTK_WINDOW (self), self->store, LT_RECORD (child));
  g_object_set_data_full (G_OBJECT (dialog), "new-child", g_object_ref (child), g_object_unref);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_add_child_dialog_destroy_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_child_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LtWindow *self = LT_WINDOW (widget);
  LtChild  *child = lt_child_page_get_child (self->child_page);

  if (child != NULL)
    gtk_window_present (GTK_WINDOW (lt_record_dialog_new (GTK_WINDOW (self), self->store,
                                                          LT_RECORD (child))));
}

static void
agreements_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LtWindow *self = LT_WINDOW (widget);
  LtChild  *child = lt_child_page_get_child (self->child_page);

  if (child != NULL)
    gtk_window_present (GTK_WINDOW (lt_agreements_window_new (GTK_WINDOW (self), self->store, child)));
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LtWindow *self = LT_WINDOW (widget);
  LtChild  *child = lt_child_page_get_child (self->child_page);

  if (child != NULL)
    gtk_window_present (GTK_WINDOW (lt_history_window_new (GTK_WINDOW (self), self->store, child)));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LtWindow *self = LT_WINDOW (widget);
  LtChild  *child = lt_child_page_get_child (self->child_page);

  if (child != NULL)
    gtk_window_present (GTK_WINDOW (lt_move_window_new (GTK_WINDOW (self), self->store, child)));
}

static void
child_copy_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LtWindow *self = LT_WINDOW (widget);
  LtChild  *child = lt_child_page_get_child (self->child_page);

  if (child != NULL)
    gtk_window_present (GTK_WINDOW (lt_child_copy_window_new (GTK_WINDOW (self), self->store, child)));
}

static void
privacy_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LtWindow *self = LT_WINDOW (widget);
  LtChild  *child = lt_child_page_get_child (self->child_page);

  if (child != NULL)
    gtk_window_present (GTK_WINDOW (lt_privacy_window_new (GTK_WINDOW (self), self->store, child)));
}

static void
on_remove_child_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             LtWindow         *self)
{
  LtChild *child = g_object_get_data (G_OBJECT (dialog), "child");
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!lt_deletions_delete_child (self->store, child, &error))
    {
      lt_window_add_toast (self, adw_toast_new (error->message));
      return;
    }
  lt_window_add_toast (self, adw_toast_new_format (_ ("%s was deleted"),
                                                   lt_child_get_display_name (child)));
}

/* Deleting a child takes their whole history with it, so it asks first. */
static void
remove_child_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LtWindow        *self = LT_WINDOW (widget);
  LtChild         *child = lt_child_page_get_child (self->child_page);
  GtkWidget       *dialog;
  g_autofree char *heading = NULL;

  if (child == NULL)
    return;

  heading = g_strdup_printf (_ ("Delete %s?"), lt_child_get_display_name (child));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _ ("Everything written about this child in Livstråd — "
                                      "the homes, schools and people in their life — is "
                                      "deleted. This cannot be undone. Export the household "
                                      "first if you want to keep a copy."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"),
                                    "delete", _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "child", g_object_ref (child), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_child_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
select_relative_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LtWindow      *self = LT_WINDOW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->children_list);
  int            index = row != NULL ? gtk_list_box_row_get_index (row) + g_variant_get_int32 (parameter) : 0;
  GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->children_list, MAX (index, 0));

  if (next != NULL)
    gtk_list_box_select_row (self->children_list, next);
}

static void
show_error (LtWindow   *self,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       LtWindow        *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (lt_household_file_export (self->store, path, &error))
        lt_window_add_toast (self, adw_toast_new (_ ("Household exported")));
      else
        show_error (self, _ ("Could Not Export the Household"), error->message);
    }
  g_object_unref (chooser);
}

static void
export_json_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtWindow             *self = LT_WINDOW (widget);
  GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (_ ("Export Household"), GTK_WINDOW (self),
                                   GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _ ("household.json"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_import_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       LtWindow        *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  guint n_children = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (lt_household_file_import (self->store, path, &n_children, &error))
        lt_window_add_toast (self,
                             adw_toast_new_format (ngettext ("%u child imported",
                                                             "%u children imported", n_children),
                                                   n_children));
      else
        show_error (self, _ ("Could Not Import the Household"), error->message);
    }
  g_object_unref (chooser);
}

static void
import_json_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtWindow             *self = LT_WINDOW (widget);
  GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (_ ("Import Household"), GTK_WINDOW (self),
                                   GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Import"), _ ("_Cancel"));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("Livstråd household files"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- window state ---------------------------------------------------- */

static GSettings *
settings_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("GSettings schema %s is not installed; the window size is not kept", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_window_state (LtWindow *self)
{
  if (self->settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
lt_window_close_request (GtkWindow *window)
{
  LtWindow *self = LT_WINDOW (window);
  int       width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (lt_window_parent_class)->close_request (window);
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_window_constructed (GObject *object)
{
  LtWindow *self = LT_WINDOW (object);

  G_OBJECT_CLASS (lt_window_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  self->settings = settings_if_installed ();
  restore_window_state (self);

  self->children = lt_store_list_children (self->store);
  gtk_list_box_bind_model (self->children_list, self->children, create_child_row, NULL, NULL);
  g_signal_connect_object (self->children, "items-changed",
                           G_CALLBACK (on_children_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->child_page, "notify::child", G_CALLBACK (on_child_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (lt_store_get_household (self->store), "notify",
                           G_CALLBACK (update_household_title), self, G_CONNECT_SWAPPED);
  lt_child_page_set_store (self->child_page, self->store);
  lt_book_page_set_store (self->book_page, self->store);
  lt_photos_page_set_store (self->photos_page, self->store);
  lt_genogram_page_set_store (self->genogram_page, self->store);
  lt_network_page_set_store (self->network_page, self->store);
  lt_calendar_page_set_store (self->calendar_page, self->store);
  lt_school_page_set_store (self->school_page, self->store);
  lt_log_page_set_store (self->log_page, self->store);
  lt_guidance_panel_set_store (self->guidance_panel, self->store);
  g_signal_connect_object (self->child_views, "notify::visible-child-name", G_CALLBACK (on_view_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->guidance_panel, "notify::n-prompts", G_CALLBACK (on_prompts_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_prompts_changed_cb (self);

  update_household_title (self);
  update_today (self);
  update_view (self);
}

static void
lt_window_dispose (GObject *object)
{
  LtWindow *self = LT_WINDOW (object);

  /* GTK 4.8 keeps a reference to the focused widget past the window's end,
   * and so the page around it and the store that page holds. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  if (self->children_list != NULL)
    gtk_list_box_bind_model (self->children_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_WINDOW);
  g_clear_object (&self->children);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_window_parent_class)->dispose (object);
}

static void
lt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LtWindow *self = LT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_IS_DEMO:
      g_value_set_boolean (value, self->is_demo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LtWindow *self = LT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_IS_DEMO:
      self->is_demo = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_window_class_init (LtWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = lt_window_constructed;
  object_class->dispose = lt_window_dispose;
  object_class->get_property = lt_window_get_property;
  object_class->set_property = lt_window_set_property;
  window_class->close_request = lt_window_close_request;

  properties[PROP_STORE] =
      g_param_spec_object ("store", NULL, NULL, LT_TYPE_STORE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_DEMO] =
      g_param_spec_boolean ("is-demo", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Keeps the linker from dropping the templates' GResource (see lt-store.c). */
  (void) lt_ui_get_resource ();
  g_type_ensure (LT_TYPE_CHILD_PAGE);
  g_type_ensure (LT_TYPE_BOOK_PAGE);
  g_type_ensure (LT_TYPE_PHOTOS_PAGE);
  g_type_ensure (LT_TYPE_GENOGRAM_PAGE);
  g_type_ensure (LT_TYPE_NETWORK_PAGE);
  g_type_ensure (LT_TYPE_CALENDAR_PAGE);
  g_type_ensure (LT_TYPE_SCHOOL_PAGE);
  g_type_ensure (LT_TYPE_LOG_PAGE);
  g_type_ensure (LT_TYPE_GUIDANCE_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/dk/livstraad/Livstraad/lt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, content);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, children_list);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, today_label);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, child_page);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, child_views);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, book_page);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, photos_page);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, genogram_page);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, network_page);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, calendar_page);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, school_page);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, log_page);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, guidance_flap);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, guidance_panel);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, guidance_button);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, child_menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_children_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_children_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.add-child", NULL, add_child_action);
  gtk_widget_class_install_action (widget_class, "win.edit-child", NULL, edit_child_action);
  gtk_widget_class_install_action (widget_class, "win.agreements", NULL, agreements_action);
  gtk_widget_class_install_action (widget_class, "win.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.remove-child", NULL, remove_child_action);
  gtk_widget_class_install_action (widget_class, "win.move", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "win.child-copy", NULL, child_copy_action);
  gtk_widget_class_install_action (widget_class, "win.privacy", NULL, privacy_action);
  gtk_widget_class_install_action (widget_class, "win.select-relative", "i",
                                   select_relative_action);
  gtk_widget_class_install_action (widget_class, "win.export-json", NULL, export_json_action);
  gtk_widget_class_install_action (widget_class, "win.import-json", NULL, import_json_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-guidance", NULL, toggle_guidance_action);
  gtk_widget_class_install_action (widget_class, "win.guidance-library", NULL, guidance_library_action);
  gtk_widget_class_install_action (widget_class, "win.plan-visit", "x", plan_visit_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.edit-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK,
                                       "win.remove-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.select-relative",
                                       "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "win.select-relative", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import-json",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-json", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-guidance", NULL);
}

static void
lt_window_init (LtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---- public API ------------------------------------------------------ */

/**
 * lt_window_new:
 * @store: the household to show
 * @is_demo: whether @store is the demo household (said in the title)
 *
 * Returns: (transfer none): a new window
 */
LtWindow *
lt_window_new (GtkApplication *application,
               LtStore        *store,
               gboolean        is_demo)
{
  g_return_val_if_fail (LT_IS_STORE (store), NULL);

  return g_object_new (LT_TYPE_WINDOW, "application", application, "store", store,
                       "is-demo", is_demo, NULL);
}

LtStore *
lt_window_get_store (LtWindow *self)
{
  g_return_val_if_fail (LT_IS_WINDOW (self), NULL);

  return self->store;
}

/* Returns: (transfer none) (nullable): the child shown. */
LtChild *
lt_window_get_child (LtWindow *self)
{
  g_return_val_if_fail (LT_IS_WINDOW (self), NULL);

  return lt_child_page_get_child (self->child_page);
}

/* Selects @child in the sidebar and shows their page. */
void
lt_window_show_child (LtWindow *self,
                      LtChild  *child)
{
  GtkListBoxRow *row;

  g_return_if_fail (LT_IS_WINDOW (self));

  row = child != NULL ? find_row_for (self, child) : NULL;
  if (row != NULL)
    {
      gtk_list_box_select_row (self->children_list, row);
      adw_leaflet_set_visible_child (self->leaflet, self->content);
    }
}

void
lt_window_add_toast (LtWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (LT_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Shows the child's "overview", life-story "book", "photos", "network"
 * map or "family" tree. */
void
lt_window_show_view (LtWindow   *self,
                     const char *name)
{
  g_return_if_fail (LT_IS_WINDOW (self));

  /* "guidance-…": the view with the guidance beside it. */
  if (g_str_has_prefix (name, "guidance-"))
    {
      adw_flap_set_reveal_flap (self->guidance_flap, TRUE);
      name += strlen ("guidance-");
    }
  /* "calendar-agenda" and "calendar-demo-month": the calendar shown a way
   * that makes a good screenshot of the demo. */
  if (g_str_has_prefix (name, "calendar-"))
    {
      lt_calendar_page_show_day (self->calendar_page, "2026-10-17");
      lt_calendar_page_set_view (self->calendar_page, g_str_equal (name, "calendar-agenda") ? 2 : 0);
      name = "calendar";
    }
  /* "school-today", "school-week", "school-life", "school-progress": a
   * section of the school page on a day of the demo's fixed weeks. */
  if (g_str_has_prefix (name, "school-"))
    {
      lt_school_page_show_day (self->school_page, "2026-11-19");
      lt_school_page_show_section (self->school_page, name + strlen ("school-"));
      name = "school";
    }
  /* "network-compare": the network beside its first kept map, for screenshots. */
  if (g_str_equal (name, "network-compare"))
    {
      lt_network_page_compare_with_first (self->network_page);
      name = "network";
    }
  adw_view_stack_set_visible_child_name (self->child_views, name);
}
