/* lt-agreements-summary.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The child's everyday agreements gathered from the store as text for the
 * PDF (render/lt-agreements-report).
 */
#pragma once

#include "lt-agreements-report.h"
#include "lt-store.h"

G_BEGIN_DECLS

LtAgreementsReport *lt_agreements_summary_new (LtStore     *store,
                                               LtChild     *child,
                                               const GDate *today);

G_END_DECLS
