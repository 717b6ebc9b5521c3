/* lt-book-rendition.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * How a photo goes into the book's PDF: a JPEG of at most 300 dpi at its
 * printed size as it is (cairo's mime data: no decoding, no re-encoding),
 * anything else decoded once at 300 dpi and stored as JPEG, or without
 * loss where it has transparency.
 */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "lt-book-rendition.h"
#include "lt-media.h"

#define MAX_DPI 300.0
#define JPEG_QUALITY "85"
#define POINTS_PER_INCH 72.0

static gboolean
is_jpeg (GBytes *bytes)
{
  gsize         length;
  const guchar *data = g_bytes_get_data (bytes, &length);

  return length > 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff;
}

static void
unref_bytes (void *bytes)
{
  g_bytes_unref (bytes);
}

/* An image surface that carries JPEG bytes: cairo writes the bytes into
 * the PDF and never reads the pixels, which stay blank (and, allocated
 * but never touched, take no memory). */
static cairo_surface_t *
jpeg_surface (GBytes *jpeg,
              int     width,
              int     height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, g_bytes_get_data (jpeg, NULL),
                               g_bytes_get_size (jpeg), unref_bytes, g_bytes_ref (jpeg));
  return surface;
}

static gboolean
has_transparency (GdkPixbuf *pixbuf)
{
  const guchar *pixels = gdk_pixbuf_read_pixels (pixbuf);
  int           stride = gdk_pixbuf_get_rowstride (pixbuf);

  if (!gdk_pixbuf_get_has_alpha (pixbuf))
    return FALSE;
  for (int y = 0; y < gdk_pixbuf_get_height (pixbuf); y++)
    for (int x = 0; x < gdk_pixbuf_get_width (pixbuf); x++)
      if (pixels[(gsize) y * stride + x * 4 + 3] != 0xff)
        return TRUE;
  return FALSE;
}

/* The pixbuf's pixels as cairo's: premultiplied, and opaque when the
 * pixbuf has no alpha. */
static cairo_surface_t *
pixbuf_surface (GdkPixbuf *pixbuf)
{
  int              width = gdk_pixbuf_get_width (pixbuf);
  int              height = gdk_pixbuf_get_height (pixbuf);
  int              channels = gdk_pixbuf_get_n_channels (pixbuf);
  gboolean         alpha = gdk_pixbuf_get_has_alpha (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, width,
                                                         height);
  const guchar    *in = gdk_pixbuf_read_pixels (pixbuf);
  guchar          *out = cairo_image_surface_get_data (surface);

  if (out == NULL)
    return surface;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = in + (gsize) y * gdk_pixbuf_get_rowstride (pixbuf) + x * channels;
        guint32       a = alpha ? p[3] : 0xff;
        guint32      *q = (guint32 *) (out + (gsize) y * cairo_image_surface_get_stride (surface)) + x;

        *q = a << 24 | (p[0] * a / 255) << 16 | (p[1] * a / 255) << 8 | p[2] * a / 255;
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* For drawing where JPEG cannot go as it is (a print preview, the
 * screen): the JPEG's pixels. */
static cairo_surface_t *
decode_jpeg (GBytes *jpeg)
{
  g_autoptr (GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  gboolean written = gdk_pixbuf_loader_write_bytes (loader, jpeg, NULL);

  /* Closed in any case: a loader finalized open warns. */
  if (!gdk_pixbuf_loader_close (loader, NULL) || !written)
    return NULL;
  return pixbuf_surface (gdk_pixbuf_loader_get_pixbuf (loader));
}

/* The size to decode at for @target pixels across: where it is close,
 * an exact ½, ¼ or ⅛ of a JPEG, which libjpeg makes while decoding and
 * several times faster than any other size. */
static void
decode_size (int      width,
             int      height,
             int      target,
             gboolean jpeg,
             int     *out_width,
             int     *out_height)
{
  for (int n = 8; jpeg && n >= 2; n /= 2)
    {
      int scaled = (width + n - 1) / n;

      if (scaled >= 0.85 * target && scaled <= 1.05 * target)
        {
          *out_width = scaled;
          *out_height = (height + n - 1) / n;
          return;
        }
    }
  *out_width = MIN (width, target);
  *out_height = MAX (1, (int) ((double) height * *out_width / width + 0.5));
}

/* Decodes the photo once at @target pixels across (at most) and stores it
 * as JPEG, or losslessly when it has real transparency. */
static gboolean
render_scaled (LtBookRendition *rendition,
               GBytes          *file,
               const char      *path,
               int              file_width,
               int              file_height,
               int              target,
               gboolean         jpeg)
{
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) encoded = NULL;
  char *data = NULL;
  gsize length = 0;
  int   width, height;

  decode_size (file_width, file_height, target, jpeg, &width, &height);
  {
    g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (file);

    pixbuf = gdk_pixbuf_new_from_stream_at_scale (stream, width, height, FALSE, NULL, &error);
  }
  if (pixbuf == NULL)
    {
      g_debug ("Book: cannot decode “%s”: %s", path, error->message);
      return FALSE;
    }
  rendition->width = gdk_pixbuf_get_width (pixbuf);
  rendition->height = gdk_pixbuf_get_height (pixbuf);
  if (has_transparency (pixbuf))
    {
      rendition->surface = pixbuf_surface (pixbuf);
      /* Deflated by cairo; this is the most it can be. */
      rendition->bytes = (gsize) rendition->width * rendition->height * 4;
      return TRUE;
    }
  if (!gdk_pixbuf_save_to_buffer (pixbuf, &data, &length, "jpeg", &error, "quality", JPEG_QUALITY, NULL))
    {
      g_debug ("Book: cannot encode “%s”: %s", path, error->message);
      return FALSE;
    }
  encoded = g_bytes_new_take (data, length);
  rendition->jpeg = g_bytes_ref (encoded);
  rendition->surface = jpeg_surface (encoded, rendition->width, rendition->height);
  rendition->bytes = length;
  rendition->downscaled = rendition->width < file_width;
  return rendition->surface != NULL;
}

/* Makes the photo's one rendition, for its widest print of @print_width
 * points (across the file's own pixels). */
LtBookRendition *
lt_book_rendition_new (const LtBookBox *box,
                       const LtSecret  *media_key,
                       double           print_width)
{
  LtBookRendition *rendition = g_new0 (LtBookRendition, 1);
  const char      *path = box->photo->path;
  double           exact = print_width / POINTS_PER_INCH * MAX_DPI;
  int              target = (int) exact + ((int) exact < exact); /* rounded up */
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  gsize    length = 0;
  gboolean jpeg;

  if (box->file_width <= 0 || (bytes = lt_media_load (path, media_key, &error)) == NULL)
    {
      if (error != NULL)
        g_debug ("Book: cannot read “%s”: %s", path, error->message);
      return rendition;
    }
  length = g_bytes_get_size (bytes);
  jpeg = is_jpeg (bytes);
  if (jpeg && box->file_width <= target)
    {
      rendition->surface = jpeg_surface (bytes, box->file_width, box->file_height);
      rendition->jpeg = g_bytes_ref (bytes);
      rendition->width = box->file_width;
      rendition->height = box->file_height;
      rendition->bytes = length;
      rendition->passed_through = rendition->surface != NULL;
      if (rendition->surface != NULL)
        return rendition;
    }
  g_clear_pointer (&rendition->jpeg, g_bytes_unref);
  if (!render_scaled (rendition, bytes, path, box->file_width, box->file_height, target, jpeg))
    g_clear_pointer (&rendition->surface, cairo_surface_destroy);
  return rendition;
}

void
lt_book_rendition_free (LtBookRendition *rendition)
{
  g_clear_pointer (&rendition->surface, cairo_surface_destroy);
  g_clear_pointer (&rendition->pixels, cairo_surface_destroy);
  g_clear_pointer (&rendition->jpeg, g_bytes_unref);
  g_free (rendition);
}

/* The surface to paint: the JPEG as it is for PDF and PostScript, its
 * pixels for anything else. */
cairo_surface_t *
lt_book_rendition_surface_for (LtBookRendition *rendition,
                               cairo_t         *cr)
{
  if (rendition->jpeg == NULL || cairo_surface_supports_mime_type (cairo_get_target (cr), CAIRO_MIME_TYPE_JPEG))
    return rendition->surface;
  if (rendition->pixels == NULL)
    rendition->pixels = decode_jpeg (rendition->jpeg);
  return rendition->pixels;
}
