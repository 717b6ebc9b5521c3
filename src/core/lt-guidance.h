/* lt-guidance.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The national recommendations as guidance, in the reader's language:
 * what each asks, why it matters, what to do this week, the helper tools
 * it names, its source, and the parts of Livstråd where it applies.  The
 * text is data (resources/guidance/<language>.json).
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *publication; /* an id; lt_guidance_get_source() names it */
  char *title;
  char *asks;
  char *why;
  GStrv this_week;
  GStrv tools;
  GStrv modules; /* "overview", "book", "calendar", "school", "network", "family", "move" */
} LtGuidanceItem;

typedef struct _LtGuidance LtGuidance;

LtGuidance     *lt_guidance_load (const char *language,
                                  GError    **error);
LtGuidance     *lt_guidance_get_default (void);
const char     *lt_guidance_get_language (LtGuidance *self);
GPtrArray      *lt_guidance_get_items (LtGuidance *self);
LtGuidanceItem *lt_guidance_find (LtGuidance *self,
                                  const char *id);
GPtrArray      *lt_guidance_for_module (LtGuidance *self,
                                        const char *module);
GPtrArray      *lt_guidance_search (LtGuidance *self,
                                    const char *text);
const char     *lt_guidance_get_source (LtGuidance *self,
                                        const char *publication);
const char     *lt_guidance_get_module_name (LtGuidance *self,
                                             const char *module);
void            lt_guidance_free (LtGuidance *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtGuidance, lt_guidance_free)

G_END_DECLS
