/* lt-guidance.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The national recommendations as guidance, read from the JSON in the
 * resources: one file per language with the same ids (a test checks it).
 * A file that cannot be read is a broken build, not something a user can
 * fix, so the default guidance is loaded once and kept.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lt-core-resources.h"
#include "lt-guidance.h"

#define RESOURCE_PATH "/dk/livstraad/Livstraad/guidance/%s.json"

struct _LtGuidance
{
  char       *language;
  GPtrArray  *items;        /* LtGuidanceItem * */
  GHashTable *publications; /* id → source */
  GHashTable *modules;      /* id → name */
};

static void
item_free (gpointer data)
{
  LtGuidanceItem *item = data;

  g_free (item->id);
  g_free (item->publication);
  g_free (item->title);
  g_free (item->asks);
  g_free (item->why);
  g_strfreev (item->this_week);
  g_strfreev (item->tools);
  g_strfreev (item->modules);
  g_free (item);
}

void
lt_guidance_free (LtGuidance *self)
{
  if (self == NULL)
    return;
  g_free (self->language);
  g_ptr_array_unref (self->items);
  g_hash_table_unref (self->publications);
  g_hash_table_unref (self->modules);
  g_free (self);
}

static char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static GStrv
strings_member (JsonObject *object,
                const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (node), i);

      if (json_node_get_value_type (element) != G_TYPE_STRING)
        return NULL;
      g_strv_builder_add (builder, json_node_get_string (element));
    }
  return g_strv_builder_end (builder);
}

static gboolean
complete (const LtGuidanceItem *item)
{
  return item->id != NULL && item->publication != NULL && item->title != NULL && item->asks != NULL &&
         item->why != NULL && item->this_week != NULL && item->tools != NULL && item->modules != NULL;
}

static GHashTable *
string_map (JsonObject *root,
            const char *member)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonNode   *node = json_object_get_member (root, member);
  g_autoptr (GList) names = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return map;
  names = json_object_get_members (json_node_get_object (node));
  for (GList *l = names; l != NULL; l = l->next)
    {
      char *value = string_member (json_node_get_object (node), l->data);

      if (value != NULL)
        g_hash_table_insert (map, g_strdup (l->data), value);
    }
  return map;
}

/**
 * lt_guidance_load:
 * @language: "da" or "en"
 *
 * Returns: (transfer full) (nullable): the guidance, or %NULL with @error
 * when the language has none or its file is incomplete
 */
LtGuidance *
lt_guidance_load (const char *language,
                  GError    **error)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PATH, language);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (LtGuidance) self = NULL;
  JsonNode   *items;
  JsonObject *root;

  /* Naming the resource's getter keeps the linker from dropping it. */
  (void) lt_core_get_resource ();
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return NULL;
  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ? json_node_get_object (json_parser_get_root (parser))
                                                                : NULL;
  items = root != NULL ? json_object_get_member (root, "items") : NULL;
  if (items == NULL || !JSON_NODE_HOLDS_ARRAY (items))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: no items", path);
      return NULL;
    }
  self = g_new0 (LtGuidance, 1);
  self->language = g_strdup (language);
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->publications = string_map (root, "publications");
  self->modules = string_map (root, "modules");
  for (guint i = 0; i < json_array_get_length (json_node_get_array (items)); i++)
    {
      JsonNode       *node = json_array_get_element (json_node_get_array (items), i);
      JsonObject     *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      LtGuidanceItem *item = g_new0 (LtGuidanceItem, 1);

      if (object != NULL)
        {
          item->id = string_member (object, "id");
          item->publication = string_member (object, "publication");
          item->title = string_member (object, "title");
          item->asks = string_member (object, "asks");
          item->why = string_member (object, "why");
          item->this_week = strings_member (object, "this_week");
          item->tools = strings_member (object, "tools");
          item->modules = strings_member (object, "modules");
        }
      g_ptr_array_add (self->items, item);
      if (!complete (item))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: item %u is incomplete", path, i + 1);
          return NULL;
        }
    }
  return g_steal_pointer (&self);
}

/* "da" when the reader reads Danish (LANGUAGE, LC_ALL, LC_MESSAGES, LANG
 * in gettext's order), else English. */
static const char *
reader_language (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "da"))
        return "da";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return "en";
    }
  return "en";
}

/**
 * lt_guidance_get_default:
 *
 * Returns: (transfer none): the guidance in the reader's language, loaded once
 */
LtGuidance *
lt_guidance_get_default (void)
{
  static LtGuidance *guidance;

  if (g_once_init_enter (&guidance))
    {
      g_autoptr (GError) error = NULL;
      LtGuidance *loaded = lt_guidance_load (reader_language (), &error);

      if (loaded == NULL)
        g_error ("The guidance is missing from this build: %s", error->message);
      g_once_init_leave (&guidance, loaded);
    }
  return guidance;
}

const char *
lt_guidance_get_language (LtGuidance *self)
{
  return self->language;
}

/* Returns: (transfer none) (element-type LtGuidanceItem): every item, in order */
GPtrArray *
lt_guidance_get_items (LtGuidance *self)
{
  return self->items;
}

/* Returns: (transfer none) (nullable): the item called @id */
LtGuidanceItem *
lt_guidance_find (LtGuidance *self,
                  const char *id)
{
  for (guint i = 0; i < self->items->len; i++)
    if (g_str_equal (((LtGuidanceItem *) g_ptr_array_index (self->items, i))->id, id))
      return g_ptr_array_index (self->items, i);
  return NULL;
}

/* Returns: (transfer container) (element-type LtGuidanceItem): what applies in @module */
GPtrArray *
lt_guidance_for_module (LtGuidance *self,
                        const char *module)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < self->items->len; i++)
    {
      LtGuidanceItem *item = g_ptr_array_index (self->items, i);

      if (g_strv_contains ((const char *const *) item->modules, module))
        g_ptr_array_add (found, item);
    }
  return found;
}

static gboolean
contains_folded (const char *text,
                 const char *folded_needle)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, folded_needle) != NULL;
}

static gboolean
item_matches (LtGuidanceItem *item,
              const char     *needle)
{
  if (contains_folded (item->title, needle) || contains_folded (item->asks, needle) ||
      contains_folded (item->why, needle))
    return TRUE;
  for (guint i = 0; item->this_week[i] != NULL; i++)
    if (contains_folded (item->this_week[i], needle))
      return TRUE;
  for (guint i = 0; item->tools[i] != NULL; i++)
    if (contains_folded (item->tools[i], needle))
      return TRUE;
  return FALSE;
}

/**
 * lt_guidance_search:
 * @text: words to look for; every word must be found, in any field, in
 *   any case
 *
 * Returns: (transfer container) (element-type LtGuidanceItem): the items found
 */
GPtrArray *
lt_guidance_search (LtGuidance *self,
                    const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto (GStrv) words = g_strsplit_set (g_strstrip (folded), " \t", -1);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < self->items->len; i++)
    {
      LtGuidanceItem *item = g_ptr_array_index (self->items, i);
      gboolean        all = TRUE;

      for (guint w = 0; words[w] != NULL && all; w++)
        all = *words[w] == '\0' || item_matches (item, words[w]);
      if (all)
        g_ptr_array_add (found, item);
    }
  return found;
}

/* Returns: (transfer none): the publication's name and year, as the source */
const char *
lt_guidance_get_source (LtGuidance *self,
                        const char *publication)
{
  const char *source = g_hash_table_lookup (self->publications, publication);

  return source != NULL ? source : publication;
}

const char *
lt_guidance_get_module_name (LtGuidance *self,
                             const char *module)
{
  const char *name = g_hash_table_lookup (self->modules, module);

  return name != NULL ? name : module;
}
