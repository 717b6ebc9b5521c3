/* test-guidance.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The guidance in both languages: the same ids in the same order, no
 * empty field, every item's source and modules known; finding what
 * applies in a module, and searching.
 */
#include "config.h"

#include <string.h>

#include "lt-guidance.h"

static const char *const known_modules[] = { "overview", "book", "calendar", "school", "network", "family", "move",
                                             NULL };

static void
assert_filled (const char *what,
               const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*stripped == '\0')
    g_error ("%s is empty", what);
}

static void
check_item (LtGuidance     *guidance,
            LtGuidanceItem *item)
{
  assert_filled (item->id, item->title);
  assert_filled (item->id, item->asks);
  assert_filled (item->id, item->why);
  g_assert_cmpuint (g_strv_length (item->this_week), >=, 1);
  g_assert_cmpuint (g_strv_length (item->tools), >=, 1);
  g_assert_cmpuint (g_strv_length (item->modules), >=, 1);
  for (guint i = 0; item->this_week[i] != NULL; i++)
    assert_filled (item->id, item->this_week[i]);
  for (guint i = 0; item->tools[i] != NULL; i++)
    assert_filled (item->id, item->tools[i]);
  for (guint i = 0; item->modules[i] != NULL; i++)
    {
      if (!g_strv_contains (known_modules, item->modules[i]))
        g_error ("%s applies in the unknown module %s", item->id, item->modules[i]);
      /* Every module has a name in the language. */
      g_assert_cmpstr (lt_guidance_get_module_name (guidance, item->modules[i]), !=, item->modules[i]);
    }
  /* The source is named, not only an id. */
  g_assert_cmpstr (lt_guidance_get_source (guidance, item->publication), !=, item->publication);
}

static void
test_same_in_both_languages (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtGuidance) danish = lt_guidance_load ("da", &error);
  g_autoptr (LtGuidance) english = lt_guidance_load ("en", &error);
  GPtrArray *da_items, *en_items;
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_no_error (error);
  da_items = lt_guidance_get_items (danish);
  en_items = lt_guidance_get_items (english);
  /* 15 recommendations, VISO's attention points and recommendation 12. */
  g_assert_cmpuint (da_items->len, ==, 17);
  g_assert_cmpuint (en_items->len, ==, da_items->len);
  for (guint i = 0; i < da_items->len; i++)
    {
      LtGuidanceItem *da = g_ptr_array_index (da_items, i);
      LtGuidanceItem *en = g_ptr_array_index (en_items, i);

      g_assert_cmpstr (da->id, ==, en->id);
      g_assert_true (g_hash_table_add (ids, da->id)); /* unique */
      g_assert_cmpstr (da->publication, ==, en->publication);
      g_assert_true (g_strv_equal ((const char *const *) da->modules, (const char *const *) en->modules));
      g_assert_cmpuint (g_strv_length (da->this_week), ==, g_strv_length (en->this_week));
      g_assert_cmpuint (g_strv_length (da->tools), ==, g_strv_length (en->tools));
      g_assert_cmpstr (da->title, !=, en->title); /* translated, not copied */
      check_item (danish, da);
      check_item (english, en);
    }
  /* Five recommendations from each of the three 2024 publications. */
  for (const char *const *p = (const char *const[]){ "good-placement", "gentle-moves", "parents", NULL }; *p; p++)
    {
      guint n = 0;

      for (guint i = 0; i < da_items->len; i++)
        n += g_str_equal (((LtGuidanceItem *) g_ptr_array_index (da_items, i))->publication, *p);
      g_assert_cmpuint (n, ==, 5);
    }
}

static void
test_unknown_language (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LtGuidance) klingon = lt_guidance_load ("tlh", &error);

  g_assert_null (klingon);
  g_assert_nonnull (error);
}

static gboolean
has_id (GPtrArray  *items,
        const char *id)
{
  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (((LtGuidanceItem *) g_ptr_array_index (items, i))->id, id))
      return TRUE;
  return FALSE;
}

static void
test_modules_and_search (void)
{
  g_autoptr (LtGuidance) danish = lt_guidance_load ("da", NULL);
  g_autoptr (GPtrArray) calendar = lt_guidance_for_module (danish, "calendar");
  g_autoptr (GPtrArray) book = lt_guidance_for_module (danish, "book");
  g_autoptr (GPtrArray) move = lt_guidance_for_module (danish, "move");
  g_autoptr (GPtrArray) aula = lt_guidance_search (danish, "aula");
  g_autoptr (GPtrArray) two_words = lt_guidance_search (danish, "SØSKENDE  opkald");
  g_autoptr (GPtrArray) nothing = lt_guidance_search (danish, "xyzzy");
  g_autoptr (GPtrArray) everything = lt_guidance_search (danish, "  ");

  g_assert_true (has_id (calendar, "pa-relation"));
  g_assert_false (has_id (calendar, "gp-school"));
  g_assert_true (has_id (book, "gp-origin"));
  g_assert_cmpuint (move->len, ==, 5);
  g_assert_true (has_id (aula, "gp-school"));
  g_assert_true (has_id (two_words, "gp-network"));
  g_assert_cmpuint (two_words->len, ==, 1);
  g_assert_cmpuint (nothing->len, ==, 0);
  g_assert_cmpuint (everything->len, ==, 17);
  g_assert_nonnull (strstr (lt_guidance_get_source (danish, "gentle-moves"), "skånsomme skift"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/same-in-both-languages", test_same_in_both_languages);
  g_test_add_func ("/guidance/unknown-language", test_unknown_language);
  g_test_add_func ("/guidance/modules-and-search", test_modules_and_search);
  return g_test_run ();
}
