/* lt-network-map.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The people a network map shows, independent of the store, and their JSON form.
 *
 * A saved network version keeps what the map showed on the day it was taken
 * (names and role labels as text, no person ids), so it still reads the same
 * after people are renamed, moved or deleted.  Reading it back is strict:
 * a version that cannot be drawn faithfully is refused with a reason.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "lt-network-map.h"

static void
member_free (gpointer data)
{
  LtNetworkMember *member = data;

  g_free (member->name);
  g_free (member->role);
  g_free (member->contact);
  g_free (member);
}

static const char *
enum_to_nick (GType type,
              int   value)
{
  g_autoptr (GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  g_assert (enum_value != NULL);
  return enum_value->value_nick;
}

static gboolean
enum_from_nick (GType       type,
                const char *nick,
                int        *value)
{
  g_autoptr (GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, nick);

  if (enum_value == NULL)
    return FALSE;
  *value = enum_value->value;
  return TRUE;
}

static gboolean
refuse (GError    **error,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static gboolean
refuse (GError    **error,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, message);
  return FALSE;
}

/* The member @name of @object if it holds a value of @type, else NULL. */
static JsonNode *
typed_member (JsonObject *object,
              const char *name,
              GType       type)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != type)
    return NULL;
  return node;
}

static gboolean
wrong_member (GError    **error,
              guint       number,
              const char *member)
{
  /* Translators: the number of a person on the map, then a JSON member name */
  return refuse (error, _ ("Person %u in the saved network map has no valid “%s”."), number,
                 member);
}

static gboolean
read_member (LtNetworkMap *map,
             JsonNode     *node,
             guint         number,
             GError      **error)
{
  JsonObject *object;
  JsonNode   *name, *role, *sector, *closeness, *wish, *deceased, *matters_most;
  int         sector_value, wish_value;
  gint64      closeness_value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return refuse (error, _ ("Person %u in the saved network map is not a person."), number);
  object = json_node_get_object (node);

  if ((name = typed_member (object, "name", G_TYPE_STRING)) == NULL)
    return wrong_member (error, number, "name");
  if ((role = typed_member (object, "role", G_TYPE_STRING)) == NULL)
    return wrong_member (error, number, "role");
  if ((sector = typed_member (object, "sector", G_TYPE_STRING)) == NULL)
    return wrong_member (error, number, "sector");
  if ((closeness = typed_member (object, "closeness", G_TYPE_INT64)) == NULL)
    return wrong_member (error, number, "closeness");
  if ((wish = typed_member (object, "wish", G_TYPE_STRING)) == NULL)
    return wrong_member (error, number, "wish");
  if ((deceased = typed_member (object, "deceased", G_TYPE_BOOLEAN)) == NULL)
    return wrong_member (error, number, "deceased");

  if (!enum_from_nick (LT_TYPE_CIRCLE, json_node_get_string (sector), &sector_value))
    /* Translators: the number of a person on the map, then the unknown sector */
    return refuse (error, _ ("Person %u in the saved network map is in the unknown sector “%s”."),
                   number, json_node_get_string (sector));
  closeness_value = json_node_get_int (closeness);
  if (closeness_value < 1 || closeness_value > 3)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, closeness_value);

      return refuse (error,
                     _ ("Person %u in the saved network map has closeness %s; it must be 1, 2 or 3."),
                     number, text);
    }
  if (!enum_from_nick (LT_TYPE_CONTACT_WISH, json_node_get_string (wish), &wish_value))
    return refuse (error, _ ("Person %u in the saved network map has the unknown wish “%s”."),
                   number, json_node_get_string (wish));

  lt_network_map_add (map, 0, json_node_get_string (name), json_node_get_string (role),
                      sector_value, (int) closeness_value, wish_value,
                      json_node_get_boolean (deceased));
  /* Optional: maps kept before it was written have no such member. */
  matters_most = json_object_get_member (object, "matters_most");
  if (matters_most != NULL && typed_member (object, "matters_most", G_TYPE_BOOLEAN) == NULL)
    return wrong_member (error, number, "matters_most");
  if (matters_most != NULL)
    ((LtNetworkMember *) g_ptr_array_index (map->members, map->members->len - 1))->matters_most =
        json_node_get_boolean (matters_most);
  return TRUE;
}

/**
 * lt_network_map_new:
 * @child_name: (nullable): shown in the centre
 *
 * Returns: (transfer full): a map with nobody on it yet
 */
LtNetworkMap *
lt_network_map_new (const char *child_name)
{
  LtNetworkMap *map = g_new0 (LtNetworkMap, 1);

  map->child_name = g_strdup (child_name != NULL ? child_name : "");
  map->members = g_ptr_array_new_with_free_func (member_free);
  return map;
}

/**
 * lt_network_map_add:
 * @person_id: the person's id in the store, or 0
 * @role: (nullable): the role as it is shown, already translated
 * @closeness: 1 (closest) to 3
 *
 * Adds someone to the map, after those already on it.
 */
void
lt_network_map_add (LtNetworkMap *map,
                    gint64        person_id,
                    const char   *name,
                    const char   *role,
                    LtCircle      sector,
                    int           closeness,
                    LtContactWish wish,
                    gboolean      deceased)
{
  LtNetworkMember *member;

  g_return_if_fail (map != NULL);
  g_return_if_fail (name != NULL);
  g_return_if_fail (sector <= LT_CIRCLE_PROFESSIONALS);
  g_return_if_fail (closeness >= 1 && closeness <= 3);
  g_return_if_fail (wish <= LT_CONTACT_WISH_RESTORE);

  member = g_new0 (LtNetworkMember, 1);
  member->person_id = person_id;
  member->name = g_strdup (name);
  member->role = g_strdup (role != NULL ? role : "");
  member->sector = sector;
  member->closeness = closeness;
  member->wish = wish;
  member->deceased = !!deceased;
  g_ptr_array_add (map->members, member);
}

/**
 * lt_network_map_set_contact:
 * @index: a member's index in @map
 * @contact: (nullable): when the member was last seen or heard from, as
 *   shown under the name; it is not kept in a saved map
 */
void
lt_network_map_set_contact (LtNetworkMap *map,
                            guint         index,
                            const char   *contact)
{
  LtNetworkMember *member;

  g_return_if_fail (map != NULL);
  g_return_if_fail (index < map->members->len);

  member = g_ptr_array_index (map->members, index);
  g_free (member->contact);
  member->contact = g_strdup (contact);
}

/**
 * lt_network_map_new_from_persons:
 * @child_name: (nullable): shown in the centre
 * @persons: (nullable): the child's #LtPerson list, in the order to draw
 *
 * A closeness outside 1 … 3 is drawn in the nearest ring; people not meant
 * for the map (lt_person_get_on_network_map()) are left out.
 *
 * Returns: (transfer full): the map of @persons as they are now
 */
LtNetworkMap *
lt_network_map_new_from_persons (const char *child_name,
                                 GListModel *persons)
{
  LtNetworkMap *map = lt_network_map_new (child_name);

  g_return_val_if_fail (persons == NULL || G_IS_LIST_MODEL (persons), map);

  for (guint i = 0; persons != NULL && i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);

      if (!lt_person_get_on_network_map (person))
        continue;
      lt_network_map_add (map, lt_record_get_id (LT_RECORD (person)), lt_person_get_name (person),
                          lt_person_role_to_label (lt_person_get_role (person)),
                          lt_person_get_circle (person),
                          (int) CLAMP (lt_person_get_closeness (person), 1, 3),
                          lt_person_get_contact_wish (person), lt_person_get_deceased (person));
      ((LtNetworkMember *) g_ptr_array_index (map->members, map->members->len - 1))->matters_most =
          lt_person_get_matters_most (person);
    }
  return map;
}

/**
 * lt_network_map_to_json:
 *
 * Returns: (transfer full): @map as the content of an #LtNetworkVersion
 */
char *
lt_network_map_to_json (const LtNetworkMap *map)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (map != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, LT_NETWORK_MAP_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LT_NETWORK_MAP_VERSION);
  json_builder_set_member_name (builder, "members");
  json_builder_begin_array (builder);
  for (guint i = 0; i < map->members->len; i++)
    {
      const LtNetworkMember *member = g_ptr_array_index (map->members, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, member->name);
      json_builder_set_member_name (builder, "role");
      json_builder_add_string_value (builder, member->role);
      json_builder_set_member_name (builder, "sector");
      json_builder_add_string_value (builder, enum_to_nick (LT_TYPE_CIRCLE, member->sector));
      json_builder_set_member_name (builder, "closeness");
      json_builder_add_int_value (builder, member->closeness);
      json_builder_set_member_name (builder, "wish");
      json_builder_add_string_value (builder, enum_to_nick (LT_TYPE_CONTACT_WISH, member->wish));
      json_builder_set_member_name (builder, "deceased");
      json_builder_add_boolean_value (builder, member->deceased);
      if (member->matters_most)
        {
          json_builder_set_member_name (builder, "matters_most");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * lt_network_map_new_from_json:
 * @child_name: (nullable): shown in the centre
 * @json: the content of an #LtNetworkVersion
 *
 * Returns: (transfer full) (nullable): the saved map, or %NULL with @error
 *   (%G_IO_ERROR_INVALID_DATA) saying what is wrong with @json
 */
LtNetworkMap *
lt_network_map_new_from_json (const char *child_name,
                              const char *json,
                              GError    **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (LtNetworkMap) map = NULL;
  g_autoptr (GError) parse_error = NULL;
  JsonObject *root;
  JsonNode   *format, *version, *members;
  JsonArray  *array;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_parser_load_from_data (parser, json, -1, &parse_error))
    {
      refuse (error, _ ("The saved network map is damaged and cannot be read: %s"),
              parse_error->message);
      return NULL;
    }
  /* An empty text parses, to no root at all. */
  if (json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      refuse (error, _ ("The saved network map is not in Livstråd’s network map format."));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  format = typed_member (root, "format", G_TYPE_STRING);
  if (format == NULL || g_strcmp0 (json_node_get_string (format), LT_NETWORK_MAP_FORMAT) != 0)
    {
      refuse (error, _ ("The saved network map is not in Livstråd’s network map format."));
      return NULL;
    }
  version = typed_member (root, "version", G_TYPE_INT64);
  if (version == NULL || json_node_get_int (version) < 1)
    {
      refuse (error, _ ("The saved network map has no valid format version."));
      return NULL;
    }
  if (json_node_get_int (version) > LT_NETWORK_MAP_VERSION)
    {
      refuse (error, _ ("The saved network map was made by a newer version of Livstråd. "
                        "Update Livstråd to open it."));
      return NULL;
    }
  members = json_object_get_member (root, "members");
  if (members == NULL || !JSON_NODE_HOLDS_ARRAY (members))
    {
      refuse (error, _ ("The saved network map has no list of people."));
      return NULL;
    }

  map = lt_network_map_new (child_name);
  array = json_node_get_array (members);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!read_member (map, json_array_get_element (array, i), i + 1, error))
      return NULL;
  return g_steal_pointer (&map);
}

void
lt_network_map_free (LtNetworkMap *map)
{
  if (map == NULL)
    return;
  g_free (map->child_name);
  g_ptr_array_unref (map->members);
  g_free (map);
}
