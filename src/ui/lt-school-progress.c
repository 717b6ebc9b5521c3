/* lt-school-progress.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The school page's absence and goals: absence per month over the last
 * year as a chart, with the log; and each goal of the child's plan (or
 * the youth plan) with its indicator's readings drawn over time.  The
 * charts are drawn by render/ (lt-school-charts.c), as in the PDF.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-record-target.h"
#include "lt-school-fields.h"
#include "lt-school-page-private.h"
#include "lt-school-summary.h"
#include "lt-school.h"

#define CHART_MONTHS 12
#define CHART_HEIGHT 170
#define ABSENCES_SHOWN 6
/* The charts are drawn in points for paper; on screen a little larger. */
#define SCREEN_SCALE 1.3

static GListModel *
list_of (LtSchoolPage *self,
         GType         kind,
         gint64        owner_id)
{
  return lt_store_list_records (lt_school_page_get_store (self), kind, owner_id);
}

/* ---- absence ------------------------------------------------------------ */

static void
draw_absence (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        data)
{
  LtSchoolReport *report = data;

  cairo_scale (cr, SCREEN_SCALE, SCREEN_SCALE);
  lt_school_chart_paint_absence (cr, width / SCREEN_SCALE, height / SCREEN_SCALE,
                                 (LtAbsenceMonth *) report->absence->data, report->absence->len);
}

/* The last twelve months up to @today's, in a report that holds only them. */
static LtSchoolReport *
absence_months (GListModel  *absences,
                const GDate *today)
{
  LtSchoolReport *report = lt_school_report_new ("", "");
  double          whole[CHART_MONTHS], part[CHART_MONTHS];
  GDate           month;

  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 1, g_date_get_month (today), g_date_get_year (today));
  g_date_subtract_months (&month, CHART_MONTHS - 1);
  lt_school_absence_per_month (absences, g_date_get_year (&month), g_date_get_month (&month), CHART_MONTHS,
                               whole, part);
  for (guint i = 0; i < CHART_MONTHS; i++, g_date_add_months (&month, 1))
    {
      char label[32];

      g_date_strftime (label, sizeof label, "%b", &month);
      lt_school_report_add_month (report, label, whole[i], part[i]);
    }
  return report;
}

/* "This school year: 4 whole days and 2 part days away"; the school year
 * starts on 1 August. */
static char *
school_year_summary (GListModel  *absences,
                     const GDate *today)
{
  int    year = g_date_get_year (today) - (g_date_get_month (today) < G_DATE_AUGUST ? 1 : 0);
  int    months = (g_date_get_year (today) - year) * 12 + g_date_get_month (today) - G_DATE_AUGUST + 1;
  double whole[12], part[12];
  guint  n_whole = 0, n_part = 0;

  lt_school_absence_per_month (absences, year, G_DATE_AUGUST, months, whole, part);
  for (int i = 0; i < months; i++)
    {
      n_whole += whole[i];
      n_part += part[i];
    }
  /* Translators: absence this school year; the two numbers are whole and part days */
  return g_strdup_printf (_ ("This school year: %u whole and %u part days away"), n_whole, n_part);
}

/* A chart as the first row of its group's list, above the rows. */
static GtkWidget *
chart_area (GtkDrawingAreaDrawFunc draw,
            LtSchoolReport        *report,
            const char            *description)
{
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *row = adw_preferences_row_new ();

  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), CHART_HEIGHT);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw, report, (GDestroyNotify) lt_school_report_free);
  gtk_widget_set_margin_top (area, 6);
  gtk_widget_set_margin_bottom (area, 6);
  gtk_widget_set_margin_start (area, 6);
  gtk_widget_set_margin_end (area, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), area);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  return row;
}

static char *
absence_subtitle (LtAbsence *absence)
{
  const char *notes = lt_absence_get_notes (absence);

  return g_strjoin (" · ", lt_absence_extent_to_label (lt_absence_get_extent (absence)),
                    lt_absence_reason_to_label (lt_absence_get_reason (absence)), notes, NULL);
}

static GtkWidget *
absence_row (LtAbsence *absence)
{
  g_autofree char *day = lt_date_format (lt_absence_get_day (absence));
  g_autofree char *subtitle = absence_subtitle (absence);

  return lt_school_page_record_row (LT_RECORD (absence), day, subtitle, TRUE);
}

static GtkWidget *
add_button (const char *action,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
add_absence_group (LtSchoolPage *self,
                   GtkBox       *box)
{
  gint64 child_id = lt_record_get_id (LT_RECORD (lt_school_page_get_child (self)));
  g_autoptr (GListModel) absences = list_of (self, LT_TYPE_ABSENCE, child_id);
  guint            n = g_list_model_get_n_items (absences);
  GDate            today;
  g_autofree char *summary = NULL;
  GtkWidget       *group;
  GtkWidget       *older = NULL;

  lt_school_page_get_today (self, &today);
  summary = school_year_summary (absences, &today);
  group = lt_school_page_add_group (box, _ ("Absence"), summary);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
                                           add_button ("school.add-absence", _ ("Add Absence")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             chart_area (draw_absence, absence_months (absences, &today),
                                         _ ("Absence per month, the last twelve months")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (LtAbsence) absence = g_list_model_get_item (absences, i);

      if (i < ABSENCES_SHOWN)
        {
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), absence_row (absence));
          continue;
        }
      if (older == NULL)
        {
          g_autofree char *title = g_strdup_printf (_ ("Earlier (%u)"), n - ABSENCES_SHOWN);

          older = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (older), title);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), older);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (older), absence_row (absence));
    }
  if (n == 0)
    lt_school_page_placeholder (group, _ ("No absence written down."));
}

/* ---- goals -------------------------------------------------------------- */

/* The goal's chart, in a report that holds only it. */
static LtSchoolReport *
goal_chart (LtSchoolPage *self,
            LtGoal       *goal)
{
  LtSchoolReport *report = lt_school_report_new ("", "");

  lt_school_summary_add_goal (report, lt_school_page_get_store (self), goal);
  return report;
}

static void
draw_goal (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  LtSchoolReport *report = data;

  cairo_scale (cr, SCREEN_SCALE, SCREEN_SCALE);
  lt_school_chart_paint_goal (cr, width / SCREEN_SCALE, height / SCREEN_SCALE, g_ptr_array_index (report->goals, 0));
}

/* "The child’s plan · School and day care · Target: 5 days, lower is better" */
static char *
goal_description (LtGoal *goal)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (lt_goal_plan_to_label (lt_goal_get_plan (goal))));
  g_ptr_array_add (parts, g_strdup (lt_goal_area_to_label (lt_goal_get_area (goal))));
  if (lt_goal_get_has_target (goal))
    {
      g_autofree char *target = lt_school_fields_format_number (lt_goal_get_target (goal));

      /* Translators: a goal's target: a number and its unit */
      g_ptr_array_add (parts, g_strdup_printf (_ ("Target: %s %s"), target,
                                               lt_goal_get_unit (goal) != NULL ? lt_goal_get_unit (goal) : ""));
    }
  if (lt_goal_get_lower_is_better (goal))
    g_ptr_array_add (parts, g_strdup (_ ("lower is better")));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
goal_buttons (LtGoal *goal)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *reading = gtk_button_new_with_mnemonic (_ ("Add _Reading"));
  GtkWidget *menu = gtk_menu_button_new ();
  g_autoptr (GMenu) model = g_menu_new ();
  g_autoptr (GMenuItem) edit = g_menu_item_new (_ ("_Edit Goal…"), NULL);
  g_autoptr (GMenuItem) remove = g_menu_item_new (_ ("_Delete Goal…"), NULL);

  gtk_widget_add_css_class (reading, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (reading), "school.add-reading");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (reading), lt_record_target_new (LT_RECORD (goal)));
  g_menu_item_set_action_and_target_value (edit, "school.edit-record", lt_record_target_new (LT_RECORD (goal)));
  g_menu_item_set_action_and_target_value (remove, "school.remove-record", lt_record_target_new (LT_RECORD (goal)));
  g_menu_append_item (model, edit);
  g_menu_append_item (model, remove);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu), G_MENU_MODEL (model));
  gtk_widget_set_tooltip_text (menu, _ ("More"));
  gtk_widget_add_css_class (menu, "flat");
  gtk_box_append (GTK_BOX (box), reading);
  gtk_box_append (GTK_BOX (box), menu);
  return box;
}

static void
add_readings (GtkWidget  *group,
              LtGoal     *goal,
              GListModel *readings)
{
  guint            n = g_list_model_get_n_items (readings);
  g_autofree char *title = g_strdup_printf (ngettext ("%u reading", "%u readings", n), n);
  GtkWidget       *expander = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  /* Newest first in the list; the chart reads left to right. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr (LtGoalReading) reading = g_list_model_get_item (readings, i - 1);
      g_autofree char *day = lt_date_format (lt_goal_reading_get_day (reading));
      g_autofree char *value = lt_school_fields_format_number (lt_goal_reading_get_value (reading));
      g_autofree char *text = g_strjoin (" ", value, lt_goal_get_unit (goal), NULL);
      g_autofree char *subtitle = g_strjoin (" · ", day, lt_goal_reading_get_notes (reading), NULL);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                lt_school_page_record_row (LT_RECORD (reading), text, subtitle, TRUE));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
  gtk_widget_set_visible (expander, n > 0);
}

static void
add_goal_group (LtSchoolPage *self,
                GtkBox       *box,
                LtGoal       *goal)
{
  g_autofree char *description = goal_description (goal);
  GtkWidget       *group = lt_school_page_add_group (box, lt_goal_get_title (goal), description);
  g_autoptr (GListModel) readings = list_of (self, LT_TYPE_GOAL_READING, lt_record_get_id (LT_RECORD (goal)));
  /* Translators: the accessible name of a goal's chart */
  g_autofree char *label = g_strdup_printf (_ ("Chart of “%s”"), lt_goal_get_indicator (goal));

  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), goal_buttons (goal));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             chart_area (draw_goal, goal_chart (self, goal), label));
  add_readings (group, goal, readings);
}

static void
add_goals (LtSchoolPage *self,
           GtkBox       *box)
{
  gint64 child_id = lt_record_get_id (LT_RECORD (lt_school_page_get_child (self)));
  g_autoptr (GListModel) goals = list_of (self, LT_TYPE_GOAL, child_id);
  GtkWidget *intro = lt_school_page_add_group (
      box, _ ("Goals"),
      _ ("From the child’s plan, or from 16 the youth plan (education, income, housing); set them with "
         "the child, and follow them with something you can count"));

  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (intro),
                                           add_button ("school.add-goal", _ ("Add Goal")));
  if (g_list_model_get_n_items (goals) == 0)
    lt_school_page_placeholder (intro, _ ("No goals yet."));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr (LtGoal) goal = g_list_model_get_item (goals, i);

      add_goal_group (self, box, goal);
    }
}

void
lt_school_progress_fill (LtSchoolPage *self,
                         GtkBox       *box)
{
  add_absence_group (self, box);
  add_goals (self, box);
}
