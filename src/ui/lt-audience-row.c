/* lt-audience-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A row that chooses who may see a page or a photo.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-audience-row.h"

static void
show_choice (GtkWidget *row)
{
  g_autofree char *words = lt_audience_describe ((guint) lt_audience_row_read (row));

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), words);
}

/**
 * lt_audience_row_new:
 * @mask: the audiences ticked to start with
 * @changed: (nullable): called as changed (data) after each tick
 *
 * Returns: (transfer floating): an expander row with a check per audience
 */
GtkWidget *
lt_audience_row_new (const char *title,
                     gint64      mask,
                     GCallback   changed,
                     gpointer    data)
{
  GtkWidget *row = adw_expander_row_new ();
  GPtrArray *checks = g_ptr_array_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  for (guint i = 0; i < LT_N_AUDIENCES; i++)
    {
      LtAudience audience = lt_audience_nth (i);
      GtkWidget *check_row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (check_row), lt_audience_to_label (audience));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), (mask & audience) != 0);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (check_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (check_row), check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (show_choice), row);
      if (changed != NULL)
        g_signal_connect_swapped (check, "toggled", changed, data);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), check_row);
      g_ptr_array_add (checks, check);
    }
  g_object_set_data_full (G_OBJECT (row), "checks", checks, (GDestroyNotify) g_ptr_array_unref);
  show_choice (row);
  return row;
}

/* Returns: the audiences ticked, as #LtAudience bits. */
gint64
lt_audience_row_read (GtkWidget *row)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (row), "checks");
  gint64     mask = 0;

  g_return_val_if_fail (checks != NULL, 0);

  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      mask |= lt_audience_nth (i);
  return mask;
}
