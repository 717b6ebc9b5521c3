/* lt-test-util.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Small helpers the tests share.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void lt_test_remove_tree (const char *folder);

G_END_DECLS
