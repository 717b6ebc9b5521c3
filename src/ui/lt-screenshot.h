/* lt-screenshot.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Saving a widget as it looks on screen to a PNG file.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean lt_screenshot_save (GtkWidget  *widget,
                             const char *path,
                             GError    **error);

G_END_DECLS
