/* test-audience.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Every export carries exactly what its audience may see.  A household has
 * one page and one photo per audience (and pages and photos for no one,
 * said no to by the child, refused by the parents, proposed, or a letter
 * whose day has not come); each export is read back as text (pdftotext)
 * and as a list of files, and must hold exactly the expected items.  The
 * daily log's notes, each for a different audience, are in no export but
 * the meeting printout for their audience.
 */
#include "config.h"

#include "lt-test-util.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <locale.h>

#include "lt-book-export.h"
#include "lt-child-copy.h"
#include "lt-date.h"
#include "lt-handover.h"
#include "lt-log-print.h"
#include "lt-photo-import.h"

/* Where an item must appear: C the child, F the parents (forældre), N the
 * next placement, P professionals. */
typedef struct
{
  const char *title;
  gint64      audience;
  const char *appears_in;
  gboolean    veto;
  gboolean    proposed;
  int         opens_in_days; /* a letter for later; 0 is not a letter */
} PageCase;

static const PageCase pages[] = {
  { "Side for barnet", LT_AUDIENCE_CHILD, "C" },
  { "Side for forældrene", LT_AUDIENCE_PARENTS, "F" },
  { "Side for næste hjem", LT_AUDIENCE_NEXT_PLACEMENT, "N" },
  { "Side for fagpersoner", LT_AUDIENCE_PROFESSIONALS, "P" },
  { "Side for alle", LT_AUDIENCE_ALL, "CFNP" },
  { "Side kun for de voksne her", 0, "" },
  { "Side Åse sagde nej til", LT_AUDIENCE_ALL, "", TRUE },
  { "Foreslået side", LT_AUDIENCE_ALL, "", FALSE, TRUE },
  { "Brev til senere", LT_AUDIENCE_ALL, "", FALSE, FALSE, 1 },
  { "Brev der er åbnet", LT_AUDIENCE_ALL, "CFNP", FALSE, FALSE, -1 },
};

typedef struct
{
  const char *caption; /* also the file's name, with ".jpg" */
  gint64      audience;
  const char *appears_in;
  gboolean    veto;
  LtConsent   child_consent;
  LtConsent   parent_consent;
} PhotoCase;

static const PhotoCase photos[] = {
  { "foto-barnet", LT_AUDIENCE_CHILD, "C" },
  { "foto-foraeldre", LT_AUDIENCE_PARENTS, "F" },
  { "foto-naeste", LT_AUDIENCE_NEXT_PLACEMENT, "N" },
  { "foto-fag", LT_AUDIENCE_PROFESSIONALS, "P" },
  { "foto-alle", LT_AUDIENCE_ALL, "CFNP" },
  { "foto-nej", LT_AUDIENCE_ALL, "", TRUE },
  { "foto-barnet-deler-ikke", LT_AUDIENCE_ALL, "", FALSE, LT_CONSENT_NO },
  { "foto-foraeldre-deler-ikke", LT_AUDIENCE_ALL, "", FALSE, LT_CONSENT_YES, LT_CONSENT_NO },
  { "foto-ikke-spurgt", LT_AUDIENCE_ALL, "CFNP" },
};

/* Daily log notes: only the meeting printout for their audience has them;
 * no book, handover or child's copy ever does. */
typedef struct
{
  const char *text;
  gint64      audience;
  const char *appears_in;
} NoteCase;

static const NoteCase notes[] = {
  { "Note kun for de voksne her", 0, "" },
  { "Note for forældrene", LT_AUDIENCE_PARENTS, "F" },
  { "Note for fagpersoner", LT_AUDIENCE_PROFESSIONALS, "P" },
  { "Note for begge", LT_AUDIENCE_PARENTS | LT_AUDIENCE_PROFESSIONALS, "FP" },
  { "Note for barnet", LT_AUDIENCE_CHILD, "" },
};

typedef struct
{
  char    *folder;
  LtStore *store;
  LtChild *child;
  LtMove  *move;
} Fixture;

static char *
day_in (int days)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static LtPhoto *
add_photo (Fixture         *fixture,
           const PhotoCase *photo_case,
           guint32          colour)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 160, 120);
  g_autofree char *name = g_strconcat (photo_case->caption, ".jpg", NULL);
  g_autofree char *source = g_build_filename (fixture->folder, name, NULL);
  g_autoptr (LtImportedPhoto) imported = NULL;
  g_autoptr (GError) error = NULL;
  LtPhoto *photo = lt_photo_new ();

  gdk_pixbuf_fill (pixbuf, colour);
  g_assert_true (gdk_pixbuf_save (pixbuf, source, "jpeg", &error, NULL));
  imported = lt_photo_import_file (source, lt_store_get_media_dir (fixture->store), NULL, NULL, &error);
  g_assert_no_error (error);
  lt_photo_set_child_id (photo, lt_record_get_id (LT_RECORD (fixture->child)));
  lt_photo_set_sha256 (photo, imported->sha256);
  lt_photo_set_file_name (photo, imported->media_path + strlen (lt_store_get_media_dir (fixture->store)) + 1);
  lt_photo_set_mime_type (photo, imported->mime_type);
  lt_photo_set_width (photo, imported->width);
  lt_photo_set_height (photo, imported->height);
  lt_photo_set_original_name (photo, name);
  lt_photo_set_caption (photo, photo_case->caption);
  lt_photo_set_audience (photo, photo_case->audience);
  lt_photo_set_child_veto (photo, photo_case->veto);
  lt_photo_set_child_consent (photo, photo_case->child_consent);
  lt_photo_set_parent_consent (photo, photo_case->parent_consent);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (photo), &error));
  return photo;
}

static LtStoryEntry *
add_page (Fixture        *fixture,
          LtChapter      *chapter,
          const PageCase *page)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *body = g_strconcat ("Teksten på ", page->title, NULL);
  LtStoryEntry    *entry = lt_story_entry_new ();

  lt_story_entry_set_chapter_id (entry, lt_record_get_id (LT_RECORD (chapter)));
  lt_story_entry_set_title (entry, page->title);
  lt_story_entry_set_body (entry, body);
  lt_story_entry_set_audience (entry, page->audience);
  lt_story_entry_set_child_veto (entry, page->veto);
  lt_story_entry_set_status (entry, page->proposed ? LT_ENTRY_STATUS_PROPOSED : LT_ENTRY_STATUS_IN_BOOK);
  if (page->opens_in_days != 0)
    {
      g_autofree char *day = day_in (page->opens_in_days);

      lt_story_entry_set_open_on (entry, day);
    }
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (entry), &error));
  g_assert_no_error (error);
  return entry;
}

static LtChapter *
chapter_at (Fixture *fixture,
            guint    position)
{
  g_autoptr (GListModel) chapters = lt_store_list_chapters (fixture->store, fixture->child);

  return g_list_model_get_item (chapters, position);
}

/* The photos all sit on the page for everyone; the page for professionals
 * has a chapter of its own, so the child's book has one chapter where
 * every page is kept for later. */
static void
add_items (Fixture *fixture)
{
  g_autoptr (LtChapter) first = chapter_at (fixture, 0);
  g_autoptr (LtChapter) second = chapter_at (fixture, 1);
  g_autoptr (GPtrArray) all_photos = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (LtStoryEntry) page_for_all = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (photos); i++)
    g_ptr_array_add (all_photos, add_photo (fixture, &photos[i], 0x204080ff + (i << 16)));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr (LtStoryEntry) entry =
          add_page (fixture, pages[i].audience == LT_AUDIENCE_PROFESSIONALS ? second : first, &pages[i]);

      if (pages[i].audience == LT_AUDIENCE_ALL && page_for_all == NULL && !pages[i].veto)
        page_for_all = g_object_ref (entry);
    }
  g_assert_true (lt_store_set_entry_photos (fixture->store, page_for_all, all_photos, &error));
  g_assert_no_error (error);
}

static void
add_notes (Fixture *fixture)
{
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr (LtLogNote) note = lt_log_note_new ();
      g_autoptr (GError) error = NULL;

      lt_log_note_set_child_id (note, lt_record_get_id (LT_RECORD (fixture->child)));
      lt_log_note_set_day (note, "2026-11-20");
      lt_log_note_set_writer (note, "Mette");
      lt_log_note_set_text (note, notes[i].text);
      lt_log_note_set_audience (note, notes[i].audience);
      g_assert_true (lt_store_add (fixture->store, LT_RECORD (note), &error));
      g_assert_no_error (error);
    }
}

/* The notes in @text are exactly those that appear for @who; @who 0 is an
 * export no note may be in. */
static void
assert_notes_in_text (const char *text,
                      char        who)
{
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      gboolean expected = who != 0 && strchr (notes[i].appears_in, who) != NULL;

      if ((strstr (text, notes[i].text) != NULL) != expected)
        g_error ("the note “%s” is %s the export for %c", notes[i].text, expected ? "missing from" : "in",
                 who != 0 ? who : '-');
    }
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("lt-audience-XXXXXX", NULL);
  path = g_build_filename (fixture->folder, "household.db", NULL);
  fixture->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  fixture->child = g_object_new (LT_TYPE_CHILD, "name", "Åse Ærø", "birth-date", "2015-03-01", NULL);
  lt_child_set_household_id (fixture->child, 1);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (fixture->child), &error));
  g_assert_true (lt_store_ensure_chapters (fixture->store, fixture->child, &error));
  fixture->move = g_object_new (LT_TYPE_MOVE, "child-id", lt_record_get_id (LT_RECORD (fixture->child)),
                                "to-place", "Hos moster i Aalborg", "move-on", "2027-06-28", NULL);
  g_assert_true (lt_store_add (fixture->store, LT_RECORD (fixture->move), &error));
  g_assert_no_error (error);
  add_items (fixture);
  add_notes (fixture);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->move);
  g_clear_object (&fixture->child);
  g_clear_object (&fixture->store);
  lt_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr (GError) error = NULL;
  char *text = NULL;
  int   status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

/* Each page title and photo caption is in @text exactly when its
 * "appears in" has @who. */
static void
assert_items_in_text (const char *text,
                      char        who,
                      gboolean    with_captions)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gboolean expected = strchr (pages[i].appears_in, who) != NULL;

      if ((strstr (text, pages[i].title) != NULL) != expected)
        g_error ("“%s” is %s the export for %c", pages[i].title, expected ? "missing from" : "in", who);
    }
  for (guint i = 0; with_captions && i < G_N_ELEMENTS (photos); i++)
    {
      g_autofree char *line = g_strconcat (photos[i].caption, "\n", NULL);
      gboolean         expected = strchr (photos[i].appears_in, who) != NULL;

      if ((strstr (text, line) != NULL) != expected)
        g_error ("the photo “%s” is %s the export for %c", photos[i].caption, expected ? "missing from" : "in",
                 who);
    }
}

/* The photo files in @folder are exactly those that appear for @who. */
static void
assert_photo_files (const char *folder,
                    char        who)
{
  for (guint i = 0; i < G_N_ELEMENTS (photos); i++)
    {
      g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
      gboolean    expected = strchr (photos[i].appears_in, who) != NULL;
      gboolean    found = FALSE;
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        found |= strstr (name, photos[i].caption) != NULL &&
                 name[strlen (photos[i].caption)] != '-'; /* "foto-barnet" is not "foto-barnet-deler-ikke" */
      if (found != expected)
        g_error ("the file of “%s” is %s %s", photos[i].caption, expected ? "missing from" : "in", folder);
    }
}

static const struct
{
  LtAudience audience;
  char       who;
} books[] = {
  { LT_AUDIENCE_CHILD, 'C' },
  { LT_AUDIENCE_PARENTS, 'F' },
  { LT_AUDIENCE_NEXT_PLACEMENT, 'N' },
  { LT_AUDIENCE_PROFESSIONALS, 'P' },
};

/* The book made for each audience; only the child's says where pages are
 * kept for later, in the adult's own words. */
static void
test_book (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (lt_store_set_kept_note (fixture->store, lt_record_get_id (LT_RECORD (fixture->child)),
                                         "Nogle sider gemmer vi til senere. Spørg Mette.", &error));
  for (guint i = 0; i < G_N_ELEMENTS (books); i++)
    {
      g_autofree char *name = g_strdup_printf ("bog-%c.pdf", books[i].who);
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
      g_autofree char *text = NULL;

      g_assert_true (lt_book_export_to_file (fixture->store, fixture->child, path, books[i].audience, FALSE, FALSE,
                                             LT_BOOK_PAPER_A4, NULL, &error));
      g_assert_no_error (error);
      text = pdf_text (path);
      assert_items_in_text (text, books[i].who, TRUE);
      assert_notes_in_text (text, 0);
      g_assert_true ((strstr (text, "Spørg Mette.") != NULL) == (books[i].audience == LT_AUDIENCE_CHILD));
    }
}

/* The letter for later is in no export before its day, and in the
 * child's book from its day on. */
static void
test_letter (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (LtChapter) chapter = chapter_at (fixture, 0);
  g_autoptr (GListModel) entries = lt_store_list_entries (fixture->store, chapter);
  g_autofree char *path = g_build_filename (fixture->folder, "brev.pdf", NULL);
  g_autofree char *today = lt_date_today_iso ();
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (LtStoryEntry) entry = g_list_model_get_item (entries, i);
      g_autoptr (LtRecord) draft = NULL;

      if (g_strcmp0 (lt_story_entry_get_title (entry), "Brev til senere") != 0)
        continue;
      g_assert_true (lt_story_entry_is_sealed (entry, today));
      draft = lt_record_copy (LT_RECORD (entry));
      lt_story_entry_set_open_on (LT_STORY_ENTRY (draft), today);
      g_assert_true (lt_store_save (fixture->store, draft, &error));
    }
  g_assert_true (lt_book_export_to_file (fixture->store, fixture->child, path, LT_AUDIENCE_CHILD, FALSE, FALSE,
                                         LT_BOOK_PAPER_A4, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Brev til senere"));
}

/* The handover package is for the next placement: its PDF and its photo
 * folder. */
static void
test_handover (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *written = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *photo_folder = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (lt_handover_write_full (fixture->store, fixture->child, fixture->move, fixture->folder, NULL,
                                         NULL, &written, &error));
  g_assert_no_error (error);
  pdf = g_build_filename (written, "overlevering.pdf", NULL);
  text = pdf_text (pdf);
  assert_items_in_text (text, 'N', TRUE);
  assert_notes_in_text (text, 0);
  photo_folder = g_build_filename (written, "Billeder", NULL);
  assert_photo_files (photo_folder, 'N');
}

/* The child's own copy: its book, its data file and its photos. */
static void
test_child_copy (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *target = g_build_filename (fixture->folder, "kopi", NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *photo_folder = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (lt_child_copy_write (fixture->store, fixture->child, NULL, target, &error));
  g_assert_no_error (error);
  pdf = g_build_filename (target, "Åse Ærø’s Book.pdf", NULL);
  text = pdf_text (pdf);
  assert_items_in_text (text, 'C', TRUE);
  json_path = g_build_filename (target, "data.json", NULL);
  g_assert_true (g_file_get_contents (json_path, &json, NULL, &error));
  assert_items_in_text (json, 'C', FALSE);
  assert_notes_in_text (text, 0);
  assert_notes_in_text (json, 0);
  photo_folder = g_build_filename (target, "Photos", NULL);
  assert_photo_files (photo_folder, 'C');
}

/* The daily log for a meeting, for the parents and for professionals:
 * exactly the notes marked for them, never one for the adults here. */
static void
test_meeting_log (Fixture      *fixture,
                  gconstpointer data)
{
  const struct
  {
    LtAudience audience;
    char       who;
  } printouts[] = { { LT_AUDIENCE_PARENTS, 'F' }, { LT_AUDIENCE_PROFESSIONALS, 'P' } };

  for (guint i = 0; i < G_N_ELEMENTS (printouts); i++)
    {
      g_autofree char *name = g_strdup_printf ("dagbog-%c.pdf", printouts[i].who);
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr (GError) error = NULL;

      g_assert_true (lt_log_print_to_file (fixture->store, fixture->child, "2026-11-01", "2026-11-30",
                                           printouts[i].audience, path, &error));
      g_assert_no_error (error);
      text = pdf_text (path);
      assert_notes_in_text (text, printouts[i].who);
      /* No page of the book is in the log. */
      g_assert_null (strstr (text, "Side for alle"));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/audience/book", Fixture, NULL, fixture_set_up, test_book, fixture_tear_down);
  g_test_add ("/audience/letter", Fixture, NULL, fixture_set_up, test_letter, fixture_tear_down);
  g_test_add ("/audience/handover", Fixture, NULL, fixture_set_up, test_handover, fixture_tear_down);
  g_test_add ("/audience/child-copy", Fixture, NULL, fixture_set_up, test_child_copy, fixture_tear_down);
  g_test_add ("/audience/meeting-log", Fixture, NULL, fixture_set_up, test_meeting_log, fixture_tear_down);

  return g_test_run ();
}
