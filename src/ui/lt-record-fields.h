/* lt-record-fields.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the record dialog shows for each record kind: its fields in order,
 * how each is edited, the dialog's title, and the labels of choices.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

typedef enum
{
  FIELD_TEXT,
  FIELD_LONG_TEXT,
  FIELD_DATE,
  FIELD_CHOICE,
  FIELD_YEAR,
  FIELD_CLOSENESS,
  FIELD_SWITCH,
  FIELD_PERSON,          /* one of the child's people, or the child (id 0) */
  FIELD_TIME,            /* a day and a time in the event's zone, stored in UTC */
  FIELD_REPEAT,          /* an RRULE, chosen from common ways to repeat, with a last day */
  FIELD_MOOD,            /* 0 (not noted) or 1 to 5 */
  FIELD_WEEKDAYS,        /* bits, Monday the lowest */
  FIELD_AUDIENCE,        /* LtAudience bits: who may see it outside the household */
  FIELD_NUMBER,          /* a double */
  FIELD_OPTIONAL_NUMBER, /* a double, with the boolean "has-<property>" */
} FieldKind;

typedef struct
{
  const char *property;
  FieldKind   kind;
  const char *label;
  const char *hint;
} Field;

const Field *lt_record_fields_for (LtRecord *record);
const char  *lt_record_fields_title (GType    kind,
                                     gboolean is_new);
const char  *lt_record_fields_enum_label (GType type,
                                          int   value);

G_END_DECLS
