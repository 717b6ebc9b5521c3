/* lt-secret.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtSecret: a 256-bit key held in guarded memory that is locked out of swap
 * and wiped when freed.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LT_SECRET_BYTES 32

typedef struct _LtSecret LtSecret;

gboolean      lt_secret_init_library (GError **error);
LtSecret     *lt_secret_new_random (void);
LtSecret     *lt_secret_new_from_data (const guint8 *data,
                                       gsize         length);
LtSecret     *lt_secret_copy (const LtSecret *self);
const guint8 *lt_secret_get_data (const LtSecret *self);
gboolean      lt_secret_equal (const LtSecret *a,
                               const LtSecret *b);
void          lt_secret_free (LtSecret *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtSecret, lt_secret_free)

G_END_DECLS
