/* lt-record-dialog.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtRecordDialog: adds or edits one record (a child, a home, a school, a
 * person) with validation that says what to fix.
 */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_RECORD_DIALOG (lt_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LtRecordDialog, lt_record_dialog, LT, RECORD_DIALOG, AdwWindow)

LtRecordDialog *lt_record_dialog_new (GtkWindow *parent,
                                      LtStore   *store,
                                      LtRecord  *record);
LtRecord       *lt_record_dialog_get_record (LtRecordDialog *self);
gboolean        lt_record_dialog_save (LtRecordDialog *self,
                                       GError        **error);

void lt_record_dialog_add_group (LtRecordDialog      *self,
                                 AdwPreferencesGroup *group);

G_END_DECLS
