/* lt-school-week.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The school page's week: which of the list's things were ticked on which
 * day, what tends to be forgotten over the last four weeks, and the list
 * itself to change (what, on which weekdays), or to start from a template.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-school-fields.h"
#include "lt-school-page-private.h"
#include "lt-school.h"

#define FORGOTTEN_DAYS 28

/* ---- the week's grid -------------------------------------------------- */

static GtkWidget *
week_navigation (const GDate *monday)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *previous = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *this_week = gtk_button_new_with_mnemonic (_ ("This _Week"));
  GtkWidget *next = gtk_button_new_from_icon_name ("go-next-symbolic");
  /* Translators: the heading of a week, with its ISO week number */
  g_autofree char *text = g_strdup_printf (_ ("Week %u"), g_date_get_iso8601_week_of_year (monday));
  GtkWidget       *label = gtk_label_new (text);

  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_set_tooltip_text (previous, _ ("Previous Week"));
  gtk_widget_set_tooltip_text (next, _ ("Next Week"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (previous), "school.week");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (previous), g_variant_new_int32 (-1));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (this_week), "school.week");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (this_week), g_variant_new_int32 (0));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (next), "school.week");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (next), g_variant_new_int32 (1));
  gtk_box_append (GTK_BOX (buttons), previous);
  gtk_box_append (GTK_BOX (buttons), this_week);
  gtk_box_append (GTK_BOX (buttons), next);
  gtk_widget_add_css_class (label, "title-3");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), buttons);
  return box;
}

static gboolean
anything_ticked (LtStore     *store,
                 GPtrArray   *items,
                 const GDate *day)
{
  for (guint i = 0; i < items->len; i++)
    if (lt_school_is_ticked (store, g_ptr_array_index (items, i), day))
      return TRUE;
  return FALSE;
}

/* One cell: ticked, forgotten (due on a past day the list was used), to
 * come, or not due that day. */
static GtkWidget *
week_cell (LtSchoolPage    *self,
           LtChecklistItem *item,
           const GDate     *day,
           gboolean         list_used)
{
  LtStore   *store = lt_school_page_get_store (self);
  GDate      today;
  GtkWidget *image;

  lt_school_page_get_today (self, &today);
  if (!lt_checklist_item_is_due (item, day))
    return gtk_label_new (NULL);
  if (lt_school_is_ticked (store, item, day))
    {
      image = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_widget_add_css_class (image, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Ticked"), -1);
      gtk_widget_set_tooltip_text (image, _ ("Ticked"));
    }
  else if (list_used && g_date_compare (day, &today) <= 0)
    {
      image = gtk_image_new_from_icon_name ("window-close-symbolic");
      gtk_widget_add_css_class (image, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Forgotten"), -1);
      gtk_widget_set_tooltip_text (image, _ ("Forgotten"));
    }
  else
    {
      image = gtk_label_new ("·");
      gtk_widget_add_css_class (image, "dim-label");
      gtk_widget_set_tooltip_text (image, _ ("On the list that day"));
    }
  return image;
}

static GtkWidget *
day_header (const GDate *day,
            const GDate *today)
{
  char       text[64];
  GtkWidget *label;

  /* Translators: a day in the week's grid, as in strftime(): "ma 23/11" */
  g_date_strftime (text, sizeof text, _ ("%a %-d/%-m"), day);
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "caption-heading");
  if (g_date_compare (day, today) == 0)
    gtk_widget_add_css_class (label, "accent");
  return label;
}

static void
add_week_grid (LtSchoolPage *self,
               GtkBox       *box,
               const GDate  *monday,
               GPtrArray    *items)
{
  LtStore   *store = lt_school_page_get_store (self);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *scroller;
  guint      n_days = 5;
  GDate      today;

  lt_school_page_get_today (self, &today);
  /* The weekend only when something is due then. */
  for (guint i = 0; i < items->len; i++)
    if (lt_checklist_item_get_weekdays (g_ptr_array_index (items, i)) & 0x60)
      n_days = 7;
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_widget_add_css_class (grid, "school-week");
  for (guint d = 0; d < n_days; d++)
    {
      GDate day = *monday;

      g_date_add_days (&day, d);
      gtk_grid_attach (GTK_GRID (grid), day_header (&day, &today), d + 1, 0, 1, 1);
      for (guint i = 0; i < items->len; i++)
        gtk_grid_attach (GTK_GRID (grid),
                         week_cell (self, g_ptr_array_index (items, i), &day,
                                    anything_ticked (store, items, &day)),
                         d + 1, i + 1, 1, 1);
    }
  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *title = gtk_label_new (lt_checklist_item_get_title (g_ptr_array_index (items, i)));

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (title, TRUE);
      gtk_grid_attach (GTK_GRID (grid), title, 0, i + 1, 1, 1);
    }
  /* On a narrow screen the days scroll sideways rather than squeeze. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  gtk_box_append (box, scroller);
}

/* ---- what tends to be forgotten -------------------------------------- */

static void
add_forgotten (LtSchoolPage *self,
               GtkBox       *box)
{
  GtkWidget *group = lt_school_page_add_group (box, _ ("Often Forgotten"),
                                               _ ("The last four weeks, counting the days the list was used"));
  GDate      first;
  g_autoptr (GPtrArray) forgotten = NULL;
  guint shown = 0;

  lt_school_page_get_today (self, &first);
  g_date_subtract_days (&first, FORGOTTEN_DAYS - 1);
  forgotten = lt_school_forgotten (lt_school_page_get_store (self), lt_school_page_get_child (self), &first,
                                   FORGOTTEN_DAYS);
  for (guint i = 0; i < forgotten->len && shown < 3; i++)
    {
      LtForgotten     *f = g_ptr_array_index (forgotten, i);
      guint            missed = f->due - f->ticked;
      g_autofree char *subtitle = NULL;
      GtkWidget       *row;

      if (missed == 0)
        continue;
      /* Translators: how often something on the school list was forgotten */
      subtitle = g_strdup_printf (ngettext ("Forgotten %u of %u time", "Forgotten %u of %u times", f->due),
                                  missed, f->due);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lt_checklist_item_get_title (f->item));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      shown++;
    }
  if (shown == 0)
    lt_school_page_placeholder (group, forgotten->len == 0
                                           ? _ ("Tick the list for a while to see what tends to be forgotten.")
                                           : _ ("Nothing was forgotten. Well done!"));
}

/* ---- the list -------------------------------------------------------- */

/* Returns: (transfer full): a menu of the age groups' templates */
GMenuModel *
lt_school_page_template_menu (void)
{
  GMenu *menu = g_menu_new ();

  for (int g = 0; g < LT_N_AGE_GROUPS; g++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (lt_age_group_to_label (g), NULL);

      g_menu_item_set_action_and_target_value (item, "school.add-template", g_variant_new_int32 (g));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static GtkWidget *
template_menu_button (void)
{
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr (GMenuModel) menu = lt_school_page_template_menu ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-list-bullet-symbolic");
  gtk_widget_set_tooltip_text (button, _ ("Add the Usual Things for an Age Group"));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* Up or down the list: the order the child goes through it in the morning. */
static GtkWidget *
move_button (LtChecklistItem *item,
             int              step,
             gboolean         can_move)
{
  GtkWidget *button = gtk_button_new_from_icon_name (step < 0 ? "go-up-symbolic" : "go-down-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, step < 0 ? _ ("Move Up") : _ ("Move Down"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "school.move-item");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new ("(xi)", lt_record_get_id (LT_RECORD (item)), step));
  gtk_widget_set_sensitive (button, can_move);
  return button;
}

static void
add_list_group (LtSchoolPage *self,
                GtkBox       *box,
                GPtrArray    *items)
{
  GtkWidget *group = lt_school_page_add_group (
      box, _ ("The List"), _ ("What to bring and do, and on which days; change it to fit the child"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_set_tooltip_text (add, _ ("Add to the List"));
  gtk_widget_add_css_class (add, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "school.add-item");
  gtk_box_append (GTK_BOX (buttons), template_menu_button ());
  gtk_box_append (GTK_BOX (buttons), add);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);
  for (guint i = 0; i < items->len; i++)
    {
      LtChecklistItem *item = g_ptr_array_index (items, i);
      g_autofree char *days = lt_school_fields_weekdays_label (lt_checklist_item_get_weekdays (item));

      GtkWidget *row = lt_school_page_record_row (LT_RECORD (item), lt_checklist_item_get_title (item), days, TRUE);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), move_button (item, -1, i > 0));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), move_button (item, 1, i + 1 < items->len));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  if (items->len == 0)
    lt_school_page_placeholder (group, _ ("Nothing on the list yet."));
}

static GPtrArray *
daily_items (LtSchoolPage *self)
{
  g_autoptr (GListModel) items = lt_store_list_records (lt_school_page_get_store (self), LT_TYPE_CHECKLIST_ITEM,
                                                        lt_record_get_id (LT_RECORD (lt_school_page_get_child (self))));
  GPtrArray *daily = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);

      if (lt_checklist_item_get_list (item) == LT_CHECKLIST_LIST_DAILY)
        g_ptr_array_add (daily, g_steal_pointer (&item));
    }
  return daily;
}

void
lt_school_week_fill (LtSchoolPage *self,
                     GtkBox       *box,
                     const GDate  *monday)
{
  g_autoptr (GPtrArray) items = daily_items (self);

  gtk_box_append (box, week_navigation (monday));
  if (items->len > 0)
    {
      add_week_grid (self, box, monday, items);
      add_forgotten (self, box);
    }
  add_list_group (self, box, items);
}
