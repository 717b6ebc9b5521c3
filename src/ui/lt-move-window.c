/* lt-move-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtMoveWindow: plan a child's gentle move, tick off its tasks, make the
 * handover package and carry the move out.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-gentle-move.h"
#include "lt-handover.h"
#include "lt-guidance-rows.h"
#include "lt-move-window.h"
#include "lt-record-dialog.h"

struct _LtMoveWindow
{
  AdwWindow parent_instance;

  /* owned */
  LtStore    *store;
  LtChild    *child;
  LtMove     *move;
  GListModel *moves;
  GListModel *tasks;
  GPtrArray  *groups;

  /* template */
  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  AdwPreferencesPage *page;
};

G_DEFINE_FINAL_TYPE (LtMoveWindow, lt_move_window, ADW_TYPE_WINDOW)

static void rebuild (LtMoveWindow *self);

/* ---- helpers --------------------------------------------------------- */

static void
toast (LtMoveWindow *self,
       const char   *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static AdwPreferencesGroup *
add_group (LtMoveWindow *self,
           const char   *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);
  return ADW_PREFERENCES_GROUP (group);
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle,
          const char *action,
          GVariant   *target)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (action != NULL)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  return row;
}

static void
edit_record (LtMoveWindow *self,
             LtRecord     *record)
{
  gtk_window_present (GTK_WINDOW (lt_record_dialog_new (GTK_WINDOW (self), self->store, record)));
}

static char *
task_subtitle (LtMoveTask *task)
{
  g_autofree char *due = lt_move_task_get_due_on (task) != NULL ? lt_date_format (lt_move_task_get_due_on (task)) : NULL;
  g_autofree char *done = lt_move_task_get_done_on (task) != NULL ? lt_date_format (lt_move_task_get_done_on (task)) : NULL;
  GString         *text = g_string_new (lt_move_task_get_who (task));

  if (done != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", done);
  else if (due != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "",
                            /* TRANSLATORS: when a task is to be done */
                            due);
  return g_string_free (text, FALSE);
}

/* ---- building the page ----------------------------------------------- */

static void
add_task_row (LtMoveWindow        *self,
              AdwPreferencesGroup *group,
              LtMoveTask          *task)
{
  gint64           id = lt_record_get_id (LT_RECORD (task));
  g_autofree char *subtitle = task_subtitle (task);
  GtkWidget       *row = text_row (lt_move_task_get_title (task), subtitle, "move.edit-task",
                                   g_variant_new_int64 (id));
  GtkWidget       *check = gtk_check_button_new ();
  GtkWidget       *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), lt_move_task_get_done_on (task) != NULL);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (check), "move.toggle-task");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (check), g_variant_new_int64 (id));
  gtk_widget_set_tooltip_text (check, _ ("Done"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Delete Task"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "move.remove-task");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_int64 (id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_preferences_group_add (group, row);
}

/* What the recommendations on gentle moves say, beside the tasks made from them. */
static void
add_guidance (LtMoveWindow *self)
{
  LtGuidance *guidance = lt_guidance_get_default ();
  g_autoptr (GPtrArray) items = lt_guidance_for_module (guidance, "move");
  AdwPreferencesGroup *group = add_group (self, _ ("Guidance for a Gentle Move"));

  adw_preferences_group_set_description (group, _ ("From the national recommendations, in our own words"));
  for (guint i = 0; i < items->len; i++)
    adw_preferences_group_add (group, lt_guidance_row_new (guidance, g_ptr_array_index (items, i)));
}

static void
rebuild (LtMoveWindow *self)
{
  g_autoptr (LtMove) planned = lt_gentle_move_find_planned (self->store, self->child);
  AdwPreferencesGroup *group;
  g_autofree char     *when = NULL;
  g_autofree char     *where = NULL;
  GtkWidget           *buttons;
  GtkWidget           *button;

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);

  if (planned != self->move)
    {
      g_set_object (&self->move, planned);
      g_clear_object (&self->tasks);
      if (planned != NULL)
        {
          self->tasks = lt_store_list_records (self->store, LT_TYPE_MOVE_TASK,
                                               lt_record_get_id (LT_RECORD (planned)));
          g_signal_connect_object (self->tasks, "items-changed", G_CALLBACK (rebuild), self,
                                   G_CONNECT_SWAPPED);
        }
      if (planned != NULL)
        g_signal_connect_object (planned, "notify", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "move.handover", self->move != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "move.complete", self->move != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "move.add-task", self->move != NULL);
  gtk_stack_set_visible_child_name (self->stack, self->move != NULL ? "move" : "empty");
  if (self->move == NULL)
    return;

  when = lt_date_format (lt_move_get_move_on (self->move));
  where = g_strdup_printf ("%s · %s", when, lt_placement_kind_to_label (lt_move_get_new_kind (self->move)));
  group = add_group (self, _ ("The Move"));
  adw_preferences_group_add (group, text_row (lt_move_get_to_place (self->move), where, "move.edit", NULL));
  if (lt_move_get_reason (self->move) != NULL)
    adw_preferences_group_add (group, text_row (_ ("Why, in the Child’s Own Words"),
                                                lt_move_get_reason (self->move), "move.edit", NULL));

  group = add_group (self, _ ("About Me"));
  adw_preferences_group_set_description (group, _ ("Written with the child, for the adults in the new home"));
  for (LtMoveAbout a = 0; a < LT_N_MOVE_ABOUT; a++)
    {
      const char *text = lt_move_get_about (self->move, a);
      GtkWidget  *row = text_row (lt_move_about_to_heading (a), text != NULL ? text : _ ("Not written yet"),
                                  "move.edit", NULL);

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      adw_preferences_group_add (group, row);
    }

  for (LtMoveArea area = 0; area < LT_N_MOVE_AREAS; area++)
    {
      group = add_group (self, lt_move_area_to_label (area));
      for (guint i = 0; i < g_list_model_get_n_items (self->tasks); i++)
        {
          g_autoptr (LtMoveTask) task = g_list_model_get_item (self->tasks, i);

          if (lt_move_task_get_area (task) == area)
            add_task_row (self, group, task);
        }
    }

  group = add_group (self, NULL);
  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  button = gtk_button_new_with_mnemonic (_ ("_Add Task…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "move.add-task");
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new_with_mnemonic (_ ("Make _Handover Package…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "move.handover");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new_with_mnemonic (_ ("The Move Is _Done…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "move.complete");
  gtk_box_append (GTK_BOX (buttons), button);
  adw_preferences_group_add (group, buttons);
  add_guidance (self);
}

static LtMoveTask *
find_task (LtMoveWindow *self,
           GVariant     *parameter)
{
  return LT_MOVE_TASK (lt_store_lookup (self->store, LT_TYPE_MOVE_TASK, g_variant_get_int64 (parameter), NULL));
}

/* ---- callbacks ------------------------------------------------------- */

static void
on_new_move_saved_cb (LtRecordDialog *dialog,
                      LtRecord       *record,
                      LtMoveWindow   *self)
{
  g_autoptr (GError) error = NULL;

  if (!lt_gentle_move_add_tasks (self->store, LT_MOVE (record), NULL, &error))
    toast (self, error->message);
  rebuild (self);
}

typedef struct
{
  LtMoveWindow *self; /* owned */
  char         *path;
  AdwToast     *busy; /* owned */
} HandoverJob;

static void
handover_job_free (HandoverJob *job)
{
  g_object_unref (job->self);
  g_free (job->path);
  g_object_unref (job->busy);
  g_free (job);
}

/* Writes the package once the window has shown that it is working: the
 * PDF and the photo copies take a few seconds with many photos. */
static gboolean
write_handover_cb (gpointer data)
{
  HandoverJob  *job = data;
  LtMoveWindow *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autofree char *written = NULL;

  if (self->move != NULL &&
      lt_handover_write_full (self->store, self->child, self->move, job->path, NULL, NULL, &written, &error))
    {
      g_autofree char *message = g_strdup_printf (_ ("The handover package is in “%s”"), written);

      toast (self, message);
    }
  else if (error != NULL)
    toast (self, error->message);
  adw_toast_dismiss (job->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), TRUE);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  handover_job_free (job);
  return G_SOURCE_REMOVE;
}

static void
on_handover_response_cb (GtkNativeDialog *native,
                         int              response,
                         LtMoveWindow    *self)
{
  g_autoptr (GFile) folder = NULL;
  g_autofree char *path = NULL;
  HandoverJob     *job;

  if (response == GTK_RESPONSE_ACCEPT && self->move != NULL)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_object_unref (native);
  path = folder != NULL ? g_file_get_path (folder) : NULL;
  if (path == NULL)
    return;
  job = g_new0 (HandoverJob, 1);
  job->self = g_object_ref (self);
  job->path = g_steal_pointer (&path);
  job->busy = adw_toast_new (_ ("Making the handover package…"));
  adw_toast_set_timeout (job->busy, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (job->busy));
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "wait");
  /* After two frames, so the toast and the greyed page are on screen. */
  g_timeout_add (100, write_handover_cb, job);
}

static void
on_complete_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         LtMoveWindow     *self)
{
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "done") != 0 || self->move == NULL)
    return;
  if (!lt_gentle_move_complete (self->store, self->move, &error))
    toast (self, error->message);
  else
    toast (self, _ ("The move is in the child’s history now"));
  rebuild (self);
}

/* ---- actions --------------------------------------------------------- */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LtMoveWindow *self = LT_MOVE_WINDOW (widget);
  g_autoptr (LtMove) move = lt_move_new ();
  LtRecordDialog *dialog;

  lt_move_set_child_id (move, lt_record_get_id (LT_RECORD (self->child)));
  dialog = lt_record_dialog_new (GTK_WINDOW (self), self->store, LT_RECORD (move));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_new_move_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LtMoveWindow *self = LT_MOVE_WINDOW (widget);

  if (self->move != NULL)
    edit_record (self, LT_RECORD (self->move));
}

static void
add_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LtMoveWindow *self = LT_MOVE_WINDOW (widget);
  g_autoptr (LtMoveTask) task = lt_move_task_new ();
  guint n = self->tasks != NULL ? g_list_model_get_n_items (self->tasks) : 0;

  if (self->move == NULL)
    return;
  lt_move_task_set_move_id (task, lt_record_get_id (LT_RECORD (self->move)));
  lt_move_task_set_position (task, 100 + n);
  edit_record (self, LT_RECORD (task));
}

static void
edit_task_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LtMoveWindow *self = LT_MOVE_WINDOW (widget);
  LtMoveTask   *task = find_task (self, parameter);

  if (task != NULL)
    edit_record (self, LT_RECORD (task));
}

static void
toggle_task_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtMoveWindow *self = LT_MOVE_WINDOW (widget);
  LtMoveTask   *task = find_task (self, parameter);
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *today = NULL;
  GDate            day;

  if (task == NULL)
    return;
  lt_date_today (&day);
  today = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&day), g_date_get_month (&day),
                           g_date_get_day (&day));
  draft = lt_record_copy (LT_RECORD (task));
  lt_move_task_set_done_on (LT_MOVE_TASK (draft), lt_move_task_get_done_on (task) != NULL ? NULL : today);
  if (!lt_store_save (self->store, draft, &error))
    toast (self, error->message);
}

static void
on_undo_remove_cb (AdwToast *undo_toast,
                   gpointer  data)
{
  LtMoveWindow *self = g_object_get_data (G_OBJECT (undo_toast), "window");
  LtRecord     *copy = data;
  g_autoptr (GError) error = NULL;

  if (!lt_store_add (self->store, copy, &error))
    toast (self, error->message);
}

static void
remove_task_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtMoveWindow *self = LT_MOVE_WINDOW (widget);
  LtMoveTask   *task = find_task (self, parameter);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtRecord) copy = NULL;
  AdwToast *undo;

  if (task == NULL)
    return;
  /* A copy without identity, to add again on Undo. */
  copy = g_object_new (LT_TYPE_MOVE_TASK, NULL);
  lt_record_assign (copy, LT_RECORD (task));
  if (!lt_store_remove (self->store, LT_RECORD (task), &error))
    {
      toast (self, error->message);
      return;
    }
  undo = adw_toast_new (_ ("Task deleted"));
  adw_toast_set_button_label (undo, _ ("_Undo"));
  g_object_set_data (G_OBJECT (undo), "window", self);
  g_signal_connect_data (undo, "button-clicked", G_CALLBACK (on_undo_remove_cb),
                         g_steal_pointer (&copy), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, undo);
}

static void
handover_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LtMoveWindow         *self = LT_MOVE_WINDOW (widget);
  GtkFileChooserNative *native =
      gtk_file_chooser_native_new (_ ("Choose Where to Put the Handover Package"), GTK_WINDOW (self),
                                   GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _ ("_Select"), _ ("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_handover_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
complete_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LtMoveWindow    *self = LT_MOVE_WINDOW (widget);
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  if (self->move == NULL)
    return;
  when = lt_date_format (lt_move_get_move_on (self->move));
  body = g_strdup_printf (_ ("The current home ends on %s, and %s is added to %s’s history as the new home."),
                          when, lt_move_get_to_place (self->move), lt_child_get_display_name (self->child));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Has the Move Happened?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "done",
                                    _ ("The Move Is _Done"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "done",
                                              ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_complete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_move_window_dispose (GObject *object)
{
  LtMoveWindow *self = LT_MOVE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_MOVE_WINDOW);
  g_clear_object (&self->tasks);
  g_clear_object (&self->moves);
  g_clear_object (&self->move);
  g_clear_object (&self->child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (lt_move_window_parent_class)->dispose (object);
}

static void
lt_move_window_class_init (LtMoveWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_move_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/dk/livstraad/Livstraad/lt-move-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LtMoveWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtMoveWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LtMoveWindow, page);

  gtk_widget_class_install_action (widget_class, "move.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "move.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "move.add-task", NULL, add_task_action);
  gtk_widget_class_install_action (widget_class, "move.edit-task", "x", edit_task_action);
  gtk_widget_class_install_action (widget_class, "move.toggle-task", "x", toggle_task_action);
  gtk_widget_class_install_action (widget_class, "move.remove-task", "x", remove_task_action);
  gtk_widget_class_install_action (widget_class, "move.handover", NULL, handover_action);
  gtk_widget_class_install_action (widget_class, "move.complete", NULL, complete_action);
}

static void
lt_move_window_init (LtMoveWindow *self)
{
  self->groups = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

LtMoveWindow *
lt_move_window_new (GtkWindow *parent,
                    LtStore   *store,
                    LtChild   *child)
{
  LtMoveWindow *self;

  g_return_val_if_fail (LT_IS_STORE (store), NULL);
  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  self = g_object_new (LT_TYPE_MOVE_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->child = g_object_ref (child);
  self->moves = lt_store_list_records (store, LT_TYPE_MOVE, lt_record_get_id (LT_RECORD (child)));
  g_signal_connect_object (self->moves, "items-changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return self;
}

/* Returns: (transfer none) (nullable): the planned move shown */
LtMove *
lt_move_window_get_move (LtMoveWindow *self)
{
  g_return_val_if_fail (LT_IS_MOVE_WINDOW (self), NULL);

  return self->move;
}
