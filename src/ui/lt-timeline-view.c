/* lt-timeline-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtTimelineView: the child's life line as a widget.  The render layer
 * lays it out and paints it; this widget feeds it the style's colours,
 * follows the lists, shows a tooltip per bar and opens a bar's editor on
 * click through "child.edit-record".  The lists on the page below say the
 * same in text, for screen readers and keyboards.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-timeline-layout.h"
#include "lt-timeline-painter.h"
#include "lt-timeline-view.h"

struct _LtTimelineView
{
  GtkWidget parent_instance;

  /* owned */
  GListModel *placements;
  GListModel *school_periods;
  LtChild    *child;
};

G_DEFINE_FINAL_TYPE (LtTimelineView, lt_timeline_view, GTK_TYPE_WIDGET)

static LtTimelineLayout *
make_layout (LtTimelineView *self,
             double          width)
{
  GDate today;

  lt_date_today (&today);
  return lt_timeline_layout_new (self->placements, self->school_periods,
                                 self->child != NULL ? lt_child_get_birth_date (self->child) : NULL,
                                 &today, width);
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              LtColor         *color)
{
  GdkRGBA rgba;

  if (gtk_style_context_lookup_color (context, name, &rgba))
    *color = (LtColor){ rgba.red, rgba.green, rgba.blue, rgba.alpha };
}

/* libadwaita's named colours, so the line follows light and dark styles. */
static void
read_palette (LtTimelineView    *self,
              LtTimelinePalette *palette)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA          fg;

  lt_timeline_palette_default (palette);
  gtk_style_context_get_color (context, &fg);
  palette->text = (LtColor){ fg.red, fg.green, fg.blue, fg.alpha };
  palette->dim = (LtColor){ fg.red, fg.green, fg.blue, fg.alpha * 0.45 };
  lookup_color (context, "accent_color", &palette->accent);
}

static void
lt_timeline_view_measure (GtkWidget     *widget,
                          GtkOrientation orientation,
                          int            for_size,
                          int           *minimum,
                          int           *natural,
                          int           *minimum_baseline,
                          int           *natural_baseline)
{
  LtTimelineView *self = LT_TIMELINE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 600;
    }
  else
    {
      g_autoptr (LtTimelineLayout) layout = make_layout (self, for_size > 0 ? for_size : 600);

      *minimum = *natural = (int) ceil (layout->height);
    }
}

static void
lt_timeline_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  LtTimelineView *self = LT_TIMELINE_VIEW (widget);
  int             width = gtk_widget_get_width (widget);
  int             height = gtk_widget_get_height (widget);
  g_autoptr (LtTimelineLayout) layout = make_layout (self, width);
  PangoContext     *pango = gtk_widget_get_pango_context (widget);
  LtTimelinePalette palette;
  cairo_t          *cr;

  read_palette (self, &palette);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  lt_timeline_paint (layout, cr, pango_context_get_font_description (pango), &palette);
  cairo_destroy (cr);
}

static LtRecord *
record_at (LtTimelineView *self,
           double          x,
           double          y)
{
  g_autoptr (LtTimelineLayout) layout = make_layout (self, gtk_widget_get_width (GTK_WIDGET (self)));
  /* The record outlives the layout: it is the store's own object, which
   * the store's identity map keeps alive. */
  return lt_timeline_layout_hit_test (layout, x, y);
}

static gboolean
on_query_tooltip_cb (LtTimelineView *self,
                     int             x,
                     int             y,
                     gboolean        keyboard,
                     GtkTooltip     *tooltip)
{
  LtRecord        *record = record_at (self, x, y);
  g_autofree char *name = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *range = NULL;
  g_autofree char *text = NULL;

  if (record == NULL)
    return FALSE;
  g_object_get (record, "start-date", &start, "end-date", &end, NULL);
  g_object_get (record, LT_IS_PLACEMENT (record) ? "place" : "institution", &name, NULL);
  range = lt_date_format_range (start, end);
  text = g_strdup_printf ("%s\n%s", name != NULL ? name : "", range);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      LtTimelineView  *self)
{
  LtRecord *record = record_at (self, x, y);

  if (record != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "child.edit-record", "(sx)",
                                G_OBJECT_TYPE_NAME (record), lt_record_get_id (record));
}

static void
disconnect_lists (LtTimelineView *self)
{
  if (self->placements != NULL)
    g_signal_handlers_disconnect_by_data (self->placements, self);
  if (self->school_periods != NULL)
    g_signal_handlers_disconnect_by_data (self->school_periods, self);
  if (self->child != NULL)
    g_signal_handlers_disconnect_by_data (self->child, self);
  g_clear_object (&self->placements);
  g_clear_object (&self->school_periods);
  g_clear_object (&self->child);
}

static void
lt_timeline_view_dispose (GObject *object)
{
  disconnect_lists (LT_TIMELINE_VIEW (object));

  G_OBJECT_CLASS (lt_timeline_view_parent_class)->dispose (object);
}

static void
lt_timeline_view_class_init (LtTimelineViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_timeline_view_dispose;
  widget_class->measure = lt_timeline_view_measure;
  widget_class->snapshot = lt_timeline_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lt_timeline_view_init (LtTimelineView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Life line: the homes and schools over the years, as in the "
                                     "lists below"),
                                  -1);
}

LtTimelineView *
lt_timeline_view_new (void)
{
  return g_object_new (LT_TYPE_TIMELINE_VIEW, NULL);
}

/**
 * lt_timeline_view_set_history:
 * @placements: (nullable): the child's homes
 * @school_periods: (nullable): the child's day care and schools
 * @child: (nullable): the child, for the birth date
 *
 * Shows a child's life line, redrawn whenever the lists or the child change.
 */
void
lt_timeline_view_set_history (LtTimelineView *self,
                              GListModel     *placements,
                              GListModel     *school_periods,
                              LtChild        *child)
{
  g_return_if_fail (LT_IS_TIMELINE_VIEW (self));

  disconnect_lists (self);
  g_set_object (&self->placements, placements);
  g_set_object (&self->school_periods, school_periods);
  g_set_object (&self->child, child);

  /* Items-changed covers added and removed rows; edits to a row's dates
   * reorder it, which is an items-changed too.  The child's birth date
   * moves the start of the line. */
  if (placements != NULL)
    g_signal_connect_object (placements, "items-changed", G_CALLBACK (gtk_widget_queue_resize),
                             self, G_CONNECT_SWAPPED);
  if (school_periods != NULL)
    g_signal_connect_object (school_periods, "items-changed", G_CALLBACK (gtk_widget_queue_resize),
                             self, G_CONNECT_SWAPPED);
  if (child != NULL)
    g_signal_connect_object (child, "notify::birth-date", G_CALLBACK (gtk_widget_queue_resize), self,
                             G_CONNECT_SWAPPED);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
