/* lt-gedcom-import.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Bringing a read GEDCOM file into a child's people and relations: a plan
 * to look at first (who is the child, who is already there), then one
 * all-or-nothing transaction.
 */
#pragma once

#include "lt-gedcom.h"
#include "lt-store.h"

G_BEGIN_DECLS

/* What to do with people in the file who are already among the child's. */
typedef enum
{
  LT_GEDCOM_USE_EXISTING, /* tie the file's relations to them; add no copy */
  LT_GEDCOM_ADD_AGAIN,    /* add them as new people anyway */
} LtGedcomDuplicates;

typedef struct
{
  const LtGedcomIndividual *individual;
  LtPerson                 *existing; /* owned */
} LtGedcomMatch;

typedef struct
{
  LtGedcomFile *file;       /* owned */
  const char   *child_xref; /* the individual who is the child, or NULL */
  GPtrArray    *matches;    /* LtGedcomMatch *: people already there */
} LtGedcomPlan;

typedef struct
{
  guint added;     /* new people */
  guint reused;    /* people who were already there */
  guint relations; /* new relations */
} LtGedcomResult;

LtGedcomPlan *lt_gedcom_plan_new (LtStore      *store,
                                  LtChild      *child,
                                  LtGedcomFile *file);
void          lt_gedcom_plan_free (LtGedcomPlan *plan);
gboolean      lt_gedcom_plan_import (LtGedcomPlan      *plan,
                                     LtStore           *store,
                                     LtChild           *child,
                                     LtGedcomDuplicates duplicates,
                                     LtGedcomResult    *result,
                                     GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtGedcomPlan, lt_gedcom_plan_free)

G_END_DECLS
