/* bench-household-gen.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Makes a large fictional household database for the benchmarks.
 *
 * The household is far bigger than any real one, so that slow paths show:
 * every row goes in through lt_store_add(), as a person's would, with
 * Danish names, towns and institutions, and whole or partial dates.  A
 * fixed seed makes every run build the same household.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "bench-household-gen.h"
#include "lt-date.h"

#define BENCH_SEED 20240611

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

typedef struct
{
  const char *name;
  int         postcode;
} Town;

static const char *const girl_names[] = {
  "Ida", "Freja", "Sofie", "Clara", "Asta", "Ellen", "Maja", "Karla", "Alma", "Agnes",
  "Emma", "Lærke", "Bodil", "Åse", "Kirstine", "Mette", "Birthe", "Signe", "Sørine", "Gry",
  "Solveig", "Ingrid", "Dagmar", "Tove", "Sølvi"
};

static const char *const boy_names[] = {
  "Mikkel", "Søren", "Jørgen", "Bjørn", "Anders", "Frederik", "Magnus", "Oskar", "Villads",
  "Thøger", "Ejnar", "Malthe", "Noah", "William", "Aksel", "Gunnar", "Jens", "Niels", "Bøje",
  "Åge", "Jørn", "Kåre", "Øjvind", "Mads"
};

static const char *const surnames[] = {
  "Sørensen", "Jørgensen", "Møller", "Østergaard", "Kjærgaard", "Bæk", "Thøgersen", "Ørum",
  "Ålund", "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
  "Rasmussen", "Mørch", "Brøndum", "Højgaard", "Skovbæk", "Dalsgaard", "Lauritsen", "Krøyer",
  "Sæbye", "Nørgaard", "Søgaard", "Kragh", "Bøgh", "Fæster"
};

static const Town towns[] = {
  { "Aalborg", 9000 },
  { "Nørresundby", 9400 },
  { "Brønderslev", 9700 },
  { "Hjørring", 9800 },
  { "Frederikshavn", 9900 },
  { "Sæby", 9300 },
  { "Løgstør", 9670 },
  { "Randers", 8900 },
  { "Åbyhøj", 8230 },
  { "Højbjerg", 8270 },
  { "Skærbæk", 6780 },
  { "Tønder", 6270 },
  { "Næstved", 4700 },
  { "Køge", 4600 },
  { "Præstø", 4720 },
  { "Ærøskøbing", 5970 },
  { "Rødby", 4970 },
  { "Søborg", 2860 },
  { "Hørsholm", 2970 },
  { "Ølstykke", 3650 },
  { "Græsted", 3230 },
  { "Vordingborg", 4760 },
};

static const char *const streets[] = {
  "Vestergade", "Østergade", "Søndergade", "Nørregade", "Skolevej", "Kirkevej", "Møllevej",
  "Bøgevej", "Åvej", "Engtoften", "Kærvej", "Lærkevej", "Rønnebærvej", "Strandstræde"
};

static const char *const home_names[] = {
  "Lærkereden", "Solsikken", "Egebo", "Bøgely", "Fyrreborg", "Skovgården", "Åbrinken",
  "Højvang", "Kærsgården", "Søhuset"
};

static const char *const day_care_names[] = {
  "Mariehønen", "Myretuen", "Solstrålen", "Troldehøjen", "Æblehaven", "Bøgebakken",
  "Regnbuen", "Spirehuset", "Kløverløkken", "Pusterummet"
};

static const char *const move_reasons[] = {
  "Mor blev syg, og der var ingen til at passe mig.",
  "Plejefamilien skulle flytte til Sjælland.",
  "Jeg ville gerne bo tættere på mormor.",
  "Der var for mange konflikter i huset.",
  "Kommunen fandt en familie, der kunne have mig i længere tid.",
  "Jeg ville gerne prøve at bo i en familie igen.",
  "Far fik en ny lejlighed med plads til mig.",
  "Akutpladsen var kun for nogle måneder."
};

static const char *const person_notes[] = {
  "Samvær hver anden weekend, støttet.",
  "Ringer om søndagen.",
  "Sender kort til fødselsdage og jul.",
  "Ses i sommerferien.",
  "Overvåget samvær en gang om måneden.",
  "Bedste ven fra klassen.",
  "Håndbold tirsdag og torsdag.",
  "Sagsbehandler i kommunen; skift i 2021."
};

static const LtPlacementKind later_placement_kinds[] = {
  LT_PLACEMENT_KIND_FOSTER_FAMILY, LT_PLACEMENT_KIND_FOSTER_FAMILY,
  LT_PLACEMENT_KIND_FOSTER_FAMILY, LT_PLACEMENT_KIND_KINSHIP_CARE,
  LT_PLACEMENT_KIND_RESIDENTIAL_HOME, LT_PLACEMENT_KIND_EMERGENCY,
  LT_PLACEMENT_KIND_BIRTH_FAMILY, LT_PLACEMENT_KIND_OWN_HOME,
  LT_PLACEMENT_KIND_OTHER
};

static const LtPersonRole person_roles[] = {
  LT_PERSON_ROLE_MOTHER, LT_PERSON_ROLE_FATHER, LT_PERSON_ROLE_SIBLING,
  LT_PERSON_ROLE_HALF_SIBLING, LT_PERSON_ROLE_GRANDPARENT, LT_PERSON_ROLE_GRANDPARENT,
  LT_PERSON_ROLE_RELATIVE, LT_PERSON_ROLE_RELATIVE, LT_PERSON_ROLE_FOSTER_PARENT,
  LT_PERSON_ROLE_FRIEND, LT_PERSON_ROLE_FRIEND, LT_PERSON_ROLE_FRIEND,
  LT_PERSON_ROLE_TEACHER, LT_PERSON_ROLE_EDUCATOR, LT_PERSON_ROLE_CONTACT_EDUCATOR,
  LT_PERSON_ROLE_CASEWORKER, LT_PERSON_ROLE_COACH, LT_PERSON_ROLE_OTHER
};

/* ---- helpers --------------------------------------------------------- */

static gboolean
chance (GRand *rand,
        int    percent)
{
  return g_rand_int_range (rand, 0, 100) < percent;
}

static gboolean
is_girl (GRand *rand)
{
  return g_rand_boolean (rand);
}

static const char *
pick_first_name (GRand   *rand,
                 gboolean girl)
{
  return girl ? PICK (rand, girl_names) : PICK (rand, boy_names);
}

/* Mostly whole dates; a fifth or so only to the month or the year, the
 * way a child's history is often remembered. */
static LtDatePrecision
pick_precision (GRand *rand)
{
  int roll = g_rand_int_range (rand, 0, 100);

  if (roll < 75)
    return LT_DATE_DAY;
  if (roll < 92)
    return LT_DATE_MONTH;
  return LT_DATE_YEAR;
}

static char *
format_day (guint32         julian,
            LtDatePrecision precision)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, julian);
  switch (precision)
    {
    case LT_DATE_YEAR:
      return g_strdup_printf ("%04d", g_date_get_year (&day));
    case LT_DATE_MONTH:
      return g_strdup_printf ("%04d-%02d", g_date_get_year (&day), g_date_get_month (&day));
    case LT_DATE_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&day), g_date_get_month (&day),
                              g_date_get_day (&day));
    case LT_DATE_INVALID:
    default:
      g_assert_not_reached ();
    }
}

/* Dates of a period from @first to @last (0: still going on).  Partial
 * dates compare as text, so an end cut short could sort before its start
 * ("2016-05" < "2016-05-12"); such an end is written whole instead, which
 * never sorts before any start of an earlier or equal day. */
static void
format_period (GRand  *rand,
               guint32 first,
               guint32 last,
               char  **start,
               char  **end)
{
  g_assert (last == 0 || last >= first);

  /* Now and then nobody remembers when it began. */
  *start = chance (rand, 1) ? NULL : format_day (first, pick_precision (rand));
  *end = last != 0 ? format_day (last, pick_precision (rand)) : NULL;
  if (*start != NULL && *end != NULL && strcmp (*end, *start) < 0)
    {
      g_free (*end);
      *end = format_day (last, LT_DATE_DAY);
    }
}

static int
year_of (guint32 julian)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, julian);
  return g_date_get_year (&day);
}

/* Spreads @n_rows over @n_owners at random, so that one owner has the most. */
static guint *
spread_rows (GRand *rand,
             guint  n_rows,
             guint  n_owners)
{
  guint *counts = g_new0 (guint, n_owners);

  for (guint i = 0; i < n_rows; i++)
    counts[g_rand_int_range (rand, 0, n_owners)]++;
  return counts;
}

static gboolean
add_owned (LtStore *store,
           LtChild *child,
           gpointer record,
           GError **error)
{
  g_autoptr (LtRecord) owned = record;

  lt_record_set_owner_id (owned, lt_record_get_id (LT_RECORD (child)));
  return lt_store_add (store, owned, error);
}

/* ---- records --------------------------------------------------------- */

static char *
describe_place (GRand          *rand,
                LtPlacementKind kind)
{
  const char *town = PICK (rand, towns).name;

  switch (kind)
    {
    case LT_PLACEMENT_KIND_BIRTH_FAMILY:
      return g_strdup_printf ("%s i %s", chance (rand, 60) ? "Hos mor" : "Hos mor og far", town);
    case LT_PLACEMENT_KIND_KINSHIP_CARE:
      return g_strdup_printf ("Hos %s %s i %s", chance (rand, 50) ? "mormor" : "faster",
                              pick_first_name (rand, TRUE), town);
    case LT_PLACEMENT_KIND_FOSTER_FAMILY:
      return g_strdup_printf ("Familien %s, %s", PICK (rand, surnames), town);
    case LT_PLACEMENT_KIND_RESIDENTIAL_HOME:
      return g_strdup_printf ("Børnehjemmet %s, %s", PICK (rand, home_names), town);
    case LT_PLACEMENT_KIND_EMERGENCY:
      return g_strdup_printf ("Akutfamilien %s, %s", PICK (rand, surnames), town);
    case LT_PLACEMENT_KIND_OWN_HOME:
      return g_strdup_printf ("Egen lejlighed på %s, %s", PICK (rand, streets), town);
    case LT_PLACEMENT_KIND_OTHER:
    default:
      return g_strdup_printf ("Efterskolen i %s", town);
    }
}

static gboolean
add_placements (LtStore *store,
                GRand   *rand,
                LtChild *child,
                guint32  born,
                guint32  horizon,
                guint    n_rows,
                GError **error)
{
  guint32 span = horizon - born;

  /* One stretch after another from birth on; the last goes on today. */
  for (guint i = 0; i < n_rows; i++)
    {
      guint32          first = born + (guint32) ((guint64) span * i / n_rows);
      guint32          last = born + (guint32) ((guint64) span * (i + 1) / n_rows);
      LtPlacementKind  kind = i == 0 ? LT_PLACEMENT_KIND_BIRTH_FAMILY
                                     : PICK (rand, later_placement_kinds);
      gboolean         ongoing = i + 1 == n_rows;
      g_autofree char *place = describe_place (rand, kind);
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      const char      *reason = !ongoing && chance (rand, 30) ? PICK (rand, move_reasons) : NULL;

      format_period (rand, first, ongoing ? 0 : last, &start, &end);
      if (!add_owned (store, child,
                      g_object_new (LT_TYPE_PLACEMENT, "place", place, "kind", kind,
                                    "start-date", start, "end-date", end, "move-reason", reason,
                                    NULL),
                      error))
        return FALSE;
    }
  return TRUE;
}

static LtSchoolKind
school_kind_for_age (GRand *rand,
                     int    age)
{
  if (age < 3)
    return LT_SCHOOL_KIND_NURSERY;
  if (age < 6)
    return LT_SCHOOL_KIND_KINDERGARTEN;
  if (age < 14)
    return chance (rand, 15) ? LT_SCHOOL_KIND_SPECIAL_SCHOOL : LT_SCHOOL_KIND_SCHOOL;
  if (age < 16)
    return chance (rand, 30) ? LT_SCHOOL_KIND_BOARDING_SCHOOL : LT_SCHOOL_KIND_SCHOOL;
  return chance (rand, 10) ? LT_SCHOOL_KIND_OTHER : LT_SCHOOL_KIND_YOUTH_EDUCATION;
}

static char *
describe_institution (GRand       *rand,
                      LtSchoolKind kind)
{
  const char *town = PICK (rand, towns).name;

  switch (kind)
    {
    case LT_SCHOOL_KIND_NURSERY:
      if (chance (rand, 30))
        return g_strdup_printf ("Dagplejer %s, %s", pick_first_name (rand, TRUE), town);
      return g_strdup_printf ("Vuggestuen %s", PICK (rand, day_care_names));
    case LT_SCHOOL_KIND_KINDERGARTEN:
      return g_strdup_printf ("Børnehaven %s", PICK (rand, day_care_names));
    case LT_SCHOOL_KIND_SCHOOL:
      return g_strdup_printf ("%s Skole", town);
    case LT_SCHOOL_KIND_SPECIAL_SCHOOL:
      return g_strdup_printf ("Specialskolen %s", PICK (rand, home_names));
    case LT_SCHOOL_KIND_BOARDING_SCHOOL:
      return g_strdup_printf ("%s Efterskole", town);
    case LT_SCHOOL_KIND_YOUTH_EDUCATION:
      return g_strdup_printf (chance (rand, 50) ? "%s Gymnasium" : "Erhvervsskolen %s", town);
    case LT_SCHOOL_KIND_OTHER:
    default:
      return g_strdup_printf ("Ungdomsskolen i %s", town);
    }
}

static gboolean
add_school_periods (LtStore *store,
                    GRand   *rand,
                    LtChild *child,
                    guint32  born,
                    guint32  horizon,
                    guint    n_rows,
                    GError **error)
{
  /* Day care begins around the first birthday. */
  guint32 begins = MIN (born + 365, horizon);
  guint32 span = horizon - begins;

  for (guint i = 0; i < n_rows; i++)
    {
      guint32          first = begins + (guint32) ((guint64) span * i / n_rows);
      guint32          last = begins + (guint32) ((guint64) span * (i + 1) / n_rows);
      LtSchoolKind     kind = school_kind_for_age (rand, (int) ((first - born) / 365));
      gboolean         ongoing = i + 1 == n_rows;
      g_autofree char *institution = describe_institution (rand, kind);
      g_autofree char *class_name = NULL;
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;

      if (kind == LT_SCHOOL_KIND_SCHOOL || kind == LT_SCHOOL_KIND_BOARDING_SCHOOL)
        class_name = g_strdup_printf ("%d.%c", CLAMP ((int) ((first - born) / 365) - 6, 0, 10),
                                      'A' + g_rand_int_range (rand, 0, 4));
      format_period (rand, first, ongoing ? 0 : last, &start, &end);
      if (!add_owned (store, child,
                      g_object_new (LT_TYPE_SCHOOL_PERIOD, "institution", institution,
                                    "kind", kind, "class-name", class_name, "start-date", start,
                                    "end-date", end, NULL),
                      error))
        return FALSE;
    }
  return TRUE;
}

static LtCircle
circle_for_role (GRand       *rand,
                 LtPersonRole role)
{
  switch (role)
    {
    case LT_PERSON_ROLE_MOTHER:
    case LT_PERSON_ROLE_FATHER:
    case LT_PERSON_ROLE_SIBLING:
    case LT_PERSON_ROLE_HALF_SIBLING:
    case LT_PERSON_ROLE_GRANDPARENT:
    case LT_PERSON_ROLE_RELATIVE:
    case LT_PERSON_ROLE_FOSTER_PARENT:
      return LT_CIRCLE_FAMILY;
    case LT_PERSON_ROLE_FRIEND:
      return LT_CIRCLE_FRIENDS;
    case LT_PERSON_ROLE_TEACHER:
    case LT_PERSON_ROLE_EDUCATOR:
    case LT_PERSON_ROLE_COACH:
      return LT_CIRCLE_SCHOOL_LEISURE;
    case LT_PERSON_ROLE_CONTACT_EDUCATOR:
    case LT_PERSON_ROLE_CASEWORKER:
      return LT_CIRCLE_PROFESSIONALS;
    case LT_PERSON_ROLE_OTHER:
    default:
      return (LtCircle) g_rand_int_range (rand, LT_CIRCLE_FAMILY, LT_CIRCLE_PROFESSIONALS + 1);
    }
}

static gboolean
is_female (GRand       *rand,
           LtPersonRole role)
{
  if (role == LT_PERSON_ROLE_MOTHER)
    return TRUE;
  if (role == LT_PERSON_ROLE_FATHER)
    return FALSE;
  return is_girl (rand);
}

/* A function, not MIN (): the year is random and must be drawn once. */
static gint64
not_after (gint64 year,
           gint64 limit)
{
  return MIN (year, limit);
}

/* A year of birth that fits the role, or 0 when a person would not know it. */
static gint64
birth_year_for_role (GRand       *rand,
                     LtPersonRole role,
                     int          child_born,
                     int          this_year)
{
  switch (role)
    {
    case LT_PERSON_ROLE_MOTHER:
    case LT_PERSON_ROLE_FATHER:
    case LT_PERSON_ROLE_FOSTER_PARENT:
      return child_born - g_rand_int_range (rand, 18, 45);
    case LT_PERSON_ROLE_GRANDPARENT:
      return child_born - g_rand_int_range (rand, 40, 75);
    case LT_PERSON_ROLE_RELATIVE:
      return not_after (child_born - g_rand_int_range (rand, -10, 50), this_year);
    case LT_PERSON_ROLE_SIBLING:
    case LT_PERSON_ROLE_HALF_SIBLING:
    case LT_PERSON_ROLE_FRIEND:
      return not_after (child_born + g_rand_int_range (rand, -6, 7), this_year);
    case LT_PERSON_ROLE_TEACHER:
    case LT_PERSON_ROLE_EDUCATOR:
    case LT_PERSON_ROLE_CONTACT_EDUCATOR:
    case LT_PERSON_ROLE_CASEWORKER:
    case LT_PERSON_ROLE_COACH:
    case LT_PERSON_ROLE_OTHER:
    default:
      return chance (rand, 20) ? this_year - g_rand_int_range (rand, 25, 65) : 0;
    }
}

static gboolean
add_persons (LtStore    *store,
             GRand      *rand,
             LtChild    *child,
             const char *family_name,
             int         child_born,
             int         this_year,
             guint       n_rows,
             GError    **error)
{
  for (guint i = 0; i < n_rows; i++)
    {
      LtPersonRole     role = PICK (rand, person_roles);
      gboolean         girl = is_female (rand, role);
      LtCircle         circle = circle_for_role (rand, role);
      gboolean         family = circle == LT_CIRCLE_FAMILY;
      const char      *surname = family && chance (rand, 60) ? family_name : PICK (rand, surnames);
      g_autofree char *name = g_strdup_printf ("%s %s", pick_first_name (rand, girl), surname);
      gint64           birth_year = birth_year_for_role (rand, role, child_born, this_year);
      gint64           death_year = 0;
      g_autofree char *phone = NULL;
      g_autofree char *email = NULL;
      g_autofree char *address = NULL;
      const char      *notes = chance (rand, 25) ? PICK (rand, person_notes) : NULL;

      if (role == LT_PERSON_ROLE_GRANDPARENT && chance (rand, 15))
        death_year = not_after (birth_year + g_rand_int_range (rand, 50, 90), this_year);
      if (chance (rand, 40))
        phone = g_strdup_printf ("%02d %02d %02d %02d", g_rand_int_range (rand, 20, 100),
                                 g_rand_int_range (rand, 0, 100), g_rand_int_range (rand, 0, 100),
                                 g_rand_int_range (rand, 0, 100));
      if (chance (rand, 20))
        {
          g_autofree char *ascii = g_str_to_ascii (name, "C");
          g_autofree char *lower = g_ascii_strdown (g_strdelimit (ascii, " ", '.'), -1);

          email = g_strdup_printf ("%s@example.dk", lower);
        }
      if (chance (rand, 30))
        {
          const Town *town = &towns[g_rand_int_range (rand, 0, G_N_ELEMENTS (towns))];

          address = g_strdup_printf ("%s %d, %d %s", PICK (rand, streets),
                                     g_rand_int_range (rand, 1, 120), town->postcode, town->name);
        }

      if (!add_owned (store, child,
                      g_object_new (LT_TYPE_PERSON, "name", name, "role", role,
                                    "circle", circle,
                                    "closeness", (gint64) g_rand_int_range (rand, 1, 4),
                                    "gender", girl ? LT_GENDER_FEMALE : LT_GENDER_MALE,
                                    "birth-year", birth_year, "death-year", death_year,
                                    "phone", phone, "email", email, "address", address,
                                    "notes", notes, NULL),
                      error))
        return FALSE;
    }
  return TRUE;
}

static LtPronoun
pick_pronoun (GRand   *rand,
              gboolean girl)
{
  int roll = g_rand_int_range (rand, 0, 100);

  if (roll < 5)
    return LT_PRONOUN_THEY;
  if (roll < 10)
    return LT_PRONOUN_UNSPECIFIED;
  return girl ? LT_PRONOUN_SHE : LT_PRONOUN_HE;
}

static gboolean
fill_household (LtStore                  *store,
                GRand                    *rand,
                const BenchHouseholdSize *size,
                GError                  **error)
{
  g_autoptr (LtRecord) household = lt_record_copy (LT_RECORD (lt_store_get_household (store)));
  g_autofree guint *placements = spread_rows (rand, size->n_placements, size->n_children);
  g_autofree guint *school_periods = spread_rows (rand, size->n_school_periods, size->n_children);
  g_autofree guint *persons = spread_rows (rand, size->n_persons, size->n_children);
  gint64            household_id = lt_record_get_id (household);
  GDate             today;
  guint32           oldest, youngest, horizon;

  lt_date_today (&today);
  /* Children aged 2 to 18; planned moves reach a year ahead. */
  youngest = g_date_get_julian (&today) - 2 * 365;
  oldest = g_date_get_julian (&today) - 18 * 365;
  horizon = g_date_get_julian (&today) + 365;

  lt_household_set_name (LT_HOUSEHOLD (household), "Familien Kjærgaard (benchmark)");
  lt_household_set_kind (LT_HOUSEHOLD (household), LT_HOUSEHOLD_KIND_FOSTER_FAMILY);
  if (!lt_store_save (store, household, error))
    return FALSE;

  for (guint i = 0; i < size->n_children; i++)
    {
      g_autoptr (LtChild) child = lt_child_new ();
      gboolean         girl = is_girl (rand);
      const char      *first = pick_first_name (rand, girl);
      const char      *middle = chance (rand, 30) ? pick_first_name (rand, girl) : NULL;
      g_autofree char *family_name = chance (rand, 20)
                                         ? g_strdup_printf ("%s %s", PICK (rand, surnames),
                                                            PICK (rand, surnames))
                                         : g_strdup (PICK (rand, surnames));
      g_autofree char *name = middle != NULL
                                  ? g_strdup_printf ("%s %s %s", first, middle, family_name)
                                  : g_strdup_printf ("%s %s", first, family_name);
      guint32          born = (guint32) g_rand_int_range (rand, oldest, youngest + 1);
      LtDatePrecision  birth_precision = chance (rand, 90) ? LT_DATE_DAY : LT_DATE_MONTH;
      g_autofree char *birth_date = format_day (born, birth_precision);

      lt_child_set_household_id (child, household_id);
      lt_child_set_name (child, name);
      lt_child_set_preferred_name (child, middle != NULL && chance (rand, 50) ? first : NULL);
      lt_child_set_birth_date (child, birth_date);
      lt_child_set_pronoun (child, pick_pronoun (rand, girl));
      if (chance (rand, 30))
        lt_child_set_notes (child, "Kan bedst lide at tale om tiden hos mormor.");
      if (!lt_store_add (store, LT_RECORD (child), error) ||
          !add_placements (store, rand, child, born, horizon, placements[i], error) ||
          !add_school_periods (store, rand, child, born, horizon, school_periods[i], error) ||
          !add_persons (store, rand, child, family_name, year_of (born),
                        g_date_get_year (&today), persons[i], error))
        return FALSE;
    }
  return TRUE;
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

/* ---- public API ------------------------------------------------------ */

/* Splits @n_history evenly between placements and school periods. */
void
bench_household_size_init (BenchHouseholdSize *size,
                           guint               n_children,
                           guint               n_persons,
                           guint               n_history)
{
  g_return_if_fail (size != NULL);

  size->n_children = n_children;
  size->n_persons = n_persons;
  size->n_placements = n_history - n_history / 2;
  size->n_school_periods = n_history / 2;
}

/**
 * bench_household_generate:
 * @path: where the new database goes; must not exist
 * @size: how much to make; at least one child
 *
 * Makes a new household at @path in one transaction.  On failure nothing
 * is left at @path.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
bench_household_generate (const char               *path,
                          const BenchHouseholdSize *size,
                          GError                  **error)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (BENCH_SEED);
  g_autoptr (LtStore) store = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (size != NULL && size->n_children > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   "“%s” already exists; the generator only makes new households.", path);
      return FALSE;
    }

  store = lt_store_open (path, error);
  if (store == NULL)
    {
      remove_database (path);
      return FALSE;
    }

  if (!lt_store_begin (store, error))
    goto failed;
  if (!fill_household (store, rand, size, error))
    {
      lt_store_rollback (store);
      goto failed;
    }
  if (!lt_store_commit (store, error))
    goto failed;
  return TRUE;

failed:
  g_clear_object (&store);
  remove_database (path);
  return FALSE;
}
