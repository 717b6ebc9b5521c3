/* lt-school.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * School and everyday life: checklist templates by age group, the steps of
 * a start at a new school, ticks per day and what tends to be forgotten,
 * and absence per month.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

typedef enum
{
  LT_AGE_GROUP_DAY_CARE,
  LT_AGE_GROUP_YEARS_0_3,
  LT_AGE_GROUP_YEARS_4_6,
  LT_AGE_GROUP_YEARS_7_10,
  LT_AGE_GROUP_YOUTH_EDUCATION,
  LT_N_AGE_GROUPS,
} LtAgeGroup;

/* One school-day item: how often it is due and how often it was ticked. */
typedef struct
{
  LtChecklistItem *item;
  guint            due;
  guint            ticked;
} LtForgotten;

const char *lt_age_group_to_label (LtAgeGroup group);
LtAgeGroup  lt_age_group_for_child (LtChild     *child,
                                    const GDate *today);

gboolean lt_school_add_template (LtStore   *store,
                                 LtChild   *child,
                                 LtAgeGroup group,
                                 guint     *n_added,
                                 GError   **error);
gboolean lt_school_add_start_steps (LtStore *store,
                                    LtChild *child,
                                    guint   *n_added,
                                    GError **error);

gboolean   lt_school_move_item (LtStore         *store,
                                LtChecklistItem *item,
                                int              step,
                                GError         **error);
char      *lt_school_day_iso (const GDate *day);
gboolean   lt_school_is_ticked (LtStore         *store,
                                LtChecklistItem *item,
                                const GDate     *day);
gboolean   lt_school_set_ticked (LtStore         *store,
                                 LtChecklistItem *item,
                                 const GDate     *day,
                                 gboolean         ticked,
                                 GError         **error);
GPtrArray *lt_school_due_items (LtStore        *store,
                                LtChild        *child,
                                LtChecklistList list,
                                const GDate    *day);
GPtrArray *lt_school_forgotten (LtStore     *store,
                                LtChild     *child,
                                const GDate *first,
                                guint        n_days);

void lt_school_absence_per_month (GListModel *absences,
                                  int         year,
                                  int         month,
                                  guint       n_months,
                                  double     *whole_days,
                                  double     *part_days);

G_END_DECLS
