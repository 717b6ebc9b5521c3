/* lt-event.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtEvent: a visit, call, meeting, activity or birthday in a child's calendar.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "lt-child.h"
#include "lt-event.h"
#include "lt-record-private.h"

struct _LtEvent
{
  LtRecord parent_instance;

  gint64      child_id;
  LtEventKind kind;
  char       *title;
  char       *place;
  char       *starts_at;
  char       *ends_at;
  gboolean    all_day;
  char       *time_zone;
  char       *rrule;
  gint64      series_id;
  char       *recurrence_id;
  gboolean    cancelled;
  LtOutcome   outcome;
  char       *accompanied_by;
  char       *driver;
  char       *preparation;
  char       *notes_after;
  gint64      mood_before;
  gint64      mood_after;
  char       *observations;
  gboolean    observations_shared;
  char       *uid;
};

G_DEFINE_FINAL_TYPE (LtEvent, lt_event, LT_TYPE_RECORD)

G_DEFINE_ENUM_TYPE (LtEventKind, lt_event_kind, G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_UNSUPERVISED, "unsupervised"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_SUPERVISED, "supervised"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_FULLY_SUPERVISED, "fully-supervised"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_SUPPORTED, "supported"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_GETTING_TO_KNOW, "getting-to-know"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_PHONE, "phone"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_VIDEO, "video"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_LETTER, "letter"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_MEETING, "meeting"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_SCHOOL_MEETING, "school-meeting"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_LEISURE, "leisure"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_BIRTHDAY, "birthday"), G_DEFINE_ENUM_VALUE (LT_EVENT_KIND_OTHER, "other"))

G_DEFINE_ENUM_TYPE (LtOutcome, lt_outcome, G_DEFINE_ENUM_VALUE (LT_OUTCOME_PLANNED, "planned"), G_DEFINE_ENUM_VALUE (LT_OUTCOME_HELD, "held"), G_DEFINE_ENUM_VALUE (LT_OUTCOME_CANCELLED_BY_PARENT, "cancelled-by-parent"), G_DEFINE_ENUM_VALUE (LT_OUTCOME_CANCELLED_BY_CHILD, "cancelled-by-child"), G_DEFINE_ENUM_VALUE (LT_OUTCOME_CANCELLED_BY_PLACEMENT, "cancelled-by-placement"), G_DEFINE_ENUM_VALUE (LT_OUTCOME_CANCELLED_BY_MUNICIPALITY, "cancelled-by-municipality"), G_DEFINE_ENUM_VALUE (LT_OUTCOME_NO_SHOW, "no-show"))

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_PLACE,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_ALL_DAY,
  PROP_TIME_ZONE,
  PROP_RRULE,
  PROP_SERIES_ID,
  PROP_RECURRENCE_ID,
  PROP_CANCELLED,
  PROP_OUTCOME,
  PROP_ACCOMPANIED_BY,
  PROP_DRIVER,
  PROP_PREPARATION,
  PROP_NOTES_AFTER,
  PROP_MOOD_BEFORE,
  PROP_MOOD_AFTER,
  PROP_OBSERVATIONS,
  PROP_OBSERVATIONS_SHARED,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const event_columns[] = { "child_id", "kind", "title", "place", "starts_at", "ends_at", "all_day", "time_zone", "rrule", "series_id", "recurrence_id", "cancelled", "outcome", "accompanied_by", "driver", "preparation", "notes_after", "mood_before", "mood_after", "observations", "observations_shared", "uid", NULL };

const char *
lt_event_kind_to_label (LtEventKind value)
{
  static const char *const labels[] = {
    [LT_EVENT_KIND_UNSUPERVISED] = N_ ("Visit without supervision"),
    [LT_EVENT_KIND_SUPERVISED] = N_ ("Supervised visit"),
    [LT_EVENT_KIND_FULLY_SUPERVISED] = N_ ("Fully supervised visit"),
    [LT_EVENT_KIND_SUPPORTED] = N_ ("Supported visit"),
    [LT_EVENT_KIND_GETTING_TO_KNOW] = N_ ("Getting-to-know visit"),
    [LT_EVENT_KIND_PHONE] = N_ ("Phone call"),
    [LT_EVENT_KIND_VIDEO] = N_ ("Video call"),
    [LT_EVENT_KIND_LETTER] = N_ ("Letter or message"),
    [LT_EVENT_KIND_MEETING] = N_ ("Meeting"),
    [LT_EVENT_KIND_SCHOOL_MEETING] = N_ ("School-home talk"),
    [LT_EVENT_KIND_LEISURE] = N_ ("Leisure activity"),
    [LT_EVENT_KIND_BIRTHDAY] = N_ ("Birthday"),
    [LT_EVENT_KIND_OTHER] = N_ ("Other"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

const char *
lt_outcome_to_label (LtOutcome value)
{
  static const char *const labels[] = {
    [LT_OUTCOME_PLANNED] = N_ ("Planned"),
    [LT_OUTCOME_HELD] = N_ ("Held"),
    [LT_OUTCOME_CANCELLED_BY_PARENT] = N_ ("Cancelled by the parent"),
    [LT_OUTCOME_CANCELLED_BY_CHILD] = N_ ("Cancelled by the child"),
    [LT_OUTCOME_CANCELLED_BY_PLACEMENT] = N_ ("Cancelled by the foster family or home"),
    [LT_OUTCOME_CANCELLED_BY_MUNICIPALITY] = N_ ("Cancelled by the municipality"),
    [LT_OUTCOME_NO_SHOW] = N_ ("Did not turn up"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* By start, then by when they were made. */
static int
lt_event_compare (LtRecord *a,
                  LtRecord *b)
{
  int    order = g_strcmp0 (LT_EVENT (a)->starts_at, LT_EVENT (b)->starts_at);
  gint64 ia = lt_record_get_id (a);
  gint64 ib = lt_record_get_id (b);

  return order != 0 ? order : (ia > ib) - (ia < ib);
}

static gboolean
valid_instant (const char *text)
{
  g_autoptr (GDateTime) parsed = NULL;

  if (text == NULL || !g_str_has_suffix (text, "Z"))
    return FALSE;
  parsed = g_date_time_new_from_iso8601 (text, NULL);
  return parsed != NULL;
}

/* The shape of an RFC 5545 RRULE value; lt-recurrence checks the rest. */
static gboolean
plausible_rrule (const char *rrule)
{
  if (!g_str_has_prefix (rrule, "FREQ="))
    return FALSE;
  for (const char *c = rrule; *c != '\0'; c++)
    if (!g_ascii_isupper (*c) && !g_ascii_isdigit (*c) && strchr ("=;,:+-", *c) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
lt_event_validate (LtRecord *record,
                   GError  **error)
{
  LtEvent *self = LT_EVENT (record);

  if (!lt_record_require_text (self->title, _ ("The event needs a title."), error))
    return FALSE;
  if (!valid_instant (self->starts_at) || !valid_instant (self->ends_at))
    return invalid (error, _ ("The event needs a start and an end."));
  if (g_strcmp0 (self->ends_at, self->starts_at) < 0)
    return invalid (error, _ ("The event ends before it starts."));
  if (self->mood_before > 5 || self->mood_after > 5)
    return invalid (error, _ ("How the child was is marked from 1 to 5."));
  if (self->rrule != NULL && !plausible_rrule (self->rrule))
    return invalid (error, _ ("The repetition rule cannot be read."));
  if ((self->series_id != 0) != (self->recurrence_id != NULL) ||
      (self->recurrence_id != NULL && !valid_instant (self->recurrence_id)))
    return invalid (error, _ ("A changed occurrence needs the series and the time it replaces."));
  if (self->series_id != 0 && self->rrule != NULL)
    return invalid (error, _ ("A changed occurrence cannot repeat on its own."));
  return TRUE;
}

static void
lt_event_finalize (GObject *object)
{
  LtEvent *self = LT_EVENT (object);

  g_free (self->title);
  g_free (self->place);
  g_free (self->starts_at);
  g_free (self->ends_at);
  g_free (self->time_zone);
  g_free (self->rrule);
  g_free (self->recurrence_id);
  g_free (self->accompanied_by);
  g_free (self->driver);
  g_free (self->preparation);
  g_free (self->notes_after);
  g_free (self->observations);
  g_free (self->uid);

  G_OBJECT_CLASS (lt_event_parent_class)->finalize (object);
}

static void
lt_event_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LtEvent *self = LT_EVENT (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_STARTS_AT:
      g_value_set_string (value, self->starts_at);
      break;
    case PROP_ENDS_AT:
      g_value_set_string (value, self->ends_at);
      break;
    case PROP_ALL_DAY:
      g_value_set_boolean (value, self->all_day);
      break;
    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;
    case PROP_RRULE:
      g_value_set_string (value, self->rrule);
      break;
    case PROP_SERIES_ID:
      g_value_set_int64 (value, self->series_id);
      break;
    case PROP_RECURRENCE_ID:
      g_value_set_string (value, self->recurrence_id);
      break;
    case PROP_CANCELLED:
      g_value_set_boolean (value, self->cancelled);
      break;
    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;
    case PROP_ACCOMPANIED_BY:
      g_value_set_string (value, self->accompanied_by);
      break;
    case PROP_DRIVER:
      g_value_set_string (value, self->driver);
      break;
    case PROP_PREPARATION:
      g_value_set_string (value, self->preparation);
      break;
    case PROP_NOTES_AFTER:
      g_value_set_string (value, self->notes_after);
      break;
    case PROP_MOOD_BEFORE:
      g_value_set_int64 (value, self->mood_before);
      break;
    case PROP_MOOD_AFTER:
      g_value_set_int64 (value, self->mood_after);
      break;
    case PROP_OBSERVATIONS:
      g_value_set_string (value, self->observations);
      break;
    case PROP_OBSERVATIONS_SHARED:
      g_value_set_boolean (value, self->observations_shared);
      break;
    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_event_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  LtEvent *self = LT_EVENT (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_event_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      lt_event_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      lt_event_set_title (self, g_value_get_string (value));
      break;
    case PROP_PLACE:
      lt_event_set_place (self, g_value_get_string (value));
      break;
    case PROP_STARTS_AT:
      lt_event_set_starts_at (self, g_value_get_string (value));
      break;
    case PROP_ENDS_AT:
      lt_event_set_ends_at (self, g_value_get_string (value));
      break;
    case PROP_ALL_DAY:
      lt_event_set_all_day (self, g_value_get_boolean (value));
      break;
    case PROP_TIME_ZONE:
      lt_event_set_time_zone (self, g_value_get_string (value));
      break;
    case PROP_RRULE:
      lt_event_set_rrule (self, g_value_get_string (value));
      break;
    case PROP_SERIES_ID:
      lt_event_set_series_id (self, g_value_get_int64 (value));
      break;
    case PROP_RECURRENCE_ID:
      lt_event_set_recurrence_id (self, g_value_get_string (value));
      break;
    case PROP_CANCELLED:
      lt_event_set_cancelled (self, g_value_get_boolean (value));
      break;
    case PROP_OUTCOME:
      lt_event_set_outcome (self, g_value_get_enum (value));
      break;
    case PROP_ACCOMPANIED_BY:
      lt_event_set_accompanied_by (self, g_value_get_string (value));
      break;
    case PROP_DRIVER:
      lt_event_set_driver (self, g_value_get_string (value));
      break;
    case PROP_PREPARATION:
      lt_event_set_preparation (self, g_value_get_string (value));
      break;
    case PROP_NOTES_AFTER:
      lt_event_set_notes_after (self, g_value_get_string (value));
      break;
    case PROP_MOOD_BEFORE:
      lt_event_set_mood_before (self, g_value_get_int64 (value));
      break;
    case PROP_MOOD_AFTER:
      lt_event_set_mood_after (self, g_value_get_int64 (value));
      break;
    case PROP_OBSERVATIONS:
      lt_event_set_observations (self, g_value_get_string (value));
      break;
    case PROP_OBSERVATIONS_SHARED:
      lt_event_set_observations_shared (self, g_value_get_boolean (value));
      break;
    case PROP_UID:
      lt_event_set_uid (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_event_class_init (LtEventClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_event_finalize;
  object_class->get_property = lt_event_get_property;
  object_class->set_property = lt_event_set_property;

  record_class->table = "event";
  record_class->columns = event_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_event_compare;
  record_class->validate = lt_event_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
      g_param_spec_enum ("kind", NULL, NULL, LT_TYPE_EVENT_KIND, LT_EVENT_KIND_UNSUPERVISED,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE] =
      g_param_spec_string ("place", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTS_AT] =
      g_param_spec_string ("starts-at", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENDS_AT] =
      g_param_spec_string ("ends-at", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALL_DAY] =
      g_param_spec_boolean ("all-day", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME_ZONE] =
      g_param_spec_string ("time-zone", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RRULE] =
      g_param_spec_string ("rrule", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIES_ID] =
      g_param_spec_int64 ("series-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECURRENCE_ID] =
      g_param_spec_string ("recurrence-id", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CANCELLED] =
      g_param_spec_boolean ("cancelled", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME] =
      g_param_spec_enum ("outcome", NULL, NULL, LT_TYPE_OUTCOME, LT_OUTCOME_PLANNED,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCOMPANIED_BY] =
      g_param_spec_string ("accompanied-by", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRIVER] =
      g_param_spec_string ("driver", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREPARATION] =
      g_param_spec_string ("preparation", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES_AFTER] =
      g_param_spec_string ("notes-after", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MOOD_BEFORE] =
      g_param_spec_int64 ("mood-before", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MOOD_AFTER] =
      g_param_spec_int64 ("mood-after", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBSERVATIONS] =
      g_param_spec_string ("observations", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBSERVATIONS_SHARED] =
      g_param_spec_boolean ("observations-shared", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UID] =
      g_param_spec_string ("uid", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_event_init (LtEvent *self)
{
  self->time_zone = g_strdup (LT_EVENT_DEFAULT_TIME_ZONE);
}

LtEvent *
lt_event_new (void)
{
  return g_object_new (LT_TYPE_EVENT, NULL);
}

gint64
lt_event_get_child_id (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), 0);

  return self->child_id;
}

void
lt_event_set_child_id (LtEvent *self,
                       gint64   child_id)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

LtEventKind
lt_event_get_kind (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), 0);

  return self->kind;
}

void
lt_event_set_kind (LtEvent    *self,
                   LtEventKind kind)
{
  g_return_if_fail (LT_IS_EVENT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
lt_event_get_title (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->title;
}

void
lt_event_set_title (LtEvent    *self,
                    const char *title)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
lt_event_get_place (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->place;
}

void
lt_event_set_place (LtEvent    *self,
                    const char *place)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->place, place, properties[PROP_PLACE]);
}

const char *
lt_event_get_starts_at (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->starts_at;
}

void
lt_event_set_starts_at (LtEvent    *self,
                        const char *starts_at)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->starts_at, starts_at, properties[PROP_STARTS_AT]);
}

const char *
lt_event_get_ends_at (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->ends_at;
}

void
lt_event_set_ends_at (LtEvent    *self,
                      const char *ends_at)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->ends_at, ends_at, properties[PROP_ENDS_AT]);
}

gboolean
lt_event_get_all_day (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), FALSE);

  return self->all_day;
}

void
lt_event_set_all_day (LtEvent *self,
                      gboolean all_day)
{
  g_return_if_fail (LT_IS_EVENT (self));

  all_day = !!all_day;
  if (self->all_day == all_day)
    return;

  self->all_day = all_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALL_DAY]);
}

const char *
lt_event_get_time_zone (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->time_zone;
}

void
lt_event_set_time_zone (LtEvent    *self,
                        const char *time_zone)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->time_zone, time_zone, properties[PROP_TIME_ZONE]);
}

const char *
lt_event_get_rrule (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->rrule;
}

void
lt_event_set_rrule (LtEvent    *self,
                    const char *rrule)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->rrule, rrule, properties[PROP_RRULE]);
}

gint64
lt_event_get_series_id (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), 0);

  return self->series_id;
}

void
lt_event_set_series_id (LtEvent *self,
                        gint64   series_id)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_int64 (LT_RECORD (self), &self->series_id, series_id, properties[PROP_SERIES_ID]);
}

const char *
lt_event_get_recurrence_id (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->recurrence_id;
}

void
lt_event_set_recurrence_id (LtEvent    *self,
                            const char *recurrence_id)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->recurrence_id, recurrence_id, properties[PROP_RECURRENCE_ID]);
}

gboolean
lt_event_get_cancelled (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), FALSE);

  return self->cancelled;
}

void
lt_event_set_cancelled (LtEvent *self,
                        gboolean cancelled)
{
  g_return_if_fail (LT_IS_EVENT (self));

  cancelled = !!cancelled;
  if (self->cancelled == cancelled)
    return;

  self->cancelled = cancelled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCELLED]);
}

LtOutcome
lt_event_get_outcome (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), 0);

  return self->outcome;
}

void
lt_event_set_outcome (LtEvent  *self,
                      LtOutcome outcome)
{
  g_return_if_fail (LT_IS_EVENT (self));

  if (self->outcome == outcome)
    return;

  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

const char *
lt_event_get_accompanied_by (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->accompanied_by;
}

void
lt_event_set_accompanied_by (LtEvent    *self,
                             const char *accompanied_by)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->accompanied_by, accompanied_by, properties[PROP_ACCOMPANIED_BY]);
}

const char *
lt_event_get_driver (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->driver;
}

void
lt_event_set_driver (LtEvent    *self,
                     const char *driver)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->driver, driver, properties[PROP_DRIVER]);
}

const char *
lt_event_get_preparation (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->preparation;
}

void
lt_event_set_preparation (LtEvent    *self,
                          const char *preparation)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->preparation, preparation, properties[PROP_PREPARATION]);
}

const char *
lt_event_get_notes_after (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->notes_after;
}

void
lt_event_set_notes_after (LtEvent    *self,
                          const char *notes_after)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->notes_after, notes_after, properties[PROP_NOTES_AFTER]);
}

gint64
lt_event_get_mood_before (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), 0);

  return self->mood_before;
}

void
lt_event_set_mood_before (LtEvent *self,
                          gint64   mood_before)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_int64 (LT_RECORD (self), &self->mood_before, mood_before, properties[PROP_MOOD_BEFORE]);
}

gint64
lt_event_get_mood_after (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), 0);

  return self->mood_after;
}

void
lt_event_set_mood_after (LtEvent *self,
                         gint64   mood_after)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_int64 (LT_RECORD (self), &self->mood_after, mood_after, properties[PROP_MOOD_AFTER]);
}

const char *
lt_event_get_observations (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->observations;
}

void
lt_event_set_observations (LtEvent    *self,
                           const char *observations)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->observations, observations, properties[PROP_OBSERVATIONS]);
}

gboolean
lt_event_get_observations_shared (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), FALSE);

  return self->observations_shared;
}

void
lt_event_set_observations_shared (LtEvent *self,
                                  gboolean observations_shared)
{
  g_return_if_fail (LT_IS_EVENT (self));

  observations_shared = !!observations_shared;
  if (self->observations_shared == observations_shared)
    return;

  self->observations_shared = observations_shared;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBSERVATIONS_SHARED]);
}

const char *
lt_event_get_uid (LtEvent *self)
{
  g_return_val_if_fail (LT_IS_EVENT (self), NULL);

  return self->uid;
}

void
lt_event_set_uid (LtEvent    *self,
                  const char *uid)
{
  g_return_if_fail (LT_IS_EVENT (self));

  lt_record_set_string (LT_RECORD (self), &self->uid, uid, properties[PROP_UID]);
}
