/* lt-gedcom-import.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Bringing a read GEDCOM file into a child's people and relations.
 *
 * First a plan: which person in the file is the child (by name and year
 * of birth), and which people are already among the child's (same name,
 * and the same year of birth when both are known), so the user can be
 * asked before anyone is added twice.  Then the import, in one
 * transaction: the people, in the family circle (the child's parents,
 * siblings and grandparents also on the network map, the others only in
 * the family tree), then partners from the families and parents to their
 * children, as birth, adoptive, foster or step parents.  A relation that
 * is already there is not added again.  If anything fails, nothing stays.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-gedcom-import.h"

/* A name as compared: case and Unicode forms folded. */
static char *
name_key (const char *name)
{
  g_autofree char *normal = NULL;

  if (name == NULL)
    return NULL;
  normal = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);
  return normal != NULL ? g_utf8_casefold (normal, -1) : NULL;
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *key_a = name_key (a);
  g_autofree char *key_b = name_key (b);

  return key_a != NULL && key_b != NULL && g_str_equal (key_a, key_b);
}

/* Unknown agrees with anything; files often give "about" years, so one
 * year apart still agrees. */
static gboolean
years_agree (int a,
             int b)
{
  return a == 0 || b == 0 || ABS (a - b) <= 1;
}

static int
child_birth_year (LtChild *child)
{
  const char *date = lt_child_get_birth_date (child);

  return date != NULL ? (int) g_ascii_strtoll (date, NULL, 10) : 0;
}

static void
match_free (gpointer data)
{
  LtGedcomMatch *match = data;

  g_object_unref (match->existing);
  g_free (match);
}

void
lt_gedcom_plan_free (LtGedcomPlan *plan)
{
  if (plan == NULL)
    return;
  g_ptr_array_unref (plan->matches);
  lt_gedcom_file_free (plan->file);
  g_free (plan);
}

static const char *
find_child (LtGedcomFile *file,
            LtChild      *child)
{
  for (guint i = 0; i < file->individuals->len; i++)
    {
      const LtGedcomIndividual *individual = g_ptr_array_index (file->individuals, i);

      if ((same_name (individual->name, lt_child_get_name (child)) ||
           same_name (individual->name, lt_child_get_display_name (child))) &&
          years_agree (individual->birth_year, child_birth_year (child)))
        return individual->xref;
    }
  return NULL;
}

/**
 * lt_gedcom_plan_new:
 * @file: (transfer full): a read GEDCOM file
 *
 * Returns: (transfer full): who in @file is @child, and who is already there
 */
LtGedcomPlan *
lt_gedcom_plan_new (LtStore      *store,
                    LtChild      *child,
                    LtGedcomFile *file)
{
  LtGedcomPlan *plan = g_new0 (LtGedcomPlan, 1);
  g_autoptr (GListModel) persons = lt_store_list_persons (store, child);

  plan->file = file;
  plan->matches = g_ptr_array_new_with_free_func (match_free);
  plan->child_xref = find_child (file, child);
  for (guint i = 0; i < file->individuals->len; i++)
    {
      const LtGedcomIndividual *individual = g_ptr_array_index (file->individuals, i);

      if (g_strcmp0 (individual->xref, plan->child_xref) == 0)
        continue;
      for (guint p = 0; p < g_list_model_get_n_items (persons); p++)
        {
          g_autoptr (LtPerson) person = g_list_model_get_item (persons, p);

          if (same_name (individual->name, lt_person_get_name (person)) &&
              years_agree (individual->birth_year, (int) lt_person_get_birth_year (person)))
            {
              LtGedcomMatch *match = g_new0 (LtGedcomMatch, 1);

              match->individual = individual;
              match->existing = g_object_ref (person);
              g_ptr_array_add (plan->matches, match);
              break;
            }
        }
    }
  return plan;
}

/* ---- the import -------------------------------------------------------- */

typedef struct
{
  LtGedcomPlan  *plan;
  LtStore       *store;
  LtChild       *child;
  GHashTable    *ids;       /* xref → gint64 * (0 for the child) */
  GHashTable    *relations; /* "from:to:kind" of every relation there is */
  GHashTable    *roles;     /* xref → LtPersonRole + 1 for the child's close family */
  LtGedcomResult result;
} Import;

static LtGedcomMatch *
match_for (LtGedcomPlan             *plan,
           const LtGedcomIndividual *individual)
{
  for (guint i = 0; i < plan->matches->len; i++)
    {
      LtGedcomMatch *match = g_ptr_array_index (plan->matches, i);

      if (match->individual == individual)
        return match;
    }
  return NULL;
}

static void
set_role (Import      *import,
          const char  *xref,
          LtPersonRole role)
{
  if (xref != NULL && !g_hash_table_contains (import->roles, xref))
    g_hash_table_insert (import->roles, (gpointer) xref, GINT_TO_POINTER (role + 1));
}

static LtPersonRole
parent_role (const LtGedcomFile *file,
             const char         *xref)
{
  const LtGedcomIndividual *parent = lt_gedcom_file_lookup (file, xref);

  if (parent != NULL && parent->gender == LT_GENDER_FEMALE)
    return LT_PERSON_ROLE_MOTHER;
  if (parent != NULL && parent->gender == LT_GENDER_MALE)
    return LT_PERSON_ROLE_FATHER;
  return LT_PERSON_ROLE_RELATIVE;
}

static gboolean
is_child_in (const LtGedcomFamily *family,
             const char           *xref)
{
  for (guint c = 0; xref != NULL && c < family->children->len; c++)
    if (g_str_equal (g_ptr_array_index (family->children, c), xref))
      return TRUE;
  return FALSE;
}

/* The roles of the child's parents, siblings and grandparents, found from
 * the families the child is a child in. */
static void
find_roles (Import *import)
{
  const LtGedcomFile *file = import->plan->file;
  const char         *me = import->plan->child_xref;

  for (guint f = 0; me != NULL && f < file->families->len; f++)
    {
      const LtGedcomFamily *family = g_ptr_array_index (file->families, f);

      if (!is_child_in (family, me))
        continue;
      set_role (import, family->husband, parent_role (file, family->husband));
      set_role (import, family->wife, parent_role (file, family->wife));
      for (guint c = 0; c < family->children->len; c++)
        if (!g_str_equal (g_ptr_array_index (family->children, c), me))
          set_role (import, g_ptr_array_index (family->children, c), LT_PERSON_ROLE_SIBLING);
      /* Grandparents: the parents of this family's parents. */
      for (guint g = 0; g < file->families->len; g++)
        {
          const LtGedcomFamily *older = g_ptr_array_index (file->families, g);

          if (is_child_in (older, family->husband) || is_child_in (older, family->wife))
            {
              set_role (import, older->husband, LT_PERSON_ROLE_GRANDPARENT);
              set_role (import, older->wife, LT_PERSON_ROLE_GRANDPARENT);
            }
        }
    }
}

/* A year this version keeps, or 0. */
static gint64
usable_year (int year)
{
  GDate today;

  lt_date_today (&today);
  return year >= LT_PERSON_MIN_YEAR && year <= g_date_get_year (&today) ? year : 0;
}

static gboolean
add_person (Import                   *import,
            const LtGedcomIndividual *individual,
            gint64                   *id,
            GError                  **error)
{
  g_autoptr (LtPerson) person = lt_person_new ();
  gpointer role = g_hash_table_lookup (import->roles, individual->xref);
  gint64   birth = usable_year (individual->birth_year);
  gint64   death = usable_year (individual->death_year);

  lt_person_set_child_id (person, lt_record_get_id (LT_RECORD (import->child)));
  lt_person_set_name (person, individual->name != NULL ? individual->name : _ ("Name not known"));
  lt_person_set_gender (person, individual->gender);
  lt_person_set_birth_year (person, birth);
  lt_person_set_death_year (person, death != 0 && birth != 0 && death < birth ? 0 : death);
  lt_person_set_deceased (person, individual->deceased);
  lt_person_set_circle (person, LT_CIRCLE_FAMILY);
  lt_person_set_closeness (person, 3);
  /* The child's close family on the map; the rest of the tree only in the tree. */
  lt_person_set_role (person, role != NULL ? GPOINTER_TO_INT (role) - 1 : LT_PERSON_ROLE_RELATIVE);
  lt_person_set_on_network_map (person, role != NULL);
  if (!lt_store_add (import->store, LT_RECORD (person), error))
    {
      g_prefix_error (error, _ ("%s (line %u): "), lt_person_get_name (person), individual->line);
      return FALSE;
    }
  *id = lt_record_get_id (LT_RECORD (person));
  import->result.added++;
  return TRUE;
}

static gboolean
add_people (Import            *import,
            LtGedcomDuplicates duplicates,
            GError           **error)
{
  const LtGedcomFile *file = import->plan->file;

  for (guint i = 0; i < file->individuals->len; i++)
    {
      const LtGedcomIndividual *individual = g_ptr_array_index (file->individuals, i);
      LtGedcomMatch            *match = match_for (import->plan, individual);
      gint64                    id = 0;

      if (g_strcmp0 (individual->xref, import->plan->child_xref) == 0)
        id = 0;
      else if (match != NULL && duplicates == LT_GEDCOM_USE_EXISTING)
        {
          id = lt_record_get_id (LT_RECORD (match->existing));
          import->result.reused++;
        }
      else if (!add_person (import, individual, &id, error))
        return FALSE;
      g_hash_table_insert (import->ids, individual->xref, g_memdup2 (&id, sizeof id));
    }
  return TRUE;
}

static char *
relation_key (gint64         from,
              gint64         to,
              LtRelationKind kind)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%d", from, to, kind);
}

static void
remember_existing_relations (Import *import)
{
  g_autoptr (GListModel) relations = lt_store_list_records (
      import->store, LT_TYPE_RELATION, lt_record_get_id (LT_RECORD (import->child)));

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr (LtRelation) relation = g_list_model_get_item (relations, i);

      g_hash_table_add (import->relations,
                        relation_key (lt_relation_get_from_person_id (relation),
                                      lt_relation_get_to_person_id (relation),
                                      lt_relation_get_kind (relation)));
    }
}

static gboolean
add_relation (Import        *import,
              const char    *from_xref,
              const char    *to_xref,
              LtRelationKind kind,
              GError       **error)
{
  gint64 *from = from_xref != NULL ? g_hash_table_lookup (import->ids, from_xref) : NULL;
  gint64 *to = to_xref != NULL ? g_hash_table_lookup (import->ids, to_xref) : NULL;
  g_autoptr (LtRelation) relation = NULL;
  char *key;

  if (from == NULL || to == NULL || *from == *to)
    return TRUE;
  key = relation_key (*from, *to, kind);
  if (!g_hash_table_add (import->relations, key))
    return TRUE; /* already there */
  relation = lt_relation_new ();
  lt_relation_set_child_id (relation, lt_record_get_id (LT_RECORD (import->child)));
  lt_relation_set_from_person_id (relation, *from);
  lt_relation_set_to_person_id (relation, *to);
  lt_relation_set_kind (relation, kind);
  if (!lt_store_add (import->store, LT_RECORD (relation), error))
    return FALSE;
  import->result.relations++;
  return TRUE;
}

static LtRelationKind
partner_kind (LtGedcomUnion kind)
{
  switch (kind)
    {
    case LT_GEDCOM_UNION_MARRIED:
      return LT_RELATION_KIND_MARRIED;
    case LT_GEDCOM_UNION_DIVORCED:
      return LT_RELATION_KIND_DIVORCED;
    case LT_GEDCOM_UNION_PARTNERS:
    default:
      return LT_RELATION_KIND_COHABITING;
    }
}

static LtRelationKind
parent_kind (LtGedcomPedigree pedigree)
{
  switch (pedigree)
    {
    case LT_GEDCOM_PEDIGREE_ADOPTED:
      return LT_RELATION_KIND_ADOPTIVE_PARENT;
    case LT_GEDCOM_PEDIGREE_FOSTER:
      return LT_RELATION_KIND_FOSTER_PARENT;
    case LT_GEDCOM_PEDIGREE_STEP:
      return LT_RELATION_KIND_STEP_PARENT;
    case LT_GEDCOM_PEDIGREE_BIRTH:
    default:
      return LT_RELATION_KIND_PARENT;
    }
}

static gboolean
add_relations (Import  *import,
               GError **error)
{
  const LtGedcomFile *file = import->plan->file;

  remember_existing_relations (import);
  for (guint f = 0; f < file->families->len; f++)
    {
      const LtGedcomFamily *family = g_ptr_array_index (file->families, f);

      if (family->husband != NULL && family->wife != NULL &&
          !add_relation (import, family->husband, family->wife, partner_kind (family->union_kind),
                         error))
        return FALSE;
      for (guint c = 0; c < family->children->len; c++)
        {
          const char    *child = g_ptr_array_index (family->children, c);
          LtRelationKind kind = parent_kind (g_array_index (family->pedigrees, LtGedcomPedigree, c));

          if (!add_relation (import, family->husband, child, kind, error) ||
              !add_relation (import, family->wife, child, kind, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * lt_gedcom_plan_import:
 * @duplicates: what to do with people who are already there
 * @result: (out) (optional): how many people and relations were added
 *
 * Imports @plan into @child's people and relations, all or nothing.
 *
 * Returns: %TRUE, or %FALSE with @error (and nothing written)
 */
gboolean
lt_gedcom_plan_import (LtGedcomPlan      *plan,
                       LtStore           *store,
                       LtChild           *child,
                       LtGedcomDuplicates duplicates,
                       LtGedcomResult    *result,
                       GError           **error)
{
  Import   import = { plan, store, child };
  gboolean ok;

  if (!lt_store_begin (store, error))
    return FALSE;
  import.ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  import.relations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import.roles = g_hash_table_new (g_str_hash, g_str_equal);

  find_roles (&import);
  ok = add_people (&import, duplicates, error) && add_relations (&import, error);
  if (ok)
    ok = lt_store_commit (store, error);
  else
    {
      lt_store_rollback (store);
      g_prefix_error (error, _ ("Nothing was imported. "));
    }

  g_hash_table_unref (import.ids);
  g_hash_table_unref (import.relations);
  g_hash_table_unref (import.roles);
  if (ok && result != NULL)
    *result = import.result;
  return ok;
}
