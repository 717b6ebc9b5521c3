/* lt-absence.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtAbsence: a day, or part of one, the child was not in school or day care.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_ABSENCE_EXTENT_WHOLE,
  LT_ABSENCE_EXTENT_PART,
} LtAbsenceExtent;

typedef enum
{
  LT_ABSENCE_REASON_ILLNESS,
  LT_ABSENCE_REASON_SCHOOL_REFUSAL,
  LT_ABSENCE_REASON_OTHER,
} LtAbsenceReason;

#define LT_TYPE_ABSENCE (lt_absence_get_type ())
G_DECLARE_FINAL_TYPE (LtAbsence, lt_absence, LT, ABSENCE, LtRecord)

#define LT_TYPE_ABSENCE_EXTENT (lt_absence_extent_get_type ())
GType       lt_absence_extent_get_type (void);
const char *lt_absence_extent_to_label (LtAbsenceExtent value);

#define LT_TYPE_ABSENCE_REASON (lt_absence_reason_get_type ())
GType       lt_absence_reason_get_type (void);
const char *lt_absence_reason_to_label (LtAbsenceReason value);

LtAbsence *lt_absence_new (void);

gint64          lt_absence_get_child_id (LtAbsence *self);
void            lt_absence_set_child_id (LtAbsence *self,
                                         gint64     child_id);
const char     *lt_absence_get_day (LtAbsence *self);
void            lt_absence_set_day (LtAbsence  *self,
                                    const char *day);
LtAbsenceExtent lt_absence_get_extent (LtAbsence *self);
void            lt_absence_set_extent (LtAbsence      *self,
                                       LtAbsenceExtent extent);
LtAbsenceReason lt_absence_get_reason (LtAbsence *self);
void            lt_absence_set_reason (LtAbsence      *self,
                                       LtAbsenceReason reason);
const char     *lt_absence_get_notes (LtAbsence *self);
void            lt_absence_set_notes (LtAbsence  *self,
                                      const char *notes);

G_END_DECLS
