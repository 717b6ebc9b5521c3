/* lt-log-report.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The daily log for a meeting: the notes of a period that one audience
 * may see, as an A4 PDF.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

GPtrArray *lt_log_report_select (GListModel *notes,
                                 const char *from,
                                 const char *to,
                                 LtAudience  audience);
gboolean   lt_log_report_write_pdf (const char *child_name,
                                    GPtrArray  *notes,
                                    const char *from,
                                    const char *to,
                                    LtAudience  audience,
                                    const char *path,
                                    GError    **error);

G_END_DECLS
