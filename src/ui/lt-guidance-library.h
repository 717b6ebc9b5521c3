/* lt-guidance-library.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGuidanceLibrary: all the guidance, searchable, by publication.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LT_TYPE_GUIDANCE_LIBRARY (lt_guidance_library_get_type ())
G_DECLARE_FINAL_TYPE (LtGuidanceLibrary, lt_guidance_library, LT, GUIDANCE_LIBRARY, AdwWindow)

LtGuidanceLibrary *lt_guidance_library_new (GtkWindow  *parent,
                                            const char *open_item);
guint              lt_guidance_library_count_shown (LtGuidanceLibrary *self);
void               lt_guidance_library_search (LtGuidanceLibrary *self,
                                               const char        *text);

G_END_DECLS
