/* lt-chapter.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChapter: a chapter of a child's life-story book.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

#define LT_TYPE_CHAPTER (lt_chapter_get_type ())
G_DECLARE_FINAL_TYPE (LtChapter, lt_chapter, LT, CHAPTER, LtRecord)

LtChapter *lt_chapter_new (void);

gint64      lt_chapter_get_child_id (LtChapter *self);
void        lt_chapter_set_child_id (LtChapter *self,
                                     gint64     child_id);
const char *lt_chapter_get_title (LtChapter *self);
void        lt_chapter_set_title (LtChapter  *self,
                                  const char *title);
gint64      lt_chapter_get_position (LtChapter *self);
void        lt_chapter_set_position (LtChapter *self,
                                     gint64     position);

G_END_DECLS
