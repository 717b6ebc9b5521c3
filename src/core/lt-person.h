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

/* What the child wishes for the tie, marked on the network map. */
typedef enum
{
  LT_CONTACT_WISH_NONE,
  LT_CONTACT_WISH_KEEP,
  LT_CONTACT_WISH_RESTORE,
} LtContactWish;

/* The earliest year of birth or death: genealogy files reach far back. */
#define LT_PERSON_MIN_YEAR 1500

/* A nudge of a genogram symbol is kept within this many points. */
#define LT_PERSON_MAX_NUDGE 2000

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

#define LT_TYPE_CONTACT_WISH (lt_contact_wish_get_type ())
GType       lt_contact_wish_get_type (void);
const char *lt_contact_wish_to_label (LtContactWish value);

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

gboolean      lt_person_get_deceased (LtPerson *self);
void          lt_person_set_deceased (LtPerson *self,
                                      gboolean  deceased);
gboolean      lt_person_get_lives_with_child (LtPerson *self);
void          lt_person_set_lives_with_child (LtPerson *self,
                                              gboolean  lives_with_child);
LtContactWish lt_person_get_contact_wish (LtPerson *self);
void          lt_person_set_contact_wish (LtPerson     *self,
                                          LtContactWish contact_wish);
gint64        lt_person_get_genogram_dx (LtPerson *self);
void          lt_person_set_genogram_dx (LtPerson *self,
                                         gint64    genogram_dx);
gint64        lt_person_get_genogram_dy (LtPerson *self);
void          lt_person_set_genogram_dy (LtPerson *self,
                                         gint64    genogram_dy);
gboolean      lt_person_get_on_network_map (LtPerson *self);
void          lt_person_set_on_network_map (LtPerson *self,
                                            gboolean  on_network_map);
gboolean      lt_person_get_unknown (LtPerson *self);
void          lt_person_set_unknown (LtPerson *self,
                                     gboolean  unknown);
gboolean      lt_person_get_matters_most (LtPerson *self);
void          lt_person_set_matters_most (LtPerson *self,
                                          gboolean  matters_most);

G_END_DECLS
