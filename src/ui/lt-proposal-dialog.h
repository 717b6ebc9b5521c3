/* lt-proposal-dialog.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtProposalDialog: turns a moment of a visit into a proposed page of the
 * child's life-story book.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_PROPOSAL_DIALOG (lt_proposal_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LtProposalDialog, lt_proposal_dialog, LT, PROPOSAL_DIALOG, AdwWindow)

LtProposalDialog *lt_proposal_dialog_new (GtkWindow *parent,
                                          LtStore   *store,
                                          LtEvent   *visit);
void              lt_proposal_dialog_set_text (LtProposalDialog *self,
                                               const char       *title,
                                               const char       *moment);
gboolean          lt_proposal_dialog_propose (LtProposalDialog *self,
                                              GError          **error);

G_END_DECLS
