/* lt-network-map.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The people a network map shows, independent of the store, and their JSON form.
 */
#pragma once

#include <gio/gio.h>

#include "lt-person.h"

G_BEGIN_DECLS

/* The format a saved network version's content is written in. */
#define LT_NETWORK_MAP_FORMAT "livstraad-network"
#define LT_NETWORK_MAP_VERSION 1

typedef struct
{
  gint64        person_id; /* 0 in a saved version */
  char         *name;
  char         *role; /* translated label */
  LtCircle      sector;
  int           closeness; /* 1 (closest) … 3 */
  LtContactWish wish;
  gboolean      deceased;
  gboolean      matters_most; /* one of those who matter most to the child */
  char         *contact;      /* nullable: "seen 3 weeks ago", under the role; not saved */
} LtNetworkMember;

typedef struct
{
  char      *child_name;
  GPtrArray *members; /* LtNetworkMember *, owned */
} LtNetworkMap;

LtNetworkMap *lt_network_map_new (const char *child_name);
void          lt_network_map_add (LtNetworkMap *map,
                                  gint64        person_id,
                                  const char   *name,
                                  const char   *role,
                                  LtCircle      sector,
                                  int           closeness,
                                  LtContactWish wish,
                                  gboolean      deceased);
void          lt_network_map_set_contact (LtNetworkMap *map,
                                          guint         index,
                                          const char   *contact);
LtNetworkMap *lt_network_map_new_from_persons (const char *child_name,
                                               GListModel *persons);
char         *lt_network_map_to_json (const LtNetworkMap *map);
LtNetworkMap *lt_network_map_new_from_json (const char *child_name,
                                            const char *json,
                                            GError    **error);
void          lt_network_map_free (LtNetworkMap *map);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtNetworkMap, lt_network_map_free)

G_END_DECLS
