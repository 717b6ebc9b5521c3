/* lt-story-entry.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtStoryEntry: a page or moment in the life-story book.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-story-entry.h"
#include "lt-chapter.h"
#include "lt-date.h"
#include "lt-record-private.h"

struct _LtStoryEntry
{
  LtRecord parent_instance;

  gint64        chapter_id;
  char         *title;
  char         *date_text;
  char         *sort_date;
  char         *body;
  LtAuthor      author;
  gint64        audience;
  gboolean      child_veto;
  LtEntryStatus status;
  char         *open_on;
};

G_DEFINE_FINAL_TYPE (LtStoryEntry, lt_story_entry, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtAuthor, lt_author,
  G_DEFINE_ENUM_VALUE (LT_AUTHOR_ADULT, "adult"),
  G_DEFINE_ENUM_VALUE (LT_AUTHOR_CHILD, "child"),
  G_DEFINE_ENUM_VALUE (LT_AUTHOR_TOGETHER, "together"))

G_DEFINE_ENUM_TYPE (LtEntryStatus, lt_entry_status,
  G_DEFINE_ENUM_VALUE (LT_ENTRY_STATUS_IN_BOOK, "in-book"),
  G_DEFINE_ENUM_VALUE (LT_ENTRY_STATUS_PROPOSED, "proposed"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_CHAPTER_ID,
  PROP_TITLE,
  PROP_DATE_TEXT,
  PROP_SORT_DATE,
  PROP_BODY,
  PROP_AUTHOR,
  PROP_AUDIENCE,
  PROP_CHILD_VETO,
  PROP_STATUS,
  PROP_OPEN_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const story_entry_columns[] = { "chapter_id", "title", "date_text", "sort_date", "body", "author", "audience", "child_veto", "status", "open_on", NULL };

const char *
lt_author_to_label (LtAuthor value)
{
  static const char *const labels[] = {
    [LT_AUTHOR_ADULT] = N_ ("An adult"),
    [LT_AUTHOR_CHILD] = N_ ("The child"),
    [LT_AUTHOR_TOGETHER] = N_ ("Together"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* A chapter reads from the earliest moment; undated entries come first. */
static int
lt_story_entry_compare (LtRecord *a,
                        LtRecord *b)
{
  return lt_date_compare_iso (LT_STORY_ENTRY (a)->sort_date, LT_STORY_ENTRY (b)->sort_date);
}

static gboolean
lt_story_entry_validate (LtRecord *record,
                         GError  **error)
{
  LtStoryEntry *self = LT_STORY_ENTRY (record);

  if (!lt_record_require_text (self->title, _ ("The page needs a title."), error))
    return FALSE;
  if (!lt_date_check (self->open_on, TRUE, error))
    return FALSE;
  return lt_date_check (self->sort_date, TRUE, error);
}

static void
lt_story_entry_finalize (GObject *object)
{
  LtStoryEntry *self = LT_STORY_ENTRY (object);

  g_free (self->title);
  g_free (self->date_text);
  g_free (self->sort_date);
  g_free (self->body);
  g_free (self->open_on);

  G_OBJECT_CLASS (lt_story_entry_parent_class)->finalize (object);
}

static void
lt_story_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LtStoryEntry *self = LT_STORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_CHAPTER_ID:
      g_value_set_int64 (value, self->chapter_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DATE_TEXT:
      g_value_set_string (value, self->date_text);
      break;
    case PROP_SORT_DATE:
      g_value_set_string (value, self->sort_date);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_AUTHOR:
      g_value_set_enum (value, self->author);
      break;
    case PROP_AUDIENCE:
      g_value_set_int64 (value, self->audience);
      break;
    case PROP_CHILD_VETO:
      g_value_set_boolean (value, self->child_veto);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_OPEN_ON:
      g_value_set_string (value, self->open_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_story_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LtStoryEntry *self = LT_STORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_CHAPTER_ID:
      lt_story_entry_set_chapter_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      lt_story_entry_set_title (self, g_value_get_string (value));
      break;
    case PROP_DATE_TEXT:
      lt_story_entry_set_date_text (self, g_value_get_string (value));
      break;
    case PROP_SORT_DATE:
      lt_story_entry_set_sort_date (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      lt_story_entry_set_body (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      lt_story_entry_set_author (self, g_value_get_enum (value));
      break;
    case PROP_AUDIENCE:
      lt_story_entry_set_audience (self, g_value_get_int64 (value));
      break;
    case PROP_CHILD_VETO:
      lt_story_entry_set_child_veto (self, g_value_get_boolean (value));
      break;
    case PROP_STATUS:
      lt_story_entry_set_status (self, g_value_get_enum (value));
      break;
    case PROP_OPEN_ON:
      lt_story_entry_set_open_on (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_story_entry_class_init (LtStoryEntryClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_story_entry_finalize;
  object_class->get_property = lt_story_entry_get_property;
  object_class->set_property = lt_story_entry_set_property;

  record_class->table = "story_entry";
  record_class->columns = story_entry_columns;
  record_class->owner_column = "chapter_id";
  record_class->owner_kind = LT_TYPE_CHAPTER;
  record_class->compare = lt_story_entry_compare;
  record_class->validate = lt_story_entry_validate;

  properties[PROP_CHAPTER_ID] =
      g_param_spec_int64 ("chapter-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE_TEXT] =
      g_param_spec_string ("date-text", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_DATE] =
      g_param_spec_string ("sort-date", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BODY] =
      g_param_spec_string ("body", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
      g_param_spec_enum ("author", NULL, NULL, LT_TYPE_AUTHOR, LT_AUTHOR_ADULT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUDIENCE] =
      g_param_spec_int64 ("audience", NULL, NULL, 0, LT_AUDIENCE_ALL, LT_AUDIENCE_DEFAULT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD_VETO] =
      g_param_spec_boolean ("child-veto", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
      g_param_spec_enum ("status", NULL, NULL, LT_TYPE_ENTRY_STATUS, LT_ENTRY_STATUS_IN_BOOK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPEN_ON] =
      g_param_spec_string ("open-on", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_story_entry_init (LtStoryEntry *self)
{
  self->audience = LT_AUDIENCE_DEFAULT;
}

LtStoryEntry *
lt_story_entry_new (void)
{
  return g_object_new (LT_TYPE_STORY_ENTRY, NULL);
}

gint64
lt_story_entry_get_chapter_id (LtStoryEntry *self)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), 0);

  return self->chapter_id;
}

void
lt_story_entry_set_chapter_id (LtStoryEntry *self,
                               gint64        chapter_id)
{
  g_return_if_fail (LT_IS_STORY_ENTRY (self));

  lt_record_set_int64 (LT_RECORD (self), &self->chapter_id, chapter_id, properties[PROP_CHAPTER_ID]);
}

const char *
lt_story_entry_get_title (LtStoryEntry *self)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), NULL);

  return self->title;
}

void
lt_story_entry_set_title (LtStoryEntry *self,
                          const char   *title)
{
  g_return_if_fail (LT_IS_STORY_ENTRY (self));

  lt_record_set_string (LT_RECORD (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
lt_story_entry_get_date_text (LtStoryEntry *self)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), NULL);

  return self->date_text;
}

void
lt_story_entry_set_date_text (LtStoryEntry *self,
                              const char   *date_text)
{
  g_autofree char *sort_date = NULL;

  g_return_if_fail (LT_IS_STORY_ENTRY (self));

  /* The date as the child says it decides where the entry sorts. */
  if (lt_record_set_string (LT_RECORD (self), &self->date_text, date_text,
                            properties[PROP_DATE_TEXT]))
    {
      sort_date = lt_date_guess_from_text (self->date_text);
      lt_story_entry_set_sort_date (self, sort_date);
    }
}

const char *
lt_story_entry_get_sort_date (LtStoryEntry *self)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), NULL);

  return self->sort_date;
}

void
lt_story_entry_set_sort_date (LtStoryEntry *self,
                              const char   *sort_date)
{
  g_return_if_fail (LT_IS_STORY_ENTRY (self));

  lt_record_set_string (LT_RECORD (self), &self->sort_date, sort_date, properties[PROP_SORT_DATE]);
}

const char *
lt_story_entry_get_body (LtStoryEntry *self)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), NULL);

  return self->body;
}

void
lt_story_entry_set_body (LtStoryEntry *self,
                         const char   *body)
{
  g_return_if_fail (LT_IS_STORY_ENTRY (self));

  lt_record_set_string (LT_RECORD (self), &self->body, body, properties[PROP_BODY]);
}

LtAuthor
lt_story_entry_get_author (LtStoryEntry *self)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), 0);

  return self->author;
}

void
lt_story_entry_set_author (LtStoryEntry *self,
                           LtAuthor      author)
{
  g_return_if_fail (LT_IS_STORY_ENTRY (self));

  if (self->author == author)
    return;

  self->author = author;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

gint64
lt_story_entry_get_audience (LtStoryEntry *self)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), 0);

  return self->audience;
}

void
lt_story_entry_set_audience (LtStoryEntry *self,
                             gint64        audience)
{
  g_return_if_fail (LT_IS_STORY_ENTRY (self));

  audience &= LT_AUDIENCE_ALL;
  if (self->audience == audience)
    return;

  self->audience = audience;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIENCE]);
}

gboolean
lt_story_entry_get_child_veto (LtStoryEntry *self)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), FALSE);

  return self->child_veto;
}

void
lt_story_entry_set_child_veto (LtStoryEntry *self,
                               gboolean      child_veto)
{
  g_return_if_fail (LT_IS_STORY_ENTRY (self));

  child_veto = !!child_veto;
  if (self->child_veto == child_veto)
    return;

  self->child_veto = child_veto;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD_VETO]);
}

LtEntryStatus
lt_story_entry_get_status (LtStoryEntry *self)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), LT_ENTRY_STATUS_IN_BOOK);

  return self->status;
}

void
lt_story_entry_set_status (LtStoryEntry *self,
                           LtEntryStatus status)
{
  g_return_if_fail (LT_IS_STORY_ENTRY (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
lt_story_entry_get_open_on (LtStoryEntry *self)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), NULL);

  return self->open_on;
}

/* A letter for later: the day (YYYY-MM-DD) from which it may be given. */
void
lt_story_entry_set_open_on (LtStoryEntry *self,
                            const char   *open_on)
{
  g_return_if_fail (LT_IS_STORY_ENTRY (self));

  lt_record_set_string (LT_RECORD (self), &self->open_on, open_on, properties[PROP_OPEN_ON]);
}

/**
 * lt_story_entry_is_sealed:
 * @today: today as YYYY-MM-DD
 *
 * Returns: whether this is a letter for later whose day has not come
 */
gboolean
lt_story_entry_is_sealed (LtStoryEntry *self,
                          const char   *today)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), TRUE);

  return self->open_on != NULL && g_strcmp0 (self->open_on, today) > 0;
}

/**
 * lt_story_entry_is_kept_back:
 *
 * Returns: whether this page of the book is not for @audience (yet): not
 * one the child said no to, and not a proposal nobody has kept.  A book
 * made for the child says where such pages are kept for later.
 */
gboolean
lt_story_entry_is_kept_back (LtStoryEntry *self,
                             LtAudience    audience,
                             const char   *today)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), FALSE);

  return self->status == LT_ENTRY_STATUS_IN_BOOK && !self->child_veto &&
         !lt_story_entry_is_shown_to (self, audience, today);
}

/**
 * lt_story_entry_is_shown_to:
 * @audience: the one audience an export is made for
 * @today: today as YYYY-MM-DD
 *
 * The rule every export asks: a page goes out only when it is in the book
 * (not a proposal), the child has not said no to it, it is not a letter
 * whose day has not come, and its audience includes @audience.
 */
gboolean
lt_story_entry_is_shown_to (LtStoryEntry *self,
                            LtAudience    audience,
                            const char   *today)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (self), FALSE);

  return self->status == LT_ENTRY_STATUS_IN_BOOK && !self->child_veto &&
         !lt_story_entry_is_sealed (self, today) && (self->audience & audience) != 0;
}
