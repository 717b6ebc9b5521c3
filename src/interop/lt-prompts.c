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
  return prompts;
}
