/* lt-link-group.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A group of check rows for choosing records to link: the people on a
 * book page or in a visit, the photos on a page.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-link-group.h"

static GtkWidget *
check_row (const char *title,
           const char *subtitle,
           gboolean    active,
           LtRecord   *record)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (check), "record", g_object_ref (record), g_object_unref);
  return row;
}

static gboolean
contains (GPtrArray *records,
          gpointer   record)
{
  return records != NULL && g_ptr_array_find (records, record, NULL);
}

/* A group of check rows, one per record of @all; the checks are kept on
 * the group for reading back. */
AdwPreferencesGroup *
lt_link_group_new (const char        *title,
                   const char        *description,
                   GListModel        *all,
                   GPtrArray         *linked,
                   LtLinkDescribeFunc describe)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GPtrArray           *checks = g_ptr_array_new ();

  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (LtRecord) record = g_list_model_get_item (all, i);
      g_autofree char *subtitle = NULL;
      g_autofree char *row_title = describe (record, &subtitle);
      GtkWidget       *row = check_row (row_title, subtitle, contains (linked, record), record);

      g_ptr_array_add (checks, adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
      adw_preferences_group_add (group, row);
    }
  g_object_set_data_full (G_OBJECT (group), "checks", checks, (GDestroyNotify) g_ptr_array_unref);
  return group;
}

GPtrArray *
lt_link_group_get_checked (AdwPreferencesGroup *group)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (group), "checks");
  GPtrArray *records = g_ptr_array_new ();

  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      g_ptr_array_add (records, g_object_get_data (g_ptr_array_index (checks, i), "record"));
  return records;
}

char *
lt_link_group_describe_person (LtRecord *record,
                               char    **subtitle)
{
  *subtitle = g_strdup (lt_person_role_to_label (lt_person_get_role (LT_PERSON (record))));
  return g_strdup (lt_person_get_name (LT_PERSON (record)));
}
