/* lt-guidance-rows.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * One guidance item as a row that opens to show what it asks, why, what
 * to do this week, the helper tools it names and its source.
 */
#pragma once

#include <adwaita.h>

#include "lt-guidance.h"

G_BEGIN_DECLS

GtkWidget *lt_guidance_row_new (LtGuidance     *guidance,
                                LtGuidanceItem *item);

G_END_DECLS
