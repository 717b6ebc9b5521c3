/* lt-school-page-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the school page shares with its sections: today (lt-school-today.c),
 * the week and the list
 * (lt-school-week.c), school life (lt-school-life.c), absence and goals
 * (lt-school-progress.c).
 */
#pragma once

#include "lt-school-page.h"

G_BEGIN_DECLS

/* "Today": the page's tick boxes, and the label saying what is left. */
typedef struct
{
  LtSchoolPage *page;   /* borrowed */
  GPtrArray    *checks; /* GtkCheckButton *, borrowed from the list shown */
  GtkLabel     *left_label;
} LtSchoolToday;

LtStore    *lt_school_page_get_store (LtSchoolPage *self);
LtChild    *lt_school_page_get_child (LtSchoolPage *self);
void        lt_school_page_get_today (LtSchoolPage *self,
                                      GDate        *today);
void        lt_school_page_open_dialog (LtSchoolPage *self,
                                        LtRecord     *record);
GtkWidget  *lt_school_page_add_group (GtkBox     *box,
                                      const char *title,
                                      const char *description);
GtkWidget  *lt_school_page_record_row (LtRecord   *record,
                                       const char *title,
                                       const char *subtitle,
                                       gboolean    removable);
void        lt_school_page_clear_box (GtkBox *box);
void        lt_school_page_placeholder (GtkWidget  *group,
                                        const char *text);
GMenuModel *lt_school_page_template_menu (void);

LtSchoolToday *lt_school_page_get_today_list (LtSchoolPage *self);
void           lt_school_today_fill (LtSchoolToday *self,
                                     GtkBox        *box);
void           lt_school_today_sync (LtSchoolToday *self);

void lt_school_week_fill (LtSchoolPage *self,
                          GtkBox       *box,
                          const GDate  *monday);
void lt_school_life_fill (LtSchoolPage *self,
                          GtkBox       *box);
void lt_school_progress_fill (LtSchoolPage *self,
                              GtkBox       *box);

G_END_DECLS
