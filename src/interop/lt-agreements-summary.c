/* lt-agreements-summary.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The child's everyday agreements gathered from the store as text for the
 * PDF (render/lt-agreements-report), in the reader's language.
 */
#include "config.h"

#include "lt-agreements-summary.h"
#include "lt-date.h"

/**
 * lt_agreements_summary_new:
 * @today: the day the report is made, for its date and what is due
 *
 * The child's agreements as text for the PDF, in the reader's language.
 *
 * Returns: (transfer full): the report
 */
LtAgreementsReport *
lt_agreements_summary_new (LtStore     *store,
                           LtChild     *child,
                           const GDate *today)
{
  g_autoptr (GListModel) agreements = NULL;
  g_autofree char    *made_on = NULL;
  char                today_iso[11];
  LtAgreementsReport *report;
  LtAgreementsGroup  *group = NULL;
  int                 topic = -1;

  g_return_val_if_fail (LT_IS_STORE (store), NULL);
  g_return_val_if_fail (LT_IS_CHILD (child), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  g_date_strftime (today_iso, sizeof today_iso, "%Y-%m-%d", today);
  made_on = lt_date_format (today_iso);
  report = lt_agreements_report_new (lt_child_get_display_name (child), made_on);
  agreements = lt_store_list_records (store, LT_TYPE_AGREEMENT, lt_record_get_id (LT_RECORD (child)));
  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr (LtAgreement) agreement = g_list_model_get_item (agreements, i);
      g_autofree char  *involved = lt_agreement_dup_involved (agreement);
      g_autofree char  *informed = lt_agreement_dup_informed (agreement);
      g_autofree char  *agreed_on = lt_date_format (lt_agreement_get_agreed_on (agreement));
      g_autofree char  *review_on = NULL;
      LtAgreementsItem *item;

      if ((int) lt_agreement_get_topic (agreement) != topic)
        {
          topic = lt_agreement_get_topic (agreement);
          group = lt_agreements_report_add_group (report, lt_agreement_topic_to_label (topic));
        }
      if (lt_agreement_get_review_on (agreement) != NULL)
        review_on = lt_date_format (lt_agreement_get_review_on (agreement));
      item = lt_agreements_group_add_item (group, lt_agreement_get_title (agreement),
                                           lt_decider_to_label (lt_agreement_get_decides (agreement)),
                                           involved, informed, agreed_on, review_on,
                                           lt_agreement_get_notes (agreement));
      item->review_due = lt_agreement_is_review_due (agreement, today);
    }
  return report;
}
