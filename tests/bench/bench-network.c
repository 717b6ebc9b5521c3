/* bench-network.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Benchmark of the network map: lays out and paints a crowded map onto an
 * image surface many times and prints the median time of one round.
 *
 *   bench-network [--members 60] [--repetitions 200] [--png FILE]
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "lt-network-layout.h"
#include "lt-network-painter.h"

static int   n_members = 60;
static int   repetitions = 200;
static char *png_path = NULL;

static const GOptionEntry options[] = {
  { "members", 0, 0, G_OPTION_ARG_INT, &n_members, "People on the map (60)", "N" },
  { "repetitions", 0, 0, G_OPTION_ARG_INT, &repetitions, "Rounds to time (200)", "N" },
  { "png", 0, 0, G_OPTION_ARG_FILENAME, &png_path, "Also export the map to this PNG", "FILE" },
  { NULL }
};

static const char *const first_names[] = {
  "Søren",
  "Åse",
  "Bjørn",
  "Mette",
  "Ærø",
  "Kirsten",
  "Jørgen",
  "Ida",
  "Mikkel",
  "Line",
  "Kåre",
  "Freja",
  "Østen",
  "Signe",
  "Malthe",
  "Birgitte",
};
static const char *const last_names[] = {
  "Østergaard",
  "Kjærgaard",
  "Bøgh",
  "Nielsen",
  "Sørensen",
  "Ærtebjerg",
  "Holm",
  "Lund",
};
static const LtPersonRole roles[4][3] = {
  { LT_PERSON_ROLE_MOTHER, LT_PERSON_ROLE_GRANDPARENT, LT_PERSON_ROLE_RELATIVE },
  { LT_PERSON_ROLE_FRIEND, LT_PERSON_ROLE_FRIEND, LT_PERSON_ROLE_OTHER },
  { LT_PERSON_ROLE_TEACHER, LT_PERSON_ROLE_COACH, LT_PERSON_ROLE_EDUCATOR },
  { LT_PERSON_ROLE_CASEWORKER, LT_PERSON_ROLE_CONTACT_EDUCATOR, LT_PERSON_ROLE_FOSTER_PARENT },
};

/* A varied map, the same every run. */
static LtNetworkMap *
make_map (int n)
{
  LtNetworkMap *map = lt_network_map_new ("Ida Marie Kjærgaard");

  for (int i = 0; i < n; i++)
    {
      g_autofree char *name =
          g_strdup_printf ("%s %s", first_names[i % G_N_ELEMENTS (first_names)],
                           last_names[(i / 3) % G_N_ELEMENTS (last_names)]);
      LtCircle      sector = (LtCircle) ((i * 7 / 3) % 4);
      int           closeness = 1 + (i * 5 / 4) % 3;
      LtContactWish wish = i % 5 == 0   ? LT_CONTACT_WISH_KEEP
                           : i % 7 == 3 ? LT_CONTACT_WISH_RESTORE
                                        : LT_CONTACT_WISH_NONE;

      lt_network_map_add (map, i + 1, name,
                          lt_person_role_to_label (roles[sector][closeness - 1]), sector,
                          closeness, wish, i % 11 == 6);
    }
  return map;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— benchmark the network map");
  g_autoptr (GError) error = NULL;
  g_autoptr (LtNetworkMap) map = NULL;
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  LtDiagramPalette palette;
  double           width = 0, height = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  map = make_map (MAX (n_members, 0));
  lt_diagram_palette_init (&palette, FALSE);
  palette.paper.alpha = 1.0;
  for (int i = 0; i < MAX (repetitions, 1); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (LtNetworkLayout) layout = lt_network_layout_new (map);
      cairo_surface_t *surface = cairo_image_surface_create (
          CAIRO_FORMAT_ARGB32, (int) ceil (layout->width), (int) ceil (layout->height));
      cairo_t *cr = cairo_create (surface);
      double   elapsed;

      lt_network_paint (cr, layout, map, &palette, -1);
      cairo_surface_flush (surface);
      elapsed = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, elapsed);
      width = layout->width;
      height = layout->height;
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  g_array_sort (times, compare_doubles);
  g_print ("Network map:  %d people, %.0f × %.0f pt; layout and paint median %.2f ms "
           "(min %.2f, max %.2f, %u rounds)\n",
           n_members, width, height, g_array_index (times, double, times->len / 2),
           g_array_index (times, double, 0), g_array_index (times, double, times->len - 1),
           times->len);

  if (png_path != NULL && !lt_network_export (map, png_path, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
