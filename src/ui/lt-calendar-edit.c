/* lt-calendar-edit.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Changing the calendar from its views: opening a time to edit it (for a
 * repeating event, asking whether only this time or every time), adding
 * with who takes part, deleting with Undo or cancelling one time, and
 * warning at once when a saved visit clashes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-calendar-page-private.h"
#include "lt-link-group.h"
#include "lt-proposal-dialog.h"
#include "lt-record-dialog.h"
#include "lt-window.h"

/* What a button or row needs to open the occurrence later. */
typedef struct
{
  LtEvent *event;
  LtEvent *series;
  char    *recurrence_id;
  gint64   start, end;
} Target;

static void
target_free (gpointer data)
{
  Target *target = data;

  g_clear_object (&target->event);
  g_clear_object (&target->series);
  g_free (target->recurrence_id);
  g_free (target);
}

static Target *
target_copy (const Target *target)
{
  Target *copy = g_new0 (Target, 1);

  copy->event = g_object_ref (target->event);
  copy->series = target->series != NULL ? g_object_ref (target->series) : NULL;
  copy->recurrence_id = g_strdup (target->recurrence_id);
  copy->start = target->start;
  copy->end = target->end;
  return copy;
}

static void
set_target (GtkWidget          *widget,
            const LtOccurrence *occurrence)
{
  Target *target = g_new0 (Target, 1);

  target->event = g_object_ref (occurrence->event);
  target->series = occurrence->series != NULL ? g_object_ref (occurrence->series) : NULL;
  target->recurrence_id = g_strdup (occurrence->recurrence_id);
  target->start = occurrence->start;
  target->end = occurrence->end;
  g_object_set_data_full (G_OBJECT (widget), "target", target, target_free);
}

/* ---- editing ------------------------------------------------------------- */

/* After a visit is saved: says so at once if its first time clashes with
 * school, an activity or another visit, rather than leave it to be seen. */
static void
warn_of_clashes (LtCalendarPage *self,
                 LtEvent        *saved)
{
  gint64    start = lt_recurrence_parse_instant (lt_event_get_starts_at (saved));
  gint64    end = lt_recurrence_parse_instant (lt_event_get_ends_at (saved));
  LtRecord *child = lt_store_lookup (lt_calendar_page_get_store (self), LT_TYPE_CHILD, lt_event_get_child_id (saved), NULL);
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GListModel) schools = NULL;
  g_autoptr (GPtrArray) occurrences = NULL;
  g_autoptr (GArray) clashes = NULL;

  if (child == NULL)
    return;
  lt_calendar_page_collect_events (self, LT_CHILD (child), events);
  occurrences = lt_occurrences_expand (events, start, MAX (end, start + 1), NULL);
  if (occurrences == NULL)
    return;
  schools = lt_store_list_school_periods (lt_calendar_page_get_store (self), LT_CHILD (child));
  clashes = lt_occurrences_find_clashes (occurrences, schools);
  for (guint i = 0; i < clashes->len; i++)
    {
      const LtClash   *clash = &g_array_index (clashes, LtClash, i);
      g_autofree char *message = NULL;

      if (clash->first->event != saved && (clash->second == NULL || clash->second->event != saved))
        continue;
      message = lt_calendar_clash_message (clash);
      lt_window_toast_from (GTK_WIDGET (self),
                            adw_toast_new_format (_ ("“%s” clashes: %s"), lt_event_get_title (saved),
                                                  message));
      return;
    }
}

static void
on_make_page_cb (AdwToast *toast,
                 LtEvent  *visit)
{
  LtStore   *store = g_object_get_data (G_OBJECT (toast), "store");
  GtkWindow *parent = g_object_get_data (G_OBJECT (toast), "window");

  gtk_window_present (GTK_WINDOW (lt_proposal_dialog_new (parent, store, visit)));
}

static void
unref_closure_data (gpointer  data,
                    GClosure *closure)
{
  g_object_unref (data);
}

/* After the follow-up of a visit says it was held: offers to turn a moment
 * of it into a page for the child's book (proposed, for the child and an
 * adult to keep or drop). */
static void
offer_page (LtCalendarPage *self,
            LtEvent        *visit)
{
  GtkRoot  *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *toast;

  if (!GTK_IS_WINDOW (root))
    return;
  toast = adw_toast_new (_ ("The visit was held. Make a page for the book from a moment of it?"));
  adw_toast_set_button_label (toast, _ ("_Make a Page…"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (lt_calendar_page_get_store (self)),
                          g_object_unref);
  g_object_set_data (G_OBJECT (toast), "window", root);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_make_page_cb), g_object_ref (visit),
                         unref_closure_data, 0);
  lt_window_toast_from (GTK_WIDGET (self), toast);
}

static void
on_event_saved_cb (LtRecordDialog *dialog,
                   LtRecord       *event,
                   LtCalendarPage *self)
{
  gboolean was_held = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "was-held"));

  AdwPreferencesGroup *group = g_object_get_data (G_OBJECT (dialog), "persons-group");
  g_autoptr (GPtrArray) persons = lt_link_group_get_checked (group);
  g_autoptr (GError) error = NULL;

  if (!lt_store_set_event_persons (lt_calendar_page_get_store (self), LT_EVENT (event), persons, &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
  else if (!was_held && lt_event_get_outcome (LT_EVENT (event)) == LT_OUTCOME_HELD &&
           lt_event_is_visit (LT_EVENT (event)))
    offer_page (self, LT_EVENT (event));
  else
    warn_of_clashes (self, LT_EVENT (event));
}

void
lt_calendar_edit_open (LtCalendarPage *self,
                       LtEvent        *event,
                       LtEvent        *participants_from)
{
  g_autoptr (GPtrArray) linked =
      participants_from != NULL && lt_record_get_id (LT_RECORD (participants_from)) != 0
          ? lt_store_dup_event_persons (lt_calendar_page_get_store (self), participants_from, NULL)
          : NULL;

  lt_calendar_edit_open_with (self, event, linked);
}

/* The event dialog with @linked (nullable, LtPerson) ticked as taking part. */
void
lt_calendar_edit_open_with (LtCalendarPage *self,
                            LtEvent        *event,
                            GPtrArray      *linked)
{
  LtRecordDialog *dialog = lt_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                 lt_calendar_page_get_store (self), LT_RECORD (event));
  LtRecord       *child = lt_store_lookup (lt_calendar_page_get_store (self), LT_TYPE_CHILD, lt_event_get_child_id (event), NULL);
  g_autoptr (GListModel) persons = child != NULL ? lt_store_list_persons (lt_calendar_page_get_store (self), LT_CHILD (child)) : NULL;
  AdwPreferencesGroup *group;

  if (persons == NULL)
    return;
  group = lt_link_group_new (_ ("Who Takes Part"), _ ("From the people around the child"),
                             persons, linked, lt_link_group_describe_person);
  lt_record_dialog_add_group (dialog, group);
  g_object_set_data (G_OBJECT (dialog), "persons-group", group);
  g_object_set_data (G_OBJECT (dialog), "was-held",
                     GINT_TO_POINTER (lt_event_get_outcome (event) == LT_OUTCOME_HELD));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_event_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A changed occurrence of @target's series, at the occurrence's time. */
static LtEvent *
new_override (Target  *target,
              gboolean cancelled)
{
  LtEvent         *event = LT_EVENT (lt_record_copy (LT_RECORD (target->series)));
  g_autofree char *starts_at = lt_recurrence_format_instant (target->start);
  g_autofree char *ends_at = lt_recurrence_format_instant (target->end);

  lt_record_set_identity (LT_RECORD (event), 0, NULL, NULL);
  g_object_set (event, "rrule", NULL, "uid", NULL, "series-id",
                lt_record_get_id (LT_RECORD (target->series)), "recurrence-id",
                target->recurrence_id, "starts-at", starts_at, "ends-at", ends_at, "cancelled",
                cancelled, NULL);
  return event;
}

static gboolean
copy_participants (LtCalendarPage *self,
                   LtEvent        *from,
                   LtEvent        *to,
                   GError        **error)
{
  g_autoptr (GPtrArray) persons = lt_store_dup_event_persons (lt_calendar_page_get_store (self), from, error);

  return persons != NULL && lt_store_set_event_persons (lt_calendar_page_get_store (self), to, persons, error);
}

static void
on_series_response_cb (AdwMessageDialog *question,
                       const char       *response,
                       LtCalendarPage   *self)
{
  Target *target = g_object_get_data (G_OBJECT (question), "target");
  g_autoptr (LtEvent) override = NULL;
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "all"))
    lt_calendar_edit_open (self, target->series, target->series);
  else if (g_str_equal (response, "this"))
    {
      override = new_override (target, FALSE);
      lt_calendar_edit_open (self, override, target->series);
    }
  else if (g_str_equal (response, "cancel-this"))
    {
      override = new_override (target, TRUE);
      lt_event_set_outcome (override, LT_OUTCOME_CANCELLED_BY_PLACEMENT);
      if (!lt_store_add (lt_calendar_page_get_store (self), LT_RECORD (override), &error) ||
          !copy_participants (self, target->series, override, &error))
        lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
      else
        lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (_ ("Cancelled this time; "
                                                                   "the other times stay")));
    }
}

static void
open_target (LtCalendarPage *self,
             Target         *target)
{
  GtkWidget *question;

  /* An occurrence not changed yet: which times does the change concern? */
  if (target->series != NULL && target->event == target->series)
    {
      question = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         lt_event_get_title (target->series),
                                         _ ("This event repeats. Change only this time, or "
                                            "every time?"));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (question), "close", _ ("_Close"),
                                        "cancel-this", _ ("_Cancel This Time"), "this",
                                        _ ("Only _This Time"), "all", _ ("_Every Time"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (question), "cancel-this",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (question), "this");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (question), "close");
      /* A copy: the calendar may be drawn again before the answer comes. */
      g_object_set_data_full (G_OBJECT (question), "target", target_copy (target), target_free);
      g_signal_connect_object (question, "response", G_CALLBACK (on_series_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (question));
      return;
    }
  lt_calendar_edit_open (self, target->event, target->event);
}

/* ---- deleting ------------------------------------------------------------ */

static void
on_delete_response_cb (AdwMessageDialog *question,
                       const char       *response,
                       LtCalendarPage   *self)
{
  Target *target = g_object_get_data (G_OBJECT (question), "target");
  g_autoptr (LtEvent) cancelled = NULL;
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "this"))
    {
      cancelled = new_override (target, TRUE);
      lt_event_set_outcome (cancelled, LT_OUTCOME_CANCELLED_BY_PLACEMENT);
      if (!lt_store_add (lt_calendar_page_get_store (self), LT_RECORD (cancelled), &error) ||
          !copy_participants (self, target->series, cancelled, &error))
        lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
    }
  else if (g_str_equal (response, "all") &&
           !lt_store_remove (lt_calendar_page_get_store (self), LT_RECORD (target->series), &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
}

/* A single event or one changed time goes at once, with Undo; a repeating
 * event asks whether to cancel this time or delete every time, which
 * cannot be undone (its changed times go with it). */
static void
delete_target (LtCalendarPage *self,
               Target         *target)
{
  GtkWidget       *question;
  g_autofree char *message = NULL;

  if (target->series == NULL || target->event != target->series)
    {
      message = g_strdup_printf (_ ("“%s” deleted"), lt_event_get_title (target->event));
      lt_window_remove_with_undo (GTK_WIDGET (self), lt_calendar_page_get_store (self), LT_RECORD (target->event),
                                  message);
      return;
    }
  question = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     lt_event_get_title (target->series),
                                     _ ("This event repeats. Cancel only this time, or delete "
                                        "every time? Deleting every time cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (question), "close", _ ("_Don’t Delete"), "this",
                                    _ ("Cancel _This Time"), "all", _ ("_Delete Every Time"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (question), "all",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (question), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (question), "close");
  g_object_set_data_full (G_OBJECT (question), "target", target_copy (target), target_free);
  g_signal_connect_object (question, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (question));
}

static void
on_delete_clicked_cb (GtkWidget      *button,
                      LtCalendarPage *self)
{
  delete_target (self, g_object_get_data (G_OBJECT (button), "target"));
}

/* Delete on a focused event deletes it, as in other calendars. */
static gboolean
on_event_key_cb (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 LtCalendarPage        *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete)
    return FALSE;
  delete_target (self, g_object_get_data (G_OBJECT (widget), "target"));
  return TRUE;
}

static void
add_delete_key (LtCalendarPage *self,
                GtkWidget      *widget)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_event_key_cb), self);
  gtk_widget_add_controller (widget, keys);
}

static void
on_occurrence_clicked_cb (GtkWidget      *widget,
                          LtCalendarPage *self)
{
  open_target (self, g_object_get_data (G_OBJECT (widget), "target"));
}

void
lt_calendar_edit_row_activated_cb (GtkListBox     *list,
                                   GtkListBoxRow  *row,
                                   LtCalendarPage *self)
{
  Target *target = g_object_get_data (G_OBJECT (row), "target");

  if (target != NULL)
    open_target (self, target);
}

/* Lets @widget open (click, Enter) and delete (Delete) @occurrence. */
void
lt_calendar_edit_attach (LtCalendarPage     *self,
                         GtkWidget          *widget,
                         const LtOccurrence *occurrence)
{
  set_target (widget, occurrence);
  if (GTK_IS_BUTTON (widget))
    g_signal_connect (widget, "clicked", G_CALLBACK (on_occurrence_clicked_cb), self);
  add_delete_key (self, widget);
}

/* Returns: (transfer floating): a flat button that deletes or cancels @occurrence */
GtkWidget *
lt_calendar_edit_delete_button (LtCalendarPage     *self,
                                const LtOccurrence *occurrence)
{
  GtkWidget *trash = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (trash, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (trash, "flat");
  gtk_widget_set_tooltip_text (trash, _ ("Delete or Cancel…"));
  set_target (trash, occurrence);
  g_signal_connect (trash, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  return trash;
}
