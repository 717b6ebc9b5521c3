/* lt-contact-banner.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtContactBanner: on the network page, the people who matter most to the
 * child and have not been seen or heard from within the child's chosen
 * period, each with a way to plan a visit; the period is chosen here, in
 * weeks, and a link opens the guidance on keeping up the child's
 * relationships.  Counted from the calendar by LtContactSummary.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-contact-banner.h"
#include "lt-contact-summary.h"
#include "lt-guidance-library.h"
#include "lt-store-contact.h"
#include "lt-window.h"

/* The recommendation about relationships with family and network. */
#define GUIDANCE_ITEM "gp-network"

struct _LtContactBanner
{
  GtkWidget parent_instance;

  /* owned */
  LtStore   *store;
  LtChild   *child;
  GPtrArray *missed; /* LtPerson */
  gint64     now;    /* 0 for the clock */

  /* children */
  GtkWidget     *box;
  GtkLabel      *title;
  GtkSpinButton *weeks;
  GtkListBox    *list;
  GtkLabel      *empty;
};

G_DEFINE_FINAL_TYPE (LtContactBanner, lt_contact_banner, GTK_TYPE_WIDGET)

static gint64
now_of (LtContactBanner *self)
{
  return self->now != 0 ? self->now : g_get_real_time () / G_USEC_PER_SEC;
}

static char *
missed_message (LtPerson        *person,
                LtChild         *child,
                const LtContact *contact,
                gint64           now)
{
  guint weeks;

  if (contact == NULL)
    /* Translators: a person's name, then the child's */
    return g_strdup_printf (_ ("%s and %s have no visit or call in the calendar yet"),
                            lt_person_get_name (person), lt_child_get_display_name (child));
  weeks = lt_contact_days_since (lt_contact_get_last (contact), now) / 7;
  /* Translators: a person's name, the child's, and a number of weeks */
  return g_strdup_printf (ngettext ("%s has not seen or heard from %s for %u week",
                                    "%s has not seen or heard from %s for %u weeks", weeks),
                          lt_person_get_name (person), lt_child_get_display_name (child), weeks);
}

static GtkWidget *
missed_row (LtContactBanner  *self,
            LtPerson         *person,
            LtContactSummary *summary)
{
  const LtContact *contact = lt_contact_summary_lookup (summary, lt_record_get_id (LT_RECORD (person)));
  g_autofree char *title = missed_message (person, self->child, contact, now_of (self));
  g_autofree char *dates = lt_contact_describe_dates (contact);
  g_autofree char *tooltip = g_strdup_printf ("%s\n\n%s", dates, lt_contact_how_counted ());
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *plan = gtk_button_new_with_mnemonic (_ ("_Plan a Visit…"));
  g_auto (GStrv) lines = g_strsplit (dates, "\n", -1);
  g_autofree char *subtitle = g_strjoinv (" · ", lines);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_tooltip_text (row, tooltip);
  gtk_widget_set_valign (plan, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (plan, _ ("Open the calendar with a new visit with this person"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (plan), "win.plan-visit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (plan),
                                          g_variant_new_int64 (lt_record_get_id (LT_RECORD (person))));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), plan);
  return row;
}

/* Whom to point out, and the words when there is nobody. */
static void
fill (LtContactBanner  *self,
      LtContactSummary *summary,
      int               weeks)
{
  g_autoptr (GListModel) persons = lt_store_list_persons (self->store, self->child);
  guint n_marked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);

      if (!lt_person_get_matters_most (person) || lt_person_get_deceased (person))
        continue;
      n_marked++;
      if (lt_contact_is_missed (lt_contact_summary_lookup (summary, lt_record_get_id (LT_RECORD (person))),
                                now_of (self), weeks))
        {
          gtk_list_box_append (self->list, missed_row (self, person, summary));
          g_ptr_array_add (self->missed, g_steal_pointer (&person));
        }
    }
  if (n_marked == 0)
    {
      g_autofree char *text = g_strdup_printf (
          _ ("Mark the people who matter most to %s on the map (right-click a person), and you "
             "will see here when it has been a while since they met or talked."),
          lt_child_get_display_name (self->child));

      gtk_label_set_text (self->empty, text);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (
          ngettext ("Everyone who matters most to %s has been seen or heard from in the last %d week.",
                    "Everyone who matters most to %s has been seen or heard from in the last %d weeks.",
                    weeks),
          lt_child_get_display_name (self->child), weeks);

      gtk_label_set_text (self->empty, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->missed->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty), self->missed->len == 0);
}

static void
refresh (LtContactBanner *self)
{
  g_autoptr (LtContactSummary) summary = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, row);
  g_ptr_array_set_size (self->missed, 0);
  gtk_widget_set_visible (self->box, self->store != NULL && self->child != NULL);
  if (self->store == NULL || self->child == NULL)
    return;

  summary = lt_contact_summary_new_for_child (self->store, self->child, now_of (self), &error);
  if (summary == NULL)
    {
      g_debug ("Could not count contact: %s", error->message);
      summary = lt_contact_summary_new ();
    }
  fill (self, summary, gtk_spin_button_get_value_as_int (self->weeks));
}

static void
on_store_changed (LtContactBanner *self,
                  GType            kind,
                  gint64           id)
{
  if (kind == LT_TYPE_PERSON || kind == LT_TYPE_EVENT || kind == LT_TYPE_CHILD)
    refresh (self);
}

static void
on_weeks_changed_cb (LtContactBanner *self)
{
  int weeks = gtk_spin_button_get_value_as_int (self->weeks);
  g_autoptr (GError) error = NULL;

  if (self->store == NULL || self->child == NULL)
    return;
  if (weeks != lt_store_get_contact_weeks (self->store, lt_record_get_id (LT_RECORD (self->child))) &&
      !lt_store_set_contact_weeks (self->store, lt_record_get_id (LT_RECORD (self->child)), weeks, &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
  refresh (self);
}

static void
open_guidance_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_window_present (GTK_WINDOW (
      lt_guidance_library_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, GUIDANCE_ITEM)));
}

/* A label that wraps, so the banner fits a phone-sized window. */
static GtkWidget *
wrapping_label (const char *text)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Wide enough when there is room: a wrapping label asks for little. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 45);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static GtkWidget *
make_period (LtContactBanner *self)
{
  GtkWidget *period = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *before = gtk_label_new (_ ("Not seen or heard from for"));

  self->weeks = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (LT_CONTACT_MIN_WEEKS, LT_CONTACT_MAX_WEEKS, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->weeks), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->weeks),
                               _ ("How long before someone who matters most is pointed out here"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->weeks), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Weeks without seeing or hearing from someone"), -1);
  /* Cut short rather than wrapped in a narrow window: it reads on from the title. */
  gtk_label_set_ellipsize (GTK_LABEL (before), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (period), before);
  gtk_box_append (GTK_BOX (period), GTK_WIDGET (self->weeks));
  gtk_box_append (GTK_BOX (period), gtk_label_new (_ ("weeks")));
  return period;
}

static GtkWidget *
make_header (LtContactBanner *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *guidance = gtk_button_new ();

  self->title = GTK_LABEL (wrapping_label (_ ("Who Matters Most")));
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "heading");
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->title));
  gtk_button_set_child (GTK_BUTTON (guidance),
                        wrapping_label (_ ("About _Relationships with Family and Network")));
  gtk_widget_add_css_class (guidance, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (guidance), "contact.open-guidance");
  gtk_widget_set_tooltip_text (guidance, _ ("What the recommendations say about keeping up the "
                                            "child’s relationships"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  gtk_box_append (GTK_BOX (titles), guidance);
  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header), make_period (self));
  return header;
}

static void
lt_contact_banner_dispose (GObject *object)
{
  LtContactBanner *self = LT_CONTACT_BANNER (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->missed, g_ptr_array_unref);
  g_clear_object (&self->child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lt_contact_banner_parent_class)->dispose (object);
}

static void
lt_contact_banner_class_init (LtContactBannerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_contact_banner_dispose;
  gtk_widget_class_install_action (widget_class, "contact.open-guidance", NULL, open_guidance_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lt_contact_banner_init (LtContactBanner *self)
{
  self->missed = g_ptr_array_new_with_free_func (g_object_unref);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_bottom (self->box, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->box), make_header (self));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->list));
  self->empty = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->empty, TRUE);
  gtk_label_set_xalign (self->empty, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty), "dim-label");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->empty));

  gtk_spin_button_set_value (self->weeks, LT_CONTACT_DEFAULT_WEEKS);
  g_signal_connect_object (self->weeks, "value-changed", G_CALLBACK (on_weeks_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_visible (self->box, FALSE);
}

void
lt_contact_banner_set_store (LtContactBanner *self,
                             LtStore         *store)
{
  g_return_if_fail (LT_IS_CONTACT_BANNER (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

void
lt_contact_banner_set_child (LtContactBanner *self,
                             LtChild         *child)
{
  g_return_if_fail (LT_IS_CONTACT_BANNER (self));

  g_set_object (&self->child, child);
  if (self->store != NULL && child != NULL)
    {
      /* Shown without saving it again. */
      g_signal_handlers_block_by_func (self->weeks, on_weeks_changed_cb, self);
      gtk_spin_button_set_value (self->weeks,
                                 lt_store_get_contact_weeks (self->store, lt_record_get_id (LT_RECORD (child))));
      g_signal_handlers_unblock_by_func (self->weeks, on_weeks_changed_cb, self);
    }
  refresh (self);
}

/* For tests and screenshots: count as if it were @now (Unix seconds; 0
 * for the clock). */
void
lt_contact_banner_set_now (LtContactBanner *self,
                           gint64           now)
{
  g_return_if_fail (LT_IS_CONTACT_BANNER (self));

  self->now = now;
  refresh (self);
}

/* Returns: (transfer full) (element-type LtPerson): the people pointed out */
GPtrArray *
lt_contact_banner_dup_missed (LtContactBanner *self)
{
  GPtrArray *missed = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LT_IS_CONTACT_BANNER (self), NULL);

  for (guint i = 0; i < self->missed->len; i++)
    g_ptr_array_add (missed, g_object_ref (g_ptr_array_index (self->missed, i)));
  return missed;
}
