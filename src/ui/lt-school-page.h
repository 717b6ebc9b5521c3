/* lt-school-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtSchoolPage: the child's school and everyday life: today's list to tick
 * off, the week, the school and the people there, leisure and friends,
 * absence and the goals of the child's plan.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_SCHOOL_PAGE (lt_school_page_get_type ())
G_DECLARE_FINAL_TYPE (LtSchoolPage, lt_school_page, LT, SCHOOL_PAGE, GtkWidget)

void lt_school_page_set_store (LtSchoolPage *self,
                               LtStore      *store);
void lt_school_page_set_child (LtSchoolPage *self,
                               LtChild      *child);
void lt_school_page_show_section (LtSchoolPage *self,
                                  const char   *name);
void lt_school_page_show_day (LtSchoolPage *self,
                              const char   *iso_day);

G_END_DECLS
