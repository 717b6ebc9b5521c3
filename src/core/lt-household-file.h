/* lt-household-file.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The household as a JSON file: a whole export, and an all-or-nothing import.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_HOUSEHOLD_FILE_ERROR (lt_household_file_error_quark ())

typedef enum
{
  LT_HOUSEHOLD_FILE_ERROR_INVALID,
  LT_HOUSEHOLD_FILE_ERROR_TOO_NEW,
  LT_HOUSEHOLD_FILE_ERROR_DUPLICATE,
} LtHouseholdFileError;

/* The version of the format this build writes, and the newest it reads. */
#define LT_HOUSEHOLD_FILE_VERSION 7 /* 2: relations, network maps; 3: the calendar; 4: school;
                                     5: everyday agreements; 6: moves; 7: audiences,
                                     the child's veto, letters for later, and what issue 9
                                     added (daily log, unknown persons) */

GQuark lt_household_file_error_quark (void);

char    *lt_household_file_to_data (LtStore *store,
                                    gsize   *length);
gboolean lt_household_file_export (LtStore    *store,
                                   const char *path,
                                   GError    **error);
gboolean lt_household_file_import_data (LtStore    *store,
                                        const char *data,
                                        gssize      length,
                                        guint      *n_children,
                                        GError    **error);
gboolean lt_household_file_import (LtStore    *store,
                                   const char *path,
                                   guint      *n_children,
                                   GError    **error);

G_END_DECLS
