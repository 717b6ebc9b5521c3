/* lt-child-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtChildPage: one child's overview.
 *
 * The lists are the store's GListModels bound to GtkListBoxes; rows follow
 * their record's "notify", so an edit anywhere shows here at once.  Rows
 * never call the page: they activate "child.edit-record" and
 * "child.remove-record" with the record's kind and id.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-child-page.h"
#include "lt-date.h"
#include "lt-record-dialog.h"
#include "lt-record-target.h"
#include "lt-timeline-view.h"
#include "lt-window.h"

struct _LtChildPage
{
  GtkWidget parent_instance;

  /* owned */
  LtStore    *store;
  LtChild    *child;
  GListModel *placements;
  GListModel *school_periods;
  GListModel *persons;

  /* template children */
  GtkWidget           *scroller;
  AdwAvatar           *avatar;
  GtkLabel            *name_label;
  GtkLabel            *facts_label;
  GtkLabel            *now_label;
  AdwPreferencesGroup *timeline_group;
  AdwPreferencesGroup *placements_group;
  AdwPreferencesGroup *schools_group;
  AdwPreferencesGroup *persons_group;
  GtkListBox          *placements_list;
  GtkListBox          *schools_list;
  GtkListBox          *persons_list;
  LtTimelineView      *timeline_view;
};

G_DEFINE_FINAL_TYPE (LtChildPage, lt_child_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- helpers --------------------------------------------------------- */

static LtRecord *
record_from_target (LtChildPage *self,
                    GVariant    *target)
{
  return lt_record_target_lookup (self->store, target);
}

static GtkWindow *
parent_window (LtChildPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static char *
join_parts (GPtrArray *parts)
{
  g_ptr_array_add (parts, NULL);
  /* Translators: separates facts on one line, e.g. "12 years old · born …" */
  return g_strjoinv (_ (" · "), (char **) parts->pdata);
}

/* ---- rows ------------------------------------------------------------ */

static char *
placement_subtitle (LtPlacement *placement)
{
  g_autofree char *range = lt_date_format_range (lt_placement_get_start_date (placement),
                                                 lt_placement_get_end_date (placement));
  const char      *reason = lt_placement_get_move_reason (placement);
  g_autofree char *first = g_strdup_printf ("%s%s%s",
                                            lt_placement_kind_to_label (lt_placement_get_kind (placement)),
                                            _ (" · "), range);

  if (reason == NULL)
    return g_steal_pointer (&first);
  /* Translators: the child's own words about a move, quoted */
  return g_strdup_printf (_ ("%s\nIn their own words: “%s”"), first, reason);
}

static char *
school_period_title (LtSchoolPeriod *period)
{
  const char *class_name = lt_school_period_get_class_name (period);

  if (class_name == NULL)
    return g_strdup (lt_school_period_get_institution (period));
  /* Translators: an institution and the child's class or group in it */
  return g_strdup_printf (_ ("%s, %s"), lt_school_period_get_institution (period), class_name);
}

static char *
school_period_subtitle (LtSchoolPeriod *period)
{
  g_autofree char *range = lt_date_format_range (lt_school_period_get_start_date (period),
                                                 lt_school_period_get_end_date (period));

  return g_strdup_printf ("%s%s%s", lt_school_kind_to_label (lt_school_period_get_kind (period)),
                          _ (" · "), range);
}

static char *
person_subtitle (LtPerson *person)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (lt_person_role_to_label (lt_person_get_role (person))));
  g_ptr_array_add (parts, g_strdup (lt_circle_to_label (lt_person_get_circle (person))));
  if (lt_person_get_phone (person) != NULL)
    g_ptr_array_add (parts, g_strdup (lt_person_get_phone (person)));
  if (lt_person_get_death_year (person) != 0)
    /* Translators: a year of death */
    g_ptr_array_add (parts, g_strdup_printf (_ ("died %d"), (int) lt_person_get_death_year (person)));
  else if (lt_person_get_deceased (person))
    g_ptr_array_add (parts, g_strdup (_ ("died")));
  if (lt_person_get_contact_wish (person) != LT_CONTACT_WISH_NONE)
    g_ptr_array_add (parts,
                     g_strdup (lt_contact_wish_to_label (lt_person_get_contact_wish (person))));
  return join_parts (parts);
}

/* Sets a row's texts from its record; called again on every change. */
static void
refresh_row (AdwActionRow *row)
{
  LtRecord        *record = g_object_get_data (G_OBJECT (row), "record");
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (LT_IS_PLACEMENT (record))
    {
      title = g_strdup (lt_placement_get_place (LT_PLACEMENT (record)));
      subtitle = placement_subtitle (LT_PLACEMENT (record));
    }
  else if (LT_IS_SCHOOL_PERIOD (record))
    {
      title = school_period_title (LT_SCHOOL_PERIOD (record));
      subtitle = school_period_subtitle (LT_SCHOOL_PERIOD (record));
    }
  else if (LT_IS_PERSON (record))
    {
      title = g_strdup (lt_person_get_name (LT_PERSON (record)));
      subtitle = person_subtitle (LT_PERSON (record));
      adw_avatar_set_text (ADW_AVATAR (g_object_get_data (G_OBJECT (row), "avatar")), title);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_subtitle (row, subtitle != NULL ? subtitle : "");
}

static GtkWidget *
create_record_row (gpointer item,
                   gpointer user_data)
{
  LtRecord     *record = item;
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget    *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data_full (G_OBJECT (row), "record", g_object_ref (record), g_object_unref);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (row, 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "child.edit-record");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), lt_record_target_new (record));

  if (LT_IS_PERSON (record))
    {
      GtkWidget *avatar = adw_avatar_new (32, NULL, TRUE);

      g_object_set_data (G_OBJECT (row), "avatar", avatar);
      adw_action_row_add_prefix (row, avatar);
    }

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Delete"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "child.remove-record");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), lt_record_target_new (record));
  adw_action_row_add_suffix (row, remove);

  refresh_row (row);
  g_signal_connect_object (record, "notify", G_CALLBACK (refresh_row), row, G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

/* ---- the header ------------------------------------------------------ */

static char *
facts_text (LtChild *child)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *birth_date = lt_child_get_birth_date (child);
  GDate       today;
  int         age;

  lt_date_today (&today);
  age = lt_date_age_on (birth_date, &today);
  if (age >= 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d year old", "%d years old", age), age));
  if (birth_date != NULL)
    {
      g_autofree char *date = lt_date_format (birth_date);

      /* Translators: "born" and a date */
      g_ptr_array_add (parts, g_strdup_printf (_ ("born %s"), date));
    }
  if (lt_child_get_pronoun (child) != LT_PRONOUN_UNSPECIFIED)
    g_ptr_array_add (parts, g_strdup (lt_pronoun_to_label (lt_child_get_pronoun (child))));
  if (g_strcmp0 (lt_child_get_name (child), lt_child_get_display_name (child)) != 0)
    g_ptr_array_add (parts, g_strdup (lt_child_get_name (child)));
  return join_parts (parts);
}

/* The last period of @list that has not ended by today, or NULL. */
static LtRecord *
find_current (GListModel *list,
              const char *end_property)
{
  GDate today;

  lt_date_today (&today);
  for (guint i = g_list_model_get_n_items (list); i > 0; i--)
    {
      g_autoptr (LtRecord) record = g_list_model_get_item (list, i - 1);
      g_autofree char *end = NULL;

      g_object_get (record, end_property, &end, NULL);
      if (end == NULL || lt_date_is_after (end, &today))
        return record;
    }
  return NULL;
}

static void
update_now (LtChildPage *self)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  LtRecord        *home, *school;
  g_autofree char *joined = NULL;

  if (self->placements == NULL)
    return;

  home = find_current (self->placements, "end-date");
  school = find_current (self->school_periods, "end-date");
  if (home != NULL)
    g_ptr_array_add (parts, g_strdup (lt_placement_get_place (LT_PLACEMENT (home))));
  if (school != NULL)
    g_ptr_array_add (parts, school_period_title (LT_SCHOOL_PERIOD (school)));

  joined = join_parts (parts);
  if (*joined == '\0')
    gtk_label_set_text (self->now_label, "");
  else
    {
      /* Translators: where the child lives and goes to school now */
      g_autofree char *text = g_strdup_printf (_ ("Now: %s"), joined);

      gtk_label_set_text (self->now_label, text);
    }
}

static void
update_header (LtChildPage *self)
{
  const char      *name;
  g_autofree char *facts = NULL;
  g_autofree char *placements_title = NULL;
  g_autofree char *persons_title = NULL;

  if (self->child == NULL)
    return;

  name = lt_child_get_display_name (self->child);
  facts = facts_text (self->child);
  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->facts_label, facts);
  adw_avatar_set_text (self->avatar, name);

  placements_title = g_strdup_printf (_ ("Where %s Has Lived"), name);
  persons_title = g_strdup_printf (_ ("People Around %s"), name);
  adw_preferences_group_set_title (self->placements_group, placements_title);
  adw_preferences_group_set_title (self->persons_group, persons_title);
  update_now (self);
}

/* ---- actions --------------------------------------------------------- */

static void
open_dialog (LtChildPage *self,
             LtRecord    *record)
{
  LtRecordDialog *dialog = lt_record_dialog_new (parent_window (self), self->store, record);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_record (LtChildPage *self,
            GType        kind)
{
  g_autoptr (LtRecord) record = NULL;

  if (self->child == NULL)
    return;
  record = g_object_new (kind, NULL);
  lt_record_set_owner_id (record, lt_record_get_id (LT_RECORD (self->child)));
  open_dialog (self, record);
}

static void
add_placement_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  add_record (LT_CHILD_PAGE (widget), LT_TYPE_PLACEMENT);
}

static void
add_school_period_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  add_record (LT_CHILD_PAGE (widget), LT_TYPE_SCHOOL_PERIOD);
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  add_record (LT_CHILD_PAGE (widget), LT_TYPE_PERSON);
}

static void
edit_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LtChildPage *self = LT_CHILD_PAGE (widget);
  LtRecord    *record = record_from_target (self, parameter);

  if (record != NULL)
    open_dialog (self, record);
}

static char *
describe (LtRecord *record)
{
  if (LT_IS_PLACEMENT (record))
    return g_strdup (lt_placement_get_place (LT_PLACEMENT (record)));
  if (LT_IS_SCHOOL_PERIOD (record))
    return school_period_title (LT_SCHOOL_PERIOD (record));
  if (LT_IS_PERSON (record))
    return g_strdup (lt_person_get_name (LT_PERSON (record)));
  return g_strdup ("");
}

/* Deletes at once and offers Undo: a small record is put back from a copy
 * with its values and timestamps. */
static void
remove_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LtChildPage     *self = LT_CHILD_PAGE (widget);
  LtRecord        *record = record_from_target (self, parameter);
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;

  if (record == NULL)
    return;
  what = describe (record);
  /* Translators: a toast after deleting; %s is a place or person */
  message = g_strdup_printf (_ ("“%s” deleted"), what);
  lt_window_remove_with_undo (GTK_WIDGET (self), self->store, record, message);
}

/* ---- binding a child ------------------------------------------------- */

static void
unbind_child (LtChildPage *self)
{
  if (self->child != NULL)
    g_signal_handlers_disconnect_by_data (self->child, self);
  if (self->placements != NULL)
    g_signal_handlers_disconnect_by_data (self->placements, self);
  if (self->school_periods != NULL)
    g_signal_handlers_disconnect_by_data (self->school_periods, self);
  gtk_list_box_bind_model (self->placements_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->schools_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->persons_list, NULL, NULL, NULL, NULL);
  lt_timeline_view_set_history (self->timeline_view, NULL, NULL, NULL);
  g_clear_object (&self->placements);
  g_clear_object (&self->school_periods);
  g_clear_object (&self->persons);
}

static void
bind_child (LtChildPage *self)
{
  if (self->child == NULL || self->store == NULL)
    return;

  self->placements = lt_store_list_placements (self->store, self->child);
  self->school_periods = lt_store_list_school_periods (self->store, self->child);
  self->persons = lt_store_list_persons (self->store, self->child);

  gtk_list_box_bind_model (self->placements_list, self->placements, create_record_row, NULL, NULL);
  gtk_list_box_bind_model (self->schools_list, self->school_periods, create_record_row, NULL, NULL);
  gtk_list_box_bind_model (self->persons_list, self->persons, create_record_row, NULL, NULL);
  lt_timeline_view_set_history (self->timeline_view, self->placements, self->school_periods,
                                self->child);

  g_signal_connect_object (self->child, "notify", G_CALLBACK (update_header), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->placements, "items-changed", G_CALLBACK (update_now), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->school_periods, "items-changed", G_CALLBACK (update_now), self,
                           G_CONNECT_SWAPPED);
  update_header (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_child_page_dispose (GObject *object)
{
  LtChildPage *self = LT_CHILD_PAGE (object);

  unbind_child (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_CHILD_PAGE);
  g_clear_object (&self->child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_child_page_parent_class)->dispose (object);
}

static void
lt_child_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LtChildPage *self = LT_CHILD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_child_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LtChildPage *self = LT_CHILD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      lt_child_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_CHILD:
      lt_child_page_set_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_child_page_class_init (LtChildPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_child_page_dispose;
  object_class->get_property = lt_child_page_get_property;
  object_class->set_property = lt_child_page_set_property;

  properties[PROP_STORE] =
      g_param_spec_object ("store", NULL, NULL, LT_TYPE_STORE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD] =
      g_param_spec_object ("child", NULL, NULL, LT_TYPE_CHILD,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/livstraad/Livstraad/lt-child-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, now_label);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, timeline_group);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, placements_group);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, schools_group);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, persons_group);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, placements_list);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, schools_list);
  gtk_widget_class_bind_template_child (widget_class, LtChildPage, persons_list);

  gtk_widget_class_install_action (widget_class, "child.add-placement", NULL, add_placement_action);
  gtk_widget_class_install_action (widget_class, "child.add-school-period", NULL,
                                   add_school_period_action);
  gtk_widget_class_install_action (widget_class, "child.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "child.edit-record", "(sx)", edit_record_action);
  gtk_widget_class_install_action (widget_class, "child.remove-record", "(sx)",
                                   remove_record_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lt_child_page_init (LtChildPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->timeline_view = lt_timeline_view_new ();
  adw_preferences_group_add (self->timeline_group, GTK_WIDGET (self->timeline_view));
  set_placeholder (self->placements_list, _ ("No homes written down yet. Add where the child has "
                                             "lived, from birth until now."));
  set_placeholder (self->schools_list, _ ("No day care or school written down yet."));
  set_placeholder (self->persons_list, _ ("No people written down yet: family, friends, "
                                          "teachers, coaches and the adults who help."));
}

/* ---- public API ------------------------------------------------------ */

LtStore *
lt_child_page_get_store (LtChildPage *self)
{
  g_return_val_if_fail (LT_IS_CHILD_PAGE (self), NULL);

  return self->store;
}

void
lt_child_page_set_store (LtChildPage *self,
                         LtStore     *store)
{
  g_return_if_fail (LT_IS_CHILD_PAGE (self));
  g_return_if_fail (store == NULL || LT_IS_STORE (store));

  if (self->store == store)
    return;

  unbind_child (self);
  g_clear_object (&self->child);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self->timeline_view);
  g_set_object (&self->store, store);
  /* A changed date moves a bar without reordering any list: redraw on any
   * committed change. */
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (gtk_widget_queue_resize),
                             self->timeline_view, G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

/* Returns: (transfer none) (nullable): the child shown. */
LtChild *
lt_child_page_get_child (LtChildPage *self)
{
  g_return_val_if_fail (LT_IS_CHILD_PAGE (self), NULL);

  return self->child;
}

void
lt_child_page_set_child (LtChildPage *self,
                         LtChild     *child)
{
  g_return_if_fail (LT_IS_CHILD_PAGE (self));
  g_return_if_fail (child == NULL || LT_IS_CHILD (child));

  if (self->child == child)
    return;

  unbind_child (self);
  g_set_object (&self->child, child);
  bind_child (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}
