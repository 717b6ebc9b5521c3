/* main.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Livstråd's entry point: no core dumps, translations, then the
 * application.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include "lt-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (LtApplication) application = NULL;
  /* Developer option: run translated from the build tree (see README). */
  const char *localedir = g_getenv ("LIVSTRAAD_LOCALEDIR");
  int         status;

  /* A crash must not leave the unlocked household's keys and the
   * children's data in a core file (or in a crash reporter's hands):
   * no core file, and the process not dumpable or traceable by others. */
  setrlimit (RLIMIT_CORE, &(struct rlimit) { 0, 0 });
  prctl (PR_SET_DUMPABLE, 0, 0, 0, 0);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = lt_application_new ();
  status = g_application_run (G_APPLICATION (application), argc, argv);
  return status != 0 ? status : lt_application_get_failed (application);
}
