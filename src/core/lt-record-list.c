/* lt-record-list.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtRecordList: a sorted GListModel of records of one kind and owner.
 *
 * Views never re-query: the store inserts, removes and reorders records here
 * after each committed write, and every change is one "items-changed".
 */
#include "config.h"

#include "lt-record-list.h"

struct _LtRecordList
{
  GObject parent_instance;

  GType      kind;
  gint64     owner_id;
  GPtrArray *records; /* LtRecord, owned, sorted by lt_record_compare() */
};

static void lt_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LtRecordList, lt_record_list, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, lt_record_list_model_init))

static int
compare_records (gconstpointer a,
                 gconstpointer b)
{
  return lt_record_compare (*(LtRecord **) a, *(LtRecord **) b);
}

/* Binary search for where @record belongs. */
static guint
find_insert_position (LtRecordList *self,
                      LtRecord     *record)
{
  guint low = 0;
  guint high = self->records->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (lt_record_compare (g_ptr_array_index (self->records, middle), record) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

static GType
lt_record_list_get_item_type (GListModel *model)
{
  return LT_RECORD_LIST (model)->kind;
}

static guint
lt_record_list_get_n_items (GListModel *model)
{
  return LT_RECORD_LIST (model)->records->len;
}

static gpointer
lt_record_list_get_item (GListModel *model,
                         guint       position)
{
  LtRecordList *self = LT_RECORD_LIST (model);

  if (position >= self->records->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->records, position));
}

static void
lt_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lt_record_list_get_item_type;
  iface->get_n_items = lt_record_list_get_n_items;
  iface->get_item = lt_record_list_get_item;
}

static void
lt_record_list_finalize (GObject *object)
{
  LtRecordList *self = LT_RECORD_LIST (object);

  g_clear_pointer (&self->records, g_ptr_array_unref);

  G_OBJECT_CLASS (lt_record_list_parent_class)->finalize (object);
}

static void
lt_record_list_class_init (LtRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lt_record_list_finalize;
}

static void
lt_record_list_init (LtRecordList *self)
{
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * lt_record_list_new:
 * @kind: the record type the list holds
 * @owner_id: the owning record's id, or 0 for all of the kind
 * @records: (transfer none): the records to start with, in any order
 *
 * Returns: (transfer full): a sorted list
 */
LtRecordList *
lt_record_list_new (GType      kind,
                    gint64     owner_id,
                    GPtrArray *records)
{
  LtRecordList *self;

  g_return_val_if_fail (g_type_is_a (kind, LT_TYPE_RECORD), NULL);

  self = g_object_new (LT_TYPE_RECORD_LIST, NULL);
  self->kind = kind;
  self->owner_id = owner_id;
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (self->records, g_object_ref (g_ptr_array_index (records, i)));
  g_ptr_array_sort (self->records, compare_records);
  return self;
}

GType
lt_record_list_get_kind (LtRecordList *self)
{
  g_return_val_if_fail (LT_IS_RECORD_LIST (self), G_TYPE_INVALID);

  return self->kind;
}

gint64
lt_record_list_get_owner_id (LtRecordList *self)
{
  g_return_val_if_fail (LT_IS_RECORD_LIST (self), 0);

  return self->owner_id;
}

/* Returns: whether @record is of this list's kind and owner. */
gboolean
lt_record_list_accepts (LtRecordList *self,
                        LtRecord     *record)
{
  g_return_val_if_fail (LT_IS_RECORD_LIST (self), FALSE);

  return G_OBJECT_TYPE (record) == self->kind &&
         (self->owner_id == 0 || lt_record_get_owner_id (record) == self->owner_id);
}

void
lt_record_list_insert (LtRecordList *self,
                       LtRecord     *record)
{
  guint position;

  g_return_if_fail (LT_IS_RECORD_LIST (self));

  /* Already here when the list was read inside the transaction that added it. */
  if (g_ptr_array_find (self->records, record, NULL))
    return;
  position = find_insert_position (self, record);
  g_ptr_array_insert (self->records, position, g_object_ref (record));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

void
lt_record_list_remove (LtRecordList *self,
                       LtRecord     *record)
{
  guint position;

  g_return_if_fail (LT_IS_RECORD_LIST (self));

  if (!g_ptr_array_find (self->records, record, &position))
    return;
  g_ptr_array_remove_index (self->records, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

/* Moves @record to where its (changed) values sort it.  One "items-changed"
 * covering the span it moved across, so views keep the rows in between. */
void
lt_record_list_reorder (LtRecordList *self,
                        LtRecord     *record)
{
  guint old_position, new_position, first, n_changed;

  g_return_if_fail (LT_IS_RECORD_LIST (self));

  if (!g_ptr_array_find (self->records, record, &old_position))
    return;

  g_object_ref (record);
  g_ptr_array_remove_index (self->records, old_position);
  new_position = find_insert_position (self, record);
  g_ptr_array_insert (self->records, new_position, record);

  if (new_position == old_position)
    return;
  first = MIN (old_position, new_position);
  n_changed = MAX (old_position, new_position) - first + 1;
  g_list_model_items_changed (G_LIST_MODEL (self), first, n_changed, n_changed);
}

void
lt_record_list_clear (LtRecordList *self)
{
  guint n_items;

  g_return_if_fail (LT_IS_RECORD_LIST (self));

  n_items = self->records->len;
  if (n_items == 0)
    return;
  g_ptr_array_set_size (self->records, 0);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_items, 0);
}
