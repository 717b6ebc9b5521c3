/* lt-store-calendar.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The store's side of the calendar: who takes part in an event, and the
 * changed or cancelled occurrences of a repeating one.
 */
#include "config.h"

#include "lt-store-private.h"

/* Returns: (transfer full) (element-type LtPerson): who takes part in @event */
GPtrArray *
lt_store_dup_event_persons (LtStore *self,
                            LtEvent *event,
                            GError **error)
{
  g_return_val_if_fail (LT_IS_EVENT (event), NULL);

  return lt_store_dup_linked (
      self, LT_TYPE_PERSON,
      lt_store_linked_select (LT_TYPE_PERSON,
                              "event_person l ON l.person_id = p.id WHERE l.event_id = ?1 ORDER BY p.name"),
      lt_record_get_id (LT_RECORD (event)), error);
}

/* Sets who takes part in @event. */
gboolean
lt_store_set_event_persons (LtStore   *self,
                            LtEvent   *event,
                            GPtrArray *persons,
                            GError   **error)
{
  g_return_val_if_fail (LT_IS_EVENT (event), FALSE);

  return lt_store_set_linked (self, LT_RECORD (event), "DELETE FROM event_person WHERE event_id = ?1",
                              "INSERT INTO event_person (event_id, person_id) VALUES (?1, ?2)",
                              FALSE, persons, error);
}
