/* test-genogram.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The genogram's layout by numbers: no overlaps, parents above children,
 * partners side by side, siblings in birth order, every tie drawn, nudges
 * kept; built from the store; exported to PNG, SVG and PDF.
 */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "lt-demo.h"
#include "lt-genogram-layout.h"
#include "lt-genogram-painter.h"

/* Indices of the people in the family below. */
enum
{
  CHILD,
  MOTHER,
  FATHER,
  STEPFATHER,
  HALF_BROTHER,
  GRANDMOTHER,
  GRANDFATHER,
  PATERNAL_GRANDMOTHER,
  AUNT,
  COUSIN_A,
  COUSIN_B,
  FOSTER_MOTHER,
  FOSTER_FATHER,
  FOSTER_BROTHER,
  ADOPTED_SISTER,
  UNCLE_BY_MARRIAGE,
  STEP_SISTER,
  GREAT_AUNT,
  N_FAMILY
};

static void
add (LtGenogram *genogram,
     const char *name,
     LtGender    gender,
     int         birth_year,
     int         death_year)
{
  lt_genogram_add_person (genogram, genogram->persons->len + 100, name, gender, birth_year,
                          death_year, FALSE);
}

static LtGenogram *
make_family (void)
{
  LtGenogram *g = lt_genogram_new ();

  add (g, "Ida Marie Sørensen", LT_GENDER_FEMALE, 2014, 0);
  add (g, "Camilla Sørensen", LT_GENDER_FEMALE, 1992, 0);
  add (g, "Jens Madsen", LT_GENDER_MALE, 1989, 0);
  add (g, "Thomas Lund", LT_GENDER_MALE, 1990, 0);
  add (g, "Mikkel Sørensen", LT_GENDER_MALE, 2018, 0);
  add (g, "Else Sørensen", LT_GENDER_FEMALE, 1961, 0);
  add (g, "Poul Sørensen", LT_GENDER_MALE, 1958, 2019);
  add (g, "Inge Madsen", LT_GENDER_FEMALE, 1960, 0);
  add (g, "Åse Sørensen", LT_GENDER_FEMALE, 1987, 0);
  add (g, "Bo", LT_GENDER_MALE, 2012, 0);
  add (g, "Bjørk", LT_GENDER_OTHER, 2012, 0);
  add (g, "Anne Kjærgaard", LT_GENDER_FEMALE, 1978, 0);
  add (g, "Søren Kjærgaard", LT_GENDER_MALE, 1976, 0);
  add (g, "Emil Kjærgaard", LT_GENDER_MALE, 2008, 0);
  add (g, "Nour Kjærgaard", LT_GENDER_FEMALE, 2011, 0);
  add (g, "Peter Hansen med et meget langt efternavn", LT_GENDER_MALE, 1985, 0);
  add (g, "Ronja Lund", LT_GENDER_UNKNOWN, 2016, 0);
  add (g, "Grete", LT_GENDER_FEMALE, 1940, 0);
  ((LtGenogramPerson *) g_ptr_array_index (g->persons, CHILD))->is_child = TRUE;
  for (guint p = 0; p < N_FAMILY; p++)
    ((LtGenogramPerson *) g_ptr_array_index (g->persons, p))->person_id = p == CHILD ? 0 : p;
  ((LtGenogramPerson *) g_ptr_array_index (g->persons, CHILD))->in_household = TRUE;
  ((LtGenogramPerson *) g_ptr_array_index (g->persons, FOSTER_MOTHER))->in_household = TRUE;
  ((LtGenogramPerson *) g_ptr_array_index (g->persons, FOSTER_FATHER))->in_household = TRUE;

  lt_genogram_add_tie (g, GRANDMOTHER, GRANDFATHER, LT_RELATION_KIND_MARRIED, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, GRANDMOTHER, MOTHER, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, GRANDFATHER, MOTHER, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, GRANDMOTHER, AUNT, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, GRANDFATHER, AUNT, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, PATERNAL_GRANDMOTHER, FATHER, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, MOTHER, FATHER, LT_RELATION_KIND_DIVORCED, LT_EMOTION_CONFLICT);
  lt_genogram_add_tie (g, MOTHER, CHILD, LT_RELATION_KIND_PARENT, LT_EMOTION_CLOSE);
  lt_genogram_add_tie (g, FATHER, CHILD, LT_RELATION_KIND_PARENT, LT_EMOTION_CUT_OFF);
  lt_genogram_add_tie (g, MOTHER, STEPFATHER, LT_RELATION_KIND_COHABITING, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, MOTHER, HALF_BROTHER, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, STEPFATHER, HALF_BROTHER, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, STEPFATHER, STEP_SISTER, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, CHILD, STEP_SISTER, LT_RELATION_KIND_STEP_SIBLING, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, AUNT, UNCLE_BY_MARRIAGE, LT_RELATION_KIND_SEPARATED, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, AUNT, COUSIN_A, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, UNCLE_BY_MARRIAGE, COUSIN_A, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, COUSIN_A, COUSIN_B, LT_RELATION_KIND_TWIN, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, FOSTER_MOTHER, FOSTER_FATHER, LT_RELATION_KIND_MARRIED, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, FOSTER_MOTHER, CHILD, LT_RELATION_KIND_FOSTER_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, FOSTER_FATHER, CHILD, LT_RELATION_KIND_FOSTER_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, FOSTER_MOTHER, FOSTER_BROTHER, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, FOSTER_FATHER, FOSTER_BROTHER, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, FOSTER_MOTHER, ADOPTED_SISTER, LT_RELATION_KIND_ADOPTIVE_PARENT,
                       LT_EMOTION_NONE);
  lt_genogram_add_tie (g, FOSTER_FATHER, ADOPTED_SISTER, LT_RELATION_KIND_ADOPTIVE_PARENT,
                       LT_EMOTION_NONE);
  lt_genogram_add_tie (g, GREAT_AUNT, GRANDMOTHER, LT_RELATION_KIND_SIBLING, LT_EMOTION_NONE);
  lt_genogram_add_tie (g, GREAT_AUNT, CHILD, LT_RELATION_KIND_BOND, LT_EMOTION_DISTANT);
  return g;
}

static const LtGenogramNode *
node (const LtGenogramLayout *layout,
      guint                   person)
{
  return &g_array_index (layout->nodes, LtGenogramNode, person);
}

static gboolean
box_within (const LtGenogramBox *inner,
            const LtGenogramBox *outer)
{
  return inner->x >= outer->x - 0.01 && inner->y >= outer->y - 0.01 &&
         inner->x + inner->width <= outer->x + outer->width + 0.01 &&
         inner->y + inner->height <= outer->y + outer->height + 0.01;
}

static void
assert_no_overlaps (const LtGenogramLayout *layout)
{
  for (guint i = 0; i < layout->nodes->len; i++)
    for (guint k = 0; k < layout->nodes->len; k++)
      {
        const LtGenogramNode *a = node (layout, i), *b = node (layout, k);

        if (i != k && (lt_genogram_box_overlaps (&a->symbol, &b->symbol) ||
                       lt_genogram_box_overlaps (&a->label, &b->label) ||
                       lt_genogram_box_overlaps (&a->symbol, &b->label)))
          g_error ("person %u (%.0f, %.0f) overlaps person %u (%.0f, %.0f)", i, a->x, a->y, k,
                   b->x, b->y);
      }
  /* Nothing runs into the legend either. */
  for (guint i = 0; i < layout->nodes->len; i++)
    g_assert_cmpfloat (node (layout, i)->label.y + node (layout, i)->label.height, <,
                       layout->legend_box.y);
  /* The child's homes: apart from each other, on no one else, above the legend. */
  for (guint i = 0; i < layout->placements->len; i++)
    {
      const LtGenogramBox *a = &g_array_index (layout->placements, LtGenogramBox, i);

      g_assert_cmpfloat (a->y + a->height, <, layout->legend_box.y);
      for (guint k = 0; k < layout->placements->len; k++)
        if (i != k)
          g_assert_false (
              lt_genogram_box_overlaps (a, &g_array_index (layout->placements, LtGenogramBox, k)));
      for (guint p = 0; p < layout->nodes->len; p++)
        {
          const LtGenogramNode *other = node (layout, p);

          g_assert_false (lt_genogram_box_overlaps (a, &other->symbol));
          if (!box_within (a, &other->label))
            g_assert_false (lt_genogram_box_overlaps (a, &other->label));
        }
    }
}

static void
assert_parents_above (const LtGenogram       *genogram,
                      const LtGenogramLayout *layout)
{
  for (guint t = 0; t < genogram->ties->len; t++)
    {
      const LtGenogramTie *tie = &g_array_index (genogram->ties, LtGenogramTie, t);

      if (lt_relation_kind_is_parent (tie->kind))
        {
          g_assert_cmpint (node (layout, tie->from)->generation + 1, ==,
                           node (layout, tie->to)->generation);
          g_assert_cmpfloat (node (layout, tie->from)->label.y + node (layout, tie->from)->label.height,
                             <, node (layout, tie->to)->symbol.y);
        }
    }
}

/* No one stands between two partners of the same row. */
static void
assert_partners_adjacent (const LtGenogram       *genogram,
                          const LtGenogramLayout *layout)
{
  for (guint t = 0; t < genogram->ties->len; t++)
    {
      const LtGenogramTie  *tie = &g_array_index (genogram->ties, LtGenogramTie, t);
      const LtGenogramNode *a = node (layout, tie->from), *b = node (layout, tie->to);
      double                left = MIN (a->x, b->x), right = MAX (a->x, b->x);

      if (!lt_relation_kind_is_partner (tie->kind))
        continue;
      g_assert_cmpint (a->generation, ==, b->generation);
      for (guint p = 0; p < layout->nodes->len; p++)
        if (node (layout, p)->generation == a->generation && p != tie->from && p != tie->to)
          g_assert_false (node (layout, p)->x > left && node (layout, p)->x < right);
    }
}

static void
assert_every_tie_drawn (const LtGenogram       *genogram,
                        const LtGenogramLayout *layout)
{
  g_autofree guint *drawn = g_new0 (guint, genogram->ties->len + 1);

  for (guint i = 0; i < layout->lines->len; i++)
    {
      LtGenogramLine *line = g_ptr_array_index (layout->lines, i);

      g_assert_cmpuint (line->points->len, >=, 2);
      for (guint k = 0; k < line->ties->len; k++)
        drawn[g_array_index (line->ties, guint, k)]++;
    }
  for (guint t = 0; t < genogram->ties->len; t++)
    if (drawn[t] == 0)
      g_error ("tie %u (%u→%u, kind %d) is not drawn", t,
               g_array_index (genogram->ties, LtGenogramTie, t).from,
               g_array_index (genogram->ties, LtGenogramTie, t).to,
               g_array_index (genogram->ties, LtGenogramTie, t).kind);
}

static void
test_family (void)
{
  g_autoptr (LtGenogram) genogram = make_family ();
  g_autoptr (LtGenogramLayout) layout = lt_genogram_layout_new (genogram);

  g_assert_cmpuint (layout->nodes->len, ==, N_FAMILY);
  assert_no_overlaps (layout);
  assert_parents_above (genogram, layout);
  assert_partners_adjacent (genogram, layout);
  assert_every_tie_drawn (genogram, layout);

  /* Three generations in three rows; partners and siblings share a row. */
  g_assert_cmpint (node (layout, GRANDMOTHER)->generation, ==, 0);
  g_assert_cmpint (node (layout, GREAT_AUNT)->generation, ==, 0);
  g_assert_cmpint (node (layout, MOTHER)->generation, ==, 1);
  g_assert_cmpint (node (layout, FOSTER_MOTHER)->generation, ==, 1);
  g_assert_cmpint (node (layout, CHILD)->generation, ==, 2);
  g_assert_cmpint (node (layout, STEP_SISTER)->generation, ==, 2);

  /* The foster family's children in birth order, both under them. */
  g_assert_cmpfloat (node (layout, FOSTER_BROTHER)->x, <, node (layout, ADOPTED_SISTER)->x);

  /* Every symbol can be found where it is drawn. */
  for (guint p = 0; p < N_FAMILY; p++)
    g_assert_cmpint (lt_genogram_layout_hit (layout, node (layout, p)->x, node (layout, p)->y), ==,
                     (int) p);
  g_assert_cmpint (lt_genogram_layout_hit (layout, -50, -50), ==, -1);
}

static const LtGenogramLine *
line_drawing (const LtGenogramLayout *layout,
              guint                   tie)
{
  for (guint i = 0; i < layout->lines->len; i++)
    {
      LtGenogramLine *line = g_ptr_array_index (layout->lines, i);

      for (guint k = 0; k < line->ties->len; k++)
        if (g_array_index (line->ties, guint, k) == tie)
          return line;
    }
  return NULL;
}

static int
find_tie (const LtGenogram *genogram,
          guint             from,
          guint             to,
          LtRelationKind    kind)
{
  for (guint t = 0; t < genogram->ties->len; t++)
    {
      const LtGenogramTie *tie = &g_array_index (genogram->ties, LtGenogramTie, t);

      if (tie->from == from && tie->to == to && tie->kind == kind)
        return (int) t;
    }
  return -1;
}

/* The conventional marks: slashes for separation and divorce, dashed for
 * adoption and living together, dotted for fostering, twins from one point. */
static void
test_notation (void)
{
  g_autoptr (LtGenogram) genogram = make_family ();
  g_autoptr (LtGenogramLayout) layout = lt_genogram_layout_new (genogram);
  const LtGenogramLine *line;
  const LtGenogramLine *twin_a = NULL, *twin_b = NULL;

  line = line_drawing (layout, find_tie (genogram, MOTHER, FATHER, LT_RELATION_KIND_DIVORCED));
  g_assert_cmpint (line->mark, ==, LT_GENOGRAM_MARK_TWO_SLASHES);
  line = line_drawing (layout, find_tie (genogram, AUNT, UNCLE_BY_MARRIAGE,
                                         LT_RELATION_KIND_SEPARATED));
  g_assert_cmpint (line->mark, ==, LT_GENOGRAM_MARK_ONE_SLASH);
  line = line_drawing (layout, find_tie (genogram, MOTHER, STEPFATHER, LT_RELATION_KIND_COHABITING));
  g_assert_cmpint (line->stroke, ==, LT_GENOGRAM_STROKE_DASHED);
  line = line_drawing (layout, find_tie (genogram, FOSTER_MOTHER, ADOPTED_SISTER,
                                         LT_RELATION_KIND_ADOPTIVE_PARENT));
  g_assert_cmpint (line->stroke, ==, LT_GENOGRAM_STROKE_DASHED);
  line = line_drawing (layout, find_tie (genogram, FOSTER_MOTHER, CHILD,
                                         LT_RELATION_KIND_FOSTER_PARENT));
  g_assert_cmpint (line->stroke, ==, LT_GENOGRAM_STROKE_DOTTED);
  g_assert_cmpint (line->kind, ==, LT_GENOGRAM_LINE_CAREGIVER);

  /* The child hangs from the parents with a solid line. */
  line = line_drawing (layout, find_tie (genogram, MOTHER, CHILD, LT_RELATION_KIND_PARENT));
  g_assert_cmpint (line->stroke, ==, LT_GENOGRAM_STROKE_SOLID);
  g_assert_cmpfloat (g_array_index (line->points, LtGenogramPoint, line->points->len - 1).x, ==,
                     node (layout, CHILD)->x);

  /* Feelings: a cut-off line with its bars, a conflict as a zigzag. */
  for (guint i = 0; i < layout->lines->len; i++)
    {
      LtGenogramLine *l = g_ptr_array_index (layout->lines, i);

      if (l->ink == LT_GENOGRAM_INK_CUT_OFF)
        g_assert_cmpint (l->mark, ==, LT_GENOGRAM_MARK_CUT);
      if (l->ink == LT_GENOGRAM_INK_CONFLICT)
        g_assert_cmpint (l->stroke, ==, LT_GENOGRAM_STROKE_ZIGZAG);
    }

  /* Twins start from the same point on the sibling line. */
  for (guint i = 0; i < layout->lines->len; i++)
    {
      LtGenogramLine  *l = g_ptr_array_index (layout->lines, i);
      LtGenogramPoint *end = &g_array_index (l->points, LtGenogramPoint, l->points->len - 1);

      if (l->points->len != 2 || end->y != node (layout, COUSIN_A)->symbol.y)
        continue;
      if (end->x == node (layout, COUSIN_A)->x)
        twin_a = l;
      if (end->x == node (layout, COUSIN_B)->x)
        twin_b = l;
    }
  g_assert_nonnull (twin_a);
  g_assert_nonnull (twin_b);
  g_assert_cmpfloat (g_array_index (twin_a->points, LtGenogramPoint, 0).x, ==,
                     g_array_index (twin_b->points, LtGenogramPoint, 0).x);

  /* A legend names what the drawing uses. */
  g_assert_cmpuint (layout->legend->len, >=, 10);
}

static const LtGenogramLegendItem *
legend_item (const LtGenogramLayout *layout,
             LtGenogramInk           ink)
{
  for (guint i = 0; i < layout->legend->len; i++)
    if (g_array_index (layout->legend, LtGenogramLegendItem, i).kind == LT_GENOGRAM_LEGEND_LINE &&
        g_array_index (layout->legend, LtGenogramLegendItem, i).ink == ink)
      return &g_array_index (layout->legend, LtGenogramLegendItem, i);
  return NULL;
}

/* Birth parents and caregivers at once: the foster parents reach the child
 * by a caregiver line that looks like no other parent line, and the legend
 * says so. */
static void
test_caregivers (void)
{
  g_autoptr (LtGenogram) genogram = make_family ();
  g_autoptr (LtGenogramLayout) layout = lt_genogram_layout_new (genogram);
  const LtGenogramLine       *birth, *caregiver, *adoptive, *step;
  const LtGenogramLegendItem *item;
  guint                       n_caregiver_lines = 0;

  birth = line_drawing (layout, find_tie (genogram, MOTHER, CHILD, LT_RELATION_KIND_PARENT));
  caregiver = line_drawing (layout, find_tie (genogram, FOSTER_FATHER, CHILD,
                                              LT_RELATION_KIND_FOSTER_PARENT));
  adoptive = line_drawing (layout, find_tie (genogram, FOSTER_MOTHER, ADOPTED_SISTER,
                                             LT_RELATION_KIND_ADOPTIVE_PARENT));
  step = line_drawing (layout, find_tie (genogram, STEPFATHER, STEP_SISTER,
                                         LT_RELATION_KIND_PARENT));
  g_assert_nonnull (birth);
  g_assert_nonnull (caregiver);
  g_assert_cmpint (birth->kind, ==, LT_GENOGRAM_LINE_BIRTH);
  g_assert_cmpint (caregiver->kind, ==, LT_GENOGRAM_LINE_CAREGIVER);
  g_assert_cmpint (adoptive->kind, ==, LT_GENOGRAM_LINE_ADOPTIVE);
  g_assert_cmpint (step->kind, ==, LT_GENOGRAM_LINE_BIRTH); /* his own daughter */
  /* Distinct in stroke and colour from birth and adoptive lines. */
  g_assert_cmpint (caregiver->ink, ==, LT_GENOGRAM_INK_CARE);
  g_assert_cmpint (caregiver->stroke, !=, birth->stroke);
  g_assert_cmpint (caregiver->stroke, !=, adoptive->stroke);
  g_assert_cmpint (birth->ink, !=, LT_GENOGRAM_INK_CARE);
  g_assert_cmpint (adoptive->ink, !=, LT_GENOGRAM_INK_CARE);
  /* It reaches the child from the caregivers. */
  g_assert_cmpfloat (fabs (g_array_index (caregiver->points, LtGenogramPoint,
                                          caregiver->points->len - 1)
                               .x -
                           node (layout, CHILD)->x),
                     <, LT_GENOGRAM_SYMBOL / 2);
  for (guint i = 0; i < layout->lines->len; i++)
    if (((LtGenogramLine *) g_ptr_array_index (layout->lines, i))->kind == LT_GENOGRAM_LINE_CAREGIVER)
      n_caregiver_lines++;
  g_assert_cmpuint (n_caregiver_lines, ==, 1); /* both foster parents, one line */

  item = legend_item (layout, LT_GENOGRAM_INK_CARE);
  g_assert_nonnull (item);
  g_assert_cmpint (item->stroke, ==, caregiver->stroke);
}

/* The child's homes with their dates, under the child's name, inside the
 * child's label so nothing is placed on them. */
static void
test_placements (void)
{
  g_autoptr (LtGenogram) genogram = make_family ();
  g_autoptr (LtGenogramLayout) layout = NULL;
  const LtGenogramNode *child;

  lt_genogram_add_placement (genogram, "Hos mor i Aalborg", "2014-03-12", "2017-09");
  lt_genogram_add_placement (genogram, "Akutfamilien Bøgh i Nørresundby med en meget lang adresse",
                             "2017-09", "2018");
  lt_genogram_add_placement (genogram, "Plejefamilie", "2021-05-03", NULL);
  g_assert_cmpstr (g_ptr_array_index (genogram->placements, 0), ==,
                   "Hos mor i Aalborg · 12.3.2014–9.2017");
  g_assert_cmpstr (g_ptr_array_index (genogram->placements, 2), ==, "Plejefamilie · 3.5.2021–");

  layout = lt_genogram_layout_new (genogram);
  child = node (layout, CHILD);
  g_assert_cmpuint (layout->placements->len, ==, 3);
  for (guint i = 0; i < layout->placements->len; i++)
    {
      const LtGenogramBox *box = &g_array_index (layout->placements, LtGenogramBox, i);

      g_assert_true (box_within (box, &child->label));
      g_assert_cmpfloat (box->y, >, child->symbol.y + child->symbol.height);
      g_assert_cmpfloat (box->width, <=, LT_GENOGRAM_PLACEMENT_WIDTH + 0.01);
      g_assert_cmpfloat (fabs (box->x + box->width / 2 - child->x), <, 0.01);
      if (i > 0) /* oldest first, one under the other */
        g_assert_cmpfloat (box->y, >=,
                           g_array_index (layout->placements, LtGenogramBox, i - 1).y +
                               g_array_index (layout->placements, LtGenogramBox, i - 1).height -
                               0.01);
    }
  /* The long one wraps. */
  g_assert_cmpfloat (g_array_index (layout->placements, LtGenogramBox, 1).height, >,
                     1.5 * g_array_index (layout->placements, LtGenogramBox, 0).height);
  assert_no_overlaps (layout);
  assert_parents_above (genogram, layout);
  assert_every_tie_drawn (genogram, layout);
}

static gboolean
has_line_kind (const LtGenogramLayout *layout,
               LtGenogramLineKind      kind)
{
  for (guint i = 0; i < layout->lines->len; i++)
    if (((LtGenogramLine *) g_ptr_array_index (layout->lines, i))->kind == kind)
      return TRUE;
  return FALSE;
}

/* The child's own drawing: faces and first names, the child larger and in
 * the middle, birth family, caregivers and placeholders all there, and none
 * of the professional notation. */
static void
test_child_friendly (void)
{
  g_autoptr (LtGenogram) genogram = make_family ();
  g_autoptr (LtGenogramLayout) layout = NULL;
  g_autoptr (LtGenogramLayout) professional = NULL;
  LtGenogramPerson     *unknown = g_ptr_array_index (genogram->persons, PATERNAL_GRANDMOTHER);
  const LtGenogramNode *child;

  unknown->unknown = TRUE;
  lt_genogram_add_placement (genogram, "Plejefamilie", "2021-05-03", NULL);
  layout = lt_genogram_layout_new_with_style (genogram, LT_GENOGRAM_STYLE_CHILD_FRIENDLY);
  professional = lt_genogram_layout_new (genogram);
  g_assert_cmpint (layout->style, ==, LT_GENOGRAM_STYLE_CHILD_FRIENDLY);
  g_assert_cmpuint (layout->nodes->len, ==, N_FAMILY);
  assert_no_overlaps (layout);
  assert_parents_above (genogram, layout);
  assert_every_tie_drawn (genogram, layout);

  /* First names only; the professional drawing keeps the full name. */
  g_assert_cmpstr (node (layout, CHILD)->name, ==, "Ida");
  g_assert_cmpstr (node (professional, CHILD)->name, ==, "Ida Marie Sørensen");
  g_assert_cmpstr (node (layout, UNCLE_BY_MARRIAGE)->name, ==, "Peter");
  g_assert_cmpstr (node (layout, FOSTER_MOTHER)->name, ==, "Anne");
  for (guint p = 0; p < N_FAMILY; p++)
    g_assert_null (strchr (node (layout, p)->name, ' '));

  /* The child larger than everyone else, in the middle of the page. */
  child = node (layout, CHILD);
  for (guint p = 0; p < N_FAMILY; p++)
    if (p != CHILD)
      g_assert_cmpfloat (child->symbol.width, >, node (layout, p)->symbol.width);
  g_assert_cmpfloat (child->symbol.width, >, node (professional, CHILD)->symbol.width);
  g_assert_cmpfloat (fabs (child->x - layout->width / 2), <, 0.5);

  /* Birth family and caregivers both there. */
  g_assert_true (has_line_kind (layout, LT_GENOGRAM_LINE_BIRTH));
  g_assert_true (has_line_kind (layout, LT_GENOGRAM_LINE_CAREGIVER));

  /* No notation: no slashes, bars, zigzags, double lines or feeling
   * colours; no years, crosses or gender symbols in the legend; no dates. */
  for (guint i = 0; i < layout->lines->len; i++)
    {
      LtGenogramLine *line = g_ptr_array_index (layout->lines, i);

      g_assert_cmpint (line->mark, ==, LT_GENOGRAM_MARK_NONE);
      g_assert_cmpint (line->stroke, !=, LT_GENOGRAM_STROKE_ZIGZAG);
      g_assert_cmpint (line->stroke, !=, LT_GENOGRAM_STROKE_DOUBLE);
      g_assert_cmpint (line->kind, !=, LT_GENOGRAM_LINE_FEELING);
      g_assert_true (line->ink == LT_GENOGRAM_INK_LINE || line->ink == LT_GENOGRAM_INK_MUTED ||
                     line->ink == LT_GENOGRAM_INK_CARE);
    }
  for (guint i = 0; i < layout->legend->len; i++)
    {
      LtGenogramLegendKind kind = g_array_index (layout->legend, LtGenogramLegendItem, i).kind;

      g_assert_cmpint (kind, !=, LT_GENOGRAM_LEGEND_SYMBOLS);
      g_assert_cmpint (kind, !=, LT_GENOGRAM_LEGEND_DECEASED);
    }
  g_assert_nonnull (legend_item (layout, LT_GENOGRAM_INK_CARE));
  g_assert_cmpuint (layout->placements->len, ==, 0);
  /* The professional drawing of the same family has all of it. */
  g_assert_true (has_line_kind (professional, LT_GENOGRAM_LINE_FEELING));
  g_assert_cmpuint (professional->placements->len, ==, 1);
}

static gboolean
inside (GArray *polygon,
        double  x,
        double  y)
{
  gboolean in = FALSE;

  for (guint i = 0, j = polygon->len - 1; i < polygon->len; j = i++)
    {
      LtGenogramPoint *a = &g_array_index (polygon, LtGenogramPoint, i);
      LtGenogramPoint *b = &g_array_index (polygon, LtGenogramPoint, j);

      if ((a->y > y) != (b->y > y) && x < (b->x - a->x) * (y - a->y) / (b->y - a->y) + a->x)
        in = !in;
    }
  return in;
}

static void
test_household (void)
{
  g_autoptr (LtGenogram) genogram = make_family ();
  g_autoptr (LtGenogramLayout) layout = lt_genogram_layout_new (genogram);
  g_autoptr (LtGenogramLayout) alone = NULL;

  g_assert_cmpuint (layout->household->len, >=, 4);
  for (guint p = 0; p < N_FAMILY; p++)
    {
      const LtGenogramPerson *person = g_ptr_array_index (genogram->persons, p);

      if (person->in_household)
        g_assert_true (inside (layout->household, node (layout, p)->x, node (layout, p)->y));
    }
  g_assert_false (inside (layout->household, node (layout, GRANDMOTHER)->x,
                          node (layout, GRANDMOTHER)->y));

  for (guint p = 1; p < N_FAMILY; p++)
    ((LtGenogramPerson *) g_ptr_array_index (genogram->persons, p))->in_household = FALSE;
  alone = lt_genogram_layout_new (genogram);
  g_assert_cmpuint (alone->household->len, ==, 0);
}

/* A nudge moves the symbol by as much as it says when there is room, and
 * never makes two people overlap when there is not. */
static void
test_nudge (void)
{
  g_autoptr (LtGenogram) genogram = make_family ();
  g_autoptr (LtGenogramLayout) before = lt_genogram_layout_new (genogram);
  g_autoptr (LtGenogramLayout) after = NULL;
  g_autoptr (LtGenogramLayout) crowded = NULL;
  LtGenogramPerson *great_aunt = g_ptr_array_index (genogram->persons, GREAT_AUNT);
  guint             rightmost = 0;
  double            shift_before, shift_after;

  /* The rightmost of the top row has room to the right. */
  for (guint p = 0; p < N_FAMILY; p++)
    if (node (before, p)->generation == 0 &&
        (node (before, rightmost)->generation != 0 || node (before, p)->x > node (before, rightmost)->x))
      rightmost = p;
  ((LtGenogramPerson *) g_ptr_array_index (genogram->persons, rightmost))->nudge_x = 80;
  ((LtGenogramPerson *) g_ptr_array_index (genogram->persons, rightmost))->nudge_y = 10;
  after = lt_genogram_layout_new (genogram);
  /* Everything may move as the drawing's left edge moves; compare to another person. */
  shift_before = node (before, rightmost)->x - node (before, CHILD)->x;
  shift_after = node (after, rightmost)->x - node (after, CHILD)->x;
  g_assert_cmpfloat (fabs (shift_after - shift_before - 80), <, 0.01);
  g_assert_cmpfloat (fabs (node (after, rightmost)->y - node (after, CHILD)->y -
                           (node (before, rightmost)->y - node (before, CHILD)->y) - 10),
                     <, 0.01);
  assert_no_overlaps (after);

  /* Pushed hard into a neighbour: kept apart. */
  great_aunt->nudge_x = 2000;
  crowded = lt_genogram_layout_new (genogram);
  assert_no_overlaps (crowded);
  assert_every_tie_drawn (genogram, crowded);
}

/* A large family: 300 people over five generations, each couple with
 * children, some remarried. */
static LtGenogram *
make_large (guint n_people)
{
  LtGenogram *g = lt_genogram_new ();
  GRand      *rand = g_rand_new_with_seed (4711);
  guint       first_of_generation = 0;

  add (g, "Barnet", LT_GENDER_FEMALE, 2015, 0);
  ((LtGenogramPerson *) g_ptr_array_index (g->persons, 0))->is_child = TRUE;
  /* Ancestors: a couple of founders, then each generation from the last. */
  add (g, "Stamfar", LT_GENDER_MALE, 1900, 1980);
  add (g, "Stammor", LT_GENDER_FEMALE, 1902, 1985);
  lt_genogram_add_tie (g, 1, 2, LT_RELATION_KIND_MARRIED, LT_EMOTION_NONE);
  first_of_generation = 1;
  while (g->persons->len + 1 < n_people)
    {
      guint end = g->persons->len;

      for (guint p = first_of_generation; p + 1 < end && g->persons->len < n_people; p += 2)
        {
          guint n_children = g_rand_int_range (rand, 1, 4);

          for (guint c = 0; c < n_children && g->persons->len + 1 < n_people; c++)
            {
              g_autofree char *name = g_strdup_printf ("Efterkommer %u Ærø", g->persons->len);
              g_autofree char *in_law = g_strdup_printf ("Svigerbarn %u", g->persons->len + 1);
              guint            child = g->persons->len;

              add (g, name, c % 2 ? LT_GENDER_MALE : LT_GENDER_FEMALE, 1930 + child / 10, 0);
              lt_genogram_add_tie (g, p, child, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
              lt_genogram_add_tie (g, p + 1, child, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
              /* A partner for them, so the line goes on. */
              add (g, in_law, c % 2 ? LT_GENDER_FEMALE : LT_GENDER_MALE, 1930 + child / 10, 0);
              lt_genogram_add_tie (g, child, child + 1,
                                   g_rand_boolean (rand) ? LT_RELATION_KIND_MARRIED
                                                         : LT_RELATION_KIND_DIVORCED,
                                   LT_EMOTION_NONE);
            }
        }
      first_of_generation = end;
    }
  lt_genogram_add_tie (g, g->persons->len - 2, 0, LT_RELATION_KIND_PARENT, LT_EMOTION_NONE);
  if (g->persons->len < n_people) /* one more: a half-sister */
    {
      add (g, "Halvsøster", LT_GENDER_FEMALE, 2019, 0);
      lt_genogram_add_tie (g, 0, g->persons->len - 1, LT_RELATION_KIND_HALF_SIBLING,
                           LT_EMOTION_CLOSE);
    }
  g_rand_free (rand);
  return g;
}

static void
test_large (void)
{
  g_autoptr (LtGenogram) genogram = make_large (300);
  g_autoptr (LtGenogramLayout) layout = lt_genogram_layout_new (genogram);

  g_assert_cmpuint (layout->nodes->len, ==, 300);
  assert_no_overlaps (layout);
  assert_parents_above (genogram, layout);
  assert_partners_adjacent (genogram, layout);
  assert_every_tie_drawn (genogram, layout);
}

static void
test_empty_and_alone (void)
{
  g_autoptr (LtGenogram) empty = lt_genogram_new ();
  g_autoptr (LtGenogramLayout) nothing = lt_genogram_layout_new (empty);
  g_autoptr (LtGenogram) alone = lt_genogram_new ();
  g_autoptr (LtGenogramLayout) one = NULL;

  g_assert_cmpuint (nothing->nodes->len, ==, 0);
  g_assert_cmpfloat (nothing->width, >, 0);
  lt_genogram_add_person (alone, 0, "Freja", LT_GENDER_FEMALE, 2020, 0, FALSE);
  one = lt_genogram_layout_new (alone);
  g_assert_cmpuint (one->nodes->len, ==, 1);
  g_assert_cmpuint (one->lines->len, ==, 0);
}

/* From the store: relations become ties, roles imply ties for people
 * nobody has tied yet, and friends stay on the network map. */
static void
test_from_store (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-genogram-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "household.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = lt_store_open (path, &error);
  g_autoptr (GListModel) children = NULL;
  g_autoptr (LtChild) ida = NULL;
  g_autoptr (LtChild) freja = NULL;
  g_autoptr (LtGenogram) genogram = NULL;
  g_autoptr (LtPerson) father = lt_person_new ();
  int   else_index, father_index, unknown_index = -1;
  guint n_caregivers = 0;

  g_assert_no_error (error);
  lt_demo_populate (store, &error);
  g_assert_no_error (error);
  children = lt_store_list_children (store);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_str_equal (lt_child_get_display_name (child), "Ida"))
        ida = g_object_ref (child);
      if (g_str_has_prefix (lt_child_get_name (child), "Freja"))
        freja = g_object_ref (child);
    }

  genogram = lt_genogram_new_from_store (store, ida);
  g_assert_true (((LtGenogramPerson *) g_ptr_array_index (genogram->persons, 0))->is_child);
  /* Family, not the friend or the teacher; her father's unknown father too. */
  g_assert_cmpuint (genogram->persons->len, ==, 11);
  else_index = -1;
  for (guint p = 0; p < genogram->persons->len; p++)
    {
      LtGenogramPerson *person = g_ptr_array_index (genogram->persons, p);

      g_assert_cmpstr (person->name, !=, "Asta Møller");
      if (g_strcmp0 (person->name, "Else Sørensen") == 0)
        else_index = (int) p;
      if (g_strcmp0 (person->name, "Poul Sørensen") == 0)
        {
          g_assert_true (person->deceased);
          g_assert_cmpstr (person->years, ==, "1958–2019");
        }
    }
  g_assert_cmpint (else_index, >, 0);
  /* Her homes, oldest first, the one she lives in now last and open-ended. */
  g_assert_cmpuint (genogram->placements->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (genogram->placements, 0), ==,
                   "Hos mor i Aalborg · 12.3.2014–4.9.2017");
  g_assert_cmpstr (g_ptr_array_index (genogram->placements, 3), ==,
                   "Familien Kjærgaard, Brønderslev · 25.6.2021–");
  g_assert_cmpuint (genogram->ties->len, ==, 17);
  for (guint p = 0; p < genogram->persons->len; p++)
    if (((LtGenogramPerson *) g_ptr_array_index (genogram->persons, p))->unknown)
      unknown_index = (int) p;
  g_assert_cmpint (unknown_index, >, 0);
  g_assert_cmpstr (((LtGenogramPerson *) g_ptr_array_index (genogram->persons, unknown_index))->name,
                   ==, "Unknown");
  /* The foster parents are her caregivers. */
  for (guint p = 0; p < genogram->persons->len; p++)
    if (g_str_has_suffix (((LtGenogramPerson *) g_ptr_array_index (genogram->persons, p))->name,
                          "Kjærgaard") &&
        find_tie (genogram, p, 0, LT_RELATION_KIND_FOSTER_PARENT) >= 0)
      n_caregivers++;
  g_assert_cmpuint (n_caregivers, ==, 2);
  g_clear_pointer (&genogram, lt_genogram_free);

  /* A father nobody has tied to Freja yet is still her father. */
  lt_person_set_child_id (father, lt_record_get_id (LT_RECORD (freja)));
  lt_person_set_name (father, "Kasper Nielsen");
  lt_person_set_role (father, LT_PERSON_ROLE_FATHER);
  lt_person_set_gender (father, LT_GENDER_MALE);
  g_assert_true (lt_store_add (store, LT_RECORD (father), &error));
  genogram = lt_genogram_new_from_store (store, freja);
  father_index = lt_genogram_find_person (genogram, lt_record_get_id (LT_RECORD (father)));
  g_assert_cmpint (father_index, >, 0);
  g_assert_cmpint (find_tie (genogram, father_index, 0, LT_RELATION_KIND_PARENT), >=, 0);

  g_clear_object (&ida);
  g_clear_object (&freja);
  g_clear_object (&children);
  g_assert_finalize_object (g_steal_pointer (&store));
  lt_test_remove_tree (folder);
}

static LtPerson *
add_store_person (LtStore     *store,
                  LtChild     *child,
                  const char  *name,
                  LtPersonRole role)
{
  g_autoptr (GError) error = NULL;
  LtPerson *person = lt_person_new ();

  lt_person_set_child_id (person, lt_record_get_id (LT_RECORD (child)));
  lt_person_set_name (person, name);
  lt_person_set_role (person, role);
  g_assert_true (lt_store_add (store, LT_RECORD (person), &error));
  g_assert_no_error (error);
  return person;
}

static void
add_store_relation (LtStore       *store,
                    LtChild       *child,
                    LtPerson      *from,
                    LtPerson      *to,
                    LtRelationKind kind)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtRelation) relation = lt_relation_new ();

  lt_relation_set_child_id (relation, lt_record_get_id (LT_RECORD (child)));
  lt_relation_set_from_person_id (relation, from != NULL ? lt_record_get_id (LT_RECORD (from)) : 0);
  lt_relation_set_to_person_id (relation, to != NULL ? lt_record_get_id (LT_RECORD (to)) : 0);
  lt_relation_set_kind (relation, kind);
  g_assert_true (lt_store_add (store, LT_RECORD (relation), &error));
  g_assert_no_error (error);
}

static LtStore *
open_store (char **folder)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  LtStore         *store;

  *folder = g_dir_make_tmp ("lt-genogram-XXXXXX", NULL);
  path = g_build_filename (*folder, "household.db", NULL);
  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

static LtChild *
add_store_child (LtStore    *store,
                 const char *name,
                 const char *goes_by)
{
  g_autoptr (GError) error = NULL;
  LtChild *child = lt_child_new ();

  lt_child_set_household_id (child, lt_record_get_id (LT_RECORD (lt_store_get_household (store))));
  lt_child_set_name (child, name);
  lt_child_set_preferred_name (child, goes_by);
  lt_child_set_birth_date (child, "2015-04-01");
  g_assert_true (lt_store_add (store, LT_RECORD (child), &error));
  g_assert_no_error (error);
  return child;
}

static guint
count_children (const LtGenogram       *genogram,
                const LtGenogramLayout *layout)
{
  guint n = 0;

  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const LtGenogramNode   *drawn = node (layout, i);
      const LtGenogramPerson *person = g_ptr_array_index (genogram->persons, drawn->person);

      if (person->is_child)
        n++;
    }
  return n;
}

/* However the ties go, the child is drawn once: tied to the same mother as
 * birth and foster child, entered again as one of the child's own people
 * (by full name, and by first name), with sibling ties that loop back and
 * ties entered twice. */
static void
test_tangled (void)
{
  g_autofree char *folder = NULL;
  g_autoptr (LtStore) store = open_store (&folder);
  g_autoptr (LtChild) child = add_store_child (store, "Ida Marie Hansen", "Ida");
  g_autoptr (LtPerson) mother = add_store_person (store, child, "Lene Hansen", LT_PERSON_ROLE_MOTHER);
  g_autoptr (LtPerson) again = add_store_person (store, child, "Ida Marie Hansen", LT_PERSON_ROLE_OTHER);
  g_autoptr (LtPerson) first_name = add_store_person (store, child, " ida ", LT_PERSON_ROLE_SIBLING);
  g_autoptr (LtPerson) brother = add_store_person (store, child, "Bo Hansen", LT_PERSON_ROLE_SIBLING);
  g_autoptr (LtPerson) sister = add_store_person (store, child, "Ea Hansen", LT_PERSON_ROLE_HALF_SIBLING);
  g_autoptr (LtPerson) foster = add_store_person (store, child, "Kim Berg", LT_PERSON_ROLE_FOSTER_PARENT);
  g_autoptr (LtGenogram) genogram = NULL;
  g_autoptr (LtGenogramLayout) layout = NULL;
  int   mother_index;
  guint n_parent_ties;

  add_store_relation (store, child, mother, NULL, LT_RELATION_KIND_PARENT);
  add_store_relation (store, child, mother, NULL, LT_RELATION_KIND_PARENT);
  add_store_relation (store, child, mother, NULL, LT_RELATION_KIND_FOSTER_PARENT);
  add_store_relation (store, child, mother, again, LT_RELATION_KIND_PARENT);
  add_store_relation (store, child, again, NULL, LT_RELATION_KIND_SIBLING);
  add_store_relation (store, child, first_name, brother, LT_RELATION_KIND_SIBLING);
  add_store_relation (store, child, brother, NULL, LT_RELATION_KIND_SIBLING);
  add_store_relation (store, child, NULL, brother, LT_RELATION_KIND_SIBLING);
  add_store_relation (store, child, brother, sister, LT_RELATION_KIND_HALF_SIBLING);
  add_store_relation (store, child, sister, first_name, LT_RELATION_KIND_HALF_SIBLING);
  add_store_relation (store, child, foster, again, LT_RELATION_KIND_FOSTER_PARENT);

  genogram = lt_genogram_new_from_store (store, child);
  /* The child, the mother, the brother, the sister, the foster parent. */
  g_assert_cmpuint (genogram->persons->len, ==, 5);
  g_assert_cmpint (lt_genogram_find_person (genogram, lt_record_get_id (LT_RECORD (again))), ==, -1);
  g_assert_cmpint (lt_genogram_find_person (genogram, lt_record_get_id (LT_RECORD (first_name))), ==,
                   -1);
  for (guint t = 0; t < genogram->ties->len; t++)
    {
      const LtGenogramTie *tie = &g_array_index (genogram->ties, LtGenogramTie, t);

      g_assert_cmpuint (tie->from, !=, tie->to);
    }
  /* The mother's tie entered twice is one tie; her foster tie stays. */
  mother_index = lt_genogram_find_person (genogram, lt_record_get_id (LT_RECORD (mother)));
  g_assert_cmpint (find_tie (genogram, mother_index, 0, LT_RELATION_KIND_PARENT), >=, 0);
  g_assert_cmpint (find_tie (genogram, mother_index, 0, LT_RELATION_KIND_FOSTER_PARENT), >=, 0);
  n_parent_ties = 0;
  for (guint t = 0; t < genogram->ties->len; t++)
    if (g_array_index (genogram->ties, LtGenogramTie, t).kind == LT_RELATION_KIND_PARENT &&
        g_array_index (genogram->ties, LtGenogramTie, t).to == 0)
      n_parent_ties++;
  g_assert_cmpuint (n_parent_ties, ==, 1);

  layout = lt_genogram_layout_new (genogram);
  g_assert_cmpuint (count_children (genogram, layout), ==, 1);
  g_assert_cmpuint (layout->nodes->len, ==, genogram->persons->len);
  assert_no_overlaps (layout);
  assert_parents_above (genogram, layout);
  assert_every_tie_drawn (genogram, layout);

  g_clear_pointer (&layout, lt_genogram_layout_free);
  g_clear_pointer (&genogram, lt_genogram_free);
  g_clear_object (&child);
  g_clear_object (&mother);
  g_clear_object (&again);
  g_clear_object (&first_name);
  g_clear_object (&brother);
  g_clear_object (&sister);
  g_clear_object (&foster);
  g_assert_finalize_object (g_steal_pointer (&store));
  lt_test_remove_tree (folder);
}

/* A person marked as not known is a placeholder: "Unknown" instead of a
 * name, whatever the record says, and explained in the legend. */
static void
test_placeholders (void)
{
  g_autofree char *folder = NULL;
  g_autoptr (LtStore) store = open_store (&folder);
  g_autoptr (LtChild) child = add_store_child (store, "Mo Al-Hassan", "Mo");
  g_autoptr (LtPerson) mother = add_store_person (store, child, "Rania", LT_PERSON_ROLE_MOTHER);
  g_autoptr (LtPerson) father = add_store_person (store, child, "Mos far", LT_PERSON_ROLE_FATHER);
  g_autoptr (LtGenogram) genogram = NULL;
  g_autoptr (LtGenogramLayout) layout = NULL;
  g_autoptr (GError) error = NULL;
  const LtGenogramPerson *drawn;
  gboolean                explained = FALSE;
  int                     index;

  lt_person_set_unknown (father, TRUE);
  lt_person_set_gender (father, LT_GENDER_MALE);
  g_assert_true (lt_store_save (store, LT_RECORD (father), &error));
  g_assert_no_error (error);

  genogram = lt_genogram_new_from_store (store, child);
  index = lt_genogram_find_person (genogram, lt_record_get_id (LT_RECORD (father)));
  g_assert_cmpint (index, >, 0);
  drawn = g_ptr_array_index (genogram->persons, index);
  g_assert_true (drawn->unknown);
  g_assert_cmpstr (drawn->name, ==, "Unknown");
  g_assert_false (((LtGenogramPerson *) g_ptr_array_index (
                       genogram->persons,
                       lt_genogram_find_person (genogram, lt_record_get_id (LT_RECORD (mother)))))
                      ->unknown);
  g_assert_cmpint (find_tie (genogram, index, 0, LT_RELATION_KIND_PARENT), >=, 0);

  layout = lt_genogram_layout_new (genogram);
  for (guint i = 0; i < layout->legend->len; i++)
    if (g_array_index (layout->legend, LtGenogramLegendItem, i).kind == LT_GENOGRAM_LEGEND_UNKNOWN)
      explained = TRUE;
  g_assert_true (explained);

  g_clear_pointer (&layout, lt_genogram_layout_free);
  g_clear_pointer (&genogram, lt_genogram_free);
  g_clear_object (&child);
  g_clear_object (&mother);
  g_clear_object (&father);
  g_assert_finalize_object (g_steal_pointer (&store));
  lt_test_remove_tree (folder);
}

static void
assert_starts_with (const char *path,
                    const char *magic,
                    gsize       length)
{
  g_autofree char *data = NULL;
  gsize            size = 0;

  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  g_assert_cmpuint (size, >, 1000);
  g_assert_cmpint (memcmp (data, magic, length), ==, 0);
}

static void
test_export (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-genogram-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (folder, "slægt.png", NULL);
  g_autofree char *svg = g_build_filename (folder, "slægt.svg", NULL);
  g_autofree char *pdf = g_build_filename (folder, "slægt.PDF", NULL);
  g_autofree char *txt = g_build_filename (folder, "slægt.txt", NULL);
  g_autofree char *missing = g_build_filename (folder, "no-such-folder", "x.png", NULL);
  g_autoptr (LtGenogram) genogram = make_family ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  guint    n_files = 0;
  GStatBuf buf;

  g_assert_true (
      lt_genogram_export (genogram, LT_GENOGRAM_STYLE_PROFESSIONAL, png, "Idas familie", &error));
  g_assert_true (
      lt_genogram_export (genogram, LT_GENOGRAM_STYLE_PROFESSIONAL, svg, "Idas familie", &error));
  g_assert_true (
      lt_genogram_export (genogram, LT_GENOGRAM_STYLE_PROFESSIONAL, pdf, "Idas familie", &error));
  g_assert_no_error (error);
  g_assert_true (lt_genogram_export (genogram, LT_GENOGRAM_STYLE_CHILD_FRIENDLY, pdf, "Min familie",
                                     &error));
  g_assert_no_error (error);
  assert_starts_with (png, "\x89PNG", 4);
  assert_starts_with (svg, "<?xml", 5);
  assert_starts_with (pdf, "%PDF", 4);
  g_assert_cmpint (g_stat (png, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600); /* a drawing of a child's family */

  g_assert_false (lt_genogram_export (genogram, LT_GENOGRAM_STYLE_PROFESSIONAL, txt, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (lt_genogram_export (genogram, LT_GENOGRAM_STYLE_PROFESSIONAL, missing, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));

  /* No half-written files are left behind. */
  dir = g_dir_open (folder, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 3);
  lt_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/genogram/family", test_family);
  g_test_add_func ("/genogram/notation", test_notation);
  g_test_add_func ("/genogram/caregivers", test_caregivers);
  g_test_add_func ("/genogram/placements", test_placements);
  g_test_add_func ("/genogram/child-friendly", test_child_friendly);
  g_test_add_func ("/genogram/household", test_household);
  g_test_add_func ("/genogram/nudge", test_nudge);
  g_test_add_func ("/genogram/large", test_large);
  g_test_add_func ("/genogram/empty", test_empty_and_alone);
  g_test_add_func ("/genogram/from-store", test_from_store);
  g_test_add_func ("/genogram/tangled", test_tangled);
  g_test_add_func ("/genogram/placeholders", test_placeholders);
  g_test_add_func ("/genogram/export", test_export);
  return g_test_run ();
}
