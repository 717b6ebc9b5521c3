/* lt-audience.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Audiences and consent: names and labels.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-audience.h"

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtConsent, lt_consent,
  G_DEFINE_ENUM_VALUE (LT_CONSENT_UNASKED, "unasked"),
  G_DEFINE_ENUM_VALUE (LT_CONSENT_YES, "yes"),
  G_DEFINE_ENUM_VALUE (LT_CONSENT_NO, "no"))
/* clang-format on */

typedef struct
{
  LtAudience  audience;
  const char *nick;
  const char *label;
} AudienceName;

static const AudienceName audiences[LT_N_AUDIENCES] = {
  { LT_AUDIENCE_CHILD, "child", N_ ("The child") },
  { LT_AUDIENCE_PARENTS, "parents", N_ ("The parents") },
  { LT_AUDIENCE_NEXT_PLACEMENT, "next-placement", N_ ("The next placement") },
  { LT_AUDIENCE_PROFESSIONALS, "professionals", N_ ("Professionals") },
};

const char *
lt_consent_to_label (LtConsent value)
{
  static const char *const labels[] = {
    [LT_CONSENT_UNASKED] = N_ ("Not asked yet"),
    [LT_CONSENT_YES] = N_ ("Yes"),
    [LT_CONSENT_NO] = N_ ("No"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* The audiences in the order the app lists them, 0 … LT_N_AUDIENCES - 1. */
LtAudience
lt_audience_nth (guint index)
{
  g_return_val_if_fail (index < LT_N_AUDIENCES, LT_AUDIENCE_PROFESSIONALS);

  return audiences[index].audience;
}

static const AudienceName *
find_audience (LtAudience audience)
{
  for (guint i = 0; i < LT_N_AUDIENCES; i++)
    if (audiences[i].audience == audience)
      return &audiences[i];
  return NULL;
}

const char *
lt_audience_to_label (LtAudience audience)
{
  const AudienceName *name = find_audience (audience);

  g_return_val_if_fail (name != NULL, "");

  return _ (name->label);
}

const char *
lt_audience_to_nick (LtAudience audience)
{
  const AudienceName *name = find_audience (audience);

  g_return_val_if_fail (name != NULL, "");

  return name->nick;
}

gboolean
lt_audience_from_nick (const char *nick,
                       LtAudience *audience)
{
  for (guint i = 0; i < LT_N_AUDIENCES; i++)
    if (g_strcmp0 (audiences[i].nick, nick) == 0)
      {
        *audience = audiences[i].audience;
        return TRUE;
      }
  return FALSE;
}

/**
 * lt_audience_describe:
 * @mask: a set of #LtAudience bits
 *
 * Returns: (transfer full): "The child · Professionals", or a sentence for
 * an item that stays with the household's adults
 */
char *
lt_audience_describe (guint mask)
{
  GString *text = g_string_new (NULL);

  if ((mask & LT_AUDIENCE_ALL) == 0)
    {
      g_string_append (text, _ ("Only the adults here"));
      return g_string_free (text, FALSE);
    }
  for (guint i = 0; i < LT_N_AUDIENCES; i++)
    {
      if ((mask & audiences[i].audience) == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, _ (audiences[i].label));
    }
  return g_string_free (text, FALSE);
}
