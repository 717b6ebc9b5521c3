/* lt-gentle-move.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A gentle move (skånsomt skift): the tasks a new move starts with, the
 * child's planned move, and carrying the move out in the child's history.
 *
 * The tasks put into checklist form the five recommendations of
 * "Anbefalinger om skånsomme skift i anbringelsen" (Social- og
 * Boligstyrelsen, 2024): involve the child, involve the parents, involve the
 * professional and private network, map the child's communities,
 * relationships and life story, and collect and hand over knowledge about
 * development, learning and health.  The wording is ours.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-gentle-move.h"

typedef struct
{
  LtMoveArea  area;
  const char *title;
} StartTask;

static const StartTask start_tasks[] = {
  { LT_MOVE_AREA_CHILD, N_ ("Tell the child why, where and when, in words they understand") },
  { LT_MOVE_AREA_CHILD, N_ ("Ask the child what matters most to bring and to keep") },
  { LT_MOVE_AREA_CHILD, N_ ("Write the “about me” page together with the child") },
  { LT_MOVE_AREA_CHILD, N_ ("Visit the new home with the child before the move") },
  { LT_MOVE_AREA_PARENTS, N_ ("Tell the parents about the move and listen to their worries") },
  { LT_MOVE_AREA_PARENTS, N_ ("Ask the parents what the new home should know") },
  { LT_MOVE_AREA_PARENTS, N_ ("Agree how visits with the parents go on after the move") },
  { LT_MOVE_AREA_NETWORK, N_ ("Tell the class teacher and the coach; plan goodbyes") },
  { LT_MOVE_AREA_NETWORK, N_ ("Plan how the child keeps in touch with friends and family") },
  { LT_MOVE_AREA_NETWORK, N_ ("Meet the new home with the caseworker before the move") },
  { LT_MOVE_AREA_MAP, N_ ("Update the network map and family tree with the child") },
  { LT_MOVE_AREA_MAP, N_ ("Look through the life-story book with the child") },
  { LT_MOVE_AREA_KNOWLEDGE, N_ ("Collect the school overview and the names of doctor and dentist") },
  { LT_MOVE_AREA_KNOWLEDGE, N_ ("Write down medicine, allergies and health appointments") },
  { LT_MOVE_AREA_KNOWLEDGE, N_ ("Make the handover package for the new home") },
};

/**
 * lt_gentle_move_find_planned:
 *
 * Returns: (transfer full) (nullable): the child's next planned move, or
 *   %NULL when none is planned
 */
LtMove *
lt_gentle_move_find_planned (LtStore *store,
                             LtChild *child)
{
  g_autoptr (GListModel) moves = NULL;
  LtMove *found = NULL;

  g_return_val_if_fail (LT_IS_STORE (store), NULL);
  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  moves = lt_store_list_records (store, LT_TYPE_MOVE, lt_record_get_id (LT_RECORD (child)));
  /* The list runs from the latest day back: the last planned is the next. */
  for (guint i = 0; i < g_list_model_get_n_items (moves); i++)
    {
      g_autoptr (LtMove) move = g_list_model_get_item (moves, i);

      if (lt_move_get_status (move) == LT_MOVE_STATUS_PLANNED)
        g_set_object (&found, move);
    }
  return found;
}

/**
 * lt_gentle_move_new_tasks:
 *
 * The tasks a gentle move starts with, for @move, not yet in the store;
 * numbered from 0 in the order of the areas.
 *
 * Returns: (transfer full) (element-type LtMoveTask): the new tasks
 */
GPtrArray *
lt_gentle_move_new_tasks (LtMove *move)
{
  GPtrArray *tasks = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LT_IS_MOVE (move), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (start_tasks); i++)
    {
      LtMoveTask *task = lt_move_task_new ();

      lt_move_task_set_move_id (task, lt_record_get_id (LT_RECORD (move)));
      lt_move_task_set_area (task, start_tasks[i].area);
      lt_move_task_set_title (task, _ (start_tasks[i].title));
      lt_move_task_set_position (task, i);
      g_ptr_array_add (tasks, task);
    }
  return tasks;
}

/* Adds the start tasks missing from @move, all or none. */
static gboolean
add_tasks (LtStore *store,
           LtMove  *move,
           guint   *n_added,
           GError **error)
{
  g_autoptr (GListModel) present = NULL;
  g_autoptr (GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) tasks = lt_gentle_move_new_tasks (move);
  gint64 position = 0;

  present = lt_store_list_records (store, LT_TYPE_MOVE_TASK, lt_record_get_id (LT_RECORD (move)));
  for (guint i = 0; i < g_list_model_get_n_items (present); i++)
    {
      g_autoptr (LtMoveTask) task = g_list_model_get_item (present, i);

      g_hash_table_add (titles, g_utf8_casefold (lt_move_task_get_title (task), -1));
      position = MAX (position, lt_move_task_get_position (task) + 1);
    }

  *n_added = 0;
  if (!lt_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < tasks->len; i++)
    {
      LtMoveTask      *task = g_ptr_array_index (tasks, i);
      g_autofree char *key = g_utf8_casefold (lt_move_task_get_title (task), -1);

      if (g_hash_table_contains (titles, key))
        continue;
      lt_move_task_set_position (task, position++);
      if (!lt_store_add (store, LT_RECORD (task), error))
        {
          lt_store_rollback (store);
          *n_added = 0;
          return FALSE;
        }
      (*n_added)++;
    }
  return lt_store_commit (store, error);
}

/**
 * lt_gentle_move_add_tasks:
 * @n_added: (out) (optional): how many tasks were new
 *
 * Puts the tasks of a gentle move under the move, leaving out those already
 * there (by title), all or none.
 */
gboolean
lt_gentle_move_add_tasks (LtStore *store,
                          LtMove  *move,
                          guint   *n_added,
                          GError **error)
{
  guint added = 0;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);
  g_return_val_if_fail (LT_IS_MOVE (move), FALSE);
  g_return_val_if_fail (lt_record_get_id (LT_RECORD (move)) > 0, FALSE);

  if (!add_tasks (store, move, &added, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = added;
  return TRUE;
}

/**
 * lt_gentle_move_start:
 * @move: a new move, not yet in the store, with its child set
 *
 * Adds @move together with the tasks a gentle move starts with, all or none.
 */
gboolean
lt_gentle_move_start (LtStore *store,
                      LtMove  *move,
                      GError **error)
{
  guint added = 0;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);
  g_return_val_if_fail (LT_IS_MOVE (move), FALSE);

  if (!lt_store_begin (store, error))
    return FALSE;
  if (!lt_store_add (store, LT_RECORD (move), error))
    {
      lt_store_rollback (store);
      return FALSE;
    }
  /* On failure the tasks roll back the whole transaction, the move too. */
  if (!add_tasks (store, move, &added, error))
    return FALSE;
  return lt_store_commit (store, error);
}

static gboolean
end_placements (LtStore    *store,
                LtChild    *child,
                const char *move_on,
                GError    **error)
{
  g_autoptr (GListModel) placements = lt_store_list_placements (store, child);
  g_autoptr (GPtrArray) open = g_ptr_array_new_with_free_func (g_object_unref);

  /* Collected first: saving re-sorts the list under us. */
  for (guint i = 0; i < g_list_model_get_n_items (placements); i++)
    {
      g_autoptr (LtPlacement) placement = g_list_model_get_item (placements, i);

      if (lt_placement_get_end_date (placement) == NULL)
        g_ptr_array_add (open, g_steal_pointer (&placement));
    }
  for (guint i = 0; i < open->len; i++)
    {
      g_autoptr (LtRecord) draft = lt_record_copy (g_ptr_array_index (open, i));

      lt_placement_set_end_date (LT_PLACEMENT (draft), move_on);
      if (!lt_store_save (store, draft, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * lt_gentle_move_complete:
 *
 * Carries out @move in the child's history, in one transaction: the
 * placements still going on end on the day of the move, a new placement
 * begins there, and the move is marked done.  A move already done is
 * refused with %LT_STORE_ERROR_CONSTRAINT.
 */
gboolean
lt_gentle_move_complete (LtStore *store,
                         LtMove  *move,
                         GError **error)
{
  LtRecord *child;
  g_autoptr (LtPlacement) placement = NULL;
  g_autoptr (LtRecord) draft = NULL;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);
  g_return_val_if_fail (LT_IS_MOVE (move), FALSE);

  if (lt_move_get_status (move) == LT_MOVE_STATUS_DONE)
    {
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CONSTRAINT,
                   _ ("The move to %s is already done."), lt_move_get_to_place (move));
      return FALSE;
    }
  child = lt_store_lookup (store, LT_TYPE_CHILD, lt_move_get_child_id (move), error);
  if (child == NULL)
    return FALSE;

  placement = lt_placement_new ();
  lt_placement_set_child_id (placement, lt_record_get_id (child));
  lt_placement_set_place (placement, lt_move_get_to_place (move));
  lt_placement_set_kind (placement, lt_move_get_new_kind (move));
  lt_placement_set_start_date (placement, lt_move_get_move_on (move));
  lt_placement_set_move_reason (placement, lt_move_get_reason (move));
  draft = lt_record_copy (LT_RECORD (move));
  lt_move_set_status (LT_MOVE (draft), LT_MOVE_STATUS_DONE);

  if (!lt_store_begin (store, error))
    return FALSE;
  if (!end_placements (store, LT_CHILD (child), lt_move_get_move_on (move), error) ||
      !lt_store_add (store, LT_RECORD (placement), error) ||
      !lt_store_save (store, draft, error))
    {
      lt_store_rollback (store);
      return FALSE;
    }
  return lt_store_commit (store, error);
}
