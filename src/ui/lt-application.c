/* lt-application.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtApplication: reads the command line, runs the headless commands before
 * GTK starts (so they work in scripts with no display), and opens windows.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lt-log-print.h"
#include "lt-agreements-summary.h"
#include "lt-agreements-window.h"
#include "lt-app-lock.h"
#include "lt-application.h"
#include "lt-backup-dialog.h"
#include "lt-backup.h"
#include "lt-child-copy.h"
#include "lt-cli-access.h"
#include "lt-book-export.h"
#include "lt-date.h"
#include "lt-demo.h"
#include "lt-gedcom-import.h"
#include "lt-ics.h"
#include "lt-school-summary.h"
#include "lt-visit-summary.h"
#include "lt-genogram-painter.h"
#include "lt-handover.h"
#include "lt-network-painter.h"
#include "lt-household-file.h"
#include "lt-keyring.h"
#include "lt-keys-window.h"
#include "lt-screenshot.h"
#include "lt-setup-window.h"
#include "lt-unlock-window.h"
#include "lt-vault.h"
#include "lt-window.h"

struct _LtApplication
{
  AdwApplication parent_instance;

  /* owned: command-line choices */
  char    *database_path;
  char    *screenshot_path;
  char    *show_child;
  char    *show_view;
  char    *adult_name;
  gboolean use_recovery_key;
  gboolean demo;
  gboolean failed;

  /* owned */
  LtAppLock *lock;      /* while an encrypted household is open */
  LtStore   *household; /* the same household */
};

G_DEFINE_FINAL_TYPE (LtApplication, lt_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Open the household database at PATH instead of the usual one"), N_ ("PATH") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Open a fresh demo household with fictional children (kept apart from real data)"), NULL },
  { "export-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Write the whole household to FILE as JSON, then exit"), N_ ("FILE") },
  { "import-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Add the children in the household file FILE, then exit; all or nothing"), N_ ("FILE") },
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Developer option: show the window, save it to FILE as PNG, then exit"), N_ ("FILE") },
  { "show-child", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Show the child with this name when the window opens"), N_ ("NAME") },
  { "export-book", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Write the life-story book of the child called NAME as PDF (with --output), then exit"),
    N_ ("NAME") },
  { "export-visit-overview", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Write the overview of the contact of the child called NAME in the last months (see "
        "--months) to --output as PDF, then exit"),
    N_ ("NAME") },
  { "export-school-overview", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Write the school overview of the child called NAME to --output as PDF, then exit"), N_ ("NAME") },
  { "export-agreements", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Write the everyday agreements of the child called NAME to --output as PDF, then exit"),
    N_ ("NAME") },
  { "export-log", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Write the daily log of the child called NAME for a meeting to --output as PDF: only the notes "
        "marked for --audience (parents or professionals), from --from to --to, then exit"),
    N_ ("NAME") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("With --export-log: the first day, YYYY-MM-DD"), N_ ("DAY") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("With --export-log: the last day, YYYY-MM-DD"), N_ ("DAY") },
  { "months", 0, 0, G_OPTION_ARG_INT, NULL,
    N_ ("With --export-visit-overview: how many months back (6 if not given)"), N_ ("N") },
  { "export-ics", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Write the calendar of the child called NAME to --output as iCalendar (.ics), then exit"),
    N_ ("NAME") },
  { "export-household-ics", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Write the calendar of every child in the household to --output as iCalendar (.ics), then exit"),
    NULL },
  { "import-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Add the events in the iCalendar file FILE to --child, then exit; all or nothing"),
    N_ ("FILE") },
  { "import-gedcom", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Add the people and families in the GEDCOM file FILE to --child, then exit; all or nothing"),
    N_ ("FILE") },
  { "child", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("With --import-gedcom: the child called NAME"),
    N_ ("NAME") },
  { "duplicates", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("With --import-gedcom: “use” people already there (the default) or “add” them again"),
    N_ ("WHAT") },
  { "export-network", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Draw the network map of the child called NAME to --output (.png, .svg or .pdf), then exit"),
    N_ ("NAME") },
  { "export-genogram", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Draw the genogram of the child called NAME to --output (.png, .svg or .pdf), then exit"),
    N_ ("NAME") },
  { "child-friendly", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("With --export-genogram or --export-book --with-drawings: draw the family tree in the "
        "child’s own version, with friendly faces and first names (a book for the child always has it)"),
    NULL },
  { "export-handover", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Write the handover package of the planned move of the child called NAME into the folder "
        "--output, then exit"),
    N_ ("NAME") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Where --export-book, --export-genogram and --export-network write"), N_ ("FILE") },
  { "audience", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Who --export-book (child by default) or --export-visit-overview (parents by default) is "
        "for: child, parents, next-placement or professionals"),
    N_ ("WHO") },
  { "with-drawings", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("With --export-book: add the family tree and the network map at the end"), NULL },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("With --export-book: a4 (the default) or a5"),
    N_ ("SIZE") },
  { "show-view", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("With --show-child: open the child’s overview, book, photos, calendar, log (the daily log), school, "
        "network or family"),
    N_ ("VIEW") },
  { "set-up", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Set up an encrypted household (or encrypt a plain one) with a passphrase for NAME, read from standard input, then print the recovery key"),
    N_ ("NAME") },
  { "adult", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Unlock with NAME’s passphrase (read from standard input)"), N_ ("NAME") },
  { "export-child-copy", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Write the child called NAME’s own copy (book, photos without GPS, texts, data) to --output (a folder, or a file ending in .zip), then exit"),
    N_ ("NAME") },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Back up the household (database and photos, encrypted) to FILE, check it, then exit"), N_ ("FILE") },
  { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Restore the household from the backup FILE (unlocked with a passphrase or --recovery-key from standard input); a household already there is kept aside"),
    N_ ("FILE") },
  { "recovery-key", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Unlock with the recovery key (read from standard input) instead of a passphrase"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Print the version and exit"), NULL },
  { NULL }
};

/* ---- opening a household --------------------------------------------- */

static LtStore *
open_household (LtApplication *self,
                gboolean       demo,
                GError       **error)
{
  g_autofree char *path = NULL;

  if (demo)
    {
      path = lt_demo_default_path ();
      return lt_demo_open_fresh (path, error);
    }
  path = self->database_path != NULL ? g_strdup (self->database_path) : lt_store_default_path ();
  return lt_cli_open_household (path, self->adult_name, self->use_recovery_key, error);
}

static char *
dup_database_path (LtApplication *self)
{
  return self->database_path != NULL ? g_strdup (self->database_path) : lt_store_default_path ();
}

/* ---- headless commands ----------------------------------------------- */

static LtChild *find_child_named (LtStore    *store,
                                  const char *name);

static int
child_copy_command (LtApplication *self,
                    GVariantDict  *options,
                    const char    *child_name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = open_household (self, self->demo, &error);
  const char *output = NULL;
  LtChild    *child;

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  child = find_child_named (store, child_name);
  if (child == NULL || !g_variant_dict_lookup (options, "output", "^&ay", &output))
    {
      g_printerr (child == NULL ? _ ("No child called “%s” in this household\n")
                                : _ ("Say where the copy goes with --output\n"),
                  child_name);
      return 1;
    }
  if (!lt_child_copy_write (store, child, NULL, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_ ("The child’s copy was written to %s\n"), output);
  return 0;
}

static int
backup_command (LtApplication *self,
                const char    *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = open_household (self, FALSE, &error);

  if (store == NULL || !lt_backup_write (store, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  lt_backup_remember_done ();
  g_print (_ ("The backup was written to %s and checked\n"), path);
  return 0;
}

static int
restore_command (LtApplication *self,
                 const char    *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtKeySlots) slots = lt_backup_read_key_slots (path, &error);
  g_autoptr (LtSecret) key = NULL;
  g_autofree char *database = dup_database_path (self);
  g_autofree char *previous = NULL;

  if (slots != NULL)
    key = lt_cli_unlock_slots (slots, self->adult_name, self->use_recovery_key, &error);
  if (key == NULL || !lt_backup_restore (path, key, database, &previous, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_ ("The household was restored to %s\n"), database);
  if (previous != NULL)
    g_print (_ ("The household that was there before is kept in %s\n"), previous);
  return 0;
}

static int
export_json (LtApplication *self,
             const char    *file)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = open_household (self, self->demo, &error);

  if (store == NULL || !lt_household_file_export (store, file, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_ ("The household was written to %s\n"), file);
  return 0;
}

static int
import_json (LtApplication *self,
             const char    *file)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = open_household (self, self->demo, &error);
  guint n_children = 0;

  if (store == NULL || !lt_household_file_import (store, file, &n_children, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (ngettext ("%u child was imported into %s\n", "%u children were imported into %s\n",
                     n_children),
           n_children, lt_store_get_path (store));
  return 0;
}

/* What went into the PDF, for a person deciding whether to e-mail it. */
static void
print_report (const LtBookPdfReport *report)
{
  guint passed = 0, scaled = 0, unreadable = 0;

  for (guint i = 0; i < report->photos->len; i++)
    {
      const LtBookPhotoReport *photo = g_ptr_array_index (report->photos, i);

      g_print (_ ("  %s: %.0f dpi, %s\n"), photo->path, photo->dpi,
               !photo->readable        ? _ ("could not be read")
               : photo->passed_through ? _ ("placed as it is")
                                       : _ ("scaled to 300 dpi"));
      passed += photo->readable && photo->passed_through;
      scaled += photo->readable && !photo->passed_through;
      unreadable += !photo->readable;
    }
  g_print (_ ("%u pages, %.1f MB; photos: %u placed as they are, %u scaled, %u could not be read\n"),
           report->n_pages, report->file_size / 1e6, passed, scaled, unreadable);
}

/* --audience, or @fallback without it; says so when it is not known. */
static gboolean
lookup_audience (GVariantDict *options,
                 LtAudience    fallback,
                 LtAudience   *audience)
{
  const char *name = NULL;

  *audience = fallback;
  if (!g_variant_dict_lookup (options, "audience", "&s", &name) || lt_audience_from_nick (name, audience))
    return TRUE;
  g_printerr (_ ("The audience must be child, parents, next-placement or professionals, not “%s”\n"), name);
  return FALSE;
}

static int
export_book (LtApplication *self,
             GVariantDict  *options,
             const char    *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autoptr (LtBookPdfReport) report = NULL;
  const char *output = NULL;
  const char *paper = "a4";
  LtAudience  audience;
  LtChild    *child;

  if (!g_variant_dict_lookup (options, "output", "^&ay", &output))
    {
      g_printerr (_ ("--export-book needs --output FILE.pdf\n"));
      return 2;
    }
  if (!lookup_audience (options, LT_AUDIENCE_CHILD, &audience))
    return 2;
  g_variant_dict_lookup (options, "paper", "&s", &paper);
  if (g_ascii_strcasecmp (paper, "a4") != 0 && g_ascii_strcasecmp (paper, "a5") != 0)
    {
      g_printerr (_ ("The paper size must be a4 or a5, not “%s”\n"), paper);
      return 2;
    }

  store = open_household (self, self->demo, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  child = find_child_named (store, name);
  if (child == NULL)
    {
      g_printerr (_ ("No child called “%s” in this household\n"), name);
      return 1;
    }
  if (!lt_book_export_to_file (store, child, output,
                               audience, g_variant_dict_contains (options, "with-drawings"),
                               audience == LT_AUDIENCE_CHILD || g_variant_dict_contains (options, "child-friendly"),
                               g_ascii_strcasecmp (paper, "a5") == 0 ? LT_BOOK_PAPER_A5 : LT_BOOK_PAPER_A4,
                               &report, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_ ("The book was written to %s\n"), output);
  print_report (report);
  return 0;
}

/* --import-gedcom: prints what was left out, then what was added. */
static int
import_gedcom (LtApplication *self,
               GVariantDict  *options,
               const char    *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (LtGedcomPlan) plan = NULL;
  LtGedcomFile      *parsed;
  LtGedcomDuplicates duplicates = LT_GEDCOM_USE_EXISTING;
  LtGedcomResult     result;
  const char        *name = NULL;
  const char        *what = "use";
  LtChild           *child;

  g_variant_dict_lookup (options, "duplicates", "&s", &what);
  if (!g_variant_dict_lookup (options, "child", "&s", &name) ||
      (!g_str_equal (what, "use") && !g_str_equal (what, "add")))
    {
      g_printerr (_ ("--import-gedcom needs --child NAME, and --duplicates may be use or add\n"));
      return 2;
    }
  duplicates = g_str_equal (what, "add") ? LT_GEDCOM_ADD_AGAIN : LT_GEDCOM_USE_EXISTING;
  store = open_household (self, self->demo, &error);
  child = store != NULL ? find_child_named (store, name) : NULL;
  if (store != NULL && child == NULL)
    {
      g_printerr (_ ("No child called “%s” in this household\n"), name);
      return 1;
    }
  parsed = child != NULL ? lt_gedcom_parse_file (file, NULL, &error) : NULL;
  if (parsed == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  plan = lt_gedcom_plan_new (store, child, parsed);
  for (guint i = 0; i < parsed->skipped->len; i++)
    g_print ("%s\n", (char *) g_ptr_array_index (parsed->skipped, i));
  if (!lt_gedcom_plan_import (plan, store, child, duplicates, &result, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_ ("%u people and %u relations added; %u were already there\n"), result.added,
           result.relations, result.reused);
  return 0;
}

/* --export-visit-overview: the contact in the last months, as PDF. */
static int
export_visit_overview (LtApplication *self,
                       GVariantDict  *options,
                       const char    *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autoptr (LtVisitReport) report = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (GDateTime) from = NULL;
  const char *output = NULL;
  int         months = 6;
  LtAudience  audience;
  LtChild    *child;

  if (!lookup_audience (options, LT_AUDIENCE_PARENTS, &audience))
    return 2;
  g_variant_dict_lookup (options, "months", "i", &months);
  if (!g_variant_dict_lookup (options, "output", "^&ay", &output) || months < 1 || months > 120)
    {
      g_printerr (_ ("Say where to write with --output FILE.pdf; --months is 1 to 120\n"));
      return 2;
    }
  store = open_household (self, self->demo, &error);
  child = store != NULL ? find_child_named (store, name) : NULL;
  if (store != NULL && child == NULL)
    {
      g_printerr (_ ("No child called “%s” in this household\n"), name);
      return 1;
    }
  from = g_date_time_add_months (now, -months);
  if (child != NULL)
    report = lt_visit_summary_new (store, child, g_date_time_to_unix (from),
                                   g_date_time_to_unix (now), g_date_time_to_unix (now), audience, &error);
  if (report == NULL || !lt_visit_report_write_pdf (report, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_ ("The overview was written to %s\n"), output);
  return 0;
}

typedef gboolean (*ChildFileFunc) (LtStore    *store,
                                   LtChild    *child,
                                   const char *path,
                                   gpointer    data,
                                   GError    **error);

/* The commands that write one PDF about one child to --output differ
 * only in what they write. */
static int
write_child_pdf (LtApplication *self,
                 GVariantDict  *options,
                 const char    *name,
                 ChildFileFunc  write,
                 gpointer       data,
                 const char    *written_message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  const char *output = NULL;
  LtChild    *child = NULL;

  if (!g_variant_dict_lookup (options, "output", "^&ay", &output))
    {
      g_printerr (_ ("Say where to write with --output FILE.pdf\n"));
      return 2;
    }
  store = open_household (self, self->demo, &error);
  if (store != NULL && (child = find_child_named (store, name)) == NULL)
    {
      g_printerr (_ ("No child called “%s” in this household\n"), name);
      return 1;
    }
  if (store == NULL || !write (store, child, output, data, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (written_message, output);
  return 0;
}

/* --export-school-overview: the one page for a meeting with the school. */
static gboolean
write_school_overview (LtStore    *store,
                       LtChild    *child,
                       const char *path,
                       gpointer    data,
                       GError    **error)
{
  g_autoptr (LtSchoolReport) report = NULL;
  GDate today;

  lt_date_today (&today);
  report = lt_school_summary_new (store, child, &today);
  return lt_school_report_write_pdf (report, path, error);
}

/* --export-agreements: the everyday agreements, for a meeting with the parents. */
static gboolean
write_agreements (LtStore    *store,
                  LtChild    *child,
                  const char *path,
                  gpointer    data,
                  GError    **error)
{
  g_autoptr (LtAgreementsReport) report = NULL;
  GDate today;

  lt_date_today (&today);
  report = lt_agreements_summary_new (store, child, &today);
  return lt_agreements_report_write_pdf (report, path, error);
}

/* --export-log: the notes for a meeting, for one audience. */
typedef struct
{
  const char *from, *to;
  LtAudience  audience;
} LogChoice;

static gboolean
write_log (LtStore    *store,
           LtChild    *child,
           const char *path,
           gpointer    data,
           GError    **error)
{
  LogChoice *choice = data;

  return lt_log_print_to_file (store, child, choice->from, choice->to, choice->audience, path, error);
}

static int
export_log (LtApplication *self,
            GVariantDict  *options,
            const char    *name)
{
  LogChoice choice = { NULL, NULL, LT_AUDIENCE_PROFESSIONALS };

  if (!lookup_audience (options, LT_AUDIENCE_PROFESSIONALS, &choice.audience))
    return 2;
  g_variant_dict_lookup (options, "from", "&s", &choice.from);
  g_variant_dict_lookup (options, "to", "&s", &choice.to);
  if (!lt_date_check_day (choice.from, NULL, NULL) || !lt_date_check_day (choice.to, NULL, NULL))
    {
      g_printerr (_ ("--from and --to are days, YYYY-MM-DD\n"));
      return 2;
    }
  return write_child_pdf (self, options, name, write_log, &choice, _ ("The notes were written to %s\n"));
}

/* --export-household-ics: every child's events in one file, for a
 * residential home's shared calendar. */
static int
export_household_ics (LtApplication *self,
                      GVariantDict  *options)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  const char *output = NULL;

  if (!g_variant_dict_lookup (options, "output", "^&ay", &output))
    {
      g_printerr (_ ("Say where to write with --output FILE.ics\n"));
      return 2;
    }
  store = open_household (self, self->demo, &error);
  if (store == NULL || !lt_ics_export_to_file (store, NULL, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_ ("The calendar was written to %s\n"), output);
  return 0;
}

/* --export-ics and --import-ics: a child's calendar out and in. */
static int
calendar_command (LtApplication *self,
                  GVariantDict  *options,
                  const char    *name,
                  const char    *import_path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_auto (LtIcsResult) result = { 0 };
  const char *output = NULL;
  LtChild    *child;

  if (import_path == NULL && !g_variant_dict_lookup (options, "output", "^&ay", &output))
    {
      g_printerr (_ ("Say where to write with --output FILE.ics\n"));
      return 2;
    }
  if (name == NULL)
    {
      g_printerr (_ ("--import-ics needs --child NAME\n"));
      return 2;
    }
  store = open_household (self, self->demo, &error);
  child = store != NULL ? find_child_named (store, name) : NULL;
  if (store != NULL && child == NULL)
    {
      g_printerr (_ ("No child called “%s” in this household\n"), name);
      return 1;
    }
  if (child != NULL && import_path == NULL && lt_ics_export_to_file (store, child, output, &error))
    {
      g_print (_ ("The calendar was written to %s\n"), output);
      return 0;
    }
  if (child != NULL && import_path != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (import_path);

      bytes = g_file_load_bytes (file, NULL, NULL, &error);
      if (bytes != NULL && lt_ics_import (store, child, bytes, &result, &error))
        {
          for (guint i = 0; i < result.skipped->len; i++)
            g_print ("%s\n", (char *) g_ptr_array_index (result.skipped, i));
          g_print (ngettext ("%u event added, %u already there\n",
                             "%u events added, %u already there\n", result.added),
                   result.added, result.already);
          return 0;
        }
    }
  g_printerr ("%s\n", error->message);
  return 1;
}

typedef enum
{
  DIAGRAM_GENOGRAM,
  DIAGRAM_NETWORK,
} DiagramKind;

/* --export-genogram and --export-network: the drawing as PNG, SVG or PDF. */
static int
export_diagram (LtApplication *self,
                GVariantDict  *options,
                const char    *name,
                DiagramKind    kind)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autofree char *title = NULL;
  const char      *output = NULL;
  LtChild         *child;
  gboolean         written;

  if (!g_variant_dict_lookup (options, "output", "^&ay", &output))
    {
      g_printerr (_ ("Say where to write with --output FILE.png, .svg or .pdf\n"));
      return 2;
    }
  store = open_household (self, self->demo, &error);
  child = store != NULL ? find_child_named (store, name) : NULL;
  if (store != NULL && child == NULL)
    {
      g_printerr (_ ("No child called “%s” in this household\n"), name);
      return 1;
    }
  if (child != NULL && kind == DIAGRAM_GENOGRAM)
    {
      g_autoptr (LtGenogram) genogram = lt_genogram_new_from_store (store, child);
      LtGenogramStyle style = g_variant_dict_contains (options, "child-friendly")
                                  ? LT_GENOGRAM_STYLE_CHILD_FRIENDLY
                                  : LT_GENOGRAM_STYLE_PROFESSIONAL;

      title = g_strdup_printf (_ ("%s’s family"), lt_child_get_display_name (child));
      written = lt_genogram_export (genogram, style, output, title, &error);
    }
  else if (child != NULL)
    {
      g_autoptr (GListModel) persons = lt_store_list_persons (store, child);
      g_autoptr (LtNetworkMap) map =
          lt_network_map_new_from_persons (lt_child_get_display_name (child), persons);

      title = g_strdup_printf (_ ("%s’s network"), lt_child_get_display_name (child));
      written = lt_network_export (map, output, title, &error);
    }
  else
    written = FALSE;
  if (!written)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_ ("The drawing was written to %s\n"), output);
  return 0;
}

/* --export-handover: the package of the child's planned move, into a folder. */
static int
export_handover (LtApplication *self,
                 GVariantDict  *options,
                 const char    *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;
  g_autoptr (LtMove) move = NULL;
  g_autofree char *written = NULL;
  const char      *output = NULL;
  LtChild         *child;

  if (!g_variant_dict_lookup (options, "output", "^&ay", &output))
    {
      g_printerr (_ ("Say which folder to write in with --output FOLDER\n"));
      return 2;
    }
  store = open_household (self, self->demo, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  child = find_child_named (store, name);
  if (child == NULL)
    {
      g_printerr (_ ("No child called “%s” in this household\n"), name);
      return 1;
    }
  move = lt_gentle_move_find_planned (store, child);
  if (move == NULL)
    {
      g_printerr (_ ("No move is planned for %s. Plan one in the app first.\n"), name);
      return 1;
    }
  if (!lt_handover_write_full (store, child, move, output, NULL, NULL, &written, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_ ("The handover package was written to %s\n"), written);
  return 0;
}

static int
lt_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  LtApplication *self = LT_APPLICATION (application);
  const char    *export_file = NULL;
  const char    *import_file = NULL;
  const char    *book_child = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("livstraad %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "database", "^ay", &self->database_path);
  g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot_path);
  g_variant_dict_lookup (options, "show-child", "s", &self->show_child);
  g_variant_dict_lookup (options, "show-view", "s", &self->show_view);
  g_variant_dict_lookup (options, "adult", "s", &self->adult_name);
  self->use_recovery_key = g_variant_dict_contains (options, "recovery-key");
  self->demo = g_variant_dict_contains (options, "demo");

  if (g_variant_dict_lookup (options, "set-up", "&s", &book_child))
    {
      g_autofree char *path = dup_database_path (self);

      return lt_cli_set_up (path, book_child);
    }

  if (g_variant_dict_lookup (options, "export-child-copy", "&s", &book_child))
    return child_copy_command (self, options, book_child);
  if (g_variant_dict_lookup (options, "backup", "^&ay", &export_file))
    return backup_command (self, export_file);
  if (g_variant_dict_lookup (options, "restore", "^&ay", &import_file))
    return restore_command (self, import_file);
  if (g_variant_dict_lookup (options, "export-json", "^&ay", &export_file))
    return export_json (self, export_file);
  if (g_variant_dict_lookup (options, "import-json", "^&ay", &import_file))
    return import_json (self, import_file);
  if (g_variant_dict_lookup (options, "export-book", "&s", &book_child))
    return export_book (self, options, book_child);
  if (g_variant_dict_lookup (options, "export-visit-overview", "&s", &book_child))
    return export_visit_overview (self, options, book_child);
  if (g_variant_dict_lookup (options, "export-log", "&s", &book_child))
    return export_log (self, options, book_child);
  if (g_variant_dict_lookup (options, "export-school-overview", "&s", &book_child))
    return write_child_pdf (self, options, book_child, write_school_overview, NULL,
                            _ ("The school overview was written to %s\n"));
  if (g_variant_dict_lookup (options, "export-agreements", "&s", &book_child))
    return write_child_pdf (self, options, book_child, write_agreements, NULL,
                            _ ("The everyday agreements were written to %s\n"));
  if (g_variant_dict_lookup (options, "export-ics", "&s", &book_child))
    return calendar_command (self, options, book_child, NULL);
  if (g_variant_dict_contains (options, "export-household-ics"))
    return export_household_ics (self, options);
  if (g_variant_dict_lookup (options, "import-ics", "^&ay", &import_file))
    {
      const char *child_name = NULL;

      g_variant_dict_lookup (options, "child", "&s", &child_name);
      return calendar_command (self, options, child_name, import_file);
    }
  if (g_variant_dict_lookup (options, "import-gedcom", "^&ay", &import_file))
    return import_gedcom (self, options, import_file);
  if (g_variant_dict_lookup (options, "export-genogram", "&s", &book_child))
    return export_diagram (self, options, book_child, DIAGRAM_GENOGRAM);
  if (g_variant_dict_lookup (options, "export-network", "&s", &book_child))
    return export_diagram (self, options, book_child, DIAGRAM_NETWORK);
  if (g_variant_dict_lookup (options, "export-handover", "&s", &book_child))
    return export_handover (self, options, book_child);

  /* A screenshot run is a window of its own, never handed to a running app. */
  if (self->screenshot_path != NULL)
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
  return -1;
}

/* ---- windows --------------------------------------------------------- */

static LtChild *
find_child_named (LtStore    *store,
                  const char *name)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      if (g_strcmp0 (lt_child_get_display_name (child), name) == 0 ||
          g_strcmp0 (lt_child_get_name (child), name) == 0)
        return child;
    }
  return NULL;
}

static gboolean
take_screenshot_cb (gpointer data)
{
  GtkWindow     *window = data;
  LtApplication *self = LT_APPLICATION (gtk_window_get_application (window));
  g_autoptr (GError) error = NULL;

  if (!lt_screenshot_save (GTK_WIDGET (window), self->screenshot_path, &error))
    {
      g_printerr ("%s\n", error->message);
      self->failed = TRUE;
    }
  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

static void
take_screenshot_later (LtApplication *self,
                       GtkWindow     *window)
{
  /* Same size and no animations, so screenshots can be compared. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_set_default_size (window, 1100, 780);
  g_timeout_add (1200, take_screenshot_cb, window);
}

static void
remind_of_backup (LtWindow *window)
{
  AdwToast *toast = lt_backup_reminder_toast ();

  if (toast != NULL)
    lt_window_add_toast (window, toast);
}

/* A child whose records were to be kept until a day that has passed: show
 * the child and offer to delete (the usual confirmation follows). */
static void
remind_of_keeping (LtWindow *window,
                   LtStore  *store)
{
  GDate            today;
  g_autofree char *iso = NULL;
  g_autoptr (GPtrArray) past = NULL;
  g_auto (LtChildPrivacy) privacy = { 0 };
  g_autofree char *until = NULL;
  g_autofree char *title = NULL;
  AdwToast        *toast;
  LtChild         *child;

  lt_date_today (&today);
  iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&today), g_date_get_month (&today),
                         g_date_get_day (&today));
  past = lt_store_dup_children_past_keeping (store, iso, NULL);
  if (past == NULL || past->len == 0)
    return;
  child = g_ptr_array_index (past, 0);
  if (!lt_store_get_child_privacy (store, lt_record_get_id (LT_RECORD (child)), &privacy, NULL))
    return;
  until = lt_date_format (privacy.keep_until);
  title = g_strdup_printf (_ ("%s’s records were to be kept until %s"), lt_child_get_display_name (child), until);
  lt_window_show_child (window, child);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _ ("_Delete…"));
  adw_toast_set_action_name (toast, "win.remove-child");
  adw_toast_set_timeout (toast, 0);
  lt_window_add_toast (window, toast);
}

static void
present_window (LtApplication *self,
                LtStore       *store,
                gboolean       demo)
{
  LtWindow *window;

  /* The history names who made a change: the adult who unlocked, else
   * the computer user. */
  if (lt_store_get_actor (store) == NULL)
    lt_store_set_actor (store, g_get_real_name ());
  window = lt_window_new (GTK_APPLICATION (self), store, demo);

  if (self->show_child != NULL)
    {
      LtChild *child = find_child_named (store, self->show_child);

      if (child != NULL)
        lt_window_show_child (window, child);
      if (child != NULL && self->show_view != NULL)
        {
          const char *const views[] = { "overview", "book", "photos", "calendar", "calendar-agenda", "calendar-demo-month", "network",
                                        "network-compare", "family", "school", "school-today", "school-week",
                                        "school-life", "school-progress", "log", NULL };

          const char *view = g_str_has_prefix (self->show_view, "guidance-")
                                 ? self->show_view + strlen ("guidance-")
                                 : self->show_view;

          if (g_strv_contains (views, view))
            lt_window_show_view (window, self->show_view);
          else
            g_printerr (_ ("The view must be overview, book, photos, calendar, log, school, network or family, not "
                           "“%s”\n"),
                        self->show_view);
        }
      else
        g_printerr (_ ("No child called “%s” in this household\n"), self->show_child);
    }

  if (self->screenshot_path != NULL)
    take_screenshot_later (self, GTK_WINDOW (window));
  if (!demo && lt_store_get_key (store) != NULL && self->lock == NULL)
    {
      self->lock = lt_app_lock_new (GTK_APPLICATION (self), store);
      self->household = g_object_ref (store);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "lock")), TRUE);
      g_simple_action_set_enabled (
          G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "household-keys")), TRUE);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "backup")),
                                   TRUE);
      remind_of_backup (window);
      remind_of_keeping (window, store);
    }
  gtk_window_present (GTK_WINDOW (window));
}

static void
show_open_error (LtApplication *self,
                 GError        *error)
{
  GtkWidget *dialog = adw_message_dialog_new (NULL, _ ("Could Not Open the Household"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
  if (self->screenshot_path != NULL)
    {
      /* Nobody will read a dialog in a screenshot run: say it and stop. */
      g_printerr ("%s\n", error->message);
      self->failed = TRUE;
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

static void
on_household_ready_cb (GtkWindow *gate,
                       LtStore   *store,
                       gpointer   data)
{
  LtApplication *self = data;

  present_window (self, store, FALSE);
  gtk_window_destroy (gate);
}

/* A real household opens through a gate: set-up the first time (or to
 * encrypt a household from before), the unlock window after that. */
static void
open_real_household (LtApplication *self)
{
  g_autofree char *path = dup_database_path (self);
  LtVaultState     state = lt_vault_get_state (path);
  GtkWindow       *gate;

  if (state == LT_VAULT_LOCKED && self->screenshot_path == NULL)
    {
      /* Remembered in the keyring: open at once; a locked or missing
       * keyring just means the passphrase is asked for. */
      g_autoptr (GError) error = NULL;
      g_autoptr (LtSecret) key = lt_keyring_lookup_key (path, &error);
      g_autoptr (LtStore) store = key != NULL ? lt_vault_open (path, key, &error) : NULL;

      if (store != NULL)
        {
          present_window (self, store, FALSE);
          return;
        }
      if (error != NULL)
        g_debug ("The keyring did not open the household: %s", error->message);
    }
  if (state == LT_VAULT_LOCKED)
    gate = GTK_WINDOW (lt_unlock_window_new (GTK_APPLICATION (self), path, NULL));
  else
    gate = GTK_WINDOW (lt_setup_window_new (GTK_APPLICATION (self), path, state));
  g_signal_connect_object (gate, state == LT_VAULT_LOCKED ? "unlocked" : "done",
                           G_CALLBACK (on_household_ready_cb), self, 0);
  if (self->screenshot_path != NULL)
    take_screenshot_later (self, gate);
  gtk_window_present (gate);
}

static void
lt_application_activate (GApplication *application)
{
  LtApplication *self = LT_APPLICATION (application);
  GtkWindow     *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  if (!self->demo)
    {
      open_real_household (self);
      return;
    }

  store = open_household (self, TRUE, &error);
  if (store == NULL)
    {
      show_open_error (self, error);
      return;
    }
  present_window (self, store, TRUE);
}

/* ---- app actions ----------------------------------------------------- */

static void
open_demo_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       data)
{
  LtApplication *self = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (LtStore) store = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      gboolean is_demo = FALSE;

      if (LT_IS_WINDOW (l->data))
        g_object_get (l->data, "is-demo", &is_demo, NULL);
      if (is_demo)
        {
          gtk_window_present (l->data);
          return;
        }
    }

  store = open_household (self, TRUE, &error);
  if (store == NULL)
    {
      show_open_error (self, error);
      return;
    }
  present_window (self, store, TRUE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       data)
{
  LtApplication *self = data;
  const char    *developers[] = { "Livstråd developers", NULL };
  GtkWidget     *about = adw_about_window_new ();

  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), _ ("Livstråd"));
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _ ("Livstråd developers"));
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
                                 _ ("Keeps the thread of a placed child’s life: their history, "
                                    "the people in their life and their story. Everything stays "
                                    "on this computer.\n\nBuilt on the Danish National Board of "
                                    "Social Services’ 2024 recommendations for good placements."));
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _ ("translator-credits"));
  gtk_window_set_transient_for (GTK_WINDOW (about),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (about));
}

static void
lock_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       data)
{
  LtApplication *self = data;

  if (self->lock != NULL)
    lt_app_lock_lock (self->lock);
}

static void
household_keys_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       data)
{
  LtApplication *self = data;
  GtkWindow     *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->household != NULL)
    gtk_window_present (GTK_WINDOW (lt_keys_window_new (parent, self->household)));
}

static void
backup_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  LtApplication *self = data;

  if (self->household != NULL)
    lt_backup_dialog_run (gtk_application_get_active_window (GTK_APPLICATION (self)), self->household);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       data)
{
  GtkApplication *application = data;

  /* Closing each window lets it save its size. */
  for (GList *l = gtk_application_get_windows (application); l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "open-demo", open_demo_action },
  { "about", about_action },
  { "lock", lock_action },
  { "household-keys", household_keys_action },
  { "backup", backup_action },
  { "quit", quit_action },
};

static void
lt_application_startup (GApplication *application)
{
  const char *quit_accels[] = { "<Primary>q", NULL };
  const char *lock_accels[] = { "<Primary>l", NULL };

  G_APPLICATION_CLASS (lt_application_parent_class)->startup (application);

  /* The names of a child's exports and imports stay out of the desktop's
   * recently used files. */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.lock", lock_accels);
  /* Until an encrypted household is open there is nothing to lock. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (application), "lock")), FALSE);
  g_simple_action_set_enabled (
      G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (application), "household-keys")), FALSE);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (application), "backup")),
                               FALSE);
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_application_finalize (GObject *object)
{
  LtApplication *self = LT_APPLICATION (object);

  g_free (self->database_path);
  g_free (self->screenshot_path);
  g_free (self->show_child);
  g_free (self->show_view);
  g_free (self->adult_name);
  g_clear_object (&self->lock);
  g_clear_object (&self->household);

  G_OBJECT_CLASS (lt_application_parent_class)->finalize (object);
}

static void
lt_application_class_init (LtApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lt_application_finalize;
  application_class->handle_local_options = lt_application_handle_local_options;
  application_class->startup = lt_application_startup;
  application_class->activate = lt_application_activate;
}

static void
lt_application_init (LtApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _ ("Life story, history and network for children in "
                                               "foster care and residential homes."));
}

/* Returns: (transfer full): the application */
LtApplication *
lt_application_new (void)
{
  return g_object_new (LT_TYPE_APPLICATION, "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/dk/livstraad/Livstraad", NULL);
}

/* Returns: whether a developer run (--screenshot) failed; main() exits 1 then. */
gboolean
lt_application_get_failed (LtApplication *self)
{
  g_return_val_if_fail (LT_IS_APPLICATION (self), TRUE);

  return self->failed;
}
