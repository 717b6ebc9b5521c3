/* bench-household-gen.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Makes a large fictional household database for the benchmarks.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

#define BENCH_DEFAULT_CHILDREN 30
#define BENCH_DEFAULT_PERSONS 3000
#define BENCH_DEFAULT_HISTORY 50000

typedef struct
{
  guint n_children;
  guint n_persons;
  guint n_placements;
  guint n_school_periods;
} BenchHouseholdSize;

void     bench_household_size_init (BenchHouseholdSize *size,
                                    guint               n_children,
                                    guint               n_persons,
                                    guint               n_history);
gboolean bench_household_generate (const char               *path,
                                   const BenchHouseholdSize *size,
                                   GError                  **error);

G_END_DECLS
