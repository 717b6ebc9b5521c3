/* lt-migrations.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The migrations are files "NNN-what.sql" in resources/sql/, compiled into
 * the core library as a GResource; NNN is the schema version (PRAGMA
 * user_version) a database has once that file has run.
 */
#include "config.h"

#include "lt-core-resources.h"
#include "lt-migrations.h"

#define MIGRATIONS_PATH "/dk/livstraad/Livstraad/sql/"

/* Returns: the schema version @name brings a database to, or 0 when @name
 * is not a migration. */
int
lt_migrations_version_of (const char *name)
{
  char  *end = NULL;
  gint64 version;

  g_return_val_if_fail (name != NULL, 0);

  version = g_ascii_strtoll (name, &end, 10);
  if (end == name || *end != '-' || !g_str_has_suffix (name, ".sql") || version > G_MAXINT)
    return 0;
  return (int) version;
}

static int
compare_versions (gconstpointer a,
                  gconstpointer b)
{
  return lt_migrations_version_of (*(const char **) a) -
         lt_migrations_version_of (*(const char **) b);
}

/**
 * lt_migrations_list:
 *
 * Returns: (transfer full) (element-type utf8): the migrations' names, oldest first
 */
GPtrArray *
lt_migrations_list (void)
{
  g_auto (GStrv) names = NULL;
  GPtrArray *migrations = g_ptr_array_new_with_free_func (g_free);

  /* The GResource lives in this static library; naming its getter keeps
   * the linker from dropping it (it registers itself when loaded). */
  (void) lt_core_get_resource ();

  names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (lt_migrations_version_of (names[i]) > 0)
      g_ptr_array_add (migrations, g_strdup (names[i]));
  g_ptr_array_sort (migrations, compare_versions);
  return migrations;
}

/* Returns: the schema version the newest migration brings a database to. */
int
lt_migrations_latest_version (void)
{
  g_autoptr (GPtrArray) migrations = lt_migrations_list ();

  if (migrations->len == 0)
    return 0;
  return lt_migrations_version_of (g_ptr_array_index (migrations, migrations->len - 1));
}

/* Returns: (transfer full): the SQL of migration @name, or %NULL with @error */
GBytes *
lt_migrations_load (const char *name,
                    GError    **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  path = g_strconcat (MIGRATIONS_PATH, name, NULL);
  return g_resources_lookup_data (path, 0, error);
}
