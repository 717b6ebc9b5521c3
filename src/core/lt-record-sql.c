/* lt-record-sql.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * How a record kind maps onto SQL: the statements for its table, built
 * from the class's column list, and values moved between a statement and
 * the record's properties (strings as TEXT with "" as NULL, enums as their
 * nick, integers and booleans as INTEGER, a reference "…_id" of 0 as NULL).  Only the store uses this.
 */
#include "config.h"

#include "lt-record-sql.h"

static GParamSpec *
column_pspec (GObjectClass *klass,
              const char   *column)
{
  g_autofree char *property = lt_column_to_property (column);

  return g_object_class_find_property (klass, property);
}

static void
bind_property_value (sqlite3_stmt *stmt,
                     int           index,
                     GObject      *object,
                     GParamSpec   *pspec)
{
  g_auto (GValue) value = G_VALUE_INIT;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_object_get_property (object, pspec->name, &value);
  if (type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (&value);

      if (text == NULL || *text == '\0')
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
    }
  else if (type == G_TYPE_INT64 && g_str_has_suffix (pspec->name, "-id") &&
           g_value_get_int64 (&value) == 0)
    sqlite3_bind_null (stmt, index); /* a reference to no row, e.g. "the child" in a relation */
  else if (type == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (&value));
  else if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, g_value_get_boolean (&value) ? 1 : 0);
  else if (type == G_TYPE_DOUBLE)
    sqlite3_bind_double (stmt, index, g_value_get_double (&value));
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr (GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *enum_value = g_enum_get_value (enum_class, g_value_get_enum (&value));

      g_assert (enum_value != NULL);
      sqlite3_bind_text (stmt, index, enum_value->value_nick, -1, SQLITE_STATIC);
    }
  else
    g_assert_not_reached ();
}

static void
read_property_value (sqlite3_stmt *stmt,
                     int           index,
                     GObject      *object,
                     GParamSpec   *pspec)
{
  g_auto (GValue) value = G_VALUE_INIT;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (&value, type);
  if (type == G_TYPE_STRING)
    g_value_set_string (&value, (const char *) sqlite3_column_text (stmt, index));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (&value, sqlite3_column_int64 (stmt, index));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, sqlite3_column_int (stmt, index) != 0);
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (&value, sqlite3_column_double (stmt, index));
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr (GEnumClass) enum_class = g_type_class_ref (type);
      const char *nick = (const char *) sqlite3_column_text (stmt, index);
      GEnumValue *enum_value = nick != NULL ? g_enum_get_value_by_nick (enum_class, nick) : NULL;

      /* A value this version does not know keeps the property's default. */
      if (enum_value == NULL)
        return;
      g_value_set_enum (&value, enum_value->value);
    }
  else
    g_assert_not_reached ();

  g_object_set_property (object, pspec->name, &value);
}

/**
 * lt_record_sql_select:
 * @by_owner: select by the owner column (?1) rather than by id (?1)
 *
 * Returns: (transfer none): an interned SELECT of id, created_at,
 * updated_at, then the columns in class order
 */
const char *
lt_record_sql_select (GType    kind,
                      gboolean by_owner)
{
  LtRecordClass   *klass = g_type_class_peek (kind);
  g_autofree char *columns = g_strjoinv (", ", (char **) klass->columns);
  g_autofree char *where = NULL;
  g_autofree char *sql = NULL;

  if (by_owner)
    where = g_strdup_printf ("%s = ?1", klass->owner_column);
  else
    where = g_strdup ("id = ?1");

  sql = g_strdup_printf ("SELECT id, created_at, updated_at, %s FROM %s WHERE %s",
                         columns, klass->table, where);
  return g_intern_string (sql);
}

/* Returns: (transfer none): an interned INSERT: ?1 created_at, ?2
 * updated_at, ?3… the columns. */
const char *
lt_record_sql_insert (GType kind)
{
  LtRecordClass   *klass = g_type_class_peek (kind);
  g_autofree char *columns = g_strjoinv (", ", (char **) klass->columns);
  g_autoptr (GString) values = g_string_new ("?1, ?2");
  guint            n_columns = g_strv_length ((char **) klass->columns);
  g_autofree char *sql = NULL;

  for (guint i = 0; i < n_columns; i++)
    g_string_append_printf (values, ", ?%u", i + 3);
  sql = g_strdup_printf ("INSERT INTO %s (created_at, updated_at, %s) VALUES (%s)",
                         klass->table, columns, values->str);
  return g_intern_string (sql);
}

/* Returns: (transfer none): an interned UPDATE: ?1 id, ?2 updated_at,
 * ?3… the columns. */
const char *
lt_record_sql_update (GType kind)
{
  LtRecordClass *klass = g_type_class_peek (kind);
  g_autoptr (GString) sql = g_string_new (NULL);
  guint i;

  g_string_append_printf (sql, "UPDATE %s SET updated_at = ?2", klass->table);
  for (i = 0; klass->columns[i] != NULL; i++)
    g_string_append_printf (sql, ", %s = ?%u", klass->columns[i], i + 3);
  g_string_append (sql, " WHERE id = ?1");
  return g_intern_string (sql->str);
}

/* Returns: (transfer none): an interned DELETE by id (?1). */
const char *
lt_record_sql_delete (GType kind)
{
  LtRecordClass   *klass = g_type_class_peek (kind);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", klass->table);

  return g_intern_string (sql);
}

/* Binds @record's column values to @stmt from parameter @first on. */
void
lt_record_sql_bind_columns (sqlite3_stmt *stmt,
                            int           first,
                            LtRecord     *record)
{
  GObjectClass      *object_class = G_OBJECT_GET_CLASS (record);
  const char *const *columns = LT_RECORD_GET_CLASS (record)->columns;

  for (guint i = 0; columns[i] != NULL; i++)
    bind_property_value (stmt, first + i, G_OBJECT (record), column_pspec (object_class, columns[i]));
}

/* Sets @record's column properties from @stmt's row, column @first on. */
void
lt_record_sql_read_columns (sqlite3_stmt *stmt,
                            int           first,
                            LtRecord     *record)
{
  GObjectClass      *object_class = G_OBJECT_GET_CLASS (record);
  const char *const *columns = LT_RECORD_GET_CLASS (record)->columns;

  for (guint i = 0; columns[i] != NULL; i++)
    read_property_value (stmt, first + i, G_OBJECT (record), column_pspec (object_class, columns[i]));
}
