/* lt-record-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Helpers the record kinds share to implement their properties.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

gboolean lt_record_set_string (LtRecord   *self,
                               char      **field,
                               const char *value,
                               GParamSpec *pspec);
gboolean lt_record_set_int64 (LtRecord   *self,
                              gint64     *field,
                              gint64      value,
                              GParamSpec *pspec);
gboolean lt_record_require_text (const char *value,
                                 const char *message,
                                 GError    **error);

G_END_DECLS
