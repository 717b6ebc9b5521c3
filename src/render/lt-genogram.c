/* lt-genogram.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The data a genogram draws, gathered from a child's people and relations.
 *
 * Who is drawn: the child; everyone tied to someone by a relation; and the
 * child's mother, father, siblings and foster parents even before anyone
 * has drawn their ties, through the tie their role implies.  Friends and
 * professionals belong on the network map, not in the family tree.
 *
 * The child is drawn once, however the ties go: a person record that is
 * the child again stands for the child, and a tie entered twice is one.
 * People not known are placeholders named "Unknown"; the child's homes
 * (placements) come along with their dates, to be written under the child.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "lt-date.h"
#include "lt-genogram.h"

gboolean
lt_relation_kind_is_parent (LtRelationKind kind)
{
  return kind == LT_RELATION_KIND_PARENT || kind == LT_RELATION_KIND_ADOPTIVE_PARENT ||
         kind == LT_RELATION_KIND_FOSTER_PARENT || kind == LT_RELATION_KIND_STEP_PARENT;
}

gboolean
lt_relation_kind_is_partner (LtRelationKind kind)
{
  return kind == LT_RELATION_KIND_MARRIED || kind == LT_RELATION_KIND_COHABITING ||
         kind == LT_RELATION_KIND_SEPARATED || kind == LT_RELATION_KIND_DIVORCED;
}

gboolean
lt_relation_kind_is_sibling (LtRelationKind kind)
{
  return kind == LT_RELATION_KIND_SIBLING || kind == LT_RELATION_KIND_HALF_SIBLING ||
         kind == LT_RELATION_KIND_STEP_SIBLING || kind == LT_RELATION_KIND_TWIN;
}

static void
person_free (gpointer data)
{
  LtGenogramPerson *person = data;

  g_free (person->name);
  g_free (person->years);
  g_free (person);
}

LtGenogram *
lt_genogram_new (void)
{
  LtGenogram *genogram = g_new0 (LtGenogram, 1);

  genogram->persons = g_ptr_array_new_with_free_func (person_free);
  genogram->ties = g_array_new (FALSE, TRUE, sizeof (LtGenogramTie));
  genogram->placements = g_ptr_array_new_with_free_func (g_free);
  return genogram;
}

void
lt_genogram_free (LtGenogram *genogram)
{
  if (genogram == NULL)
    return;
  g_ptr_array_unref (genogram->persons);
  g_array_unref (genogram->ties);
  g_ptr_array_unref (genogram->placements);
  g_free (genogram);
}

static char *
format_years (int      birth_year,
              int      death_year,
              gboolean deceased)
{
  if (birth_year != 0 && death_year != 0)
    return g_strdup_printf ("%d–%d", birth_year, death_year);
  if (death_year != 0)
    /* TRANSLATORS: a year of death in the genogram, "d." for died */
    return g_strdup_printf (_ ("d. %d"), death_year);
  if (birth_year != 0 && !deceased)
    /* TRANSLATORS: a year of birth in the genogram, "b." for born */
    return g_strdup_printf (_ ("b. %d"), birth_year);
  if (birth_year != 0)
    return g_strdup_printf ("%d–?", birth_year);
  return NULL;
}

/* Returns: the index of the new person */
guint
lt_genogram_add_person (LtGenogram *genogram,
                        gint64      person_id,
                        const char *name,
                        LtGender    gender,
                        int         birth_year,
                        int         death_year,
                        gboolean    deceased)
{
  LtGenogramPerson *person = g_new0 (LtGenogramPerson, 1);

  person->person_id = person_id;
  person->name = g_strdup (name);
  person->gender = gender;
  person->birth_year = birth_year;
  person->deceased = deceased || death_year != 0;
  person->years = format_years (birth_year, death_year, person->deceased);
  g_ptr_array_add (genogram->persons, person);
  return genogram->persons->len - 1;
}

void
lt_genogram_add_tie (LtGenogram    *genogram,
                     guint          from,
                     guint          to,
                     LtRelationKind kind,
                     LtEmotion      emotion)
{
  LtGenogramTie tie = { from, to, kind, emotion, 0 };

  g_return_if_fail (from < genogram->persons->len && to < genogram->persons->len && from != to);
  g_array_append_val (genogram->ties, tie);
}

/* A date as short as the genogram needs it: "3.5.2021", "5.2021", "2021". */
static char *
format_short_date (const char *iso)
{
  GDate day;

  switch (lt_date_parse_iso (iso, &day))
    {
    case LT_DATE_DAY:
      return g_strdup_printf ("%d.%d.%d", g_date_get_day (&day), g_date_get_month (&day),
                              g_date_get_year (&day));
    case LT_DATE_MONTH:
      return g_strdup_printf ("%d.%d", g_date_get_month (&day), g_date_get_year (&day));
    case LT_DATE_YEAR:
      return g_strdup_printf ("%d", g_date_get_year (&day));
    case LT_DATE_INVALID:
    default:
      return NULL;
    }
}

/**
 * lt_genogram_add_placement:
 * @place: where the child lived, as the child says it
 * @start_date: (nullable): ISO date, whole or partial
 * @end_date: (nullable): ISO date, or %NULL while the child lives there
 *
 * Adds one of the child's homes, written beside the child as
 * "Familien Kjærgaard · 25.6.2021–".
 */
void
lt_genogram_add_placement (LtGenogram *genogram,
                           const char *place,
                           const char *start_date,
                           const char *end_date)
{
  g_autofree char *start = format_short_date (start_date);
  g_autofree char *end = format_short_date (end_date);

  g_return_if_fail (genogram != NULL && place != NULL);

  /* TRANSLATORS: one of the child's homes in the genogram: the place, then
   * the dates it began and ended ("Plejefamilie · 3.5.2021–1.8.2023"); the
   * end is empty while the child lives there */
  g_ptr_array_add (genogram->placements,
                   g_strdup_printf (_ ("%s · %s–%s"), place, start != NULL ? start : "?",
                                    end != NULL ? end : ""));
}

/* Returns: the index of the person with @person_id, or -1 */
int
lt_genogram_find_person (const LtGenogram *genogram,
                         gint64            person_id)
{
  for (guint i = 0; i < genogram->persons->len; i++)
    if (((LtGenogramPerson *) g_ptr_array_index (genogram->persons, i))->person_id == person_id)
      return (int) i;
  return -1;
}

static LtGender
gender_of_child (LtChild *child)
{
  switch (lt_child_get_pronoun (child))
    {
    case LT_PRONOUN_SHE:
      return LT_GENDER_FEMALE;
    case LT_PRONOUN_HE:
      return LT_GENDER_MALE;
    case LT_PRONOUN_THEY:
      return LT_GENDER_OTHER;
    case LT_PRONOUN_UNSPECIFIED:
    default:
      return LT_GENDER_UNKNOWN;
    }
}

static int
child_birth_year (LtChild *child)
{
  const char *date = lt_child_get_birth_date (child);

  return date != NULL ? (int) g_ascii_strtoll (date, NULL, 10) : 0;
}

/* The tie a family role implies with the child, for people with no ties. */
static gboolean
implied_kind (LtPersonRole    role,
              LtRelationKind *kind)
{
  switch (role)
    {
    case LT_PERSON_ROLE_MOTHER:
    case LT_PERSON_ROLE_FATHER:
      *kind = LT_RELATION_KIND_PARENT;
      return TRUE;
    case LT_PERSON_ROLE_SIBLING:
      *kind = LT_RELATION_KIND_SIBLING;
      return TRUE;
    case LT_PERSON_ROLE_HALF_SIBLING:
      *kind = LT_RELATION_KIND_HALF_SIBLING;
      return TRUE;
    case LT_PERSON_ROLE_FOSTER_PARENT:
      *kind = LT_RELATION_KIND_FOSTER_PARENT;
      return TRUE;
    case LT_PERSON_ROLE_OTHER:
    case LT_PERSON_ROLE_GRANDPARENT:
    case LT_PERSON_ROLE_RELATIVE:
    case LT_PERSON_ROLE_FRIEND:
    case LT_PERSON_ROLE_TEACHER:
    case LT_PERSON_ROLE_EDUCATOR:
    case LT_PERSON_ROLE_CONTACT_EDUCATOR:
    case LT_PERSON_ROLE_CASEWORKER:
    case LT_PERSON_ROLE_COACH:
    default:
      return FALSE;
    }
}

static guint
add_store_person (LtGenogram *genogram,
                  LtPerson   *person)
{
  gboolean unknown = lt_person_get_unknown (person);
  /* TRANSLATORS: the name shown for a person not known, such as an unknown father */
  const char *name = unknown ? _ ("Unknown") : lt_person_get_name (person);
  guint       index = lt_genogram_add_person (
            genogram, lt_record_get_id (LT_RECORD (person)), name,
            lt_person_get_gender (person), (int) lt_person_get_birth_year (person),
            (int) lt_person_get_death_year (person), lt_person_get_deceased (person));
  LtGenogramPerson *drawn = g_ptr_array_index (genogram->persons, index);

  drawn->in_household = lt_person_get_lives_with_child (person);
  drawn->unknown = unknown;
  drawn->nudge_x = (double) lt_person_get_genogram_dx (person);
  drawn->nudge_y = (double) lt_person_get_genogram_dy (person);
  return index;
}

/* A drawn person's role, and whether a relation ties them to anyone. */
typedef struct
{
  LtPersonRole role;
  gboolean     tied;
} DrawnRole;

static guint
add_index_child (LtGenogram *genogram,
                 LtChild    *child)
{
  guint             index = lt_genogram_add_person (genogram, 0, lt_child_get_display_name (child),
                                                    gender_of_child (child),
                                                    child_birth_year (child), 0, FALSE);
  LtGenogramPerson *drawn = g_ptr_array_index (genogram->persons, index);

  drawn->is_child = TRUE;
  drawn->in_household = TRUE;
  return index;
}

/* The ids of everyone some relation of the child's ties. */
static GHashTable *
tied_person_ids (LtStore *store,
                 LtChild *child)
{
  g_autoptr (GListModel) relations =
      lt_store_list_records (store, LT_TYPE_RELATION, lt_record_get_id (LT_RECORD (child)));
  GHashTable *tied = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr (LtRelation) relation = g_list_model_get_item (relations, i);
      gint64 from = lt_relation_get_from_person_id (relation);
      gint64 to = lt_relation_get_to_person_id (relation);

      g_hash_table_add (tied, g_memdup2 (&from, sizeof from));
      g_hash_table_add (tied, g_memdup2 (&to, sizeof to));
    }
  return tied;
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  x = g_utf8_casefold (a, -1);
  y = g_utf8_casefold (b, -1);
  return g_str_equal (g_strstrip (x), g_strstrip (y));
}

/* Whether @person is the child entered a second time, as one of the
 * child's own people: by full name, or by the name the child goes by with
 * no family name after it.  Such a record is drawn as the child, so the
 * child is never drawn twice. */
static gboolean
is_child_again (LtPerson *person,
                LtChild  *child)
{
  g_autofree char *name = g_strstrip (g_strdup (lt_person_get_name (person)));

  if (lt_person_get_unknown (person) || name == NULL)
    return FALSE;
  if (same_name (name, lt_child_get_name (child)))
    return TRUE;
  return strchr (name, ' ') == NULL && same_name (name, lt_child_get_display_name (child));
}

/* Family members are drawn: those tied by a relation, and those whose role
 * implies a tie to the child.  @index_of maps person ids to index + 1;
 * @roles gets each drawn person's role. */
static void
add_drawn_persons (LtGenogram *genogram,
                   LtStore    *store,
                   LtChild    *child,
                   GListModel *persons,
                   GHashTable *index_of,
                   GArray     *roles)
{
  g_autoptr (GHashTable) tied = tied_person_ids (store, child);

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);
      gint64         id = lt_record_get_id (LT_RECORD (person));
      LtPersonRole   role = lt_person_get_role (person);
      DrawnRole      drawn;
      LtRelationKind kind;
      guint          index;

      if (is_child_again (person, child))
        {
          g_hash_table_insert (index_of, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (1));
          continue;
        }
      drawn.role = role;
      drawn.tied = g_hash_table_contains (tied, &id);
      if (!drawn.tied && !implied_kind (role, &kind))
        continue;
      index = add_store_person (genogram, person);
      g_array_append_val (roles, drawn);
      g_hash_table_insert (index_of, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (index + 1));
    }
}

static gboolean
has_tie (const LtGenogram *genogram,
         guint             from,
         guint             to,
         LtRelationKind    kind)
{
  for (guint t = 0; t < genogram->ties->len; t++)
    {
      const LtGenogramTie *tie = &g_array_index (genogram->ties, LtGenogramTie, t);

      if (tie->from == from && tie->to == to && tie->kind == kind)
        return TRUE;
    }
  return FALSE;
}

/* The child is person id 0 in relations, index 0 in the genogram. */
static guint
index_of_id (GHashTable *index_of,
             gint64      id)
{
  if (id == 0)
    return 1;
  return GPOINTER_TO_UINT (g_hash_table_lookup (index_of, &id));
}

static void
add_relation_ties (LtGenogram *genogram,
                   LtStore    *store,
                   LtChild    *child,
                   GHashTable *index_of)
{
  g_autoptr (GListModel) relations =
      lt_store_list_records (store, LT_TYPE_RELATION, lt_record_get_id (LT_RECORD (child)));

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr (LtRelation) relation = g_list_model_get_item (relations, i);
      guint          from = index_of_id (index_of, lt_relation_get_from_person_id (relation));
      guint          to = index_of_id (index_of, lt_relation_get_to_person_id (relation));
      LtGenogramTie *tie;

      /* The child's own record tied to the child, or a tie entered twice. */
      if (from == 0 || to == 0 || from == to ||
          has_tie (genogram, from - 1, to - 1, lt_relation_get_kind (relation)))
        continue;
      lt_genogram_add_tie (genogram, from - 1, to - 1, lt_relation_get_kind (relation),
                           lt_relation_get_emotion (relation));
      tie = &g_array_index (genogram->ties, LtGenogramTie, genogram->ties->len - 1);
      tie->relation_id = lt_record_get_id (LT_RECORD (relation));
    }
}

/* The tie a person's role implies with the child: for someone no relation
 * ties, any (so a sibling is drawn as one); for a mother, father or foster
 * parent tied to others but not to the child, the parent tie, so the
 * child's birth parents and caregivers are always drawn as such. */
static void
add_role_tie (LtGenogram      *genogram,
              guint            index,
              guint            child_index,
              const DrawnRole *drawn)
{
  LtRelationKind kind;

  if (index == child_index || !implied_kind (drawn->role, &kind))
    return;
  if (lt_relation_kind_is_parent (kind))
    {
      if (!has_tie (genogram, index, child_index, kind))
        lt_genogram_add_tie (genogram, index, child_index, kind, LT_EMOTION_NONE);
    }
  else if (!drawn->tied) /* siblings tied to others hang from their parents already */
    lt_genogram_add_tie (genogram, child_index, index, kind, LT_EMOTION_NONE);
}

static int
compare_placements (gconstpointer a,
                    gconstpointer b)
{
  LtPlacement *x = *(LtPlacement **) a, *y = *(LtPlacement **) b;

  return lt_date_compare_iso (lt_placement_get_start_date (x), lt_placement_get_start_date (y));
}

/* The child's homes, oldest first; a home with no place written is named
 * by its kind. */
static void
add_store_placements (LtGenogram *genogram,
                      LtStore    *store,
                      LtChild    *child)
{
  g_autoptr (GListModel) placements =
      lt_store_list_records (store, LT_TYPE_PLACEMENT, lt_record_get_id (LT_RECORD (child)));
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (placements); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (placements, i));
  g_ptr_array_sort (sorted, compare_placements);
  for (guint i = 0; i < sorted->len; i++)
    {
      LtPlacement *placement = g_ptr_array_index (sorted, i);
      const char  *place = lt_placement_get_place (placement);

      if (place == NULL || *place == '\0')
        place = lt_placement_kind_to_label (lt_placement_get_kind (placement));
      lt_genogram_add_placement (genogram, place, lt_placement_get_start_date (placement),
                                 lt_placement_get_end_date (placement));
    }
}

/**
 * lt_genogram_new_from_store:
 *
 * Returns: (transfer full): @child's genogram as the store has it now
 */
LtGenogram *
lt_genogram_new_from_store (LtStore *store,
                            LtChild *child)
{
  LtGenogram *genogram = lt_genogram_new ();
  g_autoptr (GListModel) persons = lt_store_list_persons (store, child);
  g_autoptr (GHashTable) index_of =
      g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GArray) roles = g_array_new (FALSE, FALSE, sizeof (DrawnRole));
  guint     child_index = add_index_child (genogram, child);
  DrawnRole child_role = { LT_PERSON_ROLE_OTHER, TRUE };

  g_array_append_val (roles, child_role);
  add_drawn_persons (genogram, store, child, persons, index_of, roles);
  add_relation_ties (genogram, store, child, index_of);
  add_store_placements (genogram, store, child);
  for (guint p = 0; p < genogram->persons->len; p++)
    add_role_tie (genogram, p, child_index, &g_array_index (roles, DrawnRole, p));
  return genogram;
}
