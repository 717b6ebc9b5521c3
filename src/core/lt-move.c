/* lt-move.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtMove: a gentle move to a new home, planned or done, with the "about me"
 * page the child helps write for the adults there.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-child.h"
#include "lt-date.h"
#include "lt-move.h"
#include "lt-record-private.h"

struct _LtMove
{
  LtRecord parent_instance;

  gint64          child_id;
  char           *to_place;
  char           *move_on;
  LtPlacementKind new_kind;
  char           *reason;
  LtMoveStatus    status;
  char           *about[LT_N_MOVE_ABOUT];
};

G_DEFINE_FINAL_TYPE (LtMove, lt_move, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtMoveStatus, lt_move_status,
  G_DEFINE_ENUM_VALUE (LT_MOVE_STATUS_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (LT_MOVE_STATUS_DONE, "done"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_TO_PLACE,
  PROP_MOVE_ON,
  PROP_NEW_KIND,
  PROP_REASON,
  PROP_STATUS,
  PROP_ABOUT_FIRST,
  N_PROPS = PROP_ABOUT_FIRST + LT_N_MOVE_ABOUT
};

static GParamSpec *properties[N_PROPS];

static const char *const move_columns[] = {
  "child_id", "to_place", "move_on", "new_kind", "reason", "status", "routines",
  "likes", "comforts", "fears", "food", "bedtime", NULL
};

/* The property of each "about me" field; the columns above say the same. */
static const char *const about_properties[] = {
  [LT_MOVE_ABOUT_ROUTINES] = "routines",
  [LT_MOVE_ABOUT_LIKES] = "likes",
  [LT_MOVE_ABOUT_COMFORTS] = "comforts",
  [LT_MOVE_ABOUT_FEARS] = "fears",
  [LT_MOVE_ABOUT_FOOD] = "food",
  [LT_MOVE_ABOUT_BEDTIME] = "bedtime",
};

G_STATIC_ASSERT (G_N_ELEMENTS (about_properties) == LT_N_MOVE_ABOUT);

const char *
lt_move_status_to_label (LtMoveStatus value)
{
  static const char *const labels[] = {
    [LT_MOVE_STATUS_PLANNED] = N_ ("Planned"),
    [LT_MOVE_STATUS_DONE] = N_ ("Done"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

const char *
lt_move_about_to_property (LtMoveAbout about)
{
  g_return_val_if_fail (about < LT_N_MOVE_ABOUT, NULL);

  return about_properties[about];
}

/* Written as the child might say it: the page is the child's own. */
const char *
lt_move_about_to_heading (LtMoveAbout about)
{
  static const char *const headings[] = {
    [LT_MOVE_ABOUT_ROUTINES] = N_ ("My day and my routines"),
    [LT_MOVE_ABOUT_LIKES] = N_ ("What I like"),
    [LT_MOVE_ABOUT_COMFORTS] = N_ ("What comforts me"),
    [LT_MOVE_ABOUT_FEARS] = N_ ("What I am afraid of"),
    [LT_MOVE_ABOUT_FOOD] = N_ ("Food"),
    [LT_MOVE_ABOUT_BEDTIME] = N_ ("Bedtime"),
  };

  g_return_val_if_fail (about < LT_N_MOVE_ABOUT, "");

  return _ (headings[about]);
}

/* The next move first, then older ones. */
static int
lt_move_compare (LtRecord *a,
                 LtRecord *b)
{
  int    order = g_strcmp0 (LT_MOVE (b)->move_on, LT_MOVE (a)->move_on);
  gint64 ia = lt_record_get_id (a);
  gint64 ib = lt_record_get_id (b);

  return order != 0 ? order : (ib > ia) - (ib < ia);
}

static gboolean
lt_move_validate (LtRecord *record,
                  GError  **error)
{
  LtMove *self = LT_MOVE (record);

  return lt_record_require_text (self->to_place, _ ("Write where the child moves to."), error) &&
         lt_date_check_day (self->move_on, _ ("Give the day of the move."), error);
}

static void
lt_move_finalize (GObject *object)
{
  LtMove *self = LT_MOVE (object);

  g_free (self->to_place);
  g_free (self->move_on);
  g_free (self->reason);
  for (guint i = 0; i < LT_N_MOVE_ABOUT; i++)
    g_free (self->about[i]);

  G_OBJECT_CLASS (lt_move_parent_class)->finalize (object);
}

static void
lt_move_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  LtMove *self = LT_MOVE (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_TO_PLACE:
      g_value_set_string (value, self->to_place);
      break;
    case PROP_MOVE_ON:
      g_value_set_string (value, self->move_on);
      break;
    case PROP_NEW_KIND:
      g_value_set_enum (value, self->new_kind);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      if (prop_id >= PROP_ABOUT_FIRST && prop_id < N_PROPS)
        g_value_set_string (value, self->about[prop_id - PROP_ABOUT_FIRST]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_move_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  LtMove *self = LT_MOVE (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_move_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_TO_PLACE:
      lt_move_set_to_place (self, g_value_get_string (value));
      break;
    case PROP_MOVE_ON:
      lt_move_set_move_on (self, g_value_get_string (value));
      break;
    case PROP_NEW_KIND:
      lt_move_set_new_kind (self, g_value_get_enum (value));
      break;
    case PROP_REASON:
      lt_move_set_reason (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      lt_move_set_status (self, g_value_get_enum (value));
      break;
    default:
      if (prop_id >= PROP_ABOUT_FIRST && prop_id < N_PROPS)
        lt_move_set_about (self, prop_id - PROP_ABOUT_FIRST, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_move_class_init (LtMoveClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_move_finalize;
  object_class->get_property = lt_move_get_property;
  object_class->set_property = lt_move_set_property;

  record_class->table = "move";
  record_class->columns = move_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_move_compare;
  record_class->validate = lt_move_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO_PLACE] =
      g_param_spec_string ("to-place", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MOVE_ON] =
      g_param_spec_string ("move-on", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEW_KIND] =
      g_param_spec_enum ("new-kind", NULL, NULL, LT_TYPE_PLACEMENT_KIND,
                         LT_PLACEMENT_KIND_FOSTER_FAMILY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REASON] =
      g_param_spec_string ("reason", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
      g_param_spec_enum ("status", NULL, NULL, LT_TYPE_MOVE_STATUS, LT_MOVE_STATUS_PLANNED,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < LT_N_MOVE_ABOUT; i++)
    properties[PROP_ABOUT_FIRST + i] =
        g_param_spec_string (about_properties[i], NULL, NULL, NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_move_init (LtMove *self)
{
  self->new_kind = LT_PLACEMENT_KIND_FOSTER_FAMILY;
}

LtMove *
lt_move_new (void)
{
  return g_object_new (LT_TYPE_MOVE, NULL);
}

gint64
lt_move_get_child_id (LtMove *self)
{
  g_return_val_if_fail (LT_IS_MOVE (self), 0);

  return self->child_id;
}

void
lt_move_set_child_id (LtMove *self,
                      gint64  child_id)
{
  g_return_if_fail (LT_IS_MOVE (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

const char *
lt_move_get_to_place (LtMove *self)
{
  g_return_val_if_fail (LT_IS_MOVE (self), NULL);

  return self->to_place;
}

void
lt_move_set_to_place (LtMove     *self,
                      const char *to_place)
{
  g_return_if_fail (LT_IS_MOVE (self));

  lt_record_set_string (LT_RECORD (self), &self->to_place, to_place, properties[PROP_TO_PLACE]);
}

const char *
lt_move_get_move_on (LtMove *self)
{
  g_return_val_if_fail (LT_IS_MOVE (self), NULL);

  return self->move_on;
}

void
lt_move_set_move_on (LtMove     *self,
                     const char *move_on)
{
  g_return_if_fail (LT_IS_MOVE (self));

  lt_record_set_string (LT_RECORD (self), &self->move_on, move_on, properties[PROP_MOVE_ON]);
}

LtPlacementKind
lt_move_get_new_kind (LtMove *self)
{
  g_return_val_if_fail (LT_IS_MOVE (self), 0);

  return self->new_kind;
}

void
lt_move_set_new_kind (LtMove         *self,
                      LtPlacementKind new_kind)
{
  g_return_if_fail (LT_IS_MOVE (self));

  if (self->new_kind == new_kind)
    return;

  self->new_kind = new_kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEW_KIND]);
}

const char *
lt_move_get_reason (LtMove *self)
{
  g_return_val_if_fail (LT_IS_MOVE (self), NULL);

  return self->reason;
}

void
lt_move_set_reason (LtMove     *self,
                    const char *reason)
{
  g_return_if_fail (LT_IS_MOVE (self));

  lt_record_set_string (LT_RECORD (self), &self->reason, reason, properties[PROP_REASON]);
}

LtMoveStatus
lt_move_get_status (LtMove *self)
{
  g_return_val_if_fail (LT_IS_MOVE (self), 0);

  return self->status;
}

void
lt_move_set_status (LtMove      *self,
                    LtMoveStatus status)
{
  g_return_if_fail (LT_IS_MOVE (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/* Returns: (nullable): the text of one "about me" field */
const char *
lt_move_get_about (LtMove     *self,
                   LtMoveAbout about)
{
  g_return_val_if_fail (LT_IS_MOVE (self), NULL);
  g_return_val_if_fail (about < LT_N_MOVE_ABOUT, NULL);

  return self->about[about];
}

void
lt_move_set_about (LtMove     *self,
                   LtMoveAbout about,
                   const char *text)
{
  g_return_if_fail (LT_IS_MOVE (self));
  g_return_if_fail (about < LT_N_MOVE_ABOUT);

  lt_record_set_string (LT_RECORD (self), &self->about[about], text,
                        properties[PROP_ABOUT_FIRST + about]);
}
