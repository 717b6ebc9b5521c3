/* lt-store-prompts.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The store's side of reflection prompts: which ones an adult put aside.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-store-private.h"

/* Whether the prompt @key about @child was put aside. */
gboolean
lt_store_prompt_dismissed (LtStore    *self,
                           LtChild    *child,
                           const char *key)
{
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt =
      lt_store_prepare (self, "SELECT 1 FROM prompt_dismissal WHERE child_id = ?1 AND key = ?2", &error);
  gboolean dismissed;

  if (stmt == NULL)
    {
      g_warning ("Could not read the prompts put aside: %s", error->message);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, lt_record_get_id (LT_RECORD (child)));
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  dismissed = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return dismissed;
}

/* Puts the prompt @key about @child aside. */
gboolean
lt_store_dismiss_prompt (LtStore    *self,
                         LtChild    *child,
                         const char *key,
                         GError    **error)
{
  g_autofree char *now = lt_timestamp_now ();
  sqlite3_stmt    *stmt = lt_store_prepare (
         self, "INSERT OR REPLACE INTO prompt_dismissal (child_id, key, dismissed_at) VALUES (?1, ?2, ?3)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_record_get_id (LT_RECORD (child)));
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  return lt_store_step_write (self, stmt, _ ("Putting a thought aside"), error);
}
