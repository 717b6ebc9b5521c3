/* lt-store-history.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Who changed what, and when (migration 015): the pages of the book,
 * calendar events and everyday agreements.  A change is noted in the same
 * transaction as the change itself, so the history never tells of a
 * change that did not happen, nor misses one that did.  Nothing is noted
 * without an actor: the demo, imports and the command line fill the
 * household as a whole, and no adult made those changes by hand.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-agreement.h"
#include "lt-chapter.h"
#include "lt-date.h"
#include "lt-event.h"
#include "lt-record-private.h"
#include "lt-store-private.h"
#include "lt-store.h"

G_DEFINE_BOXED_TYPE (LtChange, lt_change, lt_change_copy, lt_change_free)

/* The kinds of record with a history, by the name the history uses. */
static const char *
kind_of (LtRecord *record)
{
  if (LT_IS_STORY_ENTRY (record))
    return "entry";
  if (LT_IS_EVENT (record))
    return "event";
  if (LT_IS_AGREEMENT (record))
    return "agreement";
  return NULL;
}

static gint64
child_id_of (LtStore  *self,
             LtRecord *record)
{
  LtRecord *chapter;

  if (!LT_IS_STORY_ENTRY (record))
    return lt_record_get_owner_id (record);
  chapter = lt_store_lookup (self, LT_TYPE_CHAPTER, lt_story_entry_get_chapter_id (LT_STORY_ENTRY (record)), NULL);
  return chapter != NULL ? lt_chapter_get_child_id (LT_CHAPTER (chapter)) : 0;
}

/* The columns (as properties) whose values differ between @old and @new,
 * space-separated; NULL when none do. */
static char *
changed_fields (LtRecord *old,
                LtRecord *new)
{
  LtRecordClass *klass = LT_RECORD_GET_CLASS (new);
  GString       *fields = g_string_new (NULL);

  for (const char *const *column = klass->columns; *column != NULL; column++)
    {
      g_autofree char *property = lt_column_to_property (*column);
      GParamSpec      *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (new), property);
      g_auto (GValue) before = G_VALUE_INIT;
      g_auto (GValue) after = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (old), property, &before);
      g_object_get_property (G_OBJECT (new), property, &after);
      if (g_param_values_cmp (pspec, &before, &after) == 0)
        continue;
      if (fields->len > 0)
        g_string_append_c (fields, ' ');
      g_string_append (fields, property);
    }
  return fields->len > 0 ? g_string_free (fields, FALSE) : (g_string_free (fields, TRUE), NULL);
}

static const char *const action_names[] = {
  [LT_CHANGE_ADDED] = "added",
  [LT_CHANGE_CHANGED] = "changed",
  [LT_CHANGE_DELETED] = "deleted",
};

/**
 * lt_store_note_change:
 * @record: the record as it is after the change (before it, for a deletion)
 * @old: (nullable): for %LT_CHANGE_CHANGED, the record as it was
 *
 * Called by the store inside the transaction that makes the change.
 */
gboolean
lt_store_note_change (LtStore       *self,
                      LtChangeAction action,
                      LtRecord      *record,
                      LtRecord      *old,
                      GError       **error)
{
  const char      *kind = kind_of (record);
  g_autofree char *fields = NULL;
  g_autofree char *title = NULL;
  g_autofree char *now = NULL;
  sqlite3_stmt    *stmt;

  if (kind == NULL || lt_store_get_actor (self) == NULL)
    return TRUE;
  if (action == LT_CHANGE_CHANGED && (fields = changed_fields (old, record)) == NULL)
    return TRUE; /* only its time stamp */

  g_object_get (record, "title", &title, NULL);
  now = lt_timestamp_now ();
  stmt = lt_store_prepare (self,
                           "INSERT INTO change_log (at, actor, child_id, kind, record_id, action, title, fields) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, lt_store_get_actor (self), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, child_id_of (self, record));
  sqlite3_bind_text (stmt, 4, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, lt_record_get_id (record));
  sqlite3_bind_text (stmt, 6, action_names[action], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, fields, -1, SQLITE_TRANSIENT);
  return lt_store_step_write (self, stmt, _ ("Noting the change"), error);
}

LtChange *
lt_change_copy (const LtChange *change)
{
  LtChange *copy = g_new0 (LtChange, 1);

  *copy = *change;
  copy->at = g_strdup (change->at);
  copy->actor = g_strdup (change->actor);
  copy->kind = g_strdup (change->kind);
  copy->title = g_strdup (change->title);
  copy->fields = g_strdup (change->fields);
  return copy;
}

void
lt_change_free (LtChange *change)
{
  if (change == NULL)
    return;
  g_free (change->at);
  g_free (change->actor);
  g_free (change->kind);
  g_free (change->title);
  g_free (change->fields);
  g_free (change);
}

static LtChangeAction
action_from_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    if (g_strcmp0 (action_names[i], name) == 0)
      return i;
  return LT_CHANGE_CHANGED;
}

/**
 * lt_store_dup_changes:
 * @record_id: 0 for all of @child_id's changes, else those of one record
 *   of @kind
 *
 * Returns: (transfer full) (element-type LtChange): newest first
 */
GPtrArray *
lt_store_dup_changes (LtStore    *self,
                      gint64      child_id,
                      const char *kind,
                      gint64      record_id,
                      GError    **error)
{
  g_autoptr (GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) lt_change_free);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self,
                           "SELECT at, actor, kind, record_id, action, title, fields FROM change_log "
                           "WHERE child_id = ?1 AND (?2 IS NULL OR kind = ?2) AND (?3 = 0 OR record_id = ?3) "
                           "ORDER BY at DESC, id DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, child_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, record_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LtChange *change = g_new0 (LtChange, 1);

      change->at = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      change->actor = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      change->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      change->record_id = sqlite3_column_int64 (stmt, 3);
      change->action = action_from_name ((const char *) sqlite3_column_text (stmt, 4));
      change->title = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      change->fields = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      g_ptr_array_add (changes, change);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      lt_store_set_sqlite_error (self, rc, _ ("Reading the history"), error);
      return NULL;
    }
  return g_steal_pointer (&changes);
}
