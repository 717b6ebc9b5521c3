/* lt-backup-dialog.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Backing up the household from the window: where to, then progress, then
 * the result; and the reminder when the last backup is old.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_BACKUP_REMINDER_DAYS 30

void      lt_backup_dialog_run (GtkWindow *parent,
                                LtStore   *store);
void      lt_backup_dialog_write_to (GtkWindow  *parent,
                                     LtStore    *store,
                                     const char *path);
void      lt_backup_remember_done (void);
int       lt_backup_days_since_last (void);
AdwToast *lt_backup_reminder_toast (void);

G_END_DECLS
