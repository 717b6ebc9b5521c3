/* lt-agreements-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtAgreementsWindow: the child's everyday agreements with the parents.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_AGREEMENTS_WINDOW (lt_agreements_window_get_type ())
G_DECLARE_FINAL_TYPE (LtAgreementsWindow, lt_agreements_window, LT, AGREEMENTS_WINDOW, AdwWindow)

LtAgreementsWindow *lt_agreements_window_new (GtkWindow *parent,
                                              LtStore   *store,
                                              LtChild   *child);
LtChild            *lt_agreements_window_get_child (LtAgreementsWindow *self);

G_END_DECLS
