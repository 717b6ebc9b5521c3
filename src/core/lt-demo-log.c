/* lt-demo-log.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Two weeks of Ida's daily log in the demo: notes by the foster parents,
 * lines in Ida's own words, a few marked for professionals and one for
 * her parents.
 */
#include "config.h"

#include "lt-demo-private.h"

typedef struct
{
  const char *day;
  const char *time;
  const char *writer;
  gboolean    child_line;
  gint64      audience;
  const char *text;
  const char *about; /* a person of the child's, by name; nullable */
} DemoNote;

static const DemoNote ida_notes[] = {
  { "2026-11-09", "07:40", "Anne", FALSE, LT_AUDIENCE_PROFESSIONALS,
    "Svær morgen efter weekenden. Ville ikke i skole, faldt til ro i bilen. #skole #følelser" },
  { "2026-11-10", "16:30", "Søren", FALSE, 0, "Håndbold: scorede to mål og var stolt hele aftenen. #fritid" },
  { "2026-11-12", "20:10", "Anne", TRUE, 0, "Jeg vil gerne have at mormor kommer til min kamp. #samvær", "Else Sørensen" },
  { "2026-11-14", "08:15", "Anne", FALSE, 0, "Sov hele natten uden at vågne. #søvn" },
  { "2026-11-15", "19:00", "Søren", FALSE, LT_AUDIENCE_PARENTS,
    "Ida bagte kanelsnegle og gemte to til mor. #mad #samvær", "Camilla Sørensen" },
  { "2026-11-17", "15:20", "Anne", FALSE, LT_AUDIENCE_PROFESSIONALS,
    "Hanne ringede: Ida deltager mere i timerne og hjælper en ny pige i klassen. #skole", "Hanne Bæk" },
  { "2026-11-18", "21:00", "Anne", TRUE, 0, "I dag var en god dag fordi jeg fik en ny ven. #følelser" },
  { "2026-11-20", "07:30", "Søren", FALSE, 0, "Lidt hoste, men feberfri. Tog med i skole. #helbred" },
  { "2026-11-22", "18:45", "Anne", FALSE, 0, "Søndagsopkald med mormor: grinede meget. #samvær", "Else Sørensen" },
};

/* Links @note to the child's person called @name, if there is one. */
static gboolean
add_about (LtStore    *store,
           LtChild    *child,
           LtLogNote  *note,
           const char *name,
           GError    **error)
{
  g_autoptr (GListModel) persons = lt_store_list_persons (store, child);
  g_autoptr (GPtrArray) about = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; name != NULL && i < g_list_model_get_n_items (persons); i++)
    {
      LtPerson *person = g_list_model_get_item (persons, i);

      if (g_strcmp0 (lt_person_get_name (person), name) == 0)
        g_ptr_array_add (about, person);
      else
        g_object_unref (person);
    }
  return about->len == 0 || lt_store_set_note_persons (store, note, about, error);
}

/* Adds the notes to Ida's log (the other demo children get none). */
gboolean
lt_demo_add_log (LtStore *store,
                 LtChild *child,
                 GError **error)
{
  if (!g_str_has_prefix (lt_child_get_name (child), "Ida"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (ida_notes); i++)
    {
      const DemoNote *d = &ida_notes[i];
      g_autoptr (LtLogNote) note = lt_log_note_new ();

      lt_log_note_set_child_id (note, lt_record_get_id (LT_RECORD (child)));
      lt_log_note_set_day (note, d->day);
      lt_log_note_set_time (note, d->time);
      lt_log_note_set_writer (note, d->writer);
      lt_log_note_set_child_line (note, d->child_line);
      lt_log_note_set_audience (note, d->audience);
      lt_log_note_set_text (note, d->text);
      if (!lt_store_add (store, LT_RECORD (note), error) || !add_about (store, child, note, d->about, error))
        return FALSE;
    }
  return TRUE;
}
