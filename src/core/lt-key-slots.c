/* lt-key-slots.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The household key never changes; what changes is how it is wrapped.  Each
 * slot seals the key with XChaCha20-Poly1305 under a key-encryption key:
 *
 *   passphrase slot  KEK = Argon2id (NFC passphrase, salt, its own limits)
 *   recovery slot    KEK = BLAKE2b keyed by the salt over 160 random bits
 *                    printed for the adults to keep
 *   keyring slot     KEK = BLAKE2b keyed by the salt over a random secret
 *                    that the desktop keyring keeps
 *
 * The slot's id, kind and KDF parameters are the AEAD's associated data, so
 * a slot cannot be edited to a weaker cost or moved to another kind without
 * failing to open.  The file is JSON (see docs/key-slots.md).
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sodium.h>
#include <string.h>

#include "lt-date.h"
#include "lt-file-util.h"
#include "lt-json-shape.h"
#include "lt-key-slots.h"

#define SALT_BYTES 16
#define NONCE_BYTES crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
#define WRAPPED_BYTES (LT_SECRET_BYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES)
#define RECOVERY_BYTES 20 /* 160 bits: 32 characters of base32 */
#define MAX_SLOTS 64
#define MAX_FILE_BYTES (256 * 1024)
#define MAX_LABEL_CHARS 200

/* Bounds a slot read from a file must keep: a damaged or hostile file must
 * not make an unlock take hours or gigabytes. */
#define MAX_OPSLIMIT 64
#define MAX_MEMLIMIT ((gsize) 2 * 1024 * 1024 * 1024)

#define KDF_ARGON2ID "argon2id13"
#define KDF_BLAKE2B "blake2b"
#define FILE_FORMAT "livstraad-key-slots"

/* Crockford's base32: no I, L, O or U, so a key read aloud or copied by
 * hand has fewer ways to go wrong. */
static const char recovery_alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

typedef struct
{
  int           id;
  LtKeySlotKind kind;
  char         *label; /* the adult's name; not authenticated, may be renamed */
  char         *created_at;
  guint64       opslimit; /* 0 for the BLAKE2b kinds */
  gsize         memlimit;
  guint8        salt[SALT_BYTES];
  guint8        nonce[NONCE_BYTES];
  guint8        wrapped[WRAPPED_BYTES];
} Slot;

struct _LtKeySlots
{
  GObject parent_instance;

  GPtrArray *slots; /* Slot *, owned */
};

G_DEFINE_FINAL_TYPE (LtKeySlots, lt_key_slots, G_TYPE_OBJECT)

/* The quark's name must keep its dashes. */
/* clang-format off */
G_DEFINE_QUARK (lt-key-slots-error-quark, lt_key_slots_error)
/* clang-format on */

static const char *const kind_names[] = { "passphrase", "recovery", "keyring" };

/* ---- slots ----------------------------------------------------------- */

static void
slot_free (Slot *slot)
{
  g_free (slot->label);
  g_free (slot->created_at);
  sodium_memzero (slot, sizeof *slot);
  g_free (slot);
}

static Slot *
slot_at (LtKeySlots *self,
         guint       index)
{
  g_return_val_if_fail (index < self->slots->len, NULL);

  return g_ptr_array_index (self->slots, index);
}

static Slot *
slot_with_id (LtKeySlots *self,
              int         id)
{
  for (guint i = 0; i < self->slots->len; i++)
    if (slot_at (self, i)->id == id)
      return slot_at (self, i);
  return NULL;
}

static int
next_slot_id (LtKeySlots *self)
{
  int id = 0;

  for (guint i = 0; i < self->slots->len; i++)
    id = MAX (id, slot_at (self, i)->id);
  return id + 1;
}

static guint
count_kind (LtKeySlots   *self,
            LtKeySlotKind kind)
{
  guint n = 0;

  for (guint i = 0; i < self->slots->len; i++)
    n += slot_at (self, i)->kind == kind;
  return n;
}

static const char *
kdf_name (LtKeySlotKind kind)
{
  return kind == LT_KEY_SLOT_PASSPHRASE ? KDF_ARGON2ID : KDF_BLAKE2B;
}

/* The associated data: everything about the slot that decides how its KEK
 * is made. */
static GBytes *
slot_associated_data (const Slot *slot)
{
  g_autofree char *head = g_strdup_printf ("livstraad-key-slot-v1|%d|%s|%s|%" G_GUINT64_FORMAT
                                           "|%" G_GSIZE_FORMAT "|",
                                           slot->id, kind_names[slot->kind], kdf_name (slot->kind),
                                           slot->opslimit, slot->memlimit);
  GByteArray      *data = g_byte_array_new ();

  g_byte_array_append (data, (const guint8 *) head, strlen (head));
  g_byte_array_append (data, slot->salt, SALT_BYTES);
  return g_byte_array_free_to_bytes (data);
}

/* ---- key-encryption keys --------------------------------------------- */

static gboolean
derive_from_passphrase (const Slot *slot,
                        const char *passphrase,
                        guint8      kek[LT_SECRET_BYTES],
                        GError    **error)
{
  /* The same passphrase typed with a composed or a decomposed "å" must
   * open the same slot. */
  g_autofree char *normal = g_utf8_normalize (passphrase, -1, G_NORMALIZE_NFC);
  int              rc;

  if (normal == NULL)
    {
      g_set_error_literal (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_WRONG_PASSPHRASE,
                           _ ("The passphrase is not valid text."));
      return FALSE;
    }
  rc = crypto_pwhash (kek, LT_SECRET_BYTES, normal, strlen (normal), slot->salt, slot->opslimit,
                      slot->memlimit, crypto_pwhash_ALG_ARGON2ID13);
  sodium_memzero (normal, strlen (normal));
  if (rc != 0)
    {
      g_set_error (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_FAILED,
                   _ ("There was not enough memory to check the passphrase (%u MiB are needed). "
                      "Close other programs and try again."),
                   (guint) (slot->memlimit / (1024 * 1024)));
      return FALSE;
    }
  return TRUE;
}

static void
derive_from_random (const Slot   *slot,
                    const char   *context,
                    const guint8 *secret,
                    gsize         length,
                    guint8        kek[LT_SECRET_BYTES])
{
  crypto_generichash_state state;

  crypto_generichash_init (&state, slot->salt, SALT_BYTES, LT_SECRET_BYTES);
  crypto_generichash_update (&state, (const guint8 *) context, strlen (context));
  crypto_generichash_update (&state, secret, length);
  crypto_generichash_final (&state, kek, LT_SECRET_BYTES);
  sodium_memzero (&state, sizeof state);
}

static void
seal_key (Slot           *slot,
          const LtSecret *key,
          const guint8    kek[LT_SECRET_BYTES])
{
  g_autoptr (GBytes) ad = slot_associated_data (slot);
  unsigned long long length = 0;

  randombytes_buf (slot->nonce, NONCE_BYTES);
  crypto_aead_xchacha20poly1305_ietf_encrypt (slot->wrapped, &length, lt_secret_get_data (key),
                                              LT_SECRET_BYTES, g_bytes_get_data (ad, NULL),
                                              g_bytes_get_size (ad), NULL, slot->nonce, kek);
  g_assert (length == WRAPPED_BYTES);
}

/* Returns: (nullable): the household key when @kek opens @slot. */
static LtSecret *
open_slot (const Slot  *slot,
           const guint8 kek[LT_SECRET_BYTES])
{
  g_autoptr (GBytes) ad = slot_associated_data (slot);
  guint8            *plain = sodium_malloc (LT_SECRET_BYTES);
  unsigned long long length = 0;
  LtSecret          *key = NULL;

  if (crypto_aead_xchacha20poly1305_ietf_decrypt (plain, &length, NULL, slot->wrapped,
                                                  WRAPPED_BYTES, g_bytes_get_data (ad, NULL),
                                                  g_bytes_get_size (ad), slot->nonce, kek) == 0 &&
      length == LT_SECRET_BYTES)
    key = lt_secret_new_from_data (plain, LT_SECRET_BYTES);
  sodium_free (plain);
  return key;
}

static Slot *
slot_new (LtKeySlots   *self,
          LtKeySlotKind kind,
          const char   *label)
{
  Slot *slot = g_new0 (Slot, 1);

  slot->id = next_slot_id (self);
  slot->kind = kind;
  slot->label = g_strdup (label);
  slot->created_at = lt_timestamp_now ();
  randombytes_buf (slot->salt, SALT_BYTES);
  return slot;
}

/* ---- recovery keys ----------------------------------------------------- */

/**
 * lt_recovery_key_format:
 *
 * Returns: (transfer full): @bytes (a multiple of 5) as base32 in groups of
 * four, "7KQ2-…"
 */
char *
lt_recovery_key_format (const guint8 *bytes,
                        gsize         length)
{
  GString *text = g_string_new (NULL);
  guint    n_chars = length * 8 / 5;

  g_return_val_if_fail (length % 5 == 0, NULL);

  for (guint i = 0; i < n_chars; i++)
    {
      guint bit = i * 5, value = 0;

      for (guint b = 0; b < 5; b++, bit++)
        value = (value << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
      if (i > 0 && i % 4 == 0)
        g_string_append_c (text, '-');
      g_string_append_c (text, recovery_alphabet[value]);
    }
  return g_string_free (text, FALSE);
}

static int
recovery_digit (gunichar c)
{
  const char *found;

  c = g_unichar_toupper (c);
  /* What people mistype for what they meant. */
  if (c == 'O')
    c = '0';
  else if (c == 'I' || c == 'L')
    c = '1';
  if (c > 127 || c == 0)
    return -1;
  found = strchr (recovery_alphabet, (int) c);
  return found != NULL ? (int) (found - recovery_alphabet) : -1;
}

/**
 * lt_recovery_key_parse:
 * @text: a recovery key as typed: any case, with or without dashes and spaces
 *
 * Returns: whether @text held exactly @length bytes of base32
 */
gboolean
lt_recovery_key_parse (const char *text,
                       guint8     *bytes,
                       gsize       length)
{
  guint bit = 0;

  g_return_val_if_fail (text != NULL && bytes != NULL, FALSE);

  memset (bytes, 0, length);
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int      digit;

      if (c == '-' || g_unichar_isspace (c))
        continue;
      digit = recovery_digit (c);
      if (digit < 0 || bit + 5 > length * 8)
        return FALSE;
      for (int b = 4; b >= 0; b--, bit++)
        if ((digit >> b) & 1)
          bytes[bit / 8] |= 1 << (7 - bit % 8);
    }
  return bit == length * 8;
}

/* ---- the file ----------------------------------------------------------- */

static gboolean
damaged (GError    **error,
         const char *what)
{
  g_set_error (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_DAMAGED,
               _ ("The household’s key file is damaged (%s). Restore it from a backup, or "
                  "open the household with the recovery key."),
               what);
  return FALSE;
}

static gboolean
read_base64 (JsonObject *object,
             const char *member,
             guint8     *out,
             gsize       length)
{
  const char        *text = json_object_get_string_member_with_default (object, member, NULL);
  g_autofree guchar *decoded = NULL;
  gsize              decoded_length = 0;

  /* Base64 of `length` bytes is never longer than this; refusing longer
   * text first keeps g_base64_decode from allocating for nonsense. */
  if (text == NULL || strlen (text) > (length + 2) / 3 * 4 + 4)
    return FALSE;
  decoded = g_base64_decode (text, &decoded_length);
  if (decoded_length != length)
    return FALSE;
  memcpy (out, decoded, length);
  return TRUE;
}

static gboolean
read_kind (const char    *name,
           LtKeySlotKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_limits (JsonObject *object,
             Slot       *slot)
{
  gint64      ops = json_object_get_int_member_with_default (object, "opslimit", -1);
  gint64      mem = json_object_get_int_member_with_default (object, "memlimit", -1);
  const char *kdf = json_object_get_string_member_with_default (object, "kdf", NULL);

  if (g_strcmp0 (kdf, kdf_name (slot->kind)) != 0)
    return FALSE;
  if (slot->kind != LT_KEY_SLOT_PASSPHRASE)
    return ops == 0 && mem == 0;
  if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > MAX_OPSLIMIT ||
      mem < (gint64) crypto_pwhash_MEMLIMIT_MIN || (guint64) mem > MAX_MEMLIMIT)
    return FALSE;
  slot->opslimit = ops;
  slot->memlimit = mem;
  return TRUE;
}

static Slot *
read_slot (JsonNode *node,
           GError  **error)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  g_autoptr (GError) local_error = NULL;
  Slot       *slot;
  gint64      id;
  const char *label;

  if (object == NULL)
    return damaged (error, _ ("a slot is not an object")), NULL;

  slot = g_new0 (Slot, 1);
  id = json_object_get_int_member_with_default (object, "id", 0);
  label = json_object_get_string_member_with_default (object, "label", NULL);
  slot->label = label != NULL && g_utf8_validate (label, -1, NULL) &&
                        g_utf8_strlen (label, -1) <= MAX_LABEL_CHARS
                    ? g_strdup (label)
                    : NULL;
  slot->created_at = g_strdup (json_object_get_string_member_with_default (object, "created", NULL));
  if (id < 1 || id > G_MAXINT ||
      !read_kind (json_object_get_string_member_with_default (object, "kind", NULL), &slot->kind) ||
      (slot->kind == LT_KEY_SLOT_PASSPHRASE && slot->label == NULL) ||
      !read_limits (object, slot) || !read_base64 (object, "salt", slot->salt, SALT_BYTES) ||
      !read_base64 (object, "nonce", slot->nonce, NONCE_BYTES) ||
      !read_base64 (object, "wrapped", slot->wrapped, WRAPPED_BYTES))
    {
      slot_free (slot);
      return damaged (error, _ ("a slot is incomplete")), NULL;
    }
  slot->id = (int) id;
  return slot;
}

static gboolean
read_slots (LtKeySlots *self,
            JsonArray  *array,
            GError    **error)
{
  guint n = json_array_get_length (array);

  if (n == 0 || n > MAX_SLOTS)
    return damaged (error, _ ("it has no slots or too many"));
  for (guint i = 0; i < n; i++)
    {
      Slot *slot = read_slot (json_array_get_element (array, i), error);

      if (slot == NULL)
        return FALSE;
      if (slot_with_id (self, slot->id) != NULL)
        {
          slot_free (slot);
          return damaged (error, _ ("two slots have the same number"));
        }
      g_ptr_array_add (self->slots, slot);
    }
  if (count_kind (self, LT_KEY_SLOT_PASSPHRASE) + count_kind (self, LT_KEY_SLOT_RECOVERY) == 0)
    return damaged (error, _ ("no passphrase or recovery key opens it"));
  return TRUE;
}

/**
 * lt_key_slots_parse:
 *
 * Reads key slots written by lt_key_slots_serialize().  Everything is
 * checked: kinds, lengths and KDF costs within bounds; a newer format is
 * refused with a message saying so.
 *
 * Returns: (transfer full): the slots, or %NULL with @error set
 */
LtKeySlots *
lt_key_slots_parse (GBytes  *bytes,
                    GError **error)
{
  g_autoptr (LtKeySlots) self = lt_key_slots_new ();
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  JsonObject *root;
  JsonArray  *slots;
  gint64      version;
  gsize       size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (bytes != NULL, NULL);

  if (size == 0 || size > MAX_FILE_BYTES || !g_utf8_validate (data, size, NULL) ||
      lt_json_shape_problem (data, size, 4) != NULL || !json_parser_load_from_data (parser, data, size, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return damaged (error, _ ("it is not a key file")), NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  version = json_object_get_int_member_with_default (root, "version", 0);
  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL), FILE_FORMAT) != 0 ||
      version < 1)
    return damaged (error, _ ("it is not a key file")), NULL;
  if (version > LT_KEY_SLOTS_FORMAT_VERSION)
    {
      g_set_error (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_TOO_NEW,
                   _ ("The household’s keys were saved by a newer version of Livstråd (key format "
                      "%d; this version reads %d). Update Livstråd to open it. Nothing was "
                      "changed."),
                   (int) CLAMP (version, 0, G_MAXINT), LT_KEY_SLOTS_FORMAT_VERSION);
      return NULL;
    }
  slots = json_object_has_member (root, "slots") &&
                  JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "slots"))
              ? json_object_get_array_member (root, "slots")
              : NULL;
  if (slots == NULL)
    return damaged (error, _ ("it has no slots")), NULL;
  if (!read_slots (self, slots, error))
    return NULL;
  return g_steal_pointer (&self);
}

static void
add_base64 (JsonBuilder  *builder,
            const char   *member,
            const guint8 *data,
            gsize         length)
{
  g_autofree char *text = g_base64_encode (data, length);

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
write_slot (JsonBuilder *builder,
            const Slot  *slot)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, slot->id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kind_names[slot->kind]);
  if (slot->label != NULL)
    {
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, slot->label);
    }
  if (slot->created_at != NULL)
    {
      json_builder_set_member_name (builder, "created");
      json_builder_add_string_value (builder, slot->created_at);
    }
  json_builder_set_member_name (builder, "kdf");
  json_builder_add_string_value (builder, kdf_name (slot->kind));
  json_builder_set_member_name (builder, "opslimit");
  json_builder_add_int_value (builder, (gint64) slot->opslimit);
  json_builder_set_member_name (builder, "memlimit");
  json_builder_add_int_value (builder, (gint64) slot->memlimit);
  add_base64 (builder, "salt", slot->salt, SALT_BYTES);
  add_base64 (builder, "nonce", slot->nonce, NONCE_BYTES);
  add_base64 (builder, "wrapped", slot->wrapped, WRAPPED_BYTES);
  json_builder_end_object (builder);
}

/* Returns: (transfer full): the slots as the JSON lt_key_slots_parse reads. */
GBytes *
lt_key_slots_serialize (LtKeySlots *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  char *text;
  gsize length = 0;

  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FILE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LT_KEY_SLOTS_FORMAT_VERSION);
  json_builder_set_member_name (builder, "slots");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->slots->len; i++)
    write_slot (builder, slot_at (self, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

LtKeySlots *
lt_key_slots_load (const char *path,
                   GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_FAILED,
                   _ ("The household’s key file could not be read: %s"), local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  return lt_key_slots_parse (bytes, error);
}

/* Written atomically and durably: a crash leaves the old slots or the new,
 * never a half file — losing this file would lose the household. */
gboolean
lt_key_slots_save (LtKeySlots *self,
                   const char *path,
                   GError    **error)
{
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = lt_key_slots_serialize (self);
  return lt_file_write_durably (path, bytes, error);
}

/* ---- KDF limits ------------------------------------------------------- */

/* libsodium's MODERATE cost (256 MiB, about 0.6 s here).  The environment
 * variable LIVSTRAAD_KDF=interactive picks the INTERACTIVE cost (64 MiB)
 * for the test suite and for machines with little memory; the cost is kept
 * in each slot, so either opens everywhere. */
void
lt_kdf_limits_init_default (LtKdfLimits *limits)
{
  g_return_if_fail (limits != NULL);

  if (g_strcmp0 (g_getenv ("LIVSTRAAD_KDF"), "interactive") == 0)
    {
      limits->opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
      limits->memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
      return;
    }
  limits->opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
  limits->memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
}

static double
time_one_derivation (const LtKdfLimits *limits)
{
  guint8 salt[SALT_BYTES] = { 0 }, out[LT_SECRET_BYTES];
  gint64 start = g_get_monotonic_time ();

  if (crypto_pwhash (out, sizeof out, "calibration", strlen ("calibration"), salt, limits->opslimit,
                     limits->memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return -1;
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

/**
 * lt_kdf_limits_calibrate:
 * @limits: (inout): the cost to start from, usually the default
 * @target_seconds: how long one unlock should take on this machine
 *
 * Runs Argon2id once or twice and scales the cost so that deriving a key
 * takes about @target_seconds: more passes on a fast machine, less memory
 * on a slow or small one (never below the INTERACTIVE cost).  With
 * LIVSTRAAD_KDF=interactive the cost is left as it is.
 */
void
lt_kdf_limits_calibrate (LtKdfLimits *limits,
                         double       target_seconds)
{
  double seconds;

  g_return_if_fail (limits != NULL && target_seconds > 0);

  if (g_strcmp0 (g_getenv ("LIVSTRAAD_KDF"), "interactive") == 0)
    return;
  seconds = time_one_derivation (limits);
  while ((seconds < 0 || seconds > target_seconds * 1.5) &&
         limits->memlimit / 2 >= crypto_pwhash_MEMLIMIT_INTERACTIVE)
    {
      limits->memlimit /= 2;
      seconds = time_one_derivation (limits);
    }
  if (seconds > 0 && seconds < target_seconds * 0.5)
    {
      guint64 scaled = (guint64) (limits->opslimit * (target_seconds / seconds));

      limits->opslimit = CLAMP (scaled, limits->opslimit, 16);
    }
}

/* ---- GObject ------------------------------------------------------------ */

static void
lt_key_slots_finalize (GObject *object)
{
  LtKeySlots *self = LT_KEY_SLOTS (object);

  g_ptr_array_unref (self->slots);

  G_OBJECT_CLASS (lt_key_slots_parent_class)->finalize (object);
}

static void
lt_key_slots_class_init (LtKeySlotsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lt_key_slots_finalize;
}

static void
lt_key_slots_init (LtKeySlots *self)
{
  self->slots = g_ptr_array_new_with_free_func ((GDestroyNotify) slot_free);
}

/* ---- public API ------------------------------------------------------- */

/* Returns: (transfer full): no slots yet; add a passphrase and a recovery
 * key before saving. */
LtKeySlots *
lt_key_slots_new (void)
{
  if (sodium_init () < 0)
    g_error ("libsodium could not be initialised");
  return g_object_new (LT_TYPE_KEY_SLOTS, NULL);
}

guint
lt_key_slots_get_n_slots (LtKeySlots *self)
{
  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), 0);

  return self->slots->len;
}

int
lt_key_slots_get_id (LtKeySlots *self,
                     guint       index)
{
  g_return_val_if_fail (LT_IS_KEY_SLOTS (self) && index < self->slots->len, 0);

  return slot_at (self, index)->id;
}

LtKeySlotKind
lt_key_slots_get_kind (LtKeySlots *self,
                       guint       index)
{
  g_return_val_if_fail (LT_IS_KEY_SLOTS (self) && index < self->slots->len, 0);

  return slot_at (self, index)->kind;
}

const char *
lt_key_slots_get_label (LtKeySlots *self,
                        guint       index)
{
  g_return_val_if_fail (LT_IS_KEY_SLOTS (self) && index < self->slots->len, NULL);

  return slot_at (self, index)->label;
}

/* Returns: (transfer full): the names of the adults with a passphrase, in
 * the order they were added. */
GStrv
lt_key_slots_dup_adult_names (LtKeySlots *self)
{
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), NULL);

  for (guint i = 0; i < self->slots->len; i++)
    if (slot_at (self, i)->kind == LT_KEY_SLOT_PASSPHRASE)
      g_strv_builder_add (names, slot_at (self, i)->label);
  return g_strv_builder_end (names);
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_strcmp0 (fa, fb) == 0;
}

/* Returns: the id of the first slot of @kind (named @label, when given),
 * or 0. */
int
lt_key_slots_find (LtKeySlots   *self,
                   LtKeySlotKind kind,
                   const char   *label)
{
  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), 0);

  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot *slot = slot_at (self, i);

      if (slot->kind == kind && (label == NULL || (slot->label != NULL && same_name (slot->label, label))))
        return slot->id;
    }
  return 0;
}

/* A passphrase guards everything: refuse the ones that guard nothing. */
gboolean
lt_key_slots_check_passphrase (const char *passphrase,
                               GError    **error)
{
  g_return_val_if_fail (passphrase != NULL, FALSE);

  if (!g_utf8_validate (passphrase, -1, NULL) ||
      g_utf8_strlen (passphrase, -1) < LT_PASSPHRASE_MIN_LENGTH)
    {
      g_set_error (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_WEAK_PASSPHRASE,
                   _ ("The passphrase must be at least %d characters long. A few words you can "
                      "remember work well."),
                   LT_PASSPHRASE_MIN_LENGTH);
      return FALSE;
    }
  return TRUE;
}

/**
 * lt_key_slots_add_passphrase:
 * @key: the household key, already unlocked
 * @adult_name: whose passphrase it is, shown when unlocking
 *
 * Returns: the new slot's id, or 0 with @error set
 */
int
lt_key_slots_add_passphrase (LtKeySlots        *self,
                             const LtSecret    *key,
                             const char        *adult_name,
                             const char        *passphrase,
                             const LtKdfLimits *limits,
                             GError           **error)
{
  g_autofree char *name = NULL;
  guint8           kek[LT_SECRET_BYTES];
  Slot            *slot;

  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), 0);
  g_return_val_if_fail (key != NULL && adult_name != NULL && passphrase != NULL && limits != NULL, 0);

  name = g_strstrip (g_strdup (adult_name));
  if (*name == '\0' || !g_utf8_validate (name, -1, NULL) || g_utf8_strlen (name, -1) > MAX_LABEL_CHARS)
    {
      g_set_error_literal (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_FAILED,
                           _ ("Give the adult’s name, so the right passphrase is asked for."));
      return 0;
    }
  if (lt_key_slots_find (self, LT_KEY_SLOT_PASSPHRASE, name) != 0)
    {
      g_set_error (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_FAILED,
                   _ ("%s already has a passphrase. Change it instead, or use another name."), name);
      return 0;
    }
  if (!lt_key_slots_check_passphrase (passphrase, error))
    return 0;

  slot = slot_new (self, LT_KEY_SLOT_PASSPHRASE, name);
  slot->opslimit = limits->opslimit;
  slot->memlimit = limits->memlimit;
  if (!derive_from_passphrase (slot, passphrase, kek, error))
    {
      slot_free (slot);
      return 0;
    }
  seal_key (slot, key, kek);
  sodium_memzero (kek, sizeof kek);
  g_ptr_array_add (self->slots, slot);
  return slot->id;
}

/**
 * lt_key_slots_set_recovery:
 *
 * Makes a new recovery key and replaces the old recovery slot, so a key
 * that was printed before stops working.
 *
 * Returns: (transfer full): the recovery key to show and print once
 */
char *
lt_key_slots_set_recovery (LtKeySlots     *self,
                           const LtSecret *key,
                           GError        **error)
{
  guint8 *secret;
  guint8  kek[LT_SECRET_BYTES];
  Slot   *slot;
  char   *text;

  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  secret = sodium_malloc (RECOVERY_BYTES);
  randombytes_buf (secret, RECOVERY_BYTES);
  slot = slot_new (self, LT_KEY_SLOT_RECOVERY, NULL);
  derive_from_random (slot, "livstraad-recovery-v1", secret, RECOVERY_BYTES, kek);
  seal_key (slot, key, kek);
  sodium_memzero (kek, sizeof kek);
  text = lt_recovery_key_format (secret, RECOVERY_BYTES);
  sodium_free (secret);

  for (guint i = self->slots->len; i > 0; i--)
    if (slot_at (self, i - 1)->kind == LT_KEY_SLOT_RECOVERY)
      g_ptr_array_remove_index (self->slots, i - 1);
  g_ptr_array_add (self->slots, slot);
  return text;
}

/* Returns: the id of the slot that @keyring_secret opens; an old keyring
 * slot is replaced. */
int
lt_key_slots_add_keyring (LtKeySlots     *self,
                          const LtSecret *key,
                          const LtSecret *keyring_secret,
                          GError        **error)
{
  guint8 kek[LT_SECRET_BYTES];
  Slot  *slot;

  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), 0);
  g_return_val_if_fail (key != NULL && keyring_secret != NULL, 0);

  slot = slot_new (self, LT_KEY_SLOT_KEYRING, NULL);
  derive_from_random (slot, "livstraad-keyring-v1", lt_secret_get_data (keyring_secret),
                      LT_SECRET_BYTES, kek);
  seal_key (slot, key, kek);
  sodium_memzero (kek, sizeof kek);
  for (guint i = self->slots->len; i > 0; i--)
    if (slot_at (self, i - 1)->kind == LT_KEY_SLOT_KEYRING)
      g_ptr_array_remove_index (self->slots, i - 1);
  g_ptr_array_add (self->slots, slot);
  return slot->id;
}

gboolean
lt_key_slots_change_passphrase (LtKeySlots        *self,
                                const LtSecret    *key,
                                int                slot_id,
                                const char        *passphrase,
                                const LtKdfLimits *limits,
                                GError           **error)
{
  Slot  *slot;
  Slot   changed;
  guint8 kek[LT_SECRET_BYTES];

  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), FALSE);
  g_return_val_if_fail (key != NULL && passphrase != NULL && limits != NULL, FALSE);

  slot = slot_with_id (self, slot_id);
  if (slot == NULL || slot->kind != LT_KEY_SLOT_PASSPHRASE)
    {
      g_set_error_literal (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_NOT_FOUND,
                           _ ("This passphrase is no longer among the household’s keys."));
      return FALSE;
    }
  if (!lt_key_slots_check_passphrase (passphrase, error))
    return FALSE;

  /* Work on a copy, so a failure leaves the old passphrase working. */
  changed = *slot;
  changed.opslimit = limits->opslimit;
  changed.memlimit = limits->memlimit;
  randombytes_buf (changed.salt, SALT_BYTES);
  if (!derive_from_passphrase (&changed, passphrase, kek, error))
    return FALSE;
  seal_key (&changed, key, kek);
  sodium_memzero (kek, sizeof kek);
  slot->opslimit = changed.opslimit;
  slot->memlimit = changed.memlimit;
  memcpy (slot->salt, changed.salt, SALT_BYTES);
  memcpy (slot->nonce, changed.nonce, NONCE_BYTES);
  memcpy (slot->wrapped, changed.wrapped, WRAPPED_BYTES);
  sodium_memzero (&changed, sizeof changed);
  return TRUE;
}

/* Revokes a slot.  The recovery slot and the last passphrase stay: with
 * them gone, one forgotten passphrase would lose the household. */
gboolean
lt_key_slots_remove (LtKeySlots *self,
                     int         slot_id,
                     GError    **error)
{
  Slot *slot;

  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), FALSE);

  slot = slot_with_id (self, slot_id);
  if (slot == NULL)
    {
      g_set_error_literal (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_NOT_FOUND,
                           _ ("This key is no longer among the household’s keys."));
      return FALSE;
    }
  if (slot->kind == LT_KEY_SLOT_RECOVERY)
    {
      g_set_error_literal (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_LAST_SLOT,
                           _ ("The recovery key cannot be removed. Make a new one instead; the old "
                              "one then stops working."));
      return FALSE;
    }
  if (slot->kind == LT_KEY_SLOT_PASSPHRASE && count_kind (self, LT_KEY_SLOT_PASSPHRASE) == 1)
    {
      g_set_error_literal (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_LAST_SLOT,
                           _ ("This is the only passphrase. Add another adult first, or change "
                              "the passphrase instead."));
      return FALSE;
    }
  g_ptr_array_remove (self->slots, slot);
  return TRUE;
}

/**
 * lt_key_slots_unlock:
 * @adult_name: (nullable): whose passphrase; %NULL tries every adult's
 * @slot_id: (out) (optional): the slot that opened
 *
 * Returns: (transfer full): the household key, or %NULL with @error set
 */
LtSecret *
lt_key_slots_unlock (LtKeySlots *self,
                     const char *adult_name,
                     const char *passphrase,
                     int        *slot_id,
                     GError    **error)
{
  gboolean tried = FALSE;

  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), NULL);
  g_return_val_if_fail (passphrase != NULL, NULL);

  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot     *slot = slot_at (self, i);
      guint8    kek[LT_SECRET_BYTES];
      LtSecret *key;

      if (slot->kind != LT_KEY_SLOT_PASSPHRASE ||
          (adult_name != NULL && !same_name (slot->label, adult_name)))
        continue;
      tried = TRUE;
      if (!derive_from_passphrase (slot, passphrase, kek, error))
        return NULL;
      key = open_slot (slot, kek);
      sodium_memzero (kek, sizeof kek);
      if (key != NULL)
        {
          if (slot_id != NULL)
            *slot_id = slot->id;
          return key;
        }
    }
  if (!tried)
    g_set_error (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_NOT_FOUND,
                 _ ("Nobody called “%s” has a passphrase for this household."), adult_name);
  else
    g_set_error_literal (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_WRONG_PASSPHRASE,
                         _ ("The passphrase is not right. Check Caps Lock and the keyboard "
                            "layout, and that the right adult is chosen."));
  return NULL;
}

LtSecret *
lt_key_slots_unlock_recovery (LtKeySlots *self,
                              const char *recovery_key,
                              GError    **error)
{
  guint8  *secret;
  gboolean parsed;

  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), NULL);
  g_return_val_if_fail (recovery_key != NULL, NULL);

  secret = sodium_malloc (RECOVERY_BYTES);
  parsed = lt_recovery_key_parse (recovery_key, secret, RECOVERY_BYTES);
  for (guint i = 0; parsed && i < self->slots->len; i++)
    {
      Slot     *slot = slot_at (self, i);
      guint8    kek[LT_SECRET_BYTES];
      LtSecret *key;

      if (slot->kind != LT_KEY_SLOT_RECOVERY)
        continue;
      derive_from_random (slot, "livstraad-recovery-v1", secret, RECOVERY_BYTES, kek);
      key = open_slot (slot, kek);
      sodium_memzero (kek, sizeof kek);
      if (key != NULL)
        {
          sodium_free (secret);
          return key;
        }
    }
  sodium_free (secret);
  g_set_error_literal (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_WRONG_RECOVERY_KEY,
                       parsed ? _ ("This recovery key does not open the household. It may be an "
                                   "older key that was replaced.")
                              : _ ("A recovery key has 32 letters and digits in groups of four, "
                                   "like 7KQ2-…. Check what was typed."));
  return NULL;
}

LtSecret *
lt_key_slots_unlock_keyring (LtKeySlots     *self,
                             const LtSecret *keyring_secret,
                             GError        **error)
{
  g_return_val_if_fail (LT_IS_KEY_SLOTS (self), NULL);
  g_return_val_if_fail (keyring_secret != NULL, NULL);

  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot     *slot = slot_at (self, i);
      guint8    kek[LT_SECRET_BYTES];
      LtSecret *key;

      if (slot->kind != LT_KEY_SLOT_KEYRING)
        continue;
      derive_from_random (slot, "livstraad-keyring-v1", lt_secret_get_data (keyring_secret),
                          LT_SECRET_BYTES, kek);
      key = open_slot (slot, kek);
      sodium_memzero (kek, sizeof kek);
      if (key != NULL)
        return key;
    }
  g_set_error_literal (error, LT_KEY_SLOTS_ERROR, LT_KEY_SLOTS_ERROR_WRONG_PASSPHRASE,
                       _ ("The key remembered in the keyring no longer opens the household."));
  return NULL;
}
