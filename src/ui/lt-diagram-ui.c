/* lt-diagram-ui.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the diagram views share: colours from the widget's style, and
 * asking where to export a drawing and writing it there.  The file's ending
 * chooses the format; one without a known ending becomes a PDF, the format
 * that prints best.  Success and failure are told in a toast.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-diagram-ui.h"
#include "lt-window.h"

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              LtColor         *color)
{
  GdkRGBA rgba;

  if (gtk_style_context_lookup_color (context, name, &rgba))
    *color = (LtColor){ rgba.red, rgba.green, rgba.blue, rgba.alpha };
}

/* The diagram palette, with ink, paper and accent from @widget's style so
 * a drawing follows the light and dark look. */
void
lt_diagram_palette_from_widget (GtkWidget        *widget,
                                LtDiagramPalette *palette)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  gboolean         dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA          fg;

  lt_diagram_palette_init (palette, dark);
  gtk_style_context_get_color (context, &fg);
  palette->ink = (LtColor){ fg.red, fg.green, fg.blue, 1.0 };
  palette->muted = (LtColor){ fg.red, fg.green, fg.blue, 0.6 };
  lookup_color (context, "accent_bg_color", &palette->accent);
  lookup_color (context, "view_bg_color", &palette->backdrop);
}

/**
 * lt_diagram_popup_menu:
 * @menu: (inout): the widget's popover, made here the first time
 *
 * Opens a context menu of @model at @x, @y in @widget.
 */
void
lt_diagram_popup_menu (GtkWidget  *widget,
                       GtkWidget **menu,
                       GMenuModel *model,
                       double      x,
                       double      y)
{
  if (*menu == NULL)
    {
      *menu = gtk_popover_menu_new_from_model (NULL);
      gtk_widget_set_parent (*menu, widget);
      gtk_popover_set_has_arrow (GTK_POPOVER (*menu), FALSE);
      gtk_widget_set_halign (*menu, GTK_ALIGN_START);
    }
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (*menu), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (*menu), &(GdkRectangle){ (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (*menu));
}

typedef struct
{
  GtkWidget         *from;
  LtDiagramWriteFunc write;
  gpointer           data;
  GDestroyNotify     destroy;
} Export;

static void
export_free (Export *export)
{
  if (export->destroy != NULL)
    export->destroy (export->data);
  g_object_unref (export->from);
  g_free (export);
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   Export *export)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  LtDiagramFormat  format;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (!lt_diagram_format_from_path (path, &format, NULL))
        {
          char *with_ending = g_strconcat (path, ".pdf", NULL);

          g_free (path);
          path = with_ending;
        }
      name = g_path_get_basename (path);
      if (export->write (path, export->data, &error))
        lt_window_toast_from (export->from, adw_toast_new_format (_ ("Saved as “%s”"), name));
      else
        lt_window_toast_from (export->from, adw_toast_new (error->message));
    }
  g_object_unref (chooser);
  export_free (export);
}

static void
add_filter (GtkFileChooserNative *chooser,
            const char           *name,
            const char           *pattern)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
}

/**
 * lt_diagram_chooser_export:
 * @from: the widget asking; its window is the chooser's parent
 * @suggested_name: a file name to offer, ending in .pdf
 * @write: writes the drawing once a file is chosen
 *
 * Shows a save dialog; @destroy is called on @data when it is done.
 */
void
lt_diagram_chooser_export (GtkWidget         *from,
                           const char        *suggested_name,
                           LtDiagramWriteFunc write,
                           gpointer           data,
                           GDestroyNotify     destroy)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (
      _ ("Export Drawing"), GTK_WINDOW (gtk_widget_get_root (from)), GTK_FILE_CHOOSER_ACTION_SAVE,
      _ ("_Export"), _ ("_Cancel"));
  Export *export = g_new0 (Export, 1);

  export->from = g_object_ref (from);
  export->write = write;
  export->data = data;
  export->destroy = destroy;

  add_filter (chooser, _ ("PDF, for printing (.pdf)"), "*.[pP][dD][fF]");
  add_filter (chooser, _ ("Picture (.png)"), "*.[pP][nN][gG]");
  add_filter (chooser, _ ("Drawing to edit further (.svg)"), "*.[sS][vV][gG]");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
