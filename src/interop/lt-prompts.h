/* lt-prompts.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Gentle reflection prompts from what is written down about a child: the
 * life-story book quiet for three months, no contact with a sibling this
 * year, absence rising, no school-home talk this school year, visits that
 * did not happen.  Each points to guidance and can be put aside.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

typedef struct
{
  char       *key;      /* names the situation; putting it aside keeps it away */
  char       *message;  /* a question, never a judgement */
  const char *guidance; /* the guidance item's id */
} LtPrompt;

#define LT_PROMPT_QUIET_DAYS 90

GPtrArray *lt_prompts_for_child (LtStore     *store,
                                 LtChild     *child,
                                 const GDate *today);

G_END_DECLS
