/* crash-read-error.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * One read error at a chosen moment, for the crash test: run under
 * fiu-run -x, it fails exactly one pread () (EINVAL: a plain I/O error,
 * which SQLite does not take for damage) while lt_store_remove () reads a
 * person's relations, then opens the household again and tells whether
 * the household holds what the store reported.
 *
 *   fiu-run -x -f "" crash-read-error --household DIR --passphrase FILE [--alone]
 *
 * Without --alone the removal is the second step of a transaction that
 * first adds a person: both must be there, or neither.  With --alone the
 * removal is its own transaction: the person must be gone exactly when
 * the store said it was removed.
 *
 * Exit status: 0 as the store said; 1 not as the store said; 2 the test
 * cannot run (not under fiu-run, no person to remove).
 */
#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <locale.h>

#include "crash-records.h"

#define ADDED_NAME "crash-read-error: added"

typedef int (*ExternalCallback) (const char   *name,
                                 int          *failnum,
                                 void        **failinfo,
                                 unsigned int *flags);
typedef int (*EnableExternal) (const char      *name,
                               int              failnum,
                               void            *failinfo,
                               unsigned int     flags,
                               ExternalCallback callback);

static int reads_to_fail = 0;

/* libfiu asks this before every pread (); it fails the ones asked for. */
static int
fail_armed_reads (const char   *name,
                  int          *failnum,
                  void        **failinfo,
                  unsigned int *flags)
{
  if (reads_to_fail == 0)
    return 0;
  reads_to_fail--;
  *failinfo = GINT_TO_POINTER (EINVAL);
  return 1;
}

static gboolean
arm_libfiu (void)
{
  void          *libfiu = dlopen ("libfiu.so.0", RTLD_NOW | RTLD_NOLOAD);
  EnableExternal enable = libfiu != NULL ? (EnableExternal) dlsym (libfiu, "fiu_enable_external") : NULL;

  return enable != NULL && enable ("posix/io/rw/pread", 1, NULL, 0, fail_armed_reads) == 0;
}

static guint
count_named (LtStore    *store,
             const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = crash_collect (store, FALSE, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      CrashItem *item = g_ptr_array_index (items, i);

      n += item->kind == CRASH_PERSON && g_strcmp0 (item->token, name) == 0;
    }
  return n;
}

/* Returns: (transfer full) (nullable): a person of the household's first
 * child that has one. */
static LtPerson *
find_person (LtStore *store)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);
      g_autoptr (GListModel) persons = lt_store_list_persons (store, child);

      if (g_list_model_get_n_items (persons) > 0)
        return g_list_model_get_item (persons, 0);
    }
  return NULL;
}

/* Returns whether the store reported the changes as saved. */
static gboolean
change (LtStore  *store,
        LtPerson *victim,
        gboolean  alone)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtPerson) added = lt_person_new ();
  gboolean ok = TRUE;

  if (!alone)
    {
      lt_person_set_child_id (added, lt_person_get_child_id (victim));
      lt_person_set_name (added, ADDED_NAME);
      ok = lt_store_begin (store, &error) && lt_store_add (store, LT_RECORD (added), &error);
      g_assert_no_error (error);
    }
  reads_to_fail = 1;
  ok = lt_store_remove (store, LT_RECORD (victim), &error);
  reads_to_fail = 0;
  if (ok && !alone)
    ok = lt_store_commit (store, &error);
  else if (!alone)
    lt_store_rollback (store);
  g_print ("crash-read-error: the store said: %s\n", ok ? "saved" : error->message);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *household = NULL;
  g_autofree char *passphrase_file = NULL;
  g_autofree char *passphrase = NULL;
  gboolean         alone = FALSE;
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new ("— one read error inside a transaction");
  GOptionEntry entries[] = {
    { "household", 0, 0, G_OPTION_ARG_FILENAME, &household, "Folder of the household", "DIR" },
    { "passphrase", 0, 0, G_OPTION_ARG_FILENAME, &passphrase_file, "File holding the passphrase", "FILE" },
    { "alone", 0, 0, G_OPTION_ARG_NONE, &alone, "Remove the person in a transaction of its own", NULL },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (LtStore) store = NULL;
  g_autoptr (LtPerson) victim = NULL;
  g_autofree char *victim_name = NULL;
  guint            n_added, n_victim;
  gboolean         saved;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || household == NULL ||
      passphrase_file == NULL || !g_file_get_contents (passphrase_file, &passphrase, NULL, &error))
    {
      g_printerr ("crash-read-error: %s\n", error != NULL ? error->message : "--household and --passphrase are needed");
      return 2;
    }
  g_strchomp (passphrase);
  if (!arm_libfiu ())
    {
      g_printerr ("crash-read-error: run me under fiu-run -x (libfiu's POSIX wrappers)\n");
      return 2;
    }
  store = crash_open_household (household, passphrase, FALSE, &error);
  victim = store != NULL ? find_person (store) : NULL;
  if (victim == NULL)
    {
      g_printerr ("crash-read-error: no person to remove%s%s\n", error != NULL ? ": " : "",
                  error != NULL ? error->message : "");
      return 2;
    }
  victim_name = g_strdup (lt_person_get_name (victim));

  saved = change (store, victim, alone);
  g_clear_object (&victim);
  g_clear_object (&store);

  store = crash_open_household (household, passphrase, FALSE, &error);
  g_assert_no_error (error);
  n_added = count_named (store, ADDED_NAME);
  n_victim = count_named (store, victim_name);
  g_print ("crash-read-error: opened again: %s is %s%s\n", victim_name, n_victim > 0 ? "there" : "gone",
           alone ? "" : n_added > 0 ? ", the added person is there"
                                    : ", the added person is not");
  if (saved ? n_victim == 0 && (alone || n_added == 1) : n_victim == 1 && n_added == 0)
    return 0;
  g_printerr ("crash-read-error: VIOLATION: the store said %s, but the household holds %s\n",
              saved ? "saved" : "not saved",
              n_victim == 0 && (alone || n_added == 1) ? "all of it"
              : n_victim == 1 && n_added == 0          ? "none of it"
                                                       : "a part of it");
  return 1;
}
