/* lt-genogram-lines.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The genogram's lines, household boundary and legend, once everyone has
 * a place (see lt-genogram-layout.c).
 *
 * Partners are joined side to side at the height of their symbols, with
 * slashes for separation and divorce; children hang from the middle of
 * that line by a sibling line, twins from one point; foster and step
 * parents reach their child by a dotted (caregivers, in their own colour)
 * or dashed line beside it; feelings are straight coloured lines between
 * symbols.  Every line says which ties it draws and what kind of line it
 * is, so a test can check that none is left out.  The child-friendly style
 * leaves out the notation: no slashes, no feeling lines, a plain legend.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lt-diagram.h"
#include "lt-genogram-work.h"

static LtGenogramLine *
line_new (LtGenogramLineKind kind,
          LtGenogramStroke   stroke,
          LtGenogramInk      ink,
          LtGenogramMark     mark)
{
  LtGenogramLine *line = g_new0 (LtGenogramLine, 1);

  line->kind = kind;
  line->stroke = stroke;
  line->ink = ink;
  line->mark = mark;
  line->points = g_array_new (FALSE, FALSE, sizeof (LtGenogramPoint));
  line->ties = g_array_new (FALSE, FALSE, sizeof (guint));
  return line;
}

void
lt_genogram_line_free (gpointer data)
{
  LtGenogramLine *line = data;

  g_array_unref (line->points);
  g_array_unref (line->ties);
  g_free (line);
}

static void
line_to (LtGenogramLine *line,
         double          x,
         double          y)
{
  LtGenogramPoint point = { x, y };

  g_array_append_val (line->points, point);
}

static const LtGenogramNode *
node_at (LtGenogramLayout *layout,
         int               p)
{
  return &g_array_index (layout->nodes, LtGenogramNode, p);
}

static LtGenogramMark
partner_mark (LtRelationKind kind)
{
  if (kind == LT_RELATION_KIND_SEPARATED)
    return LT_GENOGRAM_MARK_ONE_SLASH;
  if (kind == LT_RELATION_KIND_DIVORCED)
    return LT_GENOGRAM_MARK_TWO_SLASHES;
  return LT_GENOGRAM_MARK_NONE;
}

/* Partners are joined side to side at the height of their symbols; the line
 * to their children starts from its middle. */
static void
add_partner_line (Work             *work,
                  LtGenogramLayout *layout,
                  Union            *family)
{
  const LtGenogramNode *a, *b;
  LtGenogramLine       *line;
  LtRelationKind        kind = LT_RELATION_KIND_PARENT;

  if (family->a == -1 || family->b == -1)
    return;
  if (family->partner_tie != -1)
    kind = tie_at (work, family->partner_tie)->kind;
  a = node_at (layout, family->a);
  b = node_at (layout, family->b);
  if (a->x > b->x)
    {
      const LtGenogramNode *swap = a;

      a = b;
      b = swap;
    }
  /* The child's drawing joins parents with a plain line, without notation. */
  if (child_friendly (work))
    line = line_new (LT_GENOGRAM_LINE_PARTNER, LT_GENOGRAM_STROKE_SOLID, LT_GENOGRAM_INK_LINE,
                     LT_GENOGRAM_MARK_NONE);
  else
    line = line_new (LT_GENOGRAM_LINE_PARTNER,
                     kind == LT_RELATION_KIND_COHABITING ? LT_GENOGRAM_STROKE_DASHED
                                                         : LT_GENOGRAM_STROKE_SOLID,
                     LT_GENOGRAM_INK_LINE, partner_mark (kind));
  line_to (line, a->x + a->symbol.width / 2, a->y);
  if (fabs (a->y - b->y) > 0.5) /* one of them nudged up or down */
    {
      line_to (line, (a->x + b->x) / 2, a->y);
      line_to (line, (a->x + b->x) / 2, b->y);
    }
  line_to (line, b->x - b->symbol.width / 2, b->y);
  if (family->partner_tie != -1)
    {
      guint t = (guint) family->partner_tie;

      g_array_append_val (line->ties, t);
      work->drawn_tie[t] = TRUE;
    }
  g_ptr_array_add (layout->lines, line);
  family->mid = (a->x + b->x) / 2;
}

/* Where the line down to the children leaves the parents. */
static LtGenogramPoint
family_start (LtGenogramLayout *layout,
              Union            *family)
{
  const LtGenogramNode *a = node_at (layout, family->a);

  if (family->b == -1) /* one parent: from beside the symbol, past the name */
    return (LtGenogramPoint){ a->x, a->y + a->symbol.height / 2 };
  return (LtGenogramPoint){ family->mid, MAX (a->y, node_at (layout, family->b)->y) };
}

/* A caregiver's line has its own colour as well as its dots, so it reads
 * apart from birth, adoptive and step lines even in black-and-white print. */
static LtGenogramLine *
descent_line_new (const Descent *descent)
{
  return line_new (descent->kind, descent->stroke,
                   descent->kind == LT_GENOGRAM_LINE_CAREGIVER ? LT_GENOGRAM_INK_CARE
                                                               : LT_GENOGRAM_INK_LINE,
                   LT_GENOGRAM_MARK_NONE);
}

static void
mark_ties_drawn (Work           *work,
                 LtGenogramLine *line,
                 Descent        *descent)
{
  g_array_append_vals (line->ties, descent->ties->data, descent->ties->len);
  for (guint i = 0; i < descent->ties->len; i++)
    work->drawn_tie[g_array_index (descent->ties, guint, i)] = TRUE;
}

static double
sibship_y (LtGenogramLayout *layout,
           Union            *family,
           int               child)
{
  return node_at (layout, child)->symbol.y - SIBSHIP_DROP - family->level * SIBSHIP_STEP;
}

/* The family's own children: down from the parents to the sibling line,
 * along it, and down to each child (twins from one point). */
static void
add_children_lines (Work             *work,
                    LtGenogramLayout *layout,
                    guint             u)
{
  Union          *family = union_at (work, u);
  LtGenogramLine *drop = NULL;
  double          left = G_MAXDOUBLE, right = -G_MAXDOUBLE, y = 0;
  LtGenogramPoint start = { 0, 0 };
  gboolean        any = FALSE;

  for (guint d = 0; d < work->descents->len; d++)
    {
      Descent              *descent = &g_array_index (work->descents, Descent, d);
      const LtGenogramNode *child;
      LtGenogramLine       *line;
      double                from_x;

      if (descent->family != (int) u || descent->secondary)
        continue;
      child = node_at (layout, descent->child);
      y = sibship_y (layout, family, descent->child);
      from_x = child->x;
      if (descent->twin != -1)
        from_x = (child->x + node_at (layout, descent->twin)->x) / 2;
      line = descent_line_new (descent);
      line_to (line, from_x, y);
      line_to (line, child->x, child->symbol.y);
      mark_ties_drawn (work, line, descent);
      g_ptr_array_add (layout->lines, line);
      left = MIN (left, from_x);
      right = MAX (right, from_x);
      any = TRUE;
    }
  if (!any)
    return;

  drop = line_new (LT_GENOGRAM_LINE_SIBSHIP, LT_GENOGRAM_STROKE_SOLID, LT_GENOGRAM_INK_LINE,
                   LT_GENOGRAM_MARK_NONE);
  if (family->a != -1)
    {
      start = family_start (layout, family);
      left = MIN (left, start.x);
      right = MAX (right, start.x);
      line_to (drop, start.x, start.y);
      line_to (drop, start.x, y);
    }
  else
    line_to (drop, left, y);
  /* The sibling line, ending where the drop joins it. */
  if (family->a != -1 && start.x > left)
    {
      line_to (drop, left, y);
      line_to (drop, right, y);
    }
  else
    line_to (drop, right, y);
  g_ptr_array_add (layout->lines, drop);
}

/* Foster or step parents beside the home family: a dotted or dashed line
 * from them down to the child, a little to the side of the home line. */
static void
add_secondary_line (Work             *work,
                    LtGenogramLayout *layout,
                    Descent          *descent)
{
  Union                *family = union_at (work, descent->family);
  const LtGenogramNode *child = node_at (layout, descent->child);
  LtGenogramPoint       start = family_start (layout, family);
  LtGenogramLine       *line = descent_line_new (descent);
  double                side = start.x < child->x ? -8 : 8;
  double                y = child->symbol.y - SIBSHIP_DROP / 2;

  /* Beside the line to the family's own children, which leaves the same point. */
  start.x -= side;
  line_to (line, start.x, start.y);
  line_to (line, start.x, y);
  line_to (line, child->x + side, y);
  line_to (line, child->x + side, child->symbol.y + 2);
  mark_ties_drawn (work, line, descent);
  g_ptr_array_add (layout->lines, line);
}

/* Sibling lines of families in one row that would run over each other are
 * set at different heights. */
static void
stagger_sibships (Work             *work,
                  LtGenogramLayout *layout)
{
  g_autofree double *left = g_new0 (double, work->unions->len);
  g_autofree double *right = g_new0 (double, work->unions->len);
  g_autofree int    *row = g_new0 (int, work->unions->len);

  for (guint u = 0; u < work->unions->len; u++)
    {
      Union *family = union_at (work, u);

      left[u] = G_MAXDOUBLE;
      right[u] = -G_MAXDOUBLE;
      row[u] = -1;
      if (family->a != -1)
        {
          double x = family->b == -1 ? node_at (layout, family->a)->x : family->mid;

          left[u] = right[u] = x;
        }
    }
  for (guint d = 0; d < work->descents->len; d++)
    {
      Descent *descent = &g_array_index (work->descents, Descent, d);

      if (descent->secondary)
        continue;
      left[descent->family] = MIN (left[descent->family], node_at (layout, descent->child)->x);
      right[descent->family] = MAX (right[descent->family], node_at (layout, descent->child)->x);
      row[descent->family] = work->generation[descent->child];
    }
  for (guint u = 0; u < work->unions->len; u++)
    for (guint v = 0; v < u; v++)
      if (row[u] != -1 && row[u] == row[v] && left[u] <= right[v] + 4 && left[v] <= right[u] + 4 &&
          union_at (work, u)->level == union_at (work, v)->level)
        union_at (work, u)->level = (union_at (work, v)->level + 1) % 4;
}

static LtGenogramInk
emotion_ink (LtEmotion emotion)
{
  switch (emotion)
    {
    case LT_EMOTION_CLOSE:
      return LT_GENOGRAM_INK_CLOSE;
    case LT_EMOTION_DISTANT:
      return LT_GENOGRAM_INK_DISTANT;
    case LT_EMOTION_CONFLICT:
      return LT_GENOGRAM_INK_CONFLICT;
    case LT_EMOTION_CUT_OFF:
      return LT_GENOGRAM_INK_CUT_OFF;
    case LT_EMOTION_NONE:
    default:
      return LT_GENOGRAM_INK_MUTED;
    }
}

static LtGenogramStroke
emotion_stroke (LtEmotion emotion)
{
  switch (emotion)
    {
    case LT_EMOTION_CLOSE:
      return LT_GENOGRAM_STROKE_DOUBLE;
    case LT_EMOTION_DISTANT:
      return LT_GENOGRAM_STROKE_DASHED;
    case LT_EMOTION_CONFLICT:
      return LT_GENOGRAM_STROKE_ZIGZAG;
    case LT_EMOTION_CUT_OFF:
      return LT_GENOGRAM_STROKE_SOLID;
    case LT_EMOTION_NONE:
    default:
      return LT_GENOGRAM_STROKE_DOTTED;
    }
}

/* A straight line between the edges of two symbols, moved a little to one
 * side so it does not lie on a family line. */
static void
add_direct_line (LtGenogramLayout    *layout,
                 LtGenogramLineKind   kind,
                 guint                t,
                 const LtGenogramTie *tie,
                 LtGenogramStroke     stroke,
                 LtGenogramInk        ink,
                 LtGenogramMark       mark)
{
  const LtGenogramNode *a = node_at (layout, tie->from);
  const LtGenogramNode *b = node_at (layout, tie->to);
  double                dx = b->x - a->x, dy = b->y - a->y;
  double                length = hypot (dx, dy);
  double                ux, uy, side = 5;
  double                ra = a->symbol.width / 2 + 3, rb = b->symbol.width / 2 + 3;
  LtGenogramLine       *line;

  if (length < ra + rb)
    return;
  ux = dx / length;
  uy = dy / length;
  line = line_new (kind, stroke, ink, mark);
  line_to (line, a->x + ux * ra - uy * side, a->y + uy * ra + ux * side);
  line_to (line, b->x - ux * rb - uy * side, b->y - uy * rb + ux * side);
  g_array_append_val (line->ties, t);
  g_ptr_array_add (layout->lines, line);
}

void
lt_genogram_add_lines (Work             *work,
                       LtGenogramLayout *layout)
{
  for (guint u = 0; u < work->unions->len; u++)
    add_partner_line (work, layout, union_at (work, u));
  stagger_sibships (work, layout);
  for (guint u = 0; u < work->unions->len; u++)
    add_children_lines (work, layout, u);
  for (guint d = 0; d < work->descents->len; d++)
    if (g_array_index (work->descents, Descent, d).secondary)
      add_secondary_line (work, layout, &g_array_index (work->descents, Descent, d));

  /* Feelings, and ties no family line shows (step-siblings, a second
   * partner in another row, a feeling line with no feeling marked). */
  for (guint t = 0; t < work->genogram->ties->len; t++)
    {
      const LtGenogramTie *tie = tie_at (work, t);

      if (tie->emotion != LT_EMOTION_NONE && !child_friendly (work))
        add_direct_line (layout, LT_GENOGRAM_LINE_FEELING, t, tie, emotion_stroke (tie->emotion),
                         emotion_ink (tie->emotion),
                         tie->emotion == LT_EMOTION_CUT_OFF ? LT_GENOGRAM_MARK_CUT
                                                            : LT_GENOGRAM_MARK_NONE);
      else if (!work->drawn_tie[t])
        add_direct_line (layout, LT_GENOGRAM_LINE_OTHER, t, tie,
                         tie->kind == LT_RELATION_KIND_BOND ? LT_GENOGRAM_STROKE_DOTTED
                                                            : LT_GENOGRAM_STROKE_DASHED,
                         LT_GENOGRAM_INK_MUTED, LT_GENOGRAM_MARK_NONE);
    }
}

/* ---- household boundary ------------------------------------------------ */

/* The boundary around the people who live with the child: in each row a
 * band from the leftmost to the rightmost of them, joined row to row down
 * the right side and back up the left, so it hugs them instead of taking in
 * everyone between rows as a convex hull would. */
void
lt_genogram_add_household (Work             *work,
                           LtGenogramLayout *layout)
{
  g_autofree double *left = g_new (double, work->n_rows + 1);
  g_autofree double *right = g_new (double, work->n_rows + 1);
  g_autofree double *top = g_new (double, work->n_rows + 1);
  g_autofree double *bottom = g_new (double, work->n_rows + 1);
  guint              members = 0;
  double             air = 8;

  for (int r = 0; r < work->n_rows; r++)
    {
      left[r] = top[r] = G_MAXDOUBLE;
      right[r] = bottom[r] = -G_MAXDOUBLE;
    }
  for (guint p = 0; p < work->n; p++)
    {
      const LtGenogramNode *node = node_at (layout, p);
      int                   r = node->generation;

      if (!person_at (work, p)->in_household && !person_at (work, p)->is_child)
        continue;
      members++;
      left[r] = MIN (left[r], MIN (node->symbol.x, node->label.x) - air);
      right[r] = MAX (right[r], MAX (node->symbol.x + node->symbol.width,
                                     node->label.x + node->label.width) +
                                    air);
      top[r] = MIN (top[r], node->symbol.y - air);
      bottom[r] = MAX (bottom[r], node->label.y + node->label.height + air);
    }
  if (members < 2) /* the child alone: no boundary */
    return;

  for (int r = 0; r < work->n_rows; r++)
    if (left[r] != G_MAXDOUBLE)
      {
        LtGenogramPoint down[2] = { { right[r], top[r] }, { right[r], bottom[r] } };

        g_array_append_vals (layout->household, down, 2);
      }
  for (int r = work->n_rows - 1; r >= 0; r--)
    if (left[r] != G_MAXDOUBLE)
      {
        LtGenogramPoint up[2] = { { left[r], bottom[r] }, { left[r], top[r] } };

        g_array_append_vals (layout->household, up, 2);
      }
}

/* ---- legend ------------------------------------------------------------ */

static void
legend_add (GArray              *legend,
            LtGenogramLegendKind kind,
            LtGenogramStroke     stroke,
            LtGenogramInk        ink,
            LtGenogramMark       mark,
            const char          *label)
{
  LtGenogramLegendItem item = { kind, stroke, ink, mark, g_strdup (label) };

  for (guint i = 0; i < legend->len; i++)
    if (g_str_equal (g_array_index (legend, LtGenogramLegendItem, i).label, label))
      {
        g_free (item.label);
        return;
      }
  g_array_append_val (legend, item);
}

/* The ties the legend explains, with how they are drawn; plain parents and
 * siblings need no explaining. */
static const struct
{
  LtRelationKind   kind;
  LtGenogramStroke stroke;
  LtGenogramInk    ink;
  LtGenogramMark   mark;
  const char      *label;
} tie_notation[] = {
  { LT_RELATION_KIND_MARRIED, LT_GENOGRAM_STROKE_SOLID, LT_GENOGRAM_INK_LINE,
    LT_GENOGRAM_MARK_NONE, N_ ("Married") },
  { LT_RELATION_KIND_COHABITING, LT_GENOGRAM_STROKE_DASHED, LT_GENOGRAM_INK_LINE,
    LT_GENOGRAM_MARK_NONE, N_ ("Living together") },
  { LT_RELATION_KIND_SEPARATED, LT_GENOGRAM_STROKE_SOLID, LT_GENOGRAM_INK_LINE,
    LT_GENOGRAM_MARK_ONE_SLASH, N_ ("Separated") },
  { LT_RELATION_KIND_DIVORCED, LT_GENOGRAM_STROKE_SOLID, LT_GENOGRAM_INK_LINE,
    LT_GENOGRAM_MARK_TWO_SLASHES, N_ ("Divorced") },
  { LT_RELATION_KIND_ADOPTIVE_PARENT, LT_GENOGRAM_STROKE_DASHED, LT_GENOGRAM_INK_LINE,
    LT_GENOGRAM_MARK_NONE, N_ ("Adopted") },
  { LT_RELATION_KIND_PARENT, LT_GENOGRAM_STROKE_SOLID, LT_GENOGRAM_INK_LINE,
    LT_GENOGRAM_MARK_NONE, N_ ("Birth parent") },
  { LT_RELATION_KIND_FOSTER_PARENT, LT_GENOGRAM_STROKE_DOTTED, LT_GENOGRAM_INK_CARE,
    LT_GENOGRAM_MARK_NONE, N_ ("Caregiver (foster parent)") },
  { LT_RELATION_KIND_STEP_PARENT, LT_GENOGRAM_STROKE_DASHED, LT_GENOGRAM_INK_LINE,
    LT_GENOGRAM_MARK_NONE, N_ ("Step-child") },
  { LT_RELATION_KIND_STEP_SIBLING, LT_GENOGRAM_STROKE_DASHED, LT_GENOGRAM_INK_MUTED,
    LT_GENOGRAM_MARK_NONE, N_ ("Step-siblings") },
};

/* The child's drawing explains only what a child needs, in a child's words. */
static void
collect_friendly_legend (Work             *work,
                         LtGenogramLayout *layout)
{
  gboolean birth = FALSE, care = FALSE, unknown = FALSE;

  for (guint t = 0; t < work->genogram->ties->len; t++)
    {
      birth = birth || tie_at (work, t)->kind == LT_RELATION_KIND_PARENT;
      care = care || tie_at (work, t)->kind == LT_RELATION_KIND_FOSTER_PARENT;
    }
  for (guint p = 0; p < work->n; p++)
    unknown = unknown || person_at (work, p)->unknown;

  legend_add (layout->legend, LT_GENOGRAM_LEGEND_CHILD, 0, 0, 0, _ ("Me"));
  if (birth)
    legend_add (layout->legend, LT_GENOGRAM_LEGEND_LINE, LT_GENOGRAM_STROKE_SOLID,
                LT_GENOGRAM_INK_LINE, LT_GENOGRAM_MARK_NONE, _ ("Family I was born into"));
  if (care)
    legend_add (layout->legend, LT_GENOGRAM_LEGEND_LINE, LT_GENOGRAM_STROKE_DOTTED,
                LT_GENOGRAM_INK_CARE, LT_GENOGRAM_MARK_NONE, _ ("Grown-ups who take care of me"));
  if (unknown)
    legend_add (layout->legend, LT_GENOGRAM_LEGEND_UNKNOWN, 0, 0, 0,
                _ ("Someone we do not know much about"));
  if (layout->household->len > 0)
    legend_add (layout->legend, LT_GENOGRAM_LEGEND_HOUSEHOLD, LT_GENOGRAM_STROKE_DASHED,
                LT_GENOGRAM_INK_LINE, LT_GENOGRAM_MARK_NONE, _ ("We live together"));
}

void
lt_genogram_collect_legend (Work             *work,
                            LtGenogramLayout *layout)
{
  GArray *legend = layout->legend;

  if (child_friendly (work))
    {
      collect_friendly_legend (work, layout);
      return;
    }
  legend_add (legend, LT_GENOGRAM_LEGEND_SYMBOLS, 0, 0, 0, _ ("Woman, man, other, not known"));
  legend_add (legend, LT_GENOGRAM_LEGEND_CHILD, 0, 0, 0, _ ("The child"));
  for (guint p = 0; p < work->n; p++)
    if (person_at (work, p)->deceased)
      legend_add (legend, LT_GENOGRAM_LEGEND_DECEASED, 0, 0, 0, _ ("Deceased"));
  for (guint p = 0; p < work->n; p++)
    if (person_at (work, p)->unknown)
      legend_add (legend, LT_GENOGRAM_LEGEND_UNKNOWN, 0, 0, 0, _ ("Person not known"));
  for (guint t = 0; t < work->genogram->ties->len; t++)
    {
      const LtGenogramTie *tie = tie_at (work, t);

      for (guint k = 0; k < G_N_ELEMENTS (tie_notation); k++)
        if (tie_notation[k].kind == tie->kind)
          legend_add (legend, LT_GENOGRAM_LEGEND_LINE, tie_notation[k].stroke, tie_notation[k].ink,
                      tie_notation[k].mark, _ (tie_notation[k].label));
    }
  for (guint t = 0; t < work->genogram->ties->len; t++)
    {
      LtEmotion emotion = tie_at (work, t)->emotion;

      if (emotion != LT_EMOTION_NONE)
        legend_add (legend, LT_GENOGRAM_LEGEND_LINE, emotion_stroke (emotion),
                    emotion_ink (emotion),
                    emotion == LT_EMOTION_CUT_OFF ? LT_GENOGRAM_MARK_CUT : LT_GENOGRAM_MARK_NONE,
                    lt_emotion_to_label (emotion));
    }
  if (layout->household->len > 0)
    legend_add (legend, LT_GENOGRAM_LEGEND_HOUSEHOLD, LT_GENOGRAM_STROKE_DASHED,
                LT_GENOGRAM_INK_LINE, LT_GENOGRAM_MARK_NONE, _ ("Lives together now"));
}

/* The legend flows in lines under the drawing, as wide as the drawing. */
void
lt_genogram_place_legend (LtGenogramLayout *layout,
                          double            top,
                          double            width)
{
  double x = MARGIN, y = top, line_height = 0;

  for (guint i = 0; i < layout->legend->len; i++)
    {
      LtGenogramLegendItem *item = &g_array_index (layout->legend, LtGenogramLegendItem, i);
      double                sample_w = item->kind == LT_GENOGRAM_LEGEND_SYMBOLS ? 4 * 16.0 : LEGEND_SAMPLE_WIDTH;
      double                w, h, total;

      lt_diagram_measure_text (item->label, LT_DIAGRAM_SMALL_SIZE, FALSE, 0, &w, &h);
      total = sample_w + 6 + w;
      if (x > MARGIN && x + total > width - MARGIN)
        {
          x = MARGIN;
          y += line_height + 8;
          line_height = 0;
        }
      item->sample = (LtGenogramBox){ x, y, sample_w, MAX (h, 14) };
      item->text = (LtGenogramBox){ x + sample_w + 6, y + (MAX (h, 14) - h) / 2, w, h };
      line_height = MAX (line_height, MAX (h, 14));
      x += total + LEGEND_GAP;
    }
  layout->legend_box = (LtGenogramBox){ MARGIN, top, width - 2 * MARGIN, y + line_height - top };
}
