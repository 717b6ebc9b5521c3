/* lt-event.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtEvent: a visit, call, meeting, activity or birthday in a child's calendar.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_EVENT_KIND_UNSUPERVISED,
  LT_EVENT_KIND_SUPERVISED,
  LT_EVENT_KIND_FULLY_SUPERVISED,
  LT_EVENT_KIND_SUPPORTED,
  LT_EVENT_KIND_GETTING_TO_KNOW,
  LT_EVENT_KIND_PHONE,
  LT_EVENT_KIND_VIDEO,
  LT_EVENT_KIND_LETTER,
  LT_EVENT_KIND_MEETING,
  LT_EVENT_KIND_SCHOOL_MEETING,
  LT_EVENT_KIND_LEISURE,
  LT_EVENT_KIND_BIRTHDAY,
  LT_EVENT_KIND_OTHER,
} LtEventKind;

typedef enum
{
  LT_OUTCOME_PLANNED,
  LT_OUTCOME_HELD,
  LT_OUTCOME_CANCELLED_BY_PARENT,
  LT_OUTCOME_CANCELLED_BY_CHILD,
  LT_OUTCOME_CANCELLED_BY_PLACEMENT,
  LT_OUTCOME_CANCELLED_BY_MUNICIPALITY,
  LT_OUTCOME_NO_SHOW,
} LtOutcome;

/* Where the family lives: times are shown and repeat in this zone. */
#define LT_EVENT_DEFAULT_TIME_ZONE "Europe/Copenhagen"

#define LT_TYPE_EVENT (lt_event_get_type ())
G_DECLARE_FINAL_TYPE (LtEvent, lt_event, LT, EVENT, LtRecord)

#define LT_TYPE_EVENT_KIND (lt_event_kind_get_type ())
GType       lt_event_kind_get_type (void);
const char *lt_event_kind_to_label (LtEventKind value);

#define LT_TYPE_OUTCOME (lt_outcome_get_type ())
GType       lt_outcome_get_type (void);
const char *lt_outcome_to_label (LtOutcome value);

LtEvent *lt_event_new (void);

gint64      lt_event_get_child_id (LtEvent *self);
void        lt_event_set_child_id (LtEvent *self,
                                   gint64   child_id);
LtEventKind lt_event_get_kind (LtEvent *self);
void        lt_event_set_kind (LtEvent    *self,
                               LtEventKind kind);
const char *lt_event_get_title (LtEvent *self);
void        lt_event_set_title (LtEvent    *self,
                                const char *title);
const char *lt_event_get_place (LtEvent *self);
void        lt_event_set_place (LtEvent    *self,
                                const char *place);
const char *lt_event_get_starts_at (LtEvent *self);
void        lt_event_set_starts_at (LtEvent    *self,
                                    const char *starts_at);
const char *lt_event_get_ends_at (LtEvent *self);
void        lt_event_set_ends_at (LtEvent    *self,
                                  const char *ends_at);
gboolean    lt_event_get_all_day (LtEvent *self);
void        lt_event_set_all_day (LtEvent *self,
                                  gboolean all_day);
const char *lt_event_get_time_zone (LtEvent *self);
void        lt_event_set_time_zone (LtEvent    *self,
                                    const char *time_zone);
const char *lt_event_get_rrule (LtEvent *self);
void        lt_event_set_rrule (LtEvent    *self,
                                const char *rrule);
gint64      lt_event_get_series_id (LtEvent *self);
void        lt_event_set_series_id (LtEvent *self,
                                    gint64   series_id);
const char *lt_event_get_recurrence_id (LtEvent *self);
void        lt_event_set_recurrence_id (LtEvent    *self,
                                        const char *recurrence_id);
gboolean    lt_event_get_cancelled (LtEvent *self);
void        lt_event_set_cancelled (LtEvent *self,
                                    gboolean cancelled);
LtOutcome   lt_event_get_outcome (LtEvent *self);
void        lt_event_set_outcome (LtEvent  *self,
                                  LtOutcome outcome);
const char *lt_event_get_accompanied_by (LtEvent *self);
void        lt_event_set_accompanied_by (LtEvent    *self,
                                         const char *accompanied_by);
const char *lt_event_get_driver (LtEvent *self);
void        lt_event_set_driver (LtEvent    *self,
                                 const char *driver);
const char *lt_event_get_preparation (LtEvent *self);
void        lt_event_set_preparation (LtEvent    *self,
                                      const char *preparation);
const char *lt_event_get_notes_after (LtEvent *self);
void        lt_event_set_notes_after (LtEvent    *self,
                                      const char *notes_after);
gint64      lt_event_get_mood_before (LtEvent *self);
void        lt_event_set_mood_before (LtEvent *self,
                                      gint64   mood_before);
gint64      lt_event_get_mood_after (LtEvent *self);
void        lt_event_set_mood_after (LtEvent *self,
                                     gint64   mood_after);
const char *lt_event_get_observations (LtEvent *self);
void        lt_event_set_observations (LtEvent    *self,
                                       const char *observations);
gboolean    lt_event_get_observations_shared (LtEvent *self);
void        lt_event_set_observations_shared (LtEvent *self,
                                              gboolean observations_shared);
const char *lt_event_get_uid (LtEvent *self);
void        lt_event_set_uid (LtEvent    *self,
                              const char *uid);

G_END_DECLS
