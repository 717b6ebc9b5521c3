/* lt-child-copy-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChildCopyWindow: "Give the child their copy" — each photo in or out,
 * a ZIP file or a folder, then where.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_CHILD_COPY_WINDOW (lt_child_copy_window_get_type ())
G_DECLARE_FINAL_TYPE (LtChildCopyWindow, lt_child_copy_window, LT, CHILD_COPY_WINDOW, AdwWindow)

LtChildCopyWindow *lt_child_copy_window_new (GtkWindow *parent,
                                             LtStore   *store,
                                             LtChild   *child);
void               lt_child_copy_window_set_photo_included (LtChildCopyWindow *self,
                                                            guint              index,
                                                            gboolean           included);
gboolean           lt_child_copy_window_write (LtChildCopyWindow *self,
                                               const char        *target,
                                               GError           **error);

G_END_DECLS
