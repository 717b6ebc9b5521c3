/* lt-screenshot.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Saving a widget to PNG with its own renderer, for tests, the README and
 * bug reports.  Used by the --screenshot developer option.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-screenshot.h"

/**
 * lt_screenshot_save:
 * @widget: a realized, mapped widget (usually a window)
 * @path: where to write the PNG
 *
 * Returns: %TRUE when the file was written
 */
gboolean
lt_screenshot_save (GtkWidget  *widget,
                    const char *path,
                    GError    **error)
{
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int          width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  if (renderer == NULL || width <= 0 || height <= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _ ("The window is not shown yet, so it cannot be saved as a picture."));
      return FALSE;
    }

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _ ("The window drew nothing to save."));
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Could not write the picture to “%s”."),
                   path);
      return FALSE;
    }
  return TRUE;
}
