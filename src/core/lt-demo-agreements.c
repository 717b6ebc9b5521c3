/* lt-demo-agreements.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The demo children's everyday agreements with their parents: Ida's haircut,
 * sleepovers and phone; Mo's holidays, Ramadan and Eid.  Fixed dates in
 * 2026, like the rest of the demo; one of Ida's is due to be looked at again.
 */
#include "config.h"

#include "lt-demo-private.h"

typedef struct
{
  LtAgreementTopic topic;
  const char      *title;
  LtDecider        decides;
  gboolean         involves_parents;
  gboolean         involves_child;
  gboolean         informs_parents;
  gboolean         informs_municipality;
  const char      *agreed_on;
  const char      *review_on;
  const char      *notes;
} DemoAgreement;

static const DemoAgreement ida_agreements[] = {
  { LT_AGREEMENT_TOPIC_HAIRCUT, "Klipning hos frisør", LT_DECIDER_PARENTS, TRUE, TRUE, TRUE, FALSE,
    "2026-08-20", "2027-02-01",
    "Camilla bestemmer frisure og længde sammen med Ida. Vi bestiller tid og følger hende." },
  { LT_AGREEMENT_TOPIC_SLEEPOVER, "Overnatning hos veninder", LT_DECIDER_PLACEMENT, FALSE, TRUE,
    TRUE, FALSE, "2026-08-20", NULL,
    "Vi kender forældrene i forvejen. Camilla får en besked bagefter." },
  { LT_AGREEMENT_TOPIC_PHONE, "Mobiltelefon: tider og regler", LT_DECIDER_TOGETHER, TRUE, TRUE,
    TRUE, FALSE, "2026-09-03", "2026-11-19",
    "Telefonen lades op i køkkenet fra kl. 20. Ingen TikTok før 13 år — også hos mor." },
  { LT_AGREEMENT_TOPIC_PHOTOS, "Billeder af Ida på sociale medier", LT_DECIDER_PARENTS, TRUE, TRUE,
    FALSE, FALSE, "2026-08-20", NULL,
    "Ingen billeder med ansigt på åbne profiler. Billeder i skolens Aula er i orden." },
  { 0, NULL },
};

static const DemoAgreement mo_agreements[] = {
  { LT_AGREEMENT_TOPIC_HOLIDAYS, "Sommerferie hos morbror i Aarhus", LT_DECIDER_MUNICIPALITY,
    TRUE, TRUE, TRUE, TRUE, "2026-04-15", "2027-03-01",
    "Sagsbehandleren godkender. Rania og Karim er enige; Mo glæder sig." },
  { LT_AGREEMENT_TOPIC_RELIGION, "Ramadan og eid", LT_DECIDER_PARENTS, TRUE, TRUE, TRUE, FALSE,
    "2026-02-10", "2027-01-15",
    "Forældrene bestemmer, om og hvordan Mo faster. Vi støtter med sen aftensmad og fri til eid "
    "med familien." },
  { LT_AGREEMENT_TOPIC_LEISURE, "Fodbold to gange om ugen", LT_DECIDER_CHILD, FALSE, TRUE, TRUE,
    FALSE, "2026-08-01", NULL, NULL },
  { 0, NULL },
};

static gboolean
add_agreements (LtStore             *store,
                LtChild             *child,
                const DemoAgreement *agreements,
                GError             **error)
{
  for (const DemoAgreement *a = agreements; a->title != NULL; a++)
    {
      g_autoptr (LtRecord) agreement = g_object_new (
          LT_TYPE_AGREEMENT, "topic", a->topic, "title", a->title, "decides", a->decides,
          "involves-parents", a->involves_parents, "involves-child", a->involves_child,
          "informs-parents", a->informs_parents, "informs-municipality", a->informs_municipality,
          "agreed-on", a->agreed_on, "review-on", a->review_on, "notes", a->notes, NULL);

      lt_record_set_owner_id (agreement, lt_record_get_id (LT_RECORD (child)));
      if (!lt_store_add (store, agreement, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
lt_demo_add_agreements (LtStore *store,
                        LtChild *child,
                        GError **error)
{
  const char *name = lt_child_get_display_name (child);

  if (g_str_equal (name, "Ida"))
    return add_agreements (store, child, ida_agreements, error);
  if (g_str_equal (name, "Mo"))
    return add_agreements (store, child, mo_agreements, error);
  return TRUE;
}
