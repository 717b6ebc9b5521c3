/* lt-demo-move.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The demo children's gentle moves: Freja moves to her aunt in the summer
 * of 2027; the first tasks are done and her "about me" page is written.
 */
#include "config.h"

#include "lt-demo-private.h"
#include "lt-gentle-move.h"

/* The tasks done so far, by their position among the seeded ones. */
static const struct
{
  gint64      position;
  const char *who;
  const char *due_on;
  const char *done_on;
} freja_tasks[] = {
  { 0, "Anne og Jens", "2027-03-01", "2027-02-20" },
  { 2, "Anne og Freja", "2027-04-01", "2027-03-14" },
  { 5, "Sagsbehandler Hanne", "2027-03-15", "2027-03-10" },
  { 7, "Anne", "2027-06-01", NULL },
  { 12, "Jens", "2027-05-15", NULL },
};

static gboolean
add_freja_move (LtStore *store,
                LtChild *child,
                GError **error)
{
  g_autoptr (LtMove) move = lt_move_new ();
  g_autoptr (GPtrArray) tasks = NULL;

  g_object_set (move, "child-id", lt_record_get_id (LT_RECORD (child)), "to-place",
                "Hos moster Lene i Aalborg", "move-on", "2027-06-28", "new-kind",
                LT_PLACEMENT_KIND_KINSHIP_CARE, "reason",
                "Jeg skal bo hos moster Lene, så jeg kan se mor og min lillebror tit.",
                "routines",
                "Jeg står op kl. 7 og spiser havregryn. Efter børnehaven vil jeg gerne "
                "slappe af med en tegnefilm.",
                "likes", "At tegne heste, gynge højt og bage boller med Anne.", "comforts",
                "Min kanin Bobbi og at nogen synger for mig.", "fears",
                "Mørke og høje lyde. Jeg bliver ked af det, når nogen råber.", "food",
                "Jeg elsker pasta med kødsovs. Jeg kan ikke lide fisk.", "bedtime",
                "Natlampe tændt, døren på klem og en historie i sengen kl. 19.30.", NULL);
  /* The demo is written in one transaction, and a record added in it is
   * not yet the store's to save: the tasks are filled in before adding. */
  if (!lt_store_add (store, LT_RECORD (move), error))
    return FALSE;
  tasks = lt_gentle_move_new_tasks (move);
  for (guint i = 0; i < tasks->len; i++)
    {
      LtMoveTask *task = g_ptr_array_index (tasks, i);

      for (guint k = 0; k < G_N_ELEMENTS (freja_tasks); k++)
        if (freja_tasks[k].position == lt_move_task_get_position (task))
          g_object_set (task, "who", freja_tasks[k].who, "due-on", freja_tasks[k].due_on,
                        "done-on", freja_tasks[k].done_on, NULL);
      if (!lt_store_add (store, LT_RECORD (task), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * lt_demo_add_move:
 *
 * Adds the gentle move of the demo child @child (known by the name it goes
 * by); a child not in the demo gets nothing.
 */
gboolean
lt_demo_add_move (LtStore *store,
                  LtChild *child,
                  GError **error)
{
  if (g_str_has_prefix (lt_child_get_display_name (child), "Freja"))
    return add_freja_move (store, child, error);
  return TRUE;
}
