#pragma once

namespace Copydeck {

class CopyDialogPageRegistry;

// Adds the copy dialog page of every cloud Copydeck ships with. A new cloud is one line here.
void registerBuiltInCopyPages(CopyDialogPageRegistry &registry);

} // namespace Copydeck
