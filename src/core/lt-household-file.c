/* lt-household-file.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The household as a JSON file, written from and read back into the store.
 *
 * The format is versioned ("format", "version") and nests each child's
 * records under the child, so it carries no database ids: a file can be
 * imported into any household.  Members are the record classes' columns,
 * which keeps the file and the database in step.  Export, import into an
 * empty household and export again gives the same bytes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lt-date.h"
#include "lt-household-file.h"
#include "lt-json-shape.h"

#define FORMAT_NAME "livstraad-household"

/* The quark's name must keep its dashes. */
/* clang-format off */
G_DEFINE_QUARK (lt-household-file-error-quark, lt_household_file_error)
/* clang-format on */

/* What each kind of record owns, and the member each owned kind has in the
 * file: a child's history, people and book chapters; a chapter's entries.
 * Photos are not in the file: their bytes live in the media folder, which
 * the backup (not this file) carries.  Relations are written after the
 * persons they tie together (see add_relations()). */
typedef struct
{
  GType (*get_type) (void);
  const char *member;
  GType (*owner_get_type) (void);
} OwnedKind;

static const OwnedKind owned_kinds[] = {
  { lt_placement_get_type, "placements", lt_child_get_type },
  { lt_school_period_get_type, "school_periods", lt_child_get_type },
  { lt_person_get_type, "persons", lt_child_get_type },
  { lt_chapter_get_type, "chapters", lt_child_get_type },
  { lt_network_version_get_type, "network_versions", lt_child_get_type },
  { lt_checklist_item_get_type, "checklist_items", lt_child_get_type },
  { lt_absence_get_type, "absences", lt_child_get_type },
  { lt_goal_get_type, "goals", lt_child_get_type },
  { lt_agreement_get_type, "agreements", lt_child_get_type },
  { lt_move_get_type, "moves", lt_child_get_type },
  { lt_log_note_get_type, "log_notes", lt_child_get_type },
  { lt_story_entry_get_type, "entries", lt_chapter_get_type },
  { lt_checklist_tick_get_type, "ticks", lt_checklist_item_get_type },
  { lt_goal_reading_get_type, "readings", lt_goal_get_type },
  { lt_move_task_get_type, "tasks", lt_move_get_type },
};

/* ---- writing --------------------------------------------------------- */

static void
add_value (JsonBuilder *builder,
           GObject     *object,
           GParamSpec  *pspec)
{
  g_auto (GValue) value = G_VALUE_INIT;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_object_get_property (object, pspec->name, &value);
  if (type == G_TYPE_STRING)
    {
      if (g_value_get_string (&value) != NULL)
        json_builder_add_string_value (builder, g_value_get_string (&value));
      else
        json_builder_add_null_value (builder);
    }
  else if (type == G_TYPE_INT64)
    json_builder_add_int_value (builder, g_value_get_int64 (&value));
  else if (type == G_TYPE_BOOLEAN)
    json_builder_add_boolean_value (builder, g_value_get_boolean (&value));
  else if (type == G_TYPE_DOUBLE)
    json_builder_add_double_value (builder, g_value_get_double (&value));
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr (GEnumClass) enum_class = g_type_class_ref (type);

      json_builder_add_string_value (builder,
                                     g_enum_get_value (enum_class,
                                                       g_value_get_enum (&value))
                                         ->value_nick);
    }
  else
    g_assert_not_reached ();
}

/* Writes the columns (but the owner) and timestamps of @record as members.
 * With @positions, a column ending in @suffix (a reference to another of
 * the child's records) is written as that record's position (1, 2, …) in
 * its list in the file; 0 is none, or the child. */
static void
add_record_members (JsonBuilder *builder,
                    LtRecord    *record,
                    const char  *suffix,
                    GHashTable  *positions)
{
  LtRecordClass *klass = LT_RECORD_GET_CLASS (record);
  GObjectClass  *object_class = G_OBJECT_GET_CLASS (record);

  for (const char *const *column = klass->columns; *column != NULL; column++)
    {
      g_autofree char *property = NULL;

      if (g_strcmp0 (*column, klass->owner_column) == 0)
        continue;
      property = lt_column_to_property (*column);
      json_builder_set_member_name (builder, *column);
      if (positions != NULL && g_str_has_suffix (*column, suffix))
        {
          gint64 id = 0;

          g_object_get (record, property, &id, NULL);
          json_builder_add_int_value (builder,
                                      GPOINTER_TO_INT (g_hash_table_lookup (positions, &id)));
          continue;
        }
      add_value (builder, G_OBJECT (record), g_object_class_find_property (object_class, property));
    }
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_string_value (builder, lt_record_get_created_at (record));
  json_builder_set_member_name (builder, "updated_at");
  json_builder_add_string_value (builder, lt_record_get_updated_at (record));
}

static void add_owned_records (JsonBuilder *builder,
                               LtStore     *store,
                               LtRecord    *owner);

/* Each record's id → its position (1, 2, …) in @records. */
static GHashTable *
positions_of (GListModel *records)
{
  GHashTable *positions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr (LtRecord) record = g_list_model_get_item (records, i);
      gint64 id = lt_record_get_id (record);

      g_hash_table_insert (positions, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (i + 1));
    }
  return positions;
}

/* Writes the child's relations, naming people by their place in "persons". */
static void
add_relations (JsonBuilder *builder,
               LtStore     *store,
               LtChild     *child)
{
  gint64 child_id = lt_record_get_id (LT_RECORD (child));
  g_autoptr (GListModel) persons = lt_store_list_records (store, LT_TYPE_PERSON, child_id);
  g_autoptr (GListModel) relations = lt_store_list_records (store, LT_TYPE_RELATION, child_id);
  g_autoptr (GHashTable) positions = positions_of (persons);

  json_builder_set_member_name (builder, "relations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr (LtRecord) relation = g_list_model_get_item (relations, i);

      json_builder_begin_object (builder);
      add_record_members (builder, relation, "_person_id", positions);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Writes @linked (#LtPerson) as @member: their places in the child's
 * "persons" (@positions). */
static void
add_person_places (JsonBuilder *builder,
                   const char  *member,
                   GPtrArray   *linked,
                   GHashTable  *positions)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint k = 0; linked != NULL && k < linked->len; k++)
    {
      gint64 id = lt_record_get_id (g_ptr_array_index (linked, k));

      json_builder_add_int_value (builder, GPOINTER_TO_INT (g_hash_table_lookup (positions, &id)));
    }
  json_builder_end_array (builder);
}

/* Writes the child's calendar: a changed occurrence names its series by
 * its place in "events", and "participants" are places in "persons". */
static void
add_events (JsonBuilder *builder,
            LtStore     *store,
            LtChild     *child)
{
  gint64 child_id = lt_record_get_id (LT_RECORD (child));
  g_autoptr (GListModel) persons = lt_store_list_records (store, LT_TYPE_PERSON, child_id);
  g_autoptr (GListModel) events = lt_store_list_records (store, LT_TYPE_EVENT, child_id);
  g_autoptr (GHashTable) person_positions = positions_of (persons);
  g_autoptr (GHashTable) event_positions = positions_of (events);

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (LtRecord) event = g_list_model_get_item (events, i);
      g_autoptr (GPtrArray) participants = lt_store_dup_event_persons (store, LT_EVENT (event), NULL);

      json_builder_begin_object (builder);
      add_record_members (builder, event, "series_id", event_positions);
      add_person_places (builder, "participants", participants, person_positions);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Writes who a log note is about as places in "persons". */
static void
add_note_persons (JsonBuilder *builder,
                  LtStore     *store,
                  LtLogNote   *note)
{
  g_autoptr (GListModel) persons = lt_store_list_records (store, LT_TYPE_PERSON, lt_log_note_get_child_id (note));
  g_autoptr (GHashTable) positions = positions_of (persons);
  g_autoptr (GPtrArray) linked = lt_store_dup_note_persons (store, note, NULL);

  add_person_places (builder, "persons", linked, positions);
}

/* Writes @record as an object, with what it owns nested inside. */
static void
add_record (JsonBuilder *builder,
            LtStore     *store,
            LtRecord    *record)
{
  json_builder_begin_object (builder);
  add_record_members (builder, record, NULL, NULL);
  if (LT_IS_LOG_NOTE (record))
    add_note_persons (builder, store, LT_LOG_NOTE (record));
  add_owned_records (builder, store, record);
  if (LT_IS_CHILD (record))
    {
      add_relations (builder, store, LT_CHILD (record));
      add_events (builder, store, LT_CHILD (record));
    }
  json_builder_end_object (builder);
}

static void
add_owned_records (JsonBuilder *builder,
                   LtStore     *store,
                   LtRecord    *owner)
{
  for (guint k = 0; k < G_N_ELEMENTS (owned_kinds); k++)
    {
      g_autoptr (GListModel) records = NULL;

      if (owned_kinds[k].owner_get_type () != G_OBJECT_TYPE (owner))
        continue;
      records = lt_store_list_records (store, owned_kinds[k].get_type (), lt_record_get_id (owner));
      json_builder_set_member_name (builder, owned_kinds[k].member);
      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr (LtRecord) record = g_list_model_get_item (records, i);

          add_record (builder, store, record);
        }
      json_builder_end_array (builder);
    }
}

/**
 * lt_household_file_to_data:
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the whole household as pretty-printed JSON
 */
char *
lt_household_file_to_data (LtStore *store,
                           gsize   *length)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GListModel) children = NULL;

  g_return_val_if_fail (LT_IS_STORE (store), NULL);

  children = lt_store_list_children (store);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LT_HOUSEHOLD_FILE_VERSION);
  json_builder_set_member_name (builder, "household");
  json_builder_begin_object (builder);
  add_record_members (builder, LT_RECORD (lt_store_get_household (store)), NULL, NULL);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "children");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      add_record (builder, store, LT_RECORD (child));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, length);
}

/**
 * lt_household_file_export:
 * @path: where to write; replaced atomically, readable only by the user
 *
 * Writes the whole household as JSON.
 */
gboolean
lt_household_file_export (LtStore    *store,
                          const char *path,
                          GError    **error)
{
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = lt_household_file_to_data (store, &length);
  if (!g_file_set_contents_full (path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, error))
    {
      g_prefix_error (error, _ ("Could not write the household file: "));
      return FALSE;
    }
  return TRUE;
}

/* ---- reading --------------------------------------------------------- */

static gboolean
invalid (GError    **error,
         const char *where,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GError    **error,
         const char *where,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: where in the file, then what is wrong there */
  g_set_error (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID,
               _ ("%s: %s"), where, message);
  return FALSE;
}

/* Sets one property from a JSON member, checking its type strictly. */
static gboolean
read_member (GObject    *object,
             GParamSpec *pspec,
             JsonNode   *node,
             const char *where,
             const char *member,
             GError    **error)
{
  g_auto (GValue) value = G_VALUE_INIT;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  GType node_type = json_node_get_value_type (node);

  g_value_init (&value, type);
  if (type == G_TYPE_STRING && (JSON_NODE_HOLDS_NULL (node) || node_type == G_TYPE_STRING))
    g_value_set_string (&value, JSON_NODE_HOLDS_NULL (node) ? NULL : json_node_get_string (node));
  else if (type == G_TYPE_INT64 && node_type == G_TYPE_INT64)
    {
      GParamSpecInt64 *range = G_PARAM_SPEC_INT64 (pspec);
      gint64           number = json_node_get_int (node);

      if (number < range->minimum || number > range->maximum)
        return invalid (error, where, _ ("“%s” is out of range."), member);
      g_value_set_int64 (&value, number);
    }
  else if (type == G_TYPE_BOOLEAN && node_type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, json_node_get_boolean (node));
  /* json-glib reads a number without a point ("3") as an integer. */
  else if (type == G_TYPE_DOUBLE && (node_type == G_TYPE_DOUBLE || node_type == G_TYPE_INT64))
    g_value_set_double (&value, json_node_get_double (node));
  else if (G_TYPE_IS_ENUM (type) && node_type == G_TYPE_STRING)
    {
      g_autoptr (GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, json_node_get_string (node));

      if (enum_value == NULL)
        return invalid (error, where, _ ("“%s” has the unknown value “%s”."), member,
                        json_node_get_string (node));
      g_value_set_enum (&value, enum_value->value);
    }
  else
    return invalid (error, where, _ ("“%s” has the wrong type."), member);

  g_object_set_property (object, pspec->name, &value);
  return TRUE;
}

static gboolean
read_timestamp (JsonObject *object,
                const char *member,
                char      **timestamp,
                const char *where,
                GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr (GDateTime) parsed = NULL;

  *timestamp = NULL;
  if (node == NULL)
    return TRUE;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    parsed = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
  if (parsed == NULL)
    return invalid (error, where, _ ("“%s” is not a time stamp."), member);
  *timestamp = g_strdup (json_node_get_string (node));
  return TRUE;
}

/* Members of older versions that newer ones replaced.  A page marked
 * "private" (format 6 and before) was for the adults only; since format 7
 * it has an audience, and such a page is for professionals only, as the
 * database migration 014 does it. */
static gboolean
read_older_member (LtRecord   *record,
                   JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (LT_IS_STORY_ENTRY (record) && g_str_equal (member, "private") &&
      json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      if (json_node_get_boolean (node) && !json_object_has_member (object, "audience"))
        lt_story_entry_set_audience (LT_STORY_ENTRY (record), LT_AUDIENCE_PROFESSIONALS);
      return TRUE;
    }
  return FALSE;
}

/* Fills @record from @object: every known member is checked; unknown members
 * are refused, since a file of this version has none. */
static gboolean
read_record (LtRecord   *record,
             JsonObject *object,
             const char *where,
             GError    **error)
{
  LtRecordClass *klass = LT_RECORD_GET_CLASS (record);
  GObjectClass  *object_class = G_OBJECT_GET_CLASS (record);
  g_autoptr (GList) members = json_object_get_members (object);
  g_autofree char *created_at = NULL;
  g_autofree char *updated_at = NULL;

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char      *member = l->data;
      g_autofree char *property = lt_column_to_property (member);
      GParamSpec      *pspec = NULL;

      if (g_str_equal (member, "created_at") || g_str_equal (member, "updated_at"))
        continue;
      if (g_strv_contains ((const char *const *) klass->columns, member) &&
          g_strcmp0 (member, klass->owner_column) != 0)
        pspec = g_object_class_find_property (object_class, property);
      if (pspec == NULL && read_older_member (record, object, member))
        continue;
      if (pspec == NULL)
        {
          if (JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, member)))
            continue; /* a nested list, read by the caller */
          return invalid (error, where, _ ("unknown field “%s”."), member);
        }
      if (!read_member (G_OBJECT (record), pspec, json_object_get_member (object, member), where,
                        member, error))
        return FALSE;
    }

  if (!read_timestamp (object, "created_at", &created_at, where, error) ||
      !read_timestamp (object, "updated_at", &updated_at, where, error))
    return FALSE;
  lt_record_set_identity (record, 0, created_at, updated_at);
  return TRUE;
}

/* Adds one record, saying where in the file it came from if it is refused. */
static gboolean
add_read_record (LtStore    *store,
                 LtRecord   *record,
                 const char *where,
                 GError    **error)
{
  if (!lt_store_add (store, record, error))
    {
      g_prefix_error (error, "%s: ", where);
      return FALSE;
    }
  return TRUE;
}

/* Reads what @owner owns from @object (nested lists), adding each record
 * and then what that record owns in turn.  The ids of the persons added
 * are appended to @person_ids, in file order. */
static gboolean read_note_persons (LtStore    *store,
                                   LtLogNote  *note,
                                   JsonObject *object,
                                   GArray     *person_ids,
                                   const char *where,
                                   GError    **error);

static gboolean
read_owned (LtStore    *store,
            LtRecord   *owner,
            JsonObject *object,
            const char *owner_where,
            GArray     *person_ids,
            GError    **error)
{
  for (guint k = 0; k < G_N_ELEMENTS (owned_kinds); k++)
    {
      JsonNode  *node;
      JsonArray *array;

      if (owned_kinds[k].owner_get_type () != G_OBJECT_TYPE (owner))
        continue;
      node = json_object_get_member (object, owned_kinds[k].member);
      if (node == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return invalid (error, owner_where, _ ("“%s” is not a list."), owned_kinds[k].member);

      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          g_autoptr (LtRecord) record = g_object_new (owned_kinds[k].get_type (), NULL);
          g_autofree char *where = g_strdup_printf ("%s, %s %u", owner_where,
                                                    owned_kinds[k].member, i + 1);

          if (!JSON_NODE_HOLDS_OBJECT (item))
            return invalid (error, where, _ ("not an object."));
          if (!read_record (record, json_node_get_object (item), where, error))
            return FALSE;
          lt_record_set_owner_id (record, lt_record_get_id (owner));
          if (!add_read_record (store, record, where, error) ||
              !read_owned (store, record, json_node_get_object (item), where, NULL, error))
            return FALSE;
          /* The child's persons are read by now: owned_kinds has them first. */
          if (LT_IS_LOG_NOTE (record) && person_ids != NULL &&
              !read_note_persons (store, LT_LOG_NOTE (record), json_node_get_object (item), person_ids, where,
                                  error))
            return FALSE;
          if (person_ids != NULL && LT_IS_PERSON (record))
            {
              gint64 id = lt_record_get_id (record);

              g_array_append_val (person_ids, id);
            }
        }
    }
  return TRUE;
}

/* Turns a person's position in the file (1, 2, …; 0 for the child) back
 * into the id the person was given. */
static gboolean
resolve_person (LtRecord   *relation,
                const char *property,
                GArray     *person_ids,
                const char *where,
                GError    **error)
{
  gint64 position = 0;

  g_object_get (relation, property, &position, NULL);
  if (position < 0 || position > (gint64) person_ids->len)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, position);

      return invalid (error, where, _ ("there is no person number %s."), number);
    }
  g_object_set (relation, property, position == 0 ? 0 : g_array_index (person_ids, gint64, position - 1),
                NULL);
  return TRUE;
}

static gboolean
read_relations (LtStore    *store,
                LtChild    *child,
                JsonObject *object,
                const char *child_where,
                GArray     *person_ids,
                GError    **error)
{
  JsonNode  *node = json_object_get_member (object, "relations");
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, child_where, _ ("“%s” is not a list."), "relations");
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      g_autoptr (LtRecord) relation = g_object_new (LT_TYPE_RELATION, NULL);
      g_autofree char *where = g_strdup_printf ("%s, relations %u", child_where, i + 1);

      if (!JSON_NODE_HOLDS_OBJECT (item))
        return invalid (error, where, _ ("not an object."));
      if (!read_record (relation, json_node_get_object (item), where, error) ||
          !resolve_person (relation, "from-person-id", person_ids, where, error) ||
          !resolve_person (relation, "to-person-id", person_ids, where, error))
        return FALSE;
      lt_record_set_owner_id (relation, lt_record_get_id (LT_RECORD (child)));
      if (!add_read_record (store, relation, where, error))
        return FALSE;
    }
  return TRUE;
}

/* Reads @member, places in the child's "persons", into @persons. */
static gboolean
read_person_places (LtStore    *store,
                    JsonObject *object,
                    const char *member,
                    GArray     *person_ids,
                    const char *where,
                    GPtrArray  *persons,
                    GError    **error)
{
  JsonNode  *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, where, _ ("“%s” is not a list."), member);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      gint64    position = JSON_NODE_HOLDS_VALUE (item) &&
                                json_node_get_value_type (item) == G_TYPE_INT64
                               ? json_node_get_int (item)
                               : -1;
      LtRecord *person;

      if (position < 1 || position > (gint64) person_ids->len)
        return invalid (error, where, _ ("“%s” names someone who is not one of the child’s people."), member);
      person = lt_store_lookup (store, LT_TYPE_PERSON, g_array_index (person_ids, gint64, position - 1), error);
      if (person == NULL)
        return FALSE;
      g_ptr_array_add (persons, person);
    }
  return TRUE;
}

/* An event's participants: places in "persons" → those people. */
static gboolean
read_participants (LtStore    *store,
                   LtEvent    *event,
                   JsonObject *object,
                   GArray     *person_ids,
                   const char *where,
                   GError    **error)
{
  g_autoptr (GPtrArray) persons = g_ptr_array_new ();

  return read_person_places (store, object, "participants", person_ids, where, persons, error) &&
         (persons->len == 0 || lt_store_set_event_persons (store, event, persons, error));
}

/* Who a log note is about: places in "persons" → those people. */
static gboolean
read_note_persons (LtStore    *store,
                   LtLogNote  *note,
                   JsonObject *object,
                   GArray     *person_ids,
                   const char *where,
                   GError    **error)
{
  g_autoptr (GPtrArray) persons = g_ptr_array_new ();

  return read_person_places (store, object, "persons", person_ids, where, persons, error) &&
         (persons->len == 0 || lt_store_set_note_persons (store, note, persons, error));
}

/* The child's calendar: events first, then the changed occurrences, which
 * name their series by its place in the list. */
static gboolean
read_events (LtStore    *store,
             LtChild    *child,
             JsonObject *object,
             const char *child_where,
             GArray     *person_ids,
             GError    **error)
{
  JsonNode          *node = json_object_get_member (object, "events");
  JsonArray         *array;
  g_autofree gint64 *ids = NULL;
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, child_where, _ ("“%s” is not a list."), "events");
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  ids = g_new0 (gint64, n + 1);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        JsonNode        *item = json_array_get_element (array, i);
        g_autofree char *where = g_strdup_printf ("%s, events %u", child_where, i + 1);
        g_autoptr (LtRecord) event = g_object_new (LT_TYPE_EVENT, NULL);
        gint64 series;

        if (!JSON_NODE_HOLDS_OBJECT (item))
          return invalid (error, where, _ ("not an object."));
        if (!read_record (event, json_node_get_object (item), where, error))
          return FALSE;
        series = lt_event_get_series_id (LT_EVENT (event));
        if (series < 0 || series > n || series == i + 1)
          return invalid (error, where, _ ("there is no event number %d."), (int) series);
        if ((pass == 0) != (series == 0))
          continue;
        if (series != 0 && ids[series - 1] == 0)
          return invalid (error, where, _ ("the event it changes is itself a change."));
        lt_event_set_series_id (LT_EVENT (event), series != 0 ? ids[series - 1] : 0);
        lt_record_set_owner_id (event, lt_record_get_id (LT_RECORD (child)));
        if (!add_read_record (store, event, where, error) ||
            !read_participants (store, LT_EVENT (event), json_node_get_object (item), person_ids,
                                where, error))
          return FALSE;
        ids[i] = lt_record_get_id (event);
      }
  return TRUE;
}

/* A child already in the household (same name and birth date) is not added
 * twice: the whole import stops and says who. */
static gboolean
check_not_present (LtStore *store,
                   LtChild *child,
                   GError **error)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) present = g_list_model_get_item (children, i);

      if (g_strcmp0 (lt_child_get_name (present), lt_child_get_name (child)) == 0 &&
          g_strcmp0 (lt_child_get_birth_date (present), lt_child_get_birth_date (child)) == 0)
        {
          g_set_error (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_DUPLICATE,
                       _ ("%s is already in this household, so nothing was imported."),
                       lt_child_get_name (child));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_child (LtStore  *store,
            JsonNode *node,
            guint     index,
            GError  **error)
{
  g_autoptr (LtChild) child = lt_child_new ();
  g_autofree char *where = g_strdup_printf (_ ("child %u"), index + 1);
  g_autoptr (GArray) person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, where, _ ("not an object."));
  object = json_node_get_object (node);
  if (!read_record (LT_RECORD (child), object, where, error))
    return FALSE;

  if (lt_child_get_name (child) != NULL)
    {
      g_free (where);
      where = g_strdup_printf (_ ("child %u (%s)"), index + 1, lt_child_get_name (child));
    }
  lt_child_set_household_id (child, lt_record_get_id (LT_RECORD (lt_store_get_household (store))));

  return check_not_present (store, child, error) &&
         add_read_record (store, LT_RECORD (child), where, error) &&
         read_owned (store, LT_RECORD (child), object, where, person_ids, error) &&
         read_relations (store, child, object, where, person_ids, error) &&
         read_events (store, child, object, where, person_ids, error);
}

/* An unnamed household takes the name and kind of the one in the file. */
static gboolean
read_household (LtStore    *store,
                JsonObject *root,
                GError    **error)
{
  LtHousehold *household = lt_store_get_household (store);
  JsonNode    *node = json_object_get_member (root, "household");
  g_autoptr (LtRecord) from_file = NULL;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, _ ("household"), _ ("not an object."));

  from_file = g_object_new (LT_TYPE_HOUSEHOLD, NULL);
  if (!read_record (from_file, json_node_get_object (node), _ ("household"), error))
    return FALSE;
  if (lt_household_get_name (household) != NULL)
    return TRUE;

  lt_record_set_identity (from_file, lt_record_get_id (LT_RECORD (household)),
                          lt_record_get_created_at (from_file) != NULL ? lt_record_get_created_at (from_file)
                                                                       : lt_record_get_created_at (LT_RECORD (household)),
                          lt_record_get_updated_at (from_file));
  return lt_store_save_full (store, from_file, LT_SAVE_KEEP_TIMESTAMP, error);
}

static gboolean
check_header (JsonObject *root,
              GError    **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  gint64    number;

  if (format == NULL || json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), FORMAT_NAME) != 0)
    {
      g_set_error_literal (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID,
                           _ ("This is not a Livstråd household file."));
      return FALSE;
    }
  if (version == NULL || json_node_get_value_type (version) != G_TYPE_INT64 ||
      (number = json_node_get_int (version)) < 1)
    {
      g_set_error_literal (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID,
                           _ ("The household file has no valid version number."));
      return FALSE;
    }
  if (number > LT_HOUSEHOLD_FILE_VERSION)
    {
      g_set_error (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_TOO_NEW,
                   _ ("The household file was written by a newer version of Livstråd (format "
                      "%d; this version reads up to %d). Update Livstråd to import it."),
                   (int) number, LT_HOUSEHOLD_FILE_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* A household file nests seven deep (the file, "children", a child,
 * "chapters", a chapter, "entries", an entry); more is not one. */
#define MAX_NESTING 32

/* See lt-json-shape.c: json-glib 1.6 must not see a file nested deeper
 * than a household file is, or with more after its end. */
static gboolean
check_shape (const char *data,
             gsize       length,
             GError    **error)
{
  const char *reason = lt_json_shape_problem (data, length, MAX_NESTING);
  gsize       i = 0;

  while (i < length && g_ascii_isspace (data[i]))
    i++;
  if (i == length || data[i] != '{')
    {
      g_set_error_literal (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID,
                           _ ("This is not a Livstråd household file."));
      return FALSE;
    }
  if (reason != NULL)
    {
      g_set_error (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID,
                   _ ("The household file is not valid JSON: %s"), reason);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_root (LtStore    *store,
           JsonObject *root,
           guint      *n_children,
           GError    **error)
{
  JsonNode  *node = json_object_get_member (root, "children");
  JsonArray *children;

  if (!read_household (store, root, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, _ ("children"), _ ("not a list."));

  children = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (children); i++)
    if (!read_child (store, json_array_get_element (children, i), i, error))
      return FALSE;
  *n_children = json_array_get_length (children);
  return TRUE;
}

/**
 * lt_household_file_import_data:
 * @data: the JSON text
 * @length: its length, or -1 if nul-terminated
 * @n_children: (out) (optional): how many children were imported
 *
 * Adds the children in @data, with their history and people, to the
 * household: all of them, or — on any error — none.
 */
gboolean
lt_household_file_import_data (LtStore    *store,
                               const char *data,
                               gssize      length,
                               guint      *n_children,
                               GError    **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) parse_error = NULL;
  JsonNode *root;
  guint     count = 0;
  gsize     size;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  size = length >= 0 ? (gsize) length : strlen (data);
  /* json-glib skips a byte order mark; so must check_shape(). */
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      size -= 3;
    }
  if (!check_shape (data, size, error))
    return FALSE;
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      g_set_error (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID,
                   _ ("The household file is not valid JSON: %s"), parse_error->message);
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, LT_HOUSEHOLD_FILE_ERROR, LT_HOUSEHOLD_FILE_ERROR_INVALID,
                           _ ("This is not a Livstråd household file."));
      return FALSE;
    }
  if (!check_header (json_node_get_object (root), error) || !lt_store_begin (store, error))
    return FALSE;

  if (!read_root (store, json_node_get_object (root), &count, error))
    {
      lt_store_rollback (store);
      g_prefix_error (error, _ ("Nothing was imported. "));
      return FALSE;
    }
  if (!lt_store_commit (store, error))
    return FALSE;

  if (n_children != NULL)
    *n_children = count;
  return TRUE;
}

/**
 * lt_household_file_import:
 * @path: a household file written by lt_household_file_export()
 *
 * Reads @path and imports it with lt_household_file_import_data().
 */
gboolean
lt_household_file_import (LtStore    *store,
                          const char *path,
                          guint      *n_children,
                          GError    **error)
{
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;
  return lt_household_file_import_data (store, data, length, n_children, error);
}
