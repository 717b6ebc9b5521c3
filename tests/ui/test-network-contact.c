/* test-network-contact.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * UI tests on a real window under Xvfb: the network page points out who
 * matters most and has not been seen for a while, plans a visit with
 * them, and the book keeps or drops a page proposed from a visit.
 */
#include "config.h"

#include "lt-test-util.h"

#include "lt-book-page.h"
#include "lt-contact-banner.h"
#include "lt-demo.h"
#include "lt-network-page.h"
#include "lt-proposal-dialog.h"
#include "lt-proposals-panel.h"
#include "lt-record-dialog.h"
#include "lt-recurrence.h"
#include "lt-store-contact.h"
#include "lt-window.h"

typedef struct
{
  char     *folder;
  LtStore  *store;
  LtWindow *window;
  LtChild  *ida;
} Fixture;

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_until_drawn (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!is_drawn (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (is_drawn (widget));
}

/* Returns: (transfer none): the first open toplevel of @type. */
static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

/* Depth-first: the first widget of @type inside @root. */
static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static void
close_window (GtkWindow *window)
{
  gtk_window_set_focus (window, NULL);
  gtk_window_destroy (window);
  spin (50);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GListModel) children = NULL;

  fixture->folder = g_dir_make_tmp ("lt-ui-contact-XXXXXX", NULL);
  path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_demo_open_fresh (path, &error);
  g_assert_no_error (error);
  children = lt_store_list_children (fixture->store);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_str_equal (lt_child_get_display_name (child), "Ida"))
        fixture->ida = g_steal_pointer (&child);
    }
  g_assert_nonnull (fixture->ida);
  fixture->window = lt_window_new (NULL, fixture->store, TRUE);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 780);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_drawn (GTK_WIDGET (fixture->window));
  lt_window_show_child (fixture->window, fixture->ida);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  close_window (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->ida);
  g_assert_finalize_object (fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static GPtrArray *
missed_on_demo_day (LtContactBanner *banner)
{
  lt_contact_banner_set_now (banner, lt_recurrence_parse_instant ("2026-11-23T12:00:00Z"));
  return lt_contact_banner_dup_missed (banner);
}

/* Mikkel's visits were called off after 13 September: on 23 November he
 * is the one pointed out; a longer period leaves no one, and is kept. */
static void
test_banner (Fixture      *fixture,
             gconstpointer data)
{
  GtkWidget       *page;
  LtContactBanner *banner;
  GtkSpinButton   *weeks;
  g_autoptr (GPtrArray) missed = NULL;
  g_autoptr (GPtrArray) none = NULL;

  lt_window_show_view (fixture->window, "network");
  page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_NETWORK_PAGE);
  g_assert_nonnull (page);
  banner = lt_network_page_get_contact_banner (LT_NETWORK_PAGE (page));
  wait_until_drawn (GTK_WIDGET (banner));

  missed = missed_on_demo_day (banner);
  g_assert_cmpuint (missed->len, ==, 1);
  g_assert_cmpstr (lt_person_get_name (g_ptr_array_index (missed, 0)), ==, "Mikkel Sørensen");

  weeks = GTK_SPIN_BUTTON (find_descendant (GTK_WIDGET (banner), GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (weeks), ==, LT_CONTACT_DEFAULT_WEEKS);
  gtk_spin_button_set_value (weeks, 11);
  none = lt_contact_banner_dup_missed (banner);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpint (lt_store_get_contact_weeks (fixture->store, lt_record_get_id (LT_RECORD (fixture->ida))), ==, 11);
}

/* "Plan a Visit" opens the calendar's dialog for a new visit with him. */
static void
test_plan_visit (Fixture      *fixture,
                 gconstpointer data)
{
  GtkWidget       *page;
  LtContactBanner *banner;
  LtRecordDialog  *dialog;
  LtRecord        *event;
  g_autoptr (GPtrArray) missed = NULL;
  g_autoptr (GListModel) events = lt_store_list_records (fixture->store, LT_TYPE_EVENT,
                                                         lt_record_get_id (LT_RECORD (fixture->ida)));
  guint before = g_list_model_get_n_items (events);

  lt_window_show_view (fixture->window, "network");
  page = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_NETWORK_PAGE);
  banner = lt_network_page_get_contact_banner (LT_NETWORK_PAGE (page));
  missed = missed_on_demo_day (banner);
  g_assert_cmpuint (missed->len, ==, 1);

  g_assert_null (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_true (gtk_widget_activate_action (
      GTK_WIDGET (banner), "win.plan-visit", "x",
      lt_record_get_id (LT_RECORD (g_ptr_array_index (missed, 0)))));
  dialog = LT_RECORD_DIALOG (find_toplevel (LT_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  event = lt_record_dialog_get_record (dialog);
  g_assert_true (LT_IS_EVENT (event));
  g_assert_cmpstr (lt_event_get_title (LT_EVENT (event)), ==, "Visit with Mikkel Sørensen");
  g_assert_true (lt_event_is_visit (LT_EVENT (event)));
  /* Nothing is saved until the dialog is. */
  close_window (GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, before);
}

static LtStoryEntry *
first_proposal (Fixture *fixture)
{
  g_autoptr (GListModel) chapters = lt_store_list_chapters (fixture->store, fixture->ida);

  for (guint c = 0; c < g_list_model_get_n_items (chapters); c++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, c);
      g_autoptr (GListModel) entries = lt_store_list_entries (fixture->store, chapter);

      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr (LtStoryEntry) entry = g_list_model_get_item (entries, e);

          if (lt_story_entry_get_status (entry) == LT_ENTRY_STATUS_PROPOSED)
            return g_steal_pointer (&entry);
        }
    }
  return NULL;
}

static LtEvent *
held_visit (Fixture *fixture)
{
  g_autoptr (GListModel) events = lt_store_list_records (fixture->store, LT_TYPE_EVENT,
                                                         lt_record_get_id (LT_RECORD (fixture->ida)));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (LtEvent) event = g_list_model_get_item (events, i);

      if (lt_event_get_outcome (event) == LT_OUTCOME_HELD && lt_event_is_visit (event))
        return g_steal_pointer (&event);
    }
  g_assert_not_reached ();
}

/* The demo's page from 17 October: kept, it becomes a page of the book. */
static void
test_keep_proposal (Fixture      *fixture,
                    gconstpointer data)
{
  GtkWidget *panel;
  g_autoptr (LtStoryEntry) entry = NULL;

  lt_window_show_view (fixture->window, "book");
  panel = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_PROPOSALS_PANEL);
  g_assert_nonnull (panel);
  g_assert_cmpuint (lt_proposals_panel_get_n_proposals (LT_PROPOSALS_PANEL (panel)), ==, 1);
  entry = first_proposal (fixture);
  g_assert_nonnull (entry);
  g_assert_cmpstr (lt_story_entry_get_title (entry), ==, "Boller hos mor");

  g_assert_true (gtk_widget_activate_action (panel, "proposals.keep", "x",
                                             lt_record_get_id (LT_RECORD (entry))));
  g_assert_cmpint (lt_story_entry_get_status (entry), ==, LT_ENTRY_STATUS_IN_BOOK);
  g_assert_cmpuint (lt_proposals_panel_get_n_proposals (LT_PROPOSALS_PANEL (panel)), ==, 0);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_first_child (panel)));
  g_assert_null (first_proposal (fixture));
}

/* A page proposed through the dialog, then dropped: it is deleted. */
static void
test_propose_and_drop (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtEvent) visit = held_visit (fixture);
  g_autoptr (LtStoryEntry) demo_page = first_proposal (fixture);
  LtProposalDialog *dialog;
  GtkWidget        *panel;
  gint64            id;

  lt_window_show_view (fixture->window, "book");
  panel = find_descendant (GTK_WIDGET (fixture->window), LT_TYPE_PROPOSALS_PANEL);
  g_assert_true (gtk_widget_activate_action (panel, "proposals.drop", "x",
                                             lt_record_get_id (LT_RECORD (demo_page))));
  g_assert_cmpuint (lt_proposals_panel_get_n_proposals (LT_PROPOSALS_PANEL (panel)), ==, 0);

  dialog = lt_proposal_dialog_new (GTK_WINDOW (fixture->window), fixture->store, visit);
  gtk_window_present (GTK_WINDOW (dialog));
  lt_proposal_dialog_set_text (dialog, "  ", "Vi gyngede.");
  g_assert_false (lt_proposal_dialog_propose (dialog, &error));
  g_assert_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (first_proposal (fixture));

  lt_proposal_dialog_set_text (dialog, "Gyngerne", "Vi gyngede.");
  g_assert_true (lt_proposal_dialog_propose (dialog, &error));
  g_assert_no_error (error);
  close_window (GTK_WINDOW (dialog));
  g_assert_cmpuint (lt_proposals_panel_get_n_proposals (LT_PROPOSALS_PANEL (panel)), ==, 1);
  {
    g_autoptr (LtStoryEntry) entry = first_proposal (fixture);

    g_assert_cmpstr (lt_story_entry_get_title (entry), ==, "Gyngerne");
    g_assert_cmpstr (lt_story_entry_get_body (entry), ==, "Vi gyngede.");
    g_assert_cmpint (lt_store_get_entry_source_event (fixture->store, entry), ==,
                     lt_record_get_id (LT_RECORD (visit)));
    id = lt_record_get_id (LT_RECORD (entry));
  }

  g_assert_true (gtk_widget_activate_action (panel, "proposals.drop", "x", id));
  g_assert_cmpuint (lt_proposals_panel_get_n_proposals (LT_PROPOSALS_PANEL (panel)), ==, 0);
  g_assert_null (lt_store_lookup (fixture->store, LT_TYPE_STORY_ENTRY, id, NULL));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/network-contact/banner", test_banner);
  ADD ("/network-contact/plan-visit", test_plan_visit);
  ADD ("/network-contact/keep-proposal", test_keep_proposal);
  ADD ("/network-contact/propose-and-drop", test_propose_and_drop);
#undef ADD
  return g_test_run ();
}
