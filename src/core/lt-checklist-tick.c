/* lt-checklist-tick.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChecklistTick: a checklist item ticked off on a day.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-checklist-item.h"
#include "lt-checklist-tick.h"
#include "lt-date.h"
#include "lt-record-private.h"

struct _LtChecklistTick
{
  LtRecord parent_instance;

  gint64 item_id;
  char  *day;
};

G_DEFINE_FINAL_TYPE (LtChecklistTick, lt_checklist_tick, LT_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_ITEM_ID,
  PROP_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const checklist_tick_columns[] = { "item_id", "day", NULL };

static int
lt_checklist_tick_compare (LtRecord *a,
                           LtRecord *b)
{
  int    order = g_strcmp0 (LT_CHECKLIST_TICK (a)->day, LT_CHECKLIST_TICK (b)->day);
  gint64 ia = lt_record_get_id (a);
  gint64 ib = lt_record_get_id (b);

  return order != 0 ? order : (ia > ib) - (ia < ib);
}

static gboolean
lt_checklist_tick_validate (LtRecord *record,
                            GError  **error)
{
  return lt_date_check_day (LT_CHECKLIST_TICK (record)->day, _ ("A tick needs its day."), error);
}

static void
lt_checklist_tick_finalize (GObject *object)
{
  LtChecklistTick *self = LT_CHECKLIST_TICK (object);

  g_free (self->day);

  G_OBJECT_CLASS (lt_checklist_tick_parent_class)->finalize (object);
}

static void
lt_checklist_tick_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LtChecklistTick *self = LT_CHECKLIST_TICK (object);

  switch (prop_id)
    {
    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_checklist_tick_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LtChecklistTick *self = LT_CHECKLIST_TICK (object);

  switch (prop_id)
    {
    case PROP_ITEM_ID:
      lt_checklist_tick_set_item_id (self, g_value_get_int64 (value));
      break;
    case PROP_DAY:
      lt_checklist_tick_set_day (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_checklist_tick_class_init (LtChecklistTickClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_checklist_tick_finalize;
  object_class->get_property = lt_checklist_tick_get_property;
  object_class->set_property = lt_checklist_tick_set_property;

  record_class->table = "checklist_tick";
  record_class->columns = checklist_tick_columns;
  record_class->owner_column = "item_id";
  record_class->owner_kind = LT_TYPE_CHECKLIST_ITEM;
  record_class->compare = lt_checklist_tick_compare;
  record_class->validate = lt_checklist_tick_validate;

  properties[PROP_ITEM_ID] =
      g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] =
      g_param_spec_string ("day", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_checklist_tick_init (LtChecklistTick *self)
{
}

LtChecklistTick *
lt_checklist_tick_new (void)
{
  return g_object_new (LT_TYPE_CHECKLIST_TICK, NULL);
}

gint64
lt_checklist_tick_get_item_id (LtChecklistTick *self)
{
  g_return_val_if_fail (LT_IS_CHECKLIST_TICK (self), 0);

  return self->item_id;
}

void
lt_checklist_tick_set_item_id (LtChecklistTick *self,
                               gint64           item_id)
{
  g_return_if_fail (LT_IS_CHECKLIST_TICK (self));

  lt_record_set_int64 (LT_RECORD (self), &self->item_id, item_id, properties[PROP_ITEM_ID]);
}

const char *
lt_checklist_tick_get_day (LtChecklistTick *self)
{
  g_return_val_if_fail (LT_IS_CHECKLIST_TICK (self), NULL);

  return self->day;
}

void
lt_checklist_tick_set_day (LtChecklistTick *self,
                           const char      *day)
{
  g_return_if_fail (LT_IS_CHECKLIST_TICK (self));

  lt_record_set_string (LT_RECORD (self), &self->day, day, properties[PROP_DAY]);
}
