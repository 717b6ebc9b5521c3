/* bench-genogram.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Benchmark of the genogram: a generated family of 300 people over six
 * generations (couples, remarriages, divorces, adoptions), laid out and
 * painted onto an image surface many times; prints the median of each.
 *
 *   bench-genogram [--people 300] [--repetitions 50] [--png FILE]
 */
#include "config.h"

#include <locale.h>

#include "lt-genogram-layout.h"
#include "lt-genogram-painter.h"

static int   n_people = 300;
static int   repetitions = 50;
static char *png_path = NULL;

static const GOptionEntry options[] = {
  { "people", 0, 0, G_OPTION_ARG_INT, &n_people, "People in the family (300)", "N" },
  { "repetitions", 0, 0, G_OPTION_ARG_INT, &repetitions, "Rounds to time (50)", "N" },
  { "png", 0, 0, G_OPTION_ARG_FILENAME, &png_path, "Also export the genogram to this PNG", "FILE" },
  { NULL }
};

static guint
add (LtGenogram *genogram,
     GRand      *rand,
     LtGender    gender,
     int         year)
{
  static const char *const names[] = { "Søren", "Åse", "Bjørn", "Mette", "Kirsten", "Jørgen",
                                       "Ida", "Line", "Kåre", "Freja", "Østen", "Signe" };
  static const char *const surnames[] = { "Østergaard", "Kjærgaard", "Bøgh", "Nielsen", "Lund" };
  g_autofree char         *name =
      g_strdup_printf ("%s %s", names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
                       surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))]);

  return lt_genogram_add_person (genogram, genogram->persons->len + 1, name, gender, year,
                                 year < 1940 ? year + 70 : 0, FALSE);
}

/* Each generation's couples have one to three children, each of whom gets
 * a partner (sometimes a second one) for the next generation. */
static LtGenogram *
make_family (GRand *rand)
{
  LtGenogram *g = lt_genogram_new ();
  g_autoptr (GArray) couples = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  int   year = 1900;
  guint founders[2];

  founders[0] = add (g, rand, LT_GENDER_MALE, year);
  founders[1] = add (g, rand, LT_GENDER_FEMALE, year);
  lt_genogram_add_tie (g, founders[0], founders[1], LT_RELATION_KIND_MARRIED, LT_EMOTION_NONE);
  g_array_append_val (couples, founders);

  while ((int) g->persons->len < n_people && couples->len > 0)
    {
      g_autoptr (GArray) next = g_array_new (FALSE, FALSE, sizeof (guint) * 2);

      year += 25;
      for (guint c = 0; c < couples->len && (int) g->persons->len < n_people; c++)
        {
          guint *parents = &g_array_index (couples, guint, 2 * c);
          int    n_children = g_rand_int_range (rand, 1, 4);

          for (int k = 0; k < n_children && (int) g->persons->len + 2 <= n_people; k++)
            {
              gboolean       adopted = g_rand_int_range (rand, 0, 12) == 0;
              LtRelationKind kind = adopted ? LT_RELATION_KIND_ADOPTIVE_PARENT : LT_RELATION_KIND_PARENT;
              guint          couple[2];

              couple[0] = add (g, rand, k % 2 ? LT_GENDER_MALE : LT_GENDER_FEMALE, year + k);
              lt_genogram_add_tie (g, parents[0], couple[0], kind, LT_EMOTION_NONE);
              lt_genogram_add_tie (g, parents[1], couple[0], kind, LT_EMOTION_NONE);
              couple[1] = add (g, rand, k % 2 ? LT_GENDER_FEMALE : LT_GENDER_MALE, year + k);
              lt_genogram_add_tie (g, couple[0], couple[1],
                                   g_rand_boolean (rand) ? LT_RELATION_KIND_MARRIED
                                                         : LT_RELATION_KIND_DIVORCED,
                                   g_rand_int_range (rand, 0, 8) == 0 ? LT_EMOTION_CONFLICT
                                                                      : LT_EMOTION_NONE);
              g_array_append_val (next, couple);
            }
        }
      g_array_set_size (couples, 0);
      g_array_append_vals (couples, next->data, next->len);
    }
  /* The child: one of the youngest. */
  ((LtGenogramPerson *) g_ptr_array_index (g->persons, g->persons->len - 1))->is_child = TRUE;
  return g;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— time the genogram");
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) layout_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) paint_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (LtGenogram) genogram = NULL;
  GRand           *rand = g_rand_new_with_seed (48);
  LtDiagramPalette palette;
  guint            n_lines = 0;
  double           width = 0, height = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  genogram = make_family (rand);
  lt_diagram_palette_init (&palette, FALSE);

  for (int r = 0; r < repetitions; r++)
    {
      gint64            start = g_get_monotonic_time ();
      LtGenogramLayout *layout = lt_genogram_layout_new (genogram);
      gint64            laid_out = g_get_monotonic_time ();
      cairo_surface_t  *surface = cairo_image_surface_create (
           CAIRO_FORMAT_ARGB32, (int) layout->width / 2 + 1, (int) layout->height / 2 + 1);
      cairo_t *cr = cairo_create (surface);
      double   ms;

      /* Half size keeps the surface small; the work of painting is the same. */
      cairo_scale (cr, 0.5, 0.5);
      lt_genogram_paint (cr, layout, genogram, &palette, -1);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - laid_out) / 1000.0;
      g_array_append_val (paint_times, ms);
      ms = (laid_out - start) / 1000.0;
      g_array_append_val (layout_times, ms);
      n_lines = layout->lines->len;
      width = layout->width;
      height = layout->height;
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      lt_genogram_layout_free (layout);
    }

  g_print ("genogram: %u people, %u ties, %u lines, %.0f × %.0f pt\n", genogram->persons->len,
           genogram->ties->len, n_lines, width, height);
  g_print ("layout: median %.1f ms; paint: median %.1f ms (%d rounds)\n", median (layout_times),
           median (paint_times), repetitions);
  if (png_path != NULL &&
      !lt_genogram_export (genogram, LT_GENOGRAM_STYLE_PROFESSIONAL, png_path, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_rand_free (rand);
  return 0;
}
