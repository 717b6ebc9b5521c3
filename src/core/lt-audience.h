/* lt-audience.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Who may see a page, photo or note outside the household, the consent
 * recorded on a photo, and the one rule every export asks.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* An audience of an export; an item's audience is a set of these (stored
 * as the bits below).  The household's own adults always see everything
 * in the app and are not an audience. */
typedef enum
{
  LT_AUDIENCE_CHILD = 1 << 0,
  LT_AUDIENCE_PARENTS = 1 << 1,
  LT_AUDIENCE_NEXT_PLACEMENT = 1 << 2,
  LT_AUDIENCE_PROFESSIONALS = 1 << 3,
} LtAudience;

#define LT_AUDIENCE_ALL 0xf
/* New pages and photos: the child's own, and the adults who take over;
 * the parents only when an adult says so. */
#define LT_AUDIENCE_DEFAULT (LT_AUDIENCE_CHILD | LT_AUDIENCE_NEXT_PLACEMENT | LT_AUDIENCE_PROFESSIONALS)
#define LT_N_AUDIENCES 4

typedef enum
{
  LT_CONSENT_UNASKED,
  LT_CONSENT_YES,
  LT_CONSENT_NO,
} LtConsent;

#define LT_TYPE_CONSENT (lt_consent_get_type ())
GType       lt_consent_get_type (void);
const char *lt_consent_to_label (LtConsent value);

LtAudience  lt_audience_nth (guint index);
const char *lt_audience_to_label (LtAudience audience);
const char *lt_audience_to_nick (LtAudience audience);
gboolean    lt_audience_from_nick (const char *nick,
                                   LtAudience *audience);
char       *lt_audience_describe (guint mask);

G_END_DECLS
