/* lt-network-version.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtNetworkVersion: a dated copy of a child's network map, kept to compare with later.
 */
#pragma once

#include "lt-record.h"

G_BEGIN_DECLS

#define LT_TYPE_NETWORK_VERSION (lt_network_version_get_type ())
G_DECLARE_FINAL_TYPE (LtNetworkVersion, lt_network_version, LT, NETWORK_VERSION, LtRecord)

LtNetworkVersion *lt_network_version_new (void);

gint64      lt_network_version_get_child_id (LtNetworkVersion *self);
void        lt_network_version_set_child_id (LtNetworkVersion *self,
                                             gint64            child_id);
const char *lt_network_version_get_title (LtNetworkVersion *self);
void        lt_network_version_set_title (LtNetworkVersion *self,
                                          const char       *title);
const char *lt_network_version_get_taken_on (LtNetworkVersion *self);
void        lt_network_version_set_taken_on (LtNetworkVersion *self,
                                             const char       *taken_on);
const char *lt_network_version_get_content (LtNetworkVersion *self);
void        lt_network_version_set_content (LtNetworkVersion *self,
                                            const char       *content);

G_END_DECLS
