/* lt-person.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtPerson: someone in the child's life.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "lt-date.h"
#include "lt-person.h"
#include "lt-child.h"
#include "lt-record-private.h"

struct _LtPerson
{
  LtRecord parent_instance;

  gint64        child_id;
  char         *name;
  LtPersonRole  role;
  LtCircle      circle;
  gint64        closeness;
  LtGender      gender;
  gint64        birth_year;
  gint64        death_year;
  char         *phone;
  char         *email;
  char         *address;
  char         *notes;
  gboolean      deceased;
  gboolean      lives_with_child;
  LtContactWish contact_wish;
  gint64        genogram_dx; /* the user's nudge of the symbol, in points */
  gint64        genogram_dy;
  gboolean      on_network_map;
  gboolean      unknown; /* a placeholder for someone whose identity is not known */
  gboolean      matters_most;
};

G_DEFINE_FINAL_TYPE (LtPerson, lt_person, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtPersonRole, lt_person_role,
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_OTHER, "other"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_MOTHER, "mother"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_FATHER, "father"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_SIBLING, "sibling"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_HALF_SIBLING, "half-sibling"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_GRANDPARENT, "grandparent"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_RELATIVE, "relative"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_FOSTER_PARENT, "foster-parent"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_FRIEND, "friend"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_TEACHER, "teacher"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_EDUCATOR, "educator"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_CONTACT_EDUCATOR, "contact-educator"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_CASEWORKER, "caseworker"),
  G_DEFINE_ENUM_VALUE (LT_PERSON_ROLE_COACH, "coach"))
/* clang-format on */

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtCircle, lt_circle,
  G_DEFINE_ENUM_VALUE (LT_CIRCLE_FAMILY, "family"),
  G_DEFINE_ENUM_VALUE (LT_CIRCLE_FRIENDS, "friends"),
  G_DEFINE_ENUM_VALUE (LT_CIRCLE_SCHOOL_LEISURE, "school-leisure"),
  G_DEFINE_ENUM_VALUE (LT_CIRCLE_PROFESSIONALS, "professionals"))
/* clang-format on */

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtGender, lt_gender,
  G_DEFINE_ENUM_VALUE (LT_GENDER_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (LT_GENDER_FEMALE, "female"),
  G_DEFINE_ENUM_VALUE (LT_GENDER_MALE, "male"),
  G_DEFINE_ENUM_VALUE (LT_GENDER_OTHER, "other"))
/* clang-format on */

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtContactWish, lt_contact_wish,
  G_DEFINE_ENUM_VALUE (LT_CONTACT_WISH_NONE, "none"),
  G_DEFINE_ENUM_VALUE (LT_CONTACT_WISH_KEEP, "keep"),
  G_DEFINE_ENUM_VALUE (LT_CONTACT_WISH_RESTORE, "restore"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_CIRCLE,
  PROP_CLOSENESS,
  PROP_GENDER,
  PROP_BIRTH_YEAR,
  PROP_DEATH_YEAR,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_ADDRESS,
  PROP_NOTES,
  PROP_DECEASED,
  PROP_LIVES_WITH_CHILD,
  PROP_CONTACT_WISH,
  PROP_GENOGRAM_DX,
  PROP_GENOGRAM_DY,
  PROP_ON_NETWORK_MAP,
  PROP_UNKNOWN,
  PROP_MATTERS_MOST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const person_columns[] = { "child_id", "name", "role", "circle", "closeness", "gender", "birth_year", "death_year", "phone", "email", "address", "notes", "deceased", "lives_with_child", "contact_wish", "genogram_dx", "genogram_dy", "on_network_map", "matters_most", "unknown", NULL };

const char *
lt_person_role_to_label (LtPersonRole value)
{
  static const char *const labels[] = {
    [LT_PERSON_ROLE_OTHER] = N_ ("Other"),
    [LT_PERSON_ROLE_MOTHER] = N_ ("Mother"),
    [LT_PERSON_ROLE_FATHER] = N_ ("Father"),
    [LT_PERSON_ROLE_SIBLING] = N_ ("Sibling"),
    [LT_PERSON_ROLE_HALF_SIBLING] = N_ ("Half-sibling"),
    [LT_PERSON_ROLE_GRANDPARENT] = N_ ("Grandparent"),
    [LT_PERSON_ROLE_RELATIVE] = N_ ("Other relative"),
    [LT_PERSON_ROLE_FOSTER_PARENT] = N_ ("Foster parent"),
    [LT_PERSON_ROLE_FRIEND] = N_ ("Friend"),
    [LT_PERSON_ROLE_TEACHER] = N_ ("Teacher"),
    [LT_PERSON_ROLE_EDUCATOR] = N_ ("Educator"),
    [LT_PERSON_ROLE_CONTACT_EDUCATOR] = N_ ("Contact educator"),
    [LT_PERSON_ROLE_CASEWORKER] = N_ ("Caseworker"),
    [LT_PERSON_ROLE_COACH] = N_ ("Coach or leisure leader"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

const char *
lt_circle_to_label (LtCircle value)
{
  static const char *const labels[] = {
    [LT_CIRCLE_FAMILY] = N_ ("Family"),
    [LT_CIRCLE_FRIENDS] = N_ ("Friends"),
    [LT_CIRCLE_SCHOOL_LEISURE] = N_ ("School and leisure"),
    [LT_CIRCLE_PROFESSIONALS] = N_ ("Professionals"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

const char *
lt_gender_to_label (LtGender value)
{
  static const char *const labels[] = {
    [LT_GENDER_UNKNOWN] = N_ ("Not given"),
    [LT_GENDER_FEMALE] = N_ ("Female"),
    [LT_GENDER_MALE] = N_ ("Male"),
    [LT_GENDER_OTHER] = N_ ("Other"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

static int
lt_person_compare (LtRecord *a,
                   LtRecord *b)
{
  g_autofree char *key_a = g_utf8_collate_key (LT_PERSON (a)->name ? LT_PERSON (a)->name : "", -1);
  g_autofree char *key_b = g_utf8_collate_key (LT_PERSON (b)->name ? LT_PERSON (b)->name : "", -1);

  return strcmp (key_a, key_b);
}

static gboolean
lt_person_validate (LtRecord *record,
                    GError  **error)
{
  LtPerson *self = LT_PERSON (record);
  GDate     today;
  int       this_year;

  lt_date_today (&today);
  this_year = g_date_get_year (&today);

  if (!lt_record_require_text (self->name, _ ("The person needs a name."), error))
    return FALSE;
  if (self->closeness < 1 || self->closeness > 3)
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("Closeness must be 1 (closest), 2 or 3."));
      return FALSE;
    }
  if ((self->birth_year != 0 && (self->birth_year < LT_PERSON_MIN_YEAR || self->birth_year > this_year)) ||
      (self->death_year != 0 && (self->death_year < LT_PERSON_MIN_YEAR || self->death_year > this_year)))
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("Years of birth and death must be between %d and %d."), LT_PERSON_MIN_YEAR,
                   this_year);
      return FALSE;
    }
  if (self->birth_year != 0 && self->death_year != 0 && self->death_year < self->birth_year)
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("The year of death is before the year of birth."));
      return FALSE;
    }
  return TRUE;
}

static void
lt_person_finalize (GObject *object)
{
  LtPerson *self = LT_PERSON (object);

  g_free (self->name);
  g_free (self->phone);
  g_free (self->email);
  g_free (self->address);
  g_free (self->notes);

  G_OBJECT_CLASS (lt_person_parent_class)->finalize (object);
}

static void
lt_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LtPerson *self = LT_PERSON (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    case PROP_CIRCLE:
      g_value_set_enum (value, self->circle);
      break;
    case PROP_CLOSENESS:
      g_value_set_int64 (value, self->closeness);
      break;
    case PROP_GENDER:
      g_value_set_enum (value, self->gender);
      break;
    case PROP_BIRTH_YEAR:
      g_value_set_int64 (value, self->birth_year);
      break;
    case PROP_DEATH_YEAR:
      g_value_set_int64 (value, self->death_year);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_DECEASED:
      g_value_set_boolean (value, self->deceased);
      break;
    case PROP_LIVES_WITH_CHILD:
      g_value_set_boolean (value, self->lives_with_child);
      break;
    case PROP_CONTACT_WISH:
      g_value_set_enum (value, self->contact_wish);
      break;
    case PROP_GENOGRAM_DX:
      g_value_set_int64 (value, self->genogram_dx);
      break;
    case PROP_GENOGRAM_DY:
      g_value_set_int64 (value, self->genogram_dy);
      break;
    case PROP_ON_NETWORK_MAP:
      g_value_set_boolean (value, self->on_network_map);
      break;
    case PROP_UNKNOWN:
      g_value_set_boolean (value, self->unknown);
      break;
    case PROP_MATTERS_MOST:
      g_value_set_boolean (value, self->matters_most);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_person_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LtPerson *self = LT_PERSON (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_person_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      lt_person_set_name (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      lt_person_set_role (self, g_value_get_enum (value));
      break;
    case PROP_CIRCLE:
      lt_person_set_circle (self, g_value_get_enum (value));
      break;
    case PROP_CLOSENESS:
      lt_person_set_closeness (self, g_value_get_int64 (value));
      break;
    case PROP_GENDER:
      lt_person_set_gender (self, g_value_get_enum (value));
      break;
    case PROP_BIRTH_YEAR:
      lt_person_set_birth_year (self, g_value_get_int64 (value));
      break;
    case PROP_DEATH_YEAR:
      lt_person_set_death_year (self, g_value_get_int64 (value));
      break;
    case PROP_PHONE:
      lt_person_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      lt_person_set_email (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      lt_person_set_address (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      lt_person_set_notes (self, g_value_get_string (value));
      break;
    case PROP_DECEASED:
      lt_person_set_deceased (self, g_value_get_boolean (value));
      break;
    case PROP_LIVES_WITH_CHILD:
      lt_person_set_lives_with_child (self, g_value_get_boolean (value));
      break;
    case PROP_CONTACT_WISH:
      lt_person_set_contact_wish (self, g_value_get_enum (value));
      break;
    case PROP_GENOGRAM_DX:
      lt_person_set_genogram_dx (self, g_value_get_int64 (value));
      break;
    case PROP_GENOGRAM_DY:
      lt_person_set_genogram_dy (self, g_value_get_int64 (value));
      break;
    case PROP_ON_NETWORK_MAP:
      lt_person_set_on_network_map (self, g_value_get_boolean (value));
      break;
    case PROP_UNKNOWN:
      lt_person_set_unknown (self, g_value_get_boolean (value));
      break;
    case PROP_MATTERS_MOST:
      lt_person_set_matters_most (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_person_class_init (LtPersonClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_person_finalize;
  object_class->get_property = lt_person_get_property;
  object_class->set_property = lt_person_set_property;

  record_class->table = "person";
  record_class->columns = person_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_person_compare;
  record_class->validate = lt_person_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
      g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
      g_param_spec_enum ("role", NULL, NULL, LT_TYPE_PERSON_ROLE, LT_PERSON_ROLE_OTHER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CIRCLE] =
      g_param_spec_enum ("circle", NULL, NULL, LT_TYPE_CIRCLE, LT_CIRCLE_FAMILY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOSENESS] =
      g_param_spec_int64 ("closeness", NULL, NULL, 0, G_MAXINT64, 2,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GENDER] =
      g_param_spec_enum ("gender", NULL, NULL, LT_TYPE_GENDER, LT_GENDER_UNKNOWN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BIRTH_YEAR] =
      g_param_spec_int64 ("birth-year", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEATH_YEAR] =
      g_param_spec_int64 ("death-year", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
      g_param_spec_string ("phone", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
      g_param_spec_string ("email", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
      g_param_spec_string ("address", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
      g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECEASED] =
      g_param_spec_boolean ("deceased", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIVES_WITH_CHILD] =
      g_param_spec_boolean ("lives-with-child", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTACT_WISH] =
      g_param_spec_enum ("contact-wish", NULL, NULL, LT_TYPE_CONTACT_WISH, LT_CONTACT_WISH_NONE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GENOGRAM_DX] =
      g_param_spec_int64 ("genogram-dx", NULL, NULL, -LT_PERSON_MAX_NUDGE, LT_PERSON_MAX_NUDGE, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GENOGRAM_DY] =
      g_param_spec_int64 ("genogram-dy", NULL, NULL, -LT_PERSON_MAX_NUDGE, LT_PERSON_MAX_NUDGE, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ON_NETWORK_MAP] =
      g_param_spec_boolean ("on-network-map", NULL, NULL, TRUE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNKNOWN] =
      g_param_spec_boolean ("unknown", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MATTERS_MOST] =
      g_param_spec_boolean ("matters-most", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_person_init (LtPerson *self)
{
  self->closeness = 2;
  self->on_network_map = TRUE;
}

LtPerson *
lt_person_new (void)
{
  return g_object_new (LT_TYPE_PERSON, NULL);
}

gint64
lt_person_get_child_id (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), 0);

  return self->child_id;
}

void
lt_person_set_child_id (LtPerson *self,
                        gint64    child_id)
{
  g_return_if_fail (LT_IS_PERSON (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

const char *
lt_person_get_name (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), NULL);

  return self->name;
}

void
lt_person_set_name (LtPerson   *self,
                    const char *name)
{
  g_return_if_fail (LT_IS_PERSON (self));

  lt_record_set_string (LT_RECORD (self), &self->name, name, properties[PROP_NAME]);
}

LtPersonRole
lt_person_get_role (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), 0);

  return self->role;
}

void
lt_person_set_role (LtPerson    *self,
                    LtPersonRole role)
{
  g_return_if_fail (LT_IS_PERSON (self));

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

LtCircle
lt_person_get_circle (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), 0);

  return self->circle;
}

void
lt_person_set_circle (LtPerson *self,
                      LtCircle  circle)
{
  g_return_if_fail (LT_IS_PERSON (self));

  if (self->circle == circle)
    return;

  self->circle = circle;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CIRCLE]);
}

gint64
lt_person_get_closeness (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), 0);

  return self->closeness;
}

void
lt_person_set_closeness (LtPerson *self,
                         gint64    closeness)
{
  g_return_if_fail (LT_IS_PERSON (self));

  lt_record_set_int64 (LT_RECORD (self), &self->closeness, closeness, properties[PROP_CLOSENESS]);
}

LtGender
lt_person_get_gender (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), 0);

  return self->gender;
}

void
lt_person_set_gender (LtPerson *self,
                      LtGender  gender)
{
  g_return_if_fail (LT_IS_PERSON (self));

  if (self->gender == gender)
    return;

  self->gender = gender;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
}

gint64
lt_person_get_birth_year (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), 0);

  return self->birth_year;
}

void
lt_person_set_birth_year (LtPerson *self,
                          gint64    birth_year)
{
  g_return_if_fail (LT_IS_PERSON (self));

  lt_record_set_int64 (LT_RECORD (self), &self->birth_year, birth_year, properties[PROP_BIRTH_YEAR]);
}

gint64
lt_person_get_death_year (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), 0);

  return self->death_year;
}

void
lt_person_set_death_year (LtPerson *self,
                          gint64    death_year)
{
  g_return_if_fail (LT_IS_PERSON (self));

  lt_record_set_int64 (LT_RECORD (self), &self->death_year, death_year, properties[PROP_DEATH_YEAR]);
  /* A year of death means the person has died; no year can mean "not known". */
  if (death_year != 0)
    lt_person_set_deceased (self, TRUE);
}

const char *
lt_person_get_phone (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), NULL);

  return self->phone;
}

void
lt_person_set_phone (LtPerson   *self,
                     const char *phone)
{
  g_return_if_fail (LT_IS_PERSON (self));

  lt_record_set_string (LT_RECORD (self), &self->phone, phone, properties[PROP_PHONE]);
}

const char *
lt_person_get_email (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), NULL);

  return self->email;
}

void
lt_person_set_email (LtPerson   *self,
                     const char *email)
{
  g_return_if_fail (LT_IS_PERSON (self));

  lt_record_set_string (LT_RECORD (self), &self->email, email, properties[PROP_EMAIL]);
}

const char *
lt_person_get_address (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), NULL);

  return self->address;
}

void
lt_person_set_address (LtPerson   *self,
                       const char *address)
{
  g_return_if_fail (LT_IS_PERSON (self));

  lt_record_set_string (LT_RECORD (self), &self->address, address, properties[PROP_ADDRESS]);
}

const char *
lt_person_get_notes (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), NULL);

  return self->notes;
}

void
lt_person_set_notes (LtPerson   *self,
                     const char *notes)
{
  g_return_if_fail (LT_IS_PERSON (self));

  lt_record_set_string (LT_RECORD (self), &self->notes, notes, properties[PROP_NOTES]);
}

gboolean
lt_person_get_deceased (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), FALSE);

  return self->deceased;
}

void
lt_person_set_deceased (LtPerson *self,
                        gboolean  deceased)
{
  g_return_if_fail (LT_IS_PERSON (self));

  deceased = !!deceased;
  if (self->deceased == deceased)
    return;
  self->deceased = deceased;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECEASED]);
}

/* Whether the person lives in the home the child lives in now, drawn as
 * the household boundary in the genogram. */
gboolean
lt_person_get_lives_with_child (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), FALSE);

  return self->lives_with_child;
}

void
lt_person_set_lives_with_child (LtPerson *self,
                                gboolean  lives_with_child)
{
  g_return_if_fail (LT_IS_PERSON (self));

  lives_with_child = !!lives_with_child;
  if (self->lives_with_child == lives_with_child)
    return;
  self->lives_with_child = lives_with_child;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIVES_WITH_CHILD]);
}

LtContactWish
lt_person_get_contact_wish (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), LT_CONTACT_WISH_NONE);

  return self->contact_wish;
}

void
lt_person_set_contact_wish (LtPerson     *self,
                            LtContactWish contact_wish)
{
  g_return_if_fail (LT_IS_PERSON (self));

  if (self->contact_wish == contact_wish)
    return;
  self->contact_wish = contact_wish;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_WISH]);
}

gint64
lt_person_get_genogram_dx (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), 0);

  return self->genogram_dx;
}

void
lt_person_set_genogram_dx (LtPerson *self,
                           gint64    genogram_dx)
{
  g_return_if_fail (LT_IS_PERSON (self));

  genogram_dx = CLAMP (genogram_dx, -LT_PERSON_MAX_NUDGE, LT_PERSON_MAX_NUDGE);
  lt_record_set_int64 (LT_RECORD (self), &self->genogram_dx, genogram_dx,
                       properties[PROP_GENOGRAM_DX]);
}

gint64
lt_person_get_genogram_dy (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), 0);

  return self->genogram_dy;
}

void
lt_person_set_genogram_dy (LtPerson *self,
                           gint64    genogram_dy)
{
  g_return_if_fail (LT_IS_PERSON (self));

  genogram_dy = CLAMP (genogram_dy, -LT_PERSON_MAX_NUDGE, LT_PERSON_MAX_NUDGE);
  lt_record_set_int64 (LT_RECORD (self), &self->genogram_dy, genogram_dy,
                       properties[PROP_GENOGRAM_DY]);
}

/* Whether the person is drawn on the network map.  People brought in from
 * a genealogy file are in the family tree but not on the map unless they
 * are close to the child. */
gboolean
lt_person_get_on_network_map (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), TRUE);

  return self->on_network_map;
}

void
lt_person_set_on_network_map (LtPerson *self,
                              gboolean  on_network_map)
{
  g_return_if_fail (LT_IS_PERSON (self));

  on_network_map = !!on_network_map;
  if (self->on_network_map == on_network_map)
    return;
  self->on_network_map = on_network_map;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_NETWORK_MAP]);
}

/* Whether the person is a placeholder for someone not known (an unknown
 * father, say): the family tree draws them as "Unknown" with a question
 * mark, whatever name the record holds. */
gboolean
lt_person_get_unknown (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), FALSE);

  return self->unknown;
}

void
lt_person_set_unknown (LtPerson *self,
                       gboolean  unknown)
{
  g_return_if_fail (LT_IS_PERSON (self));

  unknown = !!unknown;
  if (self->unknown == unknown)
    return;
  self->unknown = unknown;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNKNOWN]);
}

/* Whether the person is one of those who matter most to the child: marked
 * on the network map, and watched for how long since they were seen. */
gboolean
lt_person_get_matters_most (LtPerson *self)
{
  g_return_val_if_fail (LT_IS_PERSON (self), FALSE);

  return self->matters_most;
}

void
lt_person_set_matters_most (LtPerson *self,
                            gboolean  matters_most)
{
  g_return_if_fail (LT_IS_PERSON (self));

  matters_most = !!matters_most;
  if (self->matters_most == matters_most)
    return;
  self->matters_most = matters_most;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATTERS_MOST]);
}

const char *
lt_contact_wish_to_label (LtContactWish value)
{
  static const char *const labels[] = {
    [LT_CONTACT_WISH_NONE] = N_ ("No wish noted"),
    [LT_CONTACT_WISH_KEEP] = N_ ("Wants to keep in touch"),
    [LT_CONTACT_WISH_RESTORE] = N_ ("Wants contact again"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}
