/* lt-log-note.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtLogNote: a short dated note in a child's daily log (dagbog).
 */
#pragma once

#include "lt-audience.h"
#include "lt-record.h"

G_BEGIN_DECLS

#define LT_TYPE_LOG_NOTE (lt_log_note_get_type ())
G_DECLARE_FINAL_TYPE (LtLogNote, lt_log_note, LT, LOG_NOTE, LtRecord)

LtLogNote *lt_log_note_new (void);

gint64      lt_log_note_get_child_id (LtLogNote *self);
void        lt_log_note_set_child_id (LtLogNote *self,
                                      gint64     child_id);
const char *lt_log_note_get_day (LtLogNote *self);
void        lt_log_note_set_day (LtLogNote  *self,
                                 const char *day);
const char *lt_log_note_get_time (LtLogNote *self);
void        lt_log_note_set_time (LtLogNote  *self,
                                  const char *time);
const char *lt_log_note_get_writer (LtLogNote *self);
void        lt_log_note_set_writer (LtLogNote  *self,
                                    const char *writer);
gboolean    lt_log_note_get_child_line (LtLogNote *self);
void        lt_log_note_set_child_line (LtLogNote *self,
                                        gboolean   child_line);
const char *lt_log_note_get_text (LtLogNote *self);
void        lt_log_note_set_text (LtLogNote  *self,
                                  const char *text);
const char *lt_log_note_get_tags (LtLogNote *self);
gint64      lt_log_note_get_audience (LtLogNote *self);
void        lt_log_note_set_audience (LtLogNote *self,
                                      gint64     audience);

gboolean lt_log_note_has_tag (LtLogNote  *self,
                              const char *tag);
char   **lt_log_note_tags_in (const char *text);

G_END_DECLS
