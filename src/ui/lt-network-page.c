/* lt-network-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtNetworkPage: the child's network map (netværkskort), with kept maps
 * to compare with.
 *
 * The map as it is now is live: people are dragged between circles and
 * parts of the map, and the child's wishes are marked from the context
 * menu.  "Keep This Map" stores a dated copy (at the start of a placement,
 * before a meeting); choosing a kept map shows it beside the map of now,
 * so the child and the adults can see what changed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-contact-banner.h"
#include "lt-date.h"
#include "lt-diagram-ui.h"
#include "lt-network-page.h"
#include "lt-network-painter.h"
#include "lt-network-view.h"
#include "lt-record-dialog.h"
#include "lt-window.h"

struct _LtNetworkPage
{
  GtkWidget parent_instance;

  /* owned */
  LtStore       *store;
  LtChild       *child;
  GListModel    *versions;
  GtkStringList *version_names;

  /* template children */
  GtkWidget     *content;
  LtNetworkView *view;
  LtNetworkView *saved_view;
  GtkWidget     *saved_box;
  GtkLabel      *saved_label;
  GtkWidget     *now_label;
  GtkDropDown   *versions_dropdown;
  GtkWidget     *contact_banner;
};

G_DEFINE_FINAL_TYPE (LtNetworkPage, lt_network_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SELECTED_MATTERS_MOST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWindow *
parent_window (LtNetworkPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

/* ---- kept maps --------------------------------------------------------- */

static char *
version_name (LtNetworkVersion *version)
{
  g_autofree char *date = lt_date_format (lt_network_version_get_taken_on (version));

  return g_strdup_printf ("%s · %s", lt_network_version_get_title (version), date);
}

/* The kept map chosen in the drop-down, or NULL for none. */
static LtNetworkVersion *
chosen_version (LtNetworkPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->versions_dropdown);

  if (self->versions == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > g_list_model_get_n_items (self->versions))
    return NULL;
  return g_list_model_get_item (self->versions, selected - 1);
}

static void
show_chosen_version (LtNetworkPage *self)
{
  g_autoptr (LtNetworkVersion) version = chosen_version (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  LtNetworkMap    *map = NULL;

  if (version != NULL)
    map = lt_network_map_new_from_json (lt_child_get_display_name (self->child),
                                        lt_network_version_get_content (version), &error);
  if (version != NULL && map == NULL)
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
  lt_network_view_show_saved (self->saved_view, map);
  gtk_widget_set_visible (self->saved_box, map != NULL);
  gtk_widget_set_visible (self->now_label, map != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.delete-version", version != NULL);
  if (map != NULL)
    {
      name = version_name (version);
      gtk_label_set_text (self->saved_label, name);
    }
}

static void
on_versions_changed_cb (GListModel    *versions,
                        guint          position,
                        guint          removed,
                        guint          added,
                        LtNetworkPage *self)
{
  guint                   n = g_list_model_get_n_items (versions);
  g_autofree const char **names = g_new0 (const char *, n + 1);
  g_autoptr (GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (LtNetworkVersion) version = g_list_model_get_item (versions, i);

      names[i] = version_name (version);
      g_ptr_array_add (owned, (gpointer) names[i]);
    }
  /* All again, after the first entry ("none"); there are only a few. */
  gtk_string_list_splice (self->version_names, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->version_names)) - 1, names);
  gtk_widget_set_sensitive (GTK_WIDGET (self->versions_dropdown), n > 0);
  show_chosen_version (self);
}

static void
save_version_with_title (LtNetworkPage *self,
                         const char    *title)
{
  g_autoptr (LtNetworkVersion) version = lt_network_version_new ();
  g_autofree char *content = lt_network_map_to_json (lt_network_view_get_map (self->view));
  g_autofree char *today = NULL;
  g_autoptr (GError) error = NULL;
  GDate date;

  lt_date_today (&date);
  today = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                           g_date_get_day (&date));
  lt_network_version_set_child_id (version, lt_record_get_id (LT_RECORD (self->child)));
  lt_network_version_set_title (version, title);
  lt_network_version_set_taken_on (version, today);
  lt_network_version_set_content (version, content);
  if (!lt_store_add (self->store, LT_RECORD (version), &error))
    {
      lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  lt_window_toast_from (GTK_WIDGET (self), adw_toast_new_format (_ ("Kept as “%s”"), title));
}

static void
on_save_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     LtNetworkPage    *self)
{
  GtkEditable     *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "keep") && *title != '\0')
    save_version_with_title (self, title);
}

static void
save_version_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LtNetworkPage *self = LT_NETWORK_PAGE (widget);
  GtkWidget     *dialog;
  GtkWidget     *entry = gtk_entry_new ();
  gboolean       first = g_list_model_get_n_items (self->versions) == 0;

  dialog = adw_message_dialog_new (parent_window (self), _ ("Keep This Map?"),
                                   _ ("A copy of the map as it is today is kept, so you can "
                                      "compare with it later. Give it a name you will recognise."));
  gtk_editable_set_text (GTK_EDITABLE (entry),
                         first ? _ ("At the start of the placement") : _ ("Before the meeting"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "keep",
                                    _ ("_Keep"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
delete_version_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LtNetworkPage *self = LT_NETWORK_PAGE (widget);
  g_autoptr (LtNetworkVersion) version = chosen_version (self);
  g_autofree char *message = NULL;

  if (version == NULL)
    return;
  message = g_strdup_printf (_ ("“%s” deleted"), lt_network_version_get_title (version));
  gtk_drop_down_set_selected (self->versions_dropdown, 0);
  lt_window_remove_with_undo (widget, self->store, LT_RECORD (version), message);
}

/* ---- people ------------------------------------------------------------ */

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LtNetworkPage *self = LT_NETWORK_PAGE (widget);
  g_autoptr (LtPerson) person = lt_person_new ();

  lt_person_set_child_id (person, lt_record_get_id (LT_RECORD (self->child)));
  gtk_window_present (
      GTK_WINDOW (lt_record_dialog_new (parent_window (self), self->store, LT_RECORD (person))));
}

static void
edit_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtNetworkPage *self = LT_NETWORK_PAGE (widget);
  LtRecord      *person = lt_store_lookup (self->store, LT_TYPE_PERSON,
                                           lt_network_view_get_selected (self->view), NULL);

  if (person != NULL)
    gtk_window_present (GTK_WINDOW (lt_record_dialog_new (parent_window (self), self->store, person)));
}

static void
set_wish_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LtNetworkPage *self = LT_NETWORK_PAGE (widget);
  LtRecord      *person = lt_store_lookup (self->store, LT_TYPE_PERSON,
                                           lt_network_view_get_selected (self->view), NULL);
  g_autoptr (GEnumClass) wishes = g_type_class_ref (LT_TYPE_CONTACT_WISH);
  GEnumValue *wish = g_enum_get_value_by_nick (wishes, g_variant_get_string (parameter, NULL));
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GError) error = NULL;

  if (person == NULL || wish == NULL)
    return;
  draft = lt_record_copy (person);
  lt_person_set_contact_wish (LT_PERSON (draft), wish->value);
  if (!lt_store_save (self->store, draft, &error))
    lt_window_toast_from (widget, adw_toast_new (error->message));
}

static LtPerson *
selected_person (LtNetworkPage *self)
{
  gint64 id = lt_network_view_get_selected (self->view);

  if (self->store == NULL || id <= 0)
    return NULL;
  return LT_PERSON (lt_store_lookup (self->store, LT_TYPE_PERSON, id, NULL));
}

/* "network.matters-most" is a property action, so the menu shows it as a
 * check box for the person selected. */
static gboolean
get_selected_matters_most (LtNetworkPage *self)
{
  LtPerson *person = selected_person (self);

  return person != NULL && lt_person_get_matters_most (person);
}

static void
set_selected_matters_most (LtNetworkPage *self,
                           gboolean       matters_most)
{
  LtPerson *person = selected_person (self);
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GError) error = NULL;

  if (person == NULL || lt_person_get_matters_most (person) == matters_most)
    return;
  draft = lt_record_copy (LT_RECORD (person));
  lt_person_set_matters_most (LT_PERSON (draft), matters_most);
  if (!lt_store_save (self->store, draft, &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_MATTERS_MOST]);
}

static void
update_person_actions (LtNetworkPage *self)
{
  gboolean selected = lt_network_view_get_selected (self->view) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.edit-person", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.set-wish", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.matters-most", selected);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_MATTERS_MOST]);
}

/* ---- zoom and export --------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  lt_network_view_zoom (LT_NETWORK_PAGE (widget)->view, 1.25);
  lt_network_view_zoom (LT_NETWORK_PAGE (widget)->saved_view, 1.25);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  lt_network_view_zoom (LT_NETWORK_PAGE (widget)->view, 0.8);
  lt_network_view_zoom (LT_NETWORK_PAGE (widget)->saved_view, 0.8);
}

static char *
drawing_title (LtNetworkPage *self)
{
  /* Translators: the heading of an exported network map; %s is the child */
  return g_strdup_printf (_ ("%s’s network"), lt_child_get_display_name (self->child));
}

static gboolean
write_network (const char *path,
               gpointer    data,
               GError    **error)
{
  LtNetworkPage   *self = data;
  g_autofree char *title = drawing_title (self);

  return lt_network_export (lt_network_view_get_map (self->view), path, title, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LtNetworkPage   *self = LT_NETWORK_PAGE (widget);
  g_autofree char *title = drawing_title (self);
  g_autofree char *name = g_strconcat (title, ".pdf", NULL);

  lt_diagram_chooser_export (widget, name, write_network, g_object_ref (self), g_object_unref);
}

/* ---- the drop-down of kept maps ---------------------------------------- */

/* In the button a long name is cut short, so the toolbar fits a narrow
 * window; in the list it is shown whole. */
static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  shorten)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (shorten))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  shorten)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static GtkListItemFactory *
label_factory (gboolean shorten)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (shorten));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), GINT_TO_POINTER (shorten));
  return factory;
}

/* ---- GObject ----------------------------------------------------------- */

static void
unbind (LtNetworkPage *self)
{
  if (self->versions != NULL)
    g_signal_handlers_disconnect_by_data (self->versions, self);
  g_clear_object (&self->versions);
}

static void
lt_network_page_dispose (GObject *object)
{
  LtNetworkPage *self = LT_NETWORK_PAGE (object);

  unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_NETWORK_PAGE);
  g_clear_object (&self->version_names);
  g_clear_object (&self->child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_network_page_parent_class)->dispose (object);
}

static void
lt_network_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED_MATTERS_MOST:
      g_value_set_boolean (value, get_selected_matters_most (LT_NETWORK_PAGE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_network_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED_MATTERS_MOST:
      set_selected_matters_most (LT_NETWORK_PAGE (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_network_page_class_init (LtNetworkPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_network_page_dispose;
  object_class->get_property = lt_network_page_get_property;
  object_class->set_property = lt_network_page_set_property;

  /* Whether the person selected on the map matters most to the child. */
  properties[PROP_SELECTED_MATTERS_MOST] =
      g_param_spec_boolean ("selected-matters-most", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LT_TYPE_NETWORK_VIEW);
  g_type_ensure (LT_TYPE_CONTACT_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/livstraad/Livstraad/lt-network-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtNetworkPage, content);
  gtk_widget_class_bind_template_child (widget_class, LtNetworkPage, view);
  gtk_widget_class_bind_template_child (widget_class, LtNetworkPage, saved_view);
  gtk_widget_class_bind_template_child (widget_class, LtNetworkPage, saved_box);
  gtk_widget_class_bind_template_child (widget_class, LtNetworkPage, saved_label);
  gtk_widget_class_bind_template_child (widget_class, LtNetworkPage, now_label);
  gtk_widget_class_bind_template_child (widget_class, LtNetworkPage, versions_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LtNetworkPage, contact_banner);

  gtk_widget_class_install_action (widget_class, "network.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "network.edit-person", NULL, edit_person_action);
  gtk_widget_class_install_action (widget_class, "network.set-wish", "s", set_wish_action);
  gtk_widget_class_install_property_action (widget_class, "network.matters-most",
                                            "selected-matters-most");
  gtk_widget_class_install_action (widget_class, "network.save-version", NULL,
                                   save_version_action);
  gtk_widget_class_install_action (widget_class, "network.delete-version", NULL,
                                   delete_version_action);
  gtk_widget_class_install_action (widget_class, "network.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "network.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "network.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "network.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "network.zoom-out", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lt_network_page_init (LtNetworkPage *self)
{
  const char *const none[] = { _ ("Compare With a Kept Map…"), NULL };
  g_autoptr (GtkListItemFactory) button_factory = label_factory (TRUE);
  g_autoptr (GtkListItemFactory) list_factory = label_factory (FALSE);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->version_names = gtk_string_list_new (none);
  gtk_drop_down_set_factory (self->versions_dropdown, button_factory);
  gtk_drop_down_set_list_factory (self->versions_dropdown, list_factory);
  gtk_drop_down_set_model (self->versions_dropdown, G_LIST_MODEL (self->version_names));
  g_signal_connect_object (self->versions_dropdown, "notify::selected",
                           G_CALLBACK (show_chosen_version), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::selected", G_CALLBACK (update_person_actions),
                           self, G_CONNECT_SWAPPED);
  update_person_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.delete-version", FALSE);
}

void
lt_network_page_set_store (LtNetworkPage *self,
                           LtStore       *store)
{
  g_return_if_fail (LT_IS_NETWORK_PAGE (self));

  g_set_object (&self->store, store);
  lt_contact_banner_set_store (LT_CONTACT_BANNER (self->contact_banner), store);
}

void
lt_network_page_set_child (LtNetworkPage *self,
                           LtChild       *child)
{
  g_return_if_fail (LT_IS_NETWORK_PAGE (self));

  unbind (self);
  g_set_object (&self->child, child);
  gtk_drop_down_set_selected (self->versions_dropdown, 0);
  gtk_string_list_splice (self->version_names, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->version_names)) - 1, NULL);
  lt_network_view_show_live (self->view, self->store, child);
  lt_contact_banner_set_child (LT_CONTACT_BANNER (self->contact_banner), child);
  if (child == NULL || self->store == NULL)
    return;

  self->versions =
      lt_store_list_records (self->store, LT_TYPE_NETWORK_VERSION, lt_record_get_id (LT_RECORD (child)));
  g_signal_connect_object (self->versions, "items-changed", G_CALLBACK (on_versions_changed_cb),
                           self, 0);
  on_versions_changed_cb (self->versions, 0, 0, g_list_model_get_n_items (self->versions), self);
}

/* For developer screenshots: compare with the first kept map. */
void
lt_network_page_compare_with_first (LtNetworkPage *self)
{
  if (self->versions != NULL && g_list_model_get_n_items (self->versions) > 0)
    gtk_drop_down_set_selected (self->versions_dropdown, 1);
}

/* Returns: (transfer none): the list of who has not been seen for a while */
LtContactBanner *
lt_network_page_get_contact_banner (LtNetworkPage *self)
{
  g_return_val_if_fail (LT_IS_NETWORK_PAGE (self), NULL);

  return LT_CONTACT_BANNER (self->contact_banner);
}
