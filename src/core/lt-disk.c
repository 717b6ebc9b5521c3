/* lt-disk.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Follows the block device under a folder through sysfs: a device-mapper
 * target whose uuid starts with "CRYPT-" is dm-crypt (LUKS), and LVM or
 * RAID on top of it shows it among its "slaves".  Anything sysfs does not
 * describe (tmpfs, network or FUSE file systems, containers) is unknown,
 * and the app does not warn about what it cannot know.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "lt-disk.h"

#define MAX_DEPTH 8

static gboolean
is_crypt_target (const char *device_dir)
{
  g_autofree char *uuid_path = g_build_filename (device_dir, "dm", "uuid", NULL);
  g_autofree char *uuid = NULL;

  return g_file_get_contents (uuid_path, &uuid, NULL, NULL) && g_str_has_prefix (uuid, "CRYPT-");
}

static gboolean
device_is_encrypted (const char *device_dir,
                     int         depth)
{
  g_autofree char *slaves_path = NULL;
  g_autoptr (GDir) slaves = NULL;
  const char *name;

  if (depth > MAX_DEPTH)
    return FALSE;
  if (is_crypt_target (device_dir))
    return TRUE;
  slaves_path = g_build_filename (device_dir, "slaves", NULL);
  slaves = g_dir_open (slaves_path, 0, NULL);
  while (slaves != NULL && (name = g_dir_read_name (slaves)) != NULL)
    {
      g_autofree char *slave = g_build_filename ("/sys/class/block", name, NULL);

      if (device_is_encrypted (slave, depth + 1))
        return TRUE;
    }
  return FALSE;
}

/* Returns: whether the disk holding @path (or its nearest existing
 * parent) is encrypted, as far as this machine tells. */
LtDiskEncryption
lt_disk_get_encryption (const char *path)
{
  g_autofree char *existing = g_strdup (path);
  g_autofree char *device_dir = NULL;
  GStatBuf         st;

  g_return_val_if_fail (path != NULL, LT_DISK_UNKNOWN);

  while (g_stat (existing, &st) != 0)
    {
      char *parent = g_path_get_dirname (existing);

      if (g_strcmp0 (parent, existing) == 0)
        {
          g_free (parent);
          return LT_DISK_UNKNOWN;
        }
      g_free (existing);
      existing = parent;
    }
  device_dir = g_strdup_printf ("/sys/dev/block/%u:%u", major (st.st_dev), minor (st.st_dev));
  if (!g_file_test (device_dir, G_FILE_TEST_IS_DIR))
    return LT_DISK_UNKNOWN;
  return device_is_encrypted (device_dir, 0) ? LT_DISK_ENCRYPTED : LT_DISK_NOT_ENCRYPTED;
}
