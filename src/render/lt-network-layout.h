/* lt-network-layout.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Where each person of a network map goes: pure geometry in points, tested
 * with numbers, painted by lt-network-painter.
 */
#pragma once

#include <glib.h>

#include "lt-network-map.h"

G_BEGIN_DECLS

typedef struct
{
  double x, y, width, height;
} LtNetworkBox;

typedef struct
{
  guint        member; /* index in map->members */
  double       x, y;   /* dot centre */
  double       dot_radius;
  LtNetworkBox label; /* name; the role, and when last seen, on smaller lines */
} LtNetworkPlace;

typedef struct
{
  double       width, height;
  double       cx, cy;
  double       radii[4]; /* [0] centre disc, [1..3] outer edge of rings 1..3 */
  LtNetworkBox centre_label;
  LtNetworkBox sector_titles[4]; /* by LtCircle: a colour swatch, then the name */
  LtNetworkBox legend;           /* the two kinds of wish line, and the star */
  GArray      *places;           /* LtNetworkPlace, one per member, in map order */
} LtNetworkLayout;

/* Sizes the painter and the layout agree on, in points. */
#define LT_NETWORK_DOT_RADIUS 5.0
#define LT_NETWORK_LABEL_MAX_WIDTH 120.0 /* longer names wrap */
#define LT_NETWORK_LABEL_PAD 2.0         /* around the text inside a label */
#define LT_NETWORK_CENTRE_MAX_WIDTH 72.0 /* a long name takes two lines, not a larger disc */
#define LT_NETWORK_SWATCH 9.0            /* the sector colour before a title */
#define LT_NETWORK_SWATCH_GAP 5.0
#define LT_NETWORK_LEGEND_SAMPLE 26.0 /* the length of a sample line */
#define LT_NETWORK_LEGEND_TEXT_GAP 5.0
#define LT_NETWORK_LEGEND_ENTRY_GAP 18.0
#define LT_NETWORK_LEGEND_STAR 12.0 /* the sample star of "matters most" */

LtNetworkLayout *lt_network_layout_new (const LtNetworkMap *map);
void             lt_network_layout_free (LtNetworkLayout *layout);
int              lt_network_layout_hit (const LtNetworkLayout *layout,
                                        double                 x,
                                        double                 y);
gboolean         lt_network_layout_locate (const LtNetworkLayout *layout,
                                           double                 x,
                                           double                 y,
                                           LtCircle              *sector,
                                           int                   *closeness);
double           lt_network_sector_start (LtCircle sector);
const char      *lt_network_matters_most_label (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtNetworkLayout, lt_network_layout_free)

G_END_DECLS
