/* lt-contact-summary.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * When each person of a child's network was last seen and last heard from,
 * counted from the calendar.
 */
#pragma once

#include "lt-recurrence.h"
#include "lt-store.h"

G_BEGIN_DECLS

typedef enum
{
  LT_CONTACT_NONE,  /* not contact, still to come, or did not happen */
  LT_CONTACT_SEEN,  /* a visit that was held */
  LT_CONTACT_HEARD, /* a call, video call or letter that was held */
} LtContactKind;

typedef struct
{
  gint64 person_id;
  gint64 last_seen;  /* Unix seconds of the start, or 0 for never */
  gint64 last_heard; /* likewise */
} LtContact;

typedef struct _LtContactSummary LtContactSummary;

LtContactKind lt_contact_kind_of (const LtOccurrence *occurrence,
                                  gint64              now);
gint64        lt_contact_get_last (const LtContact *contact);
gboolean      lt_contact_is_missed (const LtContact *contact,
                                    gint64           now,
                                    int              weeks);
guint         lt_contact_days_since (gint64 then,
                                     gint64 now);
char         *lt_contact_describe (const LtContact *contact,
                                   gint64           now);
char         *lt_contact_describe_dates (const LtContact *contact);
const char   *lt_contact_how_counted (void);

LtContactSummary *lt_contact_summary_new (void);
void              lt_contact_summary_add (LtContactSummary   *self,
                                          const LtOccurrence *occurrence,
                                          const gint64       *person_ids,
                                          guint               n_persons,
                                          gint64              now);
const LtContact  *lt_contact_summary_lookup (LtContactSummary *self,
                                             gint64            person_id);
LtContactSummary *lt_contact_summary_new_for_child (LtStore *store,
                                                    LtChild *child,
                                                    gint64   now,
                                                    GError **error);
void              lt_contact_summary_free (LtContactSummary *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtContactSummary, lt_contact_summary_free)

G_END_DECLS
