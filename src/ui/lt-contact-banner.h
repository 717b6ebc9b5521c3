/* lt-contact-banner.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtContactBanner: on the network page, the people who matter most to the
 * child and have not been seen or heard from for a while.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_CONTACT_BANNER (lt_contact_banner_get_type ())
G_DECLARE_FINAL_TYPE (LtContactBanner, lt_contact_banner, LT, CONTACT_BANNER, GtkWidget)

void       lt_contact_banner_set_store (LtContactBanner *self,
                                        LtStore         *store);
void       lt_contact_banner_set_child (LtContactBanner *self,
                                        LtChild         *child);
void       lt_contact_banner_set_now (LtContactBanner *self,
                                      gint64           now);
GPtrArray *lt_contact_banner_dup_missed (LtContactBanner *self);

G_END_DECLS
