/* lt-school-fields.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The school's own form rows: weekdays as toggles, and numbers typed the
 * Danish way ("4,5") or the English way ("4.5").
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *lt_school_fields_weekdays_row (const char *title,
                                          gint64      weekdays);
gint64     lt_school_fields_read_weekdays (GtkWidget *row);
char      *lt_school_fields_weekdays_label (gint64 weekdays);
char      *lt_school_fields_format_number (double value);
gboolean   lt_school_fields_parse_number (const char *text,
                                          double     *value,
                                          GError    **error);

G_END_DECLS
