/* lt-link-group.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A group of check rows for choosing records to link.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

/* A row's title (returned) and subtitle (set) for @record. */
typedef char *(*LtLinkDescribeFunc) (LtRecord *record,
                                     char    **subtitle);

AdwPreferencesGroup *lt_link_group_new (const char        *title,
                                        const char        *description,
                                        GListModel        *all,
                                        GPtrArray         *linked,
                                        LtLinkDescribeFunc describe);
GPtrArray           *lt_link_group_get_checked (AdwPreferencesGroup *group);
char                *lt_link_group_describe_person (LtRecord *record,
                                                    char    **subtitle);

G_END_DECLS
