/* lt-guidance-rows.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * One guidance item as a row that opens to show what it asks, why, what
 * to do this week, the helper tools it names and its source.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-guidance-rows.h"

static GtkWidget *
paragraph (const char *heading,
           const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *body = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), body);
  return box;
}

/* "• one\n• two" */
static char *
bullets (GStrv lines)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", lines[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
item_body (LtGuidance     *guidance,
           LtGuidanceItem *item)
{
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autofree char *week = bullets (item->this_week);
  g_autofree char *tools = bullets (item->tools);
  /* Translators: where a piece of guidance comes from */
  g_autofree char *source = g_strdup_printf (_ ("Source: %s"), lt_guidance_get_source (guidance, item->publication));
  GtkWidget       *source_label = gtk_label_new (source);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), paragraph (_ ("What It Asks"), item->asks));
  gtk_box_append (GTK_BOX (box), paragraph (_ ("Why It Matters"), item->why));
  gtk_box_append (GTK_BOX (box), paragraph (_ ("What You Can Do This Week"), week));
  gtk_box_append (GTK_BOX (box), paragraph (_ ("Helper Tools It Names"), tools));
  gtk_label_set_xalign (GTK_LABEL (source_label), 0);
  gtk_label_set_wrap (GTK_LABEL (source_label), TRUE);
  gtk_widget_add_css_class (source_label, "dim-label");
  gtk_widget_add_css_class (source_label, "caption");
  gtk_box_append (GTK_BOX (box), source_label);
  return box;
}

/**
 * lt_guidance_row_new:
 *
 * Returns: (transfer floating): an expander row for @item, its id as the
 * widget's name so a prompt can open it
 */
GtkWidget *
lt_guidance_row_new (LtGuidance     *guidance,
                     LtGuidanceItem *item)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *child = gtk_list_box_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->title);
  gtk_widget_set_name (row, item->id);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (child), item_body (guidance, item));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (child), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
  return row;
}
