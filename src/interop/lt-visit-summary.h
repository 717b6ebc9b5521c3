/* lt-visit-summary.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Counting a child's visits and calls in a period, per person, for the
 * overview PDF (render/lt-visit-report).
 */
#pragma once

#include "lt-audience.h"
#include "lt-store.h"
#include "lt-visit-report.h"

G_BEGIN_DECLS

LtVisitReport *lt_visit_summary_new (LtStore   *store,
                                     LtChild   *child,
                                     gint64     from,
                                     gint64     to,
                                     gint64     now,
                                     LtAudience audience,
                                     GError   **error);

G_END_DECLS
