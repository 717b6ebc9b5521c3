/* lt-gedcom-dialog.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Importing a GEDCOM file into a child's family, asking first.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

void lt_gedcom_dialog_choose_and_import (GtkWindow *parent,
                                         LtStore   *store,
                                         LtChild   *child);
void lt_gedcom_dialog_import_file (GtkWindow *parent,
                                   LtStore   *store,
                                   LtChild   *child,
                                   GFile     *file);

G_END_DECLS
