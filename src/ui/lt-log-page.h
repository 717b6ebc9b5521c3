/* lt-log-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtLogPage: the child's daily log (dagbog), newest first, grouped by day.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_LOG_PAGE (lt_log_page_get_type ())
G_DECLARE_FINAL_TYPE (LtLogPage, lt_log_page, LT, LOG_PAGE, AdwBin)

void     lt_log_page_set_store (LtLogPage *self,
                                LtStore   *store);
void     lt_log_page_set_child (LtLogPage *self,
                                LtChild   *child);
gboolean lt_log_page_add_note (LtLogPage  *self,
                               const char *text,
                               gboolean    child_line);
void     lt_log_page_filter (LtLogPage  *self,
                             const char *tag,
                             const char *writer);
void     lt_log_page_filter_about (LtLogPage *self,
                                   LtPerson  *person);
guint    lt_log_page_count_shown (LtLogPage *self);

G_END_DECLS
