/* lt-application.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtApplication: command-line options, headless commands, windows.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LT_TYPE_APPLICATION (lt_application_get_type ())
G_DECLARE_FINAL_TYPE (LtApplication, lt_application, LT, APPLICATION, AdwApplication)

LtApplication *lt_application_new (void);
gboolean       lt_application_get_failed (LtApplication *self);

G_END_DECLS
