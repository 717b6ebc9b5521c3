/* lt-record-target.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A record as an action target, "(sx)": its type name and id, so a row's
 * button can name the record it acts on and the action find it again.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

GVariant *lt_record_target_new (LtRecord *record);
LtRecord *lt_record_target_lookup (LtStore  *store,
                                   GVariant *target);

G_END_DECLS
