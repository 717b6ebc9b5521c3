/* lt-network-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtNetworkView: a child's network map, drawn by render/.
 *
 * Live, it shows the child's people as the store has them now: dragging a
 * person to another sector or circle saves the move, a click selects, a
 * double click (or Enter) edits, and a right click (or Menu) opens the
 * "network.*" actions the page carries out.  Given a saved map instead,
 * it shows that map and cannot be changed.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lt-contact-summary.h"
#include "lt-diagram-ui.h"
#include "lt-network-layout.h"
#include "lt-network-painter.h"
#include "lt-network-view.h"
#include "lt-window.h"

/* A map is shown this many pixels wide before zooming, whatever its size in
 * points, so a kept map and the map of now are the same size side by side. */
#define BASE_WIDTH 500.0
#define DEFAULT_ZOOM 1.0
#define MIN_ZOOM 0.3
#define MAX_ZOOM 3.0
#define DRAG_THRESHOLD 4.0

struct _LtNetworkView
{
  GtkWidget parent_instance;

  LtStore          *store; /* NULL for a saved map */
  LtChild          *child;
  LtNetworkMap     *map;
  LtNetworkLayout  *layout;
  LtContactSummary *contacts; /* live maps only: when each person was last seen */
  LtDiagramPalette  palette;
  gboolean          palette_valid;
  int               selected; /* member index, or -1 */
  double            zoom;

  int        dragged;
  double     drag_x, drag_y; /* where the pointer is, in widget pixels */
  GtkWidget *menu;
};

G_DEFINE_FINAL_TYPE (LtNetworkView, lt_network_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static LtNetworkMember *
member_at (LtNetworkView *self,
           int            index)
{
  return g_ptr_array_index (self->map->members, index);
}

static void update_accessible_label (LtNetworkView *self);

static void
set_map (LtNetworkView *self,
         LtNetworkMap  *map)
{
  gint64 selected = lt_network_view_get_selected (self);

  g_clear_pointer (&self->layout, lt_network_layout_free);
  g_clear_pointer (&self->map, lt_network_map_free);
  self->map = map;
  self->selected = -1;
  if (map != NULL)
    {
      self->layout = lt_network_layout_new (map);
      for (guint i = 0; i < map->members->len && selected > 0; i++)
        if (member_at (self, i)->person_id == selected)
          self->selected = (int) i;
    }
  self->dragged = -1;
  update_accessible_label (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (lt_network_view_get_selected (self) != selected)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Under each name: when the person was last seen or heard from. */
static void
add_contact_lines (LtNetworkView *self,
                   LtNetworkMap  *map)
{
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->contacts, lt_contact_summary_free);
  self->contacts = lt_contact_summary_new_for_child (self->store, self->child, now (), &error);
  if (self->contacts == NULL)
    {
      g_debug ("Could not count contact: %s", error->message);
      return;
    }
  for (guint i = 0; i < map->members->len; i++)
    {
      LtNetworkMember *member = g_ptr_array_index (map->members, i);
      g_autofree char *text =
          lt_contact_describe (lt_contact_summary_lookup (self->contacts, member->person_id), now ());

      lt_network_map_set_contact (map, i, text);
    }
}

static void
rebuild (LtNetworkView *self)
{
  g_autoptr (GListModel) persons = NULL;
  LtNetworkMap *map;

  if (self->store == NULL || self->child == NULL)
    return;
  persons = lt_store_list_persons (self->store, self->child);
  map = lt_network_map_new_from_persons (lt_child_get_display_name (self->child), persons);
  add_contact_lines (self, map);
  set_map (self, map);
}

static void
update_accessible_label (LtNetworkView *self)
{
  g_autofree char *label = NULL;
  guint            n = self->map != NULL ? self->map->members->len : 0;

  if (self->map == NULL)
    return;
  label = g_strdup_printf (ngettext ("Network map of %s with %u person. The people are listed on "
                                     "the Overview.",
                                     "Network map of %s with %u people. The people are listed on "
                                     "the Overview.",
                                     n),
                           self->map->child_name != NULL ? self->map->child_name : "", n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
on_store_changed (LtNetworkView *self,
                  GType          kind,
                  gint64         id)
{
  if (kind == LT_TYPE_PERSON || kind == LT_TYPE_CHILD || kind == LT_TYPE_EVENT)
    rebuild (self);
}

/* ---- drawing ----------------------------------------------------------- */

/* Pixels per point of the layout. */
static double
scale (LtNetworkView *self)
{
  return self->layout != NULL ? self->zoom * BASE_WIDTH / self->layout->width : self->zoom;
}

static void
origin (LtNetworkView *self,
        double        *x,
        double        *y)
{
  double width = self->layout != NULL ? self->layout->width * scale (self) : 0;

  *x = MAX (0, (gtk_widget_get_width (GTK_WIDGET (self)) - width) / 2);
  *y = 0;
}

static void
to_layout (LtNetworkView *self,
           double         x,
           double         y,
           double        *lx,
           double        *ly)
{
  double ox, oy;

  origin (self, &ox, &oy);
  *lx = (x - ox) / scale (self);
  *ly = (y - oy) / scale (self);
}

static void
lt_network_view_measure (GtkWidget     *widget,
                         GtkOrientation orientation,
                         int            for_size,
                         int           *minimum,
                         int           *natural,
                         int           *minimum_baseline,
                         int           *natural_baseline)
{
  LtNetworkView *self = LT_NETWORK_VIEW (widget);
  double         size = 0;

  if (self->layout != NULL)
    size = orientation == GTK_ORIENTATION_HORIZONTAL ? self->layout->width : self->layout->height;
  *minimum = *natural = (int) ceil (size * scale (self));
}

static void
lt_network_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  LtNetworkView   *self = LT_NETWORK_VIEW (widget);
  LtDiagramPalette palette;
  double           ox, oy;
  cairo_t         *cr;

  if (self->layout == NULL)
    return;
  if (!self->palette_valid)
    {
      lt_diagram_palette_from_widget (widget, &self->palette);
      self->palette_valid = TRUE;
    }
  palette = self->palette;
  origin (self, &ox, &oy);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                                 gtk_widget_get_height (widget)));
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, scale (self), scale (self));
  lt_network_paint (cr, self->layout, self->map, &palette, self->selected);

  /* Where a dragged person would land: a dot following the pointer. */
  if (self->dragged >= 0)
    {
      double lx, ly;

      to_layout (self, self->drag_x, self->drag_y, &lx, &ly);
      cairo_arc (cr, lx, ly, 8, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, palette.accent.red, palette.accent.green, palette.accent.blue, 0.7);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
}

/* ---- selection and menu ------------------------------------------------ */

static void
select_index (LtNetworkView *self,
              int            index)
{
  if (self->selected == index)
    return;
  self->selected = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static int
hit (LtNetworkView *self,
     double         x,
     double         y)
{
  double lx, ly;

  if (self->layout == NULL)
    return -1;
  to_layout (self, x, y, &lx, &ly);
  return lt_network_layout_hit (self->layout, lx, ly);
}

static void
popup_menu_at (LtNetworkView *self,
               double         x,
               double         y)
{
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenu) wishes = g_menu_new ();
  g_autoptr (GMenu) most = g_menu_new ();

  if (self->store == NULL || self->selected < 0)
    return;
  g_menu_append (menu, _ ("_Edit…"), "network.edit-person");
  g_menu_append (most, _ ("_Matters Most to the Child"), "network.matters-most");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (most));
  g_menu_append (wishes, _ ("Wants to _Keep in Touch"), "network.set-wish::keep");
  g_menu_append (wishes, _ ("Wants Contact _Again"), "network.set-wish::restore");
  g_menu_append (wishes, _ ("_No Wish Noted"), "network.set-wish::none");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (wishes));
  lt_diagram_popup_menu (GTK_WIDGET (self), &self->menu, G_MENU_MODEL (menu), x, y);
}

static void
popup_menu_at_selection (LtNetworkView *self)
{
  const LtNetworkPlace *place;
  double                ox, oy;

  if (self->selected < 0)
    return;
  origin (self, &ox, &oy);
  place = &g_array_index (self->layout->places, LtNetworkPlace, self->selected);
  popup_menu_at (self, ox + place->x * scale (self), oy + place->y * scale (self));
}

/* ---- input ------------------------------------------------------------- */

static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               LtNetworkView   *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  select_index (self, hit (self, x, y));
  if (button == GDK_BUTTON_SECONDARY)
    popup_menu_at (self, x, y);
  else if (n_press == 2 && self->selected >= 0 && self->store != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "network.edit-person", NULL);
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  LtNetworkView  *self)
{
  self->dragged = self->store != NULL ? hit (self, x, y) : -1;
  if (self->dragged < 0)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          offset_x,
                   double          offset_y,
                   LtNetworkView  *self)
{
  double start_x, start_y;

  if (self->dragged < 0 || hypot (offset_x, offset_y) < DRAG_THRESHOLD)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);
  self->drag_x = start_x + offset_x;
  self->drag_y = start_y + offset_y;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Saves a person's new sector and circle. */
static void
move_member (LtNetworkView *self,
             int            index,
             LtCircle       sector,
             int            closeness)
{
  LtNetworkMember *member = member_at (self, index);
  LtRecord        *person;
  g_autoptr (LtRecord) draft = NULL;
  g_autoptr (GError) error = NULL;

  if (member->sector == sector && member->closeness == closeness)
    return;
  person = lt_store_lookup (self->store, LT_TYPE_PERSON, member->person_id, &error);
  if (person != NULL)
    {
      draft = lt_record_copy (person);
      lt_person_set_circle (LT_PERSON (draft), sector);
      lt_person_set_closeness (LT_PERSON (draft), closeness);
    }
  if (person == NULL || !lt_store_save (self->store, draft, &error))
    lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                LtNetworkView  *self)
{
  int      index = self->dragged;
  double   start_x, start_y, lx, ly;
  LtCircle sector;
  int      closeness;

  self->dragged = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (index < 0 || hypot (offset_x, offset_y) < DRAG_THRESHOLD)
    return;
  gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);
  to_layout (self, start_x + offset_x, start_y + offset_y, &lx, &ly);
  if (lt_network_layout_locate (self->layout, lx, ly, &sector, &closeness))
    move_member (self, index, sector, closeness);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LtNetworkView         *self)
{
  int n = self->map != NULL ? (int) self->map->members->len : 0;

  if (n == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
      select_index (self, (self->selected + 1) % n);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      select_index (self, self->selected <= 0 ? n - 1 : self->selected - 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->selected >= 0 && self->store != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "network.edit-person", NULL);
      return TRUE;
    case GDK_KEY_Menu:
      popup_menu_at_selection (self);
      return TRUE;
    case GDK_KEY_F10:
      if ((state & GDK_SHIFT_MASK) == 0)
        return FALSE;
      popup_menu_at_selection (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
on_query_tooltip_cb (LtNetworkView *self,
                     int            x,
                     int            y,
                     gboolean       keyboard,
                     GtkTooltip    *tooltip)
{
  int              index = keyboard ? self->selected : hit (self, x, y);
  LtNetworkMember *member;
  g_autofree char *text = NULL;

  if (index < 0)
    return FALSE;
  member = member_at (self, index);
  text = g_strdup_printf ("%s\n%s · %s", member->name, lt_circle_to_label (member->sector),
                          lt_contact_wish_to_label (member->wish));
  if (member->matters_most)
    {
      g_autofree char *plain = g_steal_pointer (&text);

      text = g_strdup_printf ("%s\n%s", plain, lt_network_matters_most_label ());
    }
  if (self->contacts != NULL && member->person_id > 0)
    {
      g_autofree char *plain = g_steal_pointer (&text);
      g_autofree char *dates =
          lt_contact_describe_dates (lt_contact_summary_lookup (self->contacts, member->person_id));

      text = g_strdup_printf ("%s\n\n%s\n%s", plain, dates, lt_contact_how_counted ());
    }
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ---- GObject ----------------------------------------------------------- */

static void
lt_network_view_dispose (GObject *object)
{
  LtNetworkView *self = LT_NETWORK_VIEW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  g_clear_pointer (&self->layout, lt_network_layout_free);
  g_clear_pointer (&self->map, lt_network_map_free);
  g_clear_pointer (&self->contacts, lt_contact_summary_free);

  G_OBJECT_CLASS (lt_network_view_parent_class)->dispose (object);
}

static void
lt_network_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_int64 (value, lt_network_view_get_selected (LT_NETWORK_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The colours are read from the style here, not while drawing: reading the
 * style during a snapshot can make GTK 4.8 recompute it under the snapshot
 * of the widgets around, which then reads freed memory. */
static void
lt_network_view_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  LtNetworkView *self = LT_NETWORK_VIEW (widget);

  GTK_WIDGET_CLASS (lt_network_view_parent_class)->css_changed (widget, change);
  lt_diagram_palette_from_widget (widget, &self->palette);
  self->palette_valid = TRUE;
  gtk_widget_queue_draw (widget);
}

static void
lt_network_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  LtNetworkView *self = LT_NETWORK_VIEW (widget);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
lt_network_view_class_init (LtNetworkViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_network_view_dispose;
  object_class->get_property = lt_network_view_get_property;
  widget_class->measure = lt_network_view_measure;
  widget_class->snapshot = lt_network_view_snapshot;
  widget_class->size_allocate = lt_network_view_size_allocate;
  widget_class->css_changed = lt_network_view_css_changed;

  properties[PROP_SELECTED] =
      g_param_spec_int64 ("selected", NULL, NULL, -1, G_MAXINT64, -1,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "networkmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lt_network_view_init (LtNetworkView *self)
{
  GtkGesture         *click = gtk_gesture_click_new ();
  GtkGesture         *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->selected = -1;
  self->dragged = -1;
  self->zoom = DEFAULT_ZOOM;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
}

GtkWidget *
lt_network_view_new (void)
{
  return g_object_new (LT_TYPE_NETWORK_VIEW, NULL);
}

/* Shows @child's people as they are now, and follows changes. */
void
lt_network_view_show_live (LtNetworkView *self,
                           LtStore       *store,
                           LtChild       *child)
{
  g_return_if_fail (LT_IS_NETWORK_VIEW (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_set_object (&self->child, child);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  if (child == NULL)
    set_map (self, NULL);
  rebuild (self);
}

/**
 * lt_network_view_show_saved:
 * @map: (transfer full) (nullable): a saved map, shown as it was
 */
void
lt_network_view_show_saved (LtNetworkView *self,
                            LtNetworkMap  *map)
{
  g_return_if_fail (LT_IS_NETWORK_VIEW (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  g_clear_pointer (&self->contacts, lt_contact_summary_free);
  set_map (self, map);
}

/* Returns: the selected person's id, or -1 (also for a saved map's people) */
gint64
lt_network_view_get_selected (LtNetworkView *self)
{
  g_return_val_if_fail (LT_IS_NETWORK_VIEW (self), -1);

  if (self->map == NULL || self->selected < 0 || member_at (self, self->selected)->person_id == 0)
    return -1;
  return member_at (self, self->selected)->person_id;
}

const LtNetworkMap *
lt_network_view_get_map (LtNetworkView *self)
{
  g_return_val_if_fail (LT_IS_NETWORK_VIEW (self), NULL);

  return self->map;
}

void
lt_network_view_zoom (LtNetworkView *self,
                      double         factor)
{
  g_return_if_fail (LT_IS_NETWORK_VIEW (self));

  self->zoom = factor == 0 ? DEFAULT_ZOOM : CLAMP (self->zoom * factor, MIN_ZOOM, MAX_ZOOM);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
