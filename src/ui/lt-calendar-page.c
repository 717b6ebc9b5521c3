/* lt-calendar-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtCalendarPage: the child's calendar of visits, calls, meetings and
 * activities, by month, week or as an agenda, for one child or the whole
 * household; Monday first, with week numbers and today marked.
 *
 * The page expands the events of the period shown (lt-recurrence) and
 * marks clashes.  Choosing an occurrence of a repeating event asks whether
 * to change only that time (a changed occurrence is made), every time, or
 * to cancel that time.  Page Up and Page Down move a period, Ctrl+T goes
 * to today.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "lt-calendar-page-private.h"
#include "lt-date.h"
#include "lt-event-fields.h"
#include "lt-recurrence.h"
#include "lt-window.h"

#define AGENDA_WEEKS 8
#define MONTH_CELL_EVENTS 3

typedef enum
{
  VIEW_MONTH,
  VIEW_WEEK,
  VIEW_AGENDA,
} View;

struct _LtCalendarPage
{
  GtkWidget parent_instance;

  /* owned */
  LtStore    *store;
  LtChild    *child;
  GDateTime  *anchor; /* a local day in the period shown */
  GPtrArray  *occurrences;
  GHashTable *clashes;        /* LtOccurrence * → message */
  gboolean    show_household; /* every child's events, not only this one's */

  /* template children */
  GtkWidget       *content;
  GtkLabel        *period_label;
  GtkToggleButton *month_button;
  GtkToggleButton *week_button;
  GtkToggleButton *agenda_button;
  GtkBox          *body;
};

G_DEFINE_FINAL_TYPE (LtCalendarPage, lt_calendar_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SHOW_HOUSEHOLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GTimeZone *
family_zone (void)
{
  return g_time_zone_new_identifier (LT_EVENT_DEFAULT_TIME_ZONE);
}

static View
current_view (LtCalendarPage *self)
{
  if (gtk_toggle_button_get_active (self->week_button))
    return VIEW_WEEK;
  if (gtk_toggle_button_get_active (self->agenda_button))
    return VIEW_AGENDA;
  return VIEW_MONTH;
}

static GDateTime *
start_of_day (GDateTime *day)
{
  g_autoptr (GTimeZone) zone = family_zone ();

  return g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
                          g_date_time_get_day_of_month (day), 0, 0, 0);
}

static GDateTime *
monday_of (GDateTime *day)
{
  g_autoptr (GDateTime) midnight = start_of_day (day);

  return g_date_time_add_days (midnight, 1 - g_date_time_get_day_of_week (midnight));
}

/* The first day shown and how many days. */
static GDateTime *
period (LtCalendarPage *self,
        guint          *n_days)
{
  g_autoptr (GDateTime) first = NULL;

  switch (current_view (self))
    {
    case VIEW_WEEK:
      *n_days = 7;
      return monday_of (self->anchor);
    case VIEW_AGENDA:
      *n_days = 7 * AGENDA_WEEKS;
      return monday_of (self->anchor);
    case VIEW_MONTH:
    default:
      *n_days = 42;
      first = g_date_time_add_days (self->anchor, 1 - g_date_time_get_day_of_month (self->anchor));
      return monday_of (first);
    }
}

/* ---- gathering ----------------------------------------------------------- */

void
lt_calendar_page_collect_events (LtCalendarPage *self,
                                 LtChild        *child,
                                 GPtrArray      *events)
{
  g_autoptr (GListModel) list =
      lt_store_list_records (self->store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (events, g_list_model_get_item (list, i));
}

static LtChild *
child_of (LtCalendarPage *self,
          LtEvent        *event)
{
  return LT_CHILD (lt_store_lookup (self->store, LT_TYPE_CHILD, lt_event_get_child_id (event), NULL));
}

char *
lt_calendar_clash_message (const LtClash *clash)
{
  if (clash->kind == LT_CLASH_SCHOOL_HOURS)
    return g_strdup (_ ("In school hours on a school day"));
  return g_strdup_printf (_ ("At the same time as “%s”"),
                          lt_event_get_title (clash->first->event == clash->second->event
                                                  ? clash->first->event
                                                  : clash->second->event));
}

static void
find_clashes (LtCalendarPage *self,
              GListModel     *children)
{
  for (guint c = 0; c < g_list_model_get_n_items (children); c++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, c);
      g_autoptr (GPtrArray) own = g_ptr_array_new ();
      g_autoptr (GListModel) schools = lt_store_list_school_periods (self->store, child);
      g_autoptr (GArray) clashes = NULL;

      for (guint i = 0; i < self->occurrences->len; i++)
        {
          LtOccurrence *occurrence = g_ptr_array_index (self->occurrences, i);

          if (lt_event_get_child_id (occurrence->event) == lt_record_get_id (LT_RECORD (child)))
            g_ptr_array_add (own, occurrence);
        }
      clashes = lt_occurrences_find_clashes (own, schools);
      for (guint i = 0; i < clashes->len; i++)
        {
          const LtClash *clash = &g_array_index (clashes, LtClash, i);

          g_hash_table_insert (self->clashes, (gpointer) clash->first, lt_calendar_clash_message (clash));
          if (clash->second != NULL)
            g_hash_table_insert (self->clashes, (gpointer) clash->second,
                                 g_strdup_printf (_ ("At the same time as “%s”"),
                                                  lt_event_get_title (clash->first->event)));
        }
    }
}

/* Expands the events of the period shown, and finds their clashes. */
static void
gather (LtCalendarPage *self,
        GDateTime      *first,
        guint           n_days)
{
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GListModel) children = lt_store_list_children (self->store);
  g_autoptr (GListStore) one = g_list_store_new (LT_TYPE_CHILD);
  g_autoptr (GDateTime) last = g_date_time_add_days (first, n_days);
  g_autoptr (GError) error = NULL;
  GListModel *shown = G_LIST_MODEL (one);

  if (self->show_household)
    shown = children;
  else
    g_list_store_append (one, self->child);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (shown, i);

      lt_calendar_page_collect_events (self, child, events);
    }
  g_clear_pointer (&self->occurrences, g_ptr_array_unref);
  g_hash_table_remove_all (self->clashes);
  self->occurrences = lt_occurrences_expand (events, g_date_time_to_unix (first),
                                             g_date_time_to_unix (last), &error);
  if (self->occurrences == NULL)
    {
      lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
      self->occurrences = g_ptr_array_new ();
      return;
    }
  find_clashes (self, shown);
}

/* ---- one occurrence ------------------------------------------------------ */

static char *
time_range (const LtOccurrence *occurrence)
{
  g_autoptr (GTimeZone) zone = family_zone ();
  g_autoptr (GDateTime) utc_start = g_date_time_new_from_unix_utc (occurrence->start);
  g_autoptr (GDateTime) utc_end = g_date_time_new_from_unix_utc (occurrence->end);
  g_autoptr (GDateTime) start = g_date_time_to_timezone (utc_start, zone);
  g_autoptr (GDateTime) end = g_date_time_to_timezone (utc_end, zone);
  g_autofree char *from = g_date_time_format (start, "%H:%M");
  g_autofree char *to = g_date_time_format (end, "%H:%M");

  if (lt_event_get_all_day (occurrence->event))
    return g_strdup (_ ("All day"));
  return g_strdup_printf ("%s–%s", from, to);
}

static char *
occurrence_title (LtCalendarPage     *self,
                  const LtOccurrence *occurrence)
{
  const char *title = lt_event_get_title (occurrence->event);

  if (self->show_household)
    {
      LtChild *child = child_of (self, occurrence->event);

      /* Translators: an event in the household's calendar: child, event */
      return g_strdup_printf (_ ("%s: %s"), child != NULL ? lt_child_get_display_name (child) : "",
                              title);
    }
  return g_strdup (title);
}

/* Time, place, who takes part, and why it clashes. */
static char *
occurrence_details (LtCalendarPage     *self,
                    const LtOccurrence *occurrence)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) persons =
      lt_store_dup_event_persons (self->store, occurrence->event, NULL);
  const char *clash = g_hash_table_lookup (self->clashes, occurrence);

  g_ptr_array_add (parts, time_range (occurrence));
  g_ptr_array_add (parts, g_strdup (lt_event_kind_to_label (lt_event_get_kind (occurrence->event))));
  if (lt_event_get_place (occurrence->event) != NULL)
    g_ptr_array_add (parts, g_strdup (lt_event_get_place (occurrence->event)));
  for (guint i = 0; persons != NULL && i < persons->len; i++)
    g_ptr_array_add (parts, g_strdup (lt_person_get_name (g_ptr_array_index (persons, i))));
  if (occurrence->cancelled || lt_event_get_outcome (occurrence->event) != LT_OUTCOME_PLANNED)
    g_ptr_array_add (parts, g_strdup (lt_outcome_to_label (lt_event_get_outcome (occurrence->event))));
  if (lt_event_get_mood_before (occurrence->event) > 0 || lt_event_get_mood_after (occurrence->event) > 0)
    /* Translators: how the child was before → after a visit, from 1 to 5 */
    g_ptr_array_add (parts, g_strdup_printf (_ ("how the child was %d → %d"),
                                             (int) lt_event_get_mood_before (occurrence->event),
                                             (int) lt_event_get_mood_after (occurrence->event)));
  if (clash != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("⚠ %s", clash));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* ---- drawing the period ---------------------------------------------------- */

static GtkWidget *
occurrence_button (LtCalendarPage     *self,
                   const LtOccurrence *occurrence,
                   gboolean            with_time)
{
  g_autoptr (GTimeZone) zone = family_zone ();
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (occurrence->start);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);
  g_autofree char *title = occurrence_title (self, occurrence);
  g_autofree char *hour = g_date_time_format (local, "%H:%M");
  g_autofree char *text = with_time && !lt_event_get_all_day (occurrence->event)
                              ? g_strdup_printf ("%s %s", hour, title)
                              : g_strdup (title);
  g_autofree char *details = occurrence_details (self, occurrence);
  g_autofree char *tooltip = g_strdup_printf ("%s\n%s", title, details);
  GtkWidget       *button = gtk_button_new ();
  GtkWidget       *label = gtk_label_new (NULL);
  g_autofree char *markup = NULL;

  markup = occurrence->cancelled ? g_markup_printf_escaped ("<s>%s</s>", text)
                                 : g_markup_escape_text (text, -1);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Two lines at most in a day's box, then shortened. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "calendar-event");
  if (lt_event_is_visit (occurrence->event))
    gtk_widget_add_css_class (button, "visit");
  if (occurrence->cancelled)
    gtk_widget_add_css_class (button, "dim-label");
  if (g_hash_table_contains (self->clashes, occurrence))
    gtk_widget_add_css_class (button, "clash");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  lt_calendar_edit_attach (self, button, occurrence);
  return button;
}

/* The occurrences that start on @day (local), in order. */
static GPtrArray *
on_day (LtCalendarPage *self,
        GDateTime      *day)
{
  g_autoptr (GDateTime) next = g_date_time_add_days (day, 1);
  gint64     from = g_date_time_to_unix (day), to = g_date_time_to_unix (next);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < self->occurrences->len; i++)
    {
      LtOccurrence *occurrence = g_ptr_array_index (self->occurrences, i);

      if (occurrence->start >= from && occurrence->start < to)
        g_ptr_array_add (found, occurrence);
      else if (occurrence->start < from && occurrence->end > from)
        g_ptr_array_add (found, occurrence); /* began the day before */
    }
  return found;
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

static void
clear_body (LtCalendarPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->body))) != NULL)
    gtk_box_remove (self->body, child);
}

static GtkWidget *
day_cell (LtCalendarPage *self,
          GDateTime      *day,
          gboolean        in_month,
          guint           max_events)
{
  g_autoptr (GDateTime) now = g_date_time_new_now (g_date_time_get_timezone (day));
  g_autoptr (GPtrArray) events = on_day (self, day);
  g_autofree char *number = g_date_time_format (day, "%-d");
  GtkWidget       *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget       *label = gtk_label_new (number);

  gtk_widget_add_css_class (cell, "calendar-day");
  if (same_day (day, now))
    gtk_widget_add_css_class (cell, "today");
  if (!in_month)
    gtk_widget_add_css_class (cell, "other-month");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  if (g_date_time_get_day_of_week (day) == 1)
    {
      /* Mondays carry the week number, as Danish calendars do. */
      g_autofree char *week = g_strdup_printf (_ ("w. %d"), g_date_time_get_week_of_year (day));
      GtkWidget       *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget       *week_label = gtk_label_new (week);

      gtk_widget_set_hexpand (label, TRUE);
      /* Shortened rather than widen the month on a narrow screen. */
      gtk_label_set_ellipsize (GTK_LABEL (week_label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (week_label, "dim-label");
      gtk_widget_add_css_class (week_label, "caption");
      gtk_box_append (GTK_BOX (header), label);
      gtk_box_append (GTK_BOX (header), week_label);
      gtk_box_append (GTK_BOX (cell), header);
    }
  else
    gtk_box_append (GTK_BOX (cell), label);
  for (guint i = 0; i < events->len && i < max_events; i++)
    gtk_box_append (GTK_BOX (cell), occurrence_button (self, g_ptr_array_index (events, i), TRUE));
  if (events->len > max_events)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("%u more", "%u more",
                                                         events->len - max_events),
                                               events->len - max_events);
      GtkWidget       *more_label = gtk_label_new (more);

      gtk_label_set_xalign (GTK_LABEL (more_label), 0);
      gtk_widget_add_css_class (more_label, "dim-label");
      gtk_widget_add_css_class (more_label, "caption");
      gtk_box_append (GTK_BOX (cell), more_label);
    }
  gtk_widget_set_hexpand (cell, TRUE);
  return cell;
}

static GtkWidget *
weekday_header (GDateTime *day,
                gboolean   with_date)
{
  g_autofree char *text = g_date_time_format (day, with_date ? "%a %-d/%-m" : "%a");
  GtkWidget       *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

static void
draw_grid (LtCalendarPage *self,
           GDateTime      *first,
           guint           n_days)
{
  GtkWidget *grid = gtk_grid_new ();
  View       view = current_view (self);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  for (guint d = 0; d < 7; d++)
    {
      g_autoptr (GDateTime) day = g_date_time_add_days (first, d);

      gtk_grid_attach (GTK_GRID (grid), weekday_header (day, view == VIEW_WEEK), d, 0, 1, 1);
    }
  for (guint d = 0; d < n_days; d++)
    {
      g_autoptr (GDateTime) day = g_date_time_add_days (first, d);
      gboolean in_month = view != VIEW_MONTH ||
                          g_date_time_get_month (day) == g_date_time_get_month (self->anchor);

      gtk_grid_attach (GTK_GRID (grid),
                       day_cell (self, day, in_month, view == VIEW_WEEK ? 50 : MONTH_CELL_EVENTS),
                       d % 7, d / 7 + 1, 1, 1);
    }
  gtk_box_append (self->body, grid);
}

static GtkWidget *
agenda_row (LtCalendarPage     *self,
            const LtOccurrence *occurrence)
{
  g_autofree char *title = occurrence_title (self, occurrence);
  g_autofree char *details = occurrence_details (self, occurrence);
  GtkWidget       *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (g_hash_table_contains (self->clashes, occurrence))
    adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                               gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  if (occurrence->cancelled)
    gtk_widget_add_css_class (row, "dim-label");
  lt_calendar_edit_attach (self, row, occurrence);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), lt_calendar_edit_delete_button (self, occurrence));
  return row;
}

static GtkWidget *
day_heading (GDateTime *day,
             gboolean   first)
{
  g_autofree char *text = NULL;
  GtkWidget       *heading;
  GDate            date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  text = lt_date_format_day_with_week (&date);
  heading = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, first ? 0 : 12);
  gtk_widget_set_margin_bottom (heading, 6);
  return heading;
}

/* Day by day, the days with something on them. */
static void
draw_agenda (LtCalendarPage *self,
             GDateTime      *first,
             guint           n_days)
{
  guint shown = 0;

  for (guint d = 0; d < n_days; d++)
    {
      g_autoptr (GDateTime) day = g_date_time_add_days (first, d);
      g_autoptr (GPtrArray) events = on_day (self, day);
      GtkWidget *list;

      if (events->len == 0)
        continue;
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      g_signal_connect (list, "row-activated", G_CALLBACK (lt_calendar_edit_row_activated_cb), self);
      for (guint i = 0; i < events->len; i++)
        gtk_list_box_append (GTK_LIST_BOX (list), agenda_row (self, g_ptr_array_index (events, i)));
      gtk_box_append (self->body, day_heading (day, shown == 0));
      gtk_box_append (self->body, list);
      shown++;
    }
  if (shown == 0)
    {
      GtkWidget *empty = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-calendar-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (empty), _ ("Nothing Planned"));
      adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                       _ ("Plan visits with family and friends, calls, meetings "
                                          "and activities with Add."));
      gtk_box_append (self->body, empty);
    }
}

static void
update_period_label (LtCalendarPage *self,
                     GDateTime      *first,
                     guint           n_days)
{
  g_autoptr (GDateTime) last = g_date_time_add_days (first, n_days - 1);
  g_autofree char *text = NULL;

  if (current_view (self) == VIEW_MONTH)
    {
      g_autofree char *month = g_date_time_format (self->anchor, "%B %Y");

      /* Translators: a month and the weeks it spans, e.g. "november 2026 · week 44–49" */
      text = g_strdup_printf (_ ("%s · week %d–%d"), month, g_date_time_get_week_of_year (first),
                              g_date_time_get_week_of_year (last));
    }
  else
    {
      g_autofree char *from = g_date_time_format (first, "%-d/%-m");
      g_autofree char *to = g_date_time_format (last, "%-d/%-m %Y");

      /* Translators: week numbers and dates, e.g. "week 48–49 · 23/11–6/12 2026" */
      text = g_strdup_printf (_ ("week %d–%d · %s–%s"), g_date_time_get_week_of_year (first),
                              g_date_time_get_week_of_year (last), from, to);
    }
  gtk_label_set_text (self->period_label, text);
}

static void
redraw (LtCalendarPage *self)
{
  g_autoptr (GDateTime) first = NULL;
  guint n_days = 0;

  clear_body (self);
  if (self->store == NULL || self->child == NULL)
    return;
  first = period (self, &n_days);
  gather (self, first, n_days);
  update_period_label (self, first, n_days);
  if (current_view (self) == VIEW_AGENDA)
    draw_agenda (self, first, n_days);
  else
    draw_grid (self, first, current_view (self) == VIEW_MONTH ? 42 : 7);
}

static void
on_view_toggled_cb (LtCalendarPage *self)
{
  redraw (self);
}

static void
on_store_changed (LtCalendarPage *self,
                  GType           kind,
                  gint64          id)
{
  if (kind == LT_TYPE_EVENT || kind == LT_TYPE_PERSON || kind == LT_TYPE_CHILD ||
      kind == LT_TYPE_SCHOOL_PERIOD)
    redraw (self);
}

/* ---- actions --------------------------------------------------------------- */

static void
move_anchor (LtCalendarPage *self,
             int             direction)
{
  GDateTime *moved;

  switch (current_view (self))
    {
    case VIEW_WEEK:
      moved = g_date_time_add_weeks (self->anchor, direction);
      break;
    case VIEW_AGENDA:
      moved = g_date_time_add_weeks (self->anchor, direction * AGENDA_WEEKS);
      break;
    case VIEW_MONTH:
    default:
      moved = g_date_time_add_months (self->anchor, direction);
      break;
    }
  g_date_time_unref (self->anchor);
  self->anchor = moved;
  redraw (self);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  move_anchor (LT_CALENDAR_PAGE (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_anchor (LT_CALENDAR_PAGE (widget), 1);
}

static GDateTime *
today (void)
{
  g_autoptr (GTimeZone) zone = family_zone ();
  g_autoptr (GDateTime) now = g_date_time_new_now (zone);

  return start_of_day (now);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LtCalendarPage *self = LT_CALENDAR_PAGE (widget);

  g_date_time_unref (self->anchor);
  self->anchor = today ();
  redraw (self);
}

/* A new visit at 10 tomorrow, for two hours; the form lets it be changed. */
static LtEvent *
new_visit (LtCalendarPage *self,
           const char     *title)
{
  g_autoptr (GDateTime) midnight = today ();
  g_autoptr (GDateTime) start = g_date_time_add_hours (midnight, 24 + 10);
  g_autoptr (GDateTime) end = g_date_time_add_hours (start, 2);
  g_autoptr (GDateTime) utc_start = g_date_time_to_utc (start);
  g_autoptr (GDateTime) utc_end = g_date_time_to_utc (end);
  g_autofree char *starts_at = g_date_time_format (utc_start, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *ends_at = g_date_time_format (utc_end, "%Y-%m-%dT%H:%M:%SZ");

  return g_object_new (LT_TYPE_EVENT, "child-id", lt_record_get_id (LT_RECORD (self->child)),
                       "kind", LT_EVENT_KIND_SUPERVISED, "title", title, "starts-at", starts_at,
                       "ends-at", ends_at, NULL);
}

static void
add_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LtCalendarPage *self = LT_CALENDAR_PAGE (widget);
  g_autoptr (LtEvent) event = NULL;

  if (self->child == NULL)
    return;
  event = new_visit (self, _ ("Visit"));
  lt_calendar_edit_open (self, event, NULL);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  lt_calendar_files_export_ics (LT_CALENDAR_PAGE (widget));
}

static void
import_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  lt_calendar_files_import_ics (LT_CALENDAR_PAGE (widget));
}

static void
export_overview_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  lt_calendar_files_export_overview (LT_CALENDAR_PAGE (widget));
}

/* ---- GObject --------------------------------------------------------------- */

static void
lt_calendar_page_dispose (GObject *object)
{
  LtCalendarPage *self = LT_CALENDAR_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_CALENDAR_PAGE);
  g_clear_pointer (&self->occurrences, g_ptr_array_unref);
  g_clear_pointer (&self->clashes, g_hash_table_unref);
  g_clear_pointer (&self->anchor, g_date_time_unref);
  g_clear_object (&self->child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_calendar_page_parent_class)->dispose (object);
}

static void
lt_calendar_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SHOW_HOUSEHOLD:
      g_value_set_boolean (value, LT_CALENDAR_PAGE (object)->show_household);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_calendar_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LtCalendarPage *self = LT_CALENDAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_HOUSEHOLD:
      if (self->show_household != g_value_get_boolean (value))
        {
          self->show_household = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
          redraw (self);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_calendar_page_class_init (LtCalendarPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_calendar_page_dispose;
  object_class->get_property = lt_calendar_page_get_property;
  object_class->set_property = lt_calendar_page_set_property;

  properties[PROP_SHOW_HOUSEHOLD] =
      g_param_spec_boolean ("show-household", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_property_action (widget_class, "calendar.show-household",
                                            "show-household");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/livstraad/Livstraad/lt-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtCalendarPage, content);
  gtk_widget_class_bind_template_child (widget_class, LtCalendarPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, LtCalendarPage, month_button);
  gtk_widget_class_bind_template_child (widget_class, LtCalendarPage, week_button);
  gtk_widget_class_bind_template_child (widget_class, LtCalendarPage, agenda_button);
  gtk_widget_class_bind_template_child (widget_class, LtCalendarPage, body);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled_cb);

  gtk_widget_class_install_action (widget_class, "calendar.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "calendar.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "calendar.add-event", NULL, add_event_action);
  gtk_widget_class_install_action (widget_class, "calendar.export-ics", NULL, export_ics_action);
  gtk_widget_class_install_action (widget_class, "calendar.export-overview", NULL,
                                   export_overview_action);
  gtk_widget_class_install_action (widget_class, "calendar.import-ics", NULL, import_ics_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "calendar.previous",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "calendar.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "calendar.today",
                                       NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lt_calendar_page_init (LtCalendarPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->anchor = today ();
  self->clashes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

LtStore *
lt_calendar_page_get_store (LtCalendarPage *self)
{
  return self->store;
}

LtChild *
lt_calendar_page_get_child (LtCalendarPage *self)
{
  return self->child;
}

gboolean
lt_calendar_page_get_show_household (LtCalendarPage *self)
{
  return self->show_household;
}

void
lt_calendar_page_set_store (LtCalendarPage *self,
                            LtStore        *store)
{
  g_return_if_fail (LT_IS_CALENDAR_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  redraw (self);
}

void
lt_calendar_page_set_child (LtCalendarPage *self,
                            LtChild        *child)
{
  g_return_if_fail (LT_IS_CALENDAR_PAGE (self));

  g_set_object (&self->child, child);
  redraw (self);
}

/* Shows the period around @iso_day ("2026-11-28"), for screenshots and tests. */
void
lt_calendar_page_show_day (LtCalendarPage *self,
                           const char     *iso_day)
{
  g_autoptr (GTimeZone) zone = family_zone ();
  int year, month, day;

  if (sscanf (iso_day, "%d-%d-%d", &year, &month, &day) != 3)
    return;
  g_date_time_unref (self->anchor);
  self->anchor = g_date_time_new (zone, year, month, day, 0, 0, 0);
  redraw (self);
}

/* Month, week or agenda: 0, 1 or 2. */
void
lt_calendar_page_set_view (LtCalendarPage *self,
                           guint           view)
{
  GtkToggleButton *buttons[] = { self->month_button, self->week_button, self->agenda_button };

  gtk_toggle_button_set_active (buttons[MIN (view, 2)], TRUE);
}

guint
lt_calendar_page_count_shown (LtCalendarPage *self)
{
  return self->occurrences != NULL ? self->occurrences->len : 0;
}

/* Opens the dialog for a new visit with @person, who is ticked as taking
 * part; nothing is saved until the dialog is. */
void
lt_calendar_page_plan_visit (LtCalendarPage *self,
                             LtPerson       *person)
{
  g_autoptr (LtEvent) event = NULL;
  g_autoptr (GPtrArray) linked = g_ptr_array_new ();
  g_autofree char *title = NULL;

  g_return_if_fail (LT_IS_CALENDAR_PAGE (self));
  g_return_if_fail (LT_IS_PERSON (person));

  if (self->child == NULL)
    return;
  /* Translators: the title of a new visit; %s is a person's name */
  title = g_strdup_printf (_ ("Visit with %s"), lt_person_get_name (person));
  event = new_visit (self, title);
  g_ptr_array_add (linked, person);
  lt_calendar_edit_open_with (self, event, linked);
}
