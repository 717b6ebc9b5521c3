/* lt-gedcom-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Importing a GEDCOM file into a child's family: choose the file, read it
 * in a worker thread, then one dialog that says what is in it, asks who
 * the child is in the file and what to do with people already there, and
 * lists what is left out.  The import itself is one transaction.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-gedcom-dialog.h"
#include "lt-gedcom-import.h"
#include "lt-window.h"

typedef struct
{
  GtkWindow    *parent;
  LtStore      *store;
  LtChild      *child;
  GFile        *file;
  LtGedcomPlan *plan;
  AdwComboRow  *child_row;
  AdwComboRow  *duplicates_row;
} Import;

static void
import_free (Import *import)
{
  g_clear_object (&import->parent);
  g_clear_object (&import->store);
  g_clear_object (&import->child);
  g_clear_object (&import->file);
  g_clear_pointer (&import->plan, lt_gedcom_plan_free);
  g_free (import);
}

static char *
file_name (Import *import)
{
  return g_file_get_basename (import->file);
}

static void
show_error (Import     *import,
            const char *message)
{
  g_autofree char *name = file_name (import);
  g_autofree char *heading = g_strdup_printf (_ ("“%s” Could Not Be Imported"), name);
  GtkWidget       *dialog = adw_message_dialog_new (import->parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the import -------------------------------------------------------- */

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Import           *import)
{
  LtGedcomPlan      *plan = import->plan;
  guint              who = adw_combo_row_get_selected (import->child_row);
  LtGedcomDuplicates duplicates = LT_GEDCOM_USE_EXISTING;
  g_autoptr (GError) error = NULL;
  LtGedcomResult result;

  if (!g_str_equal (response, "import"))
    {
      import_free (import);
      return;
    }
  /* The first choice is "not in the file". */
  plan->child_xref =
      who == 0 ? NULL
               : ((LtGedcomIndividual *) g_ptr_array_index (plan->file->individuals, who - 1))->xref;
  if (import->duplicates_row != NULL && adw_combo_row_get_selected (import->duplicates_row) == 1)
    duplicates = LT_GEDCOM_ADD_AGAIN;

  if (!lt_gedcom_plan_import (plan, import->store, import->child, duplicates, &result, &error))
    show_error (import, error->message);
  else
    lt_window_toast_from (
        GTK_WIDGET (import->parent),
        adw_toast_new_format (_ ("%u people and %u relations added; %u were already there"),
                              result.added, result.relations, result.reused));
  import_free (import);
}

static char *
individual_label (const LtGedcomIndividual *individual)
{
  const char *name = individual->name != NULL ? individual->name : _ ("Name not known");

  if (individual->birth_year != 0)
    return g_strdup_printf ("%s (%d)", name, individual->birth_year);
  return g_strdup (name);
}

static GtkWidget *
make_child_row (Import *import)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *title = NULL;
  GtkWidget       *row = adw_combo_row_new ();
  guint            selected = 0;

  gtk_string_list_append (names, _ ("Not in the file"));
  for (guint i = 0; i < import->plan->file->individuals->len; i++)
    {
      const LtGedcomIndividual *individual = g_ptr_array_index (import->plan->file->individuals, i);
      g_autofree char          *label = individual_label (individual);

      gtk_string_list_append (names, label);
      if (g_strcmp0 (individual->xref, import->plan->child_xref) == 0)
        selected = i + 1;
    }
  title = g_strdup_printf (_ ("Who Is %s in the File?"), lt_child_get_display_name (import->child));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _ ("Ties to this person become ties to the child"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  import->child_row = ADW_COMBO_ROW (row);
  return row;
}

static GtkWidget *
make_duplicates_row (Import *import)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  const char *const choices[] = { _ ("Use the ones already here"), _ ("Add them again"), NULL };
  g_autoptr (GtkStringList) model = gtk_string_list_new (choices);
  g_autofree char *title = NULL;
  g_autofree char *list = NULL;
  GtkWidget       *row = adw_combo_row_new ();
  guint            n = import->plan->matches->len;

  for (guint i = 0; i < n && i < 6; i++)
    g_ptr_array_add (names, (gpointer) lt_person_get_name (
                                ((LtGedcomMatch *) g_ptr_array_index (import->plan->matches, i))->existing));
  if (n > 6)
    g_ptr_array_add (names, "…");
  g_ptr_array_add (names, NULL);
  list = g_strjoinv (", ", (char **) names->pdata);
  title = g_strdup_printf (ngettext ("%u Person Is Already Here", "%u People Are Already Here", n), n);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), list);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  import->duplicates_row = ADW_COMBO_ROW (row);
  return row;
}

static GtkWidget *
make_skipped_list (Import *import)
{
  GPtrArray       *skipped = import->plan->file->skipped;
  g_autofree char *title = g_strdup_printf (_ ("What Is Left Out (%u)"), skipped->len);
  g_autoptr (GString) text = g_string_new (NULL);
  GtkWidget *expander = gtk_expander_new (title);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *label;

  for (guint i = 0; i < skipped->len; i++)
    g_string_append_printf (text, i == 0 ? "%s" : "\n%s", (char *) g_ptr_array_index (skipped, i));
  label = gtk_label_new (text->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_expander_set_child (GTK_EXPANDER (expander), scroller);
  return expander;
}

static void
ask (Import *import)
{
  LtGedcomFile    *file = import->plan->file;
  g_autofree char *name = file_name (import);
  g_autofree char *heading = g_strdup_printf (_ ("Import From “%s”?"), name);
  g_autofree char *counts = NULL;
  g_autofree char *body = NULL;
  GtkWidget       *dialog;
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget       *group = adw_preferences_group_new ();

  counts = g_strdup_printf (ngettext ("The file has %u person", "The file has %u people",
                                      file->individuals->len),
                            file->individuals->len);
  body = g_strdup_printf (ngettext ("%s and %u family. They are added to %s’s family tree.",
                                    "%s and %u families. They are added to %s’s family tree.",
                                    file->families->len),
                          counts, file->families->len, lt_child_get_display_name (import->child));
  dialog = adw_message_dialog_new (import->parent, heading, body);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), make_child_row (import));
  if (import->plan->matches->len > 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), make_duplicates_row (import));
  gtk_box_append (GTK_BOX (box), group);
  if (file->skipped->len > 0)
    gtk_box_append (GTK_BOX (box), make_skipped_list (import));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "import",
                                    _ ("_Import"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), import);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- reading ----------------------------------------------------------- */

static void
read_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError       *error = NULL;
  LtGedcomFile *file = lt_gedcom_parse_file (G_FILE (data), cancellable, &error);

  if (file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, file, (GDestroyNotify) lt_gedcom_file_free);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Import *import = data;
  g_autoptr (GError) error = NULL;
  LtGedcomFile *file = g_task_propagate_pointer (G_TASK (result), &error);

  if (file == NULL)
    {
      show_error (import, error->message);
      import_free (import);
      return;
    }
  import->plan = lt_gedcom_plan_new (import->store, import->child, file);
  ask (import);
}

static void
read_file (Import *import)
{
  g_autoptr (GTask) task = g_task_new (NULL, NULL, on_read_cb, import);

  g_task_set_task_data (task, g_object_ref (import->file), g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   Import          *import)
{
  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      import_free (import);
      return;
    }
  import->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  read_file (import);
}

static Import *
import_new (GtkWindow *parent,
            LtStore   *store,
            LtChild   *child)
{
  Import *import = g_new0 (Import, 1);

  import->parent = g_object_ref (parent);
  import->store = g_object_ref (store);
  import->child = g_object_ref (child);
  return import;
}

/**
 * lt_gedcom_dialog_import_file:
 *
 * Reads @file and asks about importing it into @child's family.
 */
void
lt_gedcom_dialog_import_file (GtkWindow *parent,
                              LtStore   *store,
                              LtChild   *child,
                              GFile     *file)
{
  Import *import = import_new (parent, store, child);

  import->file = g_object_ref (file);
  read_file (import);
}

/**
 * lt_gedcom_dialog_choose_and_import:
 *
 * Asks for a GEDCOM file and imports it into @child's family, after
 * showing what is in it.
 */
void
lt_gedcom_dialog_choose_and_import (GtkWindow *parent,
                                    LtStore   *store,
                                    LtChild   *child)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (
      _ ("Import From Genealogy File"), parent, GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"),
      _ ("_Cancel"));
  g_autoptr (GtkFileFilter) gedcom = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();
  Import *import = import_new (parent, store, child);

  gtk_file_filter_set_name (gedcom, _ ("GEDCOM files (.ged)"));
  gtk_file_filter_add_pattern (gedcom, "*.[gG][eE][dD]");
  gtk_file_filter_set_name (all, _ ("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), gedcom);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), import);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
