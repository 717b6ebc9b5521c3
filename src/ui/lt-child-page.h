/* lt-child-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChildPage: one child's overview: who they are, where they have lived,
 * their day care and schools, and the people in their life.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_CHILD_PAGE (lt_child_page_get_type ())
G_DECLARE_FINAL_TYPE (LtChildPage, lt_child_page, LT, CHILD_PAGE, GtkWidget)

LtStore *lt_child_page_get_store (LtChildPage *self);
void     lt_child_page_set_store (LtChildPage *self,
                                  LtStore     *store);
LtChild *lt_child_page_get_child (LtChildPage *self);
void     lt_child_page_set_child (LtChildPage *self,
                                  LtChild     *child);

G_END_DECLS
