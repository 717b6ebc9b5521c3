/* lt-network-version.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtNetworkVersion: a dated copy of a child's network map, kept to compare with later.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-child.h"
#include "lt-date.h"
#include "lt-network-version.h"
#include "lt-record-private.h"

struct _LtNetworkVersion
{
  LtRecord parent_instance;

  gint64 child_id;
  char  *title;
  char  *taken_on;
  char  *content;
};

G_DEFINE_FINAL_TYPE (LtNetworkVersion, lt_network_version, LT_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_TITLE,
  PROP_TAKEN_ON,
  PROP_CONTENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const network_version_columns[] = { "child_id", "title", "taken_on", "content", NULL };

/* Oldest first, so the map at the start of a placement comes first. */
static int
lt_network_version_compare (LtRecord *a,
                            LtRecord *b)
{
  int order = lt_date_compare_iso (LT_NETWORK_VERSION (a)->taken_on,
                                   LT_NETWORK_VERSION (b)->taken_on);
  gint64 ia = lt_record_get_id (a);
  gint64 ib = lt_record_get_id (b);

  return order != 0 ? order : (ia > ib) - (ia < ib);
}

static gboolean
lt_network_version_validate (LtRecord *record,
                             GError  **error)
{
  LtNetworkVersion *self = LT_NETWORK_VERSION (record);

  if (!lt_record_require_text (self->title, _ ("The saved map needs a name."), error))
    return FALSE;
  if (!lt_record_require_text (self->taken_on, _ ("The saved map needs a date."), error) ||
      !lt_date_check (self->taken_on, FALSE, error))
    return FALSE;
  return lt_record_require_text (self->content, _ ("The saved map is empty."), error);
}

static void
lt_network_version_finalize (GObject *object)
{
  LtNetworkVersion *self = LT_NETWORK_VERSION (object);

  g_free (self->title);
  g_free (self->taken_on);
  g_free (self->content);

  G_OBJECT_CLASS (lt_network_version_parent_class)->finalize (object);
}

static void
lt_network_version_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LtNetworkVersion *self = LT_NETWORK_VERSION (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_TAKEN_ON:
      g_value_set_string (value, self->taken_on);
      break;
    case PROP_CONTENT:
      g_value_set_string (value, self->content);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_network_version_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LtNetworkVersion *self = LT_NETWORK_VERSION (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_network_version_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      lt_network_version_set_title (self, g_value_get_string (value));
      break;
    case PROP_TAKEN_ON:
      lt_network_version_set_taken_on (self, g_value_get_string (value));
      break;
    case PROP_CONTENT:
      lt_network_version_set_content (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_network_version_class_init (LtNetworkVersionClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_network_version_finalize;
  object_class->get_property = lt_network_version_get_property;
  object_class->set_property = lt_network_version_set_property;

  record_class->table = "network_version";
  record_class->columns = network_version_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_network_version_compare;
  record_class->validate = lt_network_version_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAKEN_ON] =
      g_param_spec_string ("taken-on", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTENT] =
      g_param_spec_string ("content", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_network_version_init (LtNetworkVersion *self)
{
}

LtNetworkVersion *
lt_network_version_new (void)
{
  return g_object_new (LT_TYPE_NETWORK_VERSION, NULL);
}

gint64
lt_network_version_get_child_id (LtNetworkVersion *self)
{
  g_return_val_if_fail (LT_IS_NETWORK_VERSION (self), 0);

  return self->child_id;
}

void
lt_network_version_set_child_id (LtNetworkVersion *self,
                                 gint64            child_id)
{
  g_return_if_fail (LT_IS_NETWORK_VERSION (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

const char *
lt_network_version_get_title (LtNetworkVersion *self)
{
  g_return_val_if_fail (LT_IS_NETWORK_VERSION (self), NULL);

  return self->title;
}

void
lt_network_version_set_title (LtNetworkVersion *self,
                              const char       *title)
{
  g_return_if_fail (LT_IS_NETWORK_VERSION (self));

  lt_record_set_string (LT_RECORD (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
lt_network_version_get_taken_on (LtNetworkVersion *self)
{
  g_return_val_if_fail (LT_IS_NETWORK_VERSION (self), NULL);

  return self->taken_on;
}

void
lt_network_version_set_taken_on (LtNetworkVersion *self,
                                 const char       *taken_on)
{
  g_return_if_fail (LT_IS_NETWORK_VERSION (self));

  lt_record_set_string (LT_RECORD (self), &self->taken_on, taken_on, properties[PROP_TAKEN_ON]);
}

const char *
lt_network_version_get_content (LtNetworkVersion *self)
{
  g_return_val_if_fail (LT_IS_NETWORK_VERSION (self), NULL);

  return self->content;
}

void
lt_network_version_set_content (LtNetworkVersion *self,
                                const char       *content)
{
  g_return_if_fail (LT_IS_NETWORK_VERSION (self));

  lt_record_set_string (LT_RECORD (self), &self->content, content, properties[PROP_CONTENT]);
}
