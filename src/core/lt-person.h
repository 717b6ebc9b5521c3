/* lt-person.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPerson: someone in the child's life.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

typedef enum
{
  LT_PERSON_ROLE_OTHER,
  LT_PERSON_ROLE_MOTHER,
  LT_PERSON_ROLE_FATHER,
  LT_PERSON_ROLE_SIBLING,
  LT_PERSON_ROLE_HALF_SIBLING,
  LT_PERSON_ROLE_GRANDPARENT,
  LT_PERSON_ROLE_RELATIVE,
  LT_PERSON_ROLE_FOSTER_PARENT,
  LT_PERSON_ROLE_FRIEND,
  LT_PERSON_ROLE_TEACHER,
  LT_PERSON_ROLE_EDUCATOR,
  LT_PERSON_ROLE_CONTACT_EDUCATOR,
  LT_PERSON_ROLE_CASEWORKER,
  LT_PERSON_ROLE_COACH,
} LtPersonRole;

typedef enum
{
  LT_CIRCLE_FAMILY,
  LT_CIRCLE_FRIENDS,
  LT_CIRCLE_SCHOOL_LEISURE,
  LT_CIRCLE_PROFESSIONALS,
} LtCircle;

typedef enum
{
  LT_GENDER_UNKNOWN,
  LT_GENDER_FEMALE,
  LT_GENDER_MALE,
  LT_GENDER_OTHER,
} LtGender;

#define LT_TYPE_PERSON (lt_person_get_type ())
G_DECLARE_FINAL_TYPE (LtPerson, lt_person, LT, PERSON, LtRecord)

#define LT_TYPE_PERSON_ROLE (lt_person_role_get_type ())
GType       lt_person_role_get_type (void);
const char *lt_person_role_to_label (LtPersonRole value);

#define LT_TYPE_CIRCLE (lt_circle_get_type ())
GType       lt_circle_get_type (void);
const char *lt_circle_to_label (LtCircle value);

#define LT_TYPE_GENDER (lt_gender_get_type ())
GType       lt_gender_get_type (void);
const char *lt_gender_to_label (LtGender value);

LtPerson *lt_person_new (void);

gint64       lt_person_get_child_id (LtPerson *self);
void         lt_person_set_child_id (LtPerson *self,
                                     gint64    child_id);
const char  *lt_person_get_name (LtPerson *self);
void         lt_person_set_name (LtPerson   *self,
                                 const char *name);
LtPersonRole lt_person_get_role (LtPerson *self);
void         lt_person_set_role (LtPerson    *self,
                                 LtPersonRole role);
LtCircle     lt_person_get_circle (LtPerson *self);
void         lt_person_set_circle (LtPerson *self,
                                   LtCircle  circle);
gint64       lt_person_get_closeness (LtPerson *self);
void         lt_person_set_closeness (LtPerson *self,
                                      gint64    closeness);
LtGender     lt_person_get_gender (LtPerson *self);
void         lt_person_set_gender (LtPerson *self,
                                   LtGender  gender);
gint64       lt_person_get_birth_year (LtPerson *self);
void         lt_person_set_birth_year (LtPerson *self,
                                       gint64    birth_year);
gint64       lt_person_get_death_year (LtPerson *self);
void         lt_person_set_death_year (LtPerson *self,
                                       gint64    death_year);
const char  *lt_person_get_phone (LtPerson *self);
void         lt_person_set_phone (LtPerson   *self,
                                  const char *phone);
const char  *lt_person_get_email (LtPerson *self);
void         lt_person_set_email (LtPerson   *self,
                                  const char *email);
const char  *lt_person_get_address (LtPerson *self);
void         lt_person_set_address (LtPerson   *self,
                                    const char *address);
const char  *lt_person_get_notes (LtPerson *self);
void         lt_person_set_notes (LtPerson   *self,
                                  const char *notes);

G_END_DECLS
