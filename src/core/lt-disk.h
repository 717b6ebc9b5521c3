/* lt-disk.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Whether the disk under a folder is encrypted (LUKS through device mapper).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LT_DISK_UNKNOWN,
  LT_DISK_ENCRYPTED,
  LT_DISK_NOT_ENCRYPTED,
} LtDiskEncryption;

LtDiskEncryption lt_disk_get_encryption (const char *path);

G_END_DECLS
