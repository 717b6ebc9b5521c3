/* test-network.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The network map: its layout by numbers, hit-testing, the JSON of a saved
 * version, painting and export.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "lt-network-layout.h"
#include "lt-network-map.h"
#include "lt-network-painter.h"
#include "lt-test-util.h"

static const char *const names[] = {
  "Søren",
  "Åse Bøgh",
  "Bjørn Ærtebjerg",
  "Marie-Louise Østergaard-Kjærgaard Bøgh-Sørensen", /* wraps */
  "Ida",
  "Kirsten Lærkegård Mølgaard",
  "Jørgen Ø.",
  "Freja Skovbjærg",
};

/* @n people, spread over every sector and ring, or all in one. */
static LtNetworkMap *
make_map (guint    n,
          gboolean one_group)
{
  LtNetworkMap *map = lt_network_map_new ("Ida Marie Kjærgaard");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", names[i % G_N_ELEMENTS (names)], i);
      LtCircle         sector = one_group ? LT_CIRCLE_PROFESSIONALS : (LtCircle) (i % 4);
      int              closeness = one_group ? 3 : 1 + (int) (i / 4) % 3;

      lt_network_map_add (map, i + 1, name,
                          i % 3 == 0 ? lt_person_role_to_label (LT_PERSON_ROLE_COACH) : "Søster",
                          sector, closeness, (LtContactWish) (i % 3), i % 7 == 5);
    }
  return map;
}

static LtNetworkBox
dot_box (const LtNetworkPlace *place)
{
  return (LtNetworkBox){ place->x - place->dot_radius, place->y - place->dot_radius,
                         2 * place->dot_radius, 2 * place->dot_radius };
}

static gboolean
overlap (const LtNetworkBox *a,
         const LtNetworkBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height &&
         b->y < a->y + a->height;
}

static double
distance_to_box (const LtNetworkBox *box,
                 double              x,
                 double              y)
{
  double dx = MAX (box->x - x, MAX (0, x - (box->x + box->width)));
  double dy = MAX (box->y - y, MAX (0, y - (box->y + box->height)));

  return hypot (dx, dy);
}

static void
assert_inside (const LtNetworkLayout *layout,
               const LtNetworkBox    *box)
{
  g_assert_cmpfloat (box->x, >=, 0);
  g_assert_cmpfloat (box->y, >=, 0);
  g_assert_cmpfloat (box->x + box->width, <=, layout->width);
  g_assert_cmpfloat (box->y + box->height, <=, layout->height);
}

/* Every person in their sector's quarter and their ring's band. */
static void
assert_places (const LtNetworkLayout *layout,
               const LtNetworkMap    *map)
{
  g_assert_cmpuint (layout->places->len, ==, map->members->len);
  g_assert_cmpfloat (layout->radii[0], >, 0);
  for (guint k = 1; k < 4; k++)
    g_assert_cmpfloat (layout->radii[k], >, layout->radii[k - 1]);

  for (guint i = 0; i < layout->places->len; i++)
    {
      const LtNetworkPlace  *place = &g_array_index (layout->places, LtNetworkPlace, i);
      const LtNetworkMember *member = g_ptr_array_index (map->members, place->member);
      double                 dx = place->x - layout->cx;
      double                 dy = place->y - layout->cy;
      double                 radius = hypot (dx, dy);
      double                 angle = fmod (atan2 (dy, dx) - lt_network_sector_start (member->sector) +
                                               4 * G_PI,
                                           2 * G_PI);

      g_assert_cmpuint (place->member, ==, i);
      g_assert_cmpfloat (angle, >, 0);
      g_assert_cmpfloat (angle, <, G_PI / 2);
      g_assert_cmpfloat (radius, >, layout->radii[member->closeness - 1]);
      g_assert_cmpfloat (radius, <, layout->radii[member->closeness]);
      g_assert_cmpfloat (place->dot_radius, >, 0);
      g_assert_cmpfloat (place->label.width, >, 0);
      g_assert_cmpfloat (place->label.height, >, 0);
    }
}

/* No label meets another label, a dot, the child's disc, a title or the
 * legend; no two dots meet; everything is inside the layout. */
static void
assert_no_overlaps (const LtNetworkLayout *layout)
{
  g_autoptr (GArray) boxes = g_array_new (FALSE, FALSE, sizeof (LtNetworkBox));
  g_autoptr (GArray) owners = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint s = 0; s < 4; s++)
    {
      int owner = -1 - (int) s;

      g_array_append_val (boxes, layout->sector_titles[s]);
      g_array_append_val (owners, owner);
    }
  {
    int owner = -10;

    g_array_append_val (boxes, layout->legend);
    g_array_append_val (owners, owner);
  }
  for (guint i = 0; i < layout->places->len; i++)
    {
      const LtNetworkPlace *place = &g_array_index (layout->places, LtNetworkPlace, i);
      LtNetworkBox          dot = dot_box (place);
      int                   owner = (int) i;

      g_array_append_val (boxes, place->label);
      g_array_append_val (owners, owner);
      g_array_append_val (boxes, dot);
      g_array_append_val (owners, owner);
    }

  for (guint a = 0; a < boxes->len; a++)
    {
      const LtNetworkBox *box_a = &g_array_index (boxes, LtNetworkBox, a);

      assert_inside (layout, box_a);
      /* The child's disc, and the name on it, are clear of everything. */
      g_assert_cmpfloat (distance_to_box (box_a, layout->cx, layout->cy), >=, layout->radii[0]);
      g_assert_false (overlap (box_a, &layout->centre_label));
      for (guint b = a + 1; b < boxes->len; b++)
        {
          const LtNetworkBox *box_b = &g_array_index (boxes, LtNetworkBox, b);

          if (g_array_index (owners, int, a) == g_array_index (owners, int, b))
            continue;
          if (overlap (box_a, box_b))
            g_error ("box %u (%g, %g %g×%g) overlaps box %u (%g, %g %g×%g)", a, box_a->x, box_a->y,
                     box_a->width, box_a->height, b, box_b->x, box_b->y, box_b->width,
                     box_b->height);
        }
    }
  g_assert_cmpfloat (hypot (layout->centre_label.width, layout->centre_label.height) / 2, <=,
                     layout->radii[0]);
}

static void
check_layout (guint    n,
              gboolean one_group)
{
  g_autoptr (LtNetworkMap) map = make_map (n, one_group);
  g_autoptr (LtNetworkLayout) layout = lt_network_layout_new (map);

  assert_places (layout, map);
  assert_no_overlaps (layout);
}

static void
test_layout_empty (void)
{
  g_autoptr (LtNetworkMap) map = lt_network_map_new ("Ida");
  g_autoptr (LtNetworkLayout) layout = lt_network_layout_new (map);

  assert_places (layout, map);
  assert_no_overlaps (layout);
  /* Empty rings still show, and the rings are round and centred. */
  g_assert_cmpfloat (layout->radii[3] - layout->radii[0], >=, 90);
  g_assert_cmpfloat (layout->cx - layout->radii[3], >=, 0);
  g_assert_cmpfloat (layout->cx + layout->radii[3], <=, layout->width);
}

static void
test_layout_one (void)
{
  check_layout (1, FALSE);
}

static void
test_layout_five (void)
{
  check_layout (5, FALSE);
}

static void
test_layout_sixty (void)
{
  check_layout (60, FALSE);
}

static void
test_layout_sixty_in_one_group (void)
{
  check_layout (60, TRUE);
}

/* A much longer name makes a wider label, never a wider overlap. */
static void
test_layout_long_names (void)
{
  g_autoptr (LtNetworkMap) map = lt_network_map_new ("Marie-Louise Østergaard-Kjærgaard");
  g_autoptr (LtNetworkLayout) layout = NULL;
  const LtNetworkPlace *long_one, *short_one;

  for (guint i = 0; i < 12; i++)
    lt_network_map_add (map, 0, i % 2 ? "Æ" : "Kirsten-Margrethe Lærkegård Mølgaard Østergaard",
                        "Kontaktpædagog på døgninstitutionen", LT_CIRCLE_FAMILY, 1,
                        LT_CONTACT_WISH_NONE, FALSE);
  layout = lt_network_layout_new (map);
  assert_places (layout, map);
  assert_no_overlaps (layout);

  long_one = &g_array_index (layout->places, LtNetworkPlace, 0);
  short_one = &g_array_index (layout->places, LtNetworkPlace, 1);
  g_assert_cmpfloat (long_one->label.width, >, short_one->label.width);
  /* Long names wrap rather than run on. */
  g_assert_cmpfloat (long_one->label.width, <=, LT_NETWORK_LABEL_MAX_WIDTH + 2 * LT_NETWORK_LABEL_PAD + 0.01);
  g_assert_cmpfloat (long_one->label.height, >, short_one->label.height);
}

static void
test_hit_and_locate (void)
{
  g_autoptr (LtNetworkMap) map = make_map (24, FALSE);
  g_autoptr (LtNetworkLayout) layout = lt_network_layout_new (map);
  LtCircle sector = LT_CIRCLE_FAMILY;
  int      closeness = 0;

  for (guint i = 0; i < layout->places->len; i++)
    {
      const LtNetworkPlace  *place = &g_array_index (layout->places, LtNetworkPlace, i);
      const LtNetworkMember *member = g_ptr_array_index (map->members, i);

      g_assert_cmpint (lt_network_layout_hit (layout, place->x, place->y), ==, (int) i);
      g_assert_cmpint (lt_network_layout_hit (layout, place->label.x + place->label.width / 2,
                                              place->label.y + place->label.height / 2),
                       ==, (int) i);
      g_assert_true (lt_network_layout_locate (layout, place->x, place->y, &sector, &closeness));
      g_assert_cmpint (sector, ==, member->sector);
      g_assert_cmpint (closeness, ==, member->closeness);
    }

  /* Nobody on the child's disc, in the corner, or beyond the rings. */
  g_assert_cmpint (lt_network_layout_hit (layout, layout->cx, layout->cy), ==, -1);
  g_assert_cmpint (lt_network_layout_hit (layout, 0.5, layout->height - 0.5), ==, -1);
  g_assert_false (lt_network_layout_locate (layout, layout->cx + 1, layout->cy - 1, NULL, NULL));
  g_assert_false (lt_network_layout_locate (layout, layout->cx + layout->radii[3] + 1,
                                            layout->cy, NULL, NULL));

  /* Each quarter and ring, just inside its corners. */
  for (LtCircle s = LT_CIRCLE_FAMILY; s <= LT_CIRCLE_PROFESSIONALS; s++)
    for (int ring = 1; ring <= 3; ring++)
      {
        double start = lt_network_sector_start (s);

        for (guint corner = 0; corner < 4; corner++)
          {
            double angle = start + (corner % 2 ? G_PI / 2 - 0.01 : 0.01);
            double radius = corner < 2 ? layout->radii[ring - 1] + 0.5 : layout->radii[ring] - 0.5;

            g_assert_true (lt_network_layout_locate (layout, layout->cx + radius * cos (angle),
                                                     layout->cy + radius * sin (angle), &sector,
                                                     &closeness));
            g_assert_cmpint (sector, ==, s);
            g_assert_cmpint (closeness, ==, ring);
          }
      }
}

static void
assert_same_maps (const LtNetworkMap *a,
                  const LtNetworkMap *b)
{
  g_assert_cmpstr (a->child_name, ==, b->child_name);
  g_assert_cmpuint (a->members->len, ==, b->members->len);
  for (guint i = 0; i < a->members->len; i++)
    {
      const LtNetworkMember *x = g_ptr_array_index (a->members, i);
      const LtNetworkMember *y = g_ptr_array_index (b->members, i);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->role, ==, y->role);
      g_assert_cmpint (x->sector, ==, y->sector);
      g_assert_cmpint (x->closeness, ==, y->closeness);
      g_assert_cmpint (x->wish, ==, y->wish);
      g_assert_cmpint (x->deceased, ==, y->deceased);
      g_assert_cmpint (y->person_id, ==, 0);
    }
}

/* When each person was last seen goes under the name: a taller label that
 * still meets nothing, and the star of those who matter most keeps within
 * the room around its dot. */
static void
test_layout_contact_lines (void)
{
  g_autoptr (LtNetworkMap) plain = make_map (24, FALSE);
  g_autoptr (LtNetworkMap) map = make_map (24, FALSE);
  g_autoptr (LtNetworkLayout) before = lt_network_layout_new (plain);
  g_autoptr (LtNetworkLayout) layout = NULL;

  for (guint i = 0; i < map->members->len; i++)
    {
      LtNetworkMember *member = g_ptr_array_index (map->members, i);

      member->matters_most = i % 4 == 0;
      if (i % 3 != 2)
        lt_network_map_set_contact (map, i, i % 2 ? "heard from yesterday" : "set for 10 uger siden");
    }
  layout = lt_network_layout_new (map);
  assert_places (layout, map);
  assert_no_overlaps (layout);
  for (guint i = 0; i < map->members->len; i++)
    {
      const LtNetworkPlace *with = &g_array_index (layout->places, LtNetworkPlace, i);
      const LtNetworkPlace *without = &g_array_index (before->places, LtNetworkPlace, i);

      if (i % 3 != 2)
        g_assert_cmpfloat (with->label.height, >, without->label.height + LT_DIAGRAM_SMALL_SIZE);
      else
        g_assert_cmpfloat (with->label.height, ==, without->label.height);
    }
}

static void
test_json_matters_most (void)
{
  g_autoptr (LtNetworkMap) map = make_map (3, FALSE);
  g_autoptr (LtNetworkMap) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;

  ((LtNetworkMember *) g_ptr_array_index (map->members, 1))->matters_most = TRUE;
  lt_network_map_set_contact (map, 1, "seen today");
  json = lt_network_map_to_json (map);
  /* Who matters most is kept; how long ago is not, as it would go stale. */
  g_assert_nonnull (strstr (json, "\"matters_most\":true"));
  g_assert_null (strstr (json, "seen today"));
  back = lt_network_map_new_from_json ("Ida", json, &error);
  g_assert_no_error (error);
  g_assert_false (((LtNetworkMember *) g_ptr_array_index (back->members, 0))->matters_most);
  g_assert_true (((LtNetworkMember *) g_ptr_array_index (back->members, 1))->matters_most);
  g_assert_null (((LtNetworkMember *) g_ptr_array_index (back->members, 1))->contact);

  g_clear_pointer (&back, lt_network_map_free);
  back = lt_network_map_new_from_json (
      "Ida",
      "{\"format\":\"livstraad-network\",\"version\":1,\"members\":[{\"name\":\"A\",\"role\":\"\","
      "\"sector\":\"family\",\"closeness\":1,\"wish\":\"none\",\"deceased\":false,\"matters_most\":1}]}",
      &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (back);
}

static void
test_json_round_trip (void)
{
  g_autoptr (LtNetworkMap) map = make_map (9, FALSE);
  g_autoptr (LtNetworkMap) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = lt_network_map_to_json (map);
  g_autofree char *again = NULL;

  g_assert_nonnull (strstr (json, "\"format\":\"livstraad-network\""));
  g_assert_nonnull (strstr (json, "\"version\":1"));
  g_assert_nonnull (strstr (json, "\"sector\":\"school-leisure\""));
  g_assert_nonnull (strstr (json, "\"wish\":\"restore\""));
  g_assert_null (strstr (json, "person_id"));

  back = lt_network_map_new_from_json ("Ida Marie Kjærgaard", json, &error);
  g_assert_no_error (error);
  assert_same_maps (map, back);
  again = lt_network_map_to_json (back);
  g_assert_cmpstr (again, ==, json);
}

static void
test_json_empty (void)
{
  g_autoptr (LtNetworkMap) back = NULL;
  g_autoptr (GError) error = NULL;

  back = lt_network_map_new_from_json (
      "Ida", "{\"format\":\"livstraad-network\",\"version\":1,\"members\":[]}", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->members->len, ==, 0);
}

#define MEMBER(fields) \
  "{\"format\":\"livstraad-network\",\"version\":1,\"members\":[{" fields "}]}"
#define GOOD_FIELDS "\"name\":\"Mor\",\"role\":\"Mother\",\"sector\":\"family\",\"closeness\":1,\"wish\":\"keep\""

static void
test_json_refused (void)
{
  static const char *const bad[] = {
    "",
    "{",
    "[1, 2]",
    "\"members\"",
    "{\"format\":\"livstraad-household\",\"version\":1,\"members\":[]}",
    "{\"version\":1,\"members\":[]}",
    "{\"format\":\"livstraad-network\",\"members\":[]}",
    "{\"format\":\"livstraad-network\",\"version\":\"1\",\"members\":[]}",
    "{\"format\":\"livstraad-network\",\"version\":0,\"members\":[]}",
    "{\"format\":\"livstraad-network\",\"version\":2,\"members\":[]}",
    "{\"format\":\"livstraad-network\",\"version\":1}",
    "{\"format\":\"livstraad-network\",\"version\":1,\"members\":{}}",
    "{\"format\":\"livstraad-network\",\"version\":1,\"members\":[42]}",
    MEMBER (GOOD_FIELDS),                        /* no "deceased" */
    MEMBER (GOOD_FIELDS ",\"deceased\":\"no\""), /* a string */
    MEMBER ("\"role\":\"Mother\",\"sector\":\"family\",\"closeness\":1,\"wish\":\"keep\","
            "\"deceased\":false"), /* no name */
    MEMBER ("\"name\":null,\"role\":\"Mother\",\"sector\":\"family\",\"closeness\":1,"
            "\"wish\":\"keep\",\"deceased\":false"),
    MEMBER ("\"name\":\"Mor\",\"role\":\"Mother\",\"sector\":\"neighbours\",\"closeness\":1,"
            "\"wish\":\"keep\",\"deceased\":false"), /* unknown sector */
    MEMBER ("\"name\":\"Mor\",\"role\":\"Mother\",\"sector\":3,\"closeness\":1,"
            "\"wish\":\"keep\",\"deceased\":false"),
    MEMBER ("\"name\":\"Mor\",\"role\":\"Mother\",\"sector\":\"family\",\"closeness\":0,"
            "\"wish\":\"keep\",\"deceased\":false"),
    MEMBER ("\"name\":\"Mor\",\"role\":\"Mother\",\"sector\":\"family\",\"closeness\":4,"
            "\"wish\":\"keep\",\"deceased\":false"),
    MEMBER ("\"name\":\"Mor\",\"role\":\"Mother\",\"sector\":\"family\",\"closeness\":1.5,"
            "\"wish\":\"keep\",\"deceased\":false"),
    MEMBER ("\"name\":\"Mor\",\"role\":\"Mother\",\"sector\":\"family\",\"closeness\":\"1\","
            "\"wish\":\"keep\",\"deceased\":false"),
    MEMBER ("\"name\":\"Mor\",\"role\":\"Mother\",\"sector\":\"family\",\"closeness\":1,"
            "\"wish\":\"forget\",\"deceased\":false"), /* unknown wish */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LtNetworkMap) map = lt_network_map_new_from_json ("Ida", bad[i], &error);

      if (map != NULL)
        g_error ("accepted bad network map %u: %s", i, bad[i]);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpuint (strlen (error->message), >, 10);
    }

  /* The message names the problem. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (LtNetworkMap) map = lt_network_map_new_from_json (
        "Ida", bad[G_N_ELEMENTS (bad) - 7], &error);

    g_assert_null (map);
    g_assert_nonnull (strstr (error->message, "neighbours"));
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (LtNetworkMap) map = lt_network_map_new_from_json (
        "Ida", bad[G_N_ELEMENTS (bad) - 4], &error);

    g_assert_null (map);
    g_assert_nonnull (strstr (error->message, "closeness 4"));
  }
}

static void
test_from_persons (void)
{
  g_autoptr (GListStore) persons = g_list_store_new (LT_TYPE_PERSON);
  g_autoptr (LtNetworkMap) map = NULL;
  const LtNetworkMember *mother, *teacher;

  g_list_store_append (persons, g_object_new (LT_TYPE_PERSON, "name", "Mette Bøgh", "role",
                                              LT_PERSON_ROLE_MOTHER, "circle", LT_CIRCLE_FAMILY,
                                              "closeness", (gint64) 2, "contact-wish",
                                              LT_CONTACT_WISH_RESTORE, "deceased", TRUE, NULL));
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (persons), 0)); /* the store's ref */
  g_list_store_append (persons, g_object_new (LT_TYPE_PERSON, "name", "Åge Lærer", "role",
                                              LT_PERSON_ROLE_TEACHER, "circle",
                                              LT_CIRCLE_SCHOOL_LEISURE, "closeness", (gint64) 9,
                                              NULL));
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (persons), 1));

  map = lt_network_map_new_from_persons ("Ida", G_LIST_MODEL (persons));
  g_assert_cmpuint (map->members->len, ==, 2);
  mother = g_ptr_array_index (map->members, 0);
  teacher = g_ptr_array_index (map->members, 1);
  g_assert_cmpstr (mother->name, ==, "Mette Bøgh");
  g_assert_cmpstr (mother->role, ==, lt_person_role_to_label (LT_PERSON_ROLE_MOTHER));
  g_assert_cmpint (mother->sector, ==, LT_CIRCLE_FAMILY);
  g_assert_cmpint (mother->closeness, ==, 2);
  g_assert_cmpint (mother->wish, ==, LT_CONTACT_WISH_RESTORE);
  g_assert_true (mother->deceased);
  g_assert_cmpint (teacher->sector, ==, LT_CIRCLE_SCHOOL_LEISURE);
  g_assert_cmpint (teacher->closeness, ==, 3); /* the nearest ring there is */
  g_assert_false (teacher->deceased);
}

static void
pixel (cairo_surface_t *surface,
       double           x,
       double           y,
       guint8          *red,
       guint8          *green,
       guint8          *blue)
{
  guint8 *data = cairo_image_surface_get_data (surface);
  int     stride = cairo_image_surface_get_stride (surface);
  guint32 value = *(guint32 *) (data + (int) y * stride + (int) x * 4);

  *red = (value >> 16) & 0xff;
  *green = (value >> 8) & 0xff;
  *blue = value & 0xff;
}

static void
test_paint (void)
{
  g_autoptr (LtNetworkMap) map = make_map (12, FALSE);
  g_autoptr (LtNetworkLayout) layout = lt_network_layout_new (map);
  cairo_surface_t      *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (layout->width),
                                                              (int) ceil (layout->height));
  cairo_t              *cr = cairo_create (surface);
  LtDiagramPalette      palette;
  guint8                r, g, b;
  const LtNetworkPlace *place = &g_array_index (layout->places, LtNetworkPlace, 1);

  lt_diagram_palette_init (&palette, FALSE);
  palette.paper.alpha = 1.0;
  lt_network_paint (cr, layout, map, &palette, 2);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);

  /* The child's disc is in the accent colour, below the name. */
  pixel (surface, layout->cx, layout->cy + layout->radii[0] * 0.7, &r, &g, &b);
  g_assert_cmpint (r, ==, 0x35);
  g_assert_cmpint (g, ==, 0x84);
  g_assert_cmpint (b, ==, 0xe4);
  /* A living person's dot is ink; the corner is paper. */
  pixel (surface, place->x, place->y, &r, &g, &b);
  g_assert_cmpint (r, <, 0x40);
  g_assert_cmpint (b, <, 0x50);
  pixel (surface, 1, 1, &r, &g, &b);
  g_assert_cmpint (r + g + b, ==, 3 * 255);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
assert_file_starts (const char *path,
                    const char *magic,
                    gsize       length)
{
  g_autofree char *contents = NULL;
  gsize            size = 0;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (size, >, 1000);
  g_assert_cmpmem (contents, length, magic, length);
}

static void
test_export (void)
{
  g_autofree char *folder = g_dir_make_tmp ("livstraad-network-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (folder, "netværk.png", NULL);
  g_autofree char *svg = g_build_filename (folder, "netværk.svg", NULL);
  g_autofree char *pdf = g_build_filename (folder, "netværk.PDF", NULL);
  g_autofree char *txt = g_build_filename (folder, "netværk.txt", NULL);
  g_autoptr (LtNetworkMap) map = make_map (12, FALSE);
  g_autoptr (GError) error = NULL;
  g_autofree char *svg_text = NULL;

  g_assert_nonnull (folder);
  g_assert_true (lt_network_export (map, png, "Idas netværk, august 2024", &error));
  g_assert_no_error (error);
  assert_file_starts (png, "\x89PNG\r\n\x1a\n", 8);
  g_assert_true (lt_network_export (map, svg, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  g_assert_true (lt_network_export (map, pdf, "Idas netværk", &error));
  g_assert_no_error (error);
  assert_file_starts (pdf, "%PDF-", 5);

  g_assert_false (lt_network_export (map, txt, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

  lt_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/network/layout/empty", test_layout_empty);
  g_test_add_func ("/network/layout/one", test_layout_one);
  g_test_add_func ("/network/layout/contact-lines", test_layout_contact_lines);
  g_test_add_func ("/network/json/matters-most", test_json_matters_most);
  g_test_add_func ("/network/layout/five", test_layout_five);
  g_test_add_func ("/network/layout/sixty", test_layout_sixty);
  g_test_add_func ("/network/layout/sixty-in-one-group", test_layout_sixty_in_one_group);
  g_test_add_func ("/network/layout/long-names", test_layout_long_names);
  g_test_add_func ("/network/layout/hit-and-locate", test_hit_and_locate);
  g_test_add_func ("/network/json/round-trip", test_json_round_trip);
  g_test_add_func ("/network/json/empty", test_json_empty);
  g_test_add_func ("/network/json/refused", test_json_refused);
  g_test_add_func ("/network/from-persons", test_from_persons);
  g_test_add_func ("/network/paint", test_paint);
  g_test_add_func ("/network/export", test_export);
  return g_test_run ();
}
