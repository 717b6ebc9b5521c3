/* lt-genogram-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtGenogramView: a child's genogram, drawn by render/.
 *
 * The view keeps the genogram and its layout, rebuilt when people or
 * relations change.  Click selects a person, a double click (or Enter)
 * edits them, a right click (or Menu / Shift+F10) opens the context menu
 * of "family.*" actions, which the page around the view carries out.
 * Dragging a person nudges them: the layout follows while dragging and the
 * nudge is saved when the drag ends.  The arrow keys move the selection.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lt-diagram-ui.h"
#include "lt-genogram-layout.h"
#include "lt-genogram-painter.h"
#include "lt-genogram-view.h"
#include "lt-window.h"

#define DEFAULT_ZOOM (96.0 / 72.0) /* the layout is in points, the screen in pixels */
#define MIN_ZOOM 0.3
#define MAX_ZOOM 3.0
#define DRAG_THRESHOLD 3.0

struct _LtGenogramView
{
  GtkWidget parent_instance;

  LtStore          *store;
  LtChild          *child;
  LtGenogram       *genogram;
  LtGenogramLayout *layout;
  int               selected; /* person index, or -1 */
  double            zoom;

  /* dragging */
  int    dragged;
  double drag_x, drag_y; /* in layout points */
  double base_nudge_x, base_nudge_y;

  GtkWidget *menu;
};

G_DEFINE_FINAL_TYPE (LtGenogramView, lt_genogram_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- model ------------------------------------------------------------- */

static LtGenogramPerson *
person_at (LtGenogramView *self,
           int             index)
{
  return g_ptr_array_index (self->genogram->persons, index);
}

static void
relayout (LtGenogramView *self)
{
  g_clear_pointer (&self->layout, lt_genogram_layout_free);
  if (self->genogram != NULL)
    self->layout = lt_genogram_layout_new (self->genogram);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
update_accessible_label (LtGenogramView *self)
{
  g_autofree char *label = NULL;

  if (self->child == NULL)
    return;
  label = g_strdup_printf (ngettext ("Family tree of %s with %u person. The relations are listed "
                                     "beside it.",
                                     "Family tree of %s with %u people. The relations are listed "
                                     "beside it.",
                                     self->genogram->persons->len),
                           lt_child_get_display_name (self->child), self->genogram->persons->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Reads the genogram again, keeping the selected person if they are still there. */
static void
rebuild (LtGenogramView *self)
{
  gint64 selected = lt_genogram_view_get_selected (self);

  g_clear_pointer (&self->genogram, lt_genogram_free);
  if (self->store != NULL && self->child != NULL)
    {
      self->genogram = lt_genogram_new_from_store (self->store, self->child);
      self->selected = selected == LT_GENOGRAM_VIEW_NONE
                           ? -1
                           : lt_genogram_find_person (self->genogram, selected);
      update_accessible_label (self);
    }
  else
    self->selected = -1;
  self->dragged = -1;
  relayout (self);
  if (lt_genogram_view_get_selected (self) != selected)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_store_changed (LtGenogramView *self,
                  GType           kind,
                  gint64          id)
{
  if (kind == LT_TYPE_PERSON || kind == LT_TYPE_RELATION || kind == LT_TYPE_CHILD)
    rebuild (self);
}

/* ---- drawing ----------------------------------------------------------- */

static void
origin (LtGenogramView *self,
        double         *x,
        double         *y)
{
  double width = self->layout != NULL ? self->layout->width * self->zoom : 0;

  *x = MAX (0, (gtk_widget_get_width (GTK_WIDGET (self)) - width) / 2);
  *y = 0;
}

static void
to_layout (LtGenogramView *self,
           double          x,
           double          y,
           double         *lx,
           double         *ly)
{
  double ox, oy;

  origin (self, &ox, &oy);
  *lx = (x - ox) / self->zoom;
  *ly = (y - oy) / self->zoom;
}

static void
lt_genogram_view_measure (GtkWidget     *widget,
                          GtkOrientation orientation,
                          int            for_size,
                          int           *minimum,
                          int           *natural,
                          int           *minimum_baseline,
                          int           *natural_baseline)
{
  LtGenogramView *self = LT_GENOGRAM_VIEW (widget);
  double          size = 0;

  if (self->layout != NULL)
    size = orientation == GTK_ORIENTATION_HORIZONTAL ? self->layout->width : self->layout->height;
  *minimum = *natural = (int) ceil (size * self->zoom);
}

static void
lt_genogram_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  LtGenogramView  *self = LT_GENOGRAM_VIEW (widget);
  LtDiagramPalette palette;
  double           ox, oy;
  cairo_t         *cr;

  if (self->layout == NULL)
    return;
  lt_diagram_palette_from_widget (GTK_WIDGET (self), &palette);
  origin (self, &ox, &oy);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                                 gtk_widget_get_height (widget)));
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, self->zoom, self->zoom);
  lt_genogram_paint (cr, self->layout, self->genogram, &palette, self->selected);
  cairo_destroy (cr);

  if (self->selected >= 0 && gtk_widget_has_visible_focus (widget))
    {
      const LtGenogramNode *node =
          &g_array_index (self->layout->nodes, LtGenogramNode, self->selected);
      GskRoundedRect ring;
      GdkRGBA        accent = { palette.accent.red, palette.accent.green, palette.accent.blue,
                                1.0 };
      float          widths[4] = { 2, 2, 2, 2 };
      GdkRGBA        colors[4] = { accent, accent, accent, accent };

      gsk_rounded_rect_init_from_rect (
          &ring,
          &GRAPHENE_RECT_INIT (ox + (node->symbol.x - 6) * self->zoom,
                               oy + (node->symbol.y - 6) * self->zoom,
                               (node->symbol.width + 12) * self->zoom,
                               (node->symbol.height + 12) * self->zoom),
          6);
      gtk_snapshot_append_border (snapshot, &ring, widths, colors);
    }
}

/* ---- selection --------------------------------------------------------- */

static void
select_index (LtGenogramView *self,
              int             index)
{
  if (self->selected == index)
    return;
  self->selected = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static int
hit (LtGenogramView *self,
     double          x,
     double          y)
{
  double lx, ly;

  if (self->layout == NULL)
    return -1;
  to_layout (self, x, y, &lx, &ly);
  return lt_genogram_layout_hit (self->layout, lx, ly);
}

/* The nearest person in a direction (dx, dy), for the arrow keys. */
static int
neighbour (LtGenogramView *self,
           double          dx,
           double          dy)
{
  const LtGenogramNode *from;
  double                best = G_MAXDOUBLE;
  int                   found = -1;

  if (self->layout == NULL || self->layout->nodes->len == 0)
    return -1;
  if (self->selected < 0)
    return 0;
  from = &g_array_index (self->layout->nodes, LtGenogramNode, self->selected);
  for (guint i = 0; i < self->layout->nodes->len; i++)
    {
      const LtGenogramNode *node = &g_array_index (self->layout->nodes, LtGenogramNode, i);
      double                ax = node->x - from->x, ay = node->y - from->y;
      double                along = ax * dx + ay * dy, across = fabs (ax * dy - ay * dx);
      double                score;

      if ((int) i == self->selected || along <= 1)
        continue;
      score = along + 2 * across; /* straight ahead beats off to the side */
      if (score < best)
        {
          best = score;
          found = (int) i;
        }
    }
  return found;
}

/* ---- context menu ------------------------------------------------------ */

static GMenuModel *
make_menu (gboolean on_person)
{
  GMenu *menu = g_menu_new ();
  g_autoptr (GMenu) edit = g_menu_new ();
  g_autoptr (GMenu) add = g_menu_new ();
  g_autoptr (GMenu) end = g_menu_new ();

  if (on_person)
    {
      g_menu_append (edit, _ ("_Edit…"), "family.edit-person");
      g_menu_append (add, _ ("Add _Parent…"), "family.add-parent");
      g_menu_append (add, _ ("Add _Unknown Parent"), "family.add-unknown-parent");
      g_menu_append (add, _ ("Add Pa_rtner…"), "family.add-partner");
      g_menu_append (add, _ ("Add _Child…"), "family.add-child");
      g_menu_append (add, _ ("Add _Brother or Sister…"), "family.add-sibling");
      g_menu_append (add, _ ("Add Re_lation…"), "family.add-relation");
      g_menu_append (end, _ ("Put Back in _Place"), "family.reset-position");
      g_menu_append (end, _ ("_Delete Person…"), "family.remove-person");
    }
  else
    {
      g_menu_append (add, _ ("Add _Person…"), "family.add-person");
      g_menu_append (add, _ ("Add Re_lation…"), "family.add-relation");
      g_menu_append (end, _ ("Put _Everyone Back in Place"), "family.reset-all-positions");
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (add));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (end));
  return G_MENU_MODEL (menu);
}

static void
popup_menu_at (LtGenogramView *self,
               double          x,
               double          y)
{
  g_autoptr (GMenuModel) model = make_menu (self->selected >= 0);

  lt_diagram_popup_menu (GTK_WIDGET (self), &self->menu, model, x, y);
}

static void
popup_menu_at_selection (LtGenogramView *self)
{
  double ox, oy;

  origin (self, &ox, &oy);
  if (self->selected < 0)
    {
      popup_menu_at (self, 20, 20);
      return;
    }
  popup_menu_at (
      self,
      ox + g_array_index (self->layout->nodes, LtGenogramNode, self->selected).x * self->zoom,
      oy + g_array_index (self->layout->nodes, LtGenogramNode, self->selected).y * self->zoom);
}

/* ---- input ------------------------------------------------------------- */

static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               LtGenogramView  *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  select_index (self, hit (self, x, y));
  if (button == GDK_BUTTON_SECONDARY)
    popup_menu_at (self, x, y);
  else if (n_press == 2 && self->selected >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "family.edit-person", NULL);
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  LtGenogramView *self)
{
  self->dragged = hit (self, x, y);
  if (self->dragged < 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->base_nudge_x = person_at (self, self->dragged)->nudge_x;
  self->base_nudge_y = person_at (self, self->dragged)->nudge_y;
  self->drag_x = self->drag_y = 0;
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          offset_x,
                   double          offset_y,
                   LtGenogramView *self)
{
  LtGenogramPerson *person;

  if (self->dragged < 0 || hypot (offset_x, offset_y) < DRAG_THRESHOLD)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->drag_x = offset_x / self->zoom;
  self->drag_y = offset_y / self->zoom;
  person = person_at (self, self->dragged);
  person->nudge_x = self->base_nudge_x + self->drag_x;
  person->nudge_y = self->base_nudge_y + self->drag_y;
  relayout (self);
}

/* Keeps a nudge: on the person, or for the child in nothing (the child is
 * not a person record, so the child's place follows the family). */
static void
save_nudge (LtGenogramView *self,
            int             index,
            double          nudge_x,
            double          nudge_y)
{
  LtGenogramPerson *drawn = person_at (self, index);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtRecord) draft = NULL;
  LtRecord *person;

  if (drawn->person_id == 0)
    {
      lt_window_toast_from (GTK_WIDGET (self),
                            adw_toast_new (_ ("The child stays with their family; move the "
                                              "others around them")));
      rebuild (self);
      return;
    }
  person = lt_store_lookup (self->store, LT_TYPE_PERSON, drawn->person_id, &error);
  if (person != NULL)
    {
      draft = lt_record_copy (person);
      lt_person_set_genogram_dx (LT_PERSON (draft), (gint64) round (nudge_x));
      lt_person_set_genogram_dy (LT_PERSON (draft), (gint64) round (nudge_y));
    }
  if (person == NULL || !lt_store_save (self->store, draft, &error))
    {
      lt_window_toast_from (GTK_WIDGET (self), adw_toast_new (error->message));
      rebuild (self);
    }
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                LtGenogramView *self)
{
  int index = self->dragged;

  self->dragged = -1;
  if (index < 0 || hypot (offset_x, offset_y) < DRAG_THRESHOLD)
    return;
  save_nudge (self, index, person_at (self, index)->nudge_x, person_at (self, index)->nudge_y);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LtGenogramView        *self)
{
  int next = -2;

  switch (keyval)
    {
    case GDK_KEY_Left:
      next = neighbour (self, -1, 0);
      break;
    case GDK_KEY_Right:
      next = neighbour (self, 1, 0);
      break;
    case GDK_KEY_Up:
      next = neighbour (self, 0, -1);
      break;
    case GDK_KEY_Down:
      next = neighbour (self, 0, 1);
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->selected >= 0)
        gtk_widget_activate_action (GTK_WIDGET (self), "family.edit-person", NULL);
      return self->selected >= 0;
    case GDK_KEY_Delete:
      if (self->selected >= 0)
        gtk_widget_activate_action (GTK_WIDGET (self), "family.remove-person", NULL);
      return self->selected >= 0;
    case GDK_KEY_Menu:
      popup_menu_at_selection (self);
      return TRUE;
    case GDK_KEY_F10:
      if (state & GDK_SHIFT_MASK)
        {
          popup_menu_at_selection (self);
          return TRUE;
        }
      return FALSE;
    default:
      return FALSE;
    }
  if (next >= 0)
    select_index (self, next);
  return TRUE;
}

static gboolean
on_query_tooltip_cb (LtGenogramView *self,
                     int             x,
                     int             y,
                     gboolean        keyboard,
                     GtkTooltip     *tooltip)
{
  int               index = keyboard ? self->selected : hit (self, x, y);
  LtGenogramPerson *person;
  g_autofree char  *text = NULL;

  if (index < 0)
    return FALSE;
  person = person_at (self, index);
  text = person->years != NULL ? g_strdup_printf ("%s, %s", person->name, person->years)
                               : g_strdup (person->name);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ---- GObject ----------------------------------------------------------- */

static void
lt_genogram_view_dispose (GObject *object)
{
  LtGenogramView *self = LT_GENOGRAM_VIEW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->child);
  g_clear_pointer (&self->layout, lt_genogram_layout_free);
  g_clear_pointer (&self->genogram, lt_genogram_free);

  G_OBJECT_CLASS (lt_genogram_view_parent_class)->dispose (object);
}

static void
lt_genogram_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_int64 (value, lt_genogram_view_get_selected (LT_GENOGRAM_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_genogram_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  LtGenogramView *self = LT_GENOGRAM_VIEW (widget);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
lt_genogram_view_class_init (LtGenogramViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_genogram_view_dispose;
  object_class->get_property = lt_genogram_view_get_property;
  widget_class->measure = lt_genogram_view_measure;
  widget_class->snapshot = lt_genogram_view_snapshot;
  widget_class->size_allocate = lt_genogram_view_size_allocate;

  properties[PROP_SELECTED] =
      g_param_spec_int64 ("selected", NULL, NULL, -1, G_MAXINT64, -1,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "genogram");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lt_genogram_view_init (LtGenogramView *self)
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
lt_genogram_view_new (void)
{
  return g_object_new (LT_TYPE_GENOGRAM_VIEW, NULL);
}

void
lt_genogram_view_set_store (LtGenogramView *self,
                            LtStore        *store)
{
  g_return_if_fail (LT_IS_GENOGRAM_VIEW (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  rebuild (self);
}

void
lt_genogram_view_set_child (LtGenogramView *self,
                            LtChild        *child)
{
  g_return_if_fail (LT_IS_GENOGRAM_VIEW (self));

  if (g_set_object (&self->child, child))
    {
      self->selected = -1;
      rebuild (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }
}

/* Returns: the selected person's id, 0 for the child, or LT_GENOGRAM_VIEW_NONE */
gint64
lt_genogram_view_get_selected (LtGenogramView *self)
{
  g_return_val_if_fail (LT_IS_GENOGRAM_VIEW (self), LT_GENOGRAM_VIEW_NONE);

  if (self->genogram == NULL || self->selected < 0)
    return LT_GENOGRAM_VIEW_NONE;
  return person_at (self, self->selected)->person_id;
}

void
lt_genogram_view_select (LtGenogramView *self,
                         gint64          person_id)
{
  g_return_if_fail (LT_IS_GENOGRAM_VIEW (self));

  if (self->genogram != NULL)
    select_index (self, lt_genogram_find_person (self->genogram, person_id));
}

const LtGenogram *
lt_genogram_view_get_genogram (LtGenogramView *self)
{
  g_return_val_if_fail (LT_IS_GENOGRAM_VIEW (self), NULL);

  return self->genogram;
}

/* Multiplies the zoom by @factor, within limits; 0 goes back to the start. */
void
lt_genogram_view_zoom (LtGenogramView *self,
                       double          factor)
{
  g_return_if_fail (LT_IS_GENOGRAM_VIEW (self));

  self->zoom = factor == 0 ? DEFAULT_ZOOM : CLAMP (self->zoom * factor, MIN_ZOOM, MAX_ZOOM);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
