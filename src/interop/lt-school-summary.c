/* lt-school-summary.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the school page and the school overview PDF gather from the store:
 * the school now, meetings to come and notes from school-home talks (from
 * the calendar), and the whole overview for a start-up or follow-up
 * meeting with the school.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-school-summary.h"
#include "lt-school.h"

#define ABSENCE_MONTHS 12
#define FORGOTTEN_DAYS 28

static GListModel *
list_of (LtStore *store,
         LtChild *child,
         GType    kind)
{
  return lt_store_list_records (store, kind, lt_record_get_id (LT_RECORD (child)));
}

/**
 * lt_school_summary_current_school:
 *
 * Returns: (transfer full) (nullable): the day care or school the child
 * goes to on @today
 */
LtSchoolPeriod *
lt_school_summary_current_school (LtStore     *store,
                                  LtChild     *child,
                                  const GDate *today)
{
  g_autoptr (GListModel) periods = list_of (store, child, LT_TYPE_SCHOOL_PERIOD);

  for (guint i = g_list_model_get_n_items (periods); i > 0; i--)
    {
      g_autoptr (LtSchoolPeriod) period = g_list_model_get_item (periods, i - 1);
      const char *end = lt_school_period_get_end_date (period);

      if (end == NULL || lt_date_is_after (end, today))
        return g_steal_pointer (&period);
    }
  return NULL;
}

static gboolean
is_meeting (LtEvent *event)
{
  return lt_event_get_kind (event) == LT_EVENT_KIND_MEETING ||
         lt_event_get_kind (event) == LT_EVENT_KIND_SCHOOL_MEETING;
}

static void
occurrence_free (gpointer data)
{
  LtOccurrence *occurrence = data;

  g_clear_object (&occurrence->event);
  g_clear_object (&occurrence->series);
  g_free (occurrence->recurrence_id);
  g_free (occurrence);
}

/**
 * lt_school_summary_coming_meetings:
 * @max: at most this many
 *
 * Returns: (transfer full) (element-type LtOccurrence): the meetings and
 * school-home talks from @today on, in the next months, not cancelled
 */
GPtrArray *
lt_school_summary_coming_meetings (LtStore     *store,
                                   LtChild     *child,
                                   const GDate *today,
                                   guint        max)
{
  g_autoptr (GListModel) list = list_of (store, child, LT_TYPE_EVENT);
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDateTime) from = g_date_time_new_local (g_date_get_year (today), g_date_get_month (today),
                                                      g_date_get_day (today), 0, 0, 0);
  g_autoptr (GPtrArray) occurrences = NULL;
  GPtrArray *meetings = g_ptr_array_new_with_free_func (occurrence_free);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (events, g_list_model_get_item (list, i));
  occurrences = lt_occurrences_expand (events, g_date_time_to_unix (from),
                                       g_date_time_to_unix (from) + LT_SCHOOL_MEETING_DAYS_AHEAD * 86400, NULL);
  for (guint i = 0; occurrences != NULL && i < occurrences->len && meetings->len < max; i++)
    {
      const LtOccurrence *o = g_ptr_array_index (occurrences, i);
      LtOccurrence       *copy;

      if (o->cancelled || !is_meeting (o->event))
        continue;
      copy = g_memdup2 (o, sizeof *o);
      copy->event = g_object_ref (o->event);
      copy->series = o->series != NULL ? g_object_ref (o->series) : NULL;
      copy->recurrence_id = g_strdup (o->recurrence_id);
      g_ptr_array_add (meetings, copy);
    }
  return meetings;
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (lt_event_get_starts_at (*(LtEvent **) b), lt_event_get_starts_at (*(LtEvent **) a));
}

/**
 * lt_school_summary_talks:
 * @max: at most this many
 *
 * Returns: (transfer full) (element-type LtEvent): school-home talks with
 * notes written afterwards, the newest first
 */
GPtrArray *
lt_school_summary_talks (LtStore *store,
                         LtChild *child,
                         guint    max)
{
  g_autoptr (GListModel) list = list_of (store, child, LT_TYPE_EVENT);
  GPtrArray *talks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (LtEvent) event = g_list_model_get_item (list, i);

      if (lt_event_get_kind (event) == LT_EVENT_KIND_SCHOOL_MEETING && lt_event_get_notes_after (event) != NULL)
        g_ptr_array_add (talks, g_steal_pointer (&event));
    }
  g_ptr_array_sort (talks, newest_first);
  if (talks->len > max)
    g_ptr_array_set_size (talks, max);
  return talks;
}

/* "tor. 3. dec. 2026, 14:00" in the event's zone. */
char *
lt_school_summary_format_when (gint64      unix_time,
                               const char *zone_name)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier (zone_name);
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr (GDateTime) local = NULL;

  if (zone == NULL)
    zone = g_time_zone_new_local ();
  local = g_date_time_to_timezone (utc, zone);
  /* Translators: a meeting's day and time, as in strftime() */
  return g_date_time_format (local, _ ("%a %-d %b %Y, %H:%M"));
}

/* ---- the overview ------------------------------------------------------- */

static void
add_school_line (LtSchoolReport *report,
                 LtStore        *store,
                 LtChild        *child,
                 const GDate    *today)
{
  g_autoptr (LtSchoolPeriod) school = lt_school_summary_current_school (store, child, today);
  g_autofree char *since = NULL;
  g_autoptr (GString) line = NULL;

  if (school == NULL)
    return;
  line = g_string_new (lt_school_period_get_institution (school));
  if (lt_school_period_get_class_name (school) != NULL)
    g_string_append_printf (line, ", %s", lt_school_period_get_class_name (school));
  since = lt_date_format (lt_school_period_get_start_date (school));
  if (lt_school_period_get_start_date (school) != NULL)
    /* Translators: since when the child goes to the school */
    g_string_append_printf (line, _ (" (since %s)"), since);
  report->school = g_string_free (g_steal_pointer (&line), FALSE);
}

static void
add_people (LtSchoolReport *report,
            LtStore        *store,
            LtChild        *child)
{
  g_autoptr (GListModel) persons = list_of (store, child, LT_TYPE_PERSON);
  LtReportSection *contacts = lt_school_report_add_section (report, _ ("Contacts at School"));
  LtReportSection *friends = lt_school_report_add_section (report, _ ("Friends"));

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);
      g_autofree char *line = NULL;

      if (lt_person_get_circle (person) == LT_CIRCLE_SCHOOL_LEISURE)
        line = g_strjoin (", ", lt_person_get_name (person), lt_person_role_to_label (lt_person_get_role (person)),
                          lt_person_get_phone (person), NULL);
      else if (lt_person_get_circle (person) == LT_CIRCLE_FRIENDS)
        line = g_strdup (lt_person_get_name (person));
      if (line != NULL)
        lt_report_section_add_line (lt_person_get_circle (person) == LT_CIRCLE_FRIENDS ? friends : contacts, line);
    }
}

static void
add_meetings (LtSchoolReport *report,
              LtStore        *store,
              LtChild        *child,
              const GDate    *today)
{
  g_autoptr (GPtrArray) meetings = lt_school_summary_coming_meetings (store, child, today, 4);
  g_autoptr (GPtrArray) talks = lt_school_summary_talks (store, child, 2);
  LtReportSection *coming = lt_school_report_add_section (report, _ ("Meetings to Come"));
  LtReportSection *said = lt_school_report_add_section (report, _ ("From School-Home Talks"));

  for (guint i = 0; i < meetings->len; i++)
    {
      const LtOccurrence *o = g_ptr_array_index (meetings, i);
      g_autofree char    *when = lt_school_summary_format_when (o->start, lt_event_get_time_zone (o->event));
      g_autofree char    *line = g_strdup_printf ("%s: %s", when, lt_event_get_title (o->event));

      lt_report_section_add_line (coming, line);
    }
  for (guint i = 0; i < talks->len; i++)
    {
      LtEvent         *talk = g_ptr_array_index (talks, i);
      g_autofree char *when = lt_school_summary_format_when (
          lt_recurrence_parse_instant (lt_event_get_starts_at (talk)), lt_event_get_time_zone (talk));
      g_autofree char *line = g_strdup_printf ("%s: %s", when, lt_event_get_notes_after (talk));

      lt_report_section_add_line (said, line);
    }
}

static void
add_lists (LtSchoolReport *report,
           LtStore        *store,
           LtChild        *child,
           const GDate    *today)
{
  g_autoptr (GListModel) items = list_of (store, child, LT_TYPE_CHECKLIST_ITEM);
  LtReportSection *start = lt_school_report_add_section (report, _ ("Starting at the School"));
  LtReportSection *forgotten = lt_school_report_add_section (report, _ ("Often Forgotten, Last Four Weeks"));
  g_autoptr (GPtrArray) counts = NULL;
  GDate first = *today;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);
      g_autofree char *done = lt_date_format (lt_checklist_item_get_done_on (item));
      g_autofree char *line = NULL;

      if (lt_checklist_item_get_list (item) != LT_CHECKLIST_LIST_START)
        continue;
      /* Translators: a step of a school start that was done, and when */
      line = lt_checklist_item_get_done_on (item) != NULL ? g_strdup_printf (_ ("✓ %s (%s)"), lt_checklist_item_get_title (item), done)
                                                          /* Translators: a step of a school start still to do */
                                                          : g_strdup_printf (_ ("To do: %s"), lt_checklist_item_get_title (item));
      lt_report_section_add_line (start, line);
    }
  g_date_subtract_days (&first, FORGOTTEN_DAYS - 1);
  counts = lt_school_forgotten (store, child, &first, FORGOTTEN_DAYS);
  for (guint i = 0; i < counts->len; i++)
    {
      LtForgotten     *f = g_ptr_array_index (counts, i);
      g_autofree char *line = NULL;

      if (f->due == f->ticked)
        continue;
      /* Translators: something on the school list, and how often it was forgotten */
      line = g_strdup_printf (_ ("%s: forgotten %u of %u times"), lt_checklist_item_get_title (f->item),
                              f->due - f->ticked, f->due);
      lt_report_section_add_line (forgotten, line);
    }
}

static void
add_leisure (LtSchoolReport *report,
             LtStore        *store,
             LtChild        *child)
{
  g_autoptr (GListModel) events = list_of (store, child, LT_TYPE_EVENT);
  LtReportSection *leisure = lt_school_report_add_section (report, _ ("Leisure"));
  /* The overview is for meetings with the school: for an anonymous
   * placement it names no places. */
  gboolean anonymous = lt_store_child_is_anonymous (store, lt_record_get_id (LT_RECORD (child)));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (LtEvent) event = g_list_model_get_item (events, i);
      g_autofree char *line = NULL;

      if (lt_event_get_kind (event) != LT_EVENT_KIND_LEISURE || lt_event_get_series_id (event) != 0)
        continue;
      line = g_strjoin (", ", lt_event_get_title (event), anonymous ? NULL : lt_event_get_place (event), NULL);
      lt_report_section_add_line (leisure, line);
    }
}

static void
add_absence (LtSchoolReport *report,
             LtStore        *store,
             LtChild        *child,
             const GDate    *today)
{
  g_autoptr (GListModel) absences = list_of (store, child, LT_TYPE_ABSENCE);
  double whole[ABSENCE_MONTHS], part[ABSENCE_MONTHS];
  double n_whole = 0, n_part = 0;
  GDate  month;

  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 1, g_date_get_month (today), g_date_get_year (today));
  g_date_subtract_months (&month, ABSENCE_MONTHS - 1);
  lt_school_absence_per_month (absences, g_date_get_year (&month), g_date_get_month (&month), ABSENCE_MONTHS,
                               whole, part);
  for (guint i = 0; i < ABSENCE_MONTHS; i++, g_date_add_months (&month, 1))
    {
      char label[32];

      g_date_strftime (label, sizeof label, "%b", &month);
      lt_school_report_add_month (report, label, whole[i], part[i]);
      n_whole += whole[i];
      n_part += part[i];
    }
  /* Translators: the heading of the absence chart */
  report->absence_heading = g_strdup_printf (_ ("Absence, last 12 months: %g whole and %g part days"), n_whole,
                                             n_part);
}

static gint64
noon_of (const char *iso)
{
  GDate day;
  g_autoptr (GDateTime) noon = NULL;

  if (lt_date_parse_iso (iso, &day) != LT_DATE_DAY)
    return 0;
  noon = g_date_time_new_utc (g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 12, 0, 0);
  return g_date_time_to_unix (noon);
}

/**
 * lt_school_summary_add_goal:
 *
 * Adds @goal and its readings to @report as a chart.
 */
void
lt_school_summary_add_goal (LtSchoolReport *report,
                            LtStore        *store,
                            LtGoal         *goal)
{
  g_autoptr (GListModel) readings =
      lt_store_list_records (store, LT_TYPE_GOAL_READING, lt_record_get_id (LT_RECORD (goal)));
  LtGoalChart *chart = lt_school_report_add_goal (report, lt_goal_get_title (goal), lt_goal_get_indicator (goal),
                                                  lt_goal_get_unit (goal));

  chart->has_target = lt_goal_get_has_target (goal);
  chart->target = lt_goal_get_target (goal);
  chart->lower_is_better = lt_goal_get_lower_is_better (goal);
  for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
    {
      g_autoptr (LtGoalReading) reading = g_list_model_get_item (readings, i);

      lt_goal_chart_add_point (chart, noon_of (lt_goal_reading_get_day (reading)), lt_goal_reading_get_value (reading));
    }
}

/* Leaves out the sections with nothing in them. */
static void
drop_empty_sections (LtSchoolReport *report)
{
  for (guint i = report->sections->len; i > 0; i--)
    if (((LtReportSection *) g_ptr_array_index (report->sections, i - 1))->lines->len == 0)
      g_ptr_array_remove_index (report->sections, i - 1);
}

/**
 * lt_school_summary_new:
 *
 * Returns: (transfer full): the school overview of @child as it is on @today
 */
LtSchoolReport *
lt_school_summary_new (LtStore     *store,
                       LtChild     *child,
                       const GDate *today)
{
  g_autofree char *made_on = lt_date_format_day_with_week (today);
  LtSchoolReport  *report = lt_school_report_new (lt_child_get_name (child), made_on);
  g_autoptr (GListModel) goals = list_of (store, child, LT_TYPE_GOAL);

  add_school_line (report, store, child, today);
  add_people (report, store, child);
  add_meetings (report, store, child, today);
  add_lists (report, store, child, today);
  add_leisure (report, store, child);
  drop_empty_sections (report);
  add_absence (report, store, child, today);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr (LtGoal) goal = g_list_model_get_item (goals, i);

      lt_school_summary_add_goal (report, store, goal);
    }
  return report;
}
