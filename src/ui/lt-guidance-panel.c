/* lt-guidance-panel.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGuidancePanel: beside the child's views, what the recommendations say
 * about the part shown (the book: origin and own story; the calendar:
 * family, network and parents; school: day care, school and education;
 * the network: communities outside the home), and, above it, gentle
 * prompts from what is written down about the child, each pointing to its
 * guidance and each able to be put aside.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-guidance-library.h"
#include "lt-guidance-panel.h"
#include "lt-guidance-rows.h"
#include "lt-guidance.h"
#include "lt-prompts.h"
#include "lt-window.h"

struct _LtGuidancePanel
{
  GtkWidget parent_instance;

  LtStore *store;
  LtChild *child;
  char    *module;
  guint    n_prompts;
  guint    n_items;
  guint    refresh_source;

  GtkWidget *scrolled;
  GtkBox    *page;
};

G_DEFINE_FINAL_TYPE (LtGuidancePanel, lt_guidance_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_N_PROMPTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The child's views and the guidance module each belongs to. */
static const struct
{
  const char *view;
  const char *module;
} view_modules[] = {
  { "overview", "overview" },
  { "book", "book" },
  { "photos", "book" },
  { "calendar", "calendar" },
  { "school", "school" },
  { "network", "network" },
  { "family", "family" },
};

static void refresh (LtGuidancePanel *self);

/* ---- prompts ------------------------------------------------------------- */

static void
open_library (GtkWidget  *widget,
              const char *item)
{
  LtGuidanceLibrary *library = lt_guidance_library_new (GTK_WINDOW (gtk_widget_get_root (widget)), item);

  gtk_window_present (GTK_WINDOW (library));
}

static void
on_read_clicked_cb (GtkButton       *button,
                    LtGuidancePanel *self)
{
  open_library (GTK_WIDGET (self), g_object_get_data (G_OBJECT (button), "guidance"));
}

static void
on_put_aside_clicked_cb (GtkButton       *button,
                         LtGuidancePanel *self)
{
  g_autoptr (GError) error = NULL;

  if (!lt_store_dismiss_prompt (self->store, self->child, g_object_get_data (G_OBJECT (button), "key"), &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
  refresh (self);
}

static GtkWidget *
prompt_row (LtGuidancePanel *self,
            LtPrompt        *prompt)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *message = gtk_label_new (prompt->message);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *read = gtk_button_new_with_mnemonic (_ ("_Read More"));
  GtkWidget *aside = gtk_button_new_with_mnemonic (_ ("_Put Aside"));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_widget_add_css_class (read, "flat");
  gtk_widget_add_css_class (aside, "flat");
  gtk_widget_set_tooltip_text (aside, _ ("Not now: hide this thought until the situation changes"));
  g_object_set_data_full (G_OBJECT (read), "guidance", g_strdup (prompt->guidance), g_free);
  g_object_set_data_full (G_OBJECT (aside), "key", g_strdup (prompt->key), g_free);
  g_signal_connect_object (read, "clicked", G_CALLBACK (on_read_clicked_cb), self, 0);
  g_signal_connect_object (aside, "clicked", G_CALLBACK (on_put_aside_clicked_cb), self, 0);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), aside);
  gtk_box_append (GTK_BOX (buttons), read);
  gtk_box_append (GTK_BOX (box), message);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
add_prompts (LtGuidancePanel *self)
{
  g_autoptr (GPtrArray) prompts = NULL;
  GtkWidget *group;
  GDate      today;

  self->n_prompts = 0;
  if (self->store == NULL || self->child == NULL)
    return;
  lt_date_today (&today);
  prompts = lt_prompts_for_child (self->store, self->child, &today);
  self->n_prompts = prompts->len;
  if (prompts->len == 0)
    return;
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Something to Think About"));
  for (guint i = 0; i < prompts->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), prompt_row (self, g_ptr_array_index (prompts, i)));
  gtk_box_append (self->page, group);
}

/* ---- guidance for the view ----------------------------------------------- */

static void
on_library_clicked_cb (LtGuidancePanel *self)
{
  open_library (GTK_WIDGET (self), NULL);
}

static void
add_guidance (LtGuidancePanel *self)
{
  LtGuidance *guidance = lt_guidance_get_default ();
  g_autoptr (GPtrArray) items = lt_guidance_for_module (guidance, self->module);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *library = gtk_button_new_with_mnemonic (_ ("Guidance _Library…"));
  /* Translators: the guidance panel's heading; %s is a part of the app, e.g. "Calendar" */
  g_autofree char *title = g_strdup_printf (_ ("Guidance: %s"), lt_guidance_get_module_name (guidance, self->module));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _ ("From the national recommendations, in our own words"));
  for (guint i = 0; i < items->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               lt_guidance_row_new (guidance, g_ptr_array_index (items, i)));
  self->n_items = items->len;
  gtk_box_append (self->page, group);
  gtk_widget_set_halign (library, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (library, "pill");
  g_signal_connect_object (library, "clicked", G_CALLBACK (on_library_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->page, library);
}

static void
refresh (LtGuidancePanel *self)
{
  GtkWidget *child;
  guint      before = self->n_prompts;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page))) != NULL)
    gtk_box_remove (self->page, child);
  add_prompts (self);
  add_guidance (self);
  if (before != self->n_prompts)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PROMPTS]);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  LtGuidancePanel *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Many changes come at once (an import): look again once they are done. */
static void
on_store_changed (LtGuidancePanel *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

/* ---- GObject ------------------------------------------------------------- */

static void
lt_guidance_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_N_PROMPTS:
      g_value_set_uint (value, LT_GUIDANCE_PANEL (object)->n_prompts);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_guidance_panel_dispose (GObject *object)
{
  LtGuidancePanel *self = LT_GUIDANCE_PANEL (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  G_OBJECT_CLASS (lt_guidance_panel_parent_class)->dispose (object);
}

static void
lt_guidance_panel_finalize (GObject *object)
{
  g_free (LT_GUIDANCE_PANEL (object)->module);
  G_OBJECT_CLASS (lt_guidance_panel_parent_class)->finalize (object);
}

static void
lt_guidance_panel_class_init (LtGuidancePanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = lt_guidance_panel_get_property;
  object_class->dispose = lt_guidance_panel_dispose;
  object_class->finalize = lt_guidance_panel_finalize;
  properties[PROP_N_PROMPTS] =
      g_param_spec_uint ("n-prompts", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "guidancepanel");
}

static void
lt_guidance_panel_init (LtGuidancePanel *self)
{
  self->module = g_strdup ("overview");
  self->page = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_margin_top (GTK_WIDGET (self->page), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->page), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self->page), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->page), 12);
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_EXTERNAL, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->page));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  /* A fixed width: the panel's paragraphs wrap to it rather than ask for more. */
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (self->scrolled), 320);
  gtk_widget_add_css_class (GTK_WIDGET (self), "background");
  refresh (self);
}

void
lt_guidance_panel_set_store (LtGuidancePanel *self,
                             LtStore         *store)
{
  g_return_if_fail (LT_IS_GUIDANCE_PANEL (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

void
lt_guidance_panel_set_child (LtGuidancePanel *self,
                             LtChild         *child)
{
  g_return_if_fail (LT_IS_GUIDANCE_PANEL (self));

  if (g_set_object (&self->child, child))
    refresh (self);
}

/* Shows the guidance for the child's view called @view ("calendar" …). */
void
lt_guidance_panel_set_view (LtGuidancePanel *self,
                            const char      *view)
{
  const char *module = "overview";

  g_return_if_fail (LT_IS_GUIDANCE_PANEL (self));

  for (guint i = 0; view != NULL && i < G_N_ELEMENTS (view_modules); i++)
    if (g_str_equal (view_modules[i].view, view))
      module = view_modules[i].module;
  if (g_strcmp0 (self->module, module) == 0)
    return;
  g_free (self->module);
  self->module = g_strdup (module);
  refresh (self);
}

guint
lt_guidance_panel_get_n_prompts (LtGuidancePanel *self)
{
  return self->n_prompts;
}

/* How many pieces of guidance are shown for the view. */
guint
lt_guidance_panel_count_items (LtGuidancePanel *self)
{
  return self->n_items;
}
