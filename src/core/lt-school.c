/* lt-school.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * School and everyday life: checklist templates by age group, the steps of
 * a start at a new school, ticks per day and what tends to be forgotten,
 * and absence per month.
 *
 * The start steps put into checklist form what "Anbefalinger om den gode
 * anbringelse" (Social- og Boligstyrelsen, 2024) asks of the adults about
 * day care, school and education; the wording is ours.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-school.h"

#define MON (1 << 0)
#define TUE (1 << 1)
#define WED (1 << 2)
#define THU (1 << 3)
#define FRI (1 << 4)
#define SCHOOL_DAYS LT_WEEKDAYS_SCHOOL

typedef struct
{
  LtAgeGroup  group;
  const char *title;
  guint       weekdays;
} TemplateItem;

/* Where PE or swimming falls differs from school to school: Tuesday and
 * Thursday are a guess the adults change to the child's own days. */
static const TemplateItem template_items[] = {
  { LT_AGE_GROUP_DAY_CARE, N_ ("Spare clothes in the bag"), SCHOOL_DAYS },
  { LT_AGE_GROUP_DAY_CARE, N_ ("Rain clothes and boots"), SCHOOL_DAYS },
  { LT_AGE_GROUP_DAY_CARE, N_ ("Packed lunch and fruit"), SCHOOL_DAYS },
  { LT_AGE_GROUP_DAY_CARE, N_ ("Cuddly toy for the nap"), SCHOOL_DAYS },
  { LT_AGE_GROUP_DAY_CARE, N_ ("Talk about who picks up today"), SCHOOL_DAYS },

  { LT_AGE_GROUP_YEARS_0_3, N_ ("School bag packed"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_0_3, N_ ("Pencil case"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_0_3, N_ ("Lunch box and water bottle"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_0_3, N_ ("Reading book"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_0_3, N_ ("PE clothes and towel"), TUE | THU },
  { LT_AGE_GROUP_YEARS_0_3, N_ ("Homework done"), MON | TUE | WED | THU },
  { LT_AGE_GROUP_YEARS_0_3, N_ ("Talk about who picks up today"), SCHOOL_DAYS },

  { LT_AGE_GROUP_YEARS_4_6, N_ ("School bag packed"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_4_6, N_ ("Pencil case"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_4_6, N_ ("Lunch box and water bottle"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_4_6, N_ ("School laptop charged"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_4_6, N_ ("PE clothes and towel"), TUE | THU },
  { LT_AGE_GROUP_YEARS_4_6, N_ ("Homework done"), MON | TUE | WED | THU },
  { LT_AGE_GROUP_YEARS_4_6, N_ ("Look at the week plan together"), MON },

  { LT_AGE_GROUP_YEARS_7_10, N_ ("School bag packed"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_7_10, N_ ("School laptop and charger"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_7_10, N_ ("Lunch or lunch money"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_7_10, N_ ("Bus card"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YEARS_7_10, N_ ("PE clothes and towel"), TUE | THU },
  { LT_AGE_GROUP_YEARS_7_10, N_ ("Homework and assignments"), MON | TUE | WED | THU },
  { LT_AGE_GROUP_YEARS_7_10, N_ ("Look at the week plan together"), MON },

  { LT_AGE_GROUP_YOUTH_EDUCATION, N_ ("Laptop and charger"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YOUTH_EDUCATION, N_ ("Books and notes for today"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YOUTH_EDUCATION, N_ ("Lunch or lunch money"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YOUTH_EDUCATION, N_ ("Travel card"), SCHOOL_DAYS },
  { LT_AGE_GROUP_YOUTH_EDUCATION, N_ ("Assignments due this week"), MON },
  { LT_AGE_GROUP_YOUTH_EDUCATION, N_ ("Look at the timetable together"), MON },
};

/* A start at a new school or day care, step by step. */
static const char *const start_steps[] = {
  N_ ("Start-up meeting held with the child, the school and us"),
  N_ ("We know the class teacher, or the child’s key adult in day care"),
  N_ ("The school knows which of us is the child’s primary adult"),
  N_ ("We have access to Aula or the school’s own platform"),
  N_ ("Agreed with the parents who goes to parent meetings and school-home talks"),
  N_ ("Goals for school in the child’s plan, written with the child"),
  N_ ("The child has seen the school and the way there before the first day"),
  N_ ("A quiet place for homework is ready at home"),
  N_ ("Homework help arranged, if the child needs it"),
  N_ ("Told the school we support birthdays, camps and class events"),
  N_ ("A play date or an activity with classmates planned"),
};

const char *
lt_age_group_to_label (LtAgeGroup group)
{
  static const char *const labels[] = {
    [LT_AGE_GROUP_DAY_CARE] = N_ ("Day care"),
    [LT_AGE_GROUP_YEARS_0_3] = N_ ("School, years 0–3"),
    [LT_AGE_GROUP_YEARS_4_6] = N_ ("School, years 4–6"),
    [LT_AGE_GROUP_YEARS_7_10] = N_ ("School, years 7–10"),
    [LT_AGE_GROUP_YOUTH_EDUCATION] = N_ ("Youth education"),
  };

  g_return_val_if_fail (group < LT_N_AGE_GROUPS, "");

  return _ (labels[group]);
}

/* Danish children start in year 0 the summer they turn six; a guess the
 * adults can change, made from the age on @today. */
LtAgeGroup
lt_age_group_for_child (LtChild     *child,
                        const GDate *today)
{
  int age = lt_date_age_on (lt_child_get_birth_date (child), today);

  if (age < 0)
    return LT_AGE_GROUP_YEARS_0_3;
  if (age < 6)
    return LT_AGE_GROUP_DAY_CARE;
  if (age < 10)
    return LT_AGE_GROUP_YEARS_0_3;
  if (age < 13)
    return LT_AGE_GROUP_YEARS_4_6;
  if (age < 17)
    return LT_AGE_GROUP_YEARS_7_10;
  return LT_AGE_GROUP_YOUTH_EDUCATION;
}

/* The titles on one of the child's lists, and the next free position. */
static GHashTable *
titles_on_list (LtStore        *store,
                LtChild        *child,
                LtChecklistList list,
                gint64         *next_position)
{
  g_autoptr (GListModel) items =
      lt_store_list_records (store, LT_TYPE_CHECKLIST_ITEM, lt_record_get_id (LT_RECORD (child)));
  GHashTable *titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  *next_position = 0;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);

      if (lt_checklist_item_get_list (item) != list)
        continue;
      g_hash_table_add (titles, g_utf8_casefold (lt_checklist_item_get_title (item), -1));
      *next_position = MAX (*next_position, lt_checklist_item_get_position (item) + 1);
    }
  return titles;
}

/* Adds the titles not already on the list, all or none. */
static gboolean
add_items (LtStore           *store,
           LtChild           *child,
           LtChecklistList    list,
           const char *const *titles,
           const guint       *weekdays,
           guint              n_titles,
           guint             *n_added,
           GError           **error)
{
  gint64 position;
  g_autoptr (GHashTable) present = titles_on_list (store, child, list, &position);

  *n_added = 0;
  if (!lt_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n_titles; i++)
    {
      g_autoptr (LtChecklistItem) item = NULL;
      const char      *title = _ (titles[i]);
      g_autofree char *key = g_utf8_casefold (title, -1);

      if (g_hash_table_contains (present, key))
        continue;
      item = lt_checklist_item_new ();
      g_object_set (item, "child-id", lt_record_get_id (LT_RECORD (child)), "list", list, "title",
                    title, "weekdays", (gint64) weekdays[i], "position", position++, NULL);
      if (!lt_store_add (store, LT_RECORD (item), error))
        {
          lt_store_rollback (store);
          *n_added = 0;
          return FALSE;
        }
      (*n_added)++;
    }
  return lt_store_commit (store, error);
}

/**
 * lt_school_add_template:
 * @n_added: (out): how many items were new
 *
 * Puts the age group's school-day items on the child's list, leaving out
 * those already there (by title), all or none.
 */
gboolean
lt_school_add_template (LtStore   *store,
                        LtChild   *child,
                        LtAgeGroup group,
                        guint     *n_added,
                        GError   **error)
{
  const char *titles[G_N_ELEMENTS (template_items)];
  guint       weekdays[G_N_ELEMENTS (template_items)];
  guint       n = 0;

  g_return_val_if_fail (group < LT_N_AGE_GROUPS, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (template_items); i++)
    if (template_items[i].group == group)
      {
        titles[n] = template_items[i].title;
        weekdays[n++] = template_items[i].weekdays;
      }
  return add_items (store, child, LT_CHECKLIST_LIST_DAILY, titles, weekdays, n, n_added, error);
}

/**
 * lt_school_add_start_steps:
 * @n_added: (out): how many steps were new
 *
 * Puts the steps of a start at a new school on the child's start list.
 */
gboolean
lt_school_add_start_steps (LtStore *store,
                           LtChild *child,
                           guint   *n_added,
                           GError **error)
{
  guint weekdays[G_N_ELEMENTS (start_steps)];

  for (guint i = 0; i < G_N_ELEMENTS (start_steps); i++)
    weekdays[i] = LT_WEEKDAYS_ALL;
  return add_items (store, child, LT_CHECKLIST_LIST_START, start_steps, weekdays,
                    G_N_ELEMENTS (start_steps), n_added, error);
}

/* Saves @item at @position. */
static gboolean
save_position (LtStore         *store,
               LtChecklistItem *item,
               gint64           position,
               GError         **error)
{
  g_autoptr (LtRecord) draft = lt_record_copy (LT_RECORD (item));

  lt_checklist_item_set_position (LT_CHECKLIST_ITEM (draft), position);
  return lt_store_save (store, draft, error);
}

/**
 * lt_school_move_item:
 * @step: -1 to move @item up its list, 1 to move it down
 *
 * Swaps @item with its neighbour on the same list; at either end nothing
 * moves.  The list is numbered afresh, so items added with the same
 * position (by an older version, or an import) get an order too.
 */
gboolean
lt_school_move_item (LtStore         *store,
                     LtChecklistItem *item,
                     int              step,
                     GError         **error)
{
  g_autoptr (GListModel) all = lt_store_list_records (store, LT_TYPE_CHECKLIST_ITEM,
                                                      lt_checklist_item_get_child_id (item));
  g_autoptr (GPtrArray) same_list = g_ptr_array_new_with_free_func (g_object_unref);
  guint index = 0, other;

  g_return_val_if_fail (step == -1 || step == 1, FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (LtChecklistItem) each = g_list_model_get_item (all, i);

      if (lt_checklist_item_get_list (each) != lt_checklist_item_get_list (item))
        continue;
      if (each == item)
        index = same_list->len;
      g_ptr_array_add (same_list, g_steal_pointer (&each));
    }
  if ((step < 0 && index == 0) || (step > 0 && index + 1 >= same_list->len))
    return TRUE;
  /* Swapping two pointers keeps the array's one reference on each. */
  other = index + step;
  g_ptr_array_index (same_list, index) = g_ptr_array_index (same_list, other);
  g_ptr_array_index (same_list, other) = item;
  if (!lt_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < same_list->len; i++)
    {
      LtChecklistItem *each = g_ptr_array_index (same_list, i);

      if (lt_checklist_item_get_position (each) != (gint64) i && !save_position (store, each, i, error))
        {
          lt_store_rollback (store);
          return FALSE;
        }
    }
  return lt_store_commit (store, error);
}

char *
lt_school_day_iso (const GDate *day)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day));
}

/* Returns: (transfer full) (nullable): @item's tick on @iso */
static LtChecklistTick *
find_tick (LtStore         *store,
           LtChecklistItem *item,
           const char      *iso)
{
  g_autoptr (GListModel) ticks =
      lt_store_list_records (store, LT_TYPE_CHECKLIST_TICK, lt_record_get_id (LT_RECORD (item)));

  /* Ticks are sorted by day; the newest are the ones asked for. */
  for (guint i = g_list_model_get_n_items (ticks); i > 0; i--)
    {
      g_autoptr (LtChecklistTick) tick = g_list_model_get_item (ticks, i - 1);

      if (g_strcmp0 (lt_checklist_tick_get_day (tick), iso) == 0)
        return g_steal_pointer (&tick);
    }
  return NULL;
}

gboolean
lt_school_is_ticked (LtStore         *store,
                     LtChecklistItem *item,
                     const GDate     *day)
{
  g_autofree char *iso = lt_school_day_iso (day);
  g_autoptr (LtChecklistTick) tick = find_tick (store, item, iso);

  return tick != NULL;
}

/**
 * lt_school_set_ticked:
 *
 * Ticks @item off on @day, or takes the tick away.  A step of a start at a
 * new school is marked done on @day instead (or not done).
 */
gboolean
lt_school_set_ticked (LtStore         *store,
                      LtChecklistItem *item,
                      const GDate     *day,
                      gboolean         ticked,
                      GError         **error)
{
  g_autofree char *iso = lt_school_day_iso (day);
  g_autoptr (LtChecklistTick) tick = NULL;

  if (lt_checklist_item_get_list (item) == LT_CHECKLIST_LIST_START)
    {
      g_autoptr (LtRecord) draft = lt_record_copy (LT_RECORD (item));

      lt_checklist_item_set_done_on (LT_CHECKLIST_ITEM (draft), ticked ? iso : NULL);
      return lt_store_save (store, draft, error);
    }
  tick = find_tick (store, item, iso);
  if (ticked == (tick != NULL))
    return TRUE;
  if (tick != NULL)
    return lt_store_remove (store, LT_RECORD (tick), error);
  tick = g_object_new (LT_TYPE_CHECKLIST_TICK, "item-id", lt_record_get_id (LT_RECORD (item)), "day",
                       iso, NULL);
  return lt_store_add (store, LT_RECORD (tick), error);
}

/**
 * lt_school_due_items:
 *
 * Returns: (transfer container) (element-type LtChecklistItem): the items
 * of @list due on @day, in the list's order
 */
GPtrArray *
lt_school_due_items (LtStore        *store,
                     LtChild        *child,
                     LtChecklistList list,
                     const GDate    *day)
{
  g_autoptr (GListModel) items =
      lt_store_list_records (store, LT_TYPE_CHECKLIST_ITEM, lt_record_get_id (LT_RECORD (child)));
  GPtrArray *due = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);

      if (lt_checklist_item_get_list (item) == list && lt_checklist_item_is_due (item, day))
        g_ptr_array_add (due, g_steal_pointer (&item));
    }
  return due;
}

static int
compare_forgotten (gconstpointer a,
                   gconstpointer b)
{
  const LtForgotten *x = *(LtForgotten **) a;
  const LtForgotten *y = *(LtForgotten **) b;
  guint              missed_x = x->due - x->ticked;
  guint              missed_y = y->due - y->ticked;

  if (missed_x != missed_y)
    return missed_x > missed_y ? -1 : 1;
  return lt_record_compare (LT_RECORD (x->item), LT_RECORD (y->item));
}

static void
forgotten_free (gpointer data)
{
  LtForgotten *forgotten = data;

  g_object_unref (forgotten->item);
  g_free (forgotten);
}

/* The days from @first on which anything at all was ticked: a day with no
 * ticks is a day the list was not used (a holiday, a day off), not a day
 * everything was forgotten. */
static GHashTable *
days_in_use (LtStore    *store,
             GListModel *items,
             const char *first_iso,
             const char *last_iso)
{
  GHashTable *days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);
      g_autoptr (GListModel) ticks =
          lt_store_list_records (store, LT_TYPE_CHECKLIST_TICK, lt_record_get_id (LT_RECORD (item)));

      for (guint j = 0; j < g_list_model_get_n_items (ticks); j++)
        {
          g_autoptr (LtChecklistTick) tick = g_list_model_get_item (ticks, j);
          const char *day = lt_checklist_tick_get_day (tick);

          if (g_strcmp0 (day, first_iso) >= 0 && g_strcmp0 (day, last_iso) <= 0)
            g_hash_table_add (days, g_strdup (day));
        }
    }
  return days;
}

/**
 * lt_school_forgotten:
 * @first: the first day looked at
 * @n_days: how many days from @first
 *
 * For each school-day item: on how many of the days the list was in use it
 * was due, and on how many it was ticked.  The most often forgotten first.
 *
 * Returns: (transfer full) (element-type LtForgotten): the items due at
 * least once
 */
GPtrArray *
lt_school_forgotten (LtStore     *store,
                     LtChild     *child,
                     const GDate *first,
                     guint        n_days)
{
  g_autoptr (GListModel) items =
      lt_store_list_records (store, LT_TYPE_CHECKLIST_ITEM, lt_record_get_id (LT_RECORD (child)));
  GDate            last = *first;
  g_autofree char *first_iso = lt_school_day_iso (first);
  g_autofree char *last_iso = NULL;
  g_autoptr (GHashTable) in_use = NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func (forgotten_free);

  g_date_add_days (&last, n_days > 0 ? n_days - 1 : 0);
  last_iso = lt_school_day_iso (&last);
  in_use = days_in_use (store, items, first_iso, last_iso);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (LtChecklistItem) item = g_list_model_get_item (items, i);
      LtForgotten forgotten = { item, 0, 0 };
      GDate       day = *first;

      if (lt_checklist_item_get_list (item) != LT_CHECKLIST_LIST_DAILY)
        continue;
      for (guint d = 0; d < n_days; d++, g_date_add_days (&day, 1))
        {
          g_autofree char *iso = lt_school_day_iso (&day);

          if (!g_hash_table_contains (in_use, iso) || !lt_checklist_item_is_due (item, &day))
            continue;
          forgotten.due++;
          forgotten.ticked += lt_school_is_ticked (store, item, &day);
        }
      if (forgotten.due == 0)
        continue;
      forgotten.item = g_object_ref (item);
      g_ptr_array_add (result, g_memdup2 (&forgotten, sizeof forgotten));
    }
  g_ptr_array_sort (result, compare_forgotten);
  return result;
}

/**
 * lt_school_absence_per_month:
 * @absences: (element-type LtAbsence): a child's absences
 * @year: @month: the first month counted
 * @whole_days: (array length=n_months) (out caller-allocates): whole days per month
 * @part_days: (array length=n_months) (out caller-allocates): part days per month
 */
void
lt_school_absence_per_month (GListModel *absences,
                             int         year,
                             int         month,
                             guint       n_months,
                             double     *whole_days,
                             double     *part_days)
{
  int first = year * 12 + (month - 1);

  for (guint i = 0; i < n_months; i++)
    whole_days[i] = part_days[i] = 0;
  for (guint i = 0; i < g_list_model_get_n_items (absences); i++)
    {
      g_autoptr (LtAbsence) absence = g_list_model_get_item (absences, i);
      GDate day;
      int   index;

      if (lt_date_parse_iso (lt_absence_get_day (absence), &day) != LT_DATE_DAY)
        continue;
      index = g_date_get_year (&day) * 12 + (g_date_get_month (&day) - 1) - first;
      if (index < 0 || index >= (int) n_months)
        continue;
      if (lt_absence_get_extent (absence) == LT_ABSENCE_EXTENT_WHOLE)
        whole_days[index]++;
      else
        part_days[index]++;
    }
}
