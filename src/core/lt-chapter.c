/* lt-chapter.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChapter: a chapter of a child's life-story book.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-chapter.h"
#include "lt-child.h"
#include "lt-record-private.h"

struct _LtChapter
{
  LtRecord parent_instance;

  gint64 child_id;
  char  *title;
  gint64 position;
};

G_DEFINE_FINAL_TYPE (LtChapter, lt_chapter, LT_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_TITLE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const chapter_columns[] = { "child_id", "title", "position", NULL };

/* Chapters keep the order the child and adult gave them. */
static int
lt_chapter_compare (LtRecord *a,
                    LtRecord *b)
{
  gint64 pa = LT_CHAPTER (a)->position;
  gint64 pb = LT_CHAPTER (b)->position;

  return (pa > pb) - (pa < pb);
}

static gboolean
lt_chapter_validate (LtRecord *record,
                     GError  **error)
{
  return lt_record_require_text (LT_CHAPTER (record)->title, _ ("The chapter needs a title."), error);
}

static void
lt_chapter_finalize (GObject *object)
{
  LtChapter *self = LT_CHAPTER (object);

  g_free (self->title);

  G_OBJECT_CLASS (lt_chapter_parent_class)->finalize (object);
}

static void
lt_chapter_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LtChapter *self = LT_CHAPTER (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_POSITION:
      g_value_set_int64 (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_chapter_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LtChapter *self = LT_CHAPTER (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_chapter_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      lt_chapter_set_title (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      lt_chapter_set_position (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_chapter_class_init (LtChapterClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_chapter_finalize;
  object_class->get_property = lt_chapter_get_property;
  object_class->set_property = lt_chapter_set_property;

  record_class->table = "chapter";
  record_class->columns = chapter_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_chapter_compare;
  record_class->validate = lt_chapter_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
      g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_chapter_init (LtChapter *self)
{
}

LtChapter *
lt_chapter_new (void)
{
  return g_object_new (LT_TYPE_CHAPTER, NULL);
}

gint64
lt_chapter_get_child_id (LtChapter *self)
{
  g_return_val_if_fail (LT_IS_CHAPTER (self), 0);

  return self->child_id;
}

void
lt_chapter_set_child_id (LtChapter *self,
                         gint64     child_id)
{
  g_return_if_fail (LT_IS_CHAPTER (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

const char *
lt_chapter_get_title (LtChapter *self)
{
  g_return_val_if_fail (LT_IS_CHAPTER (self), NULL);

  return self->title;
}

void
lt_chapter_set_title (LtChapter  *self,
                      const char *title)
{
  g_return_if_fail (LT_IS_CHAPTER (self));

  lt_record_set_string (LT_RECORD (self), &self->title, title, properties[PROP_TITLE]);
}

gint64
lt_chapter_get_position (LtChapter *self)
{
  g_return_val_if_fail (LT_IS_CHAPTER (self), 0);

  return self->position;
}

void
lt_chapter_set_position (LtChapter *self,
                         gint64     position)
{
  g_return_if_fail (LT_IS_CHAPTER (self));

  lt_record_set_int64 (LT_RECORD (self), &self->position, position, properties[PROP_POSITION]);
}
