/* lt-timeline-painter.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Paints a life line layout on any cairo surface: widget, PNG or PDF.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "lt-timeline-layout.h"

#include "lt-cairo-shapes.h"

G_BEGIN_DECLS

/* The colours come from the caller (a widget reads them from its style),
 * so the life line follows the light or dark look it is shown in. */
typedef struct
{
  LtColor text;    /* lane titles and year labels */
  LtColor dim;     /* the axis and ticks */
  LtColor accent;  /* the "today" mark */
  LtColor family;  /* homes with the birth family or kin */
  LtColor care;    /* foster families, homes, emergency placements */
  LtColor school;  /* day care and schools */
  LtColor on_fill; /* text on the bars */
} LtTimelinePalette;

void lt_timeline_palette_default (LtTimelinePalette *palette);
void lt_timeline_paint (const LtTimelineLayout     *layout,
                        cairo_t                    *cr,
                        const PangoFontDescription *font,
                        const LtTimelinePalette    *palette);

G_END_DECLS
