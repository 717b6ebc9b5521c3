/* lt-gedcom.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Reading GEDCOM 5.5.1 files from genealogy programs.
 *
 * The file is checked before anything is read: its size, its character
 * set (UTF-8 or ASCII; ANSEL, ANSI and UTF-16 are refused with a message
 * saying how to export again), and that it starts with "0 HEAD".  Then
 * every line is split into level, cross-reference, tag and value; a line
 * that cannot be read is reported and skipped with the lines under it,
 * and reading goes on.  Of the records only individuals (INDI) and
 * families (FAM) are used; the rest are counted in the report.  Links to
 * people who are not in the file are dropped and reported.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lt-gedcom.h"

/* The quark's name must keep its dashes. */
/* clang-format off */
G_DEFINE_QUARK (lt-gedcom-error-quark, lt_gedcom_error)
/* clang-format on */

#define MAX_LEVEL 99

typedef struct
{
  int      level;
  char    *xref; /* without the @s, nullable */
  char    *tag;
  char    *value;  /* nullable */
  GString *joined; /* while the lines are read: the value with its CONC and CONT lines */
  guint    number;
} Line;

typedef struct
{
  LtGedcomFile *file;
  GPtrArray    *lines;                        /* Line *, CONC and CONT already joined */
  Line         *last_at_level[MAX_LEVEL + 1]; /* while the lines are read, for CONC and CONT */
  int           deepest;                      /* none is set below this level */
  GHashTable   *skipped_kinds;                /* tag → count of top-level records skipped */
  GHashTable   *families_by_xref;
  gboolean      unused_details;
  /* per individual: "FAMC" links with their PEDI, xref → GHashTable (family xref → pedigree) */
  GHashTable *pedigrees;
} Reader;

/* ---- the file object --------------------------------------------------- */

static void
individual_free (gpointer data)
{
  LtGedcomIndividual *individual = data;

  g_free (individual->xref);
  g_free (individual->name);
  g_free (individual);
}

static void
family_free (gpointer data)
{
  LtGedcomFamily *family = data;

  g_free (family->xref);
  g_free (family->husband);
  g_free (family->wife);
  g_ptr_array_unref (family->children);
  g_array_unref (family->pedigrees);
  g_free (family);
}

void
lt_gedcom_file_free (LtGedcomFile *file)
{
  if (file == NULL)
    return;
  g_hash_table_unref (file->by_xref);
  g_ptr_array_unref (file->individuals);
  g_ptr_array_unref (file->families);
  g_ptr_array_unref (file->skipped);
  g_free (file->encoding);
  g_free (file->source_program);
  g_free (file);
}

/* Returns: (nullable): the individual with @xref ("I1", no @s) */
const LtGedcomIndividual *
lt_gedcom_file_lookup (const LtGedcomFile *file,
                       const char         *xref)
{
  return xref != NULL ? g_hash_table_lookup (file->by_xref, xref) : NULL;
}

static void
skip (Reader     *reader,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
skip (Reader     *reader,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (reader->file->skipped, g_strdup_vprintf (format, args));
  va_end (args);
}

/* ---- dates ------------------------------------------------------------- */

/**
 * lt_gedcom_parse_year:
 * @date: (nullable): a GEDCOM date: "12 MAY 1985", "ABT 1950", "BET 1950
 *   AND 1960", "@#DJULIAN@ 1700", "1985/86", "(in the spring)" …
 *
 * Returns: the (first) year in @date, or 0 when it has none
 */
int
lt_gedcom_parse_year (const char *date)
{
  g_auto (GStrv) words = NULL;

  if (date == NULL)
    return 0;
  while (g_ascii_isspace (*date))
    date++;
  if (*date == '(') /* a date phrase in words */
    return 0;
  words = g_strsplit_set (date, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      guint       digits = 0;

      if (word[0] == '@') /* a calendar escape such as @#DJULIAN@ */
        continue;
      while (g_ascii_isdigit (word[digits]))
        digits++;
      /* A year has three or four digits; "1985/86" is a dual year. */
      if ((digits == 3 || digits == 4) && (word[digits] == '\0' || word[digits] == '/'))
        return (int) g_ascii_strtoll (word, NULL, 10);
    }
  return 0;
}

/* ---- character set ----------------------------------------------------- */

static gboolean
is_ascii (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if ((guchar) data[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* The value of the first "1 CHAR" line of the header, or NULL. */
static char *
declared_charset (const char *data,
                  gsize       length)
{
  const char *end = data + length;
  const char *line = data;

  while (line < end)
    {
      const char      *next = memchr (line, '\n', end - line);
      const char      *stop = next != NULL ? next : end;
      g_autofree char *text = g_strndup (line, stop - line);

      g_strstrip (text);
      if (text[0] == '0' && line != data && !g_str_has_prefix (text, "0 HEAD"))
        return NULL; /* past the header */
      if (g_str_has_prefix (text, "1 CHAR"))
        return g_strstrip (g_strdup (text + strlen ("1 CHAR")));
      line = stop + 1;
    }
  return NULL;
}

static gboolean
check_encoding (const char   *data,
                gsize         length,
                LtGedcomFile *file,
                GError      **error)
{
  g_autofree char *charset = NULL;
  g_autofree char *upper = NULL;

  if (length >= 2 && (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe) ||
                      ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff) ||
                      memchr (data, '\0', length) != NULL))
    {
      g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_ENCODING,
                   _ ("This GEDCOM file is written in UTF-16 (“UNICODE”), which Livstråd cannot "
                      "read. Export it again from your genealogy program and choose UTF-8."));
      return FALSE;
    }

  charset = declared_charset (data, length);
  upper = charset != NULL ? g_ascii_strup (charset, -1) : NULL;
  if (upper == NULL || g_str_equal (upper, "UTF-8") || g_str_equal (upper, "UTF8"))
    {
      if (!g_utf8_validate_len (data, length, NULL))
        {
          g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_ENCODING,
                       _ ("This GEDCOM file says it is UTF-8 but contains characters that are "
                          "not. Export it again from your genealogy program and choose UTF-8."));
          return FALSE;
        }
      file->encoding = g_strdup ("UTF-8");
      return TRUE;
    }
  if (g_str_equal (upper, "ASCII"))
    {
      if (!is_ascii (data, length))
        {
          g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_ENCODING,
                       _ ("This GEDCOM file says it is ASCII but contains other characters. "
                          "Export it again from your genealogy program and choose UTF-8."));
          return FALSE;
        }
      file->encoding = g_strdup ("ASCII");
      return TRUE;
    }
  g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_ENCODING,
               _ ("This GEDCOM file is written in the %s character set, which Livstråd cannot "
                  "read. Export it again from your genealogy program and choose UTF-8."),
               charset);
  return FALSE;
}

/* ---- lines ------------------------------------------------------------- */

static void
line_free (gpointer data)
{
  Line *line = data;

  g_free (line->xref);
  g_free (line->tag);
  g_free (line->value);
  if (line->joined != NULL)
    g_string_free (line->joined, TRUE);
  g_free (line);
}

/* Splits "level [@xref@] TAG [value]"; FALSE when @text is not that. */
static gboolean
split_line (const char *text,
            guint       number,
            Line      **out)
{
  const char *p = text;
  const char *start;
  Line       *line;
  int         level = 0;
  guint       digits = 0;

  while (*p == ' ' || *p == '\t')
    p++;
  for (; g_ascii_isdigit (*p) && digits < 3; p++, digits++)
    level = level * 10 + (*p - '0');
  if (digits == 0 || digits > 2 || *p != ' ')
    return FALSE;
  while (*p == ' ')
    p++;

  line = g_new0 (Line, 1);
  line->level = level;
  line->number = number;
  if (*p == '@')
    {
      start = ++p;
      while (*p != '\0' && *p != '@')
        p++;
      if (*p != '@' || p == start || p[1] != ' ')
        {
          line_free (line);
          return FALSE;
        }
      line->xref = g_strndup (start, p - start);
      p += 2;
      while (*p == ' ')
        p++;
    }
  start = p;
  while (g_ascii_isalnum (*p) || *p == '_')
    p++;
  if (p == start || (*p != '\0' && *p != ' '))
    {
      line_free (line);
      return FALSE;
    }
  line->tag = g_ascii_strup (start, p - start);
  if (*p == ' ')
    line->value = g_strdup (p + 1);
  *out = line;
  return TRUE;
}

/* The level number a line starts with, or -1. */
static int
leading_level (const char *text)
{
  while (*text == ' ' || *text == '\t')
    text++;
  if (!g_ascii_isdigit (*text))
    return -1;
  return (int) MIN (g_ascii_strtoll (text, NULL, 10), MAX_LEVEL + 1);
}

/* Joins CONC and CONT lines onto the line they continue: the last line a
 * level up, if no line further up came after it.  A long note has
 * thousands; appending to a GString (made whole in read_lines()) and
 * remembering the last line at each level keeps that linear, where joining
 * the text anew and searching back for the line each time took minutes for
 * a file of a few megabytes. */
static gboolean
continue_line (Reader *reader,
               Line   *line)
{
  Line *previous;

  if (!g_str_equal (line->tag, "CONC") && !g_str_equal (line->tag, "CONT"))
    return FALSE;
  previous = line->level > 0 ? reader->last_at_level[line->level - 1] : NULL;
  if (previous != NULL)
    {
      if (previous->joined == NULL)
        previous->joined = g_string_new (previous->value);
      if (g_str_equal (line->tag, "CONT"))
        g_string_append_c (previous->joined, '\n');
      if (line->value != NULL)
        g_string_append (previous->joined, line->value);
    }
  return TRUE;
}

/* Adds a line, which closes what was open at its level and below. */
static void
add_line (Reader *reader,
          Line   *line)
{
  g_ptr_array_add (reader->lines, line);
  for (int level = line->level + 1; level <= reader->deepest; level++)
    reader->last_at_level[level] = NULL;
  reader->last_at_level[line->level] = line;
  reader->deepest = line->level;
}

static void
read_lines (Reader     *reader,
            const char *data,
            gsize       length)
{
  g_autofree char *copy = g_strndup (data, length);
  g_auto (GStrv) texts = NULL;
  int   previous_level = -1;
  int   skipping_below = G_MAXINT; /* lines at this level or deeper are under a skipped one */
  guint number = 0;

  /* CR, LF and CR LF all end a line. */
  for (char *c = copy; *c != '\0'; c++)
    if (*c == '\r')
      *c = c[1] == '\n' ? ' ' : '\n';
  texts = g_strsplit (copy, "\n", -1);
  for (guint i = 0; texts[i] != NULL; i++)
    {
      Line *line = NULL;

      number = i + 1;
      g_strchomp (texts[i]);
      if (texts[i][0] == '\0')
        continue;
      /* Under a skipped line: goes with it, unreported. */
      if (leading_level (texts[i]) >= skipping_below)
        continue;
      skipping_below = G_MAXINT;
      if (!split_line (texts[i], number, &line) || line->level > previous_level + 1 ||
          line->level > MAX_LEVEL)
        {
          g_autofree char *shown = g_utf8_make_valid (texts[i], MIN (strlen (texts[i]), 40));
          int              level = leading_level (texts[i]);

          skip (reader, _ ("Line %u could not be read (“%s”) and was skipped."), number, shown);
          if (line != NULL)
            line_free (line);
          /* What belongs under the line goes with it; a line with no level at
           * all is taken as stray text that owns nothing. */
          if (level >= 0)
            skipping_below = level + 1;
          continue;
        }
      previous_level = line->level;
      if (continue_line (reader, line))
        line_free (line);
      else
        add_line (reader, line);
    }
  for (guint i = 0; i < reader->lines->len; i++)
    {
      Line *line = g_ptr_array_index (reader->lines, i);

      if (line->joined != NULL)
        {
          g_free (line->value);
          line->value = g_string_free (g_steal_pointer (&line->joined), FALSE);
        }
    }
}

/* ---- records ----------------------------------------------------------- */

static Line *
line_at (Reader *reader,
         guint   i)
{
  return g_ptr_array_index (reader->lines, i);
}

/* The index after the last line under the record or structure at @i. */
static guint
end_of (Reader *reader,
        guint   i)
{
  int   level = line_at (reader, i)->level;
  guint end = i + 1;

  while (end < reader->lines->len && line_at (reader, end)->level > level)
    end++;
  return end;
}

/* The value of the first @tag directly under the line at @i. */
static const char *
sub_value (Reader     *reader,
           guint       i,
           const char *tag)
{
  int level = line_at (reader, i)->level;

  for (guint k = i + 1, end = end_of (reader, i); k < end; k++)
    if (line_at (reader, k)->level == level + 1 && g_str_equal (line_at (reader, k)->tag, tag))
      return line_at (reader, k)->value != NULL ? line_at (reader, k)->value : "";
  return NULL;
}

/* An xref value "@I1@" without its @s, or NULL when it is not one. */
static char *
pointer_value (const char *value)
{
  gsize length = value != NULL ? strlen (value) : 0;

  if (length < 3 || value[0] != '@' || value[length - 1] != '@')
    return NULL;
  return g_strndup (value + 1, length - 2);
}

/* "Karen /Sørensen/" → "Karen Sørensen". */
static char *
clean_name (const char *value)
{
  g_autofree char *without = g_strdup (value);
  g_auto (GStrv) words = NULL;
  g_autoptr (GPtrArray) kept = g_ptr_array_new ();

  g_strdelimit (without, "/", ' ');
  words = g_strsplit_set (without, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (kept, words[i]);
  g_ptr_array_add (kept, NULL);
  return kept->len > 1 ? g_strjoinv (" ", (char **) kept->pdata) : NULL;
}

static char *
individual_name (Reader *reader,
                 guint   i)
{
  for (guint k = i + 1, end = end_of (reader, i); k < end; k++)
    {
      Line *line = line_at (reader, k);

      if (line->level != 1 || !g_str_equal (line->tag, "NAME"))
        continue;
      if (line->value != NULL)
        {
          char *name = clean_name (line->value);

          if (name != NULL)
            return name;
        }
      /* No name on the line: its given name and surname parts. */
      {
        const char      *given = sub_value (reader, k, "GIVN");
        const char      *surname = sub_value (reader, k, "SURN");
        g_autofree char *parts = g_strdup_printf ("%s %s", given != NULL ? given : "",
                                                  surname != NULL ? surname : "");

        return clean_name (parts);
      }
    }
  return NULL;
}

static LtGedcomPedigree
read_pedigree (Reader     *reader,
               const char *value,
               guint       number)
{
  g_autofree char *upper = value != NULL ? g_ascii_strdown (value, -1) : NULL;

  if (upper == NULL || g_str_equal (upper, "birth") || g_str_equal (upper, "sealing"))
    return LT_GEDCOM_PEDIGREE_BIRTH;
  if (g_str_equal (upper, "adopted"))
    return LT_GEDCOM_PEDIGREE_ADOPTED;
  if (g_str_equal (upper, "foster"))
    return LT_GEDCOM_PEDIGREE_FOSTER;
  if (g_str_equal (upper, "step"))
    return LT_GEDCOM_PEDIGREE_STEP;
  skip (reader, _ ("Line %u: the kind of parenthood “%s” is not known; birth was assumed."),
        number, value);
  return LT_GEDCOM_PEDIGREE_BIRTH;
}

static void
read_individual (Reader *reader,
                 guint   i)
{
  Line               *record = line_at (reader, i);
  LtGedcomIndividual *individual;
  GHashTable         *links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char         *sex;

  if (record->xref == NULL)
    {
      skip (reader, _ ("Line %u: a person without an identifier was skipped."), record->number);
      g_hash_table_unref (links);
      return;
    }
  if (g_hash_table_contains (reader->file->by_xref, record->xref))
    {
      skip (reader, _ ("Line %u: a second person with the identifier %s was skipped."),
            record->number, record->xref);
      g_hash_table_unref (links);
      return;
    }

  individual = g_new0 (LtGedcomIndividual, 1);
  individual->xref = g_strdup (record->xref);
  individual->line = record->number;
  individual->name = individual_name (reader, i);
  sex = sub_value (reader, i, "SEX");
  individual->gender = sex == NULL                              ? LT_GENDER_UNKNOWN
                       : g_ascii_strncasecmp (sex, "M", 1) == 0 ? LT_GENDER_MALE
                       : g_ascii_strncasecmp (sex, "F", 1) == 0 ? LT_GENDER_FEMALE
                       : g_ascii_strncasecmp (sex, "X", 1) == 0 ? LT_GENDER_OTHER
                                                                : LT_GENDER_UNKNOWN;

  for (guint k = i + 1, end = end_of (reader, i); k < end; k++)
    {
      Line *line = line_at (reader, k);

      if (line->level != 1)
        continue;
      if (g_str_equal (line->tag, "BIRT"))
        individual->birth_year = lt_gedcom_parse_year (sub_value (reader, k, "DATE"));
      else if (g_str_equal (line->tag, "DEAT"))
        {
          individual->deceased = TRUE;
          individual->death_year = lt_gedcom_parse_year (sub_value (reader, k, "DATE"));
        }
      else if (g_str_equal (line->tag, "FAMC"))
        {
          char *family = pointer_value (line->value);

          if (family != NULL)
            g_hash_table_insert (links, family,
                                 GINT_TO_POINTER (read_pedigree (reader, sub_value (reader, k, "PEDI"),
                                                                 line->number)));
        }
      else if (!g_str_equal (line->tag, "NAME") && !g_str_equal (line->tag, "SEX") &&
               !g_str_equal (line->tag, "FAMS"))
        reader->unused_details = TRUE;
    }
  g_hash_table_insert (reader->pedigrees, g_strdup (individual->xref), links);
  g_ptr_array_add (reader->file->individuals, individual);
  g_hash_table_insert (reader->file->by_xref, individual->xref, individual);
}

/* Keeps a family's link to a person only if the person is in the file. */
static char *
member_link (Reader     *reader,
             const char *family,
             Line       *line)
{
  char *xref = pointer_value (line->value);

  if (xref == NULL || !g_hash_table_contains (reader->file->by_xref, xref))
    {
      skip (reader,
            _ ("Line %u: family %s names a person %s who is not in the file; that link was "
               "skipped."),
            line->number, family, line->value != NULL ? line->value : "");
      g_free (xref);
      return NULL;
    }
  return xref;
}

static LtGedcomPedigree
pedigree_of (Reader     *reader,
             const char *child,
             const char *family)
{
  GHashTable *links = g_hash_table_lookup (reader->pedigrees, child);
  gpointer    value;

  if (links != NULL && g_hash_table_lookup_extended (links, family, NULL, &value))
    return GPOINTER_TO_INT (value);
  return LT_GEDCOM_PEDIGREE_BIRTH;
}

static void
read_family (Reader *reader,
             guint   i)
{
  Line           *record = line_at (reader, i);
  LtGedcomFamily *family;

  if (record->xref == NULL || g_hash_table_contains (reader->families_by_xref, record->xref))
    {
      skip (reader, _ ("Line %u: a family without an identifier of its own was skipped."),
            record->number);
      return;
    }
  family = g_new0 (LtGedcomFamily, 1);
  family->xref = g_strdup (record->xref);
  family->line = record->number;
  family->children = g_ptr_array_new_with_free_func (g_free);
  family->pedigrees = g_array_new (FALSE, FALSE, sizeof (LtGedcomPedigree));
  g_hash_table_add (reader->families_by_xref, family->xref);

  for (guint k = i + 1, end = end_of (reader, i); k < end; k++)
    {
      Line *line = line_at (reader, k);

      if (line->level != 1)
        continue;
      if (g_str_equal (line->tag, "HUSB") && family->husband == NULL)
        family->husband = member_link (reader, family->xref, line);
      else if (g_str_equal (line->tag, "WIFE") && family->wife == NULL)
        family->wife = member_link (reader, family->xref, line);
      else if (g_str_equal (line->tag, "CHIL"))
        {
          char *child = member_link (reader, family->xref, line);

          if (child != NULL)
            {
              LtGedcomPedigree pedigree = pedigree_of (reader, child, family->xref);

              g_ptr_array_add (family->children, child);
              g_array_append_val (family->pedigrees, pedigree);
            }
        }
      else if (g_str_equal (line->tag, "MARR") && family->union_kind == LT_GEDCOM_UNION_PARTNERS)
        family->union_kind = LT_GEDCOM_UNION_MARRIED;
      else if (g_str_equal (line->tag, "DIV") || g_str_equal (line->tag, "ANUL"))
        family->union_kind = LT_GEDCOM_UNION_DIVORCED;
    }

  /* A child cannot be their own parent. */
  for (guint c = family->children->len; c > 0; c--)
    {
      const char *child = g_ptr_array_index (family->children, c - 1);

      if (g_strcmp0 (child, family->husband) == 0 || g_strcmp0 (child, family->wife) == 0)
        {
          skip (reader, _ ("Line %u: in family %s, %s is both a parent and a child; the child "
                           "link was skipped."),
                record->number, family->xref, child);
          g_ptr_array_remove_index (family->children, c - 1);
          g_array_remove_index (family->pedigrees, c - 1);
        }
    }
  g_ptr_array_add (reader->file->families, family);
}

static const char *
record_kind_name (const char *tag)
{
  if (g_str_equal (tag, "SOUR"))
    return _ ("sources");
  if (g_str_equal (tag, "NOTE"))
    return _ ("notes");
  if (g_str_equal (tag, "OBJE"))
    return _ ("pictures and other media");
  if (g_str_equal (tag, "REPO"))
    return _ ("archives");
  if (g_str_equal (tag, "SUBM") || g_str_equal (tag, "SUBN"))
    return _ ("about who made the file");
  return NULL;
}

static void
report_skipped_kinds (Reader *reader)
{
  g_autoptr (GList) tags = g_hash_table_get_keys (reader->skipped_kinds);

  tags = g_list_sort (tags, (GCompareFunc) g_strcmp0);
  for (GList *l = tags; l != NULL; l = l->next)
    {
      guint       count = GPOINTER_TO_UINT (g_hash_table_lookup (reader->skipped_kinds, l->data));
      const char *name = record_kind_name (l->data);

      if (name != NULL)
        skip (reader, ngettext ("%u record (%s: %s) was not imported.", "%u records (%s: %s) were not imported.", count),
              count, (const char *) l->data, name);
      else
        skip (reader, ngettext ("%u record of a kind Livstråd does not use (%s) was skipped.", "%u records of a kind Livstråd does not use (%s) were skipped.", count),
              count, (const char *) l->data);
    }
}

static gboolean
read_records (Reader  *reader,
              GError **error)
{
  gboolean trailer = FALSE;

  for (guint i = 0; i < reader->lines->len; i = end_of (reader, i))
    {
      Line *line = line_at (reader, i);

      if (line->level != 0)
        continue;
      if (g_str_equal (line->tag, "HEAD"))
        {
          const char *source = sub_value (reader, i, "SOUR");

          g_free (reader->file->source_program);
          reader->file->source_program = source != NULL && *source != '\0' ? g_strdup (source) : NULL;
        }
      else if (g_str_equal (line->tag, "INDI"))
        {
          if (reader->file->individuals->len >= LT_GEDCOM_MAX_INDIVIDUALS)
            {
              g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_TOO_LARGE,
                           _ ("The GEDCOM file has more than %d people, more than Livstråd "
                              "reads. Export only the child’s closer family."),
                           LT_GEDCOM_MAX_INDIVIDUALS);
              return FALSE;
            }
          read_individual (reader, i);
        }
      else if (g_str_equal (line->tag, "TRLR"))
        trailer = TRUE;
      else if (!g_str_equal (line->tag, "FAM"))
        g_hash_table_insert (reader->skipped_kinds, g_strdup (line->tag),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (
                                                   reader->skipped_kinds, line->tag)) +
                                               1));
    }
  /* Families after everyone is known, so links can be checked. */
  for (guint i = 0; i < reader->lines->len; i = end_of (reader, i))
    if (line_at (reader, i)->level == 0 && g_str_equal (line_at (reader, i)->tag, "FAM"))
      read_family (reader, i);

  report_skipped_kinds (reader);
  if (reader->unused_details)
    skip (reader, _ ("Places, occupations, notes and other details about people were not "
                     "imported: Livstråd keeps names, sex, and years of birth and death."));
  if (!trailer)
    skip (reader, _ ("The file has no end marker (TRLR) and may be cut off; check that "
                     "everyone you expect is there."));
  return TRUE;
}

/* ---- entry points ------------------------------------------------------ */

/**
 * lt_gedcom_parse:
 *
 * Returns: (transfer full): what @bytes holds, or %NULL with @error when
 * it is not a GEDCOM file Livstråd can read
 */
LtGedcomFile *
lt_gedcom_parse (GBytes  *bytes,
                 GError **error)
{
  gsize         length = 0;
  const char   *data = g_bytes_get_data (bytes, &length);
  LtGedcomFile *file;
  Reader        reader = { 0 };
  gboolean      ok;

  if (length > LT_GEDCOM_MAX_BYTES)
    {
      g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_TOO_LARGE,
                   _ ("The GEDCOM file is larger than %d MB, more than Livstråd reads. Export "
                      "only the child’s closer family."),
                   LT_GEDCOM_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (data == NULL || length == 0)
    {
      g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_NOT_GEDCOM,
                   _ ("This is not a GEDCOM file: it is empty."));
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0) /* a UTF-8 byte order mark */
    {
      data += 3;
      length -= 3;
    }

  file = g_new0 (LtGedcomFile, 1);
  file->individuals = g_ptr_array_new_with_free_func (individual_free);
  file->families = g_ptr_array_new_with_free_func (family_free);
  file->skipped = g_ptr_array_new_with_free_func (g_free);
  file->by_xref = g_hash_table_new (g_str_hash, g_str_equal);
  if (!check_encoding (data, length, file, error))
    {
      lt_gedcom_file_free (file);
      return NULL;
    }

  reader.file = file;
  reader.lines = g_ptr_array_new_with_free_func (line_free);
  reader.skipped_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.families_by_xref = g_hash_table_new (g_str_hash, g_str_equal);
  reader.pedigrees =
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  read_lines (&reader, data, length);

  if (reader.lines->len == 0 || line_at (&reader, 0)->level != 0 ||
      !g_str_equal (line_at (&reader, 0)->tag, "HEAD"))
    {
      g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_NOT_GEDCOM,
                   _ ("This is not a GEDCOM file: it does not start with a GEDCOM header. "
                      "Genealogy programs save GEDCOM files with the ending .ged."));
      ok = FALSE;
    }
  else
    ok = read_records (&reader, error);

  g_ptr_array_unref (reader.lines);
  g_hash_table_unref (reader.skipped_kinds);
  g_hash_table_unref (reader.families_by_xref);
  g_hash_table_unref (reader.pedigrees);
  if (!ok)
    {
      lt_gedcom_file_free (file);
      return NULL;
    }
  return file;
}

/**
 * lt_gedcom_parse_file:
 *
 * Returns: (transfer full): as lt_gedcom_parse(), for a file
 */
LtGedcomFile *
lt_gedcom_parse_file (GFile        *file,
                      GCancellable *cancellable,
                      GError      **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_NOT_GEDCOM,
                   _ ("This is not a GEDCOM file: it is a folder or a device."));
      return NULL;
    }
  if (info != NULL && g_file_info_get_size (info) > LT_GEDCOM_MAX_BYTES)
    {
      g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_TOO_LARGE,
                   _ ("The GEDCOM file is larger than %d MB, more than Livstråd reads. Export "
                      "only the child’s closer family."),
                   LT_GEDCOM_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (info != NULL)
    bytes = g_file_load_bytes (file, cancellable, NULL, &local);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_IO, _ ("Could not read “%s”: %s"), name,
                   local->message);
      return NULL;
    }
  return lt_gedcom_parse (bytes, error);
}
