/* lt-school-today.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The school page's "Today", the child's own: the day and its week, what
 * is left, and big tick boxes that work by touch and keyboard.  A tick
 * only updates the boxes, so the child's focus stays where it is.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-school-page-private.h"
#include "lt-school.h"
#include "lt-window.h"

static void
update_left (LtSchoolToday *self)
{
  guint left = 0;

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->checks, i);
      GtkWidget *row = gtk_widget_get_ancestor (check, GTK_TYPE_LIST_BOX_ROW);
      gboolean   done = gtk_check_button_get_active (GTK_CHECK_BUTTON (check));

      left += !done;
      if (row != NULL && done)
        gtk_widget_add_css_class (row, "done");
      else if (row != NULL)
        gtk_widget_remove_css_class (row, "done");
    }
  if (self->left_label == NULL)
    return;
  if (left == 0)
    gtk_label_set_text (self->left_label, _ ("All done. Have a good day!"));
  else
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u thing left", "%u things left", left), left);

      gtk_label_set_text (self->left_label, text);
    }
  gtk_widget_set_css_classes (GTK_WIDGET (self->left_label),
                              (const char *[]){ "title-3", left == 0 ? "success" : "accent", NULL });
}

static void
on_today_check_toggled_cb (GtkCheckButton *check,
                           LtSchoolPage   *page)
{
  LtSchoolToday   *self = lt_school_page_get_today_list (page);
  LtChecklistItem *item = g_object_get_data (G_OBJECT (check), "item");
  g_autoptr (GError) error = NULL;
  GDate today;

  lt_school_page_get_today (page, &today);
  if (!lt_school_set_ticked (lt_school_page_get_store (page), item, &today, gtk_check_button_get_active (check),
                             &error))
    lt_window_toast_from (GTK_WIDGET (page), adw_toast_new (error->message));
  update_left (self);
}

/* The tick boxes follow the store (a tick taken back in the week view). */
void
lt_school_today_sync (LtSchoolToday *self)
{
  GDate today;

  lt_school_page_get_today (self->page, &today);
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton  *check = g_ptr_array_index (self->checks, i);
      LtChecklistItem *item = g_object_get_data (G_OBJECT (check), "item");
      gboolean         ticked = lt_school_is_ticked (lt_school_page_get_store (self->page), item, &today);

      if (gtk_check_button_get_active (check) != ticked)
        {
          g_signal_handlers_block_by_func (check, on_today_check_toggled_cb, self->page);
          gtk_check_button_set_active (check, ticked);
          g_signal_handlers_unblock_by_func (check, on_today_check_toggled_cb, self->page);
        }
    }
  update_left (self);
}

static GtkWidget *
today_row (LtSchoolToday   *self,
           LtChecklistItem *item,
           const GDate     *today)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lt_checklist_item_get_title (item));
  gtk_widget_add_css_class (row, "school-today-row");
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "item", g_object_ref (item), g_object_unref);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               lt_school_is_ticked (lt_school_page_get_store (self->page), item, today));
  /* Touching anywhere on the row ticks, as does Space on it. */
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_today_check_toggled_cb), self->page, 0);
  g_ptr_array_add (self->checks, check);
  return row;
}

/* No list yet: offer the one for the child's age, or another. */
static GtkWidget *
no_list_yet (LtChild     *child,
             const GDate *today)
{
  LtAgeGroup group = lt_age_group_for_child (child, today);
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add = gtk_button_new ();
  GtkWidget *other = gtk_menu_button_new ();
  g_autoptr (GMenuModel) menu = lt_school_page_template_menu ();
  /* Translators: a button; %s is an age group such as "School, years 4–6" */
  g_autofree char *label = g_strdup_printf (_ ("Add the List for %s"), lt_age_group_to_label (group));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "checkbox-checked-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _ ("No School List Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _ ("A list of what to bring and do before school, to tick off with "
                                      "the child each morning. Start from the usual things for the "
                                      "child’s age and change them to fit."));
  gtk_button_set_label (GTK_BUTTON (add), label);
  gtk_widget_add_css_class (add, "pill");
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "school.add-template");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (add), g_variant_new_int32 (group));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (other), _ ("Another Age Group"));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (other), menu);
  gtk_widget_add_css_class (other, "pill");
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), add);
  gtk_box_append (GTK_BOX (buttons), other);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), buttons);
  return status;
}

static gboolean
has_daily_items (LtStore *store,
                 LtChild *child)
{
  g_autoptr (GListModel) items =
      lt_store_list_records (store, LT_TYPE_CHECKLIST_ITEM, lt_record_get_id (LT_RECORD (child)));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);

      if (lt_checklist_item_get_list (item) == LT_CHECKLIST_LIST_DAILY)
        return TRUE;
    }
  return FALSE;
}

/* Fills @box with the child's list for the page's day. */
void
lt_school_today_fill (LtSchoolToday *self,
                      GtkBox        *box)
{
  LtStore *store = lt_school_page_get_store (self->page);
  LtChild *child = lt_school_page_get_child (self->page);
  g_autoptr (GPtrArray) due = NULL;
  g_autofree char *date = NULL;
  GtkWidget       *heading;
  GtkWidget       *list;
  GDate            today;

  lt_school_page_clear_box (box);
  g_ptr_array_set_size (self->checks, 0);
  self->left_label = NULL;
  if (store == NULL || child == NULL)
    return;
  lt_school_page_get_today (self->page, &today);
  if (!has_daily_items (store, child))
    {
      gtk_box_append (box, no_list_yet (child, &today));
      return;
    }

  date = lt_date_format_day_with_week (&today);
  heading = gtk_label_new (date);

  gtk_widget_add_css_class (heading, "title-2");
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_box_append (box, heading);
  due = lt_school_due_items (store, child, LT_CHECKLIST_LIST_DAILY, &today);
  if (due->len == 0)
    {
      GtkWidget *free_day = gtk_label_new (_ ("Nothing on the list today. Enjoy the day!"));

      gtk_widget_add_css_class (free_day, "title-3");
      gtk_label_set_wrap (GTK_LABEL (free_day), TRUE);
      gtk_box_append (box, free_day);
      return;
    }
  self->left_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->left_label, TRUE);
  gtk_box_append (box, GTK_WIDGET (self->left_label));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (list, "school-today");
  for (guint i = 0; i < due->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), today_row (self, g_ptr_array_index (due, i), &today));
  gtk_box_append (box, list);
  update_left (self);
}
