/* lt-visit-summary.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Counting a child's visits and calls in a period, per person.
 *
 * Every occurrence of a visit, call, video call or letter in the period
 * counts once for each person taking part (a changed occurrence without
 * people of its own has its series' people): held, cancelled, did not turn
 * up, planned (still to come), or not written down (passed, with nothing
 * recorded).  Meetings, activities and birthdays are not contact and are
 * left out.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-recurrence.h"
#include "lt-visit-summary.h"

static gboolean
is_contact (LtEvent *event)
{
  LtEventKind kind = lt_event_get_kind (event);

  return lt_event_is_visit (event) || kind == LT_EVENT_KIND_PHONE || kind == LT_EVENT_KIND_VIDEO ||
         kind == LT_EVENT_KIND_LETTER;
}

typedef enum
{
  STATUS_PLANNED,
  STATUS_HELD,
  STATUS_CANCELLED,
  STATUS_NO_SHOW,
  STATUS_UNRECORDED,
} Status;

static Status
status_of (const LtOccurrence *occurrence,
           gint64              now)
{
  LtOutcome outcome = lt_event_get_outcome (occurrence->event);

  if (outcome == LT_OUTCOME_NO_SHOW)
    return STATUS_NO_SHOW;
  if (occurrence->cancelled || (outcome != LT_OUTCOME_PLANNED && outcome != LT_OUTCOME_HELD))
    return STATUS_CANCELLED;
  if (outcome == LT_OUTCOME_HELD)
    return STATUS_HELD;
  return occurrence->start > now ? STATUS_PLANNED : STATUS_UNRECORDED;
}

static void
count (LtVisitTally *tally,
       Status        status)
{
  switch (status)
    {
    case STATUS_HELD:
      tally->held++;
      break;
    case STATUS_CANCELLED:
      tally->cancelled++;
      break;
    case STATUS_NO_SHOW:
      tally->no_show++;
      break;
    case STATUS_UNRECORDED:
      tally->unrecorded++;
      break;
    case STATUS_PLANNED:
    default:
      tally->planned++;
      break;
    }
}

static GPtrArray *
participants (LtStore            *store,
              const LtOccurrence *occurrence)
{
  GPtrArray *persons = lt_store_dup_event_persons (store, occurrence->event, NULL);

  if ((persons == NULL || persons->len == 0) && occurrence->series != NULL)
    {
      g_clear_pointer (&persons, g_ptr_array_unref);
      persons = lt_store_dup_event_persons (store, occurrence->series, NULL);
    }
  return persons != NULL ? persons : g_ptr_array_new ();
}

static char *
day_of (gint64 unix_time)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier (LT_EVENT_DEFAULT_TIME_ZONE);
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);
  g_autofree char *iso = g_date_time_format (local, "%Y-%m-%d");

  return lt_date_format (iso);
}

static const char *
status_label (const LtOccurrence *occurrence,
              Status              status)
{
  switch (status)
    {
    case STATUS_PLANNED:
      return _ ("Planned");
    case STATUS_UNRECORDED:
      return _ ("Not written down");
    case STATUS_CANCELLED:
      if (lt_event_get_outcome (occurrence->event) == LT_OUTCOME_PLANNED)
        return _ ("Cancelled");
      return lt_outcome_to_label (lt_event_get_outcome (occurrence->event));
    case STATUS_HELD:
    case STATUS_NO_SHOW:
    default:
      return lt_outcome_to_label (lt_event_get_outcome (occurrence->event));
    }
}

static char *
period_label (gint64 from,
              gint64 to)
{
  g_autofree char *first = day_of (from);
  g_autofree char *last = day_of (to - 1);

  return g_strdup_printf ("%s – %s", first, last);
}

/**
 * lt_visit_summary_new:
 * @from, @to: the period, Unix seconds, @to not included
 * @now: what counts as passed
 * @audience: who the overview is for: professionals see every observation,
 *   anyone else (the parents, as a rule) only those shared with the parents
 *
 * Returns: (transfer full): the overview, or %NULL with @error when an
 * event's repetition cannot be followed
 */
LtVisitReport *
lt_visit_summary_new (LtStore   *store,
                      LtChild   *child,
                      gint64     from,
                      gint64     to,
                      gint64     now,
                      LtAudience audience,
                      GError   **error)
{
  g_autoptr (GListModel) list =
      lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) occurrences = NULL;
  g_autofree char *period = period_label (from, to);
  LtVisitReport   *report;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (events, g_list_model_get_item (list, i));
  occurrences = lt_occurrences_expand (events, from, to, error);
  if (occurrences == NULL)
    return NULL;

  report = lt_visit_report_new (lt_child_get_display_name (child), period, from, to);
  for (guint i = 0; i < occurrences->len; i++)
    {
      const LtOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      g_autoptr (GPtrArray) persons = NULL;
      g_autoptr (GPtrArray) names = g_ptr_array_new ();
      LtVisitLine *line;
      Status       status;

      if (!is_contact (occurrence->event))
        continue;
      status = status_of (occurrence, now);
      persons = participants (store, occurrence);
      for (guint k = 0; k < persons->len; k++)
        {
          const char *name = lt_person_get_name (g_ptr_array_index (persons, k));

          count (lt_visit_report_tally (report, name), status);
          g_ptr_array_add (names, (gpointer) name);
        }
      if (persons->len == 0)
        count (lt_visit_report_tally (report, _ ("No one named")), status);
      g_ptr_array_add (names, NULL);

      line = g_new0 (LtVisitLine, 1);
      line->date = day_of (occurrence->start);
      line->title = g_strdup (lt_event_get_title (occurrence->event));
      line->with = names->len > 1 ? g_strjoinv (", ", (char **) names->pdata) : NULL;
      line->outcome = g_strdup (status_label (occurrence, status));
      line->mood_before = (int) lt_event_get_mood_before (occurrence->event);
      line->mood_after = (int) lt_event_get_mood_after (occurrence->event);
      /* An overview for the parents has only what is shared with them. */
      if (audience == LT_AUDIENCE_PROFESSIONALS || lt_event_get_observations_shared (occurrence->event))
        line->observations = g_strdup (lt_event_get_observations (occurrence->event));
      line->start = occurrence->start;
      g_ptr_array_add (report->lines, line);
    }
  report->made_for = g_strdup (audience == LT_AUDIENCE_PROFESSIONALS
                                   ? _ ("For professionals: with every observation. Not for the parents.")
                                   : _ ("For the parents: with the observations shared with them."));
  return report;
}
