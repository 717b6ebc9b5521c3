/* lt-json-shape.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * A look over JSON text before json-glib 1.6 parses it (see the .c file).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *lt_json_shape_problem (const char *data,
                                   gsize       length,
                                   guint       max_depth);

G_END_DECLS
