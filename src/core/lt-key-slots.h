/* lt-key-slots.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtKeySlots: the household key wrapped once per adult's passphrase, once by
 * a printable recovery key and optionally by a secret in the desktop keyring.
 */
#pragma once

#include <gio/gio.h>

#include "lt-secret.h"

G_BEGIN_DECLS

#define LT_KEY_SLOTS_ERROR (lt_key_slots_error_quark ())

typedef enum
{
  LT_KEY_SLOTS_ERROR_FAILED,
  LT_KEY_SLOTS_ERROR_WRONG_PASSPHRASE,
  LT_KEY_SLOTS_ERROR_WRONG_RECOVERY_KEY,
  LT_KEY_SLOTS_ERROR_DAMAGED,
  LT_KEY_SLOTS_ERROR_TOO_NEW,
  LT_KEY_SLOTS_ERROR_LAST_SLOT,
  LT_KEY_SLOTS_ERROR_NOT_FOUND,
  LT_KEY_SLOTS_ERROR_WEAK_PASSPHRASE,
} LtKeySlotsError;

typedef enum
{
  LT_KEY_SLOT_PASSPHRASE,
  LT_KEY_SLOT_RECOVERY,
  LT_KEY_SLOT_KEYRING,
} LtKeySlotKind;

/* Argon2id's cost, kept per slot so that slots made on different machines
 * open everywhere. */
typedef struct
{
  guint64 opslimit;
  gsize   memlimit;
} LtKdfLimits;

#define LT_KEY_SLOTS_FORMAT_VERSION 1
#define LT_PASSPHRASE_MIN_LENGTH 8

#define LT_TYPE_KEY_SLOTS (lt_key_slots_get_type ())
G_DECLARE_FINAL_TYPE (LtKeySlots, lt_key_slots, LT, KEY_SLOTS, GObject)

GQuark lt_key_slots_error_quark (void);

void lt_kdf_limits_init_default (LtKdfLimits *limits);
void lt_kdf_limits_calibrate (LtKdfLimits *limits,
                              double       target_seconds);

LtKeySlots *lt_key_slots_new (void);
LtKeySlots *lt_key_slots_parse (GBytes  *bytes,
                                GError **error);
LtKeySlots *lt_key_slots_load (const char *path,
                               GError    **error);
GBytes     *lt_key_slots_serialize (LtKeySlots *self);
gboolean    lt_key_slots_save (LtKeySlots *self,
                               const char *path,
                               GError    **error);

guint         lt_key_slots_get_n_slots (LtKeySlots *self);
int           lt_key_slots_get_id (LtKeySlots *self,
                                   guint       index);
LtKeySlotKind lt_key_slots_get_kind (LtKeySlots *self,
                                     guint       index);
const char   *lt_key_slots_get_label (LtKeySlots *self,
                                      guint       index);
GStrv         lt_key_slots_dup_adult_names (LtKeySlots *self);
int           lt_key_slots_find (LtKeySlots   *self,
                                 LtKeySlotKind kind,
                                 const char   *label);

gboolean lt_key_slots_check_passphrase (const char *passphrase,
                                        GError    **error);
int      lt_key_slots_add_passphrase (LtKeySlots        *self,
                                      const LtSecret    *key,
                                      const char        *adult_name,
                                      const char        *passphrase,
                                      const LtKdfLimits *limits,
                                      GError           **error);
char    *lt_key_slots_set_recovery (LtKeySlots     *self,
                                    const LtSecret *key,
                                    GError        **error);
int      lt_key_slots_add_keyring (LtKeySlots     *self,
                                   const LtSecret *key,
                                   const LtSecret *keyring_secret,
                                   GError        **error);
gboolean lt_key_slots_change_passphrase (LtKeySlots        *self,
                                         const LtSecret    *key,
                                         int                slot_id,
                                         const char        *passphrase,
                                         const LtKdfLimits *limits,
                                         GError           **error);
gboolean lt_key_slots_remove (LtKeySlots *self,
                              int         slot_id,
                              GError    **error);

LtSecret *lt_key_slots_unlock (LtKeySlots *self,
                               const char *adult_name,
                               const char *passphrase,
                               int        *slot_id,
                               GError    **error);
LtSecret *lt_key_slots_unlock_recovery (LtKeySlots *self,
                                        const char *recovery_key,
                                        GError    **error);
LtSecret *lt_key_slots_unlock_keyring (LtKeySlots     *self,
                                       const LtSecret *keyring_secret,
                                       GError        **error);

char    *lt_recovery_key_format (const guint8 *bytes,
                                 gsize         length);
gboolean lt_recovery_key_parse (const char *text,
                                guint8     *bytes,
                                gsize       length);

G_END_DECLS
