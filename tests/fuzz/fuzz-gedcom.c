/* fuzz-gedcom.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Fuzz target: the GEDCOM reader (lt_gedcom_parse) and, for a file it
 * reads, the plan and the import into a child's people and relations.
 *
 * The household has the child of tests/fixtures/gedcom/family.ged with
 * two of her people already there, so the plan finds the child and
 * matches.  Besides crashes, the target checks the promises: a file is
 * either read or refused with a reason, and a failed import keeps nothing.
 */
#include "config.h"

#include <stdint.h>

#include "fuzz-store.h"
#include "lt-gedcom-import.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static gboolean
add_person (LtStore    *store,
            LtChild    *child,
            const char *name,
            gint64      birth_year,
            GError    **error)
{
  g_autoptr (LtPerson) person = lt_person_new ();

  lt_person_set_child_id (person, lt_record_get_id (LT_RECORD (child)));
  lt_person_set_name (person, name);
  lt_person_set_birth_year (person, birth_year);
  return lt_store_add (store, LT_RECORD (person), error);
}

static gboolean
populate (LtStore *store,
          GError **error)
{
  g_autoptr (LtChild) child = lt_child_new ();

  lt_child_set_household_id (child, lt_record_get_id (LT_RECORD (lt_store_get_household (store))));
  lt_child_set_name (child, "Ida Marie Sørensen");
  lt_child_set_preferred_name (child, "Ida");
  lt_child_set_birth_date (child, "2014-03-12");
  return lt_store_add (store, LT_RECORD (child), error) &&
         add_person (store, child, "Camilla Sørensen", 1992, error) &&
         add_person (store, child, "Jens Madsen", 0, error);
}

static LtChild *
dup_child (LtStore *store)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);
  return g_list_model_get_item (children, 0);
}

static void
import (LtGedcomFile *file,
        size_t        size)
{
  LtStore *store = fuzz_store_get (populate);
  g_autoptr (LtChild) child = dup_child (store);
  gint64 child_id = lt_record_get_id (LT_RECORD (child));
  g_autoptr (GListModel) persons = lt_store_list_records (store, LT_TYPE_PERSON, child_id);
  g_autoptr (GListModel) relations = lt_store_list_records (store, LT_TYPE_RELATION, child_id);
  guint n_persons = g_list_model_get_n_items (persons);
  guint n_relations = g_list_model_get_n_items (relations);
  g_autoptr (LtGedcomPlan) plan = lt_gedcom_plan_new (store, child, file);
  g_autoptr (GError) error = NULL;
  LtGedcomResult result = { 0 };
  /* Both ways with people already there, chosen by the input so that it
   * alone repeats what happened. */
  LtGedcomDuplicates duplicates = size % 2 == 0 ? LT_GEDCOM_USE_EXISTING : LT_GEDCOM_ADD_AGAIN;

  if (lt_gedcom_plan_import (plan, store, child, duplicates, &result, &error))
    {
      g_debug ("imported: %u people added, %u already there, %u relations", result.added,
               result.reused, result.relations);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (persons), ==, n_persons + result.added);
      g_assert_cmpuint (g_list_model_get_n_items (relations), ==, n_relations + result.relations);
      g_clear_object (&persons);
      g_clear_object (&relations);
      g_clear_object (&child);
      g_clear_pointer (&plan, lt_gedcom_plan_free);
      if (result.added > 0 || result.relations > 0)
        fuzz_store_reset ();
      return;
    }

  g_assert_nonnull (error);
  g_debug ("import refused: %s", error->message);
  g_assert_cmpuint (g_list_model_get_n_items (persons), ==, n_persons);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, n_relations);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr (GError) error = NULL;
  LtGedcomFile *file;

  fuzz_init ();
  file = lt_gedcom_parse (bytes, &error);
  if (file == NULL)
    {
      g_assert_nonnull (error);
      g_debug ("not read: %s", error->message);
      return 0;
    }
  g_assert_no_error (error);
  import (file, size); /* the plan takes the file */
  return 0;
}
