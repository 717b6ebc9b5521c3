/* lt-demo-contact.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The demo's contact with Ida's network: her mother and her little brother
 * matter most to her; his visits were called off after September, so the
 * network page points him out; and a page proposed from the visit with
 * her mother on 17 October waits in her book.
 */
#include "config.h"

#include "lt-demo-private.h"
#include "lt-store-contact.h"

static const char *const ida_matters_most[] = { "Camilla Sørensen", "Mikkel Sørensen" };

/* The times of Mikkel's monthly visit that did not happen (UTC starts). */
static const char *const mikkel_cancelled[] = { "2026-10-11T12:00:00Z", "2026-11-08T13:00:00Z" };

static gboolean
mark_matters_most (LtStore *store,
                   LtChild *child,
                   GError **error)
{
  g_autoptr (GListModel) persons = lt_store_list_persons (store, child);

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);
      g_autoptr (LtRecord) draft = NULL;

      if (!g_strv_contains ((const char *const[]){ ida_matters_most[0], ida_matters_most[1], NULL },
                            lt_person_get_name (person)))
        continue;
      draft = lt_record_copy (LT_RECORD (person));
      lt_person_set_matters_most (LT_PERSON (draft), TRUE);
      if (!lt_store_save (store, draft, error))
        return FALSE;
    }
  return TRUE;
}

/* The first event of @child titled @title that is not a changed time. */
static LtEvent *
find_event (LtStore    *store,
            LtChild    *child,
            const char *title,
            const char *starts_at)
{
  g_autoptr (GListModel) events =
      lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (LtEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (lt_event_get_title (event), title) == 0 &&
          (starts_at == NULL ? lt_event_get_series_id (event) == 0
                             : g_strcmp0 (lt_event_get_starts_at (event), starts_at) == 0))
        return g_steal_pointer (&event);
    }
  return NULL;
}

static gboolean
cancel_mikkels_visits (LtStore *store,
                       LtChild *child,
                       GError **error)
{
  g_autoptr (LtEvent) series = find_event (store, child, "Samvær med Mikkel", NULL);

  g_assert (series != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (mikkel_cancelled); i++)
    {
      g_autoptr (GDateTime) start = g_date_time_new_from_iso8601 (mikkel_cancelled[i], NULL);
      g_autoptr (GDateTime) end = g_date_time_add_hours (start, 2);
      g_autofree char *ends_at = g_date_time_format (end, "%Y-%m-%dT%H:%M:%SZ");
      g_autoptr (LtRecord) cancelled = g_object_new (
          LT_TYPE_EVENT, "child-id", lt_record_get_id (LT_RECORD (child)), "kind",
          lt_event_get_kind (series), "title", lt_event_get_title (series), "place",
          lt_event_get_place (series), "starts-at", mikkel_cancelled[i], "ends-at", ends_at,
          "series-id", lt_record_get_id (LT_RECORD (series)), "recurrence-id", mikkel_cancelled[i],
          "cancelled", TRUE, "outcome", LT_OUTCOME_CANCELLED_BY_PLACEMENT, "notes-after",
          i == 0 ? "Mikkels plejefamilie var syge." : "Ingen kunne køre Mikkel.", NULL);

      if (!lt_store_add (store, cancelled, error))
        return FALSE;
    }
  return TRUE;
}

/* Ida's network: who matters most, and the visits with Mikkel that did
 * not happen.  Other children are left as they are. */
gboolean
lt_demo_add_contact (LtStore *store,
                     LtChild *child,
                     GError **error)
{
  if (g_strcmp0 (lt_child_get_preferred_name (child), "Ida") != 0)
    return TRUE;
  return mark_matters_most (store, child, error) && cancel_mikkels_visits (store, child, error);
}

/* After the books are written: the page proposed from 17 October. */
gboolean
lt_demo_add_proposal (LtStore *store,
                      LtChild *child,
                      GError **error)
{
  g_autoptr (LtEvent) visit = NULL;
  g_autoptr (LtChapter) chapter = NULL;
  g_autoptr (LtStoryEntry) entry = NULL;

  if (g_strcmp0 (lt_child_get_preferred_name (child), "Ida") != 0)
    return TRUE;
  visit = find_event (store, child, "Samvær med mor", "2026-10-17T08:00:00Z");
  chapter = lt_store_dup_proposal_chapter (store, child, error);
  g_assert (visit != NULL);
  if (chapter == NULL)
    return FALSE;
  entry = g_object_new (LT_TYPE_STORY_ENTRY, "chapter-id", lt_record_get_id (LT_RECORD (chapter)),
                        "title", "Boller hos mor", "date-text", "17. oktober 2026", "sort-date",
                        "2026-10-17", "author", LT_AUTHOR_TOGETHER, "body",
                        "Mor og jeg bagte boller i Familiehuset. Jeg måtte selv slå æggene ud, og "
                        "vi tog nogle med hjem til Emil.",
                        NULL);
  return lt_store_propose_entry (store, entry, NULL, visit, error);
}
