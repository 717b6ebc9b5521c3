/* lt-network-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtNetworkPage: the child's network map, with kept maps to compare with.
 */
#pragma once

#include <adwaita.h>

#include "lt-contact-banner.h"
#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_NETWORK_PAGE (lt_network_page_get_type ())
G_DECLARE_FINAL_TYPE (LtNetworkPage, lt_network_page, LT, NETWORK_PAGE, GtkWidget)

void lt_network_page_set_store (LtNetworkPage *self,
                                LtStore       *store);
void lt_network_page_set_child (LtNetworkPage *self,
                                LtChild       *child);
void lt_network_page_compare_with_first (LtNetworkPage *self);

LtContactBanner *lt_network_page_get_contact_banner (LtNetworkPage *self);

G_END_DECLS
