#pragma once

namespace Copydeck {

class CopyDialogPageRegistry;

// Adds the copy dialog page of every cloud Copydeck ships with. A new cloud is one line here.
void registerBuiltInCopyPages(CopyDialogPageRegistry &registry);
// The create-backup dialog's page of every cloud that can make backups on demand.
void registerBuiltInCreateBackupPages(CopyDialogPageRegistry &registry);
// The extend-expiry dialog's page of every cloud that can change when a backup expires.
void registerBuiltInExpiryPages(CopyDialogPageRegistry &registry);

} // namespace Copydeck
