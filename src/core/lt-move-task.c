/* lt-move-task.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtMoveTask: one thing the adults do before a move, under one of the five
 * areas of a gentle move.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-move.h"
#include "lt-move-task.h"
#include "lt-record-private.h"

struct _LtMoveTask
{
  LtRecord parent_instance;

  gint64     move_id;
  LtMoveArea area;
  char      *title;
  char      *who;
  char      *due_on;
  char      *done_on;
  gint64     position;
};

G_DEFINE_FINAL_TYPE (LtMoveTask, lt_move_task, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtMoveArea, lt_move_area,
  G_DEFINE_ENUM_VALUE (LT_MOVE_AREA_CHILD, "child"),
  G_DEFINE_ENUM_VALUE (LT_MOVE_AREA_PARENTS, "parents"),
  G_DEFINE_ENUM_VALUE (LT_MOVE_AREA_NETWORK, "network"),
  G_DEFINE_ENUM_VALUE (LT_MOVE_AREA_MAP, "map"),
  G_DEFINE_ENUM_VALUE (LT_MOVE_AREA_KNOWLEDGE, "knowledge"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_MOVE_ID,
  PROP_AREA,
  PROP_TITLE,
  PROP_WHO,
  PROP_DUE_ON,
  PROP_DONE_ON,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const move_task_columns[] = {
  "move_id", "area", "title", "who", "due_on", "done_on", "position", NULL
};

/* The five recommendations of a gentle move, in our words. */
const char *
lt_move_area_to_label (LtMoveArea value)
{
  static const char *const labels[] = {
    [LT_MOVE_AREA_CHILD] = N_ ("With the child"),
    [LT_MOVE_AREA_PARENTS] = N_ ("With the parents"),
    [LT_MOVE_AREA_NETWORK] = N_ ("With the network around the child"),
    [LT_MOVE_AREA_MAP] = N_ ("The child’s relationships and life story"),
    [LT_MOVE_AREA_KNOWLEDGE] = N_ ("Knowledge to hand over"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* By area, then as the adults ordered them. */
static int
lt_move_task_compare (LtRecord *a,
                      LtRecord *b)
{
  LtMoveTask *ta = LT_MOVE_TASK (a);
  LtMoveTask *tb = LT_MOVE_TASK (b);
  gint64      ia = lt_record_get_id (a);
  gint64      ib = lt_record_get_id (b);

  if (ta->area != tb->area)
    return ta->area < tb->area ? -1 : 1;
  if (ta->position != tb->position)
    return ta->position < tb->position ? -1 : 1;
  return (ia > ib) - (ia < ib);
}

static gboolean
lt_move_task_validate (LtRecord *record,
                       GError  **error)
{
  LtMoveTask *self = LT_MOVE_TASK (record);

  return lt_record_require_text (self->title, _ ("Write what is to be done."), error) &&
         lt_date_check_day (self->due_on, NULL, error) &&
         lt_date_check_day (self->done_on, NULL, error);
}

static void
lt_move_task_finalize (GObject *object)
{
  LtMoveTask *self = LT_MOVE_TASK (object);

  g_free (self->title);
  g_free (self->who);
  g_free (self->due_on);
  g_free (self->done_on);

  G_OBJECT_CLASS (lt_move_task_parent_class)->finalize (object);
}

static void
lt_move_task_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LtMoveTask *self = LT_MOVE_TASK (object);

  switch (prop_id)
    {
    case PROP_MOVE_ID:
      g_value_set_int64 (value, self->move_id);
      break;
    case PROP_AREA:
      g_value_set_enum (value, self->area);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;
    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;
    case PROP_DONE_ON:
      g_value_set_string (value, self->done_on);
      break;
    case PROP_POSITION:
      g_value_set_int64 (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_move_task_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LtMoveTask *self = LT_MOVE_TASK (object);

  switch (prop_id)
    {
    case PROP_MOVE_ID:
      lt_move_task_set_move_id (self, g_value_get_int64 (value));
      break;
    case PROP_AREA:
      lt_move_task_set_area (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      lt_move_task_set_title (self, g_value_get_string (value));
      break;
    case PROP_WHO:
      lt_move_task_set_who (self, g_value_get_string (value));
      break;
    case PROP_DUE_ON:
      lt_move_task_set_due_on (self, g_value_get_string (value));
      break;
    case PROP_DONE_ON:
      lt_move_task_set_done_on (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      lt_move_task_set_position (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_move_task_class_init (LtMoveTaskClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_move_task_finalize;
  object_class->get_property = lt_move_task_get_property;
  object_class->set_property = lt_move_task_set_property;

  record_class->table = "move_task";
  record_class->columns = move_task_columns;
  record_class->owner_column = "move_id";
  record_class->owner_kind = LT_TYPE_MOVE;
  record_class->compare = lt_move_task_compare;
  record_class->validate = lt_move_task_validate;

  properties[PROP_MOVE_ID] =
      g_param_spec_int64 ("move-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA] =
      g_param_spec_enum ("area", NULL, NULL, LT_TYPE_MOVE_AREA, LT_MOVE_AREA_CHILD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHO] =
      g_param_spec_string ("who", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE_ON] =
      g_param_spec_string ("due-on", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DONE_ON] =
      g_param_spec_string ("done-on", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
      g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_move_task_init (LtMoveTask *self)
{
}

LtMoveTask *
lt_move_task_new (void)
{
  return g_object_new (LT_TYPE_MOVE_TASK, NULL);
}

gint64
lt_move_task_get_move_id (LtMoveTask *self)
{
  g_return_val_if_fail (LT_IS_MOVE_TASK (self), 0);

  return self->move_id;
}

void
lt_move_task_set_move_id (LtMoveTask *self,
                          gint64      move_id)
{
  g_return_if_fail (LT_IS_MOVE_TASK (self));

  lt_record_set_int64 (LT_RECORD (self), &self->move_id, move_id, properties[PROP_MOVE_ID]);
}

LtMoveArea
lt_move_task_get_area (LtMoveTask *self)
{
  g_return_val_if_fail (LT_IS_MOVE_TASK (self), 0);

  return self->area;
}

void
lt_move_task_set_area (LtMoveTask *self,
                       LtMoveArea  area)
{
  g_return_if_fail (LT_IS_MOVE_TASK (self));

  if (self->area == area)
    return;

  self->area = area;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}

const char *
lt_move_task_get_title (LtMoveTask *self)
{
  g_return_val_if_fail (LT_IS_MOVE_TASK (self), NULL);

  return self->title;
}

void
lt_move_task_set_title (LtMoveTask *self,
                        const char *title)
{
  g_return_if_fail (LT_IS_MOVE_TASK (self));

  lt_record_set_string (LT_RECORD (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
lt_move_task_get_who (LtMoveTask *self)
{
  g_return_val_if_fail (LT_IS_MOVE_TASK (self), NULL);

  return self->who;
}

void
lt_move_task_set_who (LtMoveTask *self,
                      const char *who)
{
  g_return_if_fail (LT_IS_MOVE_TASK (self));

  lt_record_set_string (LT_RECORD (self), &self->who, who, properties[PROP_WHO]);
}

const char *
lt_move_task_get_due_on (LtMoveTask *self)
{
  g_return_val_if_fail (LT_IS_MOVE_TASK (self), NULL);

  return self->due_on;
}

void
lt_move_task_set_due_on (LtMoveTask *self,
                         const char *due_on)
{
  g_return_if_fail (LT_IS_MOVE_TASK (self));

  lt_record_set_string (LT_RECORD (self), &self->due_on, due_on, properties[PROP_DUE_ON]);
}

const char *
lt_move_task_get_done_on (LtMoveTask *self)
{
  g_return_val_if_fail (LT_IS_MOVE_TASK (self), NULL);

  return self->done_on;
}

void
lt_move_task_set_done_on (LtMoveTask *self,
                          const char *done_on)
{
  g_return_if_fail (LT_IS_MOVE_TASK (self));

  lt_record_set_string (LT_RECORD (self), &self->done_on, done_on, properties[PROP_DONE_ON]);
}

gint64
lt_move_task_get_position (LtMoveTask *self)
{
  g_return_val_if_fail (LT_IS_MOVE_TASK (self), 0);

  return self->position;
}

void
lt_move_task_set_position (LtMoveTask *self,
                           gint64      position)
{
  g_return_if_fail (LT_IS_MOVE_TASK (self));

  lt_record_set_int64 (LT_RECORD (self), &self->position, position, properties[PROP_POSITION]);
}
