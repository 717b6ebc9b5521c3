/* lt-contact-summary.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * When each person of a child's network was last seen and last heard from.
 *
 * Counted from the calendar, for every person taking part (a changed
 * occurrence without people of its own has its series' people): a visit
 * counts as "seen", a phone call, video call or letter as "heard from".
 * Only what has happened counts: not what is still to come, and not what
 * was cancelled or where someone did not turn up.
 *
 * Whether a past time happened: a single visit or call counts once its
 * follow-up says it was held.  A repeating one (a call every Sunday) counts
 * each past time unless that time was cancelled or its follow-up says
 * otherwise: nobody writes a follow-up for every weekly call, and a standing
 * arrangement mostly takes place.  lt_contact_how_counted() says this to
 * the user.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-contact-summary.h"
#include "lt-date.h"

#define SECONDS_PER_DAY (24 * 60 * 60)

struct _LtContactSummary
{
  GHashTable *contacts; /* person id (gint64 *) → LtContact * */
};

/**
 * lt_contact_kind_of:
 * @now: what counts as passed, Unix seconds
 *
 * Returns: what @occurrence was for its people: seen, heard from, or
 *   nothing (see the top of this file for what counts as held)
 */
LtContactKind
lt_contact_kind_of (const LtOccurrence *occurrence,
                    gint64              now)
{
  LtEventKind kind;
  LtOutcome   outcome;

  g_return_val_if_fail (occurrence != NULL, LT_CONTACT_NONE);

  kind = lt_event_get_kind (occurrence->event);
  outcome = lt_event_get_outcome (occurrence->event);
  if (occurrence->start > now || occurrence->cancelled)
    return LT_CONTACT_NONE;
  if (outcome != LT_OUTCOME_HELD && (outcome != LT_OUTCOME_PLANNED || occurrence->series == NULL))
    return LT_CONTACT_NONE;
  if (lt_event_is_visit (occurrence->event))
    return LT_CONTACT_SEEN;
  if (kind == LT_EVENT_KIND_PHONE || kind == LT_EVENT_KIND_VIDEO || kind == LT_EVENT_KIND_LETTER)
    return LT_CONTACT_HEARD;
  return LT_CONTACT_NONE;
}

/* Returns: the latest time @contact was seen or heard from, or 0 */
gint64
lt_contact_get_last (const LtContact *contact)
{
  g_return_val_if_fail (contact != NULL, 0);

  return MAX (contact->last_seen, contact->last_heard);
}

/* Whole days from the day of @then to the day of @now, in the family's zone. */
guint
lt_contact_days_since (gint64 then,
                       gint64 now)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier (LT_EVENT_DEFAULT_TIME_ZONE);
  g_autoptr (GDateTime) a = g_date_time_new_from_unix_local (then);
  g_autoptr (GDateTime) b = g_date_time_new_from_unix_local (now);
  g_autoptr (GDateTime) local_a = g_date_time_to_timezone (a, zone);
  g_autoptr (GDateTime) local_b = g_date_time_to_timezone (b, zone);
  GDate day_a, day_b;

  g_date_clear (&day_a, 1);
  g_date_clear (&day_b, 1);
  g_date_set_dmy (&day_a, g_date_time_get_day_of_month (local_a), g_date_time_get_month (local_a),
                  g_date_time_get_year (local_a));
  g_date_set_dmy (&day_b, g_date_time_get_day_of_month (local_b), g_date_time_get_month (local_b),
                  g_date_time_get_year (local_b));
  return (guint) MAX (0, g_date_days_between (&day_a, &day_b));
}

/**
 * lt_contact_is_missed:
 * @contact: (nullable): %NULL for someone never in the calendar
 * @weeks: the child's chosen period
 *
 * Returns: whether @contact was neither seen nor heard from in the last
 *   @weeks weeks (or ever)
 */
gboolean
lt_contact_is_missed (const LtContact *contact,
                      gint64           now,
                      int              weeks)
{
  gint64 last = contact != NULL ? lt_contact_get_last (contact) : 0;

  return last == 0 || lt_contact_days_since (last, now) > (guint) weeks * 7;
}

static char *
describe_seen (guint days)
{
  if (days == 0)
    return g_strdup (_ ("seen today"));
  if (days == 1)
    return g_strdup (_ ("seen yesterday"));
  if (days < 14)
    return g_strdup_printf (ngettext ("seen %u day ago", "seen %u days ago", days), days);
  if (days < 12 * 7)
    return g_strdup_printf (ngettext ("seen %u week ago", "seen %u weeks ago", days / 7), days / 7);
  return g_strdup_printf (ngettext ("seen %u month ago", "seen %u months ago", days / 30), days / 30);
}

static char *
describe_heard (guint days)
{
  if (days == 0)
    return g_strdup (_ ("heard from today"));
  if (days == 1)
    return g_strdup (_ ("heard from yesterday"));
  if (days < 14)
    return g_strdup_printf (ngettext ("heard from %u day ago", "heard from %u days ago", days),
                            days);
  if (days < 12 * 7)
    return g_strdup_printf (ngettext ("heard from %u week ago", "heard from %u weeks ago", days / 7),
                            days / 7);
  return g_strdup_printf (ngettext ("heard from %u month ago", "heard from %u months ago",
                                    days / 30),
                          days / 30);
}

/**
 * lt_contact_describe:
 * @contact: (nullable)
 *
 * Returns: (transfer full) (nullable): the latest contact, short and
 *   relative ("seen 3 weeks ago", "heard from yesterday"), or %NULL when
 *   there was none
 */
char *
lt_contact_describe (const LtContact *contact,
                     gint64           now)
{
  if (contact == NULL || lt_contact_get_last (contact) == 0)
    return NULL;
  /* A visit says more than a call: it is named unless a call came later. */
  if (contact->last_seen >= contact->last_heard)
    return describe_seen (lt_contact_days_since (contact->last_seen, now));
  return describe_heard (lt_contact_days_since (contact->last_heard, now));
}

static char *
format_day (gint64 unix_time)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier (LT_EVENT_DEFAULT_TIME_ZONE);
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);
  g_autofree char *iso = g_date_time_format (local, "%Y-%m-%d");

  return lt_date_format (iso);
}

/**
 * lt_contact_describe_dates:
 * @contact: (nullable)
 *
 * Returns: (transfer full): both dates, one a line, for a tooltip
 */
char *
lt_contact_describe_dates (const LtContact *contact)
{
  g_autofree char *seen = NULL;
  g_autofree char *heard = NULL;

  if (contact != NULL && contact->last_seen != 0)
    {
      g_autofree char *day = format_day (contact->last_seen);

      /* Translators: %s is a date */
      seen = g_strdup_printf (_ ("Last seen %s"), day);
    }
  else
    seen = g_strdup (_ ("Not seen at a visit in the calendar"));
  if (contact != NULL && contact->last_heard != 0)
    {
      g_autofree char *day = format_day (contact->last_heard);

      /* Translators: %s is a date */
      heard = g_strdup_printf (_ ("Last heard from %s"), day);
    }
  else
    heard = g_strdup (_ ("Not heard from by phone, video or letter in the calendar"));
  return g_strdup_printf ("%s\n%s", seen, heard);
}

/* Returns: how the dates are counted, in a sentence for a tooltip */
const char *
lt_contact_how_counted (void)
{
  return _ ("Counted from the calendar: visits and calls whose follow-up says they were held, "
            "and the past times of a repeating visit or call unless they were cancelled.");
}

LtContactSummary *
lt_contact_summary_new (void)
{
  LtContactSummary *self = g_new0 (LtContactSummary, 1);

  self->contacts = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  return self;
}

void
lt_contact_summary_free (LtContactSummary *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->contacts);
  g_free (self);
}

/**
 * lt_contact_summary_add:
 * @person_ids: (array length=n_persons): who took part in @occurrence
 *
 * Counts @occurrence for each of its people; a pure function of its
 * arguments, so the rules can be tested without a store.
 */
void
lt_contact_summary_add (LtContactSummary   *self,
                        const LtOccurrence *occurrence,
                        const gint64       *person_ids,
                        guint               n_persons,
                        gint64              now)
{
  LtContactKind kind;

  g_return_if_fail (self != NULL);
  g_return_if_fail (occurrence != NULL);

  kind = lt_contact_kind_of (occurrence, now);
  if (kind == LT_CONTACT_NONE)
    return;
  for (guint i = 0; i < n_persons; i++)
    {
      LtContact *contact = g_hash_table_lookup (self->contacts, &person_ids[i]);
      gint64    *last;

      if (contact == NULL)
        {
          contact = g_new0 (LtContact, 1);
          contact->person_id = person_ids[i];
          g_hash_table_insert (self->contacts, &contact->person_id, contact);
        }
      last = kind == LT_CONTACT_SEEN ? &contact->last_seen : &contact->last_heard;
      *last = MAX (*last, occurrence->start);
    }
}

/* Returns: (transfer none) (nullable): @person_id's contact, or %NULL
 * when they were never seen or heard from */
const LtContact *
lt_contact_summary_lookup (LtContactSummary *self,
                           gint64            person_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->contacts, &person_id);
}

/* The ids of the people taking part in @event, asked of the store once
 * per event however many times it repeats. */
static GArray *
participant_ids (LtStore    *store,
                 GHashTable *cache,
                 LtEvent    *event)
{
  GArray *ids = g_hash_table_lookup (cache, event);
  g_autoptr (GPtrArray) persons = NULL;

  if (ids != NULL)
    return ids;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  persons = lt_store_dup_event_persons (store, event, NULL);
  for (guint i = 0; persons != NULL && i < persons->len; i++)
    {
      gint64 id = lt_record_get_id (g_ptr_array_index (persons, i));

      g_array_append_val (ids, id);
    }
  g_hash_table_insert (cache, event, ids);
  return ids;
}

/**
 * lt_contact_summary_new_for_child:
 * @now: what counts as passed, Unix seconds
 *
 * Returns: (transfer full): when each of @child's people was last seen and
 *   heard from, or %NULL with @error when an event's repetition cannot be
 *   followed
 */
LtContactSummary *
lt_contact_summary_new_for_child (LtStore *store,
                                  LtChild *child,
                                  gint64   now,
                                  GError **error)
{
  g_autoptr (GListModel) list =
      lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) occurrences = NULL;
  g_autoptr (GHashTable) cache = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr (LtContactSummary) summary = lt_contact_summary_new ();
  gint64 from = now;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      LtEvent *event = g_list_model_get_item (list, i);

      from = MIN (from, lt_recurrence_parse_instant (lt_event_get_starts_at (event)));
      g_ptr_array_add (events, event);
    }
  occurrences = lt_occurrences_expand (events, from, now + 1, error);
  if (occurrences == NULL)
    return NULL;
  for (guint i = 0; i < occurrences->len; i++)
    {
      const LtOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      GArray             *ids = participant_ids (store, cache, occurrence->event);

      if (ids->len == 0 && occurrence->series != NULL)
        ids = participant_ids (store, cache, occurrence->series);
      lt_contact_summary_add (summary, occurrence, (const gint64 *) ids->data, ids->len, now);
    }
  return g_steal_pointer (&summary);
}
