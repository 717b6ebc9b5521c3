/* lt-genogram-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGenogramPage: the child's family tree, with the list of relations
 * beside it.
 *
 * The page carries out the "family.*" actions the drawing's context menu,
 * the buttons and the list use: adding people and relations (a parent,
 * partner, child or sibling of someone in one go, or a placeholder for a
 * parent no one knows), editing, deleting after asking, putting nudged
 * people back, exporting (the professional drawing or the child's own) and
 * importing GEDCOM.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-diagram-ui.h"
#include "lt-gedcom-dialog.h"
#include "lt-genogram-page.h"
#include "lt-genogram-painter.h"
#include "lt-genogram-view.h"
#include "lt-record-dialog.h"
#include "lt-window.h"

struct _LtGenogramPage
{
  GtkWidget parent_instance;

  /* owned */
  LtStore    *store;
  LtChild    *child;
  GListModel *relations;

  /* template children */
  GtkWidget           *content;
  LtGenogramView      *view;
  AdwPreferencesGroup *relations_group;
  GtkListBox          *relations_list;
  GtkLabel            *not_drawn_label;
};

G_DEFINE_FINAL_TYPE (LtGenogramPage, lt_genogram_page, GTK_TYPE_WIDGET)

static const char *const person_actions[] = {
  "family.edit-person",
  "family.add-parent",
  "family.add-unknown-parent",
  "family.add-partner",
  "family.add-child",
  "family.add-sibling",
  "family.reset-position",
  "family.remove-person",
  NULL,
};

static GtkWindow *
parent_window (LtGenogramPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static gint64
child_id (LtGenogramPage *self)
{
  return lt_record_get_id (LT_RECORD (self->child));
}

/* The name of a relation's end: a person, or the child for 0. */
static const char *
name_of (LtGenogramPage *self,
         gint64          person_id)
{
  LtRecord *person;

  if (person_id == 0)
    return lt_child_get_display_name (self->child);
  person = lt_store_lookup (self->store, LT_TYPE_PERSON, person_id, NULL);
  return person != NULL ? lt_person_get_name (LT_PERSON (person)) : "?";
}

/* ---- the list of relations --------------------------------------------- */

static GtkWidget *
make_row_button (const char *icon,
                 const char *tooltip,
                 const char *action,
                 gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
}

static GtkWidget *
create_relation_row (gpointer item,
                     gpointer data)
{
  LtGenogramPage  *self = data;
  LtRelation      *relation = item;
  gint64           id = lt_record_get_id (LT_RECORD (relation));
  GtkWidget       *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  /* Translators: under a person's name in the list of relations, e.g.
   * "Parent of Ida" */
  subtitle = g_strdup_printf (C_ ("relation", "%s %s"),
                              lt_relation_kind_to_label (lt_relation_get_kind (relation)),
                              name_of (self, lt_relation_get_to_person_id (relation)));
  if (lt_relation_get_emotion (relation) != LT_EMOTION_NONE)
    {
      char *with_feeling = g_strdup_printf ("%s · %s", subtitle,
                                            lt_emotion_to_label (lt_relation_get_emotion (relation)));

      g_free (subtitle);
      subtitle = with_feeling;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 name_of (self, lt_relation_get_from_person_id (relation)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_row_button ("document-edit-symbolic", _ ("Edit Relation"),
                                              "family.edit-relation", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_row_button ("user-trash-symbolic", _ ("Delete Relation"),
                                              "family.remove-relation", id));
  return row;
}

/* Family members the drawing cannot place yet: no relation ties them in. */
static void
update_not_drawn (LtGenogramPage *self)
{
  g_autoptr (GListModel) persons = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  const LtGenogram *genogram = lt_genogram_view_get_genogram (self->view);
  g_autofree char  *list = NULL;
  g_autofree char  *text = NULL;

  if (self->child == NULL || genogram == NULL)
    return;
  persons = lt_store_list_persons (self->store, self->child);
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);

      if (lt_person_get_circle (person) == LT_CIRCLE_FAMILY &&
          lt_genogram_find_person (genogram, lt_record_get_id (LT_RECORD (person))) < 0)
        g_ptr_array_add (names, (gpointer) lt_person_get_name (person));
    }
  g_ptr_array_add (names, NULL);
  list = g_strjoinv (", ", (char **) names->pdata);
  text = g_strdup_printf (_ ("Not in the drawing until a relation ties them in: %s."), list);
  gtk_label_set_text (self->not_drawn_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->not_drawn_label), names->len > 1);
}

static void
update_person_actions (LtGenogramPage *self)
{
  gint64 selected = lt_genogram_view_get_selected (self->view);

  for (const char *const *action = person_actions; *action != NULL; action++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), *action, selected != LT_GENOGRAM_VIEW_NONE);
  /* The child is not a person record: no nudge to undo, deleted elsewhere. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "family.reset-position", selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "family.remove-person", selected > 0);
}

static void
on_store_changed (LtGenogramPage *self,
                  GType           kind,
                  gint64          id)
{
  if (kind == LT_TYPE_PERSON)
    {
      /* Names in the list may have changed. */
      gtk_list_box_bind_model (self->relations_list, self->relations, create_relation_row, self,
                               NULL);
    }
  if (kind == LT_TYPE_PERSON || kind == LT_TYPE_RELATION)
    update_not_drawn (self);
}

/* ---- adding and editing ------------------------------------------------ */

static LtRecordDialog *
open_dialog (LtGenogramPage *self,
             LtRecord       *record)
{
  LtRecordDialog *dialog = lt_record_dialog_new (parent_window (self), self->store, record);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static LtPerson *
new_family_member (LtGenogramPage *self)
{
  LtPerson *person = lt_person_new ();

  lt_person_set_child_id (person, child_id (self));
  lt_person_set_circle (person, LT_CIRCLE_FAMILY);
  return person;
}

static LtRelation *
new_relation (LtGenogramPage *self,
              gint64          from,
              gint64          to,
              LtRelationKind  kind)
{
  LtRelation *relation = lt_relation_new ();

  lt_relation_set_child_id (relation, child_id (self));
  lt_relation_set_from_person_id (relation, from);
  lt_relation_set_to_person_id (relation, to);
  lt_relation_set_kind (relation, kind);
  return relation;
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);
  g_autoptr (LtPerson) person = new_family_member (self);

  open_dialog (self, LT_RECORD (person));
}

static void
add_relation_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);
  gint64          selected = lt_genogram_view_get_selected (self->view);
  g_autoptr (LtRelation) relation = NULL;
  g_autoptr (GListModel) persons = lt_store_list_persons (self->store, self->child);
  g_autoptr (LtPerson) first = NULL;

  if (g_list_model_get_n_items (persons) == 0)
    {
      lt_window_toast_from (widget, adw_toast_new (_ ("Add a person first, then tie them in")));
      return;
    }
  /* From the selected person (or the first one) to the child. */
  first = g_list_model_get_item (persons, 0);
  relation = new_relation (self, selected > 0 ? selected : lt_record_get_id (LT_RECORD (first)), 0,
                           LT_RELATION_KIND_PARENT);
  open_dialog (self, LT_RECORD (relation));
}

/* After a new person is saved, the relation to the person it was added
 * from is written too. */
typedef struct
{
  LtGenogramPage *page;
  gint64          anchor;
  LtRelationKind  kind;
  gboolean        anchor_first; /* the relation reads "anchor kind new" */
} Tie;

static void
tie_free (gpointer  data,
          GClosure *closure)
{
  Tie *tie = data;

  g_object_unref (tie->page);
  g_free (tie);
}

static void
on_relative_saved_cb (LtRecordDialog *dialog,
                      LtRecord       *person,
                      Tie            *tie)
{
  gint64 id = lt_record_get_id (person);
  g_autoptr (LtRelation) relation =
      new_relation (tie->page, tie->anchor_first ? tie->anchor : id,
                    tie->anchor_first ? id : tie->anchor, tie->kind);
  g_autoptr (GError) error = NULL;

  if (!lt_store_add (tie->page->store, LT_RECORD (relation), &error))
    lt_window_toast_from (GTK_WIDGET (tie->page), adw_toast_new (error->message));
  else
    lt_genogram_view_select (tie->page->view, id);
}

static void
add_relative (LtGenogramPage *self,
              LtRelationKind  kind,
              gboolean        anchor_first,
              LtPersonRole    role_for_child)
{
  gint64 anchor = lt_genogram_view_get_selected (self->view);
  g_autoptr (LtPerson) person = new_family_member (self);
  LtRecordDialog *dialog;
  Tie            *tie;

  if (anchor == LT_GENOGRAM_VIEW_NONE)
    return;
  /* Someone added straight to the child has a role we can guess. */
  if (anchor == 0)
    lt_person_set_role (person, role_for_child);
  dialog = open_dialog (self, LT_RECORD (person));
  tie = g_new0 (Tie, 1);
  tie->page = g_object_ref (self);
  tie->anchor = anchor;
  tie->kind = kind;
  tie->anchor_first = anchor_first;
  g_signal_connect_data (dialog, "saved", G_CALLBACK (on_relative_saved_cb), tie, tie_free, 0);
}

static void
add_parent_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  add_relative (LT_GENOGRAM_PAGE (widget), LT_RELATION_KIND_PARENT, FALSE, LT_PERSON_ROLE_OTHER);
}

/* How many birth or adoptive parents @person_id (0: the child) has. */
static guint
count_parents_of (LtGenogramPage *self,
                  gint64          person_id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (self->relations); i++)
    {
      g_autoptr (LtRelation) relation = g_list_model_get_item (self->relations, i);
      LtRelationKind kind = lt_relation_get_kind (relation);

      if (lt_relation_get_to_person_id (relation) == person_id &&
          (kind == LT_RELATION_KIND_PARENT || kind == LT_RELATION_KIND_ADOPTIVE_PARENT))
        n++;
    }
  return n;
}

static LtPerson *
new_unknown_person (LtGenogramPage *self)
{
  LtPerson *person = new_family_member (self);

  /* The name is kept for the records; the drawing says "Unknown". */
  lt_person_set_name (person, _ ("Unknown"));
  lt_person_set_unknown (person, TRUE);
  lt_person_set_on_network_map (person, FALSE);
  return person;
}

/* A placeholder for a parent no one knows, tied to the selected person in
 * one go; if the tie cannot be written, the placeholder goes again. */
static void
add_unknown_parent_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);
  gint64          anchor = lt_genogram_view_get_selected (self->view);
  g_autoptr (LtPerson) person = NULL;
  g_autoptr (LtRelation) relation = NULL;
  g_autoptr (GError) error = NULL;

  if (anchor == LT_GENOGRAM_VIEW_NONE)
    return;
  if (count_parents_of (self, anchor) >= 2)
    {
      lt_window_toast_from (widget, adw_toast_new (_ ("This person has two parents already")));
      return;
    }
  person = new_unknown_person (self);
  if (!lt_store_add (self->store, LT_RECORD (person), &error))
    {
      lt_window_toast_from (widget, adw_toast_new (error->message));
      return;
    }
  relation = new_relation (self, lt_record_get_id (LT_RECORD (person)), anchor,
                           LT_RELATION_KIND_PARENT);
  if (!lt_store_add (self->store, LT_RECORD (relation), &error))
    {
      lt_window_toast_from (widget, adw_toast_new (error->message));
      lt_store_remove (self->store, LT_RECORD (person), NULL);
      return;
    }
  lt_genogram_view_select (self->view, lt_record_get_id (LT_RECORD (person)));
}

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  add_relative (LT_GENOGRAM_PAGE (widget), LT_RELATION_KIND_COHABITING, TRUE,
                LT_PERSON_ROLE_OTHER);
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  add_relative (LT_GENOGRAM_PAGE (widget), LT_RELATION_KIND_PARENT, TRUE, LT_PERSON_ROLE_OTHER);
}

static void
add_sibling_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  add_relative (LT_GENOGRAM_PAGE (widget), LT_RELATION_KIND_SIBLING, TRUE,
                LT_PERSON_ROLE_SIBLING);
}

static void
edit_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);
  gint64          selected = lt_genogram_view_get_selected (self->view);
  LtRecord       *person;

  if (selected == 0)
    {
      gtk_widget_activate_action (widget, "win.edit-child", NULL);
      return;
    }
  person = lt_store_lookup (self->store, LT_TYPE_PERSON, selected, NULL);
  if (person != NULL)
    open_dialog (self, person);
}

static void
edit_relation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);
  LtRecord       *relation =
      lt_store_lookup (self->store, LT_TYPE_RELATION, g_variant_get_int64 (parameter), NULL);

  if (relation != NULL)
    open_dialog (self, relation);
}

/* A relation is small: deleted at once, with Undo. */
static void
remove_relation_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);
  LtRecord       *relation =
      lt_store_lookup (self->store, LT_TYPE_RELATION, g_variant_get_int64 (parameter), NULL);

  if (relation != NULL)
    lt_window_remove_with_undo (widget, self->store, relation, _ ("Relation deleted"));
}

/* ---- deleting a person, after asking ----------------------------------- */

static guint
count_relations_of (LtGenogramPage *self,
                    gint64          person_id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (self->relations); i++)
    {
      g_autoptr (LtRelation) relation = g_list_model_get_item (self->relations, i);

      n += lt_relation_get_from_person_id (relation) == person_id ||
           lt_relation_get_to_person_id (relation) == person_id;
    }
  return n;
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LtGenogramPage   *self)
{
  gint64    id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "person-id"));
  LtRecord *person;
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;
  person = lt_store_lookup (self->store, LT_TYPE_PERSON, id, &error);
  if (person == NULL || !lt_store_remove (self->store, person, &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
}

static void
remove_person_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);
  gint64          id = lt_genogram_view_get_selected (self->view);
  guint           n_relations;
  GtkWidget      *dialog;

  if (id <= 0)
    return;
  n_relations = count_relations_of (self, id);
  dialog = adw_message_dialog_new (parent_window (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _ ("Delete %s?"),
                                     name_of (self, id));
  adw_message_dialog_format_body (
      ADW_MESSAGE_DIALOG (dialog),
      ngettext ("They are taken out of the family tree, the network map and the photos, with "
                "their %u relation. This cannot be undone.",
                "They are taken out of the family tree, the network map and the photos, with "
                "their %u relations. This cannot be undone.",
                n_relations),
      n_relations);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "delete",
                                    _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "person-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- positions, zoom, export ------------------------------------------- */

static gboolean
reset_nudge (LtGenogramPage *self,
             LtPerson       *person,
             GError        **error)
{
  g_autoptr (LtRecord) draft = NULL;

  if (lt_person_get_genogram_dx (person) == 0 && lt_person_get_genogram_dy (person) == 0)
    return TRUE;
  draft = lt_record_copy (LT_RECORD (person));
  lt_person_set_genogram_dx (LT_PERSON (draft), 0);
  lt_person_set_genogram_dy (LT_PERSON (draft), 0);
  return lt_store_save (self->store, draft, error);
}

static void
reset_position_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);
  LtRecord       *person = lt_store_lookup (self->store, LT_TYPE_PERSON,
                                            lt_genogram_view_get_selected (self->view), NULL);
  g_autoptr (GError) error = NULL;

  if (person != NULL && !reset_nudge (self, LT_PERSON (person), &error))
    lt_window_toast_from (widget, adw_toast_new (error->message));
}

static void
reset_all_positions_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);
  g_autoptr (GListModel) persons = lt_store_list_persons (self->store, self->child);
  g_autoptr (GError) error = NULL;
  gboolean ok = lt_store_begin (self->store, &error);

  for (guint i = 0; ok && i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);

      ok = reset_nudge (self, person, &error);
    }
  if (ok)
    ok = lt_store_commit (self->store, &error);
  else
    lt_store_rollback (self->store);
  if (!ok)
    lt_window_toast_from (widget, adw_toast_new (error->message));
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  lt_genogram_view_zoom (LT_GENOGRAM_PAGE (widget)->view, 1.25);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  lt_genogram_view_zoom (LT_GENOGRAM_PAGE (widget)->view, 0.8);
}

static char *
drawing_title (LtGenogramPage *self)
{
  /* Translators: the heading of an exported family tree; %s is the child */
  return g_strdup_printf (_ ("%s’s family"), lt_child_get_display_name (self->child));
}

static gboolean
write_genogram (const char *path,
                gpointer    data,
                GError    **error)
{
  LtGenogramPage  *self = data;
  g_autofree char *title = drawing_title (self);

  return lt_genogram_export (lt_genogram_view_get_genogram (self->view),
                             LT_GENOGRAM_STYLE_PROFESSIONAL, path, title, error);
}

static gboolean
write_child_friendly_genogram (const char *path,
                               gpointer    data,
                               GError    **error)
{
  LtGenogramPage  *self = data;
  g_autofree char *title = drawing_title (self);

  return lt_genogram_export (lt_genogram_view_get_genogram (self->view),
                             LT_GENOGRAM_STYLE_CHILD_FRIENDLY, path, title, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LtGenogramPage  *self = LT_GENOGRAM_PAGE (widget);
  g_autofree char *title = drawing_title (self);
  g_autofree char *name = g_strconcat (title, ".pdf", NULL);

  lt_diagram_chooser_export (widget, name, write_genogram, g_object_ref (self), g_object_unref);
}

/* The child's own drawing: friendly faces and first names. */
static void
export_child_friendly_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);
  /* Translators: the file name of the child's own family tree; %s is the child */
  g_autofree char *name =
      g_strdup_printf (_ ("%s’s family, for the child.pdf"), lt_child_get_display_name (self->child));

  lt_diagram_chooser_export (widget, name, write_child_friendly_genogram, g_object_ref (self),
                             g_object_unref);
}

static void
import_gedcom_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (widget);

  lt_gedcom_dialog_choose_and_import (parent_window (self), self->store, self->child);
}

/* ---- GObject ----------------------------------------------------------- */

static void
lt_genogram_page_dispose (GObject *object)
{
  LtGenogramPage *self = LT_GENOGRAM_PAGE (object);

  if (self->relations_list != NULL)
    gtk_list_box_bind_model (self->relations_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_GENOGRAM_PAGE);
  g_clear_object (&self->relations);
  g_clear_object (&self->child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_genogram_page_parent_class)->dispose (object);
}

static void
lt_genogram_page_class_init (LtGenogramPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_genogram_page_dispose;

  g_type_ensure (LT_TYPE_GENOGRAM_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/livstraad/Livstraad/lt-genogram-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtGenogramPage, content);
  gtk_widget_class_bind_template_child (widget_class, LtGenogramPage, view);
  gtk_widget_class_bind_template_child (widget_class, LtGenogramPage, relations_group);
  gtk_widget_class_bind_template_child (widget_class, LtGenogramPage, relations_list);
  gtk_widget_class_bind_template_child (widget_class, LtGenogramPage, not_drawn_label);

  gtk_widget_class_install_action (widget_class, "family.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "family.add-relation", NULL, add_relation_action);
  gtk_widget_class_install_action (widget_class, "family.add-parent", NULL, add_parent_action);
  gtk_widget_class_install_action (widget_class, "family.add-unknown-parent", NULL,
                                   add_unknown_parent_action);
  gtk_widget_class_install_action (widget_class, "family.add-partner", NULL, add_partner_action);
  gtk_widget_class_install_action (widget_class, "family.add-child", NULL, add_child_action);
  gtk_widget_class_install_action (widget_class, "family.add-sibling", NULL, add_sibling_action);
  gtk_widget_class_install_action (widget_class, "family.edit-person", NULL, edit_person_action);
  gtk_widget_class_install_action (widget_class, "family.remove-person", NULL,
                                   remove_person_action);
  gtk_widget_class_install_action (widget_class, "family.edit-relation", "x",
                                   edit_relation_action);
  gtk_widget_class_install_action (widget_class, "family.remove-relation", "x",
                                   remove_relation_action);
  gtk_widget_class_install_action (widget_class, "family.reset-position", NULL,
                                   reset_position_action);
  gtk_widget_class_install_action (widget_class, "family.reset-all-positions", NULL,
                                   reset_all_positions_action);
  gtk_widget_class_install_action (widget_class, "family.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "family.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "family.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "family.export-child-friendly", NULL,
                                   export_child_friendly_action);
  gtk_widget_class_install_action (widget_class, "family.import-gedcom", NULL,
                                   import_gedcom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "family.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "family.zoom-out", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lt_genogram_page_init (LtGenogramPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  placeholder = gtk_label_new (_ ("No relations yet. Right-click a person in the drawing to add "
                                  "their parents, partner, children or brothers and sisters."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->relations_list, placeholder);
  g_signal_connect_object (self->view, "notify::selected", G_CALLBACK (update_person_actions),
                           self, G_CONNECT_SWAPPED);
  update_person_actions (self);
}

void
lt_genogram_page_set_store (LtGenogramPage *self,
                            LtStore        *store)
{
  g_return_if_fail (LT_IS_GENOGRAM_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  lt_genogram_view_set_store (self->view, store);
}

void
lt_genogram_page_set_child (LtGenogramPage *self,
                            LtChild        *child)
{
  g_return_if_fail (LT_IS_GENOGRAM_PAGE (self));

  gtk_list_box_bind_model (self->relations_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->relations);
  g_set_object (&self->child, child);
  lt_genogram_view_set_child (self->view, child);
  if (child == NULL || self->store == NULL)
    return;

  self->relations = lt_store_list_records (self->store, LT_TYPE_RELATION, child_id (self));
  gtk_list_box_bind_model (self->relations_list, self->relations, create_relation_row, self, NULL);
  update_not_drawn (self);
}

/* For developer screenshots: select a person by name. */
void
lt_genogram_page_select_named (LtGenogramPage *self,
                               const char     *name)
{
  const LtGenogram *genogram = lt_genogram_view_get_genogram (self->view);

  for (guint i = 0; genogram != NULL && i < genogram->persons->len; i++)
    {
      LtGenogramPerson *person = g_ptr_array_index (genogram->persons, i);

      if (g_strcmp0 (person->name, name) == 0)
        lt_genogram_view_select (self->view, person->person_id);
    }
}
