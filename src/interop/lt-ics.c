/* lt-ics.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A child's calendar as iCalendar, written and read with libical.
 *
 * Export writes one VCALENDAR with the time zone (VTIMEZONE) the events
 * repeat in; a repeating event carries its RRULE, its cancelled
 * occurrences as EXDATE and its moved ones as VEVENTs with the same UID
 * and a RECURRENCE-ID, which is how GNOME Calendar and phones expect them.
 * What is private stays out: notes afterwards, how the child was, the
 * observations and the preparation never go into a .ics file.
 *
 * Import reads every VEVENT, checks it, and adds all of them in one
 * transaction or none; an event whose UID the child already has is not
 * added twice.  Properties Livstråd does not keep (alarms, attendees'
 * addresses, attachments) are counted in the report.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libical/ical.h>
#include <stdlib.h>

#include "lt-ics.h"
#include "lt-recurrence.h"

/* The quark's name must keep its dashes. */
/* clang-format off */
G_DEFINE_QUARK (lt-ics-error-quark, lt_ics_error)
/* clang-format on */

#define PRODID "-//Livstraad//Livstraad " PACKAGE_VERSION "//DA"
#define X_KIND "X-LIVSTRAAD-KIND"
#define X_OUTCOME "X-LIVSTRAAD-OUTCOME"

/* ---- export -------------------------------------------------------------- */

static icaltimezone *
zone_of (LtEvent *event)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone (lt_event_get_time_zone (event));

  return zone != NULL ? zone : icaltimezone_get_builtin_timezone (LT_EVENT_DEFAULT_TIME_ZONE);
}

/* A local time in @zone with TZID=<location>, the name other programs know. */
static void
set_local_time (icalproperty *property,
                gint64        unix_time,
                icaltimezone *zone)
{
  struct icaltimetype local = icaltime_from_timet_with_zone ((time_t) unix_time, 0, zone);

  local.zone = NULL; /* written as local time; the TZID says where */
  icalproperty_set_value (property, icalvalue_new_datetime (local));
  icalproperty_add_parameter (property, icalparameter_new_tzid (icaltimezone_get_location (zone)));
}

static icalproperty *
new_time_property (icalproperty_kind kind,
                   const char       *iso,
                   icaltimezone     *zone)
{
  icalproperty *property = icalproperty_new (kind);

  set_local_time (property, lt_recurrence_parse_instant (iso), zone);
  return property;
}

/* DTSTART and DTEND: local times with their zone, or dates for a whole day. */
static void
add_times (icalcomponent *vevent,
           LtEvent       *event,
           icaltimezone  *zone)
{
  struct icaltimetype start, end;

  if (!lt_event_get_all_day (event))
    {
      icalcomponent_add_property (
          vevent, new_time_property (ICAL_DTSTART_PROPERTY, lt_event_get_starts_at (event), zone));
      icalcomponent_add_property (
          vevent, new_time_property (ICAL_DTEND_PROPERTY, lt_event_get_ends_at (event), zone));
      return;
    }
  start = icaltime_from_timet_with_zone (
      (time_t) lt_recurrence_parse_instant (lt_event_get_starts_at (event)), 1, zone);
  end = icaltime_from_timet_with_zone (
      (time_t) lt_recurrence_parse_instant (lt_event_get_ends_at (event)), 1, zone);
  start.zone = end.zone = NULL;
  icalcomponent_add_property (vevent, icalproperty_new_dtstart (start));
  icalcomponent_add_property (vevent, icalproperty_new_dtend (end));
}

/* A UID that stays the same from one export to the next. */
static char *
uid_of (LtEvent *event)
{
  if (lt_event_get_uid (event) != NULL)
    return g_strdup (lt_event_get_uid (event));
  return g_strdup_printf ("livstraad-%" G_GINT64_FORMAT "-%s@livstraad",
                          lt_record_get_id (LT_RECORD (event)),
                          lt_record_get_created_at (LT_RECORD (event)));
}

static char *
enum_nick (GType type,
           int   value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);

  return g_strdup (g_enum_get_value (klass, value)->value_nick);
}

/* Who takes part, who goes along and who drives: practical, not private. */
static char *
description_of (LtStore *store,
                LtEvent *event)
{
  g_autoptr (GPtrArray) persons = lt_store_dup_event_persons (store, event, NULL);
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; persons != NULL && i < persons->len; i++)
    g_string_append_printf (text, "%s%s", i == 0 ? _ ("With: ") : ", ",
                            lt_person_get_name (g_ptr_array_index (persons, i)));
  if (lt_event_get_accompanied_by (event) != NULL)
    g_string_append_printf (text, "%s%s%s", text->len > 0 ? "\n" : "", _ ("Goes along: "),
                            lt_event_get_accompanied_by (event));
  if (lt_event_get_driver (event) != NULL)
    g_string_append_printf (text, "%s%s%s", text->len > 0 ? "\n" : "", _ ("Drives: "),
                            lt_event_get_driver (event));
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* In the household's calendar each event says whose it is ("Ida: Samvær
 * med mor"), since a phone shows them all in one list. */
static char *
summary_of (LtStore *store,
            LtEvent *event,
            gboolean name_child)
{
  LtRecord *child = name_child ? lt_store_lookup (store, LT_TYPE_CHILD, lt_event_get_child_id (event), NULL)
                               : NULL;

  if (child == NULL)
    return g_strdup (lt_event_get_title (event));
  /* Translators: an event in the household's calendar: child, event */
  return g_strdup_printf (_ ("%s: %s"), lt_child_get_display_name (LT_CHILD (child)),
                          lt_event_get_title (event));
}

static icalcomponent *
new_vevent (LtStore *store,
            LtEvent *event,
            LtEvent *series,
            gboolean name_child)
{
  icalcomponent   *vevent = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  icaltimezone    *zone = zone_of (series != NULL ? series : event);
  g_autofree char *uid = uid_of (series != NULL ? series : event);
  g_autofree char *kind = enum_nick (LT_TYPE_EVENT_KIND, lt_event_get_kind (event));
  g_autofree char *outcome = enum_nick (LT_TYPE_OUTCOME, lt_event_get_outcome (event));
  g_autofree char *description = description_of (store, event);
  g_autofree char *summary = summary_of (store, event, name_child);
  icalproperty    *x;

  icalcomponent_add_property (vevent, icalproperty_new_uid (uid));
  icalcomponent_add_property (vevent, icalproperty_new_dtstamp (icaltime_current_time_with_zone (
                                          icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (vevent, icalproperty_new_summary (summary));
  add_times (vevent, event, zone);
  /* One child's calendar is often passed on to parents: for an anonymous
   * placement no place goes with it.  The household's own calendar keeps
   * its places. */
  if (lt_event_get_place (event) != NULL &&
      (name_child || !lt_store_child_is_anonymous (store, lt_event_get_child_id (event))))
    icalcomponent_add_property (vevent, icalproperty_new_location (lt_event_get_place (event)));
  if (description != NULL)
    icalcomponent_add_property (vevent, icalproperty_new_description (description));
  if (lt_event_get_rrule (event) != NULL)
    {
      struct icalrecurrencetype rule = icalrecurrencetype_from_string (lt_event_get_rrule (event));

      icalcomponent_add_property (vevent, icalproperty_new_rrule (rule));
      free (rule.rscale); /* ours (libical 3); the property has a copy */
    }
  if (series != NULL)
    icalcomponent_add_property (vevent, new_time_property (ICAL_RECURRENCEID_PROPERTY,
                                                           lt_event_get_recurrence_id (event), zone));
  if (lt_event_get_cancelled (event))
    icalcomponent_add_property (vevent, icalproperty_new_status (ICAL_STATUS_CANCELLED));
  x = icalproperty_new_x (kind);
  icalproperty_set_x_name (x, X_KIND);
  icalcomponent_add_property (vevent, x);
  x = icalproperty_new_x (outcome);
  icalproperty_set_x_name (x, X_OUTCOME);
  icalcomponent_add_property (vevent, x);
  return vevent;
}

/* The time zone as a VTIMEZONE whose TZID is its location. */
static icalcomponent *
new_vtimezone (icaltimezone *zone)
{
  icalcomponent *vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));
  icalproperty  *tzid = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);

  icalproperty_set_tzid (tzid, icaltimezone_get_location (zone));
  return vtimezone;
}

static LtEvent *
find_by_id (GPtrArray *events,
            gint64     id)
{
  for (guint i = 0; i < events->len; i++)
    if (lt_record_get_id (g_ptr_array_index (events, i)) == id)
      return g_ptr_array_index (events, i);
  return NULL;
}

/* Series and single events first, then the times that change a series. */
static char *
export_events (LtStore   *store,
               GPtrArray *events,
               gboolean   name_children,
               GError   **error)
{
  icalcomponent *calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  g_autoptr (GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *series_vevents = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  char       *text;

  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));

  for (guint i = 0; i < events->len; i++)
    {
      icaltimezone *zone = zone_of (g_ptr_array_index (events, i));

      /* A copy: libical may free the zone's strings as it loads the zone. */
      if (g_hash_table_add (zones, g_strdup (icaltimezone_get_location (zone))))
        icalcomponent_add_component (calendar, new_vtimezone (zone));
    }

  /* Single and repeating events first, then what changes the series. */
  for (guint i = 0; i < events->len; i++)
    {
      LtEvent       *event = g_ptr_array_index (events, i);
      icalcomponent *vevent;

      if (lt_event_get_series_id (event) != 0)
        continue;
      vevent = new_vevent (store, event, NULL, name_children);
      icalcomponent_add_component (calendar, vevent);
      {
        gint64 id = lt_record_get_id (LT_RECORD (event));

        g_hash_table_insert (series_vevents, g_memdup2 (&id, sizeof id), vevent);
      }
    }
  for (guint i = 0; i < events->len; i++)
    {
      LtEvent       *event = g_ptr_array_index (events, i);
      LtEvent       *series = find_by_id (events, lt_event_get_series_id (event));
      gint64         series_id = lt_event_get_series_id (event);
      icalcomponent *master = g_hash_table_lookup (series_vevents, &series_id);

      if (series_id == 0 || series == NULL || master == NULL)
        continue;
      /* A cancelled occurrence that was not moved is an EXDATE of the series. */
      if (lt_event_get_cancelled (event) &&
          g_strcmp0 (lt_event_get_starts_at (event), lt_event_get_recurrence_id (event)) == 0)
        icalcomponent_add_property (master, new_time_property (ICAL_EXDATE_PROPERTY,
                                                               lt_event_get_recurrence_id (event),
                                                               zone_of (series)));
      else
        icalcomponent_add_component (calendar, new_vevent (store, event, series, name_children));
    }

  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  g_hash_table_unref (series_vevents);
  if (text == NULL)
    g_set_error (error, LT_ICS_ERROR, LT_ICS_ERROR_INVALID, _ ("The calendar could not be written."));
  return text;
}

/**
 * lt_ics_export:
 * @events: (element-type LtEvent): a child's events (or several children's)
 *
 * Returns: (transfer full): the events as an iCalendar text
 */
char *
lt_ics_export (LtStore   *store,
               GPtrArray *events,
               GError   **error)
{
  return export_events (store, events, FALSE, error);
}

static void
append_events_of (LtStore   *store,
                  LtChild   *child,
                  GPtrArray *events)
{
  g_autoptr (GListModel) list =
      lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (events, g_list_model_get_item (list, i));
}

/**
 * lt_ics_export_to_file:
 * @child: (nullable): whose calendar; %NULL for every child of the household,
 *   each event's summary then starting with the child's name
 * @path: where the .ics goes; written through a temporary file, mode 0600
 *
 * Returns: %TRUE, or %FALSE with @error
 */
gboolean
lt_ics_export_to_file (LtStore    *store,
                       LtChild    *child,
                       const char *path,
                       GError    **error)
{
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;

  if (child != NULL)
    append_events_of (store, child, events);
  else
    {
      g_autoptr (GListModel) children = lt_store_list_children (store);

      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr (LtChild) each = g_list_model_get_item (children, i);

          append_events_of (store, each, events);
        }
    }
  text = export_events (store, events, child == NULL, error);
  if (text == NULL)
    return FALSE;
  /* g_file_set_contents_full writes a temporary file, syncs and renames. */
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/* ---- import -------------------------------------------------------------- */

void
lt_ics_result_clear (LtIcsResult *result)
{
  g_clear_pointer (&result->skipped, g_ptr_array_unref);
}

typedef struct
{
  icalcomponent *vevent;
  LtEvent       *event; /* the draft, owned */
  char          *uid;
  char          *recurrence_id; /* for a changed occurrence */
  GPtrArray     *exdates;       /* char *: cancelled occurrences of a series */
} Draft;

static void
draft_free (gpointer data)
{
  Draft *draft = data;

  g_clear_object (&draft->event);
  g_free (draft->uid);
  g_free (draft->recurrence_id);
  g_clear_pointer (&draft->exdates, g_ptr_array_unref);
  g_free (draft);
}

/* Seconds since 1970 for a DTSTART, DTEND, RECURRENCE-ID or EXDATE value;
 * a time without a zone (floating) is taken as @fallback's. */
static gint64
instant_of (struct icaltimetype time,
            icaltimezone       *fallback)
{
  /* Not icaltime_as_timet(): libical 3.0 gives -1 for any time before 1902. */
  if (icaltime_is_utc (time))
    return icaltime_as_timet_with_zone (time, icaltimezone_get_utc_timezone ());
  return icaltime_as_timet_with_zone (time, time.zone != NULL ? time.zone : fallback);
}

static gboolean
enum_from_nick (GType       type,
                const char *nick,
                int        *value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (found != NULL)
    *value = found->value;
  return found != NULL;
}

static const char *
x_property (icalcomponent *vevent,
            const char    *name)
{
  for (icalproperty *p = icalcomponent_get_first_property (vevent, ICAL_X_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (vevent, ICAL_X_PROPERTY))
    if (g_strcmp0 (icalproperty_get_x_name (p), name) == 0)
      return icalproperty_get_x (p);
  return NULL;
}

static gboolean
refuse (GError    **error,
        guint       number,
        const char *summary,
        const char *why)
{
  g_set_error (error, LT_ICS_ERROR, LT_ICS_ERROR_INVALID, _ ("Event %u (“%s”) %s"), number,
               summary != NULL ? summary : "", why);
  return FALSE;
}

/* The zone named on a time's TZID, or the family's. */
static icaltimezone *
zone_named (icalcomponent *vevent)
{
  struct icaltimetype start = icalcomponent_get_dtstart (vevent);

  if (start.zone != NULL && icaltimezone_get_location ((icaltimezone *) start.zone) != NULL &&
      icaltimezone_get_builtin_timezone (icaltimezone_get_location ((icaltimezone *) start.zone)))
    return icaltimezone_get_builtin_timezone (icaltimezone_get_location ((icaltimezone *) start.zone));
  return icaltimezone_get_builtin_timezone (LT_EVENT_DEFAULT_TIME_ZONE);
}

/* Livstråd keeps a time as "2026-11-28T09:00:00Z", with a year of four
 * digits.  A file can name the year 0, and a zone or a whole day can
 * carry a time past 9999: such times are refused, not written wrongly. */
static gboolean
can_keep (gint64 instant)
{
  return instant >= G_GINT64_CONSTANT (-30610224000) /* 1000-01-01T00:00:00Z */ &&
         instant <= G_GINT64_CONSTANT (253402300799); /* 9999-12-31T23:59:59Z */
}

static gboolean
fill_times (Draft        *draft,
            icaltimezone *zone,
            guint         number,
            const char   *summary,
            GError      **error)
{
  struct icaltimetype start = icalcomponent_get_dtstart (draft->vevent);
  struct icaltimetype end = icalcomponent_get_dtend (draft->vevent);
  gint64              from, to;
  g_autofree char    *starts_at = NULL;
  g_autofree char    *ends_at = NULL;

  if (icaltime_is_null_time (start))
    return refuse (error, number, summary, _ ("has no start time."));
  from = instant_of (start, zone);
  if (start.is_date)
    {
      /* A whole day, from midnight to midnight where the family lives. */
      lt_event_set_all_day (draft->event, TRUE);
      to = icaltime_is_null_time (end) ? from + 24 * 3600 : instant_of (end, zone);
    }
  else
    to = icaltime_is_null_time (end) ? from : instant_of (end, zone);
  if (to < from)
    return refuse (error, number, summary, _ ("ends before it starts."));
  if (!can_keep (from) || !can_keep (to))
    return refuse (error, number, summary, _ ("is before the year 1000 or after 9999."));
  starts_at = lt_recurrence_format_instant (from);
  ends_at = lt_recurrence_format_instant (to);
  lt_event_set_starts_at (draft->event, starts_at);
  lt_event_set_ends_at (draft->event, ends_at);
  lt_event_set_time_zone (draft->event, icaltimezone_get_location (zone));
  return TRUE;
}

static guint
count_unused (icalcomponent *vevent)
{
  static const icalproperty_kind used[] = {
    ICAL_UID_PROPERTY,
    ICAL_DTSTAMP_PROPERTY,
    ICAL_SUMMARY_PROPERTY,
    ICAL_DTSTART_PROPERTY,
    ICAL_DTEND_PROPERTY,
    ICAL_LOCATION_PROPERTY,
    ICAL_RRULE_PROPERTY,
    ICAL_RECURRENCEID_PROPERTY,
    ICAL_EXDATE_PROPERTY,
    ICAL_STATUS_PROPERTY,
    ICAL_X_PROPERTY,
    ICAL_DESCRIPTION_PROPERTY,
    ICAL_CREATED_PROPERTY,
    ICAL_LASTMODIFIED_PROPERTY,
    ICAL_SEQUENCE_PROPERTY,
    ICAL_TRANSP_PROPERTY,
    ICAL_CLASS_PROPERTY,
  };
  guint n = icalcomponent_count_components (vevent, ICAL_ANY_COMPONENT); /* alarms */

  for (icalproperty *p = icalcomponent_get_first_property (vevent, ICAL_ANY_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (vevent, ICAL_ANY_PROPERTY))
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (used) && !known; i++)
        known = icalproperty_isa (p) == used[i];
      n += !known;
    }
  return n;
}

/* Reads one VEVENT into a draft event; FALSE with @error when it cannot be used. */
static Draft *
read_vevent (icalcomponent *vevent,
             LtChild       *child,
             guint          number,
             GError       **error)
{
  g_autoptr (GError) local = NULL;
  Draft        *draft = g_new0 (Draft, 1);
  const char   *summary = icalcomponent_get_summary (vevent);
  icaltimezone *zone = zone_named (vevent);
  icalproperty *rrule = icalcomponent_get_first_property (vevent, ICAL_RRULE_PROPERTY);
  icalproperty *error_property = icalcomponent_get_first_property (vevent, ICAL_XLICERROR_PROPERTY);
  int           kind = LT_EVENT_KIND_OTHER, outcome = LT_OUTCOME_PLANNED;
  gint64        length;

  draft->vevent = vevent;
  draft->event = lt_event_new ();
  draft->uid = g_strdup (icalcomponent_get_uid (vevent));
  lt_event_set_child_id (draft->event, lt_record_get_id (LT_RECORD (child)));
  if (error_property != NULL)
    {
      g_autofree char *why = g_strdup_printf (_ ("could not be read (%s)."),
                                              icalproperty_get_xlicerror (error_property));

      refuse (error, number, summary, why);
      draft_free (draft);
      return NULL;
    }
  lt_event_set_title (draft->event, summary != NULL && *summary != '\0'
                                        ? summary
                                        : _ ("Event from another calendar"));
  lt_event_set_place (draft->event, icalcomponent_get_location (vevent));
  lt_event_set_uid (draft->event, draft->uid);
  enum_from_nick (LT_TYPE_EVENT_KIND, x_property (vevent, X_KIND), &kind);
  enum_from_nick (LT_TYPE_OUTCOME, x_property (vevent, X_OUTCOME), &outcome);
  lt_event_set_kind (draft->event, kind);
  lt_event_set_outcome (draft->event, outcome);
  lt_event_set_cancelled (draft->event, icalcomponent_get_status (vevent) == ICAL_STATUS_CANCELLED);
  if (!fill_times (draft, zone, number, summary, error))
    {
      draft_free (draft);
      return NULL;
    }
  if (rrule != NULL)
    {
      struct icalrecurrencetype recurrence = icalproperty_get_rrule (rrule);
      g_autofree char          *rule = icalrecurrencetype_as_string_r (&recurrence);

      if (rule == NULL || !lt_recurrence_check_rule (rule, &local))
        {
          refuse (error, number, summary, _ ("repeats by a rule that cannot be read."));
          draft_free (draft);
          return NULL;
        }
      lt_event_set_rrule (draft->event, rule);
    }
  if (icalcomponent_get_first_property (vevent, ICAL_RECURRENCEID_PROPERTY) != NULL)
    {
      gint64 at = instant_of (icalcomponent_get_recurrenceid (vevent), zone);

      if (!can_keep (at))
        {
          refuse (error, number, summary, _ ("changes a time before the year 1000 or after 9999."));
          draft_free (draft);
          return NULL;
        }
      draft->recurrence_id = lt_recurrence_format_instant (at);
    }
  length = lt_recurrence_parse_instant (lt_event_get_ends_at (draft->event)) -
           lt_recurrence_parse_instant (lt_event_get_starts_at (draft->event));
  draft->exdates = g_ptr_array_new_with_free_func (g_free);
  for (icalproperty *p = icalcomponent_get_first_property (vevent, ICAL_EXDATE_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (vevent, ICAL_EXDATE_PROPERTY))
    {
      gint64 at = instant_of (icalproperty_get_exdate (p), zone);

      /* A cancelled time is kept with its end too (add_cancelled()). */
      if (!can_keep (at) || !can_keep (at + length))
        {
          refuse (error, number, summary, _ ("leaves out a time before the year 1000 or after 9999."));
          draft_free (draft);
          return NULL;
        }
      g_ptr_array_add (draft->exdates, lt_recurrence_format_instant (at));
    }
  return draft;
}

/* The VEVENTs of the first VCALENDAR in @root. */
static GPtrArray *
find_vevents (icalcomponent *root)
{
  GPtrArray     *vevents = g_ptr_array_new ();
  icalcomponent *calendar = root;

  if (icalcomponent_isa (root) != ICAL_VCALENDAR_COMPONENT)
    calendar = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
  for (icalcomponent *c = calendar != NULL
                              ? icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT)
                              : NULL;
       c != NULL; c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (vevents, c);
  return vevents;
}

static GPtrArray *
read_drafts (icalcomponent *root,
             LtChild       *child,
             guint         *unused,
             GError       **error)
{
  g_autoptr (GPtrArray) vevents = find_vevents (root);
  g_autoptr (GPtrArray) drafts = g_ptr_array_new_with_free_func (draft_free);

  if (vevents->len == 0)
    {
      g_set_error (error, LT_ICS_ERROR, LT_ICS_ERROR_NOT_ICALENDAR,
                   _ ("The file has no calendar events in it."));
      return NULL;
    }
  for (guint i = 0; i < vevents->len; i++)
    {
      Draft *draft = read_vevent (g_ptr_array_index (vevents, i), child, i + 1, error);

      if (draft == NULL)
        return NULL;
      *unused += count_unused (draft->vevent);
      g_ptr_array_add (drafts, draft);
    }
  return g_steal_pointer (&drafts);
}

/* The UIDs of the repeating and single events the child already has. */
static GHashTable *
existing_uids (LtStore *store,
               LtChild *child)
{
  g_autoptr (GListModel) events =
      lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));
  GHashTable *uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (LtEvent) event = g_list_model_get_item (events, i);

      if (lt_event_get_uid (event) != NULL && lt_event_get_series_id (event) == 0)
        g_hash_table_add (uids, g_strdup (lt_event_get_uid (event)));
    }
  return uids;
}

/* A cancelled occurrence (an EXDATE) as a row of its own in the series. */
static gboolean
add_cancelled (LtStore    *store,
               LtEvent    *series,
               const char *recurrence_id,
               GError    **error)
{
  g_autoptr (LtEvent) cancelled = LT_EVENT (lt_record_copy (LT_RECORD (series)));
  gint64 length = lt_recurrence_parse_instant (lt_event_get_ends_at (series)) -
                  lt_recurrence_parse_instant (lt_event_get_starts_at (series));
  g_autofree char *ends_at =
      lt_recurrence_format_instant (lt_recurrence_parse_instant (recurrence_id) + length);

  lt_record_set_identity (LT_RECORD (cancelled), 0, NULL, NULL);
  lt_event_set_rrule (cancelled, NULL);
  lt_event_set_uid (cancelled, NULL);
  lt_event_set_series_id (cancelled, lt_record_get_id (LT_RECORD (series)));
  lt_event_set_recurrence_id (cancelled, recurrence_id);
  lt_event_set_starts_at (cancelled, recurrence_id);
  lt_event_set_ends_at (cancelled, ends_at);
  lt_event_set_cancelled (cancelled, TRUE);
  return lt_store_add (store, LT_RECORD (cancelled), error);
}

static gboolean
add_drafts (LtStore     *store,
            LtChild     *child,
            GPtrArray   *drafts,
            LtIcsResult *result,
            GError     **error)
{
  g_autoptr (GHashTable) already = existing_uids (store, child);
  g_autoptr (GHashTable) added = g_hash_table_new (g_str_hash, g_str_equal); /* uid → LtEvent */

  /* Single and repeating events first, so the changes can name them. */
  for (guint i = 0; i < drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (drafts, i);

      if (draft->recurrence_id != NULL)
        continue;
      if (draft->uid != NULL && g_hash_table_contains (already, draft->uid))
        {
          result->already++;
          continue;
        }
      if (!lt_store_add (store, LT_RECORD (draft->event), error))
        return FALSE;
      result->added++;
      if (draft->uid != NULL)
        g_hash_table_insert (added, draft->uid, draft->event);
      for (guint k = 0; k < draft->exdates->len; k++, result->added++)
        if (!add_cancelled (store, draft->event, g_ptr_array_index (draft->exdates, k), error))
          return FALSE;
    }
  for (guint i = 0; i < drafts->len; i++)
    {
      Draft   *draft = g_ptr_array_index (drafts, i);
      LtEvent *series = draft->uid != NULL ? g_hash_table_lookup (added, draft->uid) : NULL;

      if (draft->recurrence_id == NULL)
        continue;
      if (series == NULL)
        {
          if (draft->uid != NULL && g_hash_table_contains (already, draft->uid))
            result->already++;
          else
            g_ptr_array_add (result->skipped,
                             g_strdup_printf (_ ("A change to “%s” was left out: the event it "
                                                 "changes is not in the file."),
                                              lt_event_get_title (draft->event)));
          continue;
        }
      lt_event_set_rrule (draft->event, NULL);
      lt_event_set_uid (draft->event, NULL);
      lt_event_set_series_id (draft->event, lt_record_get_id (LT_RECORD (series)));
      lt_event_set_recurrence_id (draft->event, draft->recurrence_id);
      if (!lt_store_add (store, LT_RECORD (draft->event), error))
        return FALSE;
      result->added++;
    }
  return TRUE;
}

static icalcomponent *
parse (GBytes  *bytes,
       GError **error)
{
  gsize            length = 0;
  const char      *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = NULL;
  icalcomponent   *root;

  if (length > LT_ICS_MAX_BYTES)
    {
      g_set_error (error, LT_ICS_ERROR, LT_ICS_ERROR_TOO_LARGE,
                   _ ("The calendar file is larger than %d MB, more than Livstråd reads."),
                   LT_ICS_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  text = data != NULL ? g_strndup (data, length) : g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL) || strstr (text, "BEGIN:VCALENDAR") == NULL)
    {
      g_set_error (error, LT_ICS_ERROR, LT_ICS_ERROR_NOT_ICALENDAR,
                   _ ("This is not a calendar file (iCalendar, .ics) that Livstråd can read."));
      return NULL;
    }
  icalerror_clear_errno ();
  root = icalparser_parse_string (text);
  if (root == NULL)
    g_set_error (error, LT_ICS_ERROR, LT_ICS_ERROR_NOT_ICALENDAR,
                 _ ("The calendar file is damaged and cannot be read."));
  return root;
}

/**
 * lt_ics_import:
 * @result: (out caller-allocates): how many events were added; clear it
 *   with lt_ics_result_clear()
 *
 * Adds the events in an iCalendar file to @child's calendar, all or none.
 *
 * Returns: %TRUE, or %FALSE with @error and nothing added
 */
gboolean
lt_ics_import (LtStore     *store,
               LtChild     *child,
               GBytes      *bytes,
               LtIcsResult *result,
               GError     **error)
{
  icalcomponent *root;
  g_autoptr (GPtrArray) drafts = NULL;
  guint    unused = 0;
  gboolean ok;

  *result = (LtIcsResult){ 0, 0, g_ptr_array_new_with_free_func (g_free) };
  root = parse (bytes, error);
  if (root == NULL)
    return FALSE;
  drafts = read_drafts (root, child, &unused, error);
  ok = drafts != NULL && lt_store_begin (store, error);
  if (ok)
    {
      ok = add_drafts (store, child, drafts, result, error);
      if (ok)
        ok = lt_store_commit (store, error);
      else
        lt_store_rollback (store);
    }
  if (ok && unused > 0)
    g_ptr_array_add (result->skipped,
                     g_strdup_printf (ngettext ("%u detail (an alarm, an attendee’s address or the "
                                                "like) was not kept.",
                                                "%u details (alarms, attendees’ addresses and the "
                                                "like) were not kept.",
                                                unused),
                                      unused));
  if (!ok)
    {
      result->added = result->already = 0;
      g_prefix_error (error, _ ("Nothing was imported. "));
    }
  icalcomponent_free (root);
  return ok;
}
