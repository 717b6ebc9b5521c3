/* lt-proposals-panel.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtProposalsPanel: above the chapters of the book, the pages proposed from
 * visits (LT_ENTRY_STATUS_PROPOSED).  They are not yet pages of the book:
 * the child and an adult look at each together and either keep it in the
 * book or drop it (deleted, with Undo).  The panel is hidden when there is
 * nothing to decide.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-proposals-panel.h"
#include "lt-store-contact.h"
#include "lt-window.h"

struct _LtProposalsPanel
{
  GtkWidget parent_instance;

  /* owned */
  LtStore *store;
  LtChild *child;
  guint    n_proposals;

  /* children */
  AdwPreferencesGroup *group;
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (LtProposalsPanel, lt_proposals_panel, GTK_TYPE_WIDGET)

/* What Undo needs to propose a dropped page again. */
typedef struct
{
  LtStore  *store;
  LtRecord *copy;
  LtPhoto  *photo; /* nullable */
  LtEvent  *visit; /* nullable: the visit may be gone */
} DroppedPage;

static void
dropped_page_free (gpointer  data,
                   GClosure *closure)
{
  DroppedPage *dropped = data;

  g_object_unref (dropped->store);
  g_object_unref (dropped->copy);
  g_clear_object (&dropped->photo);
  g_clear_object (&dropped->visit);
  g_free (dropped);
}

static char *
proposal_subtitle (LtProposalsPanel *self,
                   LtStoryEntry     *entry,
                   LtChapter        *chapter)
{
  gint64    visit_id = lt_store_get_entry_source_event (self->store, entry);
  LtRecord *visit = visit_id > 0 ? lt_store_lookup (self->store, LT_TYPE_EVENT, visit_id, NULL) : NULL;
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (lt_story_entry_get_date_text (entry) != NULL)
    g_ptr_array_add (parts, g_strdup (lt_story_entry_get_date_text (entry)));
  if (visit != NULL)
    /* Translators: %s is the title of a visit in the calendar */
    g_ptr_array_add (parts, g_strdup_printf (_ ("From “%s”"), lt_event_get_title (LT_EVENT (visit))));
  /* Translators: %s is the chapter a proposed page would go in */
  g_ptr_array_add (parts, g_strdup_printf (_ ("For “%s”"), lt_chapter_get_title (chapter)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               gint64      entry_id)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (entry_id));
  return button;
}

static GtkWidget *
proposal_row (LtProposalsPanel *self,
              LtStoryEntry     *entry,
              LtChapter        *chapter)
{
  gint64           id = lt_record_get_id (LT_RECORD (entry));
  GtkWidget       *row = adw_expander_row_new ();
  GtkWidget       *keep = action_button (_ ("_Keep in the Book"), "proposals.keep", id);
  GtkWidget       *drop = action_button (_ ("_Drop"), "proposals.drop", id);
  g_autofree char *subtitle = proposal_subtitle (self, entry, chapter);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lt_story_entry_get_title (entry));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_add_css_class (keep, "suggested-action");
  gtk_widget_set_tooltip_text (keep, _ ("Make it a page of the book, as it is"));
  gtk_widget_add_css_class (drop, "flat");
  gtk_widget_set_tooltip_text (drop, _ ("Leave it out of the book"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), drop);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), keep);
  if (lt_story_entry_get_body (entry) != NULL)
    {
      GtkWidget *body = gtk_label_new (lt_story_entry_get_body (entry));

      gtk_label_set_wrap (GTK_LABEL (body), TRUE);
      gtk_label_set_xalign (GTK_LABEL (body), 0);
      gtk_widget_set_margin_top (body, 12);
      gtk_widget_set_margin_bottom (body, 12);
      gtk_widget_set_margin_start (body, 12);
      gtk_widget_set_margin_end (body, 12);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), body);
    }
  return row;
}

static void
add_rows_of_chapter (LtProposalsPanel *self,
                     LtChapter        *chapter)
{
  g_autoptr (GListModel) entries = lt_store_list_entries (self->store, chapter);

  for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
    {
      g_autoptr (LtStoryEntry) entry = g_list_model_get_item (entries, e);

      if (lt_story_entry_get_status (entry) != LT_ENTRY_STATUS_PROPOSED)
        continue;
      gtk_list_box_append (self->list, proposal_row (self, entry, chapter));
      self->n_proposals++;
    }
}

static void
refresh (LtProposalsPanel *self)
{
  g_autoptr (GListModel) chapters = NULL;
  g_autofree char *description = NULL;
  GtkWidget       *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, row);
  self->n_proposals = 0;
  if (self->store != NULL && self->child != NULL)
    {
      chapters = lt_store_list_chapters (self->store, self->child);
      for (guint c = 0; c < g_list_model_get_n_items (chapters); c++)
        {
          g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, c);

          add_rows_of_chapter (self, chapter);
        }
      /* Translators: %s is the child's name */
      description = g_strdup_printf (_ ("Made from visits. Look at them together, %s and an adult, "
                                        "and decide: keep a page in the book, or drop it. Until "
                                        "then they are not part of the book and are never "
                                        "printed or shared."),
                                     lt_child_get_display_name (self->child));
      adw_preferences_group_set_description (self->group, description);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->group), self->n_proposals > 0);
}

static void
on_store_changed (LtProposalsPanel *self,
                  GType             kind,
                  gint64            id)
{
  if (kind == LT_TYPE_STORY_ENTRY || kind == LT_TYPE_CHAPTER || kind == LT_TYPE_EVENT)
    refresh (self);
}

static LtStoryEntry *
lookup_entry (LtProposalsPanel *self,
              GVariant         *parameter)
{
  LtRecord *entry = self->store != NULL ? lt_store_lookup (self->store, LT_TYPE_STORY_ENTRY,
                                                           g_variant_get_int64 (parameter), NULL)
                                        : NULL;

  return entry != NULL ? LT_STORY_ENTRY (entry) : NULL;
}

static void
keep_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LtProposalsPanel *self = LT_PROPOSALS_PANEL (widget);
  LtStoryEntry     *entry = lookup_entry (self, parameter);
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GError) error = NULL;

  if (entry == NULL)
    return;
  draft = lt_record_copy (LT_RECORD (entry));
  lt_story_entry_set_status (LT_STORY_ENTRY (draft), LT_ENTRY_STATUS_IN_BOOK);
  if (!lt_store_save (self->store, draft, &error))
    lt_window_toast_from (widget, adw_toast_new (error->message));
  else
    /* Translators: %s is the title of a page */
    lt_window_toast_from (widget, adw_toast_new_format (_ ("“%s” is now in the book"),
                                                        lt_story_entry_get_title (entry)));
}

static void
on_undo_drop_cb (AdwToast    *toast,
                 DroppedPage *dropped)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) photos = g_ptr_array_new ();
  gboolean ok;

  if (dropped->visit != NULL)
    ok = lt_store_propose_entry (dropped->store, LT_STORY_ENTRY (dropped->copy), dropped->photo,
                                 dropped->visit, &error);
  else
    {
      if (dropped->photo != NULL)
        g_ptr_array_add (photos, dropped->photo);
      ok = lt_store_add (dropped->store, dropped->copy, &error) &&
           lt_store_set_entry_photos (dropped->store, LT_STORY_ENTRY (dropped->copy), photos, &error);
    }
  if (!ok)
    g_warning ("Could not undo dropping the page: %s", error->message);
}

static void
drop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LtProposalsPanel *self = LT_PROPOSALS_PANEL (widget);
  LtStoryEntry     *entry = lookup_entry (self, parameter);
  g_autoptr (GPtrArray) photos = NULL;
  g_autoptr (GError) error = NULL;
  DroppedPage *dropped;
  gint64       visit_id;
  AdwToast    *toast;

  if (entry == NULL)
    return;
  dropped = g_new0 (DroppedPage, 1);
  dropped->store = g_object_ref (self->store);
  dropped->copy = lt_record_copy (LT_RECORD (entry));
  lt_record_set_identity (dropped->copy, 0, lt_record_get_created_at (LT_RECORD (entry)),
                          lt_record_get_updated_at (LT_RECORD (entry)));
  photos = lt_store_dup_entry_photos (self->store, entry, NULL);
  if (photos != NULL && photos->len > 0)
    dropped->photo = g_object_ref (g_ptr_array_index (photos, 0));
  visit_id = lt_store_get_entry_source_event (self->store, entry);
  if (visit_id > 0)
    {
      LtRecord *visit = lt_store_lookup (self->store, LT_TYPE_EVENT, visit_id, NULL);

      dropped->visit = visit != NULL ? LT_EVENT (g_object_ref (visit)) : NULL;
    }
  if (!lt_store_remove (self->store, LT_RECORD (entry), &error))
    {
      dropped_page_free (dropped, NULL);
      lt_window_toast_from (widget, adw_toast_new (error->message));
      return;
    }
  /* Translators: %s is the title of a proposed page */
  toast = adw_toast_new_format (_ ("“%s” dropped"), lt_story_entry_get_title (LT_STORY_ENTRY (dropped->copy)));
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_drop_cb), dropped,
                         dropped_page_free, 0);
  lt_window_toast_from (widget, toast);
}

static void
lt_proposals_panel_dispose (GObject *object)
{
  LtProposalsPanel *self = LT_PROPOSALS_PANEL (object);

  if (self->group != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->group));
  self->group = NULL;
  g_clear_object (&self->child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_proposals_panel_parent_class)->dispose (object);
}

static void
lt_proposals_panel_class_init (LtProposalsPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_proposals_panel_dispose;
  gtk_widget_class_install_action (widget_class, "proposals.keep", "x", keep_action);
  gtk_widget_class_install_action (widget_class, "proposals.drop", "x", drop_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lt_proposals_panel_init (LtProposalsPanel *self)
{
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _ ("Proposed Pages"));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  adw_preferences_group_add (self->group, GTK_WIDGET (self->list));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self->group), FALSE);
}

void
lt_proposals_panel_set_store (LtProposalsPanel *self,
                              LtStore          *store)
{
  g_return_if_fail (LT_IS_PROPOSALS_PANEL (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

void
lt_proposals_panel_set_child (LtProposalsPanel *self,
                              LtChild          *child)
{
  g_return_if_fail (LT_IS_PROPOSALS_PANEL (self));

  g_set_object (&self->child, child);
  refresh (self);
}

/* Returns: how many pages wait to be kept or dropped */
guint
lt_proposals_panel_get_n_proposals (LtProposalsPanel *self)
{
  g_return_val_if_fail (LT_IS_PROPOSALS_PANEL (self), 0);

  return self->n_proposals;
}
