/* lt-school-period.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtSchoolPeriod: a stretch of day care, school or education.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_SCHOOL_KIND_NURSERY,
  LT_SCHOOL_KIND_KINDERGARTEN,
  LT_SCHOOL_KIND_SCHOOL,
  LT_SCHOOL_KIND_SPECIAL_SCHOOL,
  LT_SCHOOL_KIND_BOARDING_SCHOOL,
  LT_SCHOOL_KIND_YOUTH_EDUCATION,
  LT_SCHOOL_KIND_OTHER,
} LtSchoolKind;

#define LT_TYPE_SCHOOL_PERIOD (lt_school_period_get_type ())
G_DECLARE_FINAL_TYPE (LtSchoolPeriod, lt_school_period, LT, SCHOOL_PERIOD, LtRecord)

#define LT_TYPE_SCHOOL_KIND (lt_school_kind_get_type ())
GType       lt_school_kind_get_type (void);
const char *lt_school_kind_to_label (LtSchoolKind value);

LtSchoolPeriod *lt_school_period_new (void);

gint64       lt_school_period_get_child_id (LtSchoolPeriod *self);
void         lt_school_period_set_child_id (LtSchoolPeriod *self,
                                            gint64          child_id);
const char  *lt_school_period_get_institution (LtSchoolPeriod *self);
void         lt_school_period_set_institution (LtSchoolPeriod *self,
                                               const char     *institution);
LtSchoolKind lt_school_period_get_kind (LtSchoolPeriod *self);
void         lt_school_period_set_kind (LtSchoolPeriod *self,
                                        LtSchoolKind    kind);
const char  *lt_school_period_get_class_name (LtSchoolPeriod *self);
void         lt_school_period_set_class_name (LtSchoolPeriod *self,
                                              const char     *class_name);
const char  *lt_school_period_get_start_date (LtSchoolPeriod *self);
void         lt_school_period_set_start_date (LtSchoolPeriod *self,
                                              const char     *start_date);
const char  *lt_school_period_get_end_date (LtSchoolPeriod *self);
void         lt_school_period_set_end_date (LtSchoolPeriod *self,
                                            const char     *end_date);
const char  *lt_school_period_get_notes (LtSchoolPeriod *self);
void         lt_school_period_set_notes (LtSchoolPeriod *self,
                                         const char     *notes);

G_END_DECLS
