/* test-gedcom.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * GEDCOM files read (families, pedigrees, character sets, broken files
 * and a fuzz of cut and damaged ones) and imported into a child's people
 * all or nothing, without adding anyone twice.
 */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "lt-gedcom-import.h"
#include "lt-gedcom.h"

static GBytes *
fixture_bytes (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "gedcom", name, NULL);
  g_autofree char *data = NULL;
  gsize            length = 0;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static LtGedcomFile *
parse_text (const char *text,
            GError    **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));

  return lt_gedcom_parse (bytes, error);
}

static const LtGedcomFamily *
family (const LtGedcomFile *file,
        const char         *xref)
{
  for (guint i = 0; i < file->families->len; i++)
    if (g_str_equal (((LtGedcomFamily *) g_ptr_array_index (file->families, i))->xref, xref))
      return g_ptr_array_index (file->families, i);
  g_assert_not_reached ();
}

static gboolean
skipped_mentions (const LtGedcomFile *file,
                  const char         *text)
{
  for (guint i = 0; i < file->skipped->len; i++)
    if (strstr (g_ptr_array_index (file->skipped, i), text) != NULL)
      return TRUE;
  return FALSE;
}

static void
assert_family_file (const LtGedcomFile *file)
{
  const LtGedcomIndividual *ida = lt_gedcom_file_lookup (file, "I1");
  const LtGedcomIndividual *poul = lt_gedcom_file_lookup (file, "I5");
  const LtGedcomIndividual *soren = lt_gedcom_file_lookup (file, "I12");
  const LtGedcomFamily     *cousins = family (file, "F4");

  g_assert_cmpuint (file->individuals->len, ==, 13);
  g_assert_cmpuint (file->families->len, ==, 4);
  g_assert_cmpstr (file->encoding, ==, "UTF-8");
  g_assert_cmpstr (file->source_program, ==, "Slægtsbogen");

  g_assert_cmpstr (ida->name, ==, "Ida Marie Sørensen");
  g_assert_cmpint (ida->gender, ==, LT_GENDER_FEMALE);
  g_assert_cmpint (ida->birth_year, ==, 2014);
  g_assert_false (ida->deceased);
  g_assert_cmpstr (lt_gedcom_file_lookup (file, "I8")->name, ==, "Åse Sørensen");
  g_assert_cmpint (lt_gedcom_file_lookup (file, "I10")->gender, ==, LT_GENDER_OTHER);
  g_assert_cmpint (lt_gedcom_file_lookup (file, "I6")->gender, ==, LT_GENDER_MALE);
  g_assert_cmpint (lt_gedcom_file_lookup (file, "I2")->birth_year, ==, 1992); /* ABT 1992 */

  /* "1 DEAT Y": died, year not known; a dated death has its year. */
  g_assert_true (poul->deceased);
  g_assert_cmpint (poul->death_year, ==, 0);
  g_assert_cmpint (poul->birth_year, ==, 1957);
  g_assert_true (soren->deceased);
  g_assert_cmpint (soren->death_year, ==, 2020);
  /* A name from its parts when the NAME line has none of its own. */
  g_assert_cmpstr (lt_gedcom_file_lookup (file, "I13")->name, ==, "Karl");

  g_assert_cmpint (family (file, "F1")->union_kind, ==, LT_GEDCOM_UNION_MARRIED);
  g_assert_cmpint (family (file, "F2")->union_kind, ==, LT_GEDCOM_UNION_DIVORCED);
  g_assert_cmpint (family (file, "F3")->union_kind, ==, LT_GEDCOM_UNION_PARTNERS);
  g_assert_cmpstr (family (file, "F2")->husband, ==, "I3");
  g_assert_cmpstr (family (file, "F2")->wife, ==, "I2");

  g_assert_cmpuint (cousins->children->len, ==, 4);
  g_assert_cmpint (g_array_index (cousins->pedigrees, LtGedcomPedigree, 0), ==,
                   LT_GEDCOM_PEDIGREE_BIRTH);
  g_assert_cmpint (g_array_index (cousins->pedigrees, LtGedcomPedigree, 2), ==,
                   LT_GEDCOM_PEDIGREE_ADOPTED);
  g_assert_cmpint (g_array_index (cousins->pedigrees, LtGedcomPedigree, 3), ==,
                   LT_GEDCOM_PEDIGREE_FOSTER);

  /* Sources, notes and details are reported, once per kind. */
  g_assert_cmpuint (file->skipped->len, ==, 3);
  g_assert_true (skipped_mentions (file, "SOUR"));
  g_assert_true (skipped_mentions (file, "NOTE"));
}

static void
test_family (void)
{
  g_autoptr (GBytes) bytes = fixture_bytes ("family.ged");
  g_autoptr (GError) error = NULL;
  g_autoptr (LtGedcomFile) file = lt_gedcom_parse (bytes, &error);

  g_assert_no_error (error);
  assert_family_file (file);
}

/* Windows line ends and a byte order mark read the same. */
static void
test_crlf_and_bom (void)
{
  g_autoptr (GBytes) bytes = fixture_bytes ("family.ged");
  g_autoptr (GString) text = g_string_new ("\xef\xbb\xbf");
  g_autoptr (GError) error = NULL;
  g_autoptr (LtGedcomFile) file = NULL;
  g_autoptr (GBytes) converted = NULL;
  gsize       length;
  const char *data = g_bytes_get_data (bytes, &length);

  for (gsize i = 0; i < length; i++)
    if (data[i] == '\n')
      g_string_append (text, "\r\n");
    else
      g_string_append_c (text, data[i]);
  converted = g_bytes_new (text->str, text->len);
  file = lt_gedcom_parse (converted, &error);
  g_assert_no_error (error);
  assert_family_file (file);
}

static void
test_ascii (void)
{
  g_autoptr (GBytes) bytes = fixture_bytes ("ascii.ged");
  g_autoptr (GError) error = NULL;
  g_autoptr (LtGedcomFile) file = lt_gedcom_parse (bytes, &error);
  g_autoptr (LtGedcomFile) not_ascii = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (file->encoding, ==, "ASCII");
  g_assert_cmpuint (file->individuals->len, ==, 2);
  g_assert_cmpint (family (file, "F1")->union_kind, ==, LT_GEDCOM_UNION_PARTNERS);

  not_ascii = parse_text ("0 HEAD\n1 CHAR ASCII\n0 @I1@ INDI\n1 NAME Søren\n0 TRLR\n", &error);
  g_assert_null (not_ascii);
  g_assert_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_ENCODING);
}

static void
test_encodings_refused (void)
{
  g_autoptr (GBytes) ansel = fixture_bytes ("ansel.ged");
  const guint8 utf16[] = { 0xff, 0xfe, '0', 0, ' ', 0, 'H', 0, 'E', 0, 'A', 0, 'D', 0, '\n', 0 };
  g_autoptr (GBytes) utf16_bytes = g_bytes_new (utf16, sizeof utf16);
  g_autoptr (GError) error = NULL;

  g_assert_null (lt_gedcom_parse (ansel, &error));
  g_assert_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "ANSEL"));
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_clear_error (&error);

  g_assert_null (lt_gedcom_parse (utf16_bytes, &error));
  g_assert_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_ENCODING);
  g_clear_error (&error);

  g_assert_null (parse_text ("0 HEAD\n1 CHAR UNICODE\n0 TRLR\n", &error));
  g_assert_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_ENCODING);
  g_clear_error (&error);

  /* Latin-1 bytes in a file that says UTF-8. */
  g_assert_null (parse_text ("0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME S\xf8ren\n0 TRLR\n", &error));
  g_assert_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_ENCODING);
}

static void
test_not_gedcom (void)
{
  const char *const texts[] = { "", "\n\n", "Kære dagbog\nI dag var vi i skoven.\n",
                                "\x89PNG\r\n\x1a\n", "1 HEAD\n0 TRLR\n", "0 INDI\n" };
  g_autofree char  *folder = g_dir_make_tmp ("lt-gedcom-XXXXXX", NULL);
  g_autoptr (GFile) as_file = g_file_new_for_path (folder);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_test_message ("case %u", i);
      g_assert_null (parse_text (texts[i], &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == LT_GEDCOM_ERROR);
      g_clear_error (&error);
    }
  g_assert_null (lt_gedcom_parse_file (as_file, NULL, &error));
  g_assert_error (error, LT_GEDCOM_ERROR, LT_GEDCOM_ERROR_NOT_GEDCOM);
  lt_test_remove_tree (folder);
}

/* A damaged file is read as far as it can be, and the report says where. */
static void
test_broken (void)
{
  g_autoptr (GBytes) bytes = fixture_bytes ("broken.ged");
  g_autoptr (GError) error = NULL;
  g_autoptr (LtGedcomFile) file = lt_gedcom_parse (bytes, &error);
  const LtGedcomFamily *f1, *f2;

  g_assert_no_error (error);
  for (guint i = 0; i < file->skipped->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (file->skipped, i));
  g_assert_cmpuint (file->individuals->len, ==, 2);
  g_assert_cmpstr (lt_gedcom_file_lookup (file, "I1")->name, ==, "Freja Nielsen");
  /* The skipped DATE line took its PLAC with it; the SEX after it stays. */
  g_assert_cmpint (lt_gedcom_file_lookup (file, "I2")->gender, ==, LT_GENDER_FEMALE);
  g_assert_cmpint (lt_gedcom_file_lookup (file, "I2")->birth_year, ==, 0);

  f1 = family (file, "F1");
  g_assert_null (f1->husband);
  g_assert_cmpuint (f1->children->len, ==, 1);
  f2 = family (file, "F2");
  g_assert_cmpuint (f2->children->len, ==, 0);

  g_assert_cmpuint (file->skipped->len, ==, 9);
  g_assert_true (skipped_mentions (file, "Line 6 "));
  g_assert_true (skipped_mentions (file, "Line 9 "));
  g_assert_true (skipped_mentions (file, "I99"));
  g_assert_true (skipped_mentions (file, "X7"));
  g_assert_true (skipped_mentions (file, "I1"));
  g_assert_true (skipped_mentions (file, "_CUSTOM"));
  g_assert_true (skipped_mentions (file, "REPO"));
  g_assert_true (skipped_mentions (file, "TRLR"));
}

static void
test_years (void)
{
  const struct
  {
    const char *date;
    int         year;
  } cases[] = {
    { "12 MAY 1985", 1985 },
    { "ABT 1950", 1950 },
    { "BEF 1900", 1900 },
    { "AFT 1900", 1900 },
    { "CAL 1870", 1870 },
    { "EST 1801", 1801 },
    { "MAY 1985", 1985 },
    { "1985", 1985 },
    { "BET 1950 AND 1960", 1950 },
    { "FROM 1950 TO 1960", 1950 },
    { "@#DJULIAN@ 1700", 1700 },
    { "(in the spring)", 0 },
    { "1985/86", 1985 },
    { "", 0 },
    { NULL, 0 },
    { "12 MAY", 0 },
    { "INT 1990 (omkring)", 1990 },
    { "junk 12345", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (lt_gedcom_parse_year (cases[i].date), ==, cases[i].year);
}

/* A person with thousands of details and a note of thousands of lines are
 * read in linear time (found by fuzzing: every detail searched the whole
 * person again, every CONC copied the whole note so far; a few megabytes
 * took minutes, which ends this test with its time-out). */
static void
test_long_records (void)
{
  g_autoptr (GString) text = g_string_new ("0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Ida\n"
                                           "2 CONC  Marie /Sø\n2 CONC rensen/\n1 BIRT\n2 DATE 12 MAR\n"
                                           "3 CONC  2014\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (LtGedcomFile) file = NULL;
  const LtGedcomIndividual *ida;

  for (guint i = 0; i < 30000; i++)
    g_string_append (text, "1 FAMC @F1@\n2 PEDI foster\n");
  g_string_append (text, "0 @N1@ NOTE Mormor fortalte:\n");
  for (guint i = 0; i < 60000; i++)
    g_string_append (text, "1 CONC  det var en lang sommer, og vi badede hver dag.\n");
  g_string_append (text, "0 TRLR\n");

  file = parse_text (text->str, &error);
  g_assert_no_error (error);
  ida = lt_gedcom_file_lookup (file, "I1");
  g_assert_nonnull (ida);
  g_assert_cmpstr (ida->name, ==, "Ida Marie Sørensen");
  g_assert_cmpint (ida->birth_year, ==, 2014);
}

/* Every cut of a good file, and many damaged copies: a result or an error,
 * never a crash (run under valgrind or ASan to see more). */
static void
test_fuzz (void)
{
  g_autoptr (GBytes) bytes = fixture_bytes ("family.ged");
  gsize       length;
  const char *data = g_bytes_get_data (bytes, &length);
  GRand      *rand = g_rand_new_with_seed (20261123);
  guint       parsed = 0, refused = 0;

  for (gsize cut = 0; cut <= length; cut += 7)
    {
      g_autoptr (GBytes) part = g_bytes_new (data, cut);
      g_autoptr (GError) error = NULL;
      g_autoptr (LtGedcomFile) file = lt_gedcom_parse (part, &error);

      g_assert_true ((file == NULL) != (error == NULL));
      file != NULL ? parsed++ : refused++;
    }
  for (guint round = 0; round < 400; round++)
    {
      g_autofree char *copy = g_memdup2 (data, length);
      g_autoptr (GBytes) damaged = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (LtGedcomFile) file = NULL;

      for (guint flip = 0; flip < 1 + round % 8; flip++)
        copy[g_rand_int_range (rand, 0, (int) length)] = (char) g_rand_int_range (rand, 0, 256);
      damaged = g_bytes_new (copy, length);
      file = lt_gedcom_parse (damaged, &error);
      g_assert_true ((file == NULL) != (error == NULL));
      file != NULL ? parsed++ : refused++;
    }
  g_rand_free (rand);
  g_assert_cmpuint (parsed, >, 0);
  g_assert_cmpuint (refused, >, 0);
}

/* ---- importing --------------------------------------------------------- */

typedef struct
{
  char    *folder;
  LtStore *store;
  LtChild *ida;
  LtChild *mo;
} Fixture;

static LtChild *
add_child (LtStore    *store,
           const char *name,
           const char *preferred,
           const char *birth)
{
  g_autoptr (GError) error = NULL;
  LtChild *child = lt_child_new ();

  lt_child_set_household_id (child, lt_record_get_id (LT_RECORD (lt_store_get_household (store))));
  lt_child_set_name (child, name);
  lt_child_set_preferred_name (child, preferred);
  lt_child_set_birth_date (child, birth);
  g_assert_true (lt_store_add (store, LT_RECORD (child), &error));
  return child;
}

static LtPerson *
add_person (LtStore    *store,
            LtChild    *child,
            const char *name,
            gint64      birth_year)
{
  g_autoptr (GError) error = NULL;
  LtPerson *person = lt_person_new ();

  lt_person_set_child_id (person, lt_record_get_id (LT_RECORD (child)));
  lt_person_set_name (person, name);
  lt_person_set_birth_year (person, birth_year);
  g_assert_true (lt_store_add (store, LT_RECORD (person), &error));
  return person;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("lt-gedcom-XXXXXX", NULL);
  path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  fixture->ida = add_child (fixture->store, "Ida Marie Sørensen", "Ida", "2014-03-12");
  fixture->mo = add_child (fixture->store, "Mohammed Al-Hassan", "Mo", "2010-11-02");
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->ida);
  g_clear_object (&fixture->mo);
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static guint
count (LtStore *store,
       GType    kind,
       LtChild *child)
{
  g_autoptr (GListModel) records = lt_store_list_records (store, kind, lt_record_get_id (LT_RECORD (child)));

  return g_list_model_get_n_items (records);
}

static LtGedcomPlan *
plan_family (Fixture *fixture)
{
  g_autoptr (GBytes) bytes = fixture_bytes ("family.ged");
  g_autoptr (GError) error = NULL;
  LtGedcomFile *file = lt_gedcom_parse (bytes, &error);

  g_assert_no_error (error);
  return lt_gedcom_plan_new (fixture->store, fixture->ida, file);
}

static LtPerson *
person_named (Fixture    *fixture,
              const char *name)
{
  g_autoptr (GListModel) persons = lt_store_list_persons (fixture->store, fixture->ida);

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);

      if (g_str_equal (lt_person_get_name (person), name))
        return person; /* the store's list keeps it alive */
    }
  return NULL;
}

static gboolean
has_relation (Fixture       *fixture,
              gint64         from,
              gint64         to,
              LtRelationKind kind)
{
  g_autoptr (GListModel) relations = lt_store_list_records (fixture->store, LT_TYPE_RELATION,
                                                            lt_record_get_id (LT_RECORD (fixture->ida)));

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr (LtRelation) relation = g_list_model_get_item (relations, i);

      if (lt_relation_get_from_person_id (relation) == from &&
          lt_relation_get_to_person_id (relation) == to && lt_relation_get_kind (relation) == kind)
        return TRUE;
    }
  return FALSE;
}

static void
test_import (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (LtPerson) else_ = add_person (fixture->store, fixture->ida, "else sørensen", 1961);
  g_autoptr (LtGedcomPlan) plan = plan_family (fixture);
  g_autoptr (LtGedcomPlan) again = NULL;
  g_autoptr (GError) error = NULL;
  LtGedcomResult result;
  LtPerson      *camilla, *jens, *nour, *karl, *aase;

  /* Ida is found in the file, and Else is already there. */
  g_assert_cmpstr (plan->child_xref, ==, "I1");
  g_assert_cmpuint (plan->matches->len, ==, 1);
  g_assert_true (((LtGedcomMatch *) g_ptr_array_index (plan->matches, 0))->existing == else_);

  g_assert_true (lt_gedcom_plan_import (plan, fixture->store, fixture->ida, LT_GEDCOM_USE_EXISTING,
                                        &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 11); /* 13 but Ida and Else */
  g_assert_cmpuint (result.reused, ==, 1);
  g_assert_cmpuint (count (fixture->store, LT_TYPE_PERSON, fixture->ida), ==, 12);
  g_assert_cmpuint (count (fixture->store, LT_TYPE_PERSON, fixture->mo), ==, 0);

  camilla = person_named (fixture, "Camilla Sørensen");
  jens = person_named (fixture, "Jens Madsen");
  nour = person_named (fixture, "Nour Østergaard");
  karl = person_named (fixture, "Karl");
  aase = person_named (fixture, "Åse Sørensen");
  g_assert_nonnull (camilla);
  g_assert_cmpint (lt_person_get_role (camilla), ==, LT_PERSON_ROLE_MOTHER);
  g_assert_cmpint (lt_person_get_role (jens), ==, LT_PERSON_ROLE_FATHER);
  g_assert_true (lt_person_get_on_network_map (camilla));
  g_assert_false (lt_person_get_on_network_map (aase)); /* an aunt: the tree, not the map */
  g_assert_cmpint (lt_person_get_birth_year (camilla), ==, 1992);

  /* Ida's parents are tied to her, the child (0); Else to her daughter. */
  g_assert_true (has_relation (fixture, lt_record_get_id (LT_RECORD (camilla)), 0,
                               LT_RELATION_KIND_PARENT));
  g_assert_true (has_relation (fixture, lt_record_get_id (LT_RECORD (jens)),
                               lt_record_get_id (LT_RECORD (camilla)), LT_RELATION_KIND_DIVORCED));
  g_assert_true (has_relation (fixture, lt_record_get_id (LT_RECORD (else_)),
                               lt_record_get_id (LT_RECORD (camilla)), LT_RELATION_KIND_PARENT));
  g_assert_true (has_relation (fixture, lt_record_get_id (LT_RECORD (aase)),
                               lt_record_get_id (LT_RECORD (nour)),
                               LT_RELATION_KIND_ADOPTIVE_PARENT));
  g_assert_true (has_relation (fixture, lt_record_get_id (LT_RECORD (aase)),
                               lt_record_get_id (LT_RECORD (karl)), LT_RELATION_KIND_FOSTER_PARENT));
  g_assert_cmpuint (result.relations, ==, count (fixture->store, LT_TYPE_RELATION, fixture->ida));

  /* The same file again: everyone is there already; nothing doubles. */
  again = plan_family (fixture);
  g_assert_cmpuint (again->matches->len, ==, 12);
  g_assert_true (lt_gedcom_plan_import (again, fixture->store, fixture->ida,
                                        LT_GEDCOM_USE_EXISTING, &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.relations, ==, 0);
  g_assert_cmpuint (count (fixture->store, LT_TYPE_PERSON, fixture->ida), ==, 12);
}

static void
test_import_add_again (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (LtPerson) else_ = add_person (fixture->store, fixture->ida, "Else Sørensen", 0);
  g_autoptr (LtGedcomPlan) plan = plan_family (fixture);
  g_autoptr (GError) error = NULL;
  LtGedcomResult result;

  g_assert_true (lt_gedcom_plan_import (plan, fixture->store, fixture->ida, LT_GEDCOM_ADD_AGAIN,
                                        &result, &error));
  g_assert_cmpuint (result.added, ==, 12);
  g_assert_cmpuint (result.reused, ==, 0);
  g_assert_cmpuint (count (fixture->store, LT_TYPE_PERSON, fixture->ida), ==, 13);
}

/* A failure half-way leaves nothing behind: here the plan says an existing
 * person is Mo's mother, whom no relation of Ida's may name. */
static void
test_import_all_or_nothing (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (LtPerson) rania = add_person (fixture->store, fixture->mo, "Else Sørensen", 1961);
  g_autoptr (LtGedcomPlan) plan = plan_family (fixture);
  g_autoptr (GError) error = NULL;
  LtGedcomMatch *wrong = g_new0 (LtGedcomMatch, 1);

  wrong->individual = lt_gedcom_file_lookup (plan->file, "I4");
  wrong->existing = g_object_ref (rania);
  g_ptr_array_add (plan->matches, wrong);

  g_assert_false (lt_gedcom_plan_import (plan, fixture->store, fixture->ida,
                                         LT_GEDCOM_USE_EXISTING, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Nothing was imported"));
  g_assert_cmpuint (count (fixture->store, LT_TYPE_PERSON, fixture->ida), ==, 0);
  g_assert_cmpuint (count (fixture->store, LT_TYPE_RELATION, fixture->ida), ==, 0);
}

/* Without Ida in the file, nothing is tied to the child. */
static void
test_import_without_child (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr (GBytes) bytes = fixture_bytes ("ascii.ged");
  g_autoptr (GError) error = NULL;
  g_autoptr (LtGedcomPlan) plan =
      lt_gedcom_plan_new (fixture->store, fixture->ida, lt_gedcom_parse (bytes, &error));
  LtGedcomResult result;

  g_assert_null (plan->child_xref);
  g_assert_true (lt_gedcom_plan_import (plan, fixture->store, fixture->ida, LT_GEDCOM_USE_EXISTING,
                                        &result, &error));
  g_assert_cmpuint (result.added, ==, 2);
  g_assert_cmpuint (result.relations, ==, 1);
  g_assert_false (lt_person_get_on_network_map (person_named (fixture, "John Smith")));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gedcom/family", test_family);
  g_test_add_func ("/gedcom/crlf-and-bom", test_crlf_and_bom);
  g_test_add_func ("/gedcom/ascii", test_ascii);
  g_test_add_func ("/gedcom/encodings-refused", test_encodings_refused);
  g_test_add_func ("/gedcom/not-gedcom", test_not_gedcom);
  g_test_add_func ("/gedcom/broken", test_broken);
  g_test_add_func ("/gedcom/years", test_years);
  g_test_add_func ("/gedcom/long-records", test_long_records);
  g_test_add_func ("/gedcom/fuzz", test_fuzz);
  g_test_add ("/gedcom/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/gedcom/import-add-again", Fixture, NULL, fixture_set_up, test_import_add_again,
              fixture_tear_down);
  g_test_add ("/gedcom/import-all-or-nothing", Fixture, NULL, fixture_set_up,
              test_import_all_or_nothing, fixture_tear_down);
  g_test_add ("/gedcom/import-without-child", Fixture, NULL, fixture_set_up,
              test_import_without_child, fixture_tear_down);
  return g_test_run ();
}
