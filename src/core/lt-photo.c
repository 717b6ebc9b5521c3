/* lt-photo.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPhoto: a photo kept in the media folder under its content hash.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-photo.h"
#include <string.h>

#include "lt-child.h"
#include "lt-date.h"
#include "lt-record-private.h"

struct _LtPhoto
{
  LtRecord parent_instance;

  gint64   child_id;
  char    *sha256;
  char    *file_name;
  char    *mime_type;
  gint64   width;
  gint64   height;
  gint64   orientation;
  char    *taken_at;
  char    *caption;
  char    *original_name;
  gboolean is_cover;
};

G_DEFINE_FINAL_TYPE (LtPhoto, lt_photo, LT_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_SHA256,
  PROP_FILE_NAME,
  PROP_MIME_TYPE,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_ORIENTATION,
  PROP_TAKEN_AT,
  PROP_CAPTION,
  PROP_ORIGINAL_NAME,
  PROP_IS_COVER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const photo_columns[] = { "child_id", "sha256", "file_name", "mime_type", "width", "height", "orientation", "taken_at", "caption", "original_name", "is_cover", NULL };

/* Photos in the order they were taken; undated ones first. */
static int
lt_photo_compare (LtRecord *a,
                  LtRecord *b)
{
  return lt_date_compare_iso (LT_PHOTO (a)->taken_at, LT_PHOTO (b)->taken_at);
}

static gboolean
lt_photo_validate (LtRecord *record,
                   GError  **error)
{
  LtPhoto *self = LT_PHOTO (record);

  if (self->sha256 == NULL || strlen (self->sha256) != 64 || self->file_name == NULL ||
      self->orientation < 1 || self->orientation > 8)
    {
      g_set_error_literal (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                           _ ("The photo was not imported into the media folder properly."));
      return FALSE;
    }
  return TRUE;
}

static void
lt_photo_finalize (GObject *object)
{
  LtPhoto *self = LT_PHOTO (object);

  g_free (self->sha256);
  g_free (self->file_name);
  g_free (self->mime_type);
  g_free (self->taken_at);
  g_free (self->caption);
  g_free (self->original_name);

  G_OBJECT_CLASS (lt_photo_parent_class)->finalize (object);
}

static void
lt_photo_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LtPhoto *self = LT_PHOTO (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_MIME_TYPE:
      g_value_set_string (value, self->mime_type);
      break;
    case PROP_WIDTH:
      g_value_set_int64 (value, self->width);
      break;
    case PROP_HEIGHT:
      g_value_set_int64 (value, self->height);
      break;
    case PROP_ORIENTATION:
      g_value_set_int64 (value, self->orientation);
      break;
    case PROP_TAKEN_AT:
      g_value_set_string (value, self->taken_at);
      break;
    case PROP_CAPTION:
      g_value_set_string (value, self->caption);
      break;
    case PROP_ORIGINAL_NAME:
      g_value_set_string (value, self->original_name);
      break;
    case PROP_IS_COVER:
      g_value_set_boolean (value, self->is_cover);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_photo_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  LtPhoto *self = LT_PHOTO (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_photo_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_SHA256:
      lt_photo_set_sha256 (self, g_value_get_string (value));
      break;
    case PROP_FILE_NAME:
      lt_photo_set_file_name (self, g_value_get_string (value));
      break;
    case PROP_MIME_TYPE:
      lt_photo_set_mime_type (self, g_value_get_string (value));
      break;
    case PROP_WIDTH:
      lt_photo_set_width (self, g_value_get_int64 (value));
      break;
    case PROP_HEIGHT:
      lt_photo_set_height (self, g_value_get_int64 (value));
      break;
    case PROP_ORIENTATION:
      lt_photo_set_orientation (self, g_value_get_int64 (value));
      break;
    case PROP_TAKEN_AT:
      lt_photo_set_taken_at (self, g_value_get_string (value));
      break;
    case PROP_CAPTION:
      lt_photo_set_caption (self, g_value_get_string (value));
      break;
    case PROP_ORIGINAL_NAME:
      lt_photo_set_original_name (self, g_value_get_string (value));
      break;
    case PROP_IS_COVER:
      lt_photo_set_is_cover (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_photo_class_init (LtPhotoClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_photo_finalize;
  object_class->get_property = lt_photo_get_property;
  object_class->set_property = lt_photo_set_property;

  record_class->table = "photo";
  record_class->columns = photo_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_photo_compare;
  record_class->validate = lt_photo_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHA256] =
      g_param_spec_string ("sha256", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE_NAME] =
      g_param_spec_string ("file-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIME_TYPE] =
      g_param_spec_string ("mime-type", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDTH] =
      g_param_spec_int64 ("width", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEIGHT] =
      g_param_spec_int64 ("height", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIENTATION] =
      g_param_spec_int64 ("orientation", NULL, NULL, 0, G_MAXINT64, 1,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAKEN_AT] =
      g_param_spec_string ("taken-at", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAPTION] =
      g_param_spec_string ("caption", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIGINAL_NAME] =
      g_param_spec_string ("original-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The photo the child chose for the cover of their book. */
  properties[PROP_IS_COVER] =
      g_param_spec_boolean ("is-cover", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_photo_init (LtPhoto *self)
{
  self->orientation = 1;
}

LtPhoto *
lt_photo_new (void)
{
  return g_object_new (LT_TYPE_PHOTO, NULL);
}

gint64
lt_photo_get_child_id (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), 0);

  return self->child_id;
}

void
lt_photo_set_child_id (LtPhoto *self,
                       gint64   child_id)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

const char *
lt_photo_get_sha256 (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), NULL);

  return self->sha256;
}

void
lt_photo_set_sha256 (LtPhoto    *self,
                     const char *sha256)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  lt_record_set_string (LT_RECORD (self), &self->sha256, sha256, properties[PROP_SHA256]);
}

const char *
lt_photo_get_file_name (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), NULL);

  return self->file_name;
}

void
lt_photo_set_file_name (LtPhoto    *self,
                        const char *file_name)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  lt_record_set_string (LT_RECORD (self), &self->file_name, file_name, properties[PROP_FILE_NAME]);
}

const char *
lt_photo_get_mime_type (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), NULL);

  return self->mime_type;
}

void
lt_photo_set_mime_type (LtPhoto    *self,
                        const char *mime_type)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  lt_record_set_string (LT_RECORD (self), &self->mime_type, mime_type, properties[PROP_MIME_TYPE]);
}

gint64
lt_photo_get_width (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), 0);

  return self->width;
}

void
lt_photo_set_width (LtPhoto *self,
                    gint64   width)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  lt_record_set_int64 (LT_RECORD (self), &self->width, width, properties[PROP_WIDTH]);
}

gint64
lt_photo_get_height (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), 0);

  return self->height;
}

void
lt_photo_set_height (LtPhoto *self,
                     gint64   height)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  lt_record_set_int64 (LT_RECORD (self), &self->height, height, properties[PROP_HEIGHT]);
}

gint64
lt_photo_get_orientation (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), 0);

  return self->orientation;
}

void
lt_photo_set_orientation (LtPhoto *self,
                          gint64   orientation)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  lt_record_set_int64 (LT_RECORD (self), &self->orientation, orientation, properties[PROP_ORIENTATION]);
}

const char *
lt_photo_get_taken_at (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), NULL);

  return self->taken_at;
}

void
lt_photo_set_taken_at (LtPhoto    *self,
                       const char *taken_at)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  lt_record_set_string (LT_RECORD (self), &self->taken_at, taken_at, properties[PROP_TAKEN_AT]);
}

const char *
lt_photo_get_caption (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), NULL);

  return self->caption;
}

void
lt_photo_set_caption (LtPhoto    *self,
                      const char *caption)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  lt_record_set_string (LT_RECORD (self), &self->caption, caption, properties[PROP_CAPTION]);
}

const char *
lt_photo_get_original_name (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), NULL);

  return self->original_name;
}

void
lt_photo_set_original_name (LtPhoto    *self,
                            const char *original_name)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  lt_record_set_string (LT_RECORD (self), &self->original_name, original_name, properties[PROP_ORIGINAL_NAME]);
}

gboolean
lt_photo_get_is_cover (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), FALSE);

  return self->is_cover;
}

void
lt_photo_set_is_cover (LtPhoto *self,
                       gboolean is_cover)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  is_cover = !!is_cover;
  if (self->is_cover == is_cover)
    return;
  self->is_cover = is_cover;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_COVER]);
}
