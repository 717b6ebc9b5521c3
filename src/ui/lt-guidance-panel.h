/* lt-guidance-panel.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGuidancePanel: beside the child's views, what the recommendations say
 * about the part shown, and gentle prompts from what is written down.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_GUIDANCE_PANEL (lt_guidance_panel_get_type ())
G_DECLARE_FINAL_TYPE (LtGuidancePanel, lt_guidance_panel, LT, GUIDANCE_PANEL, GtkWidget)

void  lt_guidance_panel_set_store (LtGuidancePanel *self,
                                   LtStore         *store);
void  lt_guidance_panel_set_child (LtGuidancePanel *self,
                                   LtChild         *child);
void  lt_guidance_panel_set_view (LtGuidancePanel *self,
                                  const char      *view);
guint lt_guidance_panel_get_n_prompts (LtGuidancePanel *self);
guint lt_guidance_panel_count_items (LtGuidancePanel *self);

G_END_DECLS
