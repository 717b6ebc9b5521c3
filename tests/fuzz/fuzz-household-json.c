/* fuzz-household-json.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Fuzz target: the household JSON import (lt_household_file_import_data).
 *
 * Each input is imported into an empty household.  Besides crashes, the
 * target checks the promise of the import: when it fails, it says why
 * and nothing of the file is kept.
 */
#include "config.h"

#include <stdint.h>

#include "fuzz-store.h"
#include "lt-household-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static guint
count_children (LtStore *store)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  return g_list_model_get_n_items (children);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  LtStore *store = fuzz_store_get (NULL);
  g_autoptr (GError) error = NULL;
  guint n_children = 0;

  if (lt_household_file_import_data (store, (const char *) data, (gssize) size, &n_children,
                                     &error))
    {
      g_debug ("imported %u children", n_children);
      g_assert_no_error (error);
      g_assert_cmpuint (count_children (store), ==, n_children);
      if (n_children > 0 || lt_household_get_name (lt_store_get_household (store)) != NULL)
        fuzz_store_reset ();
      return 0;
    }

  g_assert_nonnull (error);
  g_debug ("refused: %s", error->message);
  g_assert_cmpuint (count_children (store), ==, 0);
  g_assert_null (lt_household_get_name (lt_store_get_household (store)));
  return 0;
}
