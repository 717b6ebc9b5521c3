/* lt-school-life.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The school page's school life: the child's day care or school and the
 * people there, meetings and what was said at school-home talks (from the
 * calendar), the steps of a start at a new school, leisure activities and
 * who takes the child there, and friends outside the home.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lt-date.h"
#include "lt-event-fields.h"
#include "lt-school-summary.h"
#include "lt-school-fields.h"
#include "lt-school-page-private.h"
#include "lt-school.h"

#define MEETINGS_SHOWN 4
#define TALKS_SHOWN 3

static GListModel *
list_of (LtSchoolPage *self,
         GType         kind)
{
  return lt_store_list_records (lt_school_page_get_store (self), kind,
                                lt_record_get_id (LT_RECORD (lt_school_page_get_child (self))));
}

/* ---- the school and the people there ---------------------------------- */

static void
add_school_group (LtSchoolPage *self,
                  GtkBox       *box)
{
  GtkWidget *group = lt_school_page_add_group (box, _ ("Day Care or School"), NULL);
  g_autoptr (LtSchoolPeriod) school = NULL;
  GDate today;
  g_autoptr (GListModel) persons = list_of (self, LT_TYPE_PERSON);

  lt_school_page_get_today (self, &today);
  school = lt_school_summary_current_school (lt_school_page_get_store (self), lt_school_page_get_child (self), &today);
  if (school != NULL)
    {
      g_autofree char *since = lt_date_format (lt_school_period_get_start_date (school));
      g_autoptr (GPtrArray) parts = g_ptr_array_new ();
      g_autofree char *subtitle = NULL;
      g_autofree char *since_text =
          lt_school_period_get_start_date (school) != NULL ? g_strdup_printf (_ ("since %s"), since) : NULL;

      g_ptr_array_add (parts, (char *) lt_school_kind_to_label (lt_school_period_get_kind (school)));
      if (lt_school_period_get_class_name (school) != NULL)
        g_ptr_array_add (parts, (char *) lt_school_period_get_class_name (school));
      if (since_text != NULL)
        g_ptr_array_add (parts, since_text);
      g_ptr_array_add (parts, NULL);
      subtitle = g_strjoinv (" · ", (char **) parts->pdata);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 lt_school_page_record_row (LT_RECORD (school),
                                                            lt_school_period_get_institution (school), subtitle,
                                                            FALSE));
    }
  else
    lt_school_page_placeholder (group, _ ("No day care or school now. Add one on the child’s overview."));

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);
      g_autofree char *subtitle = NULL;

      if (lt_person_get_circle (person) != LT_CIRCLE_SCHOOL_LEISURE)
        continue;
      subtitle = g_strjoin (" · ", lt_person_role_to_label (lt_person_get_role (person)),
                            lt_person_get_phone (person) != NULL ? lt_person_get_phone (person) : NULL, NULL);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 lt_school_page_record_row (LT_RECORD (person), lt_person_get_name (person),
                                                            subtitle, FALSE));
    }
}

/* ---- meetings and school-home talks ------------------------------------ */

static void
add_meetings_group (LtSchoolPage *self,
                    GtkBox       *box)
{
  GtkWidget *group = lt_school_page_add_group (
      box, _ ("Meetings and School-Home Talks"),
      _ ("From the calendar; what was said at a talk is written in its notes afterwards"));
  LtStore *store = lt_school_page_get_store (self);
  LtChild *child = lt_school_page_get_child (self);
  g_autoptr (GPtrArray) meetings = NULL;
  g_autoptr (GPtrArray) talks = lt_school_summary_talks (store, child, TALKS_SHOWN);
  GDate today;

  lt_school_page_get_today (self, &today);
  meetings = lt_school_summary_coming_meetings (store, child, &today, MEETINGS_SHOWN);
  for (guint i = 0; i < meetings->len; i++)
    {
      const LtOccurrence *o = g_ptr_array_index (meetings, i);
      g_autofree char    *when = lt_school_summary_format_when (o->start, lt_event_get_time_zone (o->event));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 lt_school_page_record_row (LT_RECORD (o->series != NULL ? o->series : o->event),
                                                            lt_event_get_title (o->event), when, FALSE));
    }
  if (meetings->len == 0)
    lt_school_page_placeholder (group, _ ("No meetings planned. Plan them in the calendar."));
  for (guint i = 0; i < talks->len; i++)
    {
      LtEvent         *talk = g_ptr_array_index (talks, i);
      g_autofree char *when = lt_school_summary_format_when (lt_recurrence_parse_instant (lt_event_get_starts_at (talk)),
                                                             lt_event_get_time_zone (talk));
      /* Translators: a school-home talk's heading: its title and day */
      g_autofree char *title = g_strdup_printf (_ ("%s, %s"), lt_event_get_title (talk), when);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 lt_school_page_record_row (LT_RECORD (talk), title, lt_event_get_notes_after (talk),
                                                            FALSE));
    }
}

/* ---- starting at a new school ------------------------------------------ */

static void
on_step_toggled_cb (GtkCheckButton *check,
                    LtSchoolPage   *self)
{
  LtChecklistItem *step = g_object_get_data (G_OBJECT (check), "item");
  g_autoptr (GError) error = NULL;
  GDate today;

  lt_school_page_get_today (self, &today);
  if (!lt_school_set_ticked (lt_school_page_get_store (self), step, &today, gtk_check_button_get_active (check),
                             &error))
    g_warning ("Could not mark the step: %s", error->message);
}

static GtkWidget *
step_row (LtSchoolPage    *self,
          LtChecklistItem *step)
{
  const char      *done_on = lt_checklist_item_get_done_on (step);
  g_autofree char *done = lt_date_format (done_on);
  /* Translators: when a step of a school start was done */
  g_autofree char *subtitle = done_on != NULL ? g_strdup_printf (_ ("Done %s"), done) : NULL;
  GtkWidget       *row = lt_school_page_record_row (LT_RECORD (step), lt_checklist_item_get_title (step),
                                                    subtitle, TRUE);
  GtkWidget       *check = gtk_check_button_new ();

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _ ("Done"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done_on != NULL);
  g_object_set_data_full (G_OBJECT (check), "item", g_object_ref (step), g_object_unref);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_step_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  return row;
}

static void
add_start_group (LtSchoolPage *self,
                 GtkBox       *box)
{
  GtkWidget *group = lt_school_page_add_group (
      box, _ ("Starting at a New School"),
      _ ("Steps drawn from “Anbefalinger om den gode anbringelse” (Social- og Boligstyrelsen, 2024)"));
  g_autoptr (GListModel) items = list_of (self, LT_TYPE_CHECKLIST_ITEM);
  guint n_steps = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);

      if (lt_checklist_item_get_list (item) != LT_CHECKLIST_LIST_START)
        continue;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), step_row (self, item));
      n_steps++;
    }
  if (n_steps == 0)
    {
      GtkWidget *add = gtk_button_new_with_mnemonic (_ ("_Add the Steps"));

      lt_school_page_placeholder (group, _ ("When the child starts in a new day care or school: the "
                                            "start-up meeting, who the teacher is, access to Aula, and "
                                            "the rest, to tick off as they are done."));
      gtk_widget_set_halign (add, GTK_ALIGN_START);
      gtk_widget_set_margin_top (add, 6);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "school.add-start-steps");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
    }
}

/* ---- leisure and friends ------------------------------------------------ */

/* "Tue, Thu 16:00 · Brønderslev Hallen · Drives: Søren" */
static char *
leisure_subtitle (LtEvent *event)
{
  g_autoptr (GDateTime) start = lt_event_fields_local (lt_event_get_starts_at (event), lt_event_get_time_zone (event));
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char              *rrule = lt_event_get_rrule (event);
  const char              *byday = rrule != NULL ? strstr (rrule, "BYDAY=") : NULL;
  g_autofree char         *time = start != NULL ? g_date_time_format (start, "%H:%M") : NULL;
  static const char *const codes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
  gint64                   weekdays = 0;

  for (guint i = 0; byday != NULL && i < G_N_ELEMENTS (codes); i++)
    if (strstr (byday, codes[i]) != NULL)
      weekdays |= 1 << i;
  if (weekdays != 0)
    {
      g_autofree char *days = lt_school_fields_weekdays_label (weekdays);

      g_ptr_array_add (parts, g_strdup_printf ("%s %s", days, time));
    }
  else if (start != NULL)
    /* Translators: a single activity's day and time, as in strftime() */
    g_ptr_array_add (parts, g_date_time_format (start, _ ("%a %-d %b %Y, %H:%M")));
  if (lt_event_get_place (event) != NULL)
    g_ptr_array_add (parts, g_strdup (lt_event_get_place (event)));
  if (lt_event_get_driver (event) != NULL)
    /* Translators: who takes the child to an activity */
    g_ptr_array_add (parts, g_strdup_printf (_ ("Drives: %s"), lt_event_get_driver (event)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
add_leisure_group (LtSchoolPage *self,
                   GtkBox       *box)
{
  GtkWidget *group = lt_school_page_add_group (box, _ ("Leisure"),
                                               _ ("Activities from the calendar, and who takes the child there"));
  g_autoptr (GListModel) events = list_of (self, LT_TYPE_EVENT);
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (LtEvent) event = g_list_model_get_item (events, i);
      g_autofree char *subtitle = NULL;

      if (lt_event_get_kind (event) != LT_EVENT_KIND_LEISURE || lt_event_get_series_id (event) != 0)
        continue;
      subtitle = leisure_subtitle (event);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 lt_school_page_record_row (LT_RECORD (event), lt_event_get_title (event), subtitle,
                                                            FALSE));
      shown++;
    }
  if (shown == 0)
    lt_school_page_placeholder (group, _ ("No activities yet. Add them in the calendar as “Leisure”."));
}

static void
add_friends_group (LtSchoolPage *self,
                   GtkBox       *box)
{
  GtkWidget *group = lt_school_page_add_group (box, _ ("Friends"),
                                               _ ("From the child’s network; play dates help the child belong"));
  g_autoptr (GListModel) persons = list_of (self, LT_TYPE_PERSON);
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);

      if (lt_person_get_circle (person) != LT_CIRCLE_FRIENDS)
        continue;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 lt_school_page_record_row (LT_RECORD (person), lt_person_get_name (person),
                                                            lt_person_get_notes (person), FALSE));
      shown++;
    }
  if (shown == 0)
    lt_school_page_placeholder (group, _ ("No friends in the network yet. Add them on the child’s overview."));
}

/* The one page for a meeting with the school, from what is above. */
static void
add_overview_button (GtkBox *box)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic (_ ("School _Overview for a Meeting (PDF)…"));

  /* Wraps on a phone rather than widen the page. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), button);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "school.export-overview");
  gtk_box_append (box, button);
}

void
lt_school_life_fill (LtSchoolPage *self,
                     GtkBox       *box)
{
  add_overview_button (box);
  add_school_group (self, box);
  add_meetings_group (self, box);
  add_start_group (self, box);
  add_leisure_group (self, box);
  add_friends_group (self, box);
}
