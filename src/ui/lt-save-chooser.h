/* lt-save-chooser.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * "Save as" for a file the app writes (a calendar, an overview PDF): the
 * chooser, then the writing, then a toast saying it was saved or why not.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef gboolean (*LtSaveFunc) (const char *path,
                                gpointer    data,
                                GError    **error);

void lt_save_chooser_run (GtkWidget  *widget,
                          const char *title,
                          const char *accept_label,
                          const char *suggested_name,
                          LtSaveFunc  write,
                          const char *saved_message);

G_END_DECLS
