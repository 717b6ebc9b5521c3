/* lt-file-util.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A rename is only durable once the folder that holds the name is synced;
 * g_file_set_contents_full syncs the file but not the folder.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "lt-file-util.h"

static gboolean
io_error (GError    **error,
          int         saved_errno,
          const char *format,
          const char *path)
{
  g_autofree char *what = g_strdup_printf (format, path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", what,
               g_strerror (saved_errno));
  return FALSE;
}

/* Syncs the folder that holds @path, so a rename or creation in it
 * survives a power cut. */
gboolean
lt_file_sync_folder_of (const char *path,
                        GError    **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int              fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  int              rc;

  if (fd < 0)
    return io_error (error, errno, _ ("Could not open the folder “%s”"), folder);
  rc = fsync (fd);
  close (fd);
  if (rc != 0)
    return io_error (error, errno, _ ("Could not save the folder “%s” to disk"), folder);
  return TRUE;
}

/**
 * lt_file_write_durably:
 *
 * Writes @contents to @path with mode 0600: a temporary file beside it,
 * fsync, rename, fsync of the folder.  On failure the old file is as it
 * was and no temporary file is left.
 */
gboolean
lt_file_write_durably (const char *path,
                       GBytes     *contents,
                       GError    **error)
{
  gsize         length = 0;
  gconstpointer data = g_bytes_get_data (contents, &length);

  g_return_val_if_fail (path != NULL && contents != NULL, FALSE);

  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error) &&
         lt_file_sync_folder_of (path, error);
}

gboolean
lt_file_rename_durably (const char *from,
                        const char *to,
                        GError    **error)
{
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  if (g_rename (from, to) != 0)
    return io_error (error, errno, _ ("Could not move “%s” into place"), from);
  return lt_file_sync_folder_of (to, error);
}

/* Overwrites @path with zeros, syncs it, then removes it: for a plain
 * copy of the household once the encrypted one is in place.  On a
 * solid-state disk the old blocks may survive in the drive's spare area;
 * only whole-disk encryption covers that (the app warns at set-up). */
gboolean
lt_file_shred (const char *path,
               GError    **error)
{
  static const char zeros[64 * 1024];
  GStatBuf          st;
  int               fd;
  goffset           left;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_stat (path, &st) != 0)
    return errno == ENOENT ? TRUE : io_error (error, errno, _ ("Could not read “%s”"), path);
  fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return io_error (error, errno, _ ("Could not open “%s”"), path);
  for (left = st.st_size; left > 0;)
    {
      ssize_t n = write (fd, zeros, MIN ((goffset) sizeof zeros, left));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved_errno = n < 0 ? errno : ENOSPC;

          close (fd);
          return io_error (error, saved_errno, _ ("Could not overwrite “%s”"), path);
        }
      left -= n;
    }
  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return io_error (error, saved_errno, _ ("Could not overwrite “%s”"), path);
    }
  close (fd);
  if (g_unlink (path) != 0)
    return io_error (error, errno, _ ("Could not remove “%s”"), path);
  return lt_file_sync_folder_of (path, error);
}

/* Removes @folder and everything in it, best effort: for staging folders
 * the app made itself.  Symbolic links are removed, never followed. */
void
lt_file_remove_tree (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        lt_file_remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (folder);
}
