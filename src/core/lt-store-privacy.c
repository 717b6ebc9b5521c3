/* lt-store-privacy.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A child's privacy settings (migration 012): anonymous placement, the day
 * the placement ended and the day until which the records are kept.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-store-private.h"
#include "lt-store.h"

void
lt_child_privacy_clear (LtChildPrivacy *privacy)
{
  g_clear_pointer (&privacy->placement_ended, g_free);
  g_clear_pointer (&privacy->keep_until, g_free);
  privacy->anonymous = FALSE;
}

/* Reads @child_id's settings into @privacy (all unset when none are kept). */
gboolean
lt_store_get_child_privacy (LtStore        *self,
                            gint64          child_id,
                            LtChildPrivacy *privacy,
                            GError        **error)
{
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (LT_IS_STORE (self) && privacy != NULL, FALSE);

  lt_child_privacy_clear (privacy);
  stmt = lt_store_prepare (self,
                           "SELECT anonymous, placement_ended, keep_until FROM child_privacy WHERE child_id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, child_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      privacy->anonymous = sqlite3_column_int (stmt, 0) != 0;
      privacy->placement_ended = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      privacy->keep_until = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error);
  return TRUE;
}

/* Returns: whether exports for parents and network must leave out where
 * @child_id lives (FALSE also when it cannot be read: see the warning). */
gboolean
lt_store_child_is_anonymous (LtStore *self,
                             gint64   child_id)
{
  g_auto (LtChildPrivacy) privacy = { 0 };
  g_autoptr (GError) error = NULL;

  if (!lt_store_get_child_privacy (self, child_id, &privacy, &error))
    {
      /* Err on the safe side: treated as anonymous. */
      g_warning ("Could not read a child's privacy settings: %s", error->message);
      return TRUE;
    }
  return privacy.anonymous;
}

/**
 * lt_store_set_child_privacy:
 *
 * Saves @privacy for @child_id.  Dates are whole days ("YYYY-MM-DD"); the
 * records cannot be kept "until" a day before the placement ended.
 */
gboolean
lt_store_set_child_privacy (LtStore              *self,
                            gint64                child_id,
                            const LtChildPrivacy *privacy,
                            GError              **error)
{
  g_autofree char *now = lt_timestamp_now ();
  sqlite3_stmt    *stmt;

  g_return_val_if_fail (LT_IS_STORE (self) && privacy != NULL, FALSE);

  if ((privacy->placement_ended != NULL && !lt_date_check_day (privacy->placement_ended, NULL, error)) ||
      (privacy->keep_until != NULL && !lt_date_check_day (privacy->keep_until, NULL, error)))
    return FALSE;
  if (privacy->placement_ended != NULL && privacy->keep_until != NULL &&
      g_strcmp0 (privacy->keep_until, privacy->placement_ended) < 0)
    {
      g_set_error_literal (error, LT_STORE_ERROR, LT_STORE_ERROR_CONSTRAINT,
                           _ ("The records cannot be kept until a day before the placement ended."));
      return FALSE;
    }
  stmt = lt_store_prepare (self,
                           "INSERT INTO child_privacy (child_id, anonymous, placement_ended, keep_until, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (child_id) DO UPDATE SET "
                           "anonymous = ?2, placement_ended = ?3, keep_until = ?4, updated_at = ?5",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, child_id);
  sqlite3_bind_int (stmt, 2, privacy->anonymous ? 1 : 0);
  sqlite3_bind_text (stmt, 3, privacy->placement_ended, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, privacy->keep_until, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_STATIC);
  return lt_store_step_write (self, stmt, _ ("Saving the privacy settings"), error);
}

/**
 * lt_store_dup_children_past_keeping:
 * @today: "YYYY-MM-DD"
 *
 * Returns: (transfer full) (element-type LtChild): the children whose
 *   records were to be kept until a day before @today
 */
GPtrArray *
lt_store_dup_children_past_keeping (LtStore    *self,
                                    const char *today,
                                    GError    **error)
{
  g_autoptr (GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (LT_IS_STORE (self) && today != NULL, NULL);

  stmt = lt_store_prepare (self,
                           "SELECT child_id FROM child_privacy WHERE keep_until IS NOT NULL AND keep_until < ?1 "
                           "ORDER BY keep_until",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LtRecord *child = lt_store_lookup (self, LT_TYPE_CHILD, sqlite3_column_int64 (stmt, 0), NULL);

      if (child != NULL)
        g_ptr_array_add (children, g_object_ref (child));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error), NULL;
  return g_steal_pointer (&children);
}

/* Returns: (transfer full) (nullable): @child_id's random identifier
 * (migration 013), which no other child ever gets. */
char *
lt_store_dup_child_uid (LtStore *self,
                        gint64   child_id,
                        GError **error)
{
  sqlite3_stmt *stmt;
  char         *uid = NULL;
  int           rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self, "SELECT uid FROM child WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, child_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    uid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error);
  else if (uid == NULL)
    g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_NOT_FOUND, _ ("The child is no longer in the household."));
  return uid;
}

/* Returns: the id of the child with @uid, 0 when there is none (or -1
 * with @error set). */
gint64
lt_store_find_child_by_uid (LtStore    *self,
                            const char *uid,
                            GError    **error)
{
  sqlite3_stmt *stmt;
  gint64        id = 0;
  int           rc;

  g_return_val_if_fail (LT_IS_STORE (self) && uid != NULL, -1);

  stmt = lt_store_prepare (self, "SELECT id FROM child WHERE uid = ?1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error), -1;
  return id;
}

/**
 * lt_store_dup_kept_note:
 *
 * Returns: (transfer full) (nullable): what a book made for @child_id says
 * where pages are kept back, as an adult wrote it; NULL for the app's own
 */
char *
lt_store_dup_kept_note (LtStore *self,
                        gint64   child_id,
                        GError **error)
{
  sqlite3_stmt *stmt;
  char         *note = NULL;
  int           rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self, "SELECT kept_note FROM child_privacy WHERE child_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, child_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    note = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error);
  return note;
}

/* Saves the wording; NULL or blank goes back to the app's own. */
gboolean
lt_store_set_kept_note (LtStore    *self,
                        gint64      child_id,
                        const char *note,
                        GError    **error)
{
  g_autofree char *now = lt_timestamp_now ();
  g_autofree char *text = g_strstrip (g_strdup (note != NULL ? note : ""));
  sqlite3_stmt    *stmt;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  stmt = lt_store_prepare (self,
                           "INSERT INTO child_privacy (child_id, kept_note, updated_at) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT (child_id) DO UPDATE SET kept_note = ?2, updated_at = ?3",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, child_id);
  if (*text != '\0')
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  return lt_store_step_write (self, stmt, _ ("Saving the wording"), error);
}
