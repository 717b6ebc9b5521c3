/* lt-proposals-panel.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtProposalsPanel: in the book, the pages proposed from visits, for the
 * child and an adult to keep or drop together.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_PROPOSALS_PANEL (lt_proposals_panel_get_type ())
G_DECLARE_FINAL_TYPE (LtProposalsPanel, lt_proposals_panel, LT, PROPOSALS_PANEL, GtkWidget)

void  lt_proposals_panel_set_store (LtProposalsPanel *self,
                                    LtStore          *store);
void  lt_proposals_panel_set_child (LtProposalsPanel *self,
                                    LtChild          *child);
guint lt_proposals_panel_get_n_proposals (LtProposalsPanel *self);

G_END_DECLS
