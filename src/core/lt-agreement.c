/* lt-agreement.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtAgreement: an everyday decision about the child, agreed with the parents.
 *
 * The register follows the recommendations on cooperation with parents
 * (Social- og Boligstyrelsen 2024): for each everyday matter, who decides,
 * who takes part in deciding and who is told afterwards.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-agreement.h"
#include "lt-child.h"
#include "lt-date.h"
#include "lt-record-private.h"

struct _LtAgreement
{
  LtRecord parent_instance;

  gint64           child_id;
  LtAgreementTopic topic;
  char            *title;
  LtDecider        decides;
  gboolean         involves_parents;
  gboolean         involves_child;
  gboolean         informs_parents;
  gboolean         informs_municipality;
  char            *agreed_on;
  char            *review_on;
  char            *notes;
};

G_DEFINE_FINAL_TYPE (LtAgreement, lt_agreement, LT_TYPE_RECORD)

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtAgreementTopic, lt_agreement_topic,
  G_DEFINE_ENUM_VALUE (LT_AGREEMENT_TOPIC_HAIRCUT, "haircut"),
  G_DEFINE_ENUM_VALUE (LT_AGREEMENT_TOPIC_SLEEPOVER, "sleepover"),
  G_DEFINE_ENUM_VALUE (LT_AGREEMENT_TOPIC_LEISURE, "leisure"),
  G_DEFINE_ENUM_VALUE (LT_AGREEMENT_TOPIC_PHONE, "phone-and-social-media"),
  G_DEFINE_ENUM_VALUE (LT_AGREEMENT_TOPIC_HOLIDAYS, "holidays"),
  G_DEFINE_ENUM_VALUE (LT_AGREEMENT_TOPIC_RELIGION, "religion-and-culture"),
  G_DEFINE_ENUM_VALUE (LT_AGREEMENT_TOPIC_SCHOOL, "school"),
  G_DEFINE_ENUM_VALUE (LT_AGREEMENT_TOPIC_HEALTH, "health"),
  G_DEFINE_ENUM_VALUE (LT_AGREEMENT_TOPIC_PHOTOS, "photos-and-sharing"),
  G_DEFINE_ENUM_VALUE (LT_AGREEMENT_TOPIC_OTHER, "other"))
/* clang-format on */

/* clang-format off */
G_DEFINE_ENUM_TYPE (LtDecider, lt_decider,
  G_DEFINE_ENUM_VALUE (LT_DECIDER_PARENTS, "parents"),
  G_DEFINE_ENUM_VALUE (LT_DECIDER_PLACEMENT, "placement"),
  G_DEFINE_ENUM_VALUE (LT_DECIDER_MUNICIPALITY, "municipality"),
  G_DEFINE_ENUM_VALUE (LT_DECIDER_CHILD, "child"),
  G_DEFINE_ENUM_VALUE (LT_DECIDER_TOGETHER, "together"))
/* clang-format on */

enum
{
  PROP_0,
  PROP_CHILD_ID,
  PROP_TOPIC,
  PROP_TITLE,
  PROP_DECIDES,
  PROP_INVOLVES_PARENTS,
  PROP_INVOLVES_CHILD,
  PROP_INFORMS_PARENTS,
  PROP_INFORMS_MUNICIPALITY,
  PROP_AGREED_ON,
  PROP_REVIEW_ON,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const agreement_columns[] = {
  "child_id", "topic", "title", "decides", "involves_parents", "involves_child",
  "informs_parents", "informs_municipality", "agreed_on", "review_on", "notes", NULL
};

const char *
lt_agreement_topic_to_label (LtAgreementTopic value)
{
  static const char *const labels[] = {
    [LT_AGREEMENT_TOPIC_HAIRCUT] = N_ ("Haircut"),
    [LT_AGREEMENT_TOPIC_SLEEPOVER] = N_ ("Sleepovers"),
    [LT_AGREEMENT_TOPIC_LEISURE] = N_ ("Leisure"),
    [LT_AGREEMENT_TOPIC_PHONE] = N_ ("Phone and Social Media"),
    [LT_AGREEMENT_TOPIC_HOLIDAYS] = N_ ("Holidays"),
    [LT_AGREEMENT_TOPIC_RELIGION] = N_ ("Religion and Culture"),
    [LT_AGREEMENT_TOPIC_SCHOOL] = N_ ("School"),
    [LT_AGREEMENT_TOPIC_HEALTH] = N_ ("Health"),
    [LT_AGREEMENT_TOPIC_PHOTOS] = N_ ("Photos and Sharing"),
    [LT_AGREEMENT_TOPIC_OTHER] = N_ ("Other"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

const char *
lt_decider_to_label (LtDecider value)
{
  static const char *const labels[] = {
    [LT_DECIDER_PARENTS] = N_ ("Parents"),
    [LT_DECIDER_PLACEMENT] = N_ ("Foster family or home"),
    [LT_DECIDER_MUNICIPALITY] = N_ ("Municipality"),
    [LT_DECIDER_CHILD] = N_ ("The child"),
    [LT_DECIDER_TOGETHER] = N_ ("Together"),
  };

  g_return_val_if_fail (value < G_N_ELEMENTS (labels), "");

  return _ (labels[value]);
}

/* A register to look things up in: by topic, in the order of the list,
 * then by title. */
static int
lt_agreement_compare (LtRecord *a,
                      LtRecord *b)
{
  LtAgreement *x = LT_AGREEMENT (a);
  LtAgreement *y = LT_AGREEMENT (b);
  gint64       ia = lt_record_get_id (a);
  gint64       ib = lt_record_get_id (b);
  int          order;

  if (x->topic != y->topic)
    return x->topic < y->topic ? -1 : 1;
  order = g_utf8_collate (x->title != NULL ? x->title : "", y->title != NULL ? y->title : "");
  return order != 0 ? order : (ia > ib) - (ia < ib);
}

static gboolean
lt_agreement_validate (LtRecord *record,
                       GError  **error)
{
  LtAgreement *self = LT_AGREEMENT (record);

  if (!lt_record_require_text (self->title, _ ("Write what the agreement is about, for example "
                                               "“Haircut at the hairdresser”."),
                               error))
    return FALSE;
  if (!lt_date_check_day (self->agreed_on, _ ("Give the day you agreed on it."), error) ||
      !lt_date_check (self->agreed_on, FALSE, error))
    {
      g_prefix_error (error, _ ("Agreed on: "));
      return FALSE;
    }
  if (!lt_date_check_day (self->review_on, NULL, error))
    {
      g_prefix_error (error, _ ("Look at it again: "));
      return FALSE;
    }
  if (self->review_on != NULL && lt_date_compare_iso (self->review_on, self->agreed_on) < 0)
    {
      g_set_error_literal (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                           _ ("The day to look at it again is before the day you agreed on it."));
      return FALSE;
    }
  return TRUE;
}

static void
lt_agreement_finalize (GObject *object)
{
  LtAgreement *self = LT_AGREEMENT (object);

  g_free (self->title);
  g_free (self->agreed_on);
  g_free (self->review_on);
  g_free (self->notes);

  G_OBJECT_CLASS (lt_agreement_parent_class)->finalize (object);
}

static void
lt_agreement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LtAgreement *self = LT_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_TOPIC:
      g_value_set_enum (value, self->topic);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DECIDES:
      g_value_set_enum (value, self->decides);
      break;
    case PROP_INVOLVES_PARENTS:
      g_value_set_boolean (value, self->involves_parents);
      break;
    case PROP_INVOLVES_CHILD:
      g_value_set_boolean (value, self->involves_child);
      break;
    case PROP_INFORMS_PARENTS:
      g_value_set_boolean (value, self->informs_parents);
      break;
    case PROP_INFORMS_MUNICIPALITY:
      g_value_set_boolean (value, self->informs_municipality);
      break;
    case PROP_AGREED_ON:
      g_value_set_string (value, self->agreed_on);
      break;
    case PROP_REVIEW_ON:
      g_value_set_string (value, self->review_on);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_agreement_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LtAgreement *self = LT_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      lt_agreement_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_TOPIC:
      lt_agreement_set_topic (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      lt_agreement_set_title (self, g_value_get_string (value));
      break;
    case PROP_DECIDES:
      lt_agreement_set_decides (self, g_value_get_enum (value));
      break;
    case PROP_INVOLVES_PARENTS:
      lt_agreement_set_involves_parents (self, g_value_get_boolean (value));
      break;
    case PROP_INVOLVES_CHILD:
      lt_agreement_set_involves_child (self, g_value_get_boolean (value));
      break;
    case PROP_INFORMS_PARENTS:
      lt_agreement_set_informs_parents (self, g_value_get_boolean (value));
      break;
    case PROP_INFORMS_MUNICIPALITY:
      lt_agreement_set_informs_municipality (self, g_value_get_boolean (value));
      break;
    case PROP_AGREED_ON:
      lt_agreement_set_agreed_on (self, g_value_get_string (value));
      break;
    case PROP_REVIEW_ON:
      lt_agreement_set_review_on (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      lt_agreement_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_agreement_class_init (LtAgreementClass *klass)
{
  GObjectClass  *object_class = G_OBJECT_CLASS (klass);
  LtRecordClass *record_class = LT_RECORD_CLASS (klass);

  object_class->finalize = lt_agreement_finalize;
  object_class->get_property = lt_agreement_get_property;
  object_class->set_property = lt_agreement_set_property;

  record_class->table = "agreement";
  record_class->columns = agreement_columns;
  record_class->owner_column = "child_id";
  record_class->owner_kind = LT_TYPE_CHILD;
  record_class->compare = lt_agreement_compare;
  record_class->validate = lt_agreement_validate;

  properties[PROP_CHILD_ID] =
      g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPIC] =
      g_param_spec_enum ("topic", NULL, NULL, LT_TYPE_AGREEMENT_TOPIC, LT_AGREEMENT_TOPIC_HAIRCUT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECIDES] =
      g_param_spec_enum ("decides", NULL, NULL, LT_TYPE_DECIDER, LT_DECIDER_PARENTS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INVOLVES_PARENTS] =
      g_param_spec_boolean ("involves-parents", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INVOLVES_CHILD] =
      g_param_spec_boolean ("involves-child", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INFORMS_PARENTS] =
      g_param_spec_boolean ("informs-parents", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INFORMS_MUNICIPALITY] =
      g_param_spec_boolean ("informs-municipality", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGREED_ON] =
      g_param_spec_string ("agreed-on", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW_ON] =
      g_param_spec_string ("review-on", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
      g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_agreement_init (LtAgreement *self)
{
}

LtAgreement *
lt_agreement_new (void)
{
  return g_object_new (LT_TYPE_AGREEMENT, NULL);
}

gint64
lt_agreement_get_child_id (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), 0);

  return self->child_id;
}

void
lt_agreement_set_child_id (LtAgreement *self,
                           gint64       child_id)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  lt_record_set_int64 (LT_RECORD (self), &self->child_id, child_id, properties[PROP_CHILD_ID]);
}

LtAgreementTopic
lt_agreement_get_topic (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), 0);

  return self->topic;
}

void
lt_agreement_set_topic (LtAgreement     *self,
                        LtAgreementTopic topic)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  if (self->topic == topic)
    return;

  self->topic = topic;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
}

const char *
lt_agreement_get_title (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), NULL);

  return self->title;
}

void
lt_agreement_set_title (LtAgreement *self,
                        const char  *title)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  lt_record_set_string (LT_RECORD (self), &self->title, title, properties[PROP_TITLE]);
}

LtDecider
lt_agreement_get_decides (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), 0);

  return self->decides;
}

void
lt_agreement_set_decides (LtAgreement *self,
                          LtDecider    decides)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  if (self->decides == decides)
    return;

  self->decides = decides;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDES]);
}

static void
set_flag (LtAgreement *self,
          gboolean    *field,
          gboolean     value,
          GParamSpec  *pspec)
{
  value = !!value;
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

gboolean
lt_agreement_get_involves_parents (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), FALSE);

  return self->involves_parents;
}

void
lt_agreement_set_involves_parents (LtAgreement *self,
                                   gboolean     involves_parents)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  set_flag (self, &self->involves_parents, involves_parents, properties[PROP_INVOLVES_PARENTS]);
}

gboolean
lt_agreement_get_involves_child (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), FALSE);

  return self->involves_child;
}

void
lt_agreement_set_involves_child (LtAgreement *self,
                                 gboolean     involves_child)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  set_flag (self, &self->involves_child, involves_child, properties[PROP_INVOLVES_CHILD]);
}

gboolean
lt_agreement_get_informs_parents (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), FALSE);

  return self->informs_parents;
}

void
lt_agreement_set_informs_parents (LtAgreement *self,
                                  gboolean     informs_parents)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  set_flag (self, &self->informs_parents, informs_parents, properties[PROP_INFORMS_PARENTS]);
}

gboolean
lt_agreement_get_informs_municipality (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), FALSE);

  return self->informs_municipality;
}

void
lt_agreement_set_informs_municipality (LtAgreement *self,
                                       gboolean     informs_municipality)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  set_flag (self, &self->informs_municipality, informs_municipality,
            properties[PROP_INFORMS_MUNICIPALITY]);
}

const char *
lt_agreement_get_agreed_on (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), NULL);

  return self->agreed_on;
}

void
lt_agreement_set_agreed_on (LtAgreement *self,
                            const char  *agreed_on)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  lt_record_set_string (LT_RECORD (self), &self->agreed_on, agreed_on, properties[PROP_AGREED_ON]);
}

const char *
lt_agreement_get_review_on (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), NULL);

  return self->review_on;
}

void
lt_agreement_set_review_on (LtAgreement *self,
                            const char  *review_on)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  lt_record_set_string (LT_RECORD (self), &self->review_on, review_on, properties[PROP_REVIEW_ON]);
}

const char *
lt_agreement_get_notes (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), NULL);

  return self->notes;
}

void
lt_agreement_set_notes (LtAgreement *self,
                        const char  *notes)
{
  g_return_if_fail (LT_IS_AGREEMENT (self));

  lt_record_set_string (LT_RECORD (self), &self->notes, notes, properties[PROP_NOTES]);
}

/**
 * lt_agreement_is_review_due:
 * @today: the day to compare with
 *
 * Returns: %TRUE when the agreement has a day to look at it again and that
 * day is @today or has passed.
 */
gboolean
lt_agreement_is_review_due (LtAgreement *self,
                            const GDate *today)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  return self->review_on != NULL && !lt_date_is_after (self->review_on, today);
}

static char *
join_parties (const char *first,
              const char *second)
{
  if (first != NULL && second != NULL)
    /* TRANSLATORS: two parties, for example “the parents and the child” */
    return g_strdup_printf (_ ("%s and %s"), first, second);
  if (first != NULL || second != NULL)
    return g_strdup (first != NULL ? first : second);
  return g_strdup (_ ("no one"));
}

/**
 * lt_agreement_dup_involved:
 *
 * Returns: (transfer full): who takes part in deciding, as a phrase to
 * show, for example “the parents and the child”.
 */
char *
lt_agreement_dup_involved (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), NULL);

  return join_parties (self->involves_parents ? _ ("the parents") : NULL,
                       self->involves_child ? _ ("the child") : NULL);
}

/**
 * lt_agreement_dup_informed:
 *
 * Returns: (transfer full): who is told, as a phrase to show.
 */
char *
lt_agreement_dup_informed (LtAgreement *self)
{
  g_return_val_if_fail (LT_IS_AGREEMENT (self), NULL);

  return join_parties (self->informs_parents ? _ ("the parents") : NULL,
                       self->informs_municipality ? _ ("the municipality") : NULL);
}
