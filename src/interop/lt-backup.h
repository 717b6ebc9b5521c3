/* lt-backup.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * One-file backups of an encrypted household and restoring them, checked
 * in full before anything current is touched (format: docs/backup-format.md).
 */
#pragma once

#include <gio/gio.h>

#include "lt-key-slots.h"
#include "lt-store.h"

G_BEGIN_DECLS

#define LT_BACKUP_ERROR (lt_backup_error_quark ())

typedef enum
{
  LT_BACKUP_ERROR_FAILED,
  LT_BACKUP_ERROR_NOT_A_BACKUP,
  LT_BACKUP_ERROR_TOO_NEW,
  LT_BACKUP_ERROR_DAMAGED,
  LT_BACKUP_ERROR_UNSAFE_NAME,
  LT_BACKUP_ERROR_NOT_ENCRYPTED,
} LtBackupError;

#define LT_BACKUP_FORMAT_VERSION 1

typedef struct _LtBackupJob LtBackupJob;

typedef void (*LtBackupProgress) (double   fraction,
                                  gpointer data);

GQuark lt_backup_error_quark (void);

LtBackupJob *lt_backup_prepare (LtStore *store,
                                GError **error);
gboolean     lt_backup_job_write (LtBackupJob     *job,
                                  const char      *path,
                                  LtBackupProgress progress,
                                  gpointer         progress_data,
                                  GCancellable    *cancellable,
                                  GError         **error);
void         lt_backup_job_free (LtBackupJob *job);
gboolean     lt_backup_write (LtStore    *store,
                              const char *path,
                              GError    **error);

LtKeySlots *lt_backup_read_key_slots (const char *path,
                                      GError    **error);
LtKeySlots *lt_backup_parse_header (GBytes  *bytes,
                                    gsize   *header_length,
                                    GError **error);
gboolean    lt_backup_verify (const char     *path,
                              const LtSecret *key,
                              GError        **error);
gboolean    lt_backup_restore (const char     *path,
                               const LtSecret *key,
                               const char     *database_path,
                               char          **previous_folder,
                               GError        **error);
gboolean    lt_backup_name_is_safe (const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtBackupJob, lt_backup_job_free)

G_END_DECLS
