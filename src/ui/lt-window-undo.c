/* lt-window-undo.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What any page asks of the window it is in: a toast, and deleting a
 * record with Undo (putting back a person's relations with them).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-window.h"

/**
 * lt_window_toast_from:
 * @widget: a widget inside a #LtWindow (or the window itself)
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the window @widget is in, or in the toast overlay around
 * @widget in another window; outside both (a widget made by a test), the
 * toast is dropped.
 */
void
lt_window_toast_from (GtkWidget *widget,
                      AdwToast  *toast)
{
  GtkRoot   *root = gtk_widget_get_root (widget);
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (LT_IS_WINDOW (root))
    lt_window_add_toast (LT_WINDOW (root), toast);
  else if (overlay != NULL) /* another window, with toasts of its own */
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/* The relations of @person, copied to be put back by Undo. */
static GPtrArray *
copy_relations_of (LtStore  *store,
                   LtPerson *person)
{
  gint64     id = lt_record_get_id (LT_RECORD (person));
  GPtrArray *copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GListModel) relations =
      lt_store_list_records (store, LT_TYPE_RELATION, lt_person_get_child_id (person));

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr (LtRelation) relation = g_list_model_get_item (relations, i);

      if (lt_relation_get_from_person_id (relation) == id ||
          lt_relation_get_to_person_id (relation) == id)
        g_ptr_array_add (copies, lt_record_copy (LT_RECORD (relation)));
    }
  return copies;
}

/* Puts back a deleted record, and a person's relations under the new id. */
static void
on_undo_remove_cb (AdwToast *toast,
                   LtRecord *copy)
{
  LtStore   *store = g_object_get_data (G_OBJECT (toast), "store");
  GPtrArray *relations = g_object_get_data (G_OBJECT (toast), "relations");
  gint64     old_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "old-id"));
  g_autoptr (GError) error = NULL;
  gboolean ok = lt_store_begin (store, &error) && lt_store_add (store, copy, &error);

  for (guint i = 0; ok && relations != NULL && i < relations->len; i++)
    {
      LtRelation *relation = g_ptr_array_index (relations, i);

      lt_record_set_identity (LT_RECORD (relation), 0,
                              lt_record_get_created_at (LT_RECORD (relation)),
                              lt_record_get_updated_at (LT_RECORD (relation)));
      if (lt_relation_get_from_person_id (relation) == old_id)
        lt_relation_set_from_person_id (relation, lt_record_get_id (copy));
      if (lt_relation_get_to_person_id (relation) == old_id)
        lt_relation_set_to_person_id (relation, lt_record_get_id (copy));
      ok = lt_store_add (store, LT_RECORD (relation), &error);
    }
  if (ok)
    ok = lt_store_commit (store, &error);
  else
    lt_store_rollback (store);
  if (!ok)
    g_warning ("Could not undo the deletion: %s", error->message);
}

static void
unref_closure_data (gpointer  data,
                    GClosure *closure)
{
  g_object_unref (data);
}

/**
 * lt_window_remove_for_undo:
 * @message: the toast's text, such as "“Aalborg” deleted"
 *
 * Deletes a small record at once and makes the toast that offers Undo,
 * which puts back a copy with its values and timestamps (under a new id);
 * for a person, their relations come back too.
 *
 * Returns: (transfer full) (nullable): the toast, or %NULL with @error
 * when the store refused
 */
AdwToast *
lt_window_remove_for_undo (LtStore    *store,
                           LtRecord   *record,
                           const char *message,
                           GError    **error)
{
  g_autoptr (LtRecord) copy = lt_record_copy (record);
  g_autoptr (GPtrArray) relations = NULL;
  gint64    id = lt_record_get_id (record);
  AdwToast *toast;

  lt_record_set_identity (copy, 0, lt_record_get_created_at (record),
                          lt_record_get_updated_at (record));
  if (LT_IS_PERSON (record))
    relations = copy_relations_of (store, LT_PERSON (record));
  if (!lt_store_remove (store, record, error))
    return NULL;
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (store), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "old-id", GSIZE_TO_POINTER (id));
  if (relations != NULL)
    g_object_set_data_full (G_OBJECT (toast), "relations", g_steal_pointer (&relations),
                            (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb),
                         g_steal_pointer (&copy), unref_closure_data, 0);
  return toast;
}

/**
 * lt_window_remove_with_undo:
 * @widget: inside the window that shows the toast
 *
 * lt_window_remove_for_undo(), with the toast shown (or one saying why
 * the record could not be deleted).
 *
 * Returns: whether @record was deleted
 */
gboolean
lt_window_remove_with_undo (GtkWidget  *widget,
                            LtStore    *store,
                            LtRecord   *record,
                            const char *message)
{
  g_autoptr (GError) error = NULL;
  AdwToast *toast = lt_window_remove_for_undo (store, record, message, &error);

  lt_window_toast_from (widget, toast != NULL ? toast : adw_toast_new (error->message));
  return toast != NULL;
}
