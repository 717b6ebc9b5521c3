/* lt-genogram-layout.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Where each symbol, name and line of a genogram goes: pure geometry in
 * points, tested with numbers and painted by lt-genogram-painter.
 */
#pragma once

#include "lt-genogram.h"

G_BEGIN_DECLS

typedef struct
{
  double x, y, width, height;
} LtGenogramBox;

typedef struct
{
  double x, y;
} LtGenogramPoint;

typedef enum
{
  LT_GENOGRAM_STROKE_SOLID,
  LT_GENOGRAM_STROKE_DASHED,
  LT_GENOGRAM_STROKE_DOTTED,
  LT_GENOGRAM_STROKE_ZIGZAG,
  LT_GENOGRAM_STROKE_DOUBLE,
} LtGenogramStroke;

/* Which palette colour a line takes. */
typedef enum
{
  LT_GENOGRAM_INK_LINE,
  LT_GENOGRAM_INK_MUTED,
  LT_GENOGRAM_INK_CLOSE,
  LT_GENOGRAM_INK_DISTANT,
  LT_GENOGRAM_INK_CONFLICT,
  LT_GENOGRAM_INK_CUT_OFF,
  LT_GENOGRAM_INK_CARE, /* the caregivers the child lives with */
} LtGenogramInk;

/* A mark across the middle of a line. */
typedef enum
{
  LT_GENOGRAM_MARK_NONE,
  LT_GENOGRAM_MARK_ONE_SLASH,   /* separated */
  LT_GENOGRAM_MARK_TWO_SLASHES, /* divorced */
  LT_GENOGRAM_MARK_CUT,         /* cut off: two bars */
} LtGenogramMark;

/* What a line stands for, so tests and readers need not guess from looks. */
typedef enum
{
  LT_GENOGRAM_LINE_OTHER,     /* a tie no family line shows */
  LT_GENOGRAM_LINE_PARTNER,   /* partners side by side */
  LT_GENOGRAM_LINE_SIBSHIP,   /* down from the parents and along the siblings */
  LT_GENOGRAM_LINE_BIRTH,     /* a child to their birth parents */
  LT_GENOGRAM_LINE_ADOPTIVE,  /* a child to adoptive parents */
  LT_GENOGRAM_LINE_STEP,      /* a child to a step-parent */
  LT_GENOGRAM_LINE_CAREGIVER, /* a child to the foster parents who care for them */
  LT_GENOGRAM_LINE_FEELING,   /* how a tie feels */
} LtGenogramLineKind;

typedef struct
{
  LtGenogramStroke   stroke;
  LtGenogramInk      ink;
  LtGenogramMark     mark;
  GArray            *points; /* LtGenogramPoint, a polyline */
  GArray            *ties;   /* guint: the ties of the genogram this line draws */
  LtGenogramLineKind kind;
} LtGenogramLine;

typedef struct
{
  guint         person;     /* index in the genogram's persons */
  int           generation; /* 0 is the top row */
  double        x, y;       /* centre of the symbol */
  LtGenogramBox symbol;
  LtGenogramBox label;
  char         *name; /* the name written: the full name, or the first name for a child */
} LtGenogramNode;

/* Who the drawing is for. */
typedef enum
{
  LT_GENOGRAM_STYLE_PROFESSIONAL,   /* the full notation, for caseworkers and the family */
  LT_GENOGRAM_STYLE_CHILD_FRIENDLY, /* friendly faces and first names, for the child */
} LtGenogramStyle;

typedef enum
{
  LT_GENOGRAM_LEGEND_SYMBOLS,   /* the symbols for woman, man, other, unknown */
  LT_GENOGRAM_LEGEND_DECEASED,  /* a crossed symbol */
  LT_GENOGRAM_LEGEND_CHILD,     /* the double outline of the child */
  LT_GENOGRAM_LEGEND_LINE,      /* a line sample */
  LT_GENOGRAM_LEGEND_HOUSEHOLD, /* the household boundary */
  LT_GENOGRAM_LEGEND_UNKNOWN,   /* the dashed placeholder of a person not known */
} LtGenogramLegendKind;

typedef struct
{
  LtGenogramLegendKind kind;
  LtGenogramStroke     stroke;
  LtGenogramInk        ink;
  LtGenogramMark       mark;
  char                *label;
  LtGenogramBox        sample;
  LtGenogramBox        text;
} LtGenogramLegendItem;

typedef struct
{
  LtGenogramStyle style;
  double          width, height;
  GArray         *nodes;     /* LtGenogramNode, one per person, same order */
  GPtrArray      *lines;     /* LtGenogramLine* */
  GArray         *household; /* LtGenogramPoint: the boundary, empty when none */
  GArray         *legend;    /* LtGenogramLegendItem */
  LtGenogramBox   legend_box;
  GArray         *placements; /* LtGenogramBox per placement of the genogram, under the child */
} LtGenogramLayout;

/* Sizes the painter and the layout agree on, in points. */
#define LT_GENOGRAM_SYMBOL 30.0
#define LT_GENOGRAM_LABEL_WIDTH 96.0      /* names wrap at this width */
#define LT_GENOGRAM_PLACEMENT_WIDTH 190.0 /* the child's homes wrap at this width */
#define LT_GENOGRAM_FACE 40.0             /* a face in the child-friendly drawing */
#define LT_GENOGRAM_CHILD_FACE 64.0       /* the child's own face, in the middle */
#define LT_GENOGRAM_FRIENDLY_NAME_SIZE 12.0

LtGenogramLayout *lt_genogram_layout_new (const LtGenogram *genogram);
LtGenogramLayout *lt_genogram_layout_new_with_style (const LtGenogram *genogram,
                                                     LtGenogramStyle   style);
double            lt_genogram_name_size (LtGenogramStyle style);
void              lt_genogram_layout_free (LtGenogramLayout *layout);
int               lt_genogram_layout_hit (const LtGenogramLayout *layout,
                                          double                  x,
                                          double                  y);
gboolean          lt_genogram_box_overlaps (const LtGenogramBox *a,
                                            const LtGenogramBox *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtGenogramLayout, lt_genogram_layout_free)

G_END_DECLS
