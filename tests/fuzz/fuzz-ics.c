/* fuzz-ics.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Fuzz target: the iCalendar import (lt_ics_import, with libical).
 *
 * The household has one child with a repeating event of her own, so an
 * input can also name an event she already has.  Besides crashes, the
 * target checks the promise of the import: when it fails, it says why and
 * her calendar is as it was.
 */
#include "config.h"

#include <stdint.h>

#include "fuzz-store.h"
#include "lt-ics.h"

/* The UID of the event the child has before any import; the seed corpus
 * uses it too. */
#define EXISTING_UID "ida-samvaer-mor@livstraad.example"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static gboolean
populate (LtStore *store,
          GError **error)
{
  g_autoptr (LtChild) child = lt_child_new ();
  g_autoptr (LtEvent) event = lt_event_new ();

  lt_child_set_household_id (child, lt_record_get_id (LT_RECORD (lt_store_get_household (store))));
  lt_child_set_name (child, "Ida Marie Sørensen");
  lt_child_set_preferred_name (child, "Ida");
  lt_child_set_birth_date (child, "2014-03-12");
  if (!lt_store_add (store, LT_RECORD (child), error))
    return FALSE;

  lt_event_set_child_id (event, lt_record_get_id (LT_RECORD (child)));
  lt_event_set_kind (event, LT_EVENT_KIND_SUPERVISED);
  lt_event_set_title (event, "Samvær med mor");
  lt_event_set_starts_at (event, "2026-11-28T09:00:00Z");
  lt_event_set_ends_at (event, "2026-11-28T13:00:00Z");
  lt_event_set_time_zone (event, LT_EVENT_DEFAULT_TIME_ZONE);
  lt_event_set_rrule (event, "FREQ=WEEKLY;INTERVAL=2");
  lt_event_set_uid (event, EXISTING_UID);
  return lt_store_add (store, LT_RECORD (event), error);
}

/* Returns: (transfer full): the child's events, a list the store keeps current */
static GListModel *
list_events (LtStore  *store,
             LtChild **child)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);
  *child = g_list_model_get_item (children, 0);
  return lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (*child)));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  LtStore *store = fuzz_store_get (populate);
  g_autoptr (LtChild) child = NULL;
  g_autoptr (GListModel) events = list_events (store, &child);
  g_autoptr (GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr (GError) error = NULL;
  g_auto (LtIcsResult) result = { 0 };
  guint before = g_list_model_get_n_items (events);

  if (lt_ics_import (store, child, bytes, &result, &error))
    {
      g_debug ("added %u, already there %u, %u notes", result.added, result.already,
               result.skipped->len);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (events), ==, before + result.added);
      g_clear_object (&events);
      g_clear_object (&child);
      if (result.added > 0)
        fuzz_store_reset ();
      return 0;
    }

  g_assert_nonnull (error);
  g_debug ("refused: %s", error->message);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, before);
  return 0;
}
