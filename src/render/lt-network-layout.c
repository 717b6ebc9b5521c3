/* lt-network-layout.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The network map's geometry: the child in a disc at the centre, three rings
 * around it (closeness 1 innermost), four quarters for the sectors.
 *
 * Each sector-and-ring ("group") spreads its people evenly over the quarter
 * arc, a dot each with the label on the side away from the centre line
 * (above in the upper half, below in the lower).  A crowded group is split
 * into staggered sub-rows, laid like bricks along the arc.  Then every label and
 * dot is checked against every other and against the centre disc; each kind
 * of collision grows the one measure that cures it (more sub-rows, wider
 * spacing of sub-rows, or a larger ring), and the check runs again.  Growth
 * only ever pushes things apart, so it ends; a cap on rounds guards it.
 *
 * Sector titles sit in the corners above and below the rings, the legend
 * below them, so they are clear of everything by construction.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lt-diagram.h"
#include "lt-network-layout.h"

#define N_SECTORS 4
#define N_RINGS 3
#define QUARTER (G_PI / 2)

#define DOT_CLEARANCE 3.0 /* room around a dot for the "contact again" mark */
#define LABEL_GAP 2.0     /* between a dot and its label */
#define SPACING 2.0       /* the least space between any two things */
#define CENTRE_PAD 8.0
#define MIN_CENTRE_RADIUS 28.0
#define MIN_BAND 36.0 /* the width of an empty ring */
#define MAX_SUB_ROWS 8
#define RING_MARGIN 6.0 /* beyond a ring's outermost sub-row */
#define GROWTH 0.03     /* of the radius, each round */
#define MAX_ROUNDS 1000
#define MARGIN 8.0
#define TITLE_GAP 10.0
#define LEGEND_GAP 10.0

typedef struct
{
  guint  n;     /* people in the group */
  guint  rows;  /* sub-rows they are spread over */
  double inset; /* from the ring's inner edge to the group's first sub-row */
} Group;

/* What the layout knows of one member while it works. */
typedef struct
{
  guint  group; /* sector * N_RINGS + ring */
  guint  index; /* place in the group */
  guint  row;
  double label_width, label_height;
} Piece;

typedef struct
{
  GArray *pieces; /* Piece, one per member */
  Group   groups[N_SECTORS * N_RINGS];
  double  pitch[N_RINGS]; /* between sub-rows of a ring */

} Plan;

/* What a round of checking found to grow. */
typedef struct
{
  gboolean crowded[N_SECTORS * N_RINGS]; /* two of a sub-row meet */
  gboolean push[N_SECTORS * N_RINGS];    /* meets another group or the centre */
  gboolean thin[N_RINGS];                /* two sub-rows meet */
} Conflicts;

/**
 * lt_network_sector_start:
 *
 * Returns: the angle where @sector's quarter begins, in radians clockwise on
 *   screen from the positive x axis; it ends a quarter turn later.  Family is
 *   top left, then friends, school and leisure, professionals clockwise.
 */
double
lt_network_sector_start (LtCircle sector)
{
  return G_PI + sector * QUARTER;
}

static gboolean
boxes_overlap (const LtNetworkBox *a,
               const LtNetworkBox *b,
               double              space)
{
  return a->x < b->x + b->width + space && b->x < a->x + a->width + space &&
         a->y < b->y + b->height + space && b->y < a->y + a->height + space;
}

/* Whether @box comes nearer than @radius to the origin. */
static gboolean
box_meets_circle (const LtNetworkBox *box,
                  double              radius)
{
  double dx = MAX (box->x, MIN (0, box->x + box->width));
  double dy = MAX (box->y, MIN (0, box->y + box->height));

  return dx * dx + dy * dy < radius * radius;
}

static LtNetworkBox
dot_box (const LtNetworkPlace *place)
{
  double r = place->dot_radius + DOT_CLEARANCE;

  return (LtNetworkBox){ place->x - r, place->y - r, 2 * r, 2 * r };
}

static void
measure_label (const LtNetworkMember *member,
               double                *width,
               double                *height)
{
  double name_w, name_h, role_w = 0, role_h = 0, contact_w = 0, contact_h = 0;

  lt_diagram_measure_text (member->name, LT_DIAGRAM_NAME_SIZE, FALSE, LT_NETWORK_LABEL_MAX_WIDTH,
                           &name_w, &name_h);
  if (member->role != NULL && member->role[0] != '\0')
    lt_diagram_measure_text (member->role, LT_DIAGRAM_SMALL_SIZE, FALSE,
                             LT_NETWORK_LABEL_MAX_WIDTH, &role_w, &role_h);
  if (member->contact != NULL && member->contact[0] != '\0')
    lt_diagram_measure_text (member->contact, LT_DIAGRAM_SMALL_SIZE, FALSE,
                             LT_NETWORK_LABEL_MAX_WIDTH, &contact_w, &contact_h);
  *width = MAX (MAX (name_w, role_w), contact_w) + 2 * LT_NETWORK_LABEL_PAD;
  *height = name_h + role_h + contact_h + 2 * LT_NETWORK_LABEL_PAD;
}

static guint
row_cap (guint n)
{
  return CLAMP ((guint) ceil (sqrt (n * 1.0)), 1, MAX_SUB_ROWS);
}

/* A token is a label with its dot: what needs room on the arc. */
static double
token_height (const Piece *piece)
{
  return piece->label_height + 2 * LT_NETWORK_DOT_RADIUS + LABEL_GAP;
}

/* The band a group of @n tokens of @area each needs at least, if they
 * filled its quarter of the ring from @inner outwards without gaps. */
static double
band_for (guint  n,
          double area,
          double inner)
{
  return sqrt (inner * inner + 4 * n * area / G_PI) - inner;
}

/* Starts from the least room the people could fit in, by area, so the
 * rounds of growing after it have little to do. */
static void
plan_init (Plan               *plan,
           const LtNetworkMap *map,
           double              centre_radius)
{
  double area[N_RINGS] = { 0 };
  double extent[N_RINGS] = { 0 };
  double tallest[N_RINGS] = { 0 };
  guint  count[N_RINGS] = { 0 };
  double inner = centre_radius;

  plan->pieces = g_array_sized_new (FALSE, TRUE, sizeof (Piece), map->members->len);
  for (guint i = 0; i < map->members->len; i++)
    {
      const LtNetworkMember *member = g_ptr_array_index (map->members, i);
      Piece                  piece = { 0 };
      guint                  ring = member->closeness - 1;

      piece.group = member->sector * N_RINGS + ring;
      piece.index = plan->groups[piece.group].n++;
      measure_label (member, &piece.label_width, &piece.label_height);
      tallest[ring] = MAX (tallest[ring], token_height (&piece));
      area[ring] += (piece.label_width + SPACING) * (token_height (&piece) + SPACING);
      /* Its reach along a radius at 45°, where sectors are widest. */
      extent[ring] += (piece.label_width + token_height (&piece)) / G_SQRT2;
      count[ring]++;
      g_array_append_val (plan->pieces, piece);
    }

  for (guint k = 0; k < N_RINGS; k++)
    {
      double mean_area = count[k] > 0 ? area[k] / count[k] : 0;
      double mean_extent = count[k] > 0 ? extent[k] / count[k] : 1;
      double band = MIN_BAND;

      /* Bricked sub-rows interleave, so less than a whole token apart. */
      plan->pitch[k] = 0.6 * tallest[k];
      for (guint s = 0; s < N_SECTORS; s++)
        band = MAX (band, band_for (plan->groups[s * N_RINGS + k].n, mean_area, inner));
      for (guint s = 0; s < N_SECTORS; s++)
        {
          Group *group = &plan->groups[s * N_RINGS + k];

          group->rows = CLAMP ((guint) floor (band / mean_extent), 1, row_cap (group->n));
          group->inset = MAX (0, (band - group->rows * plan->pitch[k]) / 2);
        }
      inner += band;
    }
}

/* A ring is as wide as its widest group needs. */
static double
ring_band (const Plan *plan,
           guint       ring)
{
  double band = MIN_BAND;

  for (guint s = 0; s < N_SECTORS; s++)
    {
      const Group *group = &plan->groups[s * N_RINGS + ring];

      if (group->n > 0)
        band = MAX (band, group->inset + group->rows * plan->pitch[ring] + RING_MARGIN);
    }
  return band;
}

/* Places every member around the origin following @plan. */
static void
place (LtNetworkLayout *layout,
       Plan            *plan)
{
  for (guint k = 0; k < N_RINGS; k++)
    layout->radii[k + 1] = layout->radii[k] + ring_band (plan, k);

  for (guint i = 0; i < plan->pieces->len; i++)
    {
      Piece          *piece = &g_array_index (plan->pieces, Piece, i);
      const Group    *group = &plan->groups[piece->group];
      LtNetworkPlace *place = &g_array_index (layout->places, LtNetworkPlace, i);
      guint           sector = piece->group / N_RINGS;
      guint           ring = piece->group % N_RINGS;
      guint           row = piece->index % group->rows;
      guint           column = piece->index / group->rows;
      guint           columns = (group->n + group->rows - 1) / group->rows;
      double          radius = layout->radii[ring] + group->inset + plan->pitch[ring] * (row + 0.5);
      /* Every other sub-row sits half a column on, so neighbouring
       * sub-rows interleave like bricks. */
      double shift = group->rows == 1 ? 0.5 : row % 2 == 0 ? 0.25
                                                           : 0.75;
      double angle = lt_network_sector_start (sector) + QUARTER / columns * (column + shift);

      place->member = i;
      place->dot_radius = LT_NETWORK_DOT_RADIUS;
      place->x = radius * cos (angle);
      place->y = radius * sin (angle);
      place->label.width = piece->label_width;
      place->label.height = piece->label_height;
      place->label.x = place->x - piece->label_width / 2;
      if (place->y < 0)
        place->label.y = place->y - place->dot_radius - LABEL_GAP - piece->label_height;
      else
        place->label.y = place->y + place->dot_radius + LABEL_GAP;
      piece->row = row;
    }
}

static gboolean
places_collide (const LtNetworkPlace *a,
                const LtNetworkPlace *b)
{
  LtNetworkBox dot_a = dot_box (a);
  LtNetworkBox dot_b = dot_box (b);

  return boxes_overlap (&a->label, &b->label, SPACING) ||
         boxes_overlap (&a->label, &dot_b, SPACING) || boxes_overlap (&dot_a, &b->label, SPACING) ||
         boxes_overlap (&dot_a, &dot_b, SPACING);
}

/* Says for each collision which measure would cure it. */
static gboolean
find_conflicts (const LtNetworkLayout *layout,
                const Plan            *plan,
                Conflicts             *found)
{
  gboolean any = FALSE;

  memset (found, 0, sizeof (*found));
  for (guint i = 0; i < layout->places->len; i++)
    {
      const LtNetworkPlace *a = &g_array_index (layout->places, LtNetworkPlace, i);
      const Piece          *piece_a = &g_array_index (plan->pieces, Piece, i);
      LtNetworkBox          dot_a = dot_box (a);

      if (box_meets_circle (&a->label, layout->radii[0] + SPACING) ||
          box_meets_circle (&dot_a, layout->radii[0] + SPACING))
        {
          found->push[piece_a->group] = TRUE;
          any = TRUE;
        }
      for (guint j = i + 1; j < layout->places->len; j++)
        {
          const LtNetworkPlace *b = &g_array_index (layout->places, LtNetworkPlace, j);
          const Piece          *piece_b = &g_array_index (plan->pieces, Piece, j);
          guint                 ring_a = piece_a->group % N_RINGS;
          guint                 ring_b = piece_b->group % N_RINGS;

          if (!places_collide (a, b))
            continue;
          any = TRUE;
          if (piece_a->group == piece_b->group && piece_a->row == piece_b->row)
            found->crowded[piece_a->group] = TRUE;
          else if (piece_a->group == piece_b->group)
            found->thin[ring_a] = TRUE;
          else if (ring_a == ring_b)
            found->push[piece_a->group] = found->push[piece_b->group] = TRUE;
          else
            found->push[ring_a > ring_b ? piece_a->group : piece_b->group] = TRUE;
        }
    }
  return any;
}

/* Grows the plan where @found says: more sub-rows, or more room.  Sub-rows
 * come first, while the ring is wide enough, since moving a group out
 * pushes every ring beyond it out too. */
static void
grow (Plan                  *plan,
      const Conflicts       *found,
      const LtNetworkLayout *layout)
{
  for (guint g = 0; g < G_N_ELEMENTS (plan->groups); g++)
    {
      Group   *group = &plan->groups[g];
      guint    ring = g % N_RINGS;
      double   radius = layout->radii[ring] + group->inset;
      gboolean push = found->push[g];

      if (found->crowded[g])
        {
          if (group->rows < row_cap (group->n) &&
              (group->rows + 1) * plan->pitch[ring] <= ring_band (plan, ring))
            group->rows++;
          else
            push = TRUE;
        }
      /* Room along an arc grows with its radius, so grow in proportion. */
      if (push)
        group->inset += 1.0 + GROWTH * radius;
    }
  for (guint k = 0; k < N_RINGS; k++)
    if (found->thin[k])
      plan->pitch[k] += 1.0 + GROWTH * plan->pitch[k];
}

static void
union_box (LtNetworkBox       *into,
           const LtNetworkBox *box)
{
  double x1 = MAX (into->x + into->width, box->x + box->width);
  double y1 = MAX (into->y + into->height, box->y + box->height);

  into->x = MIN (into->x, box->x);
  into->y = MIN (into->y, box->y);
  into->width = x1 - into->x;
  into->height = y1 - into->y;
}

static void
measure_title (LtCircle      sector,
               LtNetworkBox *box)
{
  double w, h;

  lt_diagram_measure_text (lt_circle_to_label (sector), LT_DIAGRAM_NAME_SIZE, TRUE, 0, &w, &h);
  box->width = LT_NETWORK_SWATCH + LT_NETWORK_SWATCH_GAP + w;
  box->height = MAX (h, LT_NETWORK_SWATCH);
}

static void
measure_legend (LtNetworkBox *box)
{
  double keep_w, keep_h, restore_w, restore_h, most_w, most_h;

  lt_diagram_measure_text (lt_contact_wish_to_label (LT_CONTACT_WISH_KEEP),
                           LT_DIAGRAM_SMALL_SIZE, FALSE, 0, &keep_w, &keep_h);
  lt_diagram_measure_text (lt_contact_wish_to_label (LT_CONTACT_WISH_RESTORE),
                           LT_DIAGRAM_SMALL_SIZE, FALSE, 0, &restore_w, &restore_h);
  lt_diagram_measure_text (lt_network_matters_most_label (), LT_DIAGRAM_SMALL_SIZE, FALSE, 0,
                           &most_w, &most_h);
  box->width = 2 * (LT_NETWORK_LEGEND_SAMPLE + LT_NETWORK_LEGEND_TEXT_GAP) + keep_w +
               LT_NETWORK_LEGEND_ENTRY_GAP + restore_w + LT_NETWORK_LEGEND_ENTRY_GAP +
               LT_NETWORK_LEGEND_STAR + LT_NETWORK_LEGEND_TEXT_GAP + most_w;
  box->height = MAX (MAX (MAX (keep_h, restore_h), most_h),
                     2 * (LT_NETWORK_DOT_RADIUS + DOT_CLEARANCE));
}

static void
shift_box (LtNetworkBox *box,
           double        dx,
           double        dy)
{
  box->x += dx;
  box->y += dy;
}

/* Frames the rings: titles in the corners above and below, the legend
 * under them, and moves everything from the origin into that frame. */
static void
frame (LtNetworkLayout *layout)
{
  double        r = layout->radii[N_RINGS];
  LtNetworkBox  content = { -r, -r, 2 * r, 2 * r };
  LtNetworkBox *titles = layout->sector_titles;
  double        top, bottom, inner_width, dx, dy;

  for (guint i = 0; i < layout->places->len; i++)
    {
      LtNetworkPlace *place = &g_array_index (layout->places, LtNetworkPlace, i);
      LtNetworkBox    dot = dot_box (place);

      union_box (&content, &place->label);
      union_box (&content, &dot);
    }
  for (LtCircle s = LT_CIRCLE_FAMILY; s <= LT_CIRCLE_PROFESSIONALS; s++)
    measure_title (s, &titles[s]);
  measure_legend (&layout->legend);

  top = MAX (titles[LT_CIRCLE_FAMILY].height, titles[LT_CIRCLE_FRIENDS].height) + TITLE_GAP;
  bottom = MAX (titles[LT_CIRCLE_PROFESSIONALS].height,
                titles[LT_CIRCLE_SCHOOL_LEISURE].height) +
           TITLE_GAP;
  inner_width = content.width;
  inner_width = MAX (inner_width, titles[LT_CIRCLE_FAMILY].width + TITLE_GAP +
                                      titles[LT_CIRCLE_FRIENDS].width);
  inner_width = MAX (inner_width, titles[LT_CIRCLE_PROFESSIONALS].width + TITLE_GAP +
                                      titles[LT_CIRCLE_SCHOOL_LEISURE].width);
  inner_width = MAX (inner_width, layout->legend.width);

  layout->width = inner_width + 2 * MARGIN;
  layout->height = MARGIN + top + content.height + bottom + LEGEND_GAP + layout->legend.height +
                   MARGIN;

  /* Everything so far was placed around the child at (0, 0). */
  dx = MARGIN + (inner_width - content.width) / 2 - content.x;
  dy = MARGIN + top - content.y;
  layout->cx = dx;
  layout->cy = dy;
  shift_box (&layout->centre_label, dx, dy);
  for (guint i = 0; i < layout->places->len; i++)
    {
      LtNetworkPlace *place = &g_array_index (layout->places, LtNetworkPlace, i);

      place->x += dx;
      place->y += dy;
      shift_box (&place->label, dx, dy);
    }

  titles[LT_CIRCLE_FAMILY].x = MARGIN;
  titles[LT_CIRCLE_FRIENDS].x = layout->width - MARGIN - titles[LT_CIRCLE_FRIENDS].width;
  titles[LT_CIRCLE_FAMILY].y = titles[LT_CIRCLE_FRIENDS].y = MARGIN;
  titles[LT_CIRCLE_PROFESSIONALS].x = MARGIN;
  titles[LT_CIRCLE_SCHOOL_LEISURE].x =
      layout->width - MARGIN - titles[LT_CIRCLE_SCHOOL_LEISURE].width;
  titles[LT_CIRCLE_PROFESSIONALS].y = titles[LT_CIRCLE_SCHOOL_LEISURE].y =
      MARGIN + top + content.height + TITLE_GAP;
  layout->legend.x = (layout->width - layout->legend.width) / 2;
  layout->legend.y = layout->height - MARGIN - layout->legend.height;
}

/* Returns: the legend's words for the star of those who matter most */
const char *
lt_network_matters_most_label (void)
{
  return _ ("Matters most to the child");
}

/**
 * lt_network_layout_new:
 * @map: the people to place
 *
 * Returns: (transfer full): where the child, the rings, each person and the
 *   titles go, in points from the top left corner
 */
LtNetworkLayout *
lt_network_layout_new (const LtNetworkMap *map)
{
  LtNetworkLayout *layout;
  Plan             plan = { 0 };
  Conflicts        found;
  double           w, h;

  g_return_val_if_fail (map != NULL, NULL);

  layout = g_new0 (LtNetworkLayout, 1);
  layout->places = g_array_sized_new (FALSE, TRUE, sizeof (LtNetworkPlace), map->members->len);
  g_array_set_size (layout->places, map->members->len);

  lt_diagram_measure_text (map->child_name, LT_DIAGRAM_NAME_SIZE, TRUE,
                           LT_NETWORK_CENTRE_MAX_WIDTH, &w, &h);
  layout->centre_label = (LtNetworkBox){ -w / 2, -h / 2, w, h };
  layout->radii[0] = MAX (MIN_CENTRE_RADIUS, hypot (w, h) / 2 + CENTRE_PAD);

  plan_init (&plan, map, layout->radii[0]);
  for (guint round = 0; round < MAX_ROUNDS; round++)
    {
      place (layout, &plan);
      if (!find_conflicts (layout, &plan, &found))
        break;
      grow (&plan, &found, layout);
    }
  frame (layout);
  g_array_unref (plan.pieces);
  return layout;
}

void
lt_network_layout_free (LtNetworkLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->places);
  g_free (layout);
}

/**
 * lt_network_layout_hit:
 *
 * Returns: the index in the map of the member whose dot or label is at
 *   (@x, @y), or -1
 */
int
lt_network_layout_hit (const LtNetworkLayout *layout,
                       double                 x,
                       double                 y)
{
  g_return_val_if_fail (layout != NULL, -1);

  for (guint i = 0; i < layout->places->len; i++)
    {
      const LtNetworkPlace *place = &g_array_index (layout->places, LtNetworkPlace, i);
      double                reach = place->dot_radius + DOT_CLEARANCE;

      if (hypot (x - place->x, y - place->y) <= reach ||
          (x >= place->label.x && x <= place->label.x + place->label.width &&
           y >= place->label.y && y <= place->label.y + place->label.height))
        return (int) place->member;
    }
  return -1;
}

/**
 * lt_network_layout_locate:
 * @sector: (out) (optional): the sector at (@x, @y)
 * @closeness: (out) (optional): the ring at (@x, @y), 1 … 3
 *
 * Where a member dragged to (@x, @y) would be dropped.
 *
 * Returns: %FALSE when (@x, @y) is on the child's disc or outside the rings
 */
gboolean
lt_network_layout_locate (const LtNetworkLayout *layout,
                          double                 x,
                          double                 y,
                          LtCircle              *sector,
                          int                   *closeness)
{
  double distance, angle;
  int    ring;

  g_return_val_if_fail (layout != NULL, FALSE);

  distance = hypot (x - layout->cx, y - layout->cy);
  if (distance <= layout->radii[0] || distance > layout->radii[N_RINGS])
    return FALSE;
  for (ring = 1; ring < N_RINGS && distance > layout->radii[ring]; ring++)
    ;

  /* Measured from where the family quarter starts, clockwise. */
  angle = fmod (atan2 (y - layout->cy, x - layout->cx) - G_PI + 4 * G_PI, 2 * G_PI);
  if (sector != NULL)
    *sector = (LtCircle) MIN ((int) (angle / QUARTER), LT_CIRCLE_PROFESSIONALS);
  if (closeness != NULL)
    *closeness = ring;
  return TRUE;
}
