/* lt-story-entry.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtStoryEntry: a page or moment in the life-story book.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_AUTHOR_ADULT,
  LT_AUTHOR_CHILD,
  LT_AUTHOR_TOGETHER,
} LtAuthor;

#define LT_TYPE_STORY_ENTRY (lt_story_entry_get_type ())
G_DECLARE_FINAL_TYPE (LtStoryEntry, lt_story_entry, LT, STORY_ENTRY, LtRecord)

#define LT_TYPE_AUTHOR (lt_author_get_type ())
GType       lt_author_get_type (void);
const char *lt_author_to_label (LtAuthor value);

LtStoryEntry *lt_story_entry_new (void);

gint64      lt_story_entry_get_chapter_id (LtStoryEntry *self);
void        lt_story_entry_set_chapter_id (LtStoryEntry *self,
                                           gint64        chapter_id);
const char *lt_story_entry_get_title (LtStoryEntry *self);
void        lt_story_entry_set_title (LtStoryEntry *self,
                                      const char   *title);
const char *lt_story_entry_get_date_text (LtStoryEntry *self);
void        lt_story_entry_set_date_text (LtStoryEntry *self,
                                          const char   *date_text);
const char *lt_story_entry_get_sort_date (LtStoryEntry *self);
void        lt_story_entry_set_sort_date (LtStoryEntry *self,
                                          const char   *sort_date);
const char *lt_story_entry_get_body (LtStoryEntry *self);
void        lt_story_entry_set_body (LtStoryEntry *self,
                                     const char   *body);
LtAuthor    lt_story_entry_get_author (LtStoryEntry *self);
void        lt_story_entry_set_author (LtStoryEntry *self,
                                       LtAuthor      author);
gboolean    lt_story_entry_get_private (LtStoryEntry *self);
void        lt_story_entry_set_private (LtStoryEntry *self,
                                        gboolean private);

G_END_DECLS
