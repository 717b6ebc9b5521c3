/* lt-store-contact.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The store's part for contact with the child's network (migration 016):
 * how long "a while" is for each child, and pages proposed from a visit.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

/* Without a chosen period, someone who matters most is missed after this. */
#define LT_CONTACT_DEFAULT_WEEKS 6
#define LT_CONTACT_MIN_WEEKS 1
#define LT_CONTACT_MAX_WEEKS 52

int      lt_store_get_contact_weeks (LtStore *self,
                                     gint64   child_id);
gboolean lt_store_set_contact_weeks (LtStore *self,
                                     gint64   child_id,
                                     int      weeks,
                                     GError **error);

gboolean   lt_store_propose_entry (LtStore      *self,
                                   LtStoryEntry *entry,
                                   LtPhoto      *photo,
                                   LtEvent      *event,
                                   GError      **error);
LtChapter *lt_store_dup_proposal_chapter (LtStore *self,
                                          LtChild *child,
                                          GError **error);
gint64     lt_store_get_entry_source_event (LtStore      *self,
                                            LtStoryEntry *entry);

G_END_DECLS
