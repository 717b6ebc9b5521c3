/* lt-book-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Exporting a child's life-story book as PDF.
 *
 * On the main thread the store is read into an LtBook snapshot (texts and
 * photo file paths); a GTask thread lays out and writes the PDF from the
 * snapshot alone, reporting progress back, and can be cancelled.  The same
 * snapshot and writer serve `livstraad --export-book`.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-book-audience.h"
#include "lt-book-export.h"
#include "lt-genogram-painter.h"
#include "lt-network-painter.h"
#include "lt-book-pdf.h"
#include "lt-date.h"
#include "lt-photo-import.h"
#include "lt-window.h"

/* ---- the snapshot ---------------------------------------------------- */

static LtBookAuthor
book_author (LtAuthor author)
{
  switch (author)
    {
    case LT_AUTHOR_CHILD:
      return LT_BOOK_AUTHOR_CHILD;
    case LT_AUTHOR_TOGETHER:
      return LT_BOOK_AUTHOR_TOGETHER;
    case LT_AUTHOR_ADULT:
    default:
      return LT_BOOK_AUTHOR_ADULT;
    }
}

/* The print rendition made at import when there is one (it passes
 * straight into the PDF), else the photo itself. */
static char *
photo_path (LtStore *store,
            LtPhoto *photo)
{
  g_autofree char *folder = lt_store_dup_child_media_dir (store, lt_photo_get_child_id (photo));
  g_autofree char *print = lt_photo_print_path (folder, lt_photo_get_sha256 (photo));

  if (g_file_test (print, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&print);
  return g_build_filename (lt_store_get_media_dir (store), lt_photo_get_file_name (photo), NULL);
}

static char *
book_subtitle (LtChild *child)
{
  GDate            today;
  g_autofree char *date = NULL;
  g_autofree char *iso = NULL;

  lt_date_today (&today);
  iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&today), g_date_get_month (&today),
                         g_date_get_day (&today));
  date = lt_date_format (iso);
  /* Translators: under the book's title on its cover; %s is today's date */
  return g_strdup_printf (_ ("My life story · %s"), date);
}

/* What a snapshot is made for: one audience, on one day (letters for
 * later open on their day). */
typedef struct
{
  LtStore   *store;
  LtAudience audience;
  char      *today;
} Snapshot;

/* Adds @entry's page with the photos its audience may see.
 * Returns: how many of its photos were kept back for the audience (not
 * counting those the child said no to: the child knows about those). */
static guint
add_entry (LtBook        *book,
           LtBookChapter *chapter,
           Snapshot      *snapshot,
           LtStoryEntry  *entry)
{
  g_autoptr (GPtrArray) photos = lt_store_dup_entry_photos (snapshot->store, entry, NULL);
  LtBookEntry *page = lt_book_chapter_add_entry (chapter, lt_story_entry_get_title (entry),
                                                 lt_story_entry_get_date_text (entry),
                                                 lt_story_entry_get_body (entry),
                                                 book_author (lt_story_entry_get_author (entry)));
  guint        kept = 0;

  for (guint i = 0; photos != NULL && i < photos->len; i++)
    {
      LtPhoto         *photo = g_ptr_array_index (photos, i);
      g_autofree char *path = NULL;

      if (!lt_photo_is_shown_to (photo, snapshot->audience))
        {
          kept += lt_photo_get_child_veto (photo) ? 0 : 1;
          continue;
        }
      path = photo_path (snapshot->store, photo);
      lt_book_entry_add_photo (page, path, lt_photo_get_caption (photo),
                               (int) lt_photo_get_orientation (photo));
      /* The first photo of the book is its cover. */
      if (book->cover == NULL)
        lt_book_set_cover (book, path, (int) lt_photo_get_orientation (photo));
    }
  return kept;
}

/* The photo the child chose for the cover, if the audience may see it;
 * without one, the book's first photo becomes the cover as the pages are
 * added. */
static void
set_chosen_cover (LtBook   *book,
                  Snapshot *snapshot,
                  LtChild  *child)
{
  g_autoptr (GListModel) photos = lt_store_list_photos (snapshot->store, child);

  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr (LtPhoto) photo = g_list_model_get_item (photos, i);

      if (lt_photo_get_is_cover (photo) && lt_photo_is_shown_to (photo, snapshot->audience))
        {
          g_autofree char *path = photo_path (snapshot->store, photo);

          lt_book_set_cover (book, path, (int) lt_photo_get_orientation (photo));
          return;
        }
    }
}

/**
 * lt_book_kept_note_default:
 *
 * Returns: the app's own words, in a book made for the child, where pages
 * are kept back; an adult can write their own (lt_store_set_kept_note())
 */
const char *
lt_book_kept_note_default (void)
{
  return _ ("Some pages of this part of your story are kept for later. When you want to know "
            "more, ask one of the grown-ups who look after you.");
}

/* Returns: (transfer full): the wording for @child's book, the adult's own
 * or the app's. */
char *
lt_book_dup_kept_note (LtStore *store,
                       LtChild *child)
{
  g_autoptr (GError) error = NULL;
  char *note = lt_store_dup_kept_note (store, lt_record_get_id (LT_RECORD (child)), &error);

  if (error != NULL)
    g_warning ("The wording for kept pages could not be read: %s", error->message);
  return note != NULL ? note : g_strdup (lt_book_kept_note_default ());
}

/* Adds @chapter's pages that the audience may see.  Where a book made for
 * the child leaves pages or photos out, the chapter ends with a kind note
 * instead of a silent gap; the same note stands alone in a chapter whose
 * every page is kept back. */
static void
add_chapter (LtBook     *book,
             Snapshot   *snapshot,
             LtChapter  *chapter,
             const char *kept_note)
{
  g_autoptr (GListModel) entries = lt_store_list_entries (snapshot->store, chapter);
  g_autoptr (GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  LtBookChapter *book_chapter;
  guint          kept = 0;

  for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
    {
      LtStoryEntry *entry = g_list_model_get_item (entries, e);

      if (lt_story_entry_is_shown_to (entry, snapshot->audience, snapshot->today))
        g_ptr_array_add (shown, entry);
      else
        {
          kept += lt_story_entry_is_kept_back (entry, snapshot->audience, snapshot->today) ? 1 : 0;
          g_object_unref (entry);
        }
    }
  if (snapshot->audience != LT_AUDIENCE_CHILD)
    kept = 0;
  if (shown->len == 0 && kept == 0)
    return;

  book_chapter = lt_book_add_chapter (book, lt_chapter_get_title (chapter));
  for (guint i = 0; i < shown->len; i++)
    {
      guint photos_kept = add_entry (book, book_chapter, snapshot, g_ptr_array_index (shown, i));

      if (snapshot->audience == LT_AUDIENCE_CHILD)
        kept += photos_kept;
    }
  if (kept > 0)
    lt_book_chapter_add_entry (book_chapter, _ ("Kept for Later"), NULL, kept_note, LT_BOOK_AUTHOR_ADULT);
}

/**
 * lt_book_snapshot_new:
 * @audience: who the book is made for; only what they may see goes in
 *
 * Reads @child's book from @store on the calling (main) thread.  Pages
 * the child said no to, proposals and letters whose day has not come are
 * never in it (see lt_story_entry_is_shown_to() and lt_photo_is_shown_to()).
 *
 * Returns: (transfer full): the book, ready for a worker thread
 */
LtBook *
lt_book_snapshot_new (LtStore    *store,
                      LtChild    *child,
                      LtAudience  audience,
                      LtBookPaper paper)
{
  g_autoptr (GListModel) chapters = lt_store_list_chapters (store, child);
  g_autofree char *title = g_strdup_printf (_ ("%s’s Book"), lt_child_get_display_name (child));
  g_autofree char *kept_note = lt_book_dup_kept_note (store, child);
  g_autofree char *today = lt_date_today_iso ();
  Snapshot         snapshot = { store, audience, today };
  LtBook          *book = lt_book_new (title);
  g_autoptr (LtSecret) media_key = NULL;
  g_autoptr (GError) error = NULL;

  /* Without the key a sealed photo reads as damaged and prints as a
   * placeholder: the book is still made, and says so in its report. */
  media_key = lt_store_dup_media_key (store, lt_record_get_id (LT_RECORD (child)), &error);
  if (error != NULL)
    g_warning ("The photo key could not be read: %s", error->message);
  lt_book_set_media_key (book, media_key);
  book->subtitle = book_subtitle (child);
  book->paper = paper;
  set_chosen_cover (book, &snapshot, child);
  for (guint c = 0; c < g_list_model_get_n_items (chapters); c++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, c);

      add_chapter (book, &snapshot, chapter, kept_note);
    }
  return book;
}

typedef struct
{
  LtGenogram       *genogram;
  LtGenogramLayout *layout;
  LtDiagramPalette  palette;
} GenogramDrawing;

static void
genogram_drawing_free (gpointer data)
{
  GenogramDrawing *drawing = data;

  lt_genogram_layout_free (drawing->layout);
  lt_genogram_free (drawing->genogram);
  g_free (drawing);
}

static void
draw_genogram (cairo_t *cr,
               gpointer data)
{
  GenogramDrawing *drawing = data;

  lt_genogram_paint (cr, drawing->layout, drawing->genogram, &drawing->palette, -1);
}

typedef struct
{
  LtNetworkMap    *map;
  LtNetworkLayout *layout;
  LtDiagramPalette palette;
} NetworkDrawing;

static void
network_drawing_free (gpointer data)
{
  NetworkDrawing *drawing = data;

  lt_network_layout_free (drawing->layout);
  lt_network_map_free (drawing->map);
  g_free (drawing);
}

static void
draw_network (cairo_t *cr,
              gpointer data)
{
  NetworkDrawing *drawing = data;

  lt_network_paint (cr, drawing->layout, drawing->map, &drawing->palette, -1);
}

static void
add_network_drawing (LtBookChapter *chapter,
                     LtStore       *store,
                     LtChild       *child)
{
  g_autoptr (GListModel) persons = lt_store_list_persons (store, child);
  NetworkDrawing  *network = g_new0 (NetworkDrawing, 1);
  g_autofree char *today = NULL;
  g_autofree char *caption = NULL;
  LtBookEntry     *entry;
  GDate            date;

  lt_date_today (&date);
  today = lt_date_format_day_with_week (&date);
  /* Translators: under the network map in the book; %s is a date */
  caption = g_strdup_printf (_ ("The people around me, as they were on %s"), today);
  network->map = lt_network_map_new_from_persons (lt_child_get_display_name (child), persons);
  network->layout = lt_network_layout_new (network->map);
  lt_diagram_palette_init (&network->palette, FALSE);
  entry = lt_book_chapter_add_entry (chapter, _ ("My Network"), NULL, NULL, LT_BOOK_AUTHOR_TOGETHER);
  lt_book_entry_add_drawing (entry, "drawing:network", caption, network->layout->width,
                             network->layout->height, draw_network, network, network_drawing_free);
}

/**
 * lt_book_snapshot_add_drawings:
 * @child_friendly: draw the family tree in the child's own version
 *   (friendly faces, first names) rather than the professional notation
 *
 * Adds a last chapter with @child's family tree (and network map), drawn
 * as they are now, for books that include them.
 */
void
lt_book_snapshot_add_drawings (LtBook  *book,
                               LtStore *store,
                               LtChild *child,
                               gboolean child_friendly)
{
  GenogramDrawing *genogram = g_new0 (GenogramDrawing, 1);
  LtBookChapter   *chapter = lt_book_add_chapter (book, _ ("My Family and My Network"));
  LtBookEntry     *entry;

  genogram->genogram = lt_genogram_new_from_store (store, child);
  genogram->layout = lt_genogram_layout_new_with_style (
      genogram->genogram,
      child_friendly ? LT_GENOGRAM_STYLE_CHILD_FRIENDLY : LT_GENOGRAM_STYLE_PROFESSIONAL);
  lt_diagram_palette_init (&genogram->palette, FALSE);
  entry = lt_book_chapter_add_entry (chapter, _ ("My Family Tree"), NULL, NULL,
                                     LT_BOOK_AUTHOR_TOGETHER);
  lt_book_entry_add_drawing (entry, "drawing:genogram", NULL, genogram->layout->width,
                             genogram->layout->height, draw_genogram, genogram,
                             genogram_drawing_free);
  add_network_drawing (chapter, store, child);
}

/* For the command line and the child's copy: snapshot and write, on this
 * thread; @child_friendly draws the family tree in the child's version. */
gboolean
lt_book_export_to_file (LtStore          *store,
                        LtChild          *child,
                        const char       *path,
                        LtAudience        audience,
                        gboolean          include_drawings,
                        gboolean          child_friendly,
                        LtBookPaper       paper,
                        LtBookPdfReport **report,
                        GError          **error)
{
  g_autoptr (LtBook) book = lt_book_snapshot_new (store, child, audience, paper);

  if (include_drawings)
    lt_book_snapshot_add_drawings (book, store, child, child_friendly);

  return lt_book_write_pdf (book, path, NULL, NULL, NULL, report, error);
}

/* ---- the export in the window ---------------------------------------- */

typedef struct
{
  GtkWindow      *parent; /* owned */
  LtStore        *store;  /* owned */
  LtChild        *child;  /* owned */
  LtAudience      audience;
  gboolean        include_drawings;
  gboolean        print; /* print instead of saving a PDF */
  char           *path;
  GtkWidget      *progress_window;
  GtkProgressBar *progress_bar;
  GCancellable   *cancellable;
  LtBook         *book; /* handed to the worker */
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->parent);
  g_clear_object (&export->store);
  g_clear_object (&export->child);
  g_clear_object (&export->cancellable);
  g_clear_pointer (&export->book, lt_book_free);
  g_free (export->path);
  g_free (export);
}

typedef struct
{
  GtkProgressBar *bar; /* owned */
  double          fraction;
} Progress;

static gboolean
show_progress_cb (gpointer data)
{
  Progress *progress = data;

  gtk_progress_bar_set_fraction (progress->bar, progress->fraction);
  g_object_unref (progress->bar);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* Called on the worker thread: hands the fraction to the main thread. */
static void
on_progress (double   fraction,
             gpointer data)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->bar = g_object_ref (GTK_PROGRESS_BAR (data));
  progress->fraction = fraction;
  g_idle_add (show_progress_cb, progress);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  Export *export = data;
  g_autoptr (GError) error = NULL;

  if (lt_book_write_pdf (export->book, export->path, on_progress, export->progress_bar,
                         cancellable, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_toast_open_cb (AdwToast   *toast,
                  const char *uri)
{
  GtkWindow *window = g_object_get_data (G_OBJECT (toast), "window");

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
free_closure_string (gpointer  data,
                     GClosure *closure)
{
  g_free (data);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  Export *export = data;
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  gtk_window_destroy (GTK_WINDOW (export->progress_window));
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autoptr (GFile) file = g_file_new_for_path (export->path);

      toast = adw_toast_new (_ ("The book is saved"));
      adw_toast_set_button_label (toast, _ ("_Open"));
      g_object_set_data_full (G_OBJECT (toast), "window", g_object_ref (export->parent), g_object_unref);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_toast_open_cb),
                             g_file_get_uri (file), free_closure_string, 0);
      lt_window_toast_from (GTK_WIDGET (export->parent), toast);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      GtkWidget *dialog = adw_message_dialog_new (export->parent, _ ("Could Not Save the Book"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  export_free (export);
}

static void
on_cancel_clicked_cb (GtkButton *button,
                      Export *export)
{
  g_cancellable_cancel (export->cancellable);
}

static GtkWidget *
make_progress_window (Export *export)
{
  GtkWidget       *window = adw_window_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  g_autofree char *text = g_strdup_printf (_ ("Making %s’s book…"), lt_child_get_display_name (export->child));
  GtkWidget       *label = gtk_label_new (text);
  GtkWidget       *bar = gtk_progress_bar_new ();
  GtkWidget       *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));

  gtk_widget_add_css_class (label, "title-4");
  gtk_widget_set_halign (cancel, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (cancel, "pill");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), cancel);
  g_object_set (box, "margin-top", 24, "margin-bottom", 24, "margin-start", 24, "margin-end", 24, NULL);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), export->parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, -1);
  gtk_window_set_deletable (GTK_WINDOW (window), FALSE);
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_cancel_clicked_cb), export);
  export->progress_bar = GTK_PROGRESS_BAR (bar);
  return window;
}

static void
start_writing (Export *export)
{
  g_autoptr (GTask) task = NULL;

  export->book = lt_book_snapshot_new (export->store, export->child, export->audience, LT_BOOK_PAPER_A4);
  if (export->include_drawings)
    lt_book_snapshot_add_drawings (export->book, export->store, export->child,
                                   export->audience == LT_AUDIENCE_CHILD);
  export->cancellable = g_cancellable_new ();
  export->progress_window = make_progress_window (export);
  gtk_window_present (GTK_WINDOW (export->progress_window));

  task = g_task_new (NULL, export->cancellable, on_written_cb, export);
  g_task_set_task_data (task, export, NULL);
  g_task_run_in_thread (task, write_in_thread);
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   Export *export)
{
  g_autoptr (GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      export_free (export);
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  export->path = g_file_get_path (file);
  g_object_unref (chooser);
  start_writing (export);
}

static void
choose_file (Export *export)
{
  GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (_ ("Export Book"), export->parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                   _ ("_Export"), _ ("_Cancel"));
  /* Translators: the file name offered for a child's book */
  g_autofree char *name = g_strdup_printf (_ ("%s – life story.pdf"), lt_child_get_display_name (export->child));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- printing -------------------------------------------------------- */

typedef struct
{
  LtBook      *book;
  LtBookPages *pages;
} PrintJob;

static void
print_job_free (gpointer  data,
                GClosure *closure)
{
  PrintJob *job = data;

  lt_book_pages_free (job->pages);
  lt_book_free (job->book);
  g_free (job);
}

/* The book's pages are laid out in points with their own margins; the
 * paper is used whole, scaled if it is not the book's size. */
static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double   width, height, scale;

  lt_book_pages_get_size (job->pages, &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width, gtk_print_context_get_height (context) / height);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  lt_book_pages_paint (job->pages, cr, page);
  cairo_restore (cr);
}

static void
on_print_done_cb (GtkPrintOperation      *operation,
                  GtkPrintOperationResult result,
                  GtkWindow              *parent)
{
  g_autoptr (GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      GtkWidget *dialog;

      gtk_print_operation_get_error (operation, &error);
      dialog = adw_message_dialog_new (parent, _ ("Could Not Print the Book"), error != NULL ? error->message : "");
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (operation);
}

/* Prints through the system's print dialog with the same renderer as the
 * PDF; the dialog and the job do not block the window. */
static void
start_printing (Export *export)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr (GError) error = NULL;
  PrintJob        *job = g_new0 (PrintJob, 1);
  g_autofree char *name = g_strdup_printf (_ ("%s’s Book"), lt_child_get_display_name (export->child));

  job->book = lt_book_snapshot_new (export->store, export->child, export->audience, LT_BOOK_PAPER_A4);
  if (export->include_drawings)
    lt_book_snapshot_add_drawings (job->book, export->store, export->child, export->audience == LT_AUDIENCE_CHILD);
  job->pages = lt_book_pages_new (job->book);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_paper_size_free (paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, (int) lt_book_pages_get_n_pages (job->pages));
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job, print_job_free, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), export->parent, 0);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, export->parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    g_warning ("Could not print: %s", error->message);
  export_free (export);
}

/* Once the adult has said who the book is for (or cancelled). */
static void
on_audience_chosen (gboolean   chosen,
                    LtAudience audience,
                    gpointer   data)
{
  Export *export = data;

  if (!chosen)
    {
      export_free (export);
      return;
    }
  export->audience = audience;
  if (export->print)
    start_printing (export);
  else
    choose_file (export);
}

static void
run (GtkWindow *parent,
     LtStore   *store,
     LtChild   *child,
     gboolean   include_drawings,
     gboolean   print)
{
  Export *export = g_new0 (Export, 1);

  export->parent = g_object_ref (parent);
  export->store = g_object_ref (store);
  export->child = g_object_ref (child);
  export->print = print;
  export->include_drawings = include_drawings;
  lt_book_audience_ask (parent, store, child, on_audience_chosen, export);
}

/* The whole export in the window: asks who the book is for, asks where
 * to save, writes with progress and Cancel, and ends with
 * a toast that opens the PDF. */
void
lt_book_export_run (GtkWindow *parent,
                    LtStore   *store,
                    LtChild   *child,
                    gboolean   include_drawings)
{
  run (parent, store, child, include_drawings, FALSE);
}

/* Printing the book: asks who it is for, then the print dialog. */
void
lt_book_print_run (GtkWindow *parent,
                   LtStore   *store,
                   LtChild   *child,
                   gboolean   include_drawings)
{
  run (parent, store, child, include_drawings, TRUE);
}
