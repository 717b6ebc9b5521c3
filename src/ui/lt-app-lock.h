/* lt-app-lock.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtAppLock: hides every window of an encrypted household behind the
 * unlock window — on demand, after a time without use, and when the
 * screen locks.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_APP_LOCK (lt_app_lock_get_type ())
G_DECLARE_FINAL_TYPE (LtAppLock, lt_app_lock, LT, APP_LOCK, GObject)

LtAppLock *lt_app_lock_new (GtkApplication *application,
                            LtStore        *store);
void       lt_app_lock_lock (LtAppLock *self);
gboolean   lt_app_lock_get_locked (LtAppLock *self);
GtkWindow *lt_app_lock_get_unlock_window (LtAppLock *self);
void       lt_app_lock_check_idle (LtAppLock *self,
                                   gint64     now_usec);

G_END_DECLS
