// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Qt's own warnings (a missing XDG_RUNTIME_DIR, a font it cannot find) are not the user's
// business: every message for the user is shown or printed by Policy Atlas itself, in the
// user's words. One policy for the window and the command line.
namespace QtMessages {
// Installs a message handler that prints only critical and fatal messages on stderr, unless
// POLICY_ATLAS_DEBUG is set to a non-zero number (for developers: then Qt prints everything).
// Call it before the application object is made, whose construction may already warn.
void keepQuiet();
}
