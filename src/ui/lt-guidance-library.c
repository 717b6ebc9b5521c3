/* lt-guidance-library.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGuidanceLibrary: all the guidance, grouped by the publication it comes
 * from, with a search that narrows it as you type.  Opened from the
 * guidance panel, or from a prompt with the item it points to open.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-guidance-library.h"
#include "lt-guidance-rows.h"
#include "lt-guidance.h"

struct _LtGuidanceLibrary
{
  AdwWindow parent_instance;

  GtkSearchEntry *search;
  GtkBox         *groups;
  char           *open_item;
  guint           shown;
};

G_DEFINE_FINAL_TYPE (LtGuidanceLibrary, lt_guidance_library, ADW_TYPE_WINDOW)

static GtkWidget *
group_for (GtkBox     *groups,
           GHashTable *by_publication,
           LtGuidance *guidance,
           const char *publication)
{
  GtkWidget *group = g_hash_table_lookup (by_publication, publication);

  if (group == NULL)
    {
      group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), lt_guidance_get_source (guidance, publication));
      gtk_box_append (groups, group);
      g_hash_table_insert (by_publication, (gpointer) publication, group);
    }
  return group;
}

static void
fill (LtGuidanceLibrary *self)
{
  LtGuidance *guidance = lt_guidance_get_default ();
  g_autoptr (GPtrArray) found = lt_guidance_search (guidance, gtk_editable_get_text (GTK_EDITABLE (self->search)));
  g_autoptr (GHashTable) by_publication = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);
  for (guint i = 0; i < found->len; i++)
    {
      LtGuidanceItem *item = g_ptr_array_index (found, i);
      GtkWidget      *row = lt_guidance_row_new (guidance, item);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group_for (self->groups, by_publication, guidance,
                                                                   item->publication)),
                                 row);
      if (g_strcmp0 (item->id, self->open_item) == 0)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }
  self->shown = found->len;
  if (found->len == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "edit-find-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _ ("Nothing Found"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), _ ("Try other words, or fewer."));
      gtk_box_append (self->groups, status);
    }
}

static void
on_search_changed_cb (LtGuidanceLibrary *self)
{
  fill (self);
}

static void
lt_guidance_library_finalize (GObject *object)
{
  g_free (LT_GUIDANCE_LIBRARY (object)->open_item);
  G_OBJECT_CLASS (lt_guidance_library_parent_class)->finalize (object);
}

static void
lt_guidance_library_class_init (LtGuidanceLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lt_guidance_library_finalize;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lt_guidance_library_init (LtGuidanceLibrary *self)
{
  GtkWidget *view = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_window_set_title (GTK_WINDOW (self), _ ("Guidance Library"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self));
  gtk_widget_set_hexpand (GTK_WIDGET (self->search), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Search the guidance"), -1);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->search));
  self->groups = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_margin_top (page, 12);
  gtk_widget_set_margin_bottom (page, 24);
  gtk_widget_set_margin_start (page, 12);
  gtk_widget_set_margin_end (page, 12);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->groups));
  adw_clamp_set_child (ADW_CLAMP (clamp), page);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (view), header);
  gtk_box_append (GTK_BOX (view), scrolled);
  adw_window_set_content (ADW_WINDOW (self), view);
  g_signal_connect_object (self->search, "search-changed", G_CALLBACK (on_search_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * lt_guidance_library_new:
 * @open_item: (nullable): the id of an item to show opened
 */
LtGuidanceLibrary *
lt_guidance_library_new (GtkWindow  *parent,
                         const char *open_item)
{
  LtGuidanceLibrary *self = g_object_new (LT_TYPE_GUIDANCE_LIBRARY, "transient-for", parent, NULL);

  self->open_item = g_strdup (open_item);
  fill (self);
  return self;
}

guint
lt_guidance_library_count_shown (LtGuidanceLibrary *self)
{
  return self->shown;
}

/* Searches as if @text had been typed. */
void
lt_guidance_library_search (LtGuidanceLibrary *self,
                            const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  fill (self);
}
