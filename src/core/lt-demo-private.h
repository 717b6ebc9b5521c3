/* lt-demo-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The parts of the demo household kept in their own files.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

gboolean lt_demo_add_school (LtStore *store,
                             LtChild *child,
                             GError **error);
gboolean lt_demo_add_agreements (LtStore *store,
                                 LtChild *child,
                                 GError **error);

gboolean lt_demo_add_move (LtStore *store,
                           LtChild *child,
                           GError **error);
gboolean lt_demo_add_log (LtStore *store,
                          LtChild *child,
                          GError **error);
gboolean lt_demo_add_sharing (LtStore *store,
                              LtChild *child,
                              GError **error);

gboolean lt_demo_add_contact (LtStore *store,
                              LtChild *child,
                              GError **error);
gboolean lt_demo_add_proposal (LtStore *store,
                               LtChild *child,
                               GError **error);

G_END_DECLS
