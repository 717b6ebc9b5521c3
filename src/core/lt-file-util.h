/* lt-file-util.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Writing files so that a crash or a full disk leaves the old file or the
 * new one, never half of one.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean lt_file_write_durably (const char *path,
                                GBytes     *contents,
                                GError    **error);
gboolean lt_file_sync_folder_of (const char *path,
                                 GError    **error);
gboolean lt_file_rename_durably (const char *from,
                                 const char *to,
                                 GError    **error);
gboolean lt_file_shred (const char *path,
                        GError    **error);
void     lt_file_remove_tree (const char *folder);

G_END_DECLS
