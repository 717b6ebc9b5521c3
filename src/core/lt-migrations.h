/* lt-migrations.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The numbered SQL migrations that bring a household database up to date.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GPtrArray *lt_migrations_list (void);
int        lt_migrations_version_of (const char *name);
int        lt_migrations_latest_version (void);
GBytes    *lt_migrations_load (const char *name,
                               GError    **error);

G_END_DECLS
