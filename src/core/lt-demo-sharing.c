/* lt-demo-sharing.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The demo's pages about who sees what: a page Ida said no to, a page for
 * her parents too, and a letter for later from her foster mother.
 */
#include "config.h"

#include "lt-demo-private.h"

typedef struct
{
  guint       chapter;
  const char *title;
  const char *date_text;
  LtAuthor    author;
  gint64      audience;
  gboolean    child_veto;
  const char *open_on;
  const char *body;
} SharingPage;

static const SharingPage ida_pages[] = {
  { 3, "Den dag jeg græd i frikvarteret", "efteråret 2025", LT_AUTHOR_TOGETHER, LT_AUDIENCE_DEFAULT, TRUE, NULL,
    "Vi skrev om dagen, hvor nogen drillede Ida med, at hun ikke bor hjemme. Ida har sagt, at den "
    "side ikke skal med i hendes bog, og det respekterer vi." },
  { 5, "Mormors fødselsdag", "juni 2026", LT_AUTHOR_CHILD, LT_AUDIENCE_ALL, FALSE, NULL,
    "Mormor blev 70, og jeg fik lov til at tænde alle lysene. Mor kom også." },
  { 5, "Et brev til dig, Ida", "november 2026", LT_AUTHOR_ADULT, LT_AUDIENCE_CHILD, FALSE, "2032-03-12",
    "Kære Ida. Når du læser det her, er du fyldt 18. Jeg vil fortælle dig, hvordan det var at "
    "lære dig at kende, og hvor stolt jeg er af dig. Kærlig hilsen Anne" },
};

/* Adds the pages to Ida's book (the other demo children get none). */
gboolean
lt_demo_add_sharing (LtStore *store,
                     LtChild *child,
                     GError **error)
{
  g_autoptr (GListModel) chapters = NULL;

  if (!g_str_has_prefix (lt_child_get_name (child), "Ida"))
    return TRUE;
  chapters = lt_store_list_chapters (store, child);
  for (guint i = 0; i < G_N_ELEMENTS (ida_pages); i++)
    {
      const SharingPage *page = &ida_pages[i];
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, page->chapter);
      g_autoptr (LtStoryEntry) entry = g_object_new (LT_TYPE_STORY_ENTRY, "chapter-id",
                                                     lt_record_get_id (LT_RECORD (chapter)), "title",
                                                     page->title, "date-text", page->date_text, "author",
                                                     page->author, "audience", page->audience, "child-veto",
                                                     page->child_veto, "open-on", page->open_on, "body",
                                                     page->body, NULL);

      if (!lt_store_add (store, LT_RECORD (entry), error))
        return FALSE;
    }
  return TRUE;
}
