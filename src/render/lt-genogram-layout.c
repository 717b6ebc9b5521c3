/* lt-genogram-layout.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Where each symbol, name and line of a genogram goes.
 *
 * The layout follows the usual layered approach:
 *
 *  1. Families ("unions"): the parents of each child, partners even when
 *     childless, and siblings joined to the family of a sibling whose
 *     parents are known.  A child's home family is its birth or adoptive
 *     parents; foster and step parents hang the child from a second,
 *     dotted or dashed line.
 *  2. Generations: the child is generation 0, parents one row up,
 *     children one down, partners and siblings in the same row.
 *  3. Blocks: partners (and parents of a shared child) in a row are kept
 *     side by side as one block, a person with two partners between them.
 *  4. Order and position: blocks are sorted under their parents (or over
 *     their children), siblings in birth order, and then placed so each is
 *     as near as possible to where its family wants it without overlapping
 *     (an isotonic regression per row, solved by pool-adjacent-violators),
 *     sweeping down and up a few times.  This keeps crossings few and
 *     children centred under their parents.
 *  5. The user's nudges are added, overlaps removed again, and the lines,
 *     the household boundary and the legend are laid out
 *     (lt-genogram-lines.c).
 *
 * The child's homes are written under the child's name as part of the
 * child's label, so step 4 keeps everyone else off them.  The
 * child-friendly style sizes faces per person (the child's larger), writes
 * first names only and widens the page so the child is in its middle.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lt-diagram.h"
#include "lt-genogram-work.h"

/* ---- 1. families ------------------------------------------------------- */

static int
union_for (Work *work,
           int   a,
           int   b)
{
  guint    key;
  Union    made = { MIN (a, b), MAX (a, b), -1, 0, 0 };
  gpointer found;

  if (made.a == -1) /* one parent: it goes first */
    {
      made.a = made.b;
      made.b = -1;
    }
  key = (guint) (made.a + 1) * 65537u + (guint) (made.b + 1);
  if (made.a != -1 && g_hash_table_lookup_extended (work->union_of_pair, GUINT_TO_POINTER (key),
                                                    NULL, &found))
    return GPOINTER_TO_INT (found);
  g_array_append_val (work->unions, made);
  if (made.a != -1)
    g_hash_table_insert (work->union_of_pair, GUINT_TO_POINTER (key),
                         GINT_TO_POINTER (work->unions->len - 1));
  return work->unions->len - 1;
}

static LtGenogramStroke
descent_stroke (LtRelationKind kind)
{
  switch (kind)
    {
    case LT_RELATION_KIND_ADOPTIVE_PARENT:
    case LT_RELATION_KIND_STEP_PARENT:
      return LT_GENOGRAM_STROKE_DASHED;
    case LT_RELATION_KIND_FOSTER_PARENT:
      return LT_GENOGRAM_STROKE_DOTTED;
    case LT_RELATION_KIND_PARENT:
    case LT_RELATION_KIND_MARRIED:
    case LT_RELATION_KIND_COHABITING:
    case LT_RELATION_KIND_SEPARATED:
    case LT_RELATION_KIND_DIVORCED:
    case LT_RELATION_KIND_SIBLING:
    case LT_RELATION_KIND_HALF_SIBLING:
    case LT_RELATION_KIND_STEP_SIBLING:
    case LT_RELATION_KIND_TWIN:
    case LT_RELATION_KIND_BOND:
    default:
      return LT_GENOGRAM_STROKE_SOLID;
    }
}

static LtGenogramLineKind
descent_kind (LtRelationKind kind)
{
  switch (kind)
    {
    case LT_RELATION_KIND_ADOPTIVE_PARENT:
      return LT_GENOGRAM_LINE_ADOPTIVE;
    case LT_RELATION_KIND_STEP_PARENT:
      return LT_GENOGRAM_LINE_STEP;
    case LT_RELATION_KIND_FOSTER_PARENT:
      return LT_GENOGRAM_LINE_CAREGIVER;
    case LT_RELATION_KIND_PARENT:
    case LT_RELATION_KIND_MARRIED:
    case LT_RELATION_KIND_COHABITING:
    case LT_RELATION_KIND_SEPARATED:
    case LT_RELATION_KIND_DIVORCED:
    case LT_RELATION_KIND_SIBLING:
    case LT_RELATION_KIND_HALF_SIBLING:
    case LT_RELATION_KIND_STEP_SIBLING:
    case LT_RELATION_KIND_TWIN:
    case LT_RELATION_KIND_BOND:
    default:
      return LT_GENOGRAM_LINE_BIRTH;
    }
}

static Descent *
add_descent (Work          *work,
             int            family,
             int            child,
             gboolean       secondary,
             LtRelationKind kind)
{
  Descent descent = { family,
                      child,
                      secondary,
                      descent_stroke (kind),
                      g_array_new (FALSE, FALSE, sizeof (guint)),
                      -1,
                      descent_kind (kind) };

  g_array_append_val (work->descents, descent);
  if (!secondary)
    work->home[child] = family;
  return &g_array_index (work->descents, Descent, work->descents->len - 1);
}

/* The parents of @child in one category (birth and adoptive, or foster and
 * step), at most two; their ties go to @ties. */
static int
collect_parents (Work           *work,
                 int             child,
                 gboolean        primary,
                 int             parents[2],
                 GArray         *ties,
                 LtRelationKind *kind)
{
  int n = 0;

  for (guint t = 0; t < work->genogram->ties->len; t++)
    {
      const LtGenogramTie *tie = tie_at (work, t);
      gboolean             is_primary = tie->kind == LT_RELATION_KIND_PARENT ||
                            tie->kind == LT_RELATION_KIND_ADOPTIVE_PARENT;

      if ((int) tie->to != child || !lt_relation_kind_is_parent (tie->kind) ||
          is_primary != primary || n == 2)
        continue;
      if (n == 1 && parents[0] == (int) tie->from)
        {
          /* A second tie of the same kind from the same parent: one line. */
          g_array_append_val (ties, t);
          continue;
        }
      parents[n++] = (int) tie->from;
      *kind = tie->kind;
      g_array_append_val (ties, t);
    }
  return n;
}

static void
add_parent_families (Work *work)
{
  for (guint c = 0; c < work->n; c++)
    {
      g_autoptr (GArray) primary_ties = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr (GArray) secondary_ties = g_array_new (FALSE, FALSE, sizeof (guint));
      int            primary[2] = { -1, -1 }, secondary[2] = { -1, -1 };
      LtRelationKind primary_kind = LT_RELATION_KIND_PARENT;
      LtRelationKind secondary_kind = LT_RELATION_KIND_FOSTER_PARENT;
      int            n_primary = collect_parents (work, c, TRUE, primary, primary_ties, &primary_kind);
      int            n_secondary =
          collect_parents (work, c, FALSE, secondary, secondary_ties, &secondary_kind);
      Descent *descent;

      if (n_primary > 0)
        {
          descent = add_descent (work, union_for (work, primary[0], primary[1]), c, FALSE,
                                 primary_kind);
          g_array_append_vals (descent->ties, primary_ties->data, primary_ties->len);
        }
      if (n_secondary > 0)
        {
          descent = add_descent (work, union_for (work, secondary[0], secondary[1]), c,
                                 n_primary > 0, secondary_kind);
          g_array_append_vals (descent->ties, secondary_ties->data, secondary_ties->len);
        }
    }
}

static void
add_partner_families (Work *work)
{
  for (guint t = 0; t < work->genogram->ties->len; t++)
    {
      const LtGenogramTie *tie = tie_at (work, t);

      if (lt_relation_kind_is_partner (tie->kind))
        union_at (work, union_for (work, (int) tie->from, (int) tie->to))->partner_tie = (int) t;
    }
}

static Descent *
home_descent (Work *work,
              int   child)
{
  for (guint i = 0; i < work->descents->len; i++)
    {
      Descent *descent = &g_array_index (work->descents, Descent, i);

      if (descent->child == child && !descent->secondary)
        return descent;
    }
  return NULL;
}

/* Joins a sibling with no parents of their own to the family of a sibling
 * whose parents are known (for a half-sibling: to one of those parents),
 * or both to a family of unknown parents.  Returns whether it did. */
static gboolean
join_sibling (Work *work,
              guint t)
{
  const LtGenogramTie *tie = tie_at (work, t);
  int                  a = (int) tie->from, b = (int) tie->to;
  Descent             *descent;
  int                  family;

  if (tie->kind == LT_RELATION_KIND_STEP_SIBLING)
    return FALSE; /* step-siblings share no parent: no family line */
  if (work->home[a] != -1 && work->home[b] != -1)
    {
      if (tie->kind == LT_RELATION_KIND_TWIN && work->home[a] == work->home[b])
        {
          home_descent (work, a)->twin = b;
          home_descent (work, b)->twin = a;
        }
      if (work->home[a] != work->home[b])
        return FALSE;
      /* Already in one family: the line down to @b shows the tie too. */
      g_array_append_val (home_descent (work, b)->ties, t);
      return TRUE;
    }
  if (work->home[a] == -1 && work->home[b] == -1)
    {
      family = union_for (work, -1, -1);
      g_array_append_val (add_descent (work, family, a, FALSE, LT_RELATION_KIND_PARENT)->ties, t);
    }
  if (work->home[a] == -1)
    {
      int swap = a;

      a = b;
      b = swap;
    }
  family = work->home[a];
  if (tie->kind == LT_RELATION_KIND_HALF_SIBLING && union_at (work, family)->b != -1)
    family = union_for (work, union_at (work, family)->a, -1);
  descent = add_descent (work, family, b, FALSE, LT_RELATION_KIND_PARENT);
  g_array_append_val (descent->ties, t);
  if (tie->kind == LT_RELATION_KIND_TWIN && family == work->home[a])
    {
      descent->twin = a;
      home_descent (work, a)->twin = b;
    }
  return TRUE;
}

static void
add_sibling_families (Work *work)
{
  /* Twice, so a chain of siblings where only the last has parents joins. */
  for (int pass = 0; pass < 2; pass++)
    for (guint t = 0; t < work->genogram->ties->len; t++)
      if (!work->drawn_tie[t] && lt_relation_kind_is_sibling (tie_at (work, t)->kind))
        work->drawn_tie[t] = join_sibling (work, t);
}

/* ---- 2. generations ---------------------------------------------------- */

/* How many rows below @from the other end of a tie is, for ties that fix
 * rows; FALSE for feeling lines, which do not. */
static gboolean
tie_step (const LtGenogramTie *tie,
          guint                from,
          int                 *step)
{
  if (tie->kind == LT_RELATION_KIND_BOND)
    return FALSE;
  *step = 0;
  if (lt_relation_kind_is_parent (tie->kind))
    *step = tie->from == from ? 1 : -1;
  return TRUE;
}

static void
spread_generations (Work *work,
                    guint start)
{
  g_autoptr (GQueue) queue = g_queue_new ();

  g_queue_push_tail (queue, GUINT_TO_POINTER (start));
  while (!g_queue_is_empty (queue))
    {
      guint p = GPOINTER_TO_UINT (g_queue_pop_head (queue));

      for (guint t = 0; t < work->genogram->ties->len; t++)
        {
          const LtGenogramTie *tie = tie_at (work, t);
          guint                other = tie->from == p ? tie->to : tie->from;
          int                  step;

          if ((tie->from != p && tie->to != p) || !tie_step (tie, p, &step) ||
              work->generation[other] != G_MININT)
            continue;
          work->generation[other] = work->generation[p] + step;
          g_queue_push_tail (queue, GUINT_TO_POINTER (other));
        }
    }
}

static void
assign_generations (Work *work)
{
  int lowest = G_MAXINT, highest = G_MININT;

  for (guint p = 0; p < work->n; p++)
    work->generation[p] = G_MININT;
  /* The child first, so the child's family decides; then anyone left. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint p = 0; p < work->n; p++)
      if (work->generation[p] == G_MININT && (pass == 1 || person_at (work, p)->is_child))
        {
          work->generation[p] = 0;
          spread_generations (work, p);
        }

  for (guint p = 0; p < work->n; p++)
    {
      lowest = MIN (lowest, work->generation[p]);
      highest = MAX (highest, work->generation[p]);
    }
  for (guint p = 0; p < work->n; p++)
    work->generation[p] -= lowest;
  work->n_rows = work->n > 0 ? highest - lowest + 1 : 0;
}

/* ---- 3. blocks --------------------------------------------------------- */

/* Whether @a and @b are parents together (partners or co-parents) in one row. */
static GArray *
couples_of (Work *work,
            int   p)
{
  return g_ptr_array_index (work->couples_of, p);
}

static void
add_couple (Work *work,
            int   a,
            int   b)
{
  GArray *list = couples_of (work, a);

  for (guint i = 0; i < list->len; i++)
    if (g_array_index (list, int, i) == b)
      return;
  g_array_append_val (list, b);
}

/* Who is next to whom: partners and parents of a shared child, in one row;
 * and which families each person is a child or a parent in. */
static void
index_people (Work *work)
{
  work->couples_of = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  work->descents_of = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint p = 0; p < work->n; p++)
    {
      g_ptr_array_add (work->couples_of, g_array_new (FALSE, FALSE, sizeof (int)));
      g_ptr_array_add (work->descents_of, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  for (guint u = 0; u < work->unions->len; u++)
    {
      Union *family = union_at (work, u);

      if (family->a >= 0 && family->b >= 0 &&
          work->generation[family->a] == work->generation[family->b])
        {
          add_couple (work, family->a, family->b);
          add_couple (work, family->b, family->a);
        }
    }
  for (guint d = 0; d < work->descents->len; d++)
    {
      Descent *descent = &g_array_index (work->descents, Descent, d);
      Union   *family = union_at (work, descent->family);

      g_array_append_val (g_ptr_array_index (work->descents_of, descent->child), d);
      if (family->a >= 0)
        g_array_append_val (g_ptr_array_index (work->descents_of, family->a), d);
      if (family->b >= 0)
        g_array_append_val (g_ptr_array_index (work->descents_of, family->b), d);
    }
}

/* Walks a chain of couples from @start, left to right, into @block. */
static void
walk_couples (Work     *work,
              int       start,
              gboolean *placed,
              Block    *block)
{
  int current = start;

  while (current != -1)
    {
      GArray *partners = couples_of (work, current);
      int     next = -1;

      placed[current] = TRUE;
      g_array_append_val (block->members, current);
      for (guint i = 0; i < partners->len && next == -1; i++)
        if (!placed[g_array_index (partners, int, i)])
          next = g_array_index (partners, int, i);
      current = next;
    }
}

static void
build_blocks (Work *work)
{
  g_autofree gboolean *placed = g_new0 (gboolean, work->n);

  work->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (int r = 0; r < work->n_rows; r++)
    {
      g_autoptr (GArray) people = g_array_new (FALSE, FALSE, sizeof (int));
      GArray *blocks = g_array_new (FALSE, FALSE, sizeof (Block));

      for (guint p = 0; p < work->n; p++)
        if (work->generation[p] == r)
          g_array_append_val (people, p);
      /* Chains start at an end (one partner), so a person with two partners
       * lands between them; then whatever is left (single people, rings). */
      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < people->len; i++)
          {
            int   p = g_array_index (people, int, i);
            Block block = { g_array_new (FALSE, FALSE, sizeof (int)), 0, 0 };

            if (placed[p] || (pass == 0 && couples_of (work, p)->len != 1))
              {
                g_array_unref (block.members);
                continue;
              }
            walk_couples (work, p, placed, &block);
            g_array_append_val (blocks, block);
          }
      g_ptr_array_add (work->rows, blocks);
    }
}

static void
measure_blocks (Work *work)
{
  for (guint r = 0; r < work->rows->len; r++)
    {
      GArray *blocks = g_ptr_array_index (work->rows, r);

      for (guint b = 0; b < blocks->len; b++)
        {
          Block *block = &g_array_index (blocks, Block, b);
          double left = 0;

          block->width = 0;
          for (guint m = 0; m < block->members->len; m++)
            block->width += work->width[g_array_index (block->members, int, m)];
          for (guint m = 0; m < block->members->len; m++)
            {
              int p = g_array_index (block->members, int, m);

              work->block_of[p] = (int) b;
              work->offset[p] = left + work->width[p] / 2 - block->width / 2;
              left += work->width[p];
            }
        }
    }
}

/* ---- 4. order and position --------------------------------------------- */

static double
person_x (Work *work,
          int   p)
{
  GArray *blocks = g_ptr_array_index (work->rows, work->generation[p]);

  return g_array_index (blocks, Block, work->block_of[p]).x + work->offset[p];
}

static double
union_mid (Work  *work,
           Union *family)
{
  if (family->a == -1)
    return NAN;
  if (family->b == -1)
    return person_x (work, family->a);
  return (person_x (work, family->a) + person_x (work, family->b)) / 2;
}

/* Where @block would like its centre: under its members' parents and over
 * their children, NAN when it has neither. */
static double
block_wish (Work  *work,
            Block *block,
            int    row)
{
  double sum = 0, weight = 0;

  for (guint m = 0; m < block->members->len; m++)
    {
      int p = g_array_index (block->members, int, m);

      GArray *descents = g_ptr_array_index (work->descents_of, p);

      for (guint k = 0; k < descents->len; k++)
        {
          Descent *descent =
              &g_array_index (work->descents, Descent, g_array_index (descents, guint, k));
          Union *family = union_at (work, descent->family);
          double mid = union_mid (work, family);
          double w = descent->secondary ? 0.3 : 1.0;

          if (isnan (mid))
            continue;
          /* As a child: under the middle of the parents, the home family's
           * only; foster and step parents move towards the child instead. */
          if (descent->child == p && !descent->secondary && work->generation[family->a] < row)
            {
              sum += w * (mid - work->offset[p]);
              weight += w;
            }
          /* As a parent: over the child. */
          if ((family->a == p || family->b == p) &&
              work->generation[descent->child] > row)
            {
              double own = mid - block->x; /* where the family's line starts, in the block */

              sum += w * 0.5 * (person_x (work, descent->child) - own);
              weight += w * 0.5;
            }
        }
    }
  return weight > 0 ? sum / weight : NAN;
}

/* Places the blocks of a row in their order as near their wishes as the
 * gaps allow: pool adjacent violators on the wishes minus the packed
 * offsets gives the least-squares placement that keeps order and gaps. */
static void
place_row (GArray       *blocks,
           const double *wish)
{
  guint              n = blocks->len;
  g_autofree double *packed = g_new0 (double, n);
  g_autofree double *value = g_new0 (double, n);
  g_autofree double *weight = g_new0 (double, n);
  g_autofree guint  *size = g_new0 (guint, n);
  guint              pools = 0;

  for (guint i = 1; i < n; i++)
    packed[i] = packed[i - 1] + g_array_index (blocks, Block, i - 1).width / 2 +
                g_array_index (blocks, Block, i).width / 2 + BLOCK_GAP;

  for (guint i = 0; i < n; i++)
    {
      value[pools] = wish[i] - packed[i];
      weight[pools] = 1;
      size[pools] = 1;
      pools++;
      while (pools > 1 && value[pools - 2] > value[pools - 1])
        {
          double w = weight[pools - 2] + weight[pools - 1];

          value[pools - 2] =
              (value[pools - 2] * weight[pools - 2] + value[pools - 1] * weight[pools - 1]) / w;
          weight[pools - 2] = w;
          size[pools - 2] += size[pools - 1];
          pools--;
        }
    }
  for (guint pool = 0, i = 0; pool < pools; pool++)
    for (guint k = 0; k < size[pool]; k++, i++)
      g_array_index (blocks, Block, i).x = value[pool] + packed[i];
}

static void
place_row_by_wishes (Work *work,
                     int   row)
{
  GArray            *blocks = g_ptr_array_index (work->rows, row);
  g_autofree double *wish = g_new0 (double, blocks->len);

  for (guint b = 0; b < blocks->len; b++)
    {
      Block *block = &g_array_index (blocks, Block, b);
      double wanted = block_wish (work, block, row);

      wish[b] = isnan (wanted) ? block->x : wanted;
    }
  place_row (blocks, wish);
}

typedef struct
{
  Block  block;
  double key;
  int    family;
  int    birth_year;
} SortItem;

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const SortItem *x = a, *y = b;

  if (x->family == y->family && x->family != -1 && x->birth_year != y->birth_year &&
      x->birth_year != 0 && y->birth_year != 0)
    return x->birth_year - y->birth_year;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->block.x < y->block.x ? -1 : x->block.x > y->block.x;
}

/* Sorts a row's blocks by where they wish to be; siblings of one family
 * stay in birth order. */
static void
order_row (Work *work,
           int   row)
{
  GArray *blocks = g_ptr_array_index (work->rows, row);
  g_autoptr (GArray) items = g_array_sized_new (FALSE, FALSE, sizeof (SortItem), blocks->len);

  for (guint b = 0; b < blocks->len; b++)
    {
      Block   *block = &g_array_index (blocks, Block, b);
      double   wanted = block_wish (work, block, row);
      SortItem item = { *block, isnan (wanted) ? block->x : wanted, -1, 0 };

      for (guint m = 0; m < block->members->len && item.family == -1; m++)
        {
          int p = g_array_index (block->members, int, m);

          item.family = work->home[p];
          item.birth_year = person_at (work, p)->birth_year;
        }
      /* Siblings share their family's key, so they stay together. */
      if (item.family != -1 && !isnan (union_mid (work, union_at (work, item.family))))
        item.key = union_mid (work, union_at (work, item.family));
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_items);
  for (guint b = 0; b < blocks->len; b++)
    g_array_index (blocks, Block, b) = g_array_index (items, SortItem, b).block;
  measure_blocks (work);
}

static void
arrange (Work *work)
{
  /* Start packed left to right in the order found. */
  for (guint r = 0; r < work->rows->len; r++)
    {
      GArray            *blocks = g_ptr_array_index (work->rows, r);
      g_autofree double *wish = g_new0 (double, blocks->len);

      place_row (blocks, wish);
    }
  for (int sweep = 0; sweep < SWEEPS; sweep++)
    {
      gboolean reorder = sweep < SWEEPS - 2; /* the last sweeps only polish */

      for (int r = 0; r < work->n_rows; r++)
        {
          if (reorder)
            order_row (work, r);
          place_row_by_wishes (work, r);
        }
      for (int r = work->n_rows - 1; r >= 0; r--)
        place_row_by_wishes (work, r);
    }
  /* Last, top down, so children end under where their parents ended. */
  for (int r = 0; r < work->n_rows; r++)
    place_row_by_wishes (work, r);
}

/* ---- 5. nudges, nodes, lines ------------------------------------------- */

/* The largest symbol in row @r: symbols are centred on one line. */
static double
row_symbol (Work *work,
            int   r)
{
  double size = 0;

  for (guint p = 0; p < work->n; p++)
    if (work->generation[p] == r)
      size = MAX (size, work->symbol[p]);
  return size;
}

static double *
row_tops (Work *work)
{
  double *top = g_new0 (double, work->n_rows + 1);

  top[0] = MARGIN;
  for (int r = 0; r < work->n_rows; r++)
    {
      double label = 0;

      for (guint p = 0; p < work->n; p++)
        if (work->generation[p] == r)
          label = MAX (label, work->label_h[p]);
      top[r + 1] = top[r] + row_symbol (work, r) + LABEL_GAP + label + LINE_ROOM;
    }
  return top;
}

/* A nudge moves a person sideways within their row, together with the
 * partners beside them (so the nudges of a couple add up); the order of the
 * row is kept, so a nudge never makes two people overlap. */
static void
apply_nudges (Work *work)
{
  for (guint r = 0; r < work->rows->len; r++)
    {
      GArray            *blocks = g_ptr_array_index (work->rows, r);
      g_autofree double *wish = g_new0 (double, blocks->len);

      for (guint b = 0; b < blocks->len; b++)
        {
          Block *block = &g_array_index (blocks, Block, b);
          double nudge = 0;

          for (guint m = 0; m < block->members->len; m++)
            nudge += person_at (work, g_array_index (block->members, int, m))->nudge_x;
          wish[b] = block->x + nudge;
        }
      place_row (blocks, wish);
    }
}

static void
make_nodes (Work             *work,
            LtGenogramLayout *layout,
            const double     *top)
{
  for (guint p = 0; p < work->n; p++)
    {
      LtGenogramNode node = { p, work->generation[p], 0, 0 };
      double         dy = CLAMP (person_at (work, p)->nudge_y, -NUDGE_Y_MAX, NUDGE_Y_MAX);
      double         size = work->symbol[p];

      node.x = person_x (work, p);
      node.y = top[node.generation] + row_symbol (work, node.generation) / 2 + dy;
      node.symbol = (LtGenogramBox){ node.x - size / 2, node.y - size / 2, size, size };
      node.label = (LtGenogramBox){ node.x - work->label_w[p] / 2,
                                    node.symbol.y + size + LABEL_GAP, work->label_w[p],
                                    work->label_h[p] };
      node.name = g_steal_pointer (&work->names[p]);
      g_array_append_val (layout->nodes, node);
    }
}

/* The child's homes, one under the other at the foot of the child's label. */
static void
place_placements (Work             *work,
                  LtGenogramLayout *layout)
{
  GPtrArray *placements = work->genogram->placements;
  double     y = 0, x = 0;

  if (child_friendly (work)) /* the child's drawing leaves dates to the book */
    return;

  for (guint p = 0; p < work->n && placements->len > 0; p++)
    if (person_at (work, p)->is_child)
      {
        LtGenogramNode *child = &g_array_index (layout->nodes, LtGenogramNode, p);

        x = child->x;
        y = child->label.y + child->label.height;
        for (guint i = 0; i < placements->len; i++)
          y -= work->placement_h[i];
        break;
      }
  for (guint i = 0; i < placements->len; i++)
    {
      double        w, h;
      LtGenogramBox box;

      lt_diagram_measure_text (g_ptr_array_index (placements, i), LT_DIAGRAM_SMALL_SIZE, FALSE,
                               LT_GENOGRAM_PLACEMENT_WIDTH, &w, &h);
      box = (LtGenogramBox){ x - w / 2, y, w, h };
      g_array_append_val (layout->placements, box);
      y += h;
    }
}

/* Widens the drawing's bounds so the child is in the middle of the page. */
static void
centre_on_child (Work             *work,
                 LtGenogramLayout *layout,
                 double           *left,
                 double           *right)
{
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      LtGenogramNode *node = &g_array_index (layout->nodes, LtGenogramNode, i);
      double          half;

      if (!person_at (work, node->person)->is_child)
        continue;
      half = MAX (node->x - *left, *right - node->x);
      *left = node->x - half;
      *right = node->x + half;
      return;
    }
}

/* Moves everything so the drawing starts at the margin; sets the size. */
static void
fit (Work             *work,
     LtGenogramLayout *layout)
{
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE, top = G_MAXDOUBLE, bottom = 0;
  double shift, lift, width;

  for (guint i = 0; i < layout->nodes->len; i++)
    {
      LtGenogramNode *node = &g_array_index (layout->nodes, LtGenogramNode, i);

      top = MIN (top, node->symbol.y);
      left = MIN (left, MIN (node->symbol.x, node->label.x));
      right = MAX (right, MAX (node->symbol.x + node->symbol.width,
                               node->label.x + node->label.width));
      bottom = MAX (bottom, node->label.y + node->label.height);
    }
  for (guint i = 0; i < layout->household->len; i++)
    {
      LtGenogramPoint *p = &g_array_index (layout->household, LtGenogramPoint, i);

      left = MIN (left, p->x);
      right = MAX (right, p->x);
      top = MIN (top, p->y);
      bottom = MAX (bottom, p->y);
    }
  for (guint i = 0; i < layout->lines->len; i++)
    {
      LtGenogramLine *line = g_ptr_array_index (layout->lines, i);

      for (guint k = 0; k < line->points->len; k++)
        top = MIN (top, g_array_index (line->points, LtGenogramPoint, k).y);
    }
  if (layout->nodes->len == 0)
    left = right = top = 0;
  else if (layout->style == LT_GENOGRAM_STYLE_CHILD_FRIENDLY)
    centre_on_child (work, layout, &left, &right);
  shift = MARGIN - left;
  lift = MARGIN - top;
  width = MAX (right - left + 2 * MARGIN, 200);

  for (guint i = 0; i < layout->nodes->len; i++)
    {
      LtGenogramNode *node = &g_array_index (layout->nodes, LtGenogramNode, i);

      node->x += shift;
      node->symbol.x += shift;
      node->label.x += shift;
      node->y += lift;
      node->symbol.y += lift;
      node->label.y += lift;
    }
  for (guint i = 0; i < layout->placements->len; i++)
    {
      g_array_index (layout->placements, LtGenogramBox, i).x += shift;
      g_array_index (layout->placements, LtGenogramBox, i).y += lift;
    }
  for (guint i = 0; i < layout->lines->len; i++)
    {
      LtGenogramLine *line = g_ptr_array_index (layout->lines, i);

      for (guint k = 0; k < line->points->len; k++)
        {
          g_array_index (line->points, LtGenogramPoint, k).x += shift;
          g_array_index (line->points, LtGenogramPoint, k).y += lift;
        }
    }
  for (guint i = 0; i < layout->household->len; i++)
    {
      g_array_index (layout->household, LtGenogramPoint, i).x += shift;
      g_array_index (layout->household, LtGenogramPoint, i).y += lift;
    }

  lt_genogram_place_legend (layout, bottom + lift + 2 * MARGIN, width);
  layout->width = width;
  layout->height = layout->legend_box.y + layout->legend_box.height + MARGIN;
}

#define PLACEMENT_GAP 3.0 /* between the child's name and homes */

/* The child's homes go under the child's name and count as part of the
 * child's label, so nothing else is placed on them. */
static void
measure_placements (Work *work,
                    guint p)
{
  GPtrArray *placements = work->genogram->placements;

  if (placements->len > 0)
    work->label_h[p] += PLACEMENT_GAP;
  for (guint i = 0; i < placements->len; i++)
    {
      double w, h;

      lt_diagram_measure_text (g_ptr_array_index (placements, i), LT_DIAGRAM_SMALL_SIZE, FALSE,
                               LT_GENOGRAM_PLACEMENT_WIDTH, &w, &h);
      work->placement_h[i] = h;
      work->label_w[p] = MAX (work->label_w[p], w);
      work->label_h[p] += h;
    }
}

/* The first of a person's names, for the child-friendly drawing:
 * "Ida Marie Hansen" is "Ida". */
static char *
first_name (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  const char      *end = stripped;

  while (*end != '\0' && !g_unichar_isspace (g_utf8_get_char (end)))
    end = g_utf8_next_char (end);
  return g_strndup (stripped, end - stripped);
}

static double
symbol_size (Work                   *work,
             const LtGenogramPerson *person)
{
  if (!child_friendly (work))
    return LT_GENOGRAM_SYMBOL;
  return person->is_child ? LT_GENOGRAM_CHILD_FACE : LT_GENOGRAM_FACE;
}

static void
measure_people (Work *work)
{
  gboolean child_measured = child_friendly (work); /* no homes in the child's drawing */
  double   name_size = lt_genogram_name_size (work->style);

  for (guint p = 0; p < work->n; p++)
    {
      const LtGenogramPerson *person = person_at (work, p);
      double                  name_w, name_h, years_w = 0, years_h = 0;

      work->names[p] = child_friendly (work) ? first_name (person->name) : g_strdup (person->name);
      work->symbol[p] = symbol_size (work, person);
      lt_diagram_measure_text (work->names[p], name_size, person->is_child, LT_GENOGRAM_LABEL_WIDTH,
                               &name_w, &name_h);
      if (person->years != NULL && !child_friendly (work))
        lt_diagram_measure_text (person->years, LT_DIAGRAM_SMALL_SIZE, FALSE,
                                 LT_GENOGRAM_LABEL_WIDTH, &years_w, &years_h);
      work->label_w[p] = MAX (name_w, years_w);
      work->label_h[p] = name_h + years_h;
      if (person->is_child && !child_measured)
        {
          measure_placements (work, p);
          child_measured = TRUE;
        }
      work->width[p] = MAX (work->symbol[p], work->label_w[p]) + H_GAP;
    }
}

static void
work_clear (Work *work)
{
  for (guint d = 0; d < work->descents->len; d++)
    g_array_unref (g_array_index (work->descents, Descent, d).ties);
  g_array_unref (work->descents);
  g_array_unref (work->unions);
  g_hash_table_unref (work->union_of_pair);
  if (work->rows != NULL)
    {
      for (guint r = 0; r < work->rows->len; r++)
        {
          GArray *blocks = g_ptr_array_index (work->rows, r);

          for (guint b = 0; b < blocks->len; b++)
            g_array_unref (g_array_index (blocks, Block, b).members);
        }
      g_ptr_array_unref (work->rows);
    }
  g_free (work->home);
  g_free (work->generation);
  g_free (work->width);
  g_free (work->label_w);
  g_free (work->label_h);
  g_free (work->placement_h);
  g_free (work->symbol);
  g_strfreev (work->names);
  g_free (work->block_of);
  g_free (work->offset);
  g_free (work->drawn_tie);
  g_clear_pointer (&work->couples_of, g_ptr_array_unref);
  g_clear_pointer (&work->descents_of, g_ptr_array_unref);
}

static void
legend_item_clear (gpointer data)
{
  g_free (((LtGenogramLegendItem *) data)->label);
}

static void
node_clear (gpointer data)
{
  g_free (((LtGenogramNode *) data)->name);
}

/* Returns: the size of the names in a drawing of @style, in points */
double
lt_genogram_name_size (LtGenogramStyle style)
{
  return style == LT_GENOGRAM_STYLE_CHILD_FRIENDLY ? LT_GENOGRAM_FRIENDLY_NAME_SIZE
                                                   : LT_DIAGRAM_NAME_SIZE;
}

/**
 * lt_genogram_layout_new:
 *
 * Returns: (transfer full): where everything in @genogram goes, in the
 *   professional notation
 */
LtGenogramLayout *
lt_genogram_layout_new (const LtGenogram *genogram)
{
  return lt_genogram_layout_new_with_style (genogram, LT_GENOGRAM_STYLE_PROFESSIONAL);
}

/**
 * lt_genogram_layout_new_with_style:
 *
 * Returns: (transfer full): where everything in @genogram goes in a
 *   drawing of @style
 */
LtGenogramLayout *
lt_genogram_layout_new_with_style (const LtGenogram *genogram,
                                   LtGenogramStyle   style)
{
  LtGenogramLayout  *layout = g_new0 (LtGenogramLayout, 1);
  Work               work = { genogram, genogram->persons->len, style };
  g_autofree double *top = NULL;

  layout->style = style;
  layout->nodes = g_array_new (FALSE, TRUE, sizeof (LtGenogramNode));
  g_array_set_clear_func (layout->nodes, node_clear);
  layout->lines = g_ptr_array_new_with_free_func (lt_genogram_line_free);
  layout->household = g_array_new (FALSE, FALSE, sizeof (LtGenogramPoint));
  layout->legend = g_array_new (FALSE, TRUE, sizeof (LtGenogramLegendItem));
  g_array_set_clear_func (layout->legend, legend_item_clear);
  layout->placements = g_array_new (FALSE, FALSE, sizeof (LtGenogramBox));

  work.unions = g_array_new (FALSE, TRUE, sizeof (Union));
  work.descents = g_array_new (FALSE, TRUE, sizeof (Descent));
  work.union_of_pair = g_hash_table_new (NULL, NULL);
  work.home = g_new (int, work.n + 1);
  work.generation = g_new0 (int, work.n + 1);
  work.width = g_new0 (double, work.n + 1);
  work.label_w = g_new0 (double, work.n + 1);
  work.label_h = g_new0 (double, work.n + 1);
  work.placement_h = g_new0 (double, genogram->placements->len + 1);
  work.symbol = g_new0 (double, work.n + 1);
  work.names = g_new0 (char *, work.n + 1);
  work.block_of = g_new0 (int, work.n + 1);
  work.offset = g_new0 (double, work.n + 1);
  work.drawn_tie = g_new0 (gboolean, genogram->ties->len + 1);
  for (guint p = 0; p < work.n; p++)
    work.home[p] = -1;

  measure_people (&work);
  add_parent_families (&work);
  add_partner_families (&work);
  add_sibling_families (&work);
  assign_generations (&work);
  index_people (&work);
  build_blocks (&work);
  measure_blocks (&work);
  arrange (&work);
  apply_nudges (&work);

  top = row_tops (&work);
  make_nodes (&work, layout, top);
  place_placements (&work, layout);
  lt_genogram_add_lines (&work, layout);
  lt_genogram_add_household (&work, layout);
  lt_genogram_collect_legend (&work, layout);
  fit (&work, layout);

  work_clear (&work);
  return layout;
}

void
lt_genogram_layout_free (LtGenogramLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->nodes);
  g_ptr_array_unref (layout->lines);
  g_array_unref (layout->household);
  g_array_unref (layout->legend);
  g_array_unref (layout->placements);
  g_free (layout);
}

gboolean
lt_genogram_box_overlaps (const LtGenogramBox *a,
                          const LtGenogramBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height &&
         b->y < a->y + a->height;
}

static gboolean
box_contains (const LtGenogramBox *box,
              double               x,
              double               y)
{
  return x >= box->x && x <= box->x + box->width && y >= box->y && y <= box->y + box->height;
}

/* Returns: the person whose symbol or name is at @x, @y, or -1 */
int
lt_genogram_layout_hit (const LtGenogramLayout *layout,
                        double                  x,
                        double                  y)
{
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const LtGenogramNode *node = &g_array_index (layout->nodes, LtGenogramNode, i);

      if (box_contains (&node->symbol, x, y) || box_contains (&node->label, x, y))
        return (int) node->person;
    }
  return -1;
}
