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

  gint64    child_id;
  char     *sha256;
  char     *file_name;
  char     *mime_type;
  gint64    width;
  gint64    height;
  gint64    orientation;
  char     *taken_at;
  char     *caption;
  char     *original_name;
  gboolean  is_cover;
  gint64    audience;
  gboolean  child_veto;
  LtConsent child_consent;
  LtConsent parent_consent;
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
  PROP_AUDIENCE,
  PROP_CHILD_VETO,
  PROP_CHILD_CONSENT,
  PROP_PARENT_CONSENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const photo_columns[] = { "child_id", "sha256", "file_name", "mime_type", "width", "height", "orientation", "taken_at", "caption", "original_name", "is_cover", "audience", "child_veto", "child_consent", "parent_consent", NULL };

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
    case PROP_AUDIENCE:
      g_value_set_int64 (value, self->audience);
      break;
    case PROP_CHILD_VETO:
      g_value_set_boolean (value, self->child_veto);
      break;
    case PROP_CHILD_CONSENT:
      g_value_set_enum (value, self->child_consent);
      break;
    case PROP_PARENT_CONSENT:
      g_value_set_enum (value, self->parent_consent);
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
    case PROP_AUDIENCE:
      lt_photo_set_audience (self, g_value_get_int64 (value));
      break;
    case PROP_CHILD_VETO:
      lt_photo_set_child_veto (self, g_value_get_boolean (value));
      break;
    case PROP_CHILD_CONSENT:
      lt_photo_set_child_consent (self, g_value_get_enum (value));
      break;
    case PROP_PARENT_CONSENT:
      lt_photo_set_parent_consent (self, g_value_get_enum (value));
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

  /* Who may see the photo outside the household (see lt-audience.h). */
  properties[PROP_AUDIENCE] =
      g_param_spec_int64 ("audience", NULL, NULL, 0, LT_AUDIENCE_ALL, LT_AUDIENCE_DEFAULT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD_VETO] =
      g_param_spec_boolean ("child-veto", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD_CONSENT] =
      g_param_spec_enum ("child-consent", NULL, NULL, LT_TYPE_CONSENT, LT_CONSENT_UNASKED,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT_CONSENT] =
      g_param_spec_enum ("parent-consent", NULL, NULL, LT_TYPE_CONSENT, LT_CONSENT_UNASKED,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_photo_init (LtPhoto *self)
{
  self->orientation = 1;
  self->audience = LT_AUDIENCE_DEFAULT;
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

gint64
lt_photo_get_audience (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), 0);

  return self->audience;
}

void
lt_photo_set_audience (LtPhoto *self,
                       gint64   audience)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  audience &= LT_AUDIENCE_ALL;
  if (self->audience == audience)
    return;
  self->audience = audience;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIENCE]);
}

gboolean
lt_photo_get_child_veto (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), FALSE);

  return self->child_veto;
}

void
lt_photo_set_child_veto (LtPhoto *self,
                         gboolean child_veto)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  child_veto = !!child_veto;
  if (self->child_veto == child_veto)
    return;
  self->child_veto = child_veto;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD_VETO]);
}

LtConsent
lt_photo_get_child_consent (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), LT_CONSENT_UNASKED);

  return self->child_consent;
}

void
lt_photo_set_child_consent (LtPhoto  *self,
                            LtConsent consent)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  if (self->child_consent == consent)
    return;
  self->child_consent = consent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD_CONSENT]);
}

LtConsent
lt_photo_get_parent_consent (LtPhoto *self)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), LT_CONSENT_UNASKED);

  return self->parent_consent;
}

void
lt_photo_set_parent_consent (LtPhoto  *self,
                             LtConsent consent)
{
  g_return_if_fail (LT_IS_PHOTO (self));

  if (self->parent_consent == consent)
    return;
  self->parent_consent = consent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_CONSENT]);
}

/**
 * lt_photo_kept_reason:
 *
 * Returns: (nullable): why the photo is kept out of an export for
 * @audience, in words for the adults; NULL when it goes in
 */
const char *
lt_photo_kept_reason (LtPhoto   *self,
                      LtAudience audience)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), NULL);

  if (self->child_veto)
    return _ ("The child said no to this photo");
  if (self->child_consent == LT_CONSENT_NO)
    return _ ("The child does not want it printed or shared");
  if (self->parent_consent == LT_CONSENT_NO)
    return _ ("The parents do not want it printed or shared");
  if ((self->audience & audience) == 0)
    return _ ("Not for this audience");
  return NULL;
}

/**
 * lt_photo_is_shown_to:
 * @audience: the one audience an export is made for
 *
 * The rule every export asks of a photo: the child has not said no to it,
 * neither the child nor the parents refused it being printed or shared,
 * and its audience includes @audience.  Consent not yet asked does not
 * keep a photo back; the photo's page shows that it is still to be asked.
 */
gboolean
lt_photo_is_shown_to (LtPhoto   *self,
                      LtAudience audience)
{
  g_return_val_if_fail (LT_IS_PHOTO (self), FALSE);

  return !self->child_veto && self->child_consent != LT_CONSENT_NO &&
         self->parent_consent != LT_CONSENT_NO && (self->audience & audience) != 0;
}
