/* lt-privacy-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPrivacyWindow: a child's anonymous placement and how long the
 * household keeps the child's records after the placement ends.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_PRIVACY_WINDOW (lt_privacy_window_get_type ())
G_DECLARE_FINAL_TYPE (LtPrivacyWindow, lt_privacy_window, LT, PRIVACY_WINDOW, AdwWindow)

LtPrivacyWindow *lt_privacy_window_new (GtkWindow *parent,
                                        LtStore   *store,
                                        LtChild   *child);
gboolean         lt_privacy_window_save (LtPrivacyWindow *self,
                                         gboolean         anonymous,
                                         const char      *ended,
                                         const char      *keep_until,
                                         GError         **error);

G_END_DECLS
