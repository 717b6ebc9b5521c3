/* lt-json-shape.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * json-glib 1.6, the version in Debian 12, has two faults a file can reach
 * (both fixed in later versions): it recurses once per nested list or
 * object, so some hundred kilobytes of "[[[[…" overflow the stack and
 * crash the app; and it reads every value at the top of the text but keeps
 * only the first, leaking the others (json-glib#74).  So every file from
 * outside is looked over before it is parsed: one object, nested no
 * deeper than @max_depth, and nothing but white space after it.  Comments
 * and single quotes, which json-glib reads and JSON has not, are refused
 * as well, or json-glib could see a bracket this count skips, and so are
 * escapes JSON has not (found by fuzzing the key file: an octal escape
 * became text that is not UTF-8).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lt-json-shape.h"

/**
 * lt_json_shape_problem:
 *
 * Returns: (nullable): %NULL when @data may be parsed, else what is wrong
 *   with it, for a message ("it is nested too deep")
 */
const char *
lt_json_shape_problem (const char *data,
                       gsize       length,
                       guint       max_depth)
{
  gsize i = 0;
  guint depth = 0;

  while (i < length && g_ascii_isspace (data[i]))
    i++;
  if (i == length || data[i] != '{')
    return _ ("it is not one JSON object");
  for (; i < length; i++)
    {
      if (data[i] == '"')
        {
          for (i++; i < length && data[i] != '"'; i++)
            if (data[i] == '\\')
              {
                /* json-glib 1.6 also reads escapes JSON has not, such as
                 * octal "\\624", into text that is not UTF-8. */
                if (++i >= length || strchr ("\"\\/bfnrtu", data[i]) == NULL)
                  return _ ("it has an escape in a text that JSON does not have");
              }
        }
      else if (data[i] == '\'' || data[i] == '/')
        return _ ("it has a comment or a single quote outside a text");
      else if ((data[i] == '{' || data[i] == '[') && ++depth > max_depth)
        return _ ("it is nested too deep");
      else if ((data[i] == '}' || data[i] == ']') && --depth == 0)
        break;
    }
  for (i++; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return _ ("there is more after its end");
  return NULL;
}
