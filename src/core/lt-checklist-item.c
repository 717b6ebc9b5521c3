/* lt-checklist-item.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChecklistItem: one thing on a child's school checklist: packed, done or talked
 * through on given weekdays, or a step when starting at a new school.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "lt-checklist-item.h"
#include "lt-child.h"
#include "lt-date.h"
#include "lt-record-private.h"

struct _LtChecklistItem
{
  LtRecord parent_instance;

  gint64          child_id;
  LtChecklistList list;
  char           *title;
  gint64          weekdays;
  gint64          position;
  char           *done_on;
  char           *notes;
};

G_DEFINE_FINAL_TYPE (LtChecklistItem, lt_checklist_item, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtChecklistList, lt_checklist_list,
  G_DEFINE_ENUM_VALUE (LT_CHECKLIST_LIST_DAILY, "daily"),
  G_DEFINE_ENUM_VALUE (LT_CHECKLIST_LIST_START, "start"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_LIST,
  PROP_TITLE,
  PROP_WEEKDAYS,
  PROP_POSITION,
  PROP_DONE_ON,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const checklist_item_columns[] = { "child_id", "list", "title", "weekdays", "position", "done_on", "notes", NULL };

const char *
lt_checklist_list_to_label (LtChecklistList value)
{
  static const char *const labels[] = {
    [LT_CHECKLIST_LIST_DAILY] = N_ ("Ready for school"),
    [LT_CHECKLIST_LIST_START] = N_ ("Starting at a new school"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* The list's own order (position), then the order they were added. */
static int
lt_checklist_item_compare (LtRecord *a,
                           LtRecord *b)
{
  LtChecklistItem *x = LT_CHECKLIST_ITEM (a);
  LtChecklistItem *y = LT_CHECKLIST_ITEM (b);
  gint64           ia = lt_record_get_id (a);
  gint64           ib = lt_record_get_id (b);

  if (x->list != y->list)
    return x->list < y->list ? -1 : 1;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return (ia > ib) - (ia < ib);
}

static gboolean
lt_checklist_item_validate (LtRecord *record,
                            GError  **error)
{
  LtChecklistItem *self = LT_CHECKLIST_ITEM (record);

  if (!lt_record_require_text (self->title, _ ("Write what is to be remembered."), error))
    return FALSE;
  if (self->list == LT_CHECKLIST_LIST_DAILY && self->weekdays == 0)
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("Choose at least one weekday."));
      return FALSE;
    }
  return self->done_on == NULL || lt_date_check_day (self->done_on, NULL, error);
}

static void
lt_checklist_item_finalize (GObject *object)
{
  LtChecklistItem *self = LT_CHECKLIST_ITEM (object);

  g_free (self->title);
  g_free (self->done_on);
  g_free (self->notes);

  G_OBJECT_CLASS (lt_checklist_item_parent_class)->finalize (object);
}

static void
lt_checklist_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LtChecklistItem *self = LT_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_LIST:
      g_value_set_enum (value, self->list);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_WEEKDAYS:
      g_value_set_int64 (value, self->weekdays);
      break;
    case PROP_POSITION:
      g_value_set_int64 (value, self->position);
      break;
    case PROP_DONE_ON:
      g_value_set_string (value, self->done_on);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_checklist_item_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LtChecklistItem *self = LT_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_checklist_item_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_LIST:
      lt_checklist_item_set_list (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      lt_checklist_item_set_title (self, g_value_get_string (value));
      break;
    case PROP_WEEKDAYS:
      lt_checklist_item_set_weekdays (self, g_value_get_int64 (value));
      break;
    case PROP_POSITION:
      lt_checklist_item_set_position (self, g_value_get_int64 (value));
      break;
    case PROP_DONE_ON:
      lt_checklist_item_set_done_on (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      lt_checklist_item_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_checklist_item_class_init (LtChecklistItemClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_checklist_item_finalize;
  object_class->get_property = lt_checklist_item_get_property;
  object_class->set_property = lt_checklist_item_set_property;

  record_class->table = "checklist_item";
  record_class->columns = checklist_item_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_checklist_item_compare;
  record_class->validate = lt_checklist_item_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIST] =
      g_param_spec_enum ("list", NULL, NULL, LT_TYPE_CHECKLIST_LIST, LT_CHECKLIST_LIST_DAILY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEEKDAYS] =
      g_param_spec_int64 ("weekdays", NULL, NULL, 0, LT_WEEKDAYS_ALL, LT_WEEKDAYS_SCHOOL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
      g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DONE_ON] =
      g_param_spec_string ("done-on", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
      g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_checklist_item_init (LtChecklistItem *self)
{
  self->weekdays = LT_WEEKDAYS_SCHOOL;
}

LtChecklistItem *
lt_checklist_item_new (void)
{
  return g_object_new (LT_TYPE_CHECKLIST_ITEM, NULL);
}

gint64
lt_checklist_item_get_child_id (LtChecklistItem *self)
{
  g_return_val_if_fail (LT_IS_CHECKLIST_ITEM (self), 0);

  return self->child_id;
}

void
lt_checklist_item_set_child_id (LtChecklistItem *self,
                                gint64           child_id)
{
  g_return_if_fail (LT_IS_CHECKLIST_ITEM (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

LtChecklistList
lt_checklist_item_get_list (LtChecklistItem *self)
{
  g_return_val_if_fail (LT_IS_CHECKLIST_ITEM (self), 0);

  return self->list;
}

void
lt_checklist_item_set_list (LtChecklistItem *self,
                            LtChecklistList  list)
{
  g_return_if_fail (LT_IS_CHECKLIST_ITEM (self));

  if (self->list == list)
    return;

  self->list = list;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST]);
}

const char *
lt_checklist_item_get_title (LtChecklistItem *self)
{
  g_return_val_if_fail (LT_IS_CHECKLIST_ITEM (self), NULL);

  return self->title;
}

void
lt_checklist_item_set_title (LtChecklistItem *self,
                             const char      *title)
{
  g_return_if_fail (LT_IS_CHECKLIST_ITEM (self));

  lt_record_set_string (LT_RECORD (self), &self->title, title, properties[PROP_TITLE]);
}

gint64
lt_checklist_item_get_weekdays (LtChecklistItem *self)
{
  g_return_val_if_fail (LT_IS_CHECKLIST_ITEM (self), 0);

  return self->weekdays;
}

void
lt_checklist_item_set_weekdays (LtChecklistItem *self,
                                gint64           weekdays)
{
  g_return_if_fail (LT_IS_CHECKLIST_ITEM (self));

  lt_record_set_int64 (LT_RECORD (self), &self->weekdays, weekdays, properties[PROP_WEEKDAYS]);
}

gint64
lt_checklist_item_get_position (LtChecklistItem *self)
{
  g_return_val_if_fail (LT_IS_CHECKLIST_ITEM (self), 0);

  return self->position;
}

void
lt_checklist_item_set_position (LtChecklistItem *self,
                                gint64           position)
{
  g_return_if_fail (LT_IS_CHECKLIST_ITEM (self));

  lt_record_set_int64 (LT_RECORD (self), &self->position, position, properties[PROP_POSITION]);
}

const char *
lt_checklist_item_get_done_on (LtChecklistItem *self)
{
  g_return_val_if_fail (LT_IS_CHECKLIST_ITEM (self), NULL);

  return self->done_on;
}

void
lt_checklist_item_set_done_on (LtChecklistItem *self,
                               const char      *done_on)
{
  g_return_if_fail (LT_IS_CHECKLIST_ITEM (self));

  lt_record_set_string (LT_RECORD (self), &self->done_on, done_on, properties[PROP_DONE_ON]);
}

const char *
lt_checklist_item_get_notes (LtChecklistItem *self)
{
  g_return_val_if_fail (LT_IS_CHECKLIST_ITEM (self), NULL);

  return self->notes;
}

void
lt_checklist_item_set_notes (LtChecklistItem *self,
                             const char      *notes)
{
  g_return_if_fail (LT_IS_CHECKLIST_ITEM (self));

  lt_record_set_string (LT_RECORD (self), &self->notes, notes, properties[PROP_NOTES]);
}

/**
 * lt_checklist_item_is_due:
 *
 * Whether the item is on the list for @day: a school-day item on its
 * weekdays; a step of the start at a new school until it is done, and on
 * the day it was done (so today's list does not jump when it is ticked).
 */
gboolean
lt_checklist_item_is_due (LtChecklistItem *self,
                          const GDate     *day)
{
  g_autofree char *iso = NULL;

  g_return_val_if_fail (LT_IS_CHECKLIST_ITEM (self), FALSE);
  g_return_val_if_fail (g_date_valid (day), FALSE);

  if (self->list == LT_CHECKLIST_LIST_DAILY)
    return (self->weekdays & (1 << (g_date_get_weekday (day) - 1))) != 0;
  if (self->done_on == NULL)
    return TRUE;
  iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day), g_date_get_month (day),
                         g_date_get_day (day));
  return strcmp (self->done_on, iso) >= 0;
}
