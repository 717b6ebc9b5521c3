/* lt-secret.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Keys live in libsodium's guarded allocations: locked pages with guard
 * pages around them, wiped by sodium_free.  Only the bytes are kept; what
 * the key is for is the caller's business.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sodium.h>
#include <string.h>

#include <gio/gio.h>

#include "lt-secret.h"

struct _LtSecret
{
  guint8 *bytes; /* LT_SECRET_BYTES, sodium_malloc'd */
};

/* sodium_init is idempotent and thread-safe; it must run once before any
 * other libsodium call. */
gboolean
lt_secret_init_library (GError **error)
{
  if (sodium_init () < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _ ("The encryption library could not start."));
      return FALSE;
    }
  return TRUE;
}

static LtSecret *
secret_alloc (void)
{
  LtSecret *self;

  if (sodium_init () < 0)
    g_error ("libsodium could not be initialised");
  self = g_new0 (LtSecret, 1);
  self->bytes = sodium_malloc (LT_SECRET_BYTES);
  if (self->bytes == NULL)
    g_error ("no memory could be locked for a key");
  return self;
}

/* Returns: (transfer full): a fresh key from the system's random source. */
LtSecret *
lt_secret_new_random (void)
{
  LtSecret *self = secret_alloc ();

  randombytes_buf (self->bytes, LT_SECRET_BYTES);
  return self;
}

/* Returns: (transfer full) (nullable): a key holding @data, or %NULL when
 * @length is not LT_SECRET_BYTES. */
LtSecret *
lt_secret_new_from_data (const guint8 *data,
                         gsize         length)
{
  LtSecret *self;

  g_return_val_if_fail (data != NULL, NULL);

  if (length != LT_SECRET_BYTES)
    return NULL;
  self = secret_alloc ();
  memcpy (self->bytes, data, LT_SECRET_BYTES);
  return self;
}

LtSecret *
lt_secret_copy (const LtSecret *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return lt_secret_new_from_data (self->bytes, LT_SECRET_BYTES);
}

const guint8 *
lt_secret_get_data (const LtSecret *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->bytes;
}

/* Compares in constant time. */
gboolean
lt_secret_equal (const LtSecret *a,
                 const LtSecret *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return sodium_memcmp (a->bytes, b->bytes, LT_SECRET_BYTES) == 0;
}

void
lt_secret_free (LtSecret *self)
{
  if (self == NULL)
    return;
  sodium_free (self->bytes);
  g_free (self);
}
