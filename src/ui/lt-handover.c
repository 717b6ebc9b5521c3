/* lt-handover.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The handover package of a gentle move: one PDF for the new home and the
 * child's own photos, in a folder of its own.
 *
 * "Anbefalinger om skånsomme skift i anbringelsen" (Social- og
 * Boligstyrelsen, 2024) asks that knowledge about the child follows the
 * child.  The package puts the child's own words first, then the life-story
 * book made for the next placement, the network map and family tree, the
 * school overview, and who to call.  It lives in the ui layer because the
 * book is read through the snapshot the book export uses.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <cairo-pdf.h>
#include <errno.h>
#include <string.h>

#include "lt-file-util.h"
#include "lt-book-export.h"
#include "lt-book-pdf.h"
#include "lt-date.h"
#include "lt-genogram-painter.h"
#include "lt-genogram.h"
#include "lt-handover.h"
#include "lt-media.h"
#include "lt-network-painter.h"
#include "lt-pdf-file.h"
#include "lt-recurrence.h"
#include "lt-school-summary.h"

#define MARGIN 56.0
#define WEEKS_AHEAD 8
#define TEXT_WIDTH (LT_PDF_A4_WIDTH - 2 * MARGIN)

typedef struct
{
  LtHandoverProgressFunc func;
  gpointer               data;
} Progress;

static void
report (const Progress *progress,
        double          fraction,
        const char     *step)
{
  if (progress->func != NULL)
    progress->func (fraction, step, progress->data);
}

static gboolean
set_errno_error (GError    **error,
                 int         saved_errno,
                 const char *message,
                 const char *path)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), message, path,
               g_strerror (saved_errno));
  return FALSE;
}

/* ---- the pages ------------------------------------------------------- */

/* Sets @text at @y and returns the y below it. */
static double
text_at (cairo_t    *cr,
         const char *text,
         double      y,
         double      size,
         gboolean    bold,
         gboolean    muted)
{
  return y + lt_pdf_text (cr, text, MARGIN, y, TEXT_WIDTH, size, bold, muted, PANGO_ALIGN_LEFT);
}

static double
heading (cairo_t    *cr,
         const char *text,
         double      y)
{
  return text_at (cr, text, y, 20, TRUE, FALSE) + 10;
}

static void
paint_about_page (cairo_t *cr,
                  LtChild *child,
                  LtMove  *move)
{
  g_autofree char *when = lt_date_format (lt_move_get_move_on (move));
  g_autofree char *title = g_strdup_printf (_ ("About me, %s"), lt_child_get_display_name (child));
  g_autofree char *where = g_strdup_printf (_ ("I am moving to %s on %s."),
                                            lt_move_get_to_place (move), when);
  double           y = heading (cr, title, MARGIN);

  y = text_at (cr, where, y, 12, FALSE, FALSE) + 6;
  if (lt_move_get_reason (move) != NULL)
    {
      y = text_at (cr, _ ("Why I am moving, in my own words"), y, 11, TRUE, TRUE) + 2;
      y = text_at (cr, lt_move_get_reason (move), y, 12, FALSE, FALSE) + 6;
    }
  for (LtMoveAbout a = 0; a < LT_N_MOVE_ABOUT; a++)
    {
      const char *text = lt_move_get_about (move, a);

      if (text == NULL)
        continue;
      y += 8;
      y = text_at (cr, lt_move_about_to_heading (a), y, 14, TRUE, FALSE) + 2;
      y = text_at (cr, text, y, 12, FALSE, FALSE);
    }
}

/* Scales a drawing of @width × @height points to fit below a heading. */
static void
fit_drawing (cairo_t *cr,
             double   top,
             double   width,
             double   height)
{
  double room_w = TEXT_WIDTH;
  double room_h = LT_PDF_A4_HEIGHT - top - MARGIN;
  double scale = MIN (room_w / MAX (width, 1), room_h / MAX (height, 1));

  scale = MIN (scale, 1.5);
  cairo_translate (cr, MARGIN + (room_w - width * scale) / 2, top);
  cairo_scale (cr, scale, scale);
}

static void
paint_network_page (cairo_t *cr,
                    LtStore *store,
                    LtChild *child)
{
  g_autoptr (GListModel) persons = lt_store_list_persons (store, child);
  g_autoptr (LtNetworkMap) map = lt_network_map_new_from_persons (lt_child_get_display_name (child), persons);
  g_autoptr (LtNetworkLayout) layout = lt_network_layout_new (map);
  g_autofree char *title = g_strdup_printf (_ ("%s’s network"), lt_child_get_display_name (child));
  LtDiagramPalette palette;
  double           top = heading (cr, title, MARGIN);

  lt_diagram_palette_init (&palette, FALSE);
  cairo_save (cr);
  fit_drawing (cr, top, layout->width, layout->height);
  lt_network_paint (cr, layout, map, &palette, -1);
  cairo_restore (cr);
}

static void
paint_genogram_page (cairo_t *cr,
                     LtStore *store,
                     LtChild *child)
{
  g_autoptr (LtGenogram) genogram = lt_genogram_new_from_store (store, child);
  g_autoptr (LtGenogramLayout) layout = lt_genogram_layout_new (genogram);
  g_autofree char *title = g_strdup_printf (_ ("%s’s family"), lt_child_get_display_name (child));
  LtDiagramPalette palette;
  double           top = heading (cr, title, MARGIN);

  lt_diagram_palette_init (&palette, FALSE);
  cairo_save (cr);
  fit_drawing (cr, top, layout->width, layout->height);
  lt_genogram_paint (cr, layout, genogram, &palette, -1);
  cairo_restore (cr);
}

static gboolean
is_professional (LtPerson *person)
{
  return lt_person_get_circle (person) == LT_CIRCLE_PROFESSIONALS;
}

static double
paint_contacts (cairo_t *cr,
                LtStore *store,
                LtChild *child,
                double   y)
{
  g_autoptr (GListModel) persons = lt_store_list_persons (store, child);
  guint n = 0;

  y = heading (cr, _ ("Important contacts"), y);
  for (guint i = 0; i < g_list_model_get_n_items (persons) && y < LT_PDF_A4_HEIGHT / 2; i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);
      const char      *phone = lt_person_get_phone (person);
      g_autofree char *line = NULL;

      if (lt_person_get_deceased (person) || (phone == NULL && !is_professional (person)))
        continue;
      line = g_strdup_printf ("%s (%s)%s%s", lt_person_get_name (person),
                              lt_person_role_to_label (lt_person_get_role (person)),
                              phone != NULL ? " · " : "", phone != NULL ? phone : "");
      y = text_at (cr, line, y, 11, FALSE, FALSE) + 3;
      n++;
    }
  if (n == 0)
    y = text_at (cr, _ ("No phone numbers are written down yet."), y, 11, FALSE, TRUE);
  return y;
}

static void
paint_upcoming (cairo_t *cr,
                LtStore *store,
                LtChild *child,
                double   y)
{
  g_autoptr (GListModel) list = lt_store_list_records (store, LT_TYPE_EVENT, lt_record_get_id (LT_RECORD (child)));
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) occurrences = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) from = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autofree char *title = g_strdup_printf (_ ("Visits and meetings, the next %d weeks"), WEEKS_AHEAD);
  gint64           start = g_date_time_to_unix (from);
  guint            n = 0;

  y = heading (cr, title, y + 14);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (events, g_list_model_get_item (list, i));
  occurrences = lt_occurrences_expand (events, start, start + WEEKS_AHEAD * 7 * 86400, NULL);
  for (guint i = 0; occurrences != NULL && i < occurrences->len; i++)
    {
      const LtOccurrence *o = g_ptr_array_index (occurrences, i);
      g_autoptr (GDateTime) when = NULL;
      g_autofree char *day = NULL;
      g_autofree char *line = NULL;

      if (o->cancelled)
        continue;
      if (y > LT_PDF_A4_HEIGHT - MARGIN - 20)
        {
          text_at (cr, "…", y, 11, FALSE, TRUE);
          break;
        }
      when = g_date_time_new_from_unix_local (o->start);
      /* TRANSLATORS: a day and time in a list of visits, see g_date_time_format() */
      day = g_date_time_format (when, _ ("%a %e %b %Y, %H:%M"));
      line = g_strdup_printf ("%s — %s", day, lt_event_get_title (o->event));
      y = text_at (cr, line, y, 11, FALSE, FALSE) + 3;
      n++;
    }
  if (n == 0)
    text_at (cr, _ ("Nothing is planned yet."), y, 11, FALSE, TRUE);
}

/* Writes the PDF page by page; the book's pages keep their own size. */
static gboolean
write_pdf (LtStore        *store,
           LtChild        *child,
           LtMove         *move,
           const char     *path,
           const Progress *progress,
           GError        **error)
{
  g_autoptr (LtBook) book = lt_book_snapshot_new (store, child, LT_AUDIENCE_NEXT_PLACEMENT, LT_BOOK_PAPER_A4);
  g_autoptr (LtBookPages) pages = lt_book_pages_new (book);
  g_autoptr (LtSchoolReport) school = NULL;
  g_autofree char *title = g_strdup_printf (_ ("Handover for %s"), lt_child_get_display_name (child));
  cairo_surface_t *surface = cairo_pdf_surface_create (path, LT_PDF_A4_WIDTH, LT_PDF_A4_HEIGHT);
  cairo_t         *cr = cairo_create (surface);
  guint            n_pages = lt_book_pages_get_n_pages (pages);
  cairo_status_t   status;
  GDate            today;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  report (progress, 0.05, _ ("About me"));
  paint_about_page (cr, child, move);
  cairo_show_page (cr);

  for (guint i = 0; i < n_pages; i++)
    {
      double width, height;

      report (progress, 0.1 + 0.5 * i / MAX (n_pages, 1), _ ("The life-story book"));
      lt_book_pages_get_size (pages, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      lt_book_pages_paint (pages, cr, i);
      cairo_show_page (cr);
    }
  cairo_pdf_surface_set_size (surface, LT_PDF_A4_WIDTH, LT_PDF_A4_HEIGHT);

  report (progress, 0.6, _ ("The network map and the family"));
  paint_network_page (cr, store, child);
  cairo_show_page (cr);
  paint_genogram_page (cr, store, child);
  cairo_show_page (cr);

  report (progress, 0.7, _ ("School"));
  lt_date_today (&today);
  school = lt_school_summary_new (store, child, &today);
  lt_school_report_paint (school, cr);
  cairo_show_page (cr);

  paint_upcoming (cr, store, child, paint_contacts (cr, store, child, MARGIN));
  cairo_show_page (cr);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS && g_chmod (path, 0600) != 0)
    status = CAIRO_STATUS_WRITE_ERROR;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Could not write “%s” (%s)."), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* ---- the photos ------------------------------------------------------ */

/* "2024-05-17 IMG_0042.jpg": the day it was taken and its own name, with
 * nothing a file system could take as a folder. */
static char *
photo_file_name (LtPhoto *photo)
{
  const char      *original = lt_photo_get_original_name (photo);
  const char      *taken = lt_photo_get_taken_at (photo);
  g_autofree char *base = g_path_get_basename (original != NULL ? original : lt_photo_get_file_name (photo));
  char            *name;

  if (taken != NULL && strlen (taken) >= 10)
    name = g_strdup_printf ("%.10s %s", taken, base);
  else
    name = g_steal_pointer (&base);
  g_strdelimit (name, "/\\:", '-');
  if (name[0] == '.')
    name[0] = '_';
  return name;
}

static gboolean
copy_photos (LtStore        *store,
             LtChild        *child,
             const char     *folder,
             const Progress *progress,
             GError        **error)
{
  g_autoptr (GListModel) photos = lt_store_list_photos (store, child);
  g_autoptr (GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (LtSecret) media_key = NULL;
  guint n = g_list_model_get_n_items (photos);

  media_key = lt_store_dup_media_key (store, lt_record_get_id (LT_RECORD (child)), error);
  if (error != NULL && *error != NULL)
    return FALSE;
  if (g_mkdir (folder, 0700) != 0)
    return set_errno_error (error, errno, _ ("Could not make the folder “%s”: %s"), folder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (LtPhoto) photo = g_list_model_get_item (photos, i);
      g_autofree char *source = g_build_filename (lt_store_get_media_dir (store), lt_photo_get_file_name (photo), NULL);
      g_autofree char *name = photo_file_name (photo);
      g_autofree char *target = NULL;
      g_autoptr (GBytes) contents = NULL;

      report (progress, 0.8 + 0.2 * i / MAX (n, 1), _ ("Photos"));
      if (!lt_photo_is_shown_to (photo, LT_AUDIENCE_NEXT_PLACEMENT))
        continue;
      /* Two photos of one day may share a name from different cameras. */
      for (guint k = 2; g_hash_table_contains (used, name); k++)
        {
          g_autofree char *stem = photo_file_name (photo);
          char            *dot = strrchr (stem, '.');
          g_autofree char *ext = g_strdup (dot != NULL ? dot : "");

          if (dot != NULL)
            *dot = '\0';
          g_free (name);
          name = g_strdup_printf ("%s (%u)%s", stem, k, ext);
        }
      g_hash_table_add (used, g_strdup (name));
      target = g_build_filename (folder, name, NULL);
      /* The handover is for people outside the household: the photos go
       * out as plain files, here only, where the adult chose. */
      contents = lt_media_load (source, media_key, error);
      if (contents == NULL ||
          !g_file_set_contents_full (target, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                                     G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- public ---------------------------------------------------------- */

/**
 * lt_handover_folder_name:
 *
 * Returns: (transfer full): the name of the package's folder, "Freja –
 *   overlevering"
 */
char *
lt_handover_folder_name (LtChild *child)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  name = g_strdup_printf ("%s – overlevering", lt_child_get_display_name (child));
  g_strdelimit (name, "/\\:", '-');
  return g_steal_pointer (&name);
}

/**
 * lt_handover_write_full:
 * @folder: the folder the package's own folder is made in
 * @progress: (nullable): told how far the work has come
 * @written: (out) (optional): the package's folder
 *
 * Writes "<child> – overlevering" in @folder: "overlevering.pdf" (the
 * "about me" page, the life-story book made for the next placement, the network
 * map, the family tree, the school overview, contacts and what is planned
 * the next weeks) and "Billeder" with the child's photos as their original
 * files.  All or nothing: it is built in a hidden folder beside it and
 * renamed at the end; everything is readable by its owner only.
 *
 * Returns: %TRUE, or %FALSE with @error, leaving nothing behind
 */
gboolean
lt_handover_write_full (LtStore               *store,
                        LtChild               *child,
                        LtMove                *move,
                        const char            *folder,
                        LtHandoverProgressFunc progress,
                        gpointer               progress_data,
                        char                 **written,
                        GError               **error)
{
  Progress         p = { progress, progress_data };
  g_autofree char *name = NULL;
  g_autofree char *target = NULL;
  g_autofree char *building = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *photos = NULL;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);
  g_return_val_if_fail (LT_IS_CHILD (child), FALSE);
  g_return_val_if_fail (LT_IS_MOVE (move), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  name = lt_handover_folder_name (child);
  target = g_build_filename (folder, name, NULL);
  if (g_file_test (target, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _ ("“%s” is already there. Move it away or choose another folder."), target);
      return FALSE;
    }
  building = g_build_filename (folder, ".overlevering-XXXXXX", NULL);
  if (g_mkdtemp_full (building, 0700) == NULL)
    return set_errno_error (error, errno, _ ("Could not write in “%s”: %s"), folder);

  pdf = g_build_filename (building, "overlevering.pdf", NULL);
  photos = g_build_filename (building, "Billeder", NULL);
  if (!write_pdf (store, child, move, pdf, &p, error) ||
      !copy_photos (store, child, photos, &p, error))
    {
      lt_file_remove_tree (building);
      return FALSE;
    }
  if (g_rename (building, target) != 0)
    {
      int saved_errno = errno;

      lt_file_remove_tree (building);
      return set_errno_error (error, saved_errno, _ ("Could not make the folder “%s”: %s"), target);
    }
  report (&p, 1.0, _ ("Done"));
  if (written != NULL)
    *written = g_steal_pointer (&target);
  return TRUE;
}

/**
 * lt_handover_write:
 *
 * lt_handover_write_full() without progress.
 */
gboolean
lt_handover_write (LtStore    *store,
                   LtChild    *child,
                   LtMove     *move,
                   const char *folder,
                   GError    **error)
{
  return lt_handover_write_full (store, child, move, folder, NULL, NULL, NULL, error);
}
