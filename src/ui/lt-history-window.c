/* lt-history-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtHistoryWindow: the history of a child's pages, visits and agreements,
 * newest first: who changed what, when, and which fields.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-history-window.h"
#include "lt-record-fields.h"

struct _LtHistoryWindow
{
  AdwWindow parent_instance;

  LtStore     *store;
  LtChild     *child;
  GtkStack    *stack; /* "empty" or "changes" */
  GtkListBox  *list;
  GtkDropDown *kind_choice;
  guint        shown;
};

G_DEFINE_FINAL_TYPE (LtHistoryWindow, lt_history_window, ADW_TYPE_WINDOW)

/* The kinds in the drop-down's order; NULL is all of them. */
static const char *const kinds[] = { NULL, "entry", "event", "agreement" };

/**
 * lt_history_describe:
 *
 * Returns: (transfer full): "Mette changed the page “Min første skoledag”"
 */
char *
lt_history_describe (const LtChange *change)
{
  const char *title = change->title != NULL ? change->title : "";
  gboolean    page = g_strcmp0 (change->kind, "entry") == 0;
  gboolean    event = g_strcmp0 (change->kind, "event") == 0;

  /* Translators: the first %s is who made the change, the second what it is called */
  switch (change->action)
    {
    case LT_CHANGE_ADDED:
      return g_strdup_printf (page    ? _ ("%s added the page “%s”")
                              : event ? _ ("%s added “%s” to the calendar")
                                      : _ ("%s added the agreement “%s”"),
                              change->actor, title);
    case LT_CHANGE_DELETED:
      return g_strdup_printf (page    ? _ ("%s deleted the page “%s”")
                              : event ? _ ("%s deleted “%s” from the calendar")
                                      : _ ("%s deleted the agreement “%s”"),
                              change->actor, title);
    case LT_CHANGE_CHANGED:
    default:
      return g_strdup_printf (page    ? _ ("%s changed the page “%s”")
                              : event ? _ ("%s changed “%s” in the calendar")
                                      : _ ("%s changed the agreement “%s”"),
                              change->actor, title);
    }
}

/* The labels of the changed fields, as the forms name them. */
static char *
describe_fields (const LtChange *change)
{
  GType kind = g_strcmp0 (change->kind, "entry") == 0   ? LT_TYPE_STORY_ENTRY
               : g_strcmp0 (change->kind, "event") == 0 ? LT_TYPE_EVENT
                                                        : LT_TYPE_AGREEMENT;
  g_autoptr (LtRecord) sample = g_object_new (kind, NULL);
  const Field *fields = lt_record_fields_for (sample);
  g_auto (GStrv) names = g_strsplit (change->fields != NULL ? change->fields : "", " ", -1);
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; names[i] != NULL; i++)
    for (const Field *field = fields; field != NULL && field->property != NULL; field++)
      if (g_str_equal (field->property, names[i]))
        g_ptr_array_add (labels, (gpointer) _ (field->label));
  g_ptr_array_add (labels, NULL);
  return g_strjoinv (", ", (char **) labels->pdata);
}

static GtkWidget *
make_row (const LtChange *change)
{
  GtkWidget       *row = adw_action_row_new ();
  g_autofree char *title = lt_history_describe (change);
  g_autoptr (GDateTime) utc = g_date_time_new_from_iso8601 (change->at, NULL);
  g_autoptr (GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *when = local != NULL ? g_date_time_format (local, "%-d.%-m.%Y %H:%M") : g_strdup ("");
  g_autofree char *fields = describe_fields (change);
  g_autofree char *subtitle = *fields != '\0' ? g_strdup_printf ("%s · %s", when, fields) : g_strdup (when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  return row;
}

static void
fill (LtHistoryWindow *self)
{
  const char *kind = kinds[MIN (gtk_drop_down_get_selected (self->kind_choice), G_N_ELEMENTS (kinds) - 1)];
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) changes =
      lt_store_dup_changes (self->store, lt_record_get_id (LT_RECORD (self->child)), kind, 0, &error);
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, row);
  self->shown = changes != NULL ? changes->len : 0;
  for (guint i = 0; i < self->shown; i++)
    gtk_list_box_append (self->list, make_row (g_ptr_array_index (changes, i)));
  if (error != NULL)
    g_warning ("The history could not be read: %s", error->message);
  gtk_stack_set_visible_child_name (self->stack, self->shown > 0 || kind != NULL ? "changes" : "empty");
}

static GtkWidget *
make_empty_state (void)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "document-open-recent-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _ ("No Changes Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _ ("Each change to a page of the book, a visit or an everyday agreement is "
                                      "noted here, with who made it and when."));
  return status;
}

static void
build (LtHistoryWindow *self)
{
  GtkWidget  *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget  *header = adw_header_bar_new ();
  GtkWidget  *scroller = gtk_scrolled_window_new ();
  GtkWidget  *clamp = adw_clamp_new ();
  GtkWidget  *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget  *placeholder = gtk_label_new (_ ("No changes of this kind."));
  const char *labels[] = { _ ("Everything"), _ ("Pages of the Book"), _ ("Calendar"), _ ("Agreements"), NULL };

  self->kind_choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (labels));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Show changes to"), -1);
  g_signal_connect_swapped (self->kind_choice, "notify::selected", G_CALLBACK (fill), self);
  gtk_widget_set_halign (GTK_WIDGET (self->kind_choice), GTK_ALIGN_START);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_add_css_class (placeholder, "dim-label");
  g_object_set (placeholder, "margin-top", 12, "margin-bottom", 12, NULL);
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->kind_choice));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->list));
  g_object_set (inner, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, make_empty_state (), "empty");
  gtk_stack_add_named (self->stack, scroller, "changes");
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
lt_history_window_dispose (GObject *object)
{
  LtHistoryWindow *self = LT_HISTORY_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->child);

  G_OBJECT_CLASS (lt_history_window_parent_class)->dispose (object);
}

static void
lt_history_window_class_init (LtHistoryWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_history_window_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lt_history_window_init (LtHistoryWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 620);
  build (self);
}

/**
 * lt_history_window_new:
 *
 * Returns: (transfer none): the window with @child's history, not yet shown
 */
LtHistoryWindow *
lt_history_window_new (GtkWindow *parent,
                       LtStore   *store,
                       LtChild   *child)
{
  LtHistoryWindow *self = g_object_new (LT_TYPE_HISTORY_WINDOW, "transient-for", parent, "modal", TRUE, NULL);
  GtkWidget       *header = gtk_widget_get_first_child (adw_window_get_content (ADW_WINDOW (self)));
  GtkWidget       *title = adw_window_title_new (_ ("History of Changes"), lt_child_get_display_name (child));

  self->store = g_object_ref (store);
  self->child = g_object_ref (child);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_window_set_title (GTK_WINDOW (self), _ ("History of Changes"));
  fill (self);
  return self;
}

guint
lt_history_window_count_shown (LtHistoryWindow *self)
{
  g_return_val_if_fail (LT_IS_HISTORY_WINDOW (self), 0);

  return self->shown;
}

/* Shows only changes of @kind ("entry", "event", "agreement"; NULL for all). */
void
lt_history_window_show_kind (LtHistoryWindow *self,
                             const char      *kind)
{
  g_return_if_fail (LT_IS_HISTORY_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i], kind) == 0)
      gtk_drop_down_set_selected (self->kind_choice, i);
}
