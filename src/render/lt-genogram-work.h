/* lt-genogram-work.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the genogram layout works with while it runs: families, children
 * hanging from them, blocks of partners; shared by lt-genogram-layout.c
 * (placing people) and lt-genogram-lines.c (lines, household, legend).
 * Not for use outside render/.
 */
#pragma once

#include "lt-genogram-layout.h"

G_BEGIN_DECLS

#define H_GAP 18.0        /* between the boxes of two people in a row */
#define BLOCK_GAP 30.0    /* between two families in a row */
#define LABEL_GAP 4.0     /* between symbol and name */
#define LINE_ROOM 56.0    /* vertical room for the lines between two rows */
#define SIBSHIP_DROP 16.0 /* the sibling line is this far above the children */
#define SIBSHIP_STEP 7.0  /* staggering of sibling lines that would overlap */
#define MARGIN 12.0
#define NUDGE_Y_MAX 16.0 /* a vertical nudge keeps the person in their row */
#define SWEEPS 8
#define LEGEND_SAMPLE_WIDTH 34.0
#define LEGEND_GAP 16.0

typedef struct
{
  int    a, b;        /* the parents (person indices), -1 when missing */
  int    partner_tie; /* the tie drawn by the partner line, or -1 */
  double mid;         /* x where the line to the children starts */
  int    level;       /* staggering of its sibling line */
} Union;

/* A child hanging from a family. */
typedef struct
{
  int                family; /* index in unions */
  int                child;
  gboolean           secondary; /* foster or step parents beside the home family */
  LtGenogramStroke   stroke;
  GArray            *ties; /* guint */
  int                twin; /* the other twin, or -1 */
  LtGenogramLineKind kind;
} Descent;

typedef struct
{
  GArray *members; /* int person indices, left to right */
  double  width;
  double  x; /* centre */
} Block;

typedef struct
{
  const LtGenogram *genogram;
  guint             n;
  LtGenogramStyle   style;
  char            **names;    /* per person: the name written */
  double           *symbol;   /* per person: the size of the symbol or face */
  GArray           *unions;   /* Union */
  GArray           *descents; /* Descent */
  GHashTable       *union_of_pair;
  int              *home;       /* per person: home union or -1 */
  int              *generation; /* per person */
  double           *width;      /* per person: node width */
  double           *label_w, *label_h;
  double           *placement_h; /* per placement of the genogram: the height of its text */
  int              *block_of;    /* per person */
  double           *offset;      /* per person: centre minus block centre */
  int               n_rows;
  GPtrArray        *rows; /* per row: GArray of Block, in order */
  gboolean         *drawn_tie;
  /* Found once so the sweeps stay fast with hundreds of people: */
  GPtrArray *couples_of;  /* per person: GArray of int, partners and co-parents in the row */
  GPtrArray *descents_of; /* per person: GArray of guint, descents as child or parent */
} Work;

static inline const LtGenogramTie *
tie_at (const Work *work,
        guint       i)
{
  return &g_array_index (work->genogram->ties, LtGenogramTie, i);
}

static inline const LtGenogramPerson *
person_at (const Work *work,
           guint       i)
{
  return g_ptr_array_index (work->genogram->persons, i);
}

static inline gboolean
child_friendly (const Work *work)
{
  return work->style == LT_GENOGRAM_STYLE_CHILD_FRIENDLY;
}

static inline Union *
union_at (Work *work,
          int   i)
{
  return &g_array_index (work->unions, Union, i);
}

void lt_genogram_line_free (gpointer data);
void lt_genogram_add_lines (Work             *work,
                            LtGenogramLayout *layout);
void lt_genogram_add_household (Work             *work,
                                LtGenogramLayout *layout);
void lt_genogram_collect_legend (Work             *work,
                                 LtGenogramLayout *layout);
void lt_genogram_place_legend (LtGenogramLayout *layout,
                               double            top,
                               double            width);

G_END_DECLS
