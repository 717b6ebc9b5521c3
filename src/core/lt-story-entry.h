/* lt-story-entry.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtStoryEntry: a page or moment in the life-story book.
 */
#pragma once

#include "lt-audience.h"
#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_AUTHOR_ADULT,
  LT_AUTHOR_CHILD,
  LT_AUTHOR_TOGETHER,
} LtAuthor;

/* A page proposed from a visit or a log note waits for the child and an
 * adult to keep it (in the book) or drop it (deleted). */
typedef enum
{
  LT_ENTRY_STATUS_IN_BOOK,
  LT_ENTRY_STATUS_PROPOSED,
} LtEntryStatus;

#define LT_TYPE_STORY_ENTRY (lt_story_entry_get_type ())
G_DECLARE_FINAL_TYPE (LtStoryEntry, lt_story_entry, LT, STORY_ENTRY, LtRecord)

#define LT_TYPE_AUTHOR (lt_author_get_type ())
GType       lt_author_get_type (void);
const char *lt_author_to_label (LtAuthor value);

#define LT_TYPE_ENTRY_STATUS (lt_entry_status_get_type ())
GType lt_entry_status_get_type (void);

LtStoryEntry *lt_story_entry_new (void);

gint64        lt_story_entry_get_chapter_id (LtStoryEntry *self);
void          lt_story_entry_set_chapter_id (LtStoryEntry *self,
                                             gint64        chapter_id);
const char   *lt_story_entry_get_title (LtStoryEntry *self);
void          lt_story_entry_set_title (LtStoryEntry *self,
                                        const char   *title);
const char   *lt_story_entry_get_date_text (LtStoryEntry *self);
void          lt_story_entry_set_date_text (LtStoryEntry *self,
                                            const char   *date_text);
const char   *lt_story_entry_get_sort_date (LtStoryEntry *self);
void          lt_story_entry_set_sort_date (LtStoryEntry *self,
                                            const char   *sort_date);
const char   *lt_story_entry_get_body (LtStoryEntry *self);
void          lt_story_entry_set_body (LtStoryEntry *self,
                                       const char   *body);
LtAuthor      lt_story_entry_get_author (LtStoryEntry *self);
void          lt_story_entry_set_author (LtStoryEntry *self,
                                         LtAuthor      author);
gint64        lt_story_entry_get_audience (LtStoryEntry *self);
void          lt_story_entry_set_audience (LtStoryEntry *self,
                                           gint64        audience);
gboolean      lt_story_entry_get_child_veto (LtStoryEntry *self);
void          lt_story_entry_set_child_veto (LtStoryEntry *self,
                                             gboolean      child_veto);
LtEntryStatus lt_story_entry_get_status (LtStoryEntry *self);
void          lt_story_entry_set_status (LtStoryEntry *self,
                                         LtEntryStatus status);
const char   *lt_story_entry_get_open_on (LtStoryEntry *self);
void          lt_story_entry_set_open_on (LtStoryEntry *self,
                                          const char   *open_on);

gboolean lt_story_entry_is_sealed (LtStoryEntry *self,
                                   const char   *today);
gboolean lt_story_entry_is_kept_back (LtStoryEntry *self,
                                      LtAudience    audience,
                                      const char   *today);
gboolean lt_story_entry_is_shown_to (LtStoryEntry *self,
                                     LtAudience    audience,
                                     const char   *today);

G_END_DECLS
