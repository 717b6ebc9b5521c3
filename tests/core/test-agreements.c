/* test-agreements.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Everyday agreements in the store: what a foster parent is told when one
 * is incomplete, the register's order, enums and parties kept as written,
 * and when an agreement is due to be looked at again.
 */
#include "config.h"

#include "lt-test-util.h"

#include <locale.h>
#include <string.h>

#include "lt-date.h"
#include "lt-store.h"

typedef struct
{
  char    *folder;
  char    *path;
  LtStore *store;
  LtChild *child;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("lt-agreements-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->child = g_object_new (LT_TYPE_CHILD, "name", "Åse Ærø", "birth-date", "2015-03-01", NULL);
  lt_child_set_household_id (fixture->child, 1);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (fixture->child), &error));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->child);
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static LtAgreement *
new_agreement (Fixture         *fixture,
               LtAgreementTopic topic,
               const char      *title,
               const char      *agreed_on)
{
  return g_object_new (LT_TYPE_AGREEMENT, "child-id", lt_record_get_id (LT_RECORD (fixture->child)),
                       "topic", topic, "title", title, "agreed-on", agreed_on, NULL);
}

static void
add (Fixture         *fixture,
     LtAgreementTopic topic,
     const char      *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtAgreement) agreement = new_agreement (fixture, topic, title, "2026-08-20");

  g_assert_true (lt_store_add (fixture->store, LT_RECORD (agreement), &error));
  g_assert_no_error (error);
}

static void
test_validation (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GListModel) agreements =
      lt_store_list_records (fixture->store, LT_TYPE_AGREEMENT,
                             lt_record_get_id (LT_RECORD (fixture->child)));
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) next_year = g_date_time_add_years (now, 1);
  g_autofree char *future = g_date_time_format (next_year, "%Y-%m-%d");
  struct
  {
    const char *title;
    const char *agreed_on;
    const char *review_on;
    const char *message;
  } cases[] = {
    { NULL, "2026-08-20", NULL, "Write what the agreement is about" },
    { "   ", "2026-08-20", NULL, "Write what the agreement is about" },
    { "Klipning", NULL, NULL, "Give the day you agreed on it" },
    { "Klipning", "2026-08", NULL, "not a whole date" },
    { "Klipning", future, NULL, "in the future" },
    { "Klipning", "2026-08-20", "2027", "Look at it again" },
    { "Klipning", "2026-08-20", "2026-08-19", "before the day you agreed" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LtAgreement) agreement =
          new_agreement (fixture, LT_AGREEMENT_TOPIC_HAIRCUT, cases[i].title, cases[i].agreed_on);

      g_test_message ("case %u", i);
      lt_agreement_set_review_on (agreement, cases[i].review_on);
      g_assert_false (lt_store_add (fixture->store, LT_RECORD (agreement), &error));
      g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
  g_assert_cmpuint (g_list_model_get_n_items (agreements), ==, 0);

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (LtAgreement) agreement =
        new_agreement (fixture, LT_AGREEMENT_TOPIC_HAIRCUT, "Klipning", "2026-08-20");

    /* Looking at it again on the day it was agreed is allowed. */
    lt_agreement_set_review_on (agreement, "2026-08-20");
    g_assert_true (lt_store_add (fixture->store, LT_RECORD (agreement), &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (agreements), ==, 1);
  }
}

static void
test_sort_order (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GListModel) agreements =
      lt_store_list_records (fixture->store, LT_TYPE_AGREEMENT,
                             lt_record_get_id (LT_RECORD (fixture->child)));
  const char *const expected[] = { "Klipning", "Overnatning hos Sofie", "Overnatning i ferien",
                                   "Mobil", "Øvrigt" };

  add (fixture, LT_AGREEMENT_TOPIC_OTHER, "Øvrigt");
  add (fixture, LT_AGREEMENT_TOPIC_PHONE, "Mobil");
  add (fixture, LT_AGREEMENT_TOPIC_SLEEPOVER, "Overnatning i ferien");
  add (fixture, LT_AGREEMENT_TOPIC_HAIRCUT, "Klipning");
  add (fixture, LT_AGREEMENT_TOPIC_SLEEPOVER, "Overnatning hos Sofie");

  g_assert_cmpuint (g_list_model_get_n_items (agreements), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr (LtAgreement) agreement = g_list_model_get_item (agreements, i);

      g_assert_cmpstr (lt_agreement_get_title (agreement), ==, expected[i]);
    }
}

/* Every value survives the database: reopened, the store reads the row
 * again instead of handing back the object it holds. */
static void
test_round_trip (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtAgreement) agreement =
      new_agreement (fixture, LT_AGREEMENT_TOPIC_RELIGION, "Ramadan og eid", "2026-02-10");
  g_autoptr (LtStore) reopened = NULL;
  g_autoptr (GListModel) agreements = NULL;
  g_autoptr (LtAgreement) read = NULL;
  gint64 child_id = lt_record_get_id (LT_RECORD (fixture->child));

  g_object_set (agreement, "decides", LT_DECIDER_MUNICIPALITY, "involves-parents", TRUE,
                "involves-child", FALSE, "informs-parents", TRUE, "informs-municipality", TRUE,
                "review-on", "2027-01-15", "notes", "Forældrene bestemmer; vi støtter.", NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (agreement), &error));
  g_assert_no_error (error);

  reopened = lt_store_open (fixture->path, &error);
  g_assert_no_error (error);
  agreements = lt_store_list_records (reopened, LT_TYPE_AGREEMENT, child_id);
  g_assert_cmpuint (g_list_model_get_n_items (agreements), ==, 1);
  read = g_list_model_get_item (agreements, 0);
  g_assert_true (read != agreement);
  g_assert_cmpint (lt_agreement_get_topic (read), ==, LT_AGREEMENT_TOPIC_RELIGION);
  g_assert_cmpint (lt_agreement_get_decides (read), ==, LT_DECIDER_MUNICIPALITY);
  g_assert_true (lt_agreement_get_involves_parents (read));
  g_assert_false (lt_agreement_get_involves_child (read));
  g_assert_true (lt_agreement_get_informs_parents (read));
  g_assert_true (lt_agreement_get_informs_municipality (read));
  g_assert_cmpstr (lt_agreement_get_agreed_on (read), ==, "2026-02-10");
  g_assert_cmpstr (lt_agreement_get_review_on (read), ==, "2027-01-15");
  g_assert_cmpstr (lt_agreement_get_notes (read), ==, "Forældrene bestemmer; vi støtter.");
  g_clear_object (&read);
  g_clear_object (&agreements);
  g_assert_finalize_object (g_steal_pointer (&reopened));

  /* Every topic and every decider by its nick. */
  {
    g_autoptr (GEnumClass) topics = g_type_class_ref (LT_TYPE_AGREEMENT_TOPIC);
    g_autoptr (GEnumClass) deciders = g_type_class_ref (LT_TYPE_DECIDER);

    g_assert_cmpuint (topics->n_values, ==, 10);
    g_assert_cmpuint (deciders->n_values, ==, 5);
    g_assert_cmpstr (g_enum_get_value (topics, LT_AGREEMENT_TOPIC_PHONE)->value_nick, ==,
                     "phone-and-social-media");
    g_assert_cmpstr (g_enum_get_value (topics, LT_AGREEMENT_TOPIC_PHOTOS)->value_nick, ==,
                     "photos-and-sharing");
    for (guint i = 0; i < topics->n_values; i++)
      g_assert_cmpstr (lt_agreement_topic_to_label (i), !=, "");
    for (guint i = 0; i < deciders->n_values; i++)
      g_assert_cmpstr (lt_decider_to_label (i), !=, "");
  }
}

static void
test_review_and_parties (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (LtAgreement) agreement =
      new_agreement (fixture, LT_AGREEMENT_TOPIC_PHONE, "Mobil", "2026-09-03");
  g_autofree char *nobody = lt_agreement_dup_involved (agreement);
  GDate            today;

  g_assert_cmpint (lt_date_parse_iso ("2026-11-23", &today), ==, LT_DATE_DAY);
  g_assert_false (lt_agreement_is_review_due (agreement, &today));
  lt_agreement_set_review_on (agreement, "2026-11-24");
  g_assert_false (lt_agreement_is_review_due (agreement, &today));
  lt_agreement_set_review_on (agreement, "2026-11-23");
  g_assert_true (lt_agreement_is_review_due (agreement, &today));

  g_assert_cmpstr (nobody, ==, "no one");
  lt_agreement_set_involves_child (agreement, TRUE);
  {
    g_autofree char *child = lt_agreement_dup_involved (agreement);

    g_assert_cmpstr (child, ==, "the child");
  }
  lt_agreement_set_involves_parents (agreement, TRUE);
  lt_agreement_set_informs_municipality (agreement, TRUE);
  {
    g_autofree char *both = lt_agreement_dup_involved (agreement);
    g_autofree char *informed = lt_agreement_dup_informed (agreement);

    g_assert_cmpstr (both, ==, "the parents and the child");
    g_assert_cmpstr (informed, ==, "the municipality");
  }
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* The property contract: a change notifies once, the same value not at all. */
static void
test_notify (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (LtAgreement) agreement = lt_agreement_new ();
  guint notified = 0;

  g_signal_connect_swapped (agreement, "notify::informs-parents", G_CALLBACK (count_cb),
                            &notified);
  lt_agreement_set_informs_parents (agreement, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  lt_agreement_set_informs_parents (agreement, 7);
  g_assert_cmpuint (notified, ==, 1);
  lt_agreement_set_informs_parents (agreement, FALSE);
  g_assert_cmpuint (notified, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/agreements/validation", test_validation);
  ADD ("/agreements/sort-order", test_sort_order);
  ADD ("/agreements/round-trip", test_round_trip);
  ADD ("/agreements/review-and-parties", test_review_and_parties);
  ADD ("/agreements/notify", test_notify);
#undef ADD
  return g_test_run ();
}
