/* lt-demo-school.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The demo children's school and everyday life: Ida's checklist with two
 * weeks of ticks, her absence over the last year and the goals of her
 * plan; Mo's youth plan; Freja's day-care list and the first steps of her
 * coming start at school.  Fixed dates in autumn 2026, like the calendar.
 */
#include "config.h"

#include "lt-demo-private.h"
#include "lt-school.h"

typedef struct
{
  const char *day;
  double      value;
} DemoReading;

typedef struct
{
  LtGoalPlan  plan;
  LtGoalArea  area;
  const char *title;
  const char *indicator;
  const char *unit;
  gboolean    has_target;
  double      target;
  gboolean    lower_is_better;
  DemoReading readings[6]; /* ends at a NULL day */
} DemoGoal;

typedef struct
{
  const char     *day;
  LtAbsenceExtent extent;
  LtAbsenceReason reason;
  const char     *notes;
} DemoAbsence;

/* What was forgotten in weeks 46 and 47 (the rest was ticked): by the
 * item's position on the list, and the day. */
typedef struct
{
  gint64      position;
  const char *day;
} DemoMiss;

static const char *const ida_days[] = {
  "2026-11-09",
  "2026-11-10",
  "2026-11-11",
  "2026-11-12",
  "2026-11-13",
  "2026-11-16",
  "2026-11-17",
  "2026-11-18",
  "2026-11-19",
  "2026-11-20",
  NULL,
};

static const DemoMiss ida_misses[] = {
  { 4, "2026-11-12" },
  { 4, "2026-11-17" },
  { 2, "2026-11-13" },
  { 2, "2026-11-18" },
  { 5, "2026-11-19" },
  { -1, NULL },
};

static const DemoAbsence ida_absences[] = {
  { "2026-02-02", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_ILLNESS, "Influenza." },
  { "2026-02-03", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_ILLNESS, "Influenza." },
  { "2026-03-09", LT_ABSENCE_EXTENT_PART, LT_ABSENCE_REASON_OTHER, "Tandlæge kl. 10." },
  { "2026-05-04", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_ILLNESS, NULL },
  { "2026-09-14", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_ILLNESS, "Forkølet." },
  { "2026-09-15", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_ILLNESS, "Forkølet." },
  { "2026-10-06", LT_ABSENCE_EXTENT_PART, LT_ABSENCE_REASON_SCHOOL_REFUSAL,
    "Ondt i maven om morgenen; kom af sted kl. 10 efter en snak." },
  { "2026-11-02", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_SCHOOL_REFUSAL,
    "Dagen efter det aflyste samvær. Ville ikke af sted." },
  { "2026-11-16", LT_ABSENCE_EXTENT_PART, LT_ABSENCE_REASON_OTHER, "Møde hos sagsbehandler." },
  { NULL },
};

static const DemoGoal ida_goals[] = {
  { LT_GOAL_PLAN_CHILD, LT_GOAL_AREA_SCHOOL, "Ida er i skole hele dagen", "Hele skoledage pr. uge", "dage", TRUE, 5, FALSE, { { "2026-08-24", 3 }, { "2026-09-21", 4 }, { "2026-10-19", 4 }, { "2026-11-16", 4.5 } } },
  { LT_GOAL_PLAN_CHILD, LT_GOAL_AREA_SCHOOL, "Ida læser 20 minutter hver dag", "Minutter pr. dag", "min.", TRUE, 20, FALSE, { { "2026-09-01", 5 }, { "2026-10-01", 10 }, { "2026-11-01", 15 } } },
  { LT_GOAL_PLAN_CHILD, LT_GOAL_AREA_FRIENDS, "Ida har legeaftaler med klassekammerater", "Legeaftaler pr. måned", "aftaler", TRUE, 4, FALSE, { { "2026-08-31", 1 }, { "2026-09-30", 2 }, { "2026-10-31", 3 } } },
  { 0 },
};

static const DemoAbsence mo_absences[] = {
  { "2026-09-01", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_SCHOOL_REFUSAL, NULL },
  { "2026-09-02", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_SCHOOL_REFUSAL, NULL },
  { "2026-09-24", LT_ABSENCE_EXTENT_PART, LT_ABSENCE_REASON_OTHER, "Jobsamtale i Netto." },
  { "2026-10-27", LT_ABSENCE_EXTENT_WHOLE, LT_ABSENCE_REASON_ILLNESS, NULL },
  { NULL },
};

static const DemoGoal mo_goals[] = {
  { LT_GOAL_PLAN_YOUTH, LT_GOAL_AREA_EDUCATION, "Mo vælger en ungdomsuddannelse", "Uddannelser Mo har besøgt", "besøg", TRUE, 3, FALSE, { { "2026-09-15", 0 }, { "2026-10-15", 1 }, { "2026-11-20", 2 } } },
  { LT_GOAL_PLAN_YOUTH, LT_GOAL_AREA_INCOME, "Mo har et fritidsjob", "Timer pr. uge", "timer", TRUE, 6, FALSE, { { "2026-09-15", 0 }, { "2026-10-15", 3 }, { "2026-11-15", 4 } } },
  { LT_GOAL_PLAN_YOUTH, LT_GOAL_AREA_SCHOOL, "Mindre fravær i 10. klasse", "Fraværsdage pr. måned", "dage", TRUE, 1, TRUE, { { "2026-09-30", 2.5 }, { "2026-10-31", 1 } } },
  { LT_GOAL_PLAN_YOUTH, LT_GOAL_AREA_HOUSING, "Mo ved, hvor han vil bo, når han fylder 18", "Boligmuligheder talt igennem", NULL, FALSE, 0, FALSE, { { "2026-11-10", 1 } } },
  { 0 },
};

static gboolean
add_for (LtStore *store,
         LtChild *child,
         gpointer record,
         GError **error)
{
  g_autoptr (LtRecord) owned = record;

  lt_record_set_owner_id (owned, lt_record_get_id (LT_RECORD (child)));
  return lt_store_add (store, owned, error);
}

static gboolean
add_absences (LtStore           *store,
              LtChild           *child,
              const DemoAbsence *absences,
              GError           **error)
{
  for (const DemoAbsence *a = absences; a->day != NULL; a++)
    if (!add_for (store, child,
                  g_object_new (LT_TYPE_ABSENCE, "day", a->day, "extent", a->extent, "reason",
                                a->reason, "notes", a->notes, NULL),
                  error))
      return FALSE;
  return TRUE;
}

static gboolean
add_goals (LtStore        *store,
           LtChild        *child,
           const DemoGoal *goals,
           GError        **error)
{
  for (const DemoGoal *g = goals; g->title != NULL; g++)
    {
      g_autoptr (LtRecord) goal = g_object_new (
          LT_TYPE_GOAL, "plan", g->plan, "area", g->area, "title", g->title, "indicator",
          g->indicator, "unit", g->unit, "has-target", g->has_target, "target", g->target,
          "lower-is-better", g->lower_is_better, NULL);

      if (!add_for (store, child, g_object_ref (goal), error))
        return FALSE;
      for (const DemoReading *r = g->readings; r->day != NULL; r++)
        {
          g_autoptr (LtRecord) reading = g_object_new (
              LT_TYPE_GOAL_READING, "goal-id", lt_record_get_id (goal), "day", r->day, "value",
              r->value, NULL);

          if (!lt_store_add (store, reading, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
missed (gint64      position,
        const char *day)
{
  for (const DemoMiss *m = ida_misses; m->day != NULL; m++)
    if (m->position == position && g_str_equal (m->day, day))
      return TRUE;
  return FALSE;
}

/* Ticks on the school days of weeks 46 and 47, but the misses. */
static gboolean
add_ida_ticks (LtStore *store,
               LtChild *child,
               GError **error)
{
  g_autoptr (GListModel) items =
      lt_store_list_records (store, LT_TYPE_CHECKLIST_ITEM, lt_record_get_id (LT_RECORD (child)));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);

      for (const char *const *day = ida_days; *day != NULL; day++)
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_parse (&date, *day);
          if (!lt_checklist_item_is_due (item, &date) ||
              missed (lt_checklist_item_get_position (item), *day))
            continue;
          if (!lt_school_set_ticked (store, item, &date, TRUE, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Freja starts school next summer: the first steps are done. */
static gboolean
add_freja_start (LtStore *store,
                 LtChild *child,
                 GError **error)
{
  static const char *const done_on[] = { "2026-10-22", "2026-10-22", "2026-11-03" };
  g_autoptr (GListModel) items = NULL;
  guint added = 0;

  if (!lt_school_add_start_steps (store, child, &added, error))
    return FALSE;
  items = lt_store_list_records (store, LT_TYPE_CHECKLIST_ITEM, lt_record_get_id (LT_RECORD (child)));
  for (guint i = 0, done = 0; i < g_list_model_get_n_items (items) && done < G_N_ELEMENTS (done_on); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);
      g_autoptr (LtRecord) draft = NULL;

      if (lt_checklist_item_get_list (item) != LT_CHECKLIST_LIST_START)
        continue;
      draft = lt_record_copy (LT_RECORD (item));
      lt_checklist_item_set_done_on (LT_CHECKLIST_ITEM (draft), done_on[done++]);
      if (!lt_store_save (store, draft, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * lt_demo_add_school:
 *
 * Adds the school and everyday life of the demo child @child (known by
 * the name it goes by); a child not in the demo gets nothing.
 */
gboolean
lt_demo_add_school (LtStore *store,
                    LtChild *child,
                    GError **error)
{
  const char *name = lt_child_get_display_name (child);
  guint       added = 0;

  if (g_str_equal (name, "Ida"))
    return lt_school_add_template (store, child, LT_AGE_GROUP_YEARS_4_6, &added, error) &&
           add_ida_ticks (store, child, error) && add_absences (store, child, ida_absences, error) &&
           add_goals (store, child, ida_goals, error);
  if (g_str_equal (name, "Mo"))
    return lt_school_add_template (store, child, LT_AGE_GROUP_YEARS_7_10, &added, error) &&
           add_absences (store, child, mo_absences, error) && add_goals (store, child, mo_goals, error);
  if (g_str_has_prefix (name, "Freja"))
    return lt_school_add_template (store, child, LT_AGE_GROUP_DAY_CARE, &added, error) &&
           add_freja_start (store, child, error);
  return TRUE;
}
