/* lt-agreements-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtAgreementsWindow: the child's everyday agreements with the parents, a
 * group per topic, a row per agreement saying who decides, who takes part
 * and who is told; added and edited in the record dialog, deleted with
 * Undo, and printed for a meeting.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-agreements-summary.h"
#include "lt-agreements-window.h"
#include "lt-date.h"
#include "lt-record-dialog.h"
#include "lt-record-target.h"
#include "lt-save-chooser.h"
#include "lt-window.h"

struct _LtAgreementsWindow
{
  AdwWindow parent_instance;

  /* owned */
  LtStore    *store;
  LtChild    *child;
  GListModel *agreements;
  guint       rebuild_id;

  /* borrowed: template children */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkStack        *stack;
  GtkBox          *groups;
};

G_DEFINE_FINAL_TYPE (LtAgreementsWindow, lt_agreements_window, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- helpers ------------------------------------------------------------ */

/* "Decides: Parents · Involved: the child · Informed: the parents" */
static char *
describe (LtAgreement *agreement)
{
  g_autofree char *involved = lt_agreement_dup_involved (agreement);
  g_autofree char *informed = lt_agreement_dup_informed (agreement);

  /* Translators: who decides, takes part and is told, under an agreement's title */
  return g_strdup_printf (_ ("Decides: %s · Involved: %s · Informed: %s"),
                          lt_decider_to_label (lt_agreement_get_decides (agreement)), involved,
                          informed);
}

static GtkWidget *
agreement_row (LtAgreement *agreement,
               const GDate *today)
{
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = describe (agreement);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lt_agreement_get_title (agreement));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "agreements.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          lt_record_target_new (LT_RECORD (agreement)));

  if (lt_agreement_is_review_due (agreement, today))
    {
      GtkWidget       *due = gtk_label_new (_ ("Review due"));
      g_autofree char *when = lt_date_format (lt_agreement_get_review_on (agreement));
      g_autofree char *tip = g_strdup_printf (_ ("To be looked at again on %s"), when);

      gtk_widget_add_css_class (due, "warning");
      gtk_widget_add_css_class (due, "caption-heading");
      gtk_widget_set_valign (due, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (due, tip);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), due);
    }

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Delete"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "agreements.remove");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove),
                                          lt_record_target_new (LT_RECORD (agreement)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
rebuild (LtAgreementsWindow *self)
{
  guint      n = g_list_model_get_n_items (self->agreements);
  GtkWidget *group = NULL;
  int        topic = -1;
  GtkWidget *child;
  GDate      today;

  lt_date_today (&today);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (LtAgreement) agreement = g_list_model_get_item (self->agreements, i);

      if ((int) lt_agreement_get_topic (agreement) != topic)
        {
          topic = lt_agreement_get_topic (agreement);
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                           lt_agreement_topic_to_label (topic));
          gtk_box_append (self->groups, group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), agreement_row (agreement, &today));
    }
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static gboolean
rebuild_cb (gpointer data)
{
  LtAgreementsWindow *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (LtAgreementsWindow *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

static void
watch_agreements (LtAgreementsWindow *self,
                  guint               position,
                  guint               added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr (LtAgreement) agreement = g_list_model_get_item (self->agreements, i);

      g_signal_handlers_disconnect_by_func (agreement, queue_rebuild, self);
      g_signal_connect_object (agreement, "notify", G_CALLBACK (queue_rebuild), self,
                               G_CONNECT_SWAPPED);
    }
}

/* ---- callbacks ---------------------------------------------------------- */

static void
on_agreements_items_changed_cb (GListModel         *model,
                                guint               position,
                                guint               removed,
                                guint               added,
                                LtAgreementsWindow *self)
{
  watch_agreements (self, position, added);
  rebuild (self);
}

static void
on_child_notify_cb (LtAgreementsWindow *self)
{
  adw_window_title_set_subtitle (self->window_title, lt_child_get_display_name (self->child));
}

/* ---- actions ------------------------------------------------------------ */

static void
open_dialog (LtAgreementsWindow *self,
             LtRecord           *record)
{
  gtk_window_present (GTK_WINDOW (lt_record_dialog_new (GTK_WINDOW (self), self->store, record)));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LtAgreementsWindow *self = LT_AGREEMENTS_WINDOW (widget);
  g_autoptr (LtAgreement) agreement = lt_agreement_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  lt_agreement_set_agreed_on (agreement, today);
  lt_agreement_set_involves_parents (agreement, TRUE);
  lt_agreement_set_informs_parents (agreement, TRUE);
  lt_record_set_owner_id (LT_RECORD (agreement), lt_record_get_id (LT_RECORD (self->child)));
  open_dialog (self, LT_RECORD (agreement));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LtAgreementsWindow *self = LT_AGREEMENTS_WINDOW (widget);
  LtRecord           *record = lt_record_target_lookup (self->store, parameter);

  if (LT_IS_AGREEMENT (record))
    open_dialog (self, record);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LtAgreementsWindow *self = LT_AGREEMENTS_WINDOW (widget);
  LtRecord           *record = lt_record_target_lookup (self->store, parameter);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast        *toast;

  if (!LT_IS_AGREEMENT (record))
    return;
  /* Translators: a toast; %s is the agreement's title */
  message = g_strdup_printf (_ ("“%s” deleted"), lt_agreement_get_title (LT_AGREEMENT (record)));
  toast = lt_window_remove_for_undo (self->store, record, message, &error);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               toast != NULL ? toast : adw_toast_new (error->message));
}

static gboolean
write_report (const char *path,
              gpointer    data,
              GError    **error)
{
  LtAgreementsWindow *self = LT_AGREEMENTS_WINDOW (gtk_widget_get_root (data));
  g_autoptr (LtAgreementsReport) report = NULL;
  GDate today;

  lt_date_today (&today);
  report = lt_agreements_summary_new (self->store, self->child, &today);
  return lt_agreements_report_write_pdf (report, path, error);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LtAgreementsWindow *self = LT_AGREEMENTS_WINDOW (widget);
  g_autofree char    *name = NULL;

  /* Translators: the file name offered for a child's everyday agreements */
  name = g_strdup_printf (_ ("%s – everyday agreements.pdf"), lt_child_get_display_name (self->child));
  /* The overlay asks, so the toast saying it was saved shows in this window. */
  lt_save_chooser_run (GTK_WIDGET (self->groups), _ ("Everyday Agreements for a Meeting"),
                       _ ("_Save"), name, write_report, _ ("The agreements were saved"));
}

/* ---- GObject ------------------------------------------------------------ */

static void
lt_agreements_window_constructed (GObject *object)
{
  LtAgreementsWindow *self = LT_AGREEMENTS_WINDOW (object);

  G_OBJECT_CLASS (lt_agreements_window_parent_class)->constructed (object);

  g_assert (self->store != NULL && self->child != NULL);
  self->agreements = lt_store_list_records (self->store, LT_TYPE_AGREEMENT,
                                            lt_record_get_id (LT_RECORD (self->child)));
  g_signal_connect_object (self->agreements, "items-changed",
                           G_CALLBACK (on_agreements_items_changed_cb), self, 0);
  g_signal_connect_object (self->child, "notify::name", G_CALLBACK (on_child_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->child, "notify::preferred-name", G_CALLBACK (on_child_notify_cb),
                           self, G_CONNECT_SWAPPED);
  on_child_notify_cb (self);
  watch_agreements (self, 0, g_list_model_get_n_items (self->agreements));
  rebuild (self);
}

static void
lt_agreements_window_dispose (GObject *object)
{
  LtAgreementsWindow *self = LT_AGREEMENTS_WINDOW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_AGREEMENTS_WINDOW);
  g_clear_object (&self->agreements);
  g_clear_object (&self->child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_agreements_window_parent_class)->dispose (object);
}

static void
lt_agreements_window_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LtAgreementsWindow *self = LT_AGREEMENTS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_agreements_window_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LtAgreementsWindow *self = LT_AGREEMENTS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CHILD:
      self->child = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_agreements_window_class_init (LtAgreementsWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lt_agreements_window_constructed;
  object_class->dispose = lt_agreements_window_dispose;
  object_class->get_property = lt_agreements_window_get_property;
  object_class->set_property = lt_agreements_window_set_property;

  properties[PROP_STORE] =
      g_param_spec_object ("store", NULL, NULL, LT_TYPE_STORE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD] =
      g_param_spec_object ("child", NULL, NULL, LT_TYPE_CHILD,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/livstraad/Livstraad/lt-agreements-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LtAgreementsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtAgreementsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LtAgreementsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LtAgreementsWindow, groups);

  gtk_widget_class_install_action (widget_class, "agreements.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "agreements.edit", "(sx)", edit_action);
  gtk_widget_class_install_action (widget_class, "agreements.remove", "(sx)", remove_action);
  gtk_widget_class_install_action (widget_class, "agreements.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "agreements.add",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "agreements.print",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lt_agreements_window_init (LtAgreementsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---- public API --------------------------------------------------------- */

/**
 * lt_agreements_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): a new window, owned by GTK's list of toplevels
 */
LtAgreementsWindow *
lt_agreements_window_new (GtkWindow *parent,
                          LtStore   *store,
                          LtChild   *child)
{
  g_return_val_if_fail (LT_IS_STORE (store), NULL);
  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  return g_object_new (LT_TYPE_AGREEMENTS_WINDOW, "store", store, "child", child, "transient-for",
                       parent, NULL);
}

LtChild *
lt_agreements_window_get_child (LtAgreementsWindow *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENTS_WINDOW (self), NULL);

  return self->child;
}
