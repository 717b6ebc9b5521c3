/* lt-genogram.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The data a genogram draws: the child, family members and the ties
 * between them, independent of the store so layouts can be tested.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   person_id; /* 0 for the child */
  char    *name;
  char    *years; /* "f. 1985", "1958–2019", or NULL */
  LtGender gender;
  int      birth_year; /* 0 when not known; orders siblings */
  gboolean deceased;
  gboolean is_child;         /* the index person: the child the book is about */
  gboolean in_household;     /* lives in the home the child lives in now */
  gboolean unknown;          /* a placeholder for someone not known: "Unknown", "?" */
  double   nudge_x, nudge_y; /* the user's nudge, in points */
} LtGenogramPerson;

typedef struct
{
  guint          from; /* index in persons; the parent in parent ties */
  guint          to;
  LtRelationKind kind;
  LtEmotion      emotion;
  gint64         relation_id; /* 0 for a tie implied by a person's role */
} LtGenogramTie;

typedef struct
{
  GPtrArray *persons;    /* LtGenogramPerson*, owned; the child first */
  GArray    *ties;       /* LtGenogramTie */
  GPtrArray *placements; /* char*: the child's homes with their dates, oldest first */
} LtGenogram;

LtGenogram *lt_genogram_new (void);
guint       lt_genogram_add_person (LtGenogram *genogram,
                                    gint64      person_id,
                                    const char *name,
                                    LtGender    gender,
                                    int         birth_year,
                                    int         death_year,
                                    gboolean    deceased);
void        lt_genogram_add_tie (LtGenogram    *genogram,
                                 guint          from,
                                 guint          to,
                                 LtRelationKind kind,
                                 LtEmotion      emotion);
void        lt_genogram_add_placement (LtGenogram *genogram,
                                       const char *place,
                                       const char *start_date,
                                       const char *end_date);
LtGenogram *lt_genogram_new_from_store (LtStore *store,
                                        LtChild *child);
int         lt_genogram_find_person (const LtGenogram *genogram,
                                     gint64            person_id);
void        lt_genogram_free (LtGenogram *genogram);

gboolean lt_relation_kind_is_parent (LtRelationKind kind);
gboolean lt_relation_kind_is_partner (LtRelationKind kind);
gboolean lt_relation_kind_is_sibling (LtRelationKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtGenogram, lt_genogram_free)

G_END_DECLS
