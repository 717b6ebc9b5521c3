/* lt-school-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtSchoolPage: the child's school and everyday life in four sections.
 * "Today" is the child's own: big tick boxes for what to bring and do,
 * what is left, and works by keyboard and touch.  The week and the list,
 * school life, and absence and goals are filled by their own files.
 *
 * Each section is rebuilt when the records it shows change; a tick only
 * updates the tick boxes, so the child's focus stays where it is.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-record-dialog.h"
#include "lt-record-target.h"
#include "lt-save-chooser.h"
#include "lt-school-page-private.h"
#include "lt-school-summary.h"
#include "lt-school.h"
#include "lt-window.h"

struct _LtSchoolPage
{
  GtkWidget parent_instance;

  /* owned */
  LtStore *store;
  LtChild *child;
  GDate    today;           /* the day "Today" shows; the real today unless set */
  GDate    monday;          /* the week shown */
  guint    midnight_source; /* turns the page to the next day; 0 when a day was set */

  /* template children */
  GtkWidget *content;
  GtkBox    *switcher;
  GtkStack  *sections;
  GtkBox    *today_box;
  GtkBox    *week_box;
  GtkBox    *life_box;
  GtkBox    *progress_box;

  LtSchoolToday today_list; /* the tick boxes of "Today" */
};

G_DEFINE_FINAL_TYPE (LtSchoolPage, lt_school_page, GTK_TYPE_WIDGET)

/* ---- shared with the sections --------------------------------------- */

LtStore *
lt_school_page_get_store (LtSchoolPage *self)
{
  return self->store;
}

LtChild *
lt_school_page_get_child (LtSchoolPage *self)
{
  return self->child;
}

void
lt_school_page_get_today (LtSchoolPage *self,
                          GDate        *today)
{
  *today = self->today;
}

LtSchoolToday *
lt_school_page_get_today_list (LtSchoolPage *self)
{
  return &self->today_list;
}

void
lt_school_page_open_dialog (LtSchoolPage *self,
                            LtRecord     *record)
{
  LtRecordDialog *dialog =
      lt_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, record);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Returns: (transfer none): a new preferences group at the end of @box */
GtkWidget *
lt_school_page_add_group (GtkBox     *box,
                          const char *title,
                          const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (box, group);
  return group;
}

/* A row that opens @record for editing, with a delete button if @removable. */
GtkWidget *
lt_school_page_record_row (LtRecord   *record,
                           const char *title,
                           const char *subtitle,
                           gboolean    removable)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "school.edit-record");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), lt_record_target_new (record));
  if (removable)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _ ("Delete"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "school.remove-record");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), lt_record_target_new (record));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    }
  return row;
}

void
lt_school_page_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* A quiet line in an empty group. */
void
lt_school_page_placeholder (GtkWidget  *group,
                            const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
}

/* ---- refreshing ------------------------------------------------------ */

static void
refresh_all (LtSchoolPage *self)
{
  gboolean has_child = self->store != NULL && self->child != NULL;

  lt_school_today_fill (&self->today_list, self->today_box);
  lt_school_page_clear_box (self->week_box);
  lt_school_page_clear_box (self->life_box);
  lt_school_page_clear_box (self->progress_box);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "school.export-overview", has_child);
  if (!has_child)
    return;
  lt_school_week_fill (self, self->week_box, &self->monday);
  lt_school_life_fill (self, self->life_box);
  lt_school_progress_fill (self, self->progress_box);
}

static void
on_store_changed (LtSchoolPage *self,
                  GType         kind,
                  gint64        id)
{
  if (self->child == NULL)
    return;
  if (kind == LT_TYPE_CHECKLIST_TICK)
    {
      lt_school_today_sync (&self->today_list);
      lt_school_page_clear_box (self->week_box);
      lt_school_week_fill (self, self->week_box, &self->monday);
    }
  else if (kind == LT_TYPE_CHECKLIST_ITEM)
    {
      lt_school_today_fill (&self->today_list, self->today_box);
      lt_school_page_clear_box (self->week_box);
      lt_school_week_fill (self, self->week_box, &self->monday);
      lt_school_page_clear_box (self->life_box);
      lt_school_life_fill (self, self->life_box);
    }
  else if (kind == LT_TYPE_ABSENCE || kind == LT_TYPE_GOAL || kind == LT_TYPE_GOAL_READING)
    {
      lt_school_page_clear_box (self->progress_box);
      lt_school_progress_fill (self, self->progress_box);
    }
  else if (kind == LT_TYPE_PERSON || kind == LT_TYPE_EVENT || kind == LT_TYPE_SCHOOL_PERIOD)
    {
      lt_school_page_clear_box (self->life_box);
      lt_school_life_fill (self, self->life_box);
    }
  else if (kind == LT_TYPE_CHILD)
    lt_school_today_fill (&self->today_list, self->today_box);
}

/* ---- actions --------------------------------------------------------- */

static void
edit_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtSchoolPage *self = LT_SCHOOL_PAGE (widget);
  LtRecord     *record = lt_record_target_lookup (self->store, parameter);

  if (record != NULL)
    lt_school_page_open_dialog (self, record);
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LtSchoolPage     *self)
{
  LtRecord *record = g_object_get_data (G_OBJECT (dialog), "record");
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "delete") && !lt_store_remove (self->store, record, &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
}

/* A goal or a list item takes its readings or ticks along, which Undo
 * could not bring back: ask first.  The rest is deleted with Undo. */
static void
remove_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LtSchoolPage    *self = LT_SCHOOL_PAGE (widget);
  LtRecord        *record = lt_record_target_lookup (self->store, parameter);
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  GtkWidget       *dialog;

  if (record == NULL)
    return;
  if (LT_IS_ABSENCE (record) || LT_IS_GOAL_READING (record))
    {
      lt_window_remove_with_undo (widget, self->store, record,
                                  LT_IS_ABSENCE (record) ? _ ("Absence deleted") : _ ("Reading deleted"));
      return;
    }
  g_object_get (record, "title", &title, NULL);
  heading = g_strdup_printf (_ ("Delete “%s”?"), title);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   LT_IS_GOAL (record)
                                       ? _ ("The goal is deleted with all its readings.")
                                       : _ ("It is taken off the list, with the days it was ticked."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "delete",
                                    _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "record", g_object_ref (record), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_owned (LtSchoolPage *self,
           LtRecord     *record)
{
  if (self->child == NULL)
    return;
  lt_record_set_owner_id (record, lt_record_get_id (LT_RECORD (self->child)));
  lt_school_page_open_dialog (self, record);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LtSchoolPage *self = LT_SCHOOL_PAGE (widget);
  g_autoptr (LtRecord) item = g_object_new (LT_TYPE_CHECKLIST_ITEM, NULL);
  g_autoptr (GListModel) items = NULL;

  if (self->child == NULL)
    return;
  /* At the end of the list. */
  items = lt_store_list_records (self->store, LT_TYPE_CHECKLIST_ITEM, lt_record_get_id (LT_RECORD (self->child)));
  lt_checklist_item_set_position (LT_CHECKLIST_ITEM (item), g_list_model_get_n_items (items));
  add_owned (self, item);
}

static void
move_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LtSchoolPage *self = LT_SCHOOL_PAGE (widget);
  g_autoptr (GError) error = NULL;
  LtRecord *item;
  gint64    id;
  int       step;

  g_variant_get (parameter, "(xi)", &id, &step);
  item = lt_store_lookup (self->store, LT_TYPE_CHECKLIST_ITEM, id, NULL);
  if (item != NULL && !lt_school_move_item (self->store, LT_CHECKLIST_ITEM (item), step < 0 ? -1 : 1, &error))
    lt_window_toast_from (widget, adw_toast_new (error->message));
}

static void
add_absence_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtSchoolPage    *self = LT_SCHOOL_PAGE (widget);
  g_autofree char *today = lt_school_day_iso (&self->today);
  g_autoptr (LtRecord) absence = g_object_new (LT_TYPE_ABSENCE, "day", today, NULL);

  add_owned (self, absence);
}

static void
add_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LtSchoolPage *self = LT_SCHOOL_PAGE (widget);
  g_autoptr (LtRecord) goal = g_object_new (LT_TYPE_GOAL, NULL);
  int age = self->child != NULL ? lt_date_age_on (lt_child_get_birth_date (self->child), &self->today) : -1;

  /* From 16 the goals are in the youth plan. */
  if (age >= 16)
    lt_goal_set_plan (LT_GOAL (goal), LT_GOAL_PLAN_YOUTH);
  add_owned (self, goal);
}

static void
add_reading_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtSchoolPage    *self = LT_SCHOOL_PAGE (widget);
  LtRecord        *goal = lt_record_target_lookup (self->store, parameter);
  g_autofree char *today = lt_school_day_iso (&self->today);
  g_autoptr (LtRecord) reading = NULL;

  if (goal == NULL)
    return;
  reading = g_object_new (LT_TYPE_GOAL_READING, "goal-id", lt_record_get_id (goal), "day", today, NULL);
  lt_school_page_open_dialog (self, reading);
}

static void
report_added (LtSchoolPage *self,
              gboolean      ok,
              guint         added,
              GError       *error)
{
  g_autofree char *message = NULL;

  if (!ok)
    message = g_strdup (error->message);
  else if (added == 0)
    message = g_strdup (_ ("Everything was on the list already"));
  else
    message = g_strdup_printf (ngettext ("%u thing added to the list", "%u things added to the list", added), added);
  lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (message));
}

static void
add_template_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LtSchoolPage *self = LT_SCHOOL_PAGE (widget);
  g_autoptr (GError) error = NULL;
  guint    added = 0;
  gboolean ok;

  if (self->child == NULL)
    return;
  ok = lt_school_add_template (self->store, self->child, g_variant_get_int32 (parameter), &added, &error);
  report_added (self, ok, added, error);
}

static void
add_start_steps_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LtSchoolPage *self = LT_SCHOOL_PAGE (widget);
  g_autoptr (GError) error = NULL;
  guint    added = 0;
  gboolean ok;

  if (self->child == NULL)
    return;
  ok = lt_school_add_start_steps (self->store, self->child, &added, &error);
  report_added (self, ok, added, error);
}

static void
move_week (LtSchoolPage *self,
           int           weeks)
{
  if (weeks == 0)
    {
      g_date_clear (&self->monday, 1);
      self->monday = self->today;
      g_date_subtract_days (&self->monday, g_date_get_weekday (&self->today) - 1);
    }
  else if (weeks > 0)
    g_date_add_days (&self->monday, 7 * weeks);
  else
    g_date_subtract_days (&self->monday, 7 * -weeks);
  if (self->child == NULL)
    return;
  lt_school_page_clear_box (self->week_box);
  lt_school_week_fill (self, self->week_box, &self->monday);
}

static void
week_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_week (LT_SCHOOL_PAGE (widget), g_variant_get_int32 (parameter));
}

static gboolean
write_overview (const char *path,
                gpointer    data,
                GError    **error)
{
  LtSchoolPage *self = data;
  g_autoptr (LtSchoolReport) report = lt_school_summary_new (self->store, self->child, &self->today);

  return lt_school_report_write_pdf (report, path, error);
}

static void
export_overview_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LtSchoolPage    *self = LT_SCHOOL_PAGE (widget);
  g_autofree char *name = NULL;

  if (self->child == NULL)
    return;
  /* Translators: the file name offered for a child's school overview */
  name = g_strdup_printf (_ ("%s – school overview.pdf"), lt_child_get_display_name (self->child));
  lt_save_chooser_run (widget, _ ("School Overview for a Meeting"), _ ("_Save"), name, write_overview,
                       _ ("The school overview was saved"));
}

/* ---- the sections' switcher ------------------------------------------ */

static void
on_section_toggled_cb (GtkToggleButton *button,
                       LtSchoolPage    *self)
{
  if (gtk_toggle_button_get_active (button))
    gtk_stack_set_visible_child_name (self->sections, g_object_get_data (G_OBJECT (button), "section"));
}

static void
on_visible_section_cb (LtSchoolPage *self)
{
  const char *shown = gtk_stack_get_visible_child_name (self->sections);

  for (GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->switcher)); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (button), "section"), shown) == 0)
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
}

/* Toggle buttons for the stack's pages: GtkStackSwitcher's buttons are too
 * wide for four on a phone. */
static void
build_switcher (LtSchoolPage *self)
{
  GtkSelectionModel *pages = gtk_stack_get_pages (self->sections);
  GtkWidget         *first = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      GtkStackPage *page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget    *button = gtk_toggle_button_new_with_label (gtk_stack_page_get_title (page));

      g_object_set_data_full (G_OBJECT (button), "section", g_strdup (gtk_stack_page_get_name (page)), g_free);
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (first));
      else
        first = button;
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_section_toggled_cb), self, 0);
      gtk_box_append (self->switcher, button);
      g_object_unref (page);
    }
  g_object_unref (pages);
  g_signal_connect_object (self->sections, "notify::visible-child", G_CALLBACK (on_visible_section_cb), self,
                           G_CONNECT_SWAPPED);
  on_visible_section_cb (self);
}

/* ---- a new day -------------------------------------------------------- */

static gboolean on_midnight_cb (gpointer data);

/* The window often stays open overnight: at midnight "Today" becomes the
 * new day (a second after, so the clock has surely turned). */
static void
schedule_midnight (LtSchoolPage *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr (GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (tomorrow),
                                                          g_date_time_get_month (tomorrow),
                                                          g_date_time_get_day_of_month (tomorrow), 0, 0, 0);
  GTimeSpan until = g_date_time_difference (midnight, now);

  self->midnight_source = g_timeout_add_seconds ((guint) (until / G_TIME_SPAN_SECOND) + 1, on_midnight_cb, self);
}

static gboolean
on_midnight_cb (gpointer data)
{
  LtSchoolPage *self = data;

  lt_date_today (&self->today);
  move_week (self, 0);
  refresh_all (self);
  schedule_midnight (self);
  return G_SOURCE_REMOVE;
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_school_page_dispose (GObject *object)
{
  LtSchoolPage *self = LT_SCHOOL_PAGE (object);

  g_clear_handle_id (&self->midnight_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_SCHOOL_PAGE);
  G_OBJECT_CLASS (lt_school_page_parent_class)->dispose (object);
}

static void
lt_school_page_finalize (GObject *object)
{
  LtSchoolPage *self = LT_SCHOOL_PAGE (object);

  g_ptr_array_unref (self->today_list.checks);
  G_OBJECT_CLASS (lt_school_page_parent_class)->finalize (object);
}

static void
lt_school_page_class_init (LtSchoolPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_school_page_dispose;
  object_class->finalize = lt_school_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/dk/livstraad/Livstraad/lt-school-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtSchoolPage, content);
  gtk_widget_class_bind_template_child (widget_class, LtSchoolPage, switcher);
  gtk_widget_class_bind_template_child (widget_class, LtSchoolPage, sections);
  gtk_widget_class_bind_template_child (widget_class, LtSchoolPage, today_box);
  gtk_widget_class_bind_template_child (widget_class, LtSchoolPage, week_box);
  gtk_widget_class_bind_template_child (widget_class, LtSchoolPage, life_box);
  gtk_widget_class_bind_template_child (widget_class, LtSchoolPage, progress_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "school.edit-record", "(sx)", edit_record_action);
  gtk_widget_class_install_action (widget_class, "school.remove-record", "(sx)", remove_record_action);
  gtk_widget_class_install_action (widget_class, "school.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "school.move-item", "(xi)", move_item_action);
  gtk_widget_class_install_action (widget_class, "school.add-template", "i", add_template_action);
  gtk_widget_class_install_action (widget_class, "school.add-start-steps", NULL, add_start_steps_action);
  gtk_widget_class_install_action (widget_class, "school.add-absence", NULL, add_absence_action);
  gtk_widget_class_install_action (widget_class, "school.add-goal", NULL, add_goal_action);
  gtk_widget_class_install_action (widget_class, "school.add-reading", "(sx)", add_reading_action);
  gtk_widget_class_install_action (widget_class, "school.week", "i", week_action);
  gtk_widget_class_install_action (widget_class, "school.export-overview", NULL, export_overview_action);
}

static void
lt_school_page_init (LtSchoolPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_switcher (self);
  self->today_list.page = self;
  self->today_list.checks = g_ptr_array_new ();
  lt_date_today (&self->today);
  move_week (self, 0);
  schedule_midnight (self);
}

void
lt_school_page_set_store (LtSchoolPage *self,
                          LtStore      *store)
{
  g_return_if_fail (LT_IS_SCHOOL_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh_all (self);
}

void
lt_school_page_set_child (LtSchoolPage *self,
                          LtChild      *child)
{
  g_return_if_fail (LT_IS_SCHOOL_PAGE (self));

  if (!g_set_object (&self->child, child))
    return;
  refresh_all (self);
}

/* "today", "week", "life" or "progress". */
void
lt_school_page_show_section (LtSchoolPage *self,
                             const char   *name)
{
  g_return_if_fail (LT_IS_SCHOOL_PAGE (self));

  gtk_stack_set_visible_child_name (self->sections, name);
}

/* Shows @iso_day as today, for screenshots of the demo's fixed dates. */
void
lt_school_page_show_day (LtSchoolPage *self,
                         const char   *iso_day)
{
  g_return_if_fail (LT_IS_SCHOOL_PAGE (self));

  if (lt_date_parse_iso (iso_day, &self->today) != LT_DATE_DAY)
    return;
  g_clear_handle_id (&self->midnight_source, g_source_remove);
  move_week (self, 0);
  refresh_all (self);
}
