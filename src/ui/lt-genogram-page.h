/* lt-genogram-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGenogramPage: the child's family tree, with the list of relations.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_GENOGRAM_PAGE (lt_genogram_page_get_type ())
G_DECLARE_FINAL_TYPE (LtGenogramPage, lt_genogram_page, LT, GENOGRAM_PAGE, GtkWidget)

void lt_genogram_page_set_store (LtGenogramPage *self,
                                 LtStore        *store);
void lt_genogram_page_set_child (LtGenogramPage *self,
                                 LtChild        *child);
void lt_genogram_page_select_named (LtGenogramPage *self,
                                    const char     *name);

G_END_DECLS
