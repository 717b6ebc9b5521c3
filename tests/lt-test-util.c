/* lt-test-util.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Small helpers the tests share.
 */
#include "lt-test-util.h"

#include <glib/gstdio.h>

/* Removes a test's temporary folder and everything in it (a household
 * database with its -wal and -shm files, exports, screenshots). */
void
lt_test_remove_tree (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        lt_test_remove_tree (path);
      else
        g_remove (path);
    }
  g_rmdir (folder);
}
