/* lt-agreements-report.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The child's everyday agreements with the parents as an A4 PDF for a
 * meeting: grouped by topic, who decides, who takes part and who is told,
 * and when each was agreed and is to be looked at again.  The caller gives
 * every value as text to show, so this knows nothing of the store.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char    *title;      /* "Klipning hos frisør" */
  char    *decides;    /* "Forældrene" */
  char    *involved;   /* "forældrene og barnet" */
  char    *informed;   /* "forældrene" */
  char    *agreed_on;  /* "20. august 2026" */
  char    *review_on;  /* "1. februar 2027", nullable */
  gboolean review_due; /* the day to look at it again has come */
  char    *notes;      /* nullable */
} LtAgreementsItem;

typedef struct
{
  char      *heading; /* "Klipning" */
  GPtrArray *items;   /* LtAgreementsItem *, in order */
} LtAgreementsGroup;

typedef struct
{
  char      *child_name;
  char      *made_on; /* "23. november 2026" */
  GPtrArray *groups;  /* LtAgreementsGroup *, in order */
} LtAgreementsReport;

LtAgreementsReport *lt_agreements_report_new (const char *child_name,
                                              const char *made_on);
LtAgreementsGroup  *lt_agreements_report_add_group (LtAgreementsReport *report,
                                                    const char         *heading);
LtAgreementsItem   *lt_agreements_group_add_item (LtAgreementsGroup *group,
                                                  const char        *title,
                                                  const char        *decides,
                                                  const char        *involved,
                                                  const char        *informed,
                                                  const char        *agreed_on,
                                                  const char        *review_on,
                                                  const char        *notes);
void                lt_agreements_report_free (LtAgreementsReport *report);

/* As many pages as the agreements need. */
gboolean lt_agreements_report_write_pdf (LtAgreementsReport *report,
                                         const char         *path,
                                         GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtAgreementsReport, lt_agreements_report_free)

G_END_DECLS
