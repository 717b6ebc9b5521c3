/* lt-record-target.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A record as an action target, "(sx)": its type name and id.
 */
#include "config.h"

#include "lt-record-target.h"

/* Returns: (transfer floating): the target naming @record */
GVariant *
lt_record_target_new (LtRecord *record)
{
  return g_variant_new ("(sx)", G_OBJECT_TYPE_NAME (record), lt_record_get_id (record));
}

/* Returns: (transfer none) (nullable): the record @target names, if it is still there */
LtRecord *
lt_record_target_lookup (LtStore  *store,
                         GVariant *target)
{
  g_autoptr (GError) error = NULL;
  const char *type_name;
  gint64      id;
  GType       kind;
  LtRecord   *record;

  g_variant_get (target, "(&sx)", &type_name, &id);
  kind = g_type_from_name (type_name);
  if (store == NULL || kind == G_TYPE_INVALID || !g_type_is_a (kind, LT_TYPE_RECORD))
    return NULL;

  record = lt_store_lookup (store, kind, id, &error);
  if (record == NULL)
    g_debug ("Record to act on is gone: %s", error->message);
  return record;
}
