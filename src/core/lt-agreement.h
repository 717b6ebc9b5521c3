/* lt-agreement.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtAgreement: an everyday decision about the child, agreed with the parents.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_AGREEMENT_TOPIC_HAIRCUT,
  LT_AGREEMENT_TOPIC_SLEEPOVER,
  LT_AGREEMENT_TOPIC_LEISURE,
  LT_AGREEMENT_TOPIC_PHONE,
  LT_AGREEMENT_TOPIC_HOLIDAYS,
  LT_AGREEMENT_TOPIC_RELIGION,
  LT_AGREEMENT_TOPIC_SCHOOL,
  LT_AGREEMENT_TOPIC_HEALTH,
  LT_AGREEMENT_TOPIC_PHOTOS,
  LT_AGREEMENT_TOPIC_OTHER,
} LtAgreementTopic;

typedef enum
{
  LT_DECIDER_PARENTS,
  LT_DECIDER_PLACEMENT,
  LT_DECIDER_MUNICIPALITY,
  LT_DECIDER_CHILD,
  LT_DECIDER_TOGETHER,
} LtDecider;

#define LT_TYPE_AGREEMENT (lt_agreement_get_type ())
G_DECLARE_FINAL_TYPE (LtAgreement, lt_agreement, LT, AGREEMENT, LtRecord)

#define LT_TYPE_AGREEMENT_TOPIC (lt_agreement_topic_get_type ())
GType       lt_agreement_topic_get_type (void);
const char *lt_agreement_topic_to_label (LtAgreementTopic value);

#define LT_TYPE_DECIDER (lt_decider_get_type ())
GType       lt_decider_get_type (void);
const char *lt_decider_to_label (LtDecider value);

LtAgreement *lt_agreement_new (void);

gint64           lt_agreement_get_child_id (LtAgreement *self);
void             lt_agreement_set_child_id (LtAgreement *self,
                                            gint64       child_id);
LtAgreementTopic lt_agreement_get_topic (LtAgreement *self);
void             lt_agreement_set_topic (LtAgreement     *self,
                                         LtAgreementTopic topic);
const char      *lt_agreement_get_title (LtAgreement *self);
void             lt_agreement_set_title (LtAgreement *self,
                                         const char  *title);
LtDecider        lt_agreement_get_decides (LtAgreement *self);
void             lt_agreement_set_decides (LtAgreement *self,
                                           LtDecider    decides);
gboolean         lt_agreement_get_involves_parents (LtAgreement *self);
void             lt_agreement_set_involves_parents (LtAgreement *self,
                                                    gboolean     involves_parents);
gboolean         lt_agreement_get_involves_child (LtAgreement *self);
void             lt_agreement_set_involves_child (LtAgreement *self,
                                                  gboolean     involves_child);
gboolean         lt_agreement_get_informs_parents (LtAgreement *self);
void             lt_agreement_set_informs_parents (LtAgreement *self,
                                                   gboolean     informs_parents);
gboolean         lt_agreement_get_informs_municipality (LtAgreement *self);
void             lt_agreement_set_informs_municipality (LtAgreement *self,
                                                        gboolean     informs_municipality);
const char      *lt_agreement_get_agreed_on (LtAgreement *self);
void             lt_agreement_set_agreed_on (LtAgreement *self,
                                             const char  *agreed_on);
const char      *lt_agreement_get_review_on (LtAgreement *self);
void             lt_agreement_set_review_on (LtAgreement *self,
                                             const char  *review_on);
const char      *lt_agreement_get_notes (LtAgreement *self);
void             lt_agreement_set_notes (LtAgreement *self,
                                         const char  *notes);

gboolean lt_agreement_is_review_due (LtAgreement *self,
                                     const GDate *today);
char    *lt_agreement_dup_involved (LtAgreement *self);
char    *lt_agreement_dup_informed (LtAgreement *self);

G_END_DECLS
