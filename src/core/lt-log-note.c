/* lt-log-note.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtLogNote: a short dated note in a child's daily log (dagbog).
 *
 * A note's tags are the #words in its text ("#skole #søvn"): typing them
 * is quicker on a shift than choosing from a list, and they read well in
 * the note itself.  They are kept lower case in the "tags" column, one
 * space between, so a filter is a word match.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "lt-child.h"
#include "lt-date.h"
#include "lt-log-note.h"
#include "lt-record-private.h"

struct _LtLogNote
{
  LtRecord parent_instance;

  gint64   child_id;
  char    *day;
  char    *time;
  char    *writer;
  gboolean child_line;
  char    *text;
  char    *tags;
  gint64   audience;
};

G_DEFINE_FINAL_TYPE (LtLogNote, lt_log_note, LT_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_DAY,
  PROP_TIME,
  PROP_WRITER,
  PROP_CHILD_LINE,
  PROP_TEXT,
  PROP_TAGS,
  PROP_AUDIENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const log_note_columns[] = { "child_id", "day", "time", "writer", "child_line",
                                                "text", "tags", "audience", NULL };

/* Newest first: the day, then the time (a note without one is the day's
 * last), then the order written. */
static int
lt_log_note_compare (LtRecord *a,
                     LtRecord *b)
{
  LtLogNote *x = LT_LOG_NOTE (a), *y = LT_LOG_NOTE (b);
  int        order = g_strcmp0 (y->day, x->day);
  gint64     ia = lt_record_get_id (a), ib = lt_record_get_id (b);

  if (order == 0)
    order = g_strcmp0 (y->time != NULL ? y->time : "99:99", x->time != NULL ? x->time : "99:99");
  return order != 0 ? order : (ib > ia) - (ib < ia);
}

static gboolean
check_time (const char *time,
            GError    **error)
{
  if (time == NULL || (strlen (time) == 5 && g_ascii_isdigit (time[0]) && g_ascii_isdigit (time[1]) &&
                       time[2] == ':' && g_ascii_isdigit (time[3]) && g_ascii_isdigit (time[4]) &&
                       atoi (time) < 24 && atoi (time + 3) < 60))
    return TRUE;
  g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID, _ ("“%s” is not a time of day, like 14:30."), time);
  return FALSE;
}

static gboolean
lt_log_note_validate (LtRecord *record,
                      GError  **error)
{
  LtLogNote *self = LT_LOG_NOTE (record);

  if (!lt_record_require_text (self->text, _ ("The note is empty."), error))
    return FALSE;
  if (!lt_date_check_day (self->day, _ ("The note needs a day."), error) ||
      !lt_date_check (self->day, FALSE, error))
    return FALSE;
  return check_time (self->time, error);
}

static void
lt_log_note_finalize (GObject *object)
{
  LtLogNote *self = LT_LOG_NOTE (object);

  g_free (self->day);
  g_free (self->time);
  g_free (self->writer);
  g_free (self->text);
  g_free (self->tags);

  G_OBJECT_CLASS (lt_log_note_parent_class)->finalize (object);
}

static void
lt_log_note_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LtLogNote *self = LT_LOG_NOTE (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;
    case PROP_WRITER:
      g_value_set_string (value, self->writer);
      break;
    case PROP_CHILD_LINE:
      g_value_set_boolean (value, self->child_line);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_TAGS:
      g_value_set_string (value, self->tags);
      break;
    case PROP_AUDIENCE:
      g_value_set_int64 (value, self->audience);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_log_note_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LtLogNote *self = LT_LOG_NOTE (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_log_note_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_DAY:
      lt_log_note_set_day (self, g_value_get_string (value));
      break;
    case PROP_TIME:
      lt_log_note_set_time (self, g_value_get_string (value));
      break;
    case PROP_WRITER:
      lt_log_note_set_writer (self, g_value_get_string (value));
      break;
    case PROP_CHILD_LINE:
      lt_log_note_set_child_line (self, g_value_get_boolean (value));
      break;
    case PROP_TEXT:
      lt_log_note_set_text (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      /* Read from the database or a file; the text decides them. */
      lt_record_set_string (LT_RECORD (self), &self->tags, g_value_get_string (value), properties[PROP_TAGS]);
      break;
    case PROP_AUDIENCE:
      lt_log_note_set_audience (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_log_note_class_init (LtLogNoteClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);
  GParamFlags    flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lt_log_note_finalize;
  object_class->get_property = lt_log_note_get_property;
  object_class->set_property = lt_log_note_set_property;

  record_class->table = "log_note";
  record_class->columns = log_note_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_log_note_compare;
  record_class->validate = lt_log_note_validate;

  properties[PROP_CHILD_ID] = g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DAY] = g_param_spec_string ("day", NULL, NULL, NULL, flags);
  properties[PROP_TIME] = g_param_spec_string ("time", NULL, NULL, NULL, flags);
  properties[PROP_WRITER] = g_param_spec_string ("writer", NULL, NULL, NULL, flags);
  /* A line in the child's own words, which the child added. */
  properties[PROP_CHILD_LINE] = g_param_spec_boolean ("child-line", NULL, NULL, FALSE, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_TAGS] = g_param_spec_string ("tags", NULL, NULL, NULL, flags);
  properties[PROP_AUDIENCE] = g_param_spec_int64 ("audience", NULL, NULL, 0, LT_AUDIENCE_ALL, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_log_note_init (LtLogNote *self)
{
}

LtLogNote *
lt_log_note_new (void)
{
  return g_object_new (LT_TYPE_LOG_NOTE, NULL);
}

gint64
lt_log_note_get_child_id (LtLogNote *self)
{
  g_return_val_if_fail (LT_IS_LOG_NOTE (self), 0);

  return self->child_id;
}

void
lt_log_note_set_child_id (LtLogNote *self,
                          gint64     child_id)
{
  g_return_if_fail (LT_IS_LOG_NOTE (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

const char *
lt_log_note_get_day (LtLogNote *self)
{
  g_return_val_if_fail (LT_IS_LOG_NOTE (self), NULL);

  return self->day;
}

void
lt_log_note_set_day (LtLogNote  *self,
                     const char *day)
{
  g_return_if_fail (LT_IS_LOG_NOTE (self));

  lt_record_set_string (LT_RECORD (self), &self->day, day, properties[PROP_DAY]);
}

const char *
lt_log_note_get_time (LtLogNote *self)
{
  g_return_val_if_fail (LT_IS_LOG_NOTE (self), NULL);

  return self->time;
}

/* "14:30", or NULL for a note of the whole day. */
void
lt_log_note_set_time (LtLogNote  *self,
                      const char *time)
{
  g_return_if_fail (LT_IS_LOG_NOTE (self));

  lt_record_set_string (LT_RECORD (self), &self->time, time, properties[PROP_TIME]);
}

const char *
lt_log_note_get_writer (LtLogNote *self)
{
  g_return_val_if_fail (LT_IS_LOG_NOTE (self), NULL);

  return self->writer;
}

void
lt_log_note_set_writer (LtLogNote  *self,
                        const char *writer)
{
  g_return_if_fail (LT_IS_LOG_NOTE (self));

  lt_record_set_string (LT_RECORD (self), &self->writer, writer, properties[PROP_WRITER]);
}

gboolean
lt_log_note_get_child_line (LtLogNote *self)
{
  g_return_val_if_fail (LT_IS_LOG_NOTE (self), FALSE);

  return self->child_line;
}

void
lt_log_note_set_child_line (LtLogNote *self,
                            gboolean   child_line)
{
  g_return_if_fail (LT_IS_LOG_NOTE (self));

  child_line = !!child_line;
  if (self->child_line == child_line)
    return;
  self->child_line = child_line;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD_LINE]);
}

const char *
lt_log_note_get_text (LtLogNote *self)
{
  g_return_val_if_fail (LT_IS_LOG_NOTE (self), NULL);

  return self->text;
}

/* Sets the text and the tags it has. */
void
lt_log_note_set_text (LtLogNote  *self,
                      const char *text)
{
  g_auto (GStrv) tags = NULL;
  g_autofree char *joined = NULL;

  g_return_if_fail (LT_IS_LOG_NOTE (self));

  lt_record_set_string (LT_RECORD (self), &self->text, text, properties[PROP_TEXT]);
  tags = lt_log_note_tags_in (text);
  joined = tags[0] != NULL ? g_strjoinv (" ", tags) : NULL;
  lt_record_set_string (LT_RECORD (self), &self->tags, joined, properties[PROP_TAGS]);
}

/* Returns: the tags, "skole søvn", or NULL. */
const char *
lt_log_note_get_tags (LtLogNote *self)
{
  g_return_val_if_fail (LT_IS_LOG_NOTE (self), NULL);

  return self->tags;
}

gint64
lt_log_note_get_audience (LtLogNote *self)
{
  g_return_val_if_fail (LT_IS_LOG_NOTE (self), 0);

  return self->audience;
}

/* Who may see the note outside the household; 0 (the default) is only the
 * adults here. */
void
lt_log_note_set_audience (LtLogNote *self,
                          gint64     audience)
{
  g_return_if_fail (LT_IS_LOG_NOTE (self));

  audience &= LT_AUDIENCE_ALL;
  if (self->audience == audience)
    return;
  self->audience = audience;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIENCE]);
}

gboolean
lt_log_note_has_tag (LtLogNote  *self,
                     const char *tag)
{
  g_auto (GStrv) tags = NULL;

  g_return_val_if_fail (LT_IS_LOG_NOTE (self), FALSE);

  if (self->tags == NULL || tag == NULL)
    return FALSE;
  tags = g_strsplit (self->tags, " ", -1);
  return g_strv_contains ((const char *const *) tags, tag);
}

/**
 * lt_log_note_tags_in:
 *
 * Returns: (transfer full): the #words of @text, lower case, without the
 * "#", each once, in the order they come
 */
char **
lt_log_note_tags_in (const char *text)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (const char *p = text != NULL ? strchr (text, '#') : NULL; p != NULL; p = strchr (p + 1, '#'))
    {
      const char      *end = p + 1;
      g_autofree char *word = NULL;

      while (*end != '\0' && (g_unichar_isalnum (g_utf8_get_char (end)) || *end == '-' || *end == '_'))
        end = g_utf8_next_char (end);
      if (end == p + 1)
        continue;
      word = g_utf8_strdown (p + 1, end - p - 1);
      if (g_hash_table_add (seen, g_strdup (word)))
        g_strv_builder_add (builder, word);
    }
  return g_strv_builder_end (builder);
}
