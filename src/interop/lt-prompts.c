/* lt-prompts.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Gentle reflection prompts from what is written down about a child.  They
 * ask, they do not judge, and they are quiet when the data says nothing:
 * no prompt about siblings for a child without any, none about absence
 * without absence.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-prompts.h"
#include "lt-recurrence.h"
#include "lt-school-summary.h"
#include "lt-school.h"

static void
prompt_free (gpointer data)
{
  LtPrompt *prompt = data;

  g_free (prompt->key);
  g_free (prompt->message);
  g_free (prompt);
}

static void
add_prompt (GPtrArray  *prompts,
            LtStore    *store,
            LtChild    *child,
            char       *key,
            char       *message,
            const char *guidance)
{
  LtPrompt *prompt;

  if (lt_store_prompt_dismissed (store, child, key))
    {
      g_free (key);
      g_free (message);
      return;
    }
  prompt = g_new0 (LtPrompt, 1);
  prompt->key = key;
  prompt->message = message;
  prompt->guidance = guidance;
  g_ptr_array_add (prompts, prompt);
}

/* ---- the book ------------------------------------------------------------ */

/* The day the book last had a page written or changed, or NULL. */
static char *
last_written (LtStore *store,
              LtChild *child)
{
  g_autoptr (GListModel) chapters = lt_store_list_chapters (store, child);
  char *last = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, i);
      g_autoptr (GListModel) entries = lt_store_list_entries (store, chapter);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr (LtRecord) entry = g_list_model_get_item (entries, j);
          const char *updated = lt_record_get_updated_at (entry);

          if (updated != NULL && g_strcmp0 (updated, last) > 0)
            {
              g_free (last);
              last = g_strndup (updated, 10);
            }
        }
    }
  return last;
}

static void
check_book (GPtrArray   *prompts,
            LtStore     *store,
            LtChild     *child,
            const GDate *today)
{
  g_autofree char *last = last_written (store, child);
  GDate            quiet_since = *today;
  GDate            written;

  g_date_subtract_days (&quiet_since, LT_PROMPT_QUIET_DAYS);
  if (last == NULL || lt_date_parse_iso (last, &written) != LT_DATE_DAY || g_date_compare (&written, &quiet_since) > 0)
    return;
  add_prompt (prompts, store, child, g_strdup_printf ("book-quiet:%s", last),
              /* Translators: %s is the child's name */
              g_strdup_printf (_ ("Nothing new has been written in the life-story book for three months. Is "
                                  "there something from lately that %s would like to keep?"),
                               lt_child_get_display_name (child)),
              "gp-origin");
}

/* ---- siblings ------------------------------------------------------------ */

static gboolean
is_sibling (LtPerson *person)
{
  return lt_person_get_role (person) == LT_PERSON_ROLE_SIBLING ||
         lt_person_get_role (person) == LT_PERSON_ROLE_HALF_SIBLING;
}

static gboolean
takes_part (LtStore  *store,
            LtEvent  *event,
            LtPerson *person)
{
  g_autoptr (GPtrArray) persons = lt_store_dup_event_persons (store, event, NULL);

  for (guint i = 0; persons != NULL && i < persons->len; i++)
    if (g_ptr_array_index (persons, i) == (gpointer) person)
      return TRUE;
  return FALSE;
}

/* Whether any time with @sibling from 1 January to @today was not cancelled. */
static gboolean
contact_this_year (LtStore   *store,
                   GPtrArray *occurrences,
                   LtPerson  *sibling)
{
  for (guint i = 0; i < occurrences->len; i++)
    {
      const LtOccurrence *o = g_ptr_array_index (occurrences, i);

      if (!o->cancelled && takes_part (store, o->series != NULL ? o->series : o->event, sibling))
        return TRUE;
    }
  return FALSE;
}

static GPtrArray *
this_years_occurrences (LtStore     *store,
                        LtChild     *child,
                        const GDate *today)
{
  g_autoptr (GListModel) list = lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDateTime) january = g_date_time_new_local (g_date_get_year (today), 1, 1, 0, 0, 0);
  g_autoptr (GDateTime) start_of_today = g_date_time_new_local (g_date_get_year (today), g_date_get_month (today),
                                                                g_date_get_day (today), 0, 0, 0);
  GPtrArray *occurrences;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (events, g_list_model_get_item (list, i));
  occurrences = lt_occurrences_expand (events, g_date_time_to_unix (january), g_date_time_to_unix (start_of_today) + 86400,
                                       NULL);
  return occurrences != NULL ? occurrences : g_ptr_array_new ();
}

static void
check_siblings (GPtrArray   *prompts,
                LtStore     *store,
                LtChild     *child,
                const GDate *today)
{
  g_autoptr (GListModel) persons = lt_store_list_records (store, LT_TYPE_PERSON, lt_record_get_id (LT_RECORD (child)));
  g_autoptr (GPtrArray) occurrences = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);

      if (!is_sibling (person) || lt_person_get_deceased (person) || lt_person_get_lives_with_child (person))
        continue;
      if (occurrences == NULL)
        occurrences = this_years_occurrences (store, child, today);
      if (contact_this_year (store, occurrences, person))
        continue;
      add_prompt (prompts, store, child,
                  g_strdup_printf ("sibling-quiet:%" G_GINT64_FORMAT ":%d", lt_record_get_id (LT_RECORD (person)),
                                   g_date_get_year (today)),
                  /* Translators: %s is a sibling's name */
                  g_strdup_printf (_ ("No contact with %s is written down this year. Would a call, a letter or a "
                                      "visit be possible?"),
                                   lt_person_get_name (person)),
                  "gp-network");
    }
}

/* ---- absence ------------------------------------------------------------- */

#define ABSENCE_BEFORE_MONTHS 3
#define ABSENCE_MINIMUM_DAYS 2

/* Last month's absence against the months before: rising when it is at
 * least two days and more than the average before it. */
static void
check_absence (GPtrArray   *prompts,
               LtStore     *store,
               LtChild     *child,
               const GDate *today)
{
  g_autoptr (GListModel) absences = lt_store_list_records (store, LT_TYPE_ABSENCE, lt_record_get_id (LT_RECORD (child)));
  double whole[ABSENCE_BEFORE_MONTHS + 1], part[ABSENCE_BEFORE_MONTHS + 1];
  double before = 0, last;
  GDate  first;
  char   month_name[64];

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, g_date_get_month (today), g_date_get_year (today));
  g_date_subtract_months (&first, ABSENCE_BEFORE_MONTHS + 1);
  lt_school_absence_per_month (absences, g_date_get_year (&first), g_date_get_month (&first), ABSENCE_BEFORE_MONTHS + 1,
                               whole, part);
  for (guint i = 0; i < ABSENCE_BEFORE_MONTHS; i++)
    before += whole[i] + part[i];
  before /= ABSENCE_BEFORE_MONTHS;
  last = whole[ABSENCE_BEFORE_MONTHS] + part[ABSENCE_BEFORE_MONTHS];
  if (last < ABSENCE_MINIMUM_DAYS || last <= before)
    return;
  g_date_add_months (&first, ABSENCE_BEFORE_MONTHS);
  g_date_strftime (month_name, sizeof month_name, "%B", &first);
  add_prompt (prompts, store, child,
              g_strdup_printf ("absence-rising:%04d-%02d", g_date_get_year (&first), g_date_get_month (&first)),
              /* Translators: a month, the days away that month, and the monthly average before it */
              g_strdup_printf (_ ("Absence rose in %s: %g days away, against %.1f a month before. What might "
                                  "help, and who at school should know?"),
                               month_name, last, before),
              "gp-school");
}

/* ---- visits that did not happen ------------------------------------------ */

#define MISSED_LOOK_BACK_DAYS 56
#define MISSED_OF_LAST 3
#define MISSED_AT_LEAST 2

static gboolean
did_not_happen (const LtOccurrence *o)
{
  LtOutcome outcome = lt_event_get_outcome (o->event);

  return outcome == LT_OUTCOME_CANCELLED_BY_PARENT || outcome == LT_OUTCOME_NO_SHOW;
}

/* Two of the last three visits in the last eight weeks cancelled by the
 * parent or not turned up to: a hard time for the child, and perhaps for
 * the parent. */
static void
check_missed_visits (GPtrArray   *prompts,
                     LtStore     *store,
                     LtChild     *child,
                     const GDate *today)
{
  g_autoptr (GListModel) list = lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDateTime) start_of_today = g_date_time_new_local (g_date_get_year (today), g_date_get_month (today),
                                                                g_date_get_day (today), 0, 0, 0);
  gint64 to = g_date_time_to_unix (start_of_today) + 86400;
  g_autoptr (GPtrArray) occurrences = NULL;
  const LtOccurrence *latest_missed = NULL;
  guint               looked = 0, missed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (events, g_list_model_get_item (list, i));
  occurrences = lt_occurrences_expand (events, to - MISSED_LOOK_BACK_DAYS * 86400, to, NULL);
  /* Newest first, visits only, up to the end of @today. */
  for (guint i = occurrences != NULL ? occurrences->len : 0; i > 0 && looked < MISSED_OF_LAST; i--)
    {
      const LtOccurrence *o = g_ptr_array_index (occurrences, i - 1);

      if (!lt_event_is_visit (o->event))
        continue;
      looked++;
      if (!did_not_happen (o))
        continue;
      missed++;
      if (latest_missed == NULL)
        latest_missed = o;
    }
  if (missed < MISSED_AT_LEAST)
    return;
  add_prompt (prompts, store, child,
              g_strdup_printf ("visits-missed:%" G_GINT64_FORMAT, latest_missed->start),
              /* Translators: %s is the child's name */
              g_strdup_printf (_ ("Several of the last visits did not happen. How is %s with that, and is "
                                  "there support for the parent?"),
                               lt_child_get_display_name (child)),
              "pa-trauma");
}

/* ---- school-home talks --------------------------------------------------- */

#define TALK_PROMPT_FROM_MONTH G_DATE_OCTOBER

static gboolean
is_school (LtSchoolPeriod *period)
{
  LtSchoolKind kind = lt_school_period_get_kind (period);

  return kind == LT_SCHOOL_KIND_SCHOOL || kind == LT_SCHOOL_KIND_SPECIAL_SCHOOL ||
         kind == LT_SCHOOL_KIND_BOARDING_SCHOOL;
}

/* Whether a school-home talk is in the calendar from @since_iso on (held
 * or planned; a cancelled one does not count). */
static gboolean
has_talk_since (LtStore    *store,
                LtChild    *child,
                const char *since_iso)
{
  g_autoptr (GListModel) events = lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (LtEvent) event = g_list_model_get_item (events, i);

      if (lt_event_get_kind (event) == LT_EVENT_KIND_SCHOOL_MEETING && !lt_event_get_cancelled (event) &&
          (lt_event_get_rrule (event) != NULL || g_strcmp0 (lt_event_get_starts_at (event), since_iso) >= 0))
        return TRUE;
    }
  return FALSE;
}

/* From October, a child in school with no school-home talk in the calendar
 * since the school year began (1 August). */
static void
check_school_talk (GPtrArray   *prompts,
                   LtStore     *store,
                   LtChild     *child,
                   const GDate *today)
{
  g_autoptr (LtSchoolPeriod) school = lt_school_summary_current_school (store, child, today);
  int              year = g_date_get_year (today) - (g_date_get_month (today) < G_DATE_AUGUST ? 1 : 0);
  g_autofree char *since = g_strdup_printf ("%04d-08-01", year);

  if (school == NULL || !is_school (school) ||
      (g_date_get_month (today) >= G_DATE_AUGUST && g_date_get_month (today) < TALK_PROMPT_FROM_MONTH) ||
      has_talk_since (store, child, since))
    return;
  add_prompt (prompts, store, child, g_strdup_printf ("school-talk:%d", year),
              /* Translators: %s is the child's name */
              g_strdup_printf (_ ("No school-home talk for %s is in the calendar this school year. Would the "
                                  "class teacher have time for one?"),
                               lt_child_get_display_name (child)),
              "gp-school");
}

/**
 * lt_prompts_for_child:
 * @today: the day to look from
 *
 * Returns: (transfer full) (element-type LtPrompt): the prompts about
 * @child that have not been put aside
 */
GPtrArray *
lt_prompts_for_child (LtStore     *store,
                      LtChild     *child,
                      const GDate *today)
{
  GPtrArray *prompts = g_ptr_array_new_with_free_func (prompt_free);

  check_book (prompts, store, child, today);
  check_siblings (prompts, store, child, today);
  check_absence (prompts, store, child, today);
  check_school_talk (prompts, store, child, today);
  check_missed_visits (prompts, store, child, today);
  return prompts;
}
