/* crash-records.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Which field of each record holds the crash test's token and value, and
 * reading the whole household into a flat list of them.
 */
#include "config.h"

#include <string.h>

#include "crash-records.h"
#include "lt-vault.h"

#define ADULT_NAME "Crash Tester"

static const char *const kind_names[CRASH_N_KINDS] = {
  "child",
  "person",
  "entry",
  "event",
  "photo",
};

const char *
crash_kind_name (CrashKind kind)
{
  g_assert (kind < CRASH_N_KINDS);
  return kind_names[kind];
}

gboolean
crash_kind_from_name (const char *name,
                      CrashKind  *kind)
{
  for (guint i = 0; i < CRASH_N_KINDS; i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/* A photo has no free text field besides its caption, so the caption holds
 * both: "<token>=<value>". */
static char *
photo_caption (const char *token,
               const char *value)
{
  return g_strconcat (token, "=", value, NULL);
}

/* Returns: (transfer full): a new record of @kind, not yet stored and
 * without its owner, holding @token and @value and whatever else the
 * record needs to be valid.  A photo still needs the imported file's
 * fields. */
LtRecord *
crash_record_new (CrashKind   kind,
                  const char *token,
                  const char *value)
{
  switch (kind)
    {
    case CRASH_CHILD:
      {
        LtChild *child = lt_child_new ();

        lt_child_set_name (child, token);
        lt_child_set_birth_date (child, "2015-06-01");
        lt_child_set_notes (child, value);
        return LT_RECORD (child);
      }
    case CRASH_PERSON:
      {
        LtPerson *person = lt_person_new ();

        lt_person_set_name (person, token);
        lt_person_set_role (person, LT_PERSON_ROLE_RELATIVE);
        lt_person_set_notes (person, value);
        return LT_RECORD (person);
      }
    case CRASH_ENTRY:
      {
        LtStoryEntry *entry = lt_story_entry_new ();

        lt_story_entry_set_title (entry, token);
        lt_story_entry_set_date_text (entry, "sommeren 2019");
        lt_story_entry_set_body (entry, value);
        return LT_RECORD (entry);
      }
    case CRASH_EVENT:
      {
        LtEvent *event = lt_event_new ();

        lt_event_set_title (event, token);
        lt_event_set_kind (event, LT_EVENT_KIND_SUPERVISED);
        lt_event_set_starts_at (event, "2024-05-04T09:00:00Z");
        lt_event_set_ends_at (event, "2024-05-04T11:00:00Z");
        lt_event_set_time_zone (event, LT_EVENT_DEFAULT_TIME_ZONE);
        lt_event_set_notes_after (event, value);
        return LT_RECORD (event);
      }
    case CRASH_PHOTO:
      {
        LtPhoto         *photo = lt_photo_new ();
        g_autofree char *caption = photo_caption (token, value);

        lt_photo_set_caption (photo, caption);
        return LT_RECORD (photo);
      }
    case CRASH_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Sets the field that edits change; @record is a draft (lt_record_copy()). */
void
crash_record_set_value (LtRecord   *record,
                        const char *value)
{
  if (LT_IS_CHILD (record))
    lt_child_set_notes (LT_CHILD (record), value);
  else if (LT_IS_PERSON (record))
    lt_person_set_notes (LT_PERSON (record), value);
  else if (LT_IS_STORY_ENTRY (record))
    lt_story_entry_set_body (LT_STORY_ENTRY (record), value);
  else if (LT_IS_EVENT (record))
    lt_event_set_notes_after (LT_EVENT (record), value);
  else if (LT_IS_PHOTO (record))
    {
      const char      *caption = lt_photo_get_caption (LT_PHOTO (record));
      const char      *equals = caption != NULL ? strchr (caption, '=') : NULL;
      g_autofree char *token = equals != NULL ? g_strndup (caption, equals - caption) : g_strdup ("?");
      g_autofree char *new_caption = photo_caption (token, value);

      lt_photo_set_caption (LT_PHOTO (record), new_caption);
    }
  else
    g_assert_not_reached ();
}

/**
 * crash_open_household:
 * @folder: holds household.db, its key file and the media folder
 * @create: set the household up (cheap Argon2) when there is none yet
 *
 * Opens the household the way the app does: the key slots unlocked with
 * @passphrase, then lt_vault_open(), which finishes what a crash left.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
LtStore *
crash_open_household (const char *folder,
                      const char *passphrase,
                      gboolean    create,
                      GError    **error)
{
  g_autofree char *path = g_build_filename (folder, "household.db", NULL);

  switch (lt_vault_get_state (path))
    {
    case LT_VAULT_NEW:
      {
        LtKdfLimits      limits = { 1, 64 * 1024 };
        g_autofree char *recovery = NULL;

        if (create)
          return lt_vault_create (path, ADULT_NAME, passphrase, &limits, &recovery, error);
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "There is no household in “%s”.", folder);
        return NULL;
      }
    case LT_VAULT_LOCKED:
      {
        g_autoptr (LtKeySlots) slots = lt_vault_load_key_slots (path, error);
        g_autoptr (LtSecret) key = NULL;

        if (slots == NULL)
          return NULL;
        key = lt_key_slots_unlock (slots, ADULT_NAME, passphrase, NULL, error);
        return key != NULL ? lt_vault_open (path, key, error) : NULL;
      }
    case LT_VAULT_PLAIN:
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "“%s” holds an unencrypted household; the crash test makes only encrypted ones.",
                   path);
      return NULL;
    }
}

void
crash_item_free (CrashItem *item)
{
  g_clear_object (&item->record);
  g_clear_object (&item->child);
  g_free (item->token);
  g_free (item->value);
  g_free (item->links);
  g_free (item);
}

static CrashItem *
item_new (CrashKind   kind,
          gpointer    record,
          LtChild    *child,
          const char *token,
          const char *value)
{
  CrashItem *item = g_new0 (CrashItem, 1);

  item->kind = kind;
  item->record = g_object_ref (record);
  item->child = child != NULL ? g_object_ref (child) : NULL;
  item->token = g_strdup (token != NULL ? token : "");
  item->value = g_strdup (value != NULL ? value : "");
  return item;
}

static CrashItem *
photo_item_new (LtPhoto *photo,
                LtChild *child)
{
  const char      *caption = lt_photo_get_caption (photo);
  const char      *equals = caption != NULL ? strchr (caption, '=') : NULL;
  g_autofree char *token = equals != NULL ? g_strndup (caption, equals - caption) : g_strdup (caption);

  return item_new (CRASH_PHOTO, photo, child, token, equals != NULL ? equals + 1 : NULL);
}

/* "t1,t2" for the entry's photos in their order, "-" for none. */
static char *
dup_links (LtStore      *store,
           LtStoryEntry *entry,
           GError      **error)
{
  g_autoptr (GPtrArray) photos = lt_store_dup_entry_photos (store, entry, error);
  g_autoptr (GString) links = g_string_new (NULL);

  if (photos == NULL)
    return NULL;
  for (guint i = 0; i < photos->len; i++)
    {
      g_autoptr (CrashItem) photo = photo_item_new (g_ptr_array_index (photos, i), NULL);

      g_string_append_printf (links, "%s%s", i > 0 ? "," : "", photo->token);
    }
  return g_strdup (links->len > 0 ? links->str : "-");
}

static gboolean
collect_entries (LtStore   *store,
                 LtChild   *child,
                 gboolean   with_links,
                 GPtrArray *items,
                 GError   **error)
{
  g_autoptr (GListModel) chapters = lt_store_list_chapters (store, child);

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, i);
      g_autoptr (GListModel) entries = lt_store_list_entries (store, chapter);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr (LtStoryEntry) entry = g_list_model_get_item (entries, j);
          CrashItem *item = item_new (CRASH_ENTRY, entry, child, lt_story_entry_get_title (entry),
                                      lt_story_entry_get_body (entry));

          g_ptr_array_add (items, item);
          if (with_links && (item->links = dup_links (store, entry, error)) == NULL)
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * crash_collect:
 * @with_links: also read which photos each entry shows
 *
 * Reads every child and the people, pages, events and photos that belong
 * to it.  The store logs (and does not return) read errors of whole
 * lists; @error is set only for what it does return.
 *
 * Returns: (transfer full) (element-type CrashItem): the records, or %NULL
 * with @error set
 */
GPtrArray *
crash_collect (LtStore *store,
               gboolean with_links,
               GError **error)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) crash_item_free);
  g_autoptr (GListModel) children = lt_store_list_children (store);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);
      gint64 child_id = lt_record_get_id (LT_RECORD (child));
      g_autoptr (GListModel) persons = lt_store_list_persons (store, child);
      g_autoptr (GListModel) events = lt_store_list_records (store, LT_TYPE_EVENT, child_id);
      g_autoptr (GListModel) photos = lt_store_list_photos (store, child);

      g_ptr_array_add (items, item_new (CRASH_CHILD, child, child, lt_child_get_name (child),
                                        lt_child_get_notes (child)));
      for (guint j = 0; j < g_list_model_get_n_items (persons); j++)
        {
          g_autoptr (LtPerson) person = g_list_model_get_item (persons, j);

          g_ptr_array_add (items, item_new (CRASH_PERSON, person, child, lt_person_get_name (person),
                                            lt_person_get_notes (person)));
        }
      for (guint j = 0; j < g_list_model_get_n_items (events); j++)
        {
          g_autoptr (LtEvent) event = g_list_model_get_item (events, j);

          g_ptr_array_add (items, item_new (CRASH_EVENT, event, child, lt_event_get_title (event),
                                            lt_event_get_notes_after (event)));
        }
      for (guint j = 0; j < g_list_model_get_n_items (photos); j++)
        {
          g_autoptr (LtPhoto) photo = g_list_model_get_item (photos, j);

          g_ptr_array_add (items, photo_item_new (photo, child));
        }
      if (!collect_entries (store, child, with_links, items, error))
        return NULL;
    }
  return g_steal_pointer (&items);
}
