/* lt-demo.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The demo household: three fictional children with the kind of history
 * placed children have (several moves, day care and schools, family spread
 * out), so a new user can see what Livstråd keeps before entering anything.
 *
 * The demo always lives in its own database, made afresh on each start and
 * never mixed with real data.  The names are invented; the places are
 * ordinary Danish towns.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "lt-demo.h"
#include "lt-demo-private.h"

typedef struct
{
  const char     *place;
  LtPlacementKind kind;
  const char     *start;
  const char     *end;
  const char     *move_reason;
} DemoPlacement;

typedef struct
{
  const char  *institution;
  LtSchoolKind kind;
  const char  *class_name;
  const char  *start;
  const char  *end;
} DemoSchool;

typedef struct
{
  const char   *name;
  LtPersonRole  role;
  LtCircle      circle;
  int           closeness;
  LtGender      gender;
  int           birth_year;
  const char   *phone;
  const char   *notes;
  int           death_year;
  gboolean      lives_with_child;
  LtContactWish contact_wish;
  gboolean      unknown; /* a placeholder for someone not known */
} DemoPerson;

/* A tie between two of a demo child's people, by their index in the
 * child's person list; CHILD stands for the child. */
#define CHILD (-1)

typedef struct
{
  int            from;
  int            to;
  LtRelationKind kind;
  LtEmotion      emotion;
} DemoRelation;

/* A page of the demo life-story books; @chapter is the index of one of the
 * default chapters. */
typedef struct
{
  guint       chapter;
  const char *title;
  const char *date_text;
  LtAuthor    author;
  gboolean private;
  const char *body;
} DemoEntry;

/* An event in a demo calendar: times in UTC; @series is the index of the
 * repeating event a changed occurrence belongs to (-1 for none); @with
 * are indices in the child's person list, ended by -1. */
typedef struct
{
  LtEventKind kind;
  const char *title;
  const char *place;
  const char *starts_at;
  const char *ends_at;
  const char *rrule;
  int         with[3];
  int         series;
  const char *recurrence_id;
  gboolean    cancelled;
  LtOutcome   outcome;
  int         mood_before, mood_after;
  const char *notes_after;
  const char *accompanied_by;
  const char *driver;
  gboolean    all_day;
} DemoEvent;

#define NO_ONE \
  {            \
    -1         \
  }
#define END_OF_EVENTS \
  {                   \
    .title = NULL     \
  }

typedef struct
{
  const char          *name;
  const char          *preferred_name;
  const char          *birth_date;
  LtPronoun            pronoun;
  const DemoPlacement *placements;
  const DemoSchool    *schools;
  const DemoPerson    *persons;
  const DemoRelation  *relations;
  const DemoEntry     *entries;
  const char          *kept_network; /* a network map kept on the day of the last move */
  const DemoEvent     *events;
} DemoChild;

static const DemoPlacement ida_placements[] = {
  { "Hos mor i Aalborg", LT_PLACEMENT_KIND_BIRTH_FAMILY, "2014-03-12", "2017-09-04", NULL },
  { "Akutfamilien Bøgh, Nørresundby", LT_PLACEMENT_KIND_EMERGENCY, "2017-09-04", "2017-12-15",
    "Mor blev syg, og der var ingen til at passe mig." },
  { "Familien Østergaard, Hjørring", LT_PLACEMENT_KIND_FOSTER_FAMILY, "2017-12-15", "2021-06-25",
    "De skulle flytte til Sjælland, og jeg ville gerne blive i Nordjylland tæt på mormor." },
  { "Familien Kjærgaard, Brønderslev", LT_PLACEMENT_KIND_FOSTER_FAMILY, "2021-06-25", NULL, NULL },
  { NULL }
};

static const DemoSchool ida_schools[] = {
  { "Vuggestuen Mariehønen", LT_SCHOOL_KIND_NURSERY, NULL, "2015-01", "2017-09" },
  { "Børnehaven Solstrålen", LT_SCHOOL_KIND_KINDERGARTEN, NULL, "2017-12", "2020-07" },
  { "Søndergades Skole", LT_SCHOOL_KIND_SCHOOL, "0.A", "2020-08-10", "2021-06-25" },
  { "Brønderslev Skole", LT_SCHOOL_KIND_SCHOOL, "6.B", "2021-08-09", NULL },
  { NULL }
};

static const DemoPerson ida_persons[] = {
  { "Camilla Sørensen", LT_PERSON_ROLE_MOTHER, LT_CIRCLE_FAMILY, 1, LT_GENDER_FEMALE, 1992,
    NULL, "Samvær hver anden weekend, støttet." },
  { "Else Sørensen", LT_PERSON_ROLE_GRANDPARENT, LT_CIRCLE_FAMILY, 1, LT_GENDER_FEMALE, 1961,
    "98 12 34 56", "Mormor. Ida ringer til hende om søndagen.", 0, FALSE, LT_CONTACT_WISH_KEEP },
  { "Mikkel Sørensen", LT_PERSON_ROLE_HALF_SIBLING, LT_CIRCLE_FAMILY, 1, LT_GENDER_MALE, 2018,
    NULL, "Lillebror, anbragt i en anden plejefamilie i Aabybro.", 0, FALSE,
    LT_CONTACT_WISH_KEEP },
  { "Jens Madsen", LT_PERSON_ROLE_FATHER, LT_CIRCLE_FAMILY, 3, LT_GENDER_MALE, 1989, NULL,
    "Ida vil gerne se sin far igen.", 0, FALSE, LT_CONTACT_WISH_RESTORE },
  { "Asta Møller", LT_PERSON_ROLE_FRIEND, LT_CIRCLE_FRIENDS, 1, LT_GENDER_FEMALE, 2014, NULL,
    "Bedste veninde fra klassen." },
  { "Hanne Bæk", LT_PERSON_ROLE_TEACHER, LT_CIRCLE_SCHOOL_LEISURE, 2, LT_GENDER_FEMALE, 0,
    NULL, "Klasselærer i 6.B." },
  { "Jørgen Thøgersen", LT_PERSON_ROLE_COACH, LT_CIRCLE_SCHOOL_LEISURE, 2, LT_GENDER_MALE, 0,
    NULL, "Håndboldtræner, tirsdag og torsdag." },
  { "Søren Ørum", LT_PERSON_ROLE_CASEWORKER, LT_CIRCLE_PROFESSIONALS, 3, LT_GENDER_MALE, 0,
    "99 45 45 45", "Sagsbehandler, Brønderslev Kommune." },
  { "Poul Sørensen", LT_PERSON_ROLE_GRANDPARENT, LT_CIRCLE_FAMILY, 3, LT_GENDER_MALE, 1958, NULL,
    "Morfar. Døde i 2019.", 2019 },
  { "Thomas Lund", LT_PERSON_ROLE_OTHER, LT_CIRCLE_FAMILY, 3, LT_GENDER_MALE, 1990, NULL,
    "Mikkels far." },
  { "Anne Kjærgaard", LT_PERSON_ROLE_FOSTER_PARENT, LT_CIRCLE_FAMILY, 1, LT_GENDER_FEMALE, 1978,
    NULL, NULL, 0, TRUE },
  { "Søren Kjærgaard", LT_PERSON_ROLE_FOSTER_PARENT, LT_CIRCLE_FAMILY, 1, LT_GENDER_MALE, 1976,
    NULL, NULL, 0, TRUE },
  { "Emil Kjærgaard", LT_PERSON_ROLE_OTHER, LT_CIRCLE_FAMILY, 2, LT_GENDER_MALE, 2008, NULL,
    "Plejebror.", 0, TRUE },
  { "Jens' far", LT_PERSON_ROLE_GRANDPARENT, LT_CIRCLE_FAMILY, 3, LT_GENDER_MALE, 0, NULL,
    "Farfar. Jens har aldrig vidst, hvem hans far er.", 0, FALSE, LT_CONTACT_WISH_NONE, TRUE },
  { NULL }
};

static const DemoRelation ida_relations[] = {
  { 1, 8, LT_RELATION_KIND_MARRIED },
  { 1, 0, LT_RELATION_KIND_PARENT },
  { 8, 0, LT_RELATION_KIND_PARENT },
  { 0, 3, LT_RELATION_KIND_SEPARATED, LT_EMOTION_CONFLICT },
  { 0, CHILD, LT_RELATION_KIND_PARENT },
  { 3, CHILD, LT_RELATION_KIND_PARENT, LT_EMOTION_DISTANT },
  { 0, 9, LT_RELATION_KIND_DIVORCED },
  { 0, 2, LT_RELATION_KIND_PARENT },
  { 9, 2, LT_RELATION_KIND_PARENT },
  { 10, 11, LT_RELATION_KIND_MARRIED },
  { 10, CHILD, LT_RELATION_KIND_FOSTER_PARENT, LT_EMOTION_CLOSE },
  { 11, CHILD, LT_RELATION_KIND_FOSTER_PARENT },
  { 10, 12, LT_RELATION_KIND_PARENT },
  { 11, 12, LT_RELATION_KIND_PARENT },
  { 1, CHILD, LT_RELATION_KIND_BOND, LT_EMOTION_CLOSE },
  { 2, CHILD, LT_RELATION_KIND_BOND, LT_EMOTION_CLOSE },
  { 13, 3, LT_RELATION_KIND_PARENT },
  { G_MININT }
};

static const DemoPlacement mo_placements[] = {
  { "Hos mor og far i Aarhus", LT_PLACEMENT_KIND_BIRTH_FAMILY, "2010-11-02", "2016-02", NULL },
  { "Hos faster Leila i Randers", LT_PLACEMENT_KIND_KINSHIP_CARE, "2016-02", "2019-08",
    "Faster fik et job i Tyskland." },
  { "Børnehjemmet Lærkereden", LT_PLACEMENT_KIND_RESIDENTIAL_HOME, "2019-08", "2022-03-01",
    "Jeg ville gerne bo i en familie." },
  { "Familien Kjærgaard, Brønderslev", LT_PLACEMENT_KIND_FOSTER_FAMILY, "2022-03-01", NULL, NULL },
  { NULL }
};

static const DemoSchool mo_schools[] = {
  { "Frederiksbjerg Skole", LT_SCHOOL_KIND_SCHOOL, "0.C", "2016-08", "2016-12" },
  { "Vestervangskolen, Randers", LT_SCHOOL_KIND_SCHOOL, "1.A", "2017-01", "2019-06" },
  { "Lærkeredens skole", LT_SCHOOL_KIND_SPECIAL_SCHOOL, NULL, "2019-08", "2022-02" },
  { "Brønderslev Skole", LT_SCHOOL_KIND_SCHOOL, "7.A", "2022-03-07", "2026-06-26" },
  { "10. klasse, Brønderslev Ungdomsskole", LT_SCHOOL_KIND_YOUTH_EDUCATION, "10.X", "2026-08-10",
    NULL },
  { NULL }
};

static const DemoPerson mo_persons[] = {
  { "Rania Al-Hassan", LT_PERSON_ROLE_MOTHER, LT_CIRCLE_FAMILY, 2, LT_GENDER_FEMALE, 1985, NULL,
    "Telefonsamtale hver onsdag kl. 19." },
  { "Karim Al-Hassan", LT_PERSON_ROLE_FATHER, LT_CIRCLE_FAMILY, 2, LT_GENDER_MALE, 1981, NULL,
    NULL },
  { "Leila Al-Hassan", LT_PERSON_ROLE_RELATIVE, LT_CIRCLE_FAMILY, 1, LT_GENDER_FEMALE, 1979, NULL,
    "Faster. Bor i Hamborg, besøger i sommerferien." },
  { "Yasmin Al-Hassan", LT_PERSON_ROLE_SIBLING, LT_CIRCLE_FAMILY, 1, LT_GENDER_FEMALE, 2008, NULL,
    "Storesøster, bor hos mor." },
  { "Frederik Dahl", LT_PERSON_ROLE_FRIEND, LT_CIRCLE_FRIENDS, 1, LT_GENDER_MALE, 2010, NULL,
    "Ven fra Lærkereden, ses en gang om måneden." },
  { "Pia Kragh", LT_PERSON_ROLE_CONTACT_EDUCATOR, LT_CIRCLE_PROFESSIONALS, 2, LT_GENDER_FEMALE, 0,
    NULL, "Tidligere kontaktpædagog på Lærkereden." },
  { "Søren Ørum", LT_PERSON_ROLE_CASEWORKER, LT_CIRCLE_PROFESSIONALS, 3, LT_GENDER_MALE, 0,
    "99 45 45 45", NULL },
  { NULL }
};

/* Ida's network map as it was kept when she moved to Brønderslev, in the
 * form the network map writes (render/lt-network-map.c). */
#define IDA_MEMBER(name, role, sector, closeness, wish, deceased)     \
  "{\"name\":\"" name "\",\"role\":\"" role "\",\"sector\":\"" sector \
  "\",\"closeness\":" #closeness ",\"wish\":\"" wish "\",\"deceased\":" deceased "}"

static const char ida_network_2021[] =
    "{\"format\":\"livstraad-network\",\"version\":1,\"members\":[" IDA_MEMBER ("Camilla Sørensen", "Mor", "family", 1, "none", "false") "," IDA_MEMBER ("Else Sørensen", "Bedsteforælder", "family", 1, "keep", "false") "," IDA_MEMBER ("Poul Sørensen", "Bedsteforælder", "family", 2, "none", "true") "," IDA_MEMBER ("Mikkel Sørensen", "Halvsøskende", "family", 2, "keep", "false") "," IDA_MEMBER ("Jens Madsen", "Far", "family", 3, "none", "false") "," IDA_MEMBER ("Lise Østergaard", "Plejeforælder", "family", 1, "keep", "false") "," IDA_MEMBER ("Sofie", "Ven", "friends", 1, "keep", "false") "," IDA_MEMBER ("Frk. Holm", "Lærer", "school-leisure", 2, "none", "false") "," IDA_MEMBER ("Søren Ørum", "Sagsbehandler", "professionals", 3, "none", "false") "]}";

static const DemoRelation mo_relations[] = {
  { 0, 1, LT_RELATION_KIND_MARRIED },
  { 0, CHILD, LT_RELATION_KIND_PARENT },
  { 1, CHILD, LT_RELATION_KIND_PARENT },
  { 0, 3, LT_RELATION_KIND_PARENT },
  { 1, 3, LT_RELATION_KIND_PARENT },
  { 2, 1, LT_RELATION_KIND_SIBLING },
  { 2, CHILD, LT_RELATION_KIND_BOND, LT_EMOTION_CLOSE },
  { G_MININT }
};

static const DemoPlacement freja_placements[] = {
  { "Hos mor i Frederikshavn", LT_PLACEMENT_KIND_BIRTH_FAMILY, "2020-07-19", "2023-04-03", NULL },
  { "Familien Kjærgaard, Brønderslev", LT_PLACEMENT_KIND_FOSTER_FAMILY, "2023-04-03", NULL, NULL },
  { NULL }
};

static const DemoSchool freja_schools[] = {
  { "Dagplejer Gitte, Frederikshavn", LT_SCHOOL_KIND_NURSERY, NULL, "2021-05", "2023-03" },
  { "Børnehaven Æblehaven", LT_SCHOOL_KIND_KINDERGARTEN, "Blå stue", "2023-04-17", NULL },
  { NULL }
};

static const DemoPerson freja_persons[] = {
  { "Maja Ålund Nielsen", LT_PERSON_ROLE_MOTHER, LT_CIRCLE_FAMILY, 1, LT_GENDER_FEMALE, 1999,
    NULL, "Overvåget samvær en gang om måneden." },
  { "Bent Nielsen", LT_PERSON_ROLE_GRANDPARENT, LT_CIRCLE_FAMILY, 2, LT_GENDER_MALE, 1958, NULL,
    "Morfar. Sender kort til fødselsdage." },
  { "Lærke", LT_PERSON_ROLE_EDUCATOR, LT_CIRCLE_SCHOOL_LEISURE, 1, LT_GENDER_FEMALE, 0, NULL,
    "Frejas primærpædagog i Æblehaven." },
  { NULL }
};

static const DemoRelation freja_relations[] = {
  { 1, 0, LT_RELATION_KIND_PARENT },
  { 0, CHILD, LT_RELATION_KIND_PARENT },
  { G_MININT }
};

static const DemoEntry ida_entries[] = {
  { 0, "Det er mig", "2026", LT_AUTHOR_CHILD, FALSE,
    "Jeg hedder Ida, og jeg er 12 år. Jeg elsker at spille håndbold og at tegne heste.\n\n"
    "Min yndlingsmad er mormors frikadeller, og min yndlingsfarve er lyseblå." },
  { 1, "Jeg blev født i Aalborg", "12.3.2014", LT_AUTHOR_TOGETHER, FALSE,
    "Jeg blev født på Aalborg Sygehus en tidlig morgen i marts. Mor har fortalt, at jeg havde "
    "masser af mørkt hår, og at mormor var den første, der holdt mig." },
  { 2, "Mit værelse i Brønderslev", "sommeren 2021", LT_AUTHOR_CHILD, FALSE,
    "Da jeg flyttede ind hos Kjærgaard, fik jeg lov til at vælge farven på væggene. Jeg valgte "
    "lyseblå, og Søren hjalp mig med at male." },
  { 5, "Mormor Else", "jul 2023", LT_AUTHOR_ADULT, FALSE,
    "Ida og mormor ringer sammen hver søndag. Til jul bagte de æbleskiver, og mormor lærte Ida "
    "at vende dem med en strikkepind." },
  { 6, "Sommer ved Tversted Strand", "sommeren 2022", LT_AUTHOR_TOGETHER, FALSE,
    "Vi byggede en kæmpe sandborg, og Ida fandt tre rav. Det blæste så meget, at drageren "
    "næsten fløj væk med hende." },
  { 6, "Svære dage", "2017", LT_AUTHOR_ADULT, TRUE,
    "Om tiden før akutfamilien. Ida vil gerne vente med at skrive om den." },
  { G_MAXUINT }
};

static const DemoEntry mo_entries[] = {
  { 0, "Mig og fodbold", "2025", LT_AUTHOR_CHILD, FALSE,
    "Jeg spiller på Brønderslev IF's U17-hold. Jeg er venstre back, og træneren siger, at jeg "
    "læser spillet godt." },
  { 1, "Min familie i Aarhus", "2010", LT_AUTHOR_TOGETHER, FALSE,
    "Jeg er født i Aarhus. Min storesøster Yasmin var fem år, da jeg kom." },
  { G_MAXUINT }
};

static const DemoEntry freja_entries[] = {
  { 0, "Freja kan lide", "2026", LT_AUTHOR_TOGETHER, FALSE,
    "Pandekager, gynger, at synge i bilen og at fodre hønsene om morgenen." },
  { G_MAXUINT }
};

static const DemoEvent ida_events[] = {
  { LT_EVENT_KIND_SUPERVISED, "Samvær med mor", "Familiehuset, Aalborg", "2026-09-05T08:00:00Z", "2026-09-05T12:00:00Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", { 0, -1 }, -1, NULL, FALSE, LT_OUTCOME_PLANNED, 0, 0, NULL, "Anne", "Søren" },
  { LT_EVENT_KIND_SUPERVISED, "Samvær med mor", "Familiehuset, Aalborg", "2026-10-17T08:00:00Z", "2026-10-17T12:00:00Z", NULL, { 0, -1 }, 0, "2026-10-17T08:00:00Z", FALSE, LT_OUTCOME_HELD, 3, 4, "Ida var spændt på vejen derud og glad bagefter. De bagte boller sammen.", "Anne", "Søren" },
  { LT_EVENT_KIND_SUPERVISED, "Samvær med mor", "Familiehuset, Aalborg", "2026-10-31T09:00:00Z", "2026-10-31T13:00:00Z", NULL, { 0, -1 }, 0, "2026-10-31T09:00:00Z", TRUE, LT_OUTCOME_CANCELLED_BY_PARENT, 0, 0, "Mor meldte afbud om morgenen. Ida var skuffet.", "Anne", "Søren" },
  { LT_EVENT_KIND_SUPPORTED, "Samvær med Mikkel", "Legepladsen i Aabybro", "2026-09-13T12:00:00Z", "2026-09-13T14:00:00Z", "FREQ=MONTHLY;BYDAY=2SU", { 2, -1 }, -1, NULL, FALSE, LT_OUTCOME_PLANNED, 0, 0, NULL, "Anne", "Anne" },
  { LT_EVENT_KIND_PHONE, "Telefon med mormor", NULL, "2026-09-06T17:00:00Z", "2026-09-06T17:20:00Z", "FREQ=WEEKLY;BYDAY=SU", { 1, -1 }, -1 },
  { LT_EVENT_KIND_LEISURE, "Håndbold", "Brønderslev Hallen", "2026-08-11T14:00:00Z", "2026-08-11T15:30:00Z", "FREQ=WEEKLY;BYDAY=TU,TH", { 6, -1 }, -1 },
  { LT_EVENT_KIND_SCHOOL_MEETING, "Skole-hjem-samtale", "Brønderslev Skole", "2026-11-05T14:00:00Z", "2026-11-05T14:30:00Z", NULL, { 5, -1 }, -1, NULL, FALSE, LT_OUTCOME_HELD, 0, 0, "Hanne fortæller, at Ida er god til at hjælpe andre og deltager mere i timerne. Hun kan blive urolig om mandagen efter samvær. Vi aftaler, at Ida kan sidde ved vinduet, og at vi skriver i Aula, hvis weekenden har været svær.", "Anne", NULL },
  { LT_EVENT_KIND_MEETING, "Opfølgningsmøde med sagsbehandler", "Brønderslev Rådhus", "2026-12-03T13:00:00Z", "2026-12-03T14:00:00Z", NULL, { 7, -1 }, -1 },
  { LT_EVENT_KIND_BIRTHDAY, "Mormors fødselsdag", NULL, "2026-06-02T22:00:00Z", "2026-06-03T22:00:00Z", "FREQ=YEARLY", { 1, -1 }, -1, NULL, FALSE, LT_OUTCOME_PLANNED, 0, 0, NULL, NULL, NULL, TRUE },
  END_OF_EVENTS
};

static const DemoEvent mo_events[] = {
  { LT_EVENT_KIND_PHONE, "Telefon med mor", NULL, "2026-08-05T17:00:00Z", "2026-08-05T17:30:00Z", "FREQ=WEEKLY;BYDAY=WE", { 0, -1 }, -1 },
  END_OF_EVENTS
};

static const DemoEvent freja_events[] = {
  { LT_EVENT_KIND_FULLY_SUPERVISED, "Samvær med mor", "Familiehuset, Frederikshavn", "2026-09-04T13:00:00Z", "2026-09-04T14:30:00Z", "FREQ=MONTHLY;BYDAY=1FR", { 0, -1 }, -1, NULL, FALSE, LT_OUTCOME_PLANNED, 0, 0, NULL, "Anne", "Anne" },
  END_OF_EVENTS
};

static const DemoChild demo_children[] = {
  { "Ida Marie Sørensen", "Ida", "2014-03-12", LT_PRONOUN_SHE, ida_placements, ida_schools,
    ida_persons, ida_relations, ida_entries, ida_network_2021, ida_events },
  { "Mohammed Al-Hassan", "Mo", "2010-11-02", LT_PRONOUN_HE, mo_placements, mo_schools,
    mo_persons, mo_relations, mo_entries, NULL, mo_events },
  { "Freja Ålund Nielsen", NULL, "2020-07-19", LT_PRONOUN_SHE, freja_placements, freja_schools,
    freja_persons, freja_relations, freja_entries, NULL, freja_events },
};

static gboolean
add_owned (LtStore *store,
           LtChild *child,
           gpointer record,
           GError **error)
{
  g_autoptr (LtRecord) owned = record;

  lt_record_set_owner_id (owned, lt_record_get_id (LT_RECORD (child)));
  return lt_store_add (store, owned, error);
}

static gboolean
add_demo_events (LtStore         *store,
                 LtChild         *child,
                 const DemoEvent *events,
                 GArray          *person_ids,
                 GError         **error)
{
  g_autoptr (GArray) event_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  for (const DemoEvent *e = events; e->title != NULL; e++)
    {
      gint64 series = e->series >= 0 ? g_array_index (event_ids, gint64, e->series) : 0;
      g_autoptr (LtRecord) event = g_object_new (
          LT_TYPE_EVENT, "kind", e->kind, "title", e->title, "place", e->place, "starts-at",
          e->starts_at, "ends-at", e->ends_at, "rrule", e->rrule, "series-id", series,
          "recurrence-id", e->recurrence_id, "cancelled", e->cancelled, "outcome", e->outcome,
          "mood-before", (gint64) e->mood_before, "mood-after", (gint64) e->mood_after,
          "notes-after", e->notes_after, "accompanied-by", e->accompanied_by, "driver", e->driver,
          "all-day", e->all_day, NULL);
      g_autoptr (GPtrArray) with = g_ptr_array_new_with_free_func (g_object_unref);
      gint64 id;

      if (!add_owned (store, child, g_object_ref (event), error))
        return FALSE;
      id = lt_record_get_id (event);
      g_array_append_val (event_ids, id);
      for (guint k = 0; k < G_N_ELEMENTS (e->with) && e->with[k] >= 0; k++)
        {
          LtRecord *person = lt_store_lookup (store, LT_TYPE_PERSON,
                                              g_array_index (person_ids, gint64, e->with[k]), error);

          if (person == NULL)
            return FALSE;
          g_ptr_array_add (with, g_object_ref (person));
        }
      if (with->len > 0 && !lt_store_set_event_persons (store, LT_EVENT (event), with, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_demo_network (LtStore         *store,
                  LtChild         *child,
                  const DemoChild *demo,
                  GError         **error)
{
  g_autoptr (GArray) person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (const DemoPerson *p = demo->persons; p->name != NULL; p++)
    {
      g_autoptr (LtRecord) person = g_object_new (
          LT_TYPE_PERSON, "name", p->name, "role", p->role, "circle", p->circle, "closeness",
          (gint64) p->closeness, "gender", p->gender, "birth-year", (gint64) p->birth_year,
          "death-year", (gint64) p->death_year, "lives-with-child", p->lives_with_child,
          "contact-wish", p->contact_wish, "phone", p->phone, "notes", p->notes, "unknown",
          p->unknown, "on-network-map", !p->unknown, NULL);
      gint64 id;

      if (!add_owned (store, child, g_object_ref (person), error))
        return FALSE;
      id = lt_record_get_id (person);
      g_array_append_val (person_ids, id);
    }

  for (const DemoRelation *r = demo->relations; r->from != G_MININT; r++)
    {
      gint64 from = r->from == CHILD ? 0 : g_array_index (person_ids, gint64, r->from);
      gint64 to = r->to == CHILD ? 0 : g_array_index (person_ids, gint64, r->to);

      if (!add_owned (store, child,
                      g_object_new (LT_TYPE_RELATION, "from-person-id", from, "to-person-id", to,
                                    "kind", r->kind, "emotion", r->emotion, NULL),
                      error))
        return FALSE;
    }
  return demo->events == NULL || add_demo_events (store, child, demo->events, person_ids, error);
}

static gboolean
add_demo_child (LtStore         *store,
                const DemoChild *demo,
                GError         **error)
{
  g_autoptr (LtChild) child = lt_child_new ();

  lt_child_set_household_id (child, lt_record_get_id (LT_RECORD (lt_store_get_household (store))));
  lt_child_set_name (child, demo->name);
  lt_child_set_preferred_name (child, demo->preferred_name);
  lt_child_set_birth_date (child, demo->birth_date);
  lt_child_set_pronoun (child, demo->pronoun);
  if (!lt_store_add (store, LT_RECORD (child), error))
    return FALSE;

  for (const DemoPlacement *p = demo->placements; p->place != NULL; p++)
    if (!add_owned (store, child,
                    g_object_new (LT_TYPE_PLACEMENT, "place", p->place, "kind", p->kind,
                                  "start-date", p->start, "end-date", p->end,
                                  "move-reason", p->move_reason, NULL),
                    error))
      return FALSE;

  for (const DemoSchool *s = demo->schools; s->institution != NULL; s++)
    if (!add_owned (store, child,
                    g_object_new (LT_TYPE_SCHOOL_PERIOD, "institution", s->institution,
                                  "kind", s->kind, "class-name", s->class_name,
                                  "start-date", s->start, "end-date", s->end, NULL),
                    error))
      return FALSE;

  if (!add_demo_network (store, child, demo, error))
    return FALSE;
  if (demo->kept_network != NULL &&
      !add_owned (store, child,
                  g_object_new (LT_TYPE_NETWORK_VERSION, "title", "Da jeg flyttede til Brønderslev",
                                "taken-on", "2021-06-25", "content", demo->kept_network, NULL),
                  error))
    return FALSE;
  return lt_demo_add_school (store, child, error) && lt_demo_add_agreements (store, child, error) &&
         lt_demo_add_move (store, child, error) && lt_demo_add_contact (store, child, error);
}

/* The book is written after the children exist: the default chapters come
 * from the store, in the language the app runs in. */
static gboolean
add_demo_book (LtStore         *store,
               LtChild         *child,
               const DemoEntry *entries,
               GError         **error)
{
  g_autoptr (GListModel) chapters = NULL;

  if (!lt_store_ensure_chapters (store, child, error))
    return FALSE;
  chapters = lt_store_list_chapters (store, child);
  for (const DemoEntry *e = entries; e->chapter != G_MAXUINT; e++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, e->chapter);
      g_autoptr (LtStoryEntry) entry = lt_story_entry_new ();

      lt_story_entry_set_chapter_id (entry, lt_record_get_id (LT_RECORD (chapter)));
      lt_story_entry_set_title (entry, e->title);
      lt_story_entry_set_date_text (entry, e->date_text);
      lt_story_entry_set_author (entry, e->author);
      lt_story_entry_set_audience (entry, e->private ? LT_AUDIENCE_PROFESSIONALS : LT_AUDIENCE_DEFAULT);
      lt_story_entry_set_body (entry, e->body);
      if (!lt_store_add (store, LT_RECORD (entry), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_demo_books (LtStore *store,
                GError **error)
{
  g_autoptr (GListModel) children = lt_store_list_children (store);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr (LtChild) child = g_list_model_get_item (children, i);

      for (guint d = 0; d < G_N_ELEMENTS (demo_children); d++)
        if (g_strcmp0 (lt_child_get_name (child), demo_children[d].name) == 0 &&
            (!add_demo_book (store, child, demo_children[d].entries, error) ||
             !lt_demo_add_sharing (store, child, error) || !lt_demo_add_proposal (store, child, error) ||
             !lt_demo_add_log (store, child, error)))
          return FALSE;
    }
  return TRUE;
}

/* Returns: (transfer full): `$XDG_CACHE_HOME/livstraad/demo/household.db`:
 * apart from real data, and fine to lose. */
char *
lt_demo_default_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "livstraad", "demo", "household.db", NULL);
}

/**
 * lt_demo_populate:
 * @store: an empty household
 *
 * Fills @store with the demo household: the children in one transaction,
 * then their books.
 */
gboolean
lt_demo_populate (LtStore *store,
                  GError **error)
{
  g_autoptr (LtRecord) household = NULL;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);

  if (!lt_store_begin (store, error))
    return FALSE;

  household = lt_record_copy (LT_RECORD (lt_store_get_household (store)));
  lt_household_set_name (LT_HOUSEHOLD (household), _ ("The Kjærgaard family (demo)"));
  lt_household_set_kind (LT_HOUSEHOLD (household), LT_HOUSEHOLD_KIND_FOSTER_FAMILY);
  if (!lt_store_save (store, household, error))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (demo_children); i++)
    if (!add_demo_child (store, &demo_children[i], error))
      goto failed;

  return lt_store_commit (store, error) && add_demo_books (store, error);

failed:
  lt_store_rollback (store);
  return FALSE;
}

/**
 * lt_demo_open_fresh:
 * @path: where the demo database goes; whatever is there is replaced
 *
 * Returns: (transfer full): a new demo household, or %NULL with @error
 */
LtStore *
lt_demo_open_fresh (const char *path,
                    GError    **error)
{
  g_autoptr (LtStore) store = NULL;
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_return_val_if_fail (path != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }

  store = lt_store_open (path, error);
  if (store == NULL || !lt_demo_populate (store, error))
    return NULL;
  return g_steal_pointer (&store);
}
