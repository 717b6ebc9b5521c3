/* test-agreements-report.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The everyday agreements PDF: one page for a few, with æøå and every
 * column; as many pages as a long register needs, none of it lost; a
 * readable page when there is nothing yet; no file left when it cannot be
 * written.
 */
#include "config.h"

#include "lt-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lt-agreements-report.h"

static char *
run (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int   status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
pages_of (const char *pdf)
{
  const char      *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  const char      *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  pages += strlen ("Pages:");
  return (guint) g_ascii_strtoull (pages + strspn (pages, " "), NULL, 10);
}

static char *
text_of (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return run (argv);
}

/* Two topics with the demo's kind of agreements, and @n_more in a third. */
static LtAgreementsReport *
sample_report (guint n_more)
{
  LtAgreementsReport *report = lt_agreements_report_new ("Søren Ærø Ålund", "23. november 2026");
  LtAgreementsGroup  *haircut = lt_agreements_report_add_group (report, "Klipning");
  LtAgreementsGroup  *phone = lt_agreements_report_add_group (report, "Telefon og sociale medier");
  LtAgreementsItem   *item;

  lt_agreements_group_add_item (haircut, "Klipning hos frisør", "Forældrene", "forældrene og barnet",
                                "forældrene", "20. august 2026", "1. februar 2027",
                                "Mor bestemmer længden sammen med Søren.");
  item = lt_agreements_group_add_item (phone, "Mobil: tider og regler", "Sammen", "barnet",
                                       "kommunen", "3. september 2026", "19. november 2026", NULL);
  item->review_due = TRUE;
  if (n_more > 0)
    {
      LtAgreementsGroup *other = lt_agreements_report_add_group (report, "Andet");

      for (guint i = 1; i <= n_more; i++)
        {
          g_autofree char *title = g_strdup_printf ("Aftale nr. %u", i);

          lt_agreements_group_add_item (other, title, "Plejefamilien", "ingen", "forældrene",
                                        "1. marts 2026", NULL,
                                        "En note, der er lang nok til at fylde to linjer i "
                                        "tabellens første kolonne, så rækken bliver højere.");
        }
    }
  return report;
}

static void
test_one_page (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-agreements-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (folder, "aftaler.pdf", NULL);
  g_autoptr (LtAgreementsReport) report = sample_report (0);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  GStatBuf         buf;

  g_assert_true (lt_agreements_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (pdf, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (pages_of (pdf), ==, 1);
  text = text_of (pdf);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Everyday Agreements for Søren Ærø Ålund"));
  g_assert_nonnull (strstr (text, "Klipning hos frisør"));
  g_assert_nonnull (strstr (text, "Telefon og sociale medier"));
  g_assert_nonnull (strstr (text, "Forældrene"));
  g_assert_nonnull (strstr (text, "kommunen"));
  g_assert_nonnull (strstr (text, "Mor bestemmer længden"));
  g_assert_nonnull (strstr (text, "1. februar 2027"));
  g_assert_nonnull (strstr (text, "(due)"));
  g_assert_null (strstr (text, "continued"));
  lt_test_remove_tree (folder);
}

/* A long register goes on over pages, and every agreement is on one. */
static void
test_many_pages (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-agreements-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (folder, "aftaler.pdf", NULL);
  g_autoptr (LtAgreementsReport) report = sample_report (60);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (lt_agreements_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pages_of (pdf), >=, 3);
  text = text_of (pdf);
  g_assert_nonnull (strstr (text, "(continued)"));
  g_assert_nonnull (strstr (text, "Page 3"));
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Aftale nr. %u\n", i);

      g_assert_nonnull (strstr (text, title));
    }
  lt_test_remove_tree (folder);
}

static void
test_empty (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-agreements-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (folder, "aftaler.pdf", NULL);
  g_autoptr (LtAgreementsReport) report = lt_agreements_report_new ("Ida", "23. november 2026");
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (lt_agreements_report_write_pdf (report, pdf, &error));
  g_assert_cmpuint (pages_of (pdf), ==, 1);
  text = text_of (pdf);
  g_assert_nonnull (strstr (text, "No agreements yet."));
  lt_test_remove_tree (folder);
}

static void
test_missing_folder (void)
{
  g_autofree char *folder = g_dir_make_tmp ("lt-agreements-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (folder, "not-here", "aftaler.pdf", NULL);
  g_autofree char *inner = g_build_filename (folder, "not-here", NULL);
  g_autoptr (LtAgreementsReport) report = sample_report (3);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;

  g_assert_false (lt_agreements_report_write_pdf (report, pdf, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "folder exists"));
  g_assert_false (g_file_test (inner, G_FILE_TEST_EXISTS));
  dir = g_dir_open (folder, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
  lt_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agreements-report/one-page", test_one_page);
  g_test_add_func ("/agreements-report/many-pages", test_many_pages);
  g_test_add_func ("/agreements-report/empty", test_empty);
  g_test_add_func ("/agreements-report/missing-folder", test_missing_folder);
  return g_test_run ();
}
