/* lt-record-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtRecordDialog: one editor for every record kind, built from a list of
 * fields per kind.  It edits a draft, so the rest of the window keeps
 * showing the saved values until the store has written the change.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-audience-row.h"
#include "lt-date.h"
#include "lt-event-fields.h"
#include "lt-school-fields.h"
#include "lt-record-dialog.h"
#include "lt-record-fields.h"

static const char *const closeness_labels[] = {
  N_ ("1 – Closest"),
  N_ ("2 – Close"),
  N_ ("3 – Further Out"),
};

typedef struct
{
  const Field *field;
  GtkWidget   *widget; /* borrowed: a row, or a GtkTextView */
} FieldWidget;

struct _LtRecordDialog
{
  AdwWindow parent_instance;

  /* owned */
  LtStore  *store;
  LtRecord *record; /* the stored record, or a new one */
  GArray   *field_widgets;

  /* template children */
  AdwWindowTitle      *window_title;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *fields_group;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  GtkButton           *save_button;
};

G_DEFINE_FINAL_TYPE (LtRecordDialog, lt_record_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_RECORD,
  N_PROPS
};

enum
{
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static gboolean
is_new (LtRecordDialog *self)
{
  return lt_record_get_id (self->record) == 0;
}

/* ---- building the form ----------------------------------------------- */

static GtkWidget *
make_entry_row (const char *label,
                const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  return row;
}

static GtkWidget *
make_choice_row (const char *label,
                 GType       enum_type,
                 int         value)
{
  g_autoptr (GEnumClass) enum_class = g_type_class_ref (enum_type);
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  /* Our enums count from 0 without gaps, so a value is its position. */
  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (labels, lt_record_fields_enum_label (enum_type, enum_class->values[i].value));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), value);
  return row;
}

static GtkWidget *
make_closeness_row (const char *label,
                    gint64      closeness)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < G_N_ELEMENTS (closeness_labels); i++)
    gtk_string_list_append (labels, _ (closeness_labels[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), CLAMP (closeness, 1, 3) - 1);
  return row;
}

/* AdwSwitchRow arrives in libadwaita 1.4: an action row with a switch. */
static GtkWidget *
make_switch_row (const char *label,
                 const char *subtitle,
                 gboolean    active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_object_set_data (G_OBJECT (row), "switch", toggle);
  return row;
}

/* The child and the child's people, the child first; the ids go with the
 * row as "ids" (0 for the child). */
static GtkWidget *
make_person_row (LtRecordDialog *self,
                 const char     *label,
                 gint64          value)
{
  gint64    child_id = lt_record_get_owner_id (self->record);
  LtRecord *child = lt_store_lookup (self->store, LT_TYPE_CHILD, child_id, NULL);
  g_autoptr (GListModel) persons = NULL;
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GArray          *ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  GtkWidget       *row = adw_combo_row_new ();
  guint            selected = 0;
  g_autofree char *child_label = NULL;

  /* Translators: the child in a list of people, e.g. "Ida (the child)" */
  child_label = child != NULL ? g_strdup_printf (_ ("%s (the child)"),
                                                 lt_child_get_display_name (LT_CHILD (child)))
                              : g_strdup (_ ("The child"));
  gtk_string_list_append (names, child_label);
  g_array_set_size (ids, 1);
  if (child != NULL)
    persons = lt_store_list_persons (self->store, LT_CHILD (child));
  for (guint i = 0; persons != NULL && i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);
      gint64 id = lt_record_get_id (LT_RECORD (person));

      if (id == value)
        selected = ids->len;
      gtk_string_list_append (names, lt_person_get_name (person));
      g_array_append_val (ids, id);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data_full (G_OBJECT (row), "ids", ids, (GDestroyNotify) g_array_unref);
  return row;
}

/* A long text gets a group of its own, with the label as its title. */
static GtkWidget *
add_long_text (LtRecordDialog *self,
               const Field    *field,
               const char     *text)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget           *frame = gtk_frame_new (NULL);
  GtkWidget           *view = gtk_text_view_new ();

  adw_preferences_group_set_title (group, _ (field->label));
  if (field->hint != NULL)
    adw_preferences_group_set_description (group, _ (field->hint));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 9);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 9);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 90);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            text != NULL ? text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ (field->label), -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "card");
  gtk_widget_set_overflow (frame, GTK_OVERFLOW_HIDDEN);
  adw_preferences_group_add (group, frame);
  adw_preferences_page_add (self->page, group);
  return view;
}

static GtkWidget *
make_field_widget (LtRecordDialog *self,
                   const Field    *field)
{
  GObject    *record = G_OBJECT (self->record);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), field->property);
  g_auto (GValue) value = G_VALUE_INIT;
  GtkWidget *row = NULL;

  g_object_get_property (record, field->property, &value);
  switch (field->kind)
    {
    case FIELD_TEXT:
      row = make_entry_row (_ (field->label), g_value_get_string (&value));
      break;
    case FIELD_LONG_TEXT:
      return add_long_text (self, field, g_value_get_string (&value));
    case FIELD_DATE:
      {
        g_autofree char *typed = lt_date_to_input (g_value_get_string (&value));

        row = make_entry_row (_ (field->label), typed);
        gtk_widget_set_tooltip_text (row, _ ("Day.month.year, for example 3.5.2016. Month and "
                                             "year (5.2016) or just the year also work."));
        break;
      }
    case FIELD_YEAR:
      {
        g_autofree char *typed = g_value_get_int64 (&value) != 0
                                     ? g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (&value))
                                     : g_strdup ("");

        row = make_entry_row (_ (field->label), typed);
        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
        break;
      }
    case FIELD_CHOICE:
      row = make_choice_row (_ (field->label), G_PARAM_SPEC_VALUE_TYPE (pspec),
                             g_value_get_enum (&value));
      break;
    case FIELD_CLOSENESS:
      row = make_closeness_row (_ (field->label), g_value_get_int64 (&value));
      break;
    case FIELD_PERSON:
      row = make_person_row (self, _ (field->label), g_value_get_int64 (&value));
      break;
    case FIELD_TIME:
      {
        g_autofree char *typed = lt_event_fields_format_time (
            g_value_get_string (&value), lt_event_get_time_zone (LT_EVENT (self->record)));

        row = make_entry_row (_ (field->label), typed);
        break;
      }
    case FIELD_REPEAT:
      {
        GtkWidget *until_row = NULL;

        row = lt_event_fields_repeat_row (g_value_get_string (&value),
                                          lt_event_get_starts_at (LT_EVENT (self->record)),
                                          lt_event_get_time_zone (LT_EVENT (self->record)),
                                          &until_row);
        adw_preferences_group_add (self->fields_group, row);
        adw_preferences_group_add (self->fields_group, until_row);
        return row;
      }
    case FIELD_MOOD:
      row = lt_event_fields_mood_row (_ (field->label), g_value_get_int64 (&value));
      break;
    case FIELD_WEEKDAYS:
      row = lt_school_fields_weekdays_row (_ (field->label), g_value_get_int64 (&value));
      break;
    case FIELD_AUDIENCE:
      row = lt_audience_row_new (_ (field->label), g_value_get_int64 (&value), NULL, NULL);
      break;
    case FIELD_NUMBER:
    case FIELD_OPTIONAL_NUMBER:
      {
        g_autofree char *has = g_strconcat ("has-", field->property, NULL);
        gboolean         given = TRUE;
        g_autofree char *typed = NULL;

        if (field->kind == FIELD_OPTIONAL_NUMBER)
          g_object_get (record, has, &given, NULL);
        /* A new reading shows an empty field, not a 0 to type over. */
        if (given && !(field->kind == FIELD_NUMBER && is_new (self)))
          typed = lt_school_fields_format_number (g_value_get_double (&value));
        row = make_entry_row (_ (field->label), typed);
        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NUMBER);
        break;
      }
    case FIELD_SWITCH:
      row = make_switch_row (_ (field->label), field->hint != NULL ? _ (field->hint) : NULL,
                             g_value_get_boolean (&value));
      adw_preferences_group_add (self->fields_group, row);
      return g_object_get_data (G_OBJECT (row), "switch");
    default:
      g_assert_not_reached ();
    }

  if (field->hint != NULL)
    gtk_widget_set_tooltip_text (row, _ (field->hint));
  adw_preferences_group_add (self->fields_group, row);
  return row;
}

static void
build_form (LtRecordDialog *self)
{
  for (const Field *field = lt_record_fields_for (self->record); field->property; field++)
    {
      FieldWidget field_widget = { field, make_field_widget (self, field) };

      g_array_append_val (self->field_widgets, field_widget);
    }
  adw_window_title_set_title (self->window_title,
                              lt_record_fields_title (G_OBJECT_TYPE (self->record), is_new (self)));
}

/* ---- reading the form ------------------------------------------------ */

static void
show_error (LtRecordDialog *self,
            const char     *message,
            GtkWidget      *culprit)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  if (culprit != NULL)
    {
      gtk_widget_add_css_class (culprit, "error");
      gtk_widget_grab_focus (culprit);
    }
}

static void
clear_errors (LtRecordDialog *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  for (guint i = 0; i < self->field_widgets->len; i++)
    gtk_widget_remove_css_class (g_array_index (self->field_widgets, FieldWidget, i).widget,
                                 "error");
}

static char *
text_of (GtkWidget *widget)
{
  GtkTextBuffer *buffer;
  GtkTextIter    start, end;

  if (!GTK_IS_TEXT_VIEW (widget))
    return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget))));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static gboolean
read_year (const char *text,
           gint64     *year,
           GError    **error)
{
  guint64 number = 0;

  *year = 0;
  if (*text == '\0')
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 1000, 9999, &number, NULL))
    {
      g_set_error (error, LT_RECORD_ERROR, LT_RECORD_ERROR_INVALID,
                   _ ("“%s” is not a year. Write it with four digits, for example 1961."), text);
      return FALSE;
    }
  *year = number;
  return TRUE;
}

/* A number, or for an optional one nothing at all ("has-<property>" off). */
static gboolean
read_number (const Field *field,
             GtkWidget   *widget,
             LtRecord    *draft,
             GError     **error)
{
  g_autofree char *text = text_of (widget);
  g_autofree char *has = g_strconcat ("has-", field->property, NULL);
  double           number = 0;

  if (field->kind == FIELD_OPTIONAL_NUMBER && *text == '\0')
    {
      g_object_set (draft, has, FALSE, NULL);
      return TRUE;
    }
  if (!lt_school_fields_parse_number (text, &number, error))
    {
      g_prefix_error (error, "%s: ", _ (field->label));
      return FALSE;
    }
  g_object_set (draft, field->property, number, NULL);
  if (field->kind == FIELD_OPTIONAL_NUMBER)
    g_object_set (draft, has, TRUE, NULL);
  return TRUE;
}

/* Copies one widget's value onto @draft; a date or year that cannot be
 * read is reported with the field's name. */
static gboolean
read_field (const FieldWidget *field_widget,
            LtRecord          *draft,
            GError           **error)
{
  const Field     *field = field_widget->field;
  GtkWidget       *widget = field_widget->widget;
  g_autofree char *text = NULL;
  g_autofree char *iso = NULL;
  gint64           year;

  switch (field->kind)
    {
    case FIELD_TEXT:
    case FIELD_LONG_TEXT:
      text = text_of (widget);
      g_object_set (draft, field->property, text, NULL);
      return TRUE;
    case FIELD_DATE:
      text = text_of (widget);
      iso = lt_date_from_input (text, error);
      if (iso == NULL && *text != '\0')
        break;
      g_object_set (draft, field->property, iso, NULL);
      return TRUE;
    case FIELD_YEAR:
      text = text_of (widget);
      if (!read_year (text, &year, error))
        break;
      g_object_set (draft, field->property, year, NULL);
      return TRUE;
    case FIELD_CHOICE:
      g_object_set (draft, field->property, (int) adw_combo_row_get_selected (ADW_COMBO_ROW (widget)),
                    NULL);
      return TRUE;
    case FIELD_CLOSENESS:
      g_object_set (draft, field->property,
                    (gint64) adw_combo_row_get_selected (ADW_COMBO_ROW (widget)) + 1, NULL);
      return TRUE;
    case FIELD_SWITCH:
      g_object_set (draft, field->property, gtk_switch_get_active (GTK_SWITCH (widget)), NULL);
      return TRUE;
    case FIELD_TIME:
      text = text_of (widget);
      iso = lt_event_fields_parse_time (text, lt_event_get_time_zone (LT_EVENT (draft)), error);
      if (iso == NULL)
        break;
      g_object_set (draft, field->property, iso, NULL);
      return TRUE;
    case FIELD_REPEAT:
      if (!lt_event_fields_read_repeat (widget, lt_event_get_starts_at (LT_EVENT (draft)),
                                        lt_event_get_time_zone (LT_EVENT (draft)), &iso, error))
        return FALSE;
      g_object_set (draft, field->property, iso, NULL);
      return TRUE;
    case FIELD_MOOD:
      g_object_set (draft, field->property, (gint64) adw_combo_row_get_selected (ADW_COMBO_ROW (widget)),
                    NULL);
      return TRUE;
    case FIELD_WEEKDAYS:
      g_object_set (draft, field->property, lt_school_fields_read_weekdays (widget), NULL);
      return TRUE;
    case FIELD_AUDIENCE:
      g_object_set (draft, field->property, lt_audience_row_read (widget), NULL);
      return TRUE;
    case FIELD_NUMBER:
    case FIELD_OPTIONAL_NUMBER:
      return read_number (field, widget, draft, error);
    case FIELD_PERSON:
      {
        GArray *ids = g_object_get_data (G_OBJECT (widget), "ids");
        guint   selected = adw_combo_row_get_selected (ADW_COMBO_ROW (widget));

        g_object_set (draft, field->property,
                      selected < ids->len ? g_array_index (ids, gint64, selected) : (gint64) 0,
                      NULL);
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }

  g_prefix_error (error, "%s: ", _ (field->label));
  return FALSE;
}

/* Which row an error is about, to mark it: the field whose label the
 * message starts with, else an empty required first field, else none. */
static GtkWidget *
culprit_for (LtRecordDialog *self,
             const char     *message)
{
  for (guint i = 0; i < self->field_widgets->len; i++)
    {
      FieldWidget *field_widget = &g_array_index (self->field_widgets, FieldWidget, i);

      if (g_str_has_prefix (message, _ (field_widget->field->label)))
        return field_widget->widget;
    }

  /* Otherwise it is most likely the required first field left empty. */
  if (self->field_widgets->len > 0)
    {
      FieldWidget     *first = &g_array_index (self->field_widgets, FieldWidget, 0);
      g_autofree char *text = NULL;

      if (first->field->kind == FIELD_TEXT && *(text = text_of (first->widget)) == '\0')
        return first->widget;
    }
  return NULL;
}

/* ---- actions --------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LtRecordDialog *self = LT_RECORD_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  if (lt_record_dialog_save (self, &error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  show_error (self, error->message, culprit_for (self, error->message));
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_record_dialog_constructed (GObject *object)
{
  LtRecordDialog *self = LT_RECORD_DIALOG (object);

  G_OBJECT_CLASS (lt_record_dialog_parent_class)->constructed (object);

  build_form (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

static void
lt_record_dialog_dispose (GObject *object)
{
  LtRecordDialog *self = LT_RECORD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_RECORD_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (lt_record_dialog_parent_class)->dispose (object);
}

static void
lt_record_dialog_finalize (GObject *object)
{
  LtRecordDialog *self = LT_RECORD_DIALOG (object);

  g_clear_pointer (&self->field_widgets, g_array_unref);

  G_OBJECT_CLASS (lt_record_dialog_parent_class)->finalize (object);
}

static void
lt_record_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LtRecordDialog *self = LT_RECORD_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_record_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LtRecordDialog *self = LT_RECORD_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_RECORD:
      self->record = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_record_dialog_class_init (LtRecordDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lt_record_dialog_constructed;
  object_class->dispose = lt_record_dialog_dispose;
  object_class->finalize = lt_record_dialog_finalize;
  object_class->get_property = lt_record_dialog_get_property;
  object_class->set_property = lt_record_dialog_set_property;

  properties[PROP_STORE] =
      g_param_spec_object ("store", NULL, NULL, LT_TYPE_STORE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD] =
      g_param_spec_object ("record", NULL, NULL, LT_TYPE_RECORD,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LtRecordDialog::saved:
   * @record: the stored record (for a new one, now with its id)
   *
   * The record was written; links kept outside the record (an entry's
   * photos and people) are saved by whoever added their group.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, LT_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/livstraad/Livstraad/lt-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LtRecordDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, LtRecordDialog, page);
  gtk_widget_class_bind_template_child (widget_class, LtRecordDialog, fields_group);
  gtk_widget_class_bind_template_child (widget_class, LtRecordDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, LtRecordDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LtRecordDialog, save_button);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dialog.save",
                                       NULL);
}

static void
lt_record_dialog_init (LtRecordDialog *self)
{
  self->field_widgets = g_array_new (FALSE, TRUE, sizeof (FieldWidget));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---- public API ------------------------------------------------------ */

/**
 * lt_record_dialog_new:
 * @parent: the window the dialog belongs to
 * @store: where the record is saved
 * @record: a stored record to edit, or a new one (id 0, owner set) to add
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
LtRecordDialog *
lt_record_dialog_new (GtkWindow *parent,
                      LtStore   *store,
                      LtRecord  *record)
{
  g_return_val_if_fail (LT_IS_STORE (store), NULL);
  g_return_val_if_fail (LT_IS_RECORD (record), NULL);

  return g_object_new (LT_TYPE_RECORD_DIALOG, "transient-for", parent, "store", store,
                       "record", record, NULL);
}

/* Returns: (transfer none): the record being added or edited. */
LtRecord *
lt_record_dialog_get_record (LtRecordDialog *self)
{
  g_return_val_if_fail (LT_IS_RECORD_DIALOG (self), NULL);

  return self->record;
}

/**
 * lt_record_dialog_save:
 *
 * Reads the form and adds or saves the record.  On failure nothing is
 * written, the form keeps what was typed and @error says what to fix.
 */
gboolean
lt_record_dialog_save (LtRecordDialog *self,
                       GError        **error)
{
  g_autoptr (LtRecord) draft = NULL;

  g_return_val_if_fail (LT_IS_RECORD_DIALOG (self), FALSE);

  clear_errors (self);
  draft = is_new (self) ? g_object_ref (self->record) : lt_record_copy (self->record);
  for (guint i = 0; i < self->field_widgets->len; i++)
    if (!read_field (&g_array_index (self->field_widgets, FieldWidget, i), draft, error))
      return FALSE;

  if (!(is_new (self) ? lt_store_add (self->store, draft, error)
                      : lt_store_save (self->store, draft, error)))
    return FALSE;

  g_signal_emit (self, signals[SAVED], 0, self->record);
  return TRUE;
}

/**
 * lt_record_dialog_add_group:
 * @group: (transfer none): more to edit with the record (an entry's people)
 *
 * Adds @group below the record's own fields.
 */
void
lt_record_dialog_add_group (LtRecordDialog      *self,
                            AdwPreferencesGroup *group)
{
  g_return_if_fail (LT_IS_RECORD_DIALOG (self));

  adw_preferences_page_add (self->page, group);
}
