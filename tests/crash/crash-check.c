/* crash-check.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The crash test's checker: opens the household as the app does, runs the
 * store's integrity check (integrity_check, cipher_integrity_check,
 * foreign_key_check), replays crash-writer's journal and compares the
 * household with it, record for record, and checks that every photo row's
 * file is in the media folder and opens to the photo's bytes.
 *
 *   crash-check --household DIR --journal FILE --passphrase FILE
 *
 * Every confirmed transaction ("K") must be there, whole.  The last one,
 * when it was not confirmed (the writer was killed before or after its
 * commit, or the store reported an error), must be there whole or not at
 * all; which it was is appended to the journal ("R <seq> 1|0"), so the
 * next check replays it the same way.
 *
 * Exit status: 0 all is well; 1 a violation, told on stderr; 2 the check
 * itself could not run; 4 the household could not be opened, with an
 * error that says why and does not call it damaged (a full disk).
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "crash-records.h"
#include "lt-media.h"
#include "lt-vault.h"

#define EXIT_VIOLATION 1
#define EXIT_HARNESS 2
#define EXIT_NOT_OPENED 4

#define MAX_REPORTED 20
#define DEFAULT_CHAPTERS 8 /* lt-store-book.c */

typedef enum
{
  STATUS_OPEN, /* intent only: killed during it, or the writer died */
  STATUS_CONFIRMED,
  STATUS_FAILED,
} Status;

typedef struct
{
  char  *seq;
  char **ops;
  Status status;
  int    resolution; /* -1 none, 0 absent, 1 applied */
} Transaction;

/* What the journal says one record must be. */
typedef struct
{
  CrashKind kind;
  char     *owner; /* the child's token; "-" for a child */
  char     *value;
  char     *links; /* entries: photo tokens, "-" for none */
} Expected;

typedef struct
{
  GPtrArray *violations; /* char * */
  guint      n_photos;
  guint      n_hashed;
} Report;

static void
transaction_free (Transaction *txn)
{
  g_free (txn->seq);
  g_strfreev (txn->ops);
  g_free (txn);
}

static void
expected_free (Expected *expected)
{
  g_free (expected->owner);
  g_free (expected->value);
  g_free (expected->links);
  g_free (expected);
}

static Expected *
expected_copy (const Expected *source)
{
  Expected *copy = g_new0 (Expected, 1);

  copy->kind = source->kind;
  copy->owner = g_strdup (source->owner);
  copy->value = g_strdup (source->value);
  copy->links = g_strdup (source->links);
  return copy;
}

static GHashTable *
model_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) expected_free);
}

static GHashTable *
model_copy (GHashTable *model)
{
  GHashTable    *copy = model_new ();
  GHashTableIter iter;
  gpointer       token, expected;

  g_hash_table_iter_init (&iter, model);
  while (g_hash_table_iter_next (&iter, &token, &expected))
    g_hash_table_insert (copy, g_strdup (token), expected_copy (expected));
  return copy;
}

static void
violation (Report     *report,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
violation (Report     *report,
           const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (report->violations, g_strdup_vprintf (format, args));
  va_end (args);
}

/* ---- the journal ----------------------------------------------------- */

static Transaction *
find_transaction (GHashTable *by_seq,
                  const char *seq,
                  GError    **error)
{
  Transaction *txn = g_hash_table_lookup (by_seq, seq);

  if (txn == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 "the journal confirms %s, which it never began", seq);
  return txn;
}

/* Reads the journal; a last line without its newline was never written
 * whole and is left out. */
static GPtrArray *
read_journal (const char *path,
              GError    **error)
{
  g_autoptr (GPtrArray) transactions = g_ptr_array_new_with_free_func ((GDestroyNotify) transaction_free);
  g_autoptr (GHashTable) by_seq = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  guint n_lines;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&transactions);
  if (!g_file_get_contents (path, &text, NULL, error))
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  n_lines = g_strv_length (lines);
  for (guint i = 0; i + 1 < n_lines; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], " ", 3);
      guint        n = g_strv_length (fields);
      Transaction *txn;

      if (n >= 3 && g_str_equal (fields[0], "I"))
        {
          txn = g_new0 (Transaction, 1);
          txn->seq = g_strdup (fields[1]);
          txn->ops = g_strsplit (fields[2], ";", -1);
          txn->resolution = -1;
          g_ptr_array_add (transactions, txn);
          g_hash_table_insert (by_seq, txn->seq, txn);
        }
      else if (n == 2 && (g_str_equal (fields[0], "K") || g_str_equal (fields[0], "F")))
        {
          if ((txn = find_transaction (by_seq, fields[1], error)) == NULL)
            return NULL;
          txn->status = fields[0][0] == 'K' ? STATUS_CONFIRMED : STATUS_FAILED;
        }
      else if (n == 3 && g_str_equal (fields[0], "R"))
        {
          if ((txn = find_transaction (by_seq, fields[1], error)) == NULL)
            return NULL;
          txn->resolution = g_str_equal (fields[2], "1");
        }
      else
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "journal line %u cannot be read: %s",
                       i + 1, lines[i]);
          return NULL;
        }
    }
  return g_steal_pointer (&transactions);
}

static void
remove_from_links (GHashTable *model,
                   const char *photo)
{
  GHashTableIter iter;
  Expected      *expected;

  g_hash_table_iter_init (&iter, model);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &expected))
    {
      g_auto (GStrv) tokens = NULL;
      g_autoptr (GPtrArray) kept = NULL;

      if (expected->kind != CRASH_ENTRY || g_str_equal (expected->links, "-"))
        continue;
      tokens = g_strsplit (expected->links, ",", -1);
      kept = g_ptr_array_new ();
      for (guint i = 0; tokens[i] != NULL; i++)
        if (!g_str_equal (tokens[i], photo))
          g_ptr_array_add (kept, tokens[i]);
      g_ptr_array_add (kept, NULL);
      g_free (expected->links);
      expected->links = kept->len > 1 ? g_strjoinv (",", (char **) kept->pdata) : g_strdup ("-");
    }
}

/* What the store does on delete: a child takes its records along
 * (ON DELETE CASCADE), a photo leaves the pages that showed it. */
static void
remove_token (GHashTable *model,
              const char *token)
{
  Expected *expected = g_hash_table_lookup (model, token);
  gboolean  is_child = expected->kind == CRASH_CHILD;
  gboolean  is_photo = expected->kind == CRASH_PHOTO;

  if (is_photo)
    remove_from_links (model, token);
  if (is_child)
    {
      GHashTableIter iter;
      Expected      *owned;

      g_hash_table_iter_init (&iter, model);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &owned))
        if (g_str_equal (owned->owner, token))
          g_hash_table_iter_remove (&iter);
    }
  g_hash_table_remove (model, token);
}

static gboolean
apply_op (GHashTable *model,
          const char *op,
          GError    **error)
{
  g_auto (GStrv) f = g_strsplit (op, " ", -1);
  guint     n = g_strv_length (f);
  CrashKind kind;
  Expected *expected;

  if (n == 5 && g_str_equal (f[0], "add") && crash_kind_from_name (f[1], &kind) &&
      !g_hash_table_contains (model, f[2]))
    {
      expected = g_new0 (Expected, 1);
      expected->kind = kind;
      expected->owner = g_strdup (f[3]);
      expected->value = g_strdup (f[4]);
      expected->links = g_strdup ("-");
      g_hash_table_insert (model, g_strdup (f[2]), expected);
      return TRUE;
    }
  expected = n >= 2 ? g_hash_table_lookup (model, f[1]) : NULL;
  if (n == 3 && g_str_equal (f[0], "edit") && expected != NULL)
    {
      g_free (expected->value);
      expected->value = g_strdup (f[2]);
      return TRUE;
    }
  if (n == 2 && g_str_equal (f[0], "del") && expected != NULL)
    {
      remove_token (model, f[1]);
      return TRUE;
    }
  if (n == 3 && g_str_equal (f[0], "link") && expected != NULL && expected->kind == CRASH_ENTRY)
    {
      g_free (expected->links);
      expected->links = g_strdup (f[2]);
      return TRUE;
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "the journal's step “%s” does not fit what it wrote before", op);
  return FALSE;
}

static gboolean
apply_transaction (GHashTable  *model,
                   Transaction *txn,
                   GError     **error)
{
  for (guint i = 0; txn->ops[i] != NULL; i++)
    if (!apply_op (model, txn->ops[i], error))
      {
        g_prefix_error (error, "transaction %s: ", txn->seq);
        return FALSE;
      }
  return TRUE;
}

/* ---- comparing ------------------------------------------------------- */

/* Returns: (transfer full): the differences between @model and @actual,
 * one line each; empty when they agree. */
static GPtrArray *
compare (GHashTable *model,
         GPtrArray  *actual)
{
  g_autoptr (GPtrArray) differences = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  const char    *token;
  Expected      *expected;

  for (guint i = 0; i < actual->len; i++)
    {
      CrashItem  *item = g_ptr_array_index (actual, i);
      const char *owner = item->kind == CRASH_CHILD ? "-" : lt_child_get_name (item->child);

      expected = g_hash_table_lookup (model, item->token);
      if (!g_hash_table_add (seen, item->token))
        g_ptr_array_add (differences, g_strdup_printf ("%s “%s” is there twice",
                                                       crash_kind_name (item->kind), item->token));
      else if (expected == NULL)
        g_ptr_array_add (differences, g_strdup_printf ("%s “%s” is there but the journal has none",
                                                       crash_kind_name (item->kind), item->token));
      else if (expected->kind != item->kind || g_strcmp0 (expected->owner, owner) != 0)
        g_ptr_array_add (differences,
                         g_strdup_printf ("“%s” is a %s of %s, the journal says a %s of %s", item->token,
                                          crash_kind_name (item->kind), owner,
                                          crash_kind_name (expected->kind), expected->owner));
      else if (g_strcmp0 (expected->value, item->value) != 0)
        g_ptr_array_add (differences, g_strdup_printf ("%s “%s” has %s, the journal says %s",
                                                       crash_kind_name (item->kind), item->token,
                                                       item->value, expected->value));
      else if (item->kind == CRASH_ENTRY && g_strcmp0 (expected->links, item->links) != 0)
        g_ptr_array_add (differences, g_strdup_printf ("entry “%s” shows photos %s, the journal says %s",
                                                       item->token, item->links, expected->links));
    }
  g_hash_table_iter_init (&iter, model);
  while (g_hash_table_iter_next (&iter, (gpointer *) &token, (gpointer *) &expected))
    if (!g_hash_table_contains (seen, token))
      g_ptr_array_add (differences, g_strdup_printf ("%s “%s” of %s is missing",
                                                     crash_kind_name (expected->kind), token,
                                                     expected->owner));
  g_ptr_array_sort (differences, (GCompareFunc) g_ascii_strcasecmp);
  return g_steal_pointer (&differences);
}

static void
add_differences (Report     *report,
                 const char *heading,
                 GPtrArray  *differences)
{
  violation (report, "%s (%u differences):", heading, differences->len);
  for (guint i = 0; i < differences->len && i < MAX_REPORTED; i++)
    violation (report, "  %s", (char *) g_ptr_array_index (differences, i));
}

/* Every child's book has the default chapters once: the writer adds no
 * others, and showing a book must not add a second set. */
static void
check_chapters (LtStore   *store,
                GPtrArray *actual,
                Report    *report)
{
  for (guint i = 0; i < actual->len; i++)
    {
      CrashItem *item = g_ptr_array_index (actual, i);
      g_autoptr (GListModel) chapters = NULL;
      guint n;

      if (item->kind != CRASH_CHILD)
        continue;
      chapters = lt_store_list_chapters (store, item->child);
      n = g_list_model_get_n_items (chapters);
      if (n != DEFAULT_CHAPTERS)
        violation (report, "child “%s” has %u chapters, not the %d default ones", item->token, n,
                   DEFAULT_CHAPTERS);
    }
}

/* ---- the media folder ------------------------------------------------ */

/* Every photo row's file must be there and give back, opened with its
 * child's media key (lt_media_load), the bytes the row was saved with. */
static void
check_photo_files (LtStore    *store,
                   GPtrArray  *actual,
                   GHashTable *referenced,
                   Report     *report)
{
  const char *media_dir = lt_store_get_media_dir (store);
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) lt_secret_free);

  for (guint i = 0; i < actual->len; i++)
    {
      CrashItem       *item = g_ptr_array_index (actual, i);
      LtPhoto         *photo;
      const char      *file_name;
      g_autofree char *path = NULL;
      g_autofree char *sha256 = NULL;
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (GError) error = NULL;
      gint64    child_id;
      LtSecret *key;
      GStatBuf  st;

      if (item->kind != CRASH_PHOTO)
        continue;
      photo = LT_PHOTO (item->record);
      file_name = lt_photo_get_file_name (photo);
      report->n_photos++;
      path = g_build_filename (media_dir, file_name, NULL);
      g_hash_table_add (referenced, g_strdup (path));
      if (g_stat (path, &st) != 0)
        {
          violation (report, "photo “%s” points at %s, which is missing", item->token, file_name);
          continue;
        }
      if (!S_ISREG (st.st_mode) || st.st_size == 0)
        {
          violation (report, "photo “%s” points at %s, which is empty or not a file", item->token,
                     file_name);
          continue;
        }
      child_id = lt_photo_get_child_id (photo);
      key = g_hash_table_lookup (keys, &child_id);
      if (key == NULL && (key = lt_store_dup_media_key (store, child_id, &error)) != NULL)
        g_hash_table_insert (keys, g_memdup2 (&child_id, sizeof child_id), key);
      if (error == NULL)
        bytes = lt_media_load (path, key, &error);
      if (bytes == NULL)
        {
          violation (report, "photo “%s”: %s cannot be read: %s", item->token, file_name,
                     error != NULL ? error->message : "no media key");
          continue;
        }
      report->n_hashed++;
      sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
      if (g_strcmp0 (sha256, lt_photo_get_sha256 (photo)) != 0)
        violation (report, "photo “%s”: %s does not give back the bytes it was saved with", item->token,
                   file_name);
    }
}

/* Counts the files under @folder that no row points at, and among them the
 * temporary files an import left when it was killed. */
static void
count_unreferenced (const char *folder,
                    GHashTable *referenced,
                    guint      *n_orphans,
                    guint      *n_temporary)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        count_unreferenced (path, referenced, n_orphans, n_temporary);
      else if (!g_hash_table_contains (referenced, path))
        {
          *n_orphans += 1;
          *n_temporary += g_str_has_prefix (name, ".import-");
        }
    }
}

/* ---- main ------------------------------------------------------------ */

static char *
read_passphrase (const char *path,
                 GError    **error)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, error))
    return NULL;
  return g_strdup (g_strchomp (text));
}

static int
harness_error (const GError *error)
{
  g_printerr ("crash-check: cannot check: %s\n", error->message);
  return EXIT_HARNESS;
}

static gboolean
append_resolution (const char  *journal,
                   Transaction *txn,
                   gboolean     applied,
                   GError     **error)
{
  FILE *file = fopen (journal, "ae");

  if (file == NULL || fprintf (file, "R %s %d\n", txn->seq, applied ? 1 : 0) < 0 ||
      fflush (file) != 0 || fsync (fileno (file)) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "cannot write to %s: %s", journal,
                   g_strerror (errno));
      if (file != NULL)
        fclose (file);
      return FALSE;
    }
  return fclose (file) == 0;
}

static void
print_counts (GPtrArray *actual)
{
  guint counts[CRASH_N_KINDS] = { 0 };

  for (guint i = 0; i < actual->len; i++)
    counts[((CrashItem *) g_ptr_array_index (actual, i))->kind]++;
  g_print ("crash-check: records: %u children, %u persons, %u entries, %u events, %u photos\n",
           counts[CRASH_CHILD], counts[CRASH_PERSON], counts[CRASH_ENTRY], counts[CRASH_EVENT],
           counts[CRASH_PHOTO]);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *household = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *passphrase_file = NULL;
  g_autofree char *passphrase = NULL;
  g_autofree char *database = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new ("— check a household after a crash");
  GOptionEntry entries[] = {
    { "household", 0, 0, G_OPTION_ARG_FILENAME, &household, "Folder of the household", "DIR" },
    { "journal", 0, 0, G_OPTION_ARG_FILENAME, &journal, "The writer's journal", "FILE" },
    { "passphrase", 0, 0, G_OPTION_ARG_FILENAME, &passphrase_file, "File holding the passphrase", "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GPtrArray) transactions = NULL;
  g_autoptr (GHashTable) model = model_new ();
  g_autoptr (GHashTable) referenced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) actual = NULL;
  g_autoptr (GPtrArray) violations = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (LtStore) store = NULL;
  Report       report = { violations, 0, 0 };
  Transaction *open_txn = NULL;
  int          resolution = -1;
  guint        n_confirmed = 0, n_orphans = 0, n_temporary = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return harness_error (error);
  if (household == NULL || journal == NULL || passphrase_file == NULL)
    {
      g_printerr ("crash-check: --household, --journal and --passphrase are needed\n");
      return EXIT_HARNESS;
    }
  passphrase = read_passphrase (passphrase_file, &error);
  transactions = passphrase != NULL ? read_journal (journal, &error) : NULL;
  if (transactions == NULL)
    return harness_error (error);

  /* What must be there: every confirmed transaction, every resolved one as
   * it was found; at most the last one is still open. */
  for (guint i = 0; i < transactions->len; i++)
    {
      Transaction *txn = g_ptr_array_index (transactions, i);

      if (txn->status == STATUS_CONFIRMED || txn->resolution == 1)
        {
          n_confirmed += txn->status == STATUS_CONFIRMED;
          if (!apply_transaction (model, txn, &error))
            return harness_error (error);
        }
      else if (txn->resolution == -1 && i + 1 < transactions->len)
        {
          g_printerr ("crash-check: cannot check: transaction %s was never resolved and is not the last\n",
                      txn->seq);
          return EXIT_HARNESS;
        }
      else if (txn->resolution == -1)
        open_txn = txn;
    }

  database = g_build_filename (household, "household.db", NULL);
  if (lt_vault_get_state (database) == LT_VAULT_NEW)
    {
      /* Killed before the household was set up. */
      if (g_hash_table_size (model) > 0)
        {
          g_printerr ("crash-check: VIOLATION: the household is gone, but %u records were committed\n",
                      g_hash_table_size (model));
          return EXIT_VIOLATION;
        }
      if (open_txn != NULL && !append_resolution (journal, open_txn, FALSE, &error))
        return harness_error (error);
      g_print ("crash-check: ok: no household yet\n");
      return 0;
    }

  store = crash_open_household (household, passphrase, FALSE, &error);
  if (store == NULL)
    {
      gboolean damaged = g_error_matches (error, LT_STORE_ERROR, LT_STORE_ERROR_CORRUPT) ||
                         g_error_matches (error, LT_STORE_ERROR, LT_STORE_ERROR_NOT_A_DATABASE) ||
                         g_error_matches (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_DAMAGED);

      g_printerr ("crash-check: %s: the household does not open: %s [%s %d]\n",
                  damaged ? "VIOLATION" : "error shown", error->message,
                  g_quark_to_string (error->domain), error->code);
      return damaged ? EXIT_VIOLATION : EXIT_NOT_OPENED;
    }
  if (!lt_store_check_integrity (store, &error))
    {
      g_printerr ("crash-check: VIOLATION: the integrity check fails: %s\n", error->message);
      return EXIT_VIOLATION;
    }
  actual = crash_collect (store, TRUE, &error);
  if (actual == NULL)
    {
      g_printerr ("crash-check: VIOLATION: the household cannot be read: %s\n", error->message);
      return EXIT_VIOLATION;
    }

  {
    g_autoptr (GPtrArray) without = compare (model, actual);

    if (without->len == 0)
      resolution = 0;
    else if (open_txn == NULL)
      add_differences (&report, "the household differs from the journal", without);
    else
      {
        g_autoptr (GHashTable) with_open = model_copy (model);
        g_autoptr (GPtrArray) with = NULL;

        if (!apply_transaction (with_open, open_txn, &error))
          return harness_error (error);
        with = compare (with_open, actual);
        if (with->len == 0)
          resolution = 1;
        else
          {
            g_autofree char *head_without =
                g_strdup_printf ("without the unconfirmed transaction %s", open_txn->seq);
            g_autofree char *ops = g_strjoinv (";", open_txn->ops);
            g_autofree char *head_with = g_strdup_printf ("with it (%s)", ops);

            add_differences (&report, head_without, without);
            add_differences (&report, head_with, with);
          }
      }
  }
  check_chapters (store, actual, &report);
  check_photo_files (store, actual, referenced, &report);
  count_unreferenced (lt_store_get_media_dir (store), referenced, &n_orphans, &n_temporary);

  if (violations->len > 0)
    {
      for (guint i = 0; i < violations->len; i++)
        g_printerr ("crash-check: VIOLATION: %s\n", (char *) g_ptr_array_index (violations, i));
      return EXIT_VIOLATION;
    }
  if (open_txn != NULL && !append_resolution (journal, open_txn, resolution == 1, &error))
    return harness_error (error);

  g_print ("crash-check: ok: %u transactions confirmed", n_confirmed);
  if (open_txn != NULL)
    g_print ("; the last, %s (%s), %s", open_txn->seq,
             open_txn->status == STATUS_FAILED ? "reported failed" : "not confirmed",
             resolution == 1 ? "is in" : "is not in");
  g_print ("\n");
  if (open_txn != NULL && open_txn->status == STATUS_FAILED && resolution == 1)
    g_print ("crash-check: failed-but-applied %s\n", open_txn->seq);
  print_counts (actual);
  g_print ("crash-check: photo files: %u present, %u opened and checked by hash; media folder: %u files no row "
           "points at, %u of them temporary import files\n",
           report.n_photos, report.n_hashed, n_orphans, n_temporary);
  return 0;
}
