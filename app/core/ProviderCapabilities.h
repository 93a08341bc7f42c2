#pragma once

namespace Copydeck {

// What a cloud can do, as data, so that views ask instead of switching on the cloud's name.
struct ProviderCapabilities
{
    bool canCancel = false; // a running copy can be cancelled
    bool givesPercent = false; // the cloud reports progress in percent
    bool canCreateBackup = false; // backups can be created on demand
    bool canExtendExpiry = false; // an existing backup's expiry time can be changed
    bool needsRoleArn = false; // a copy needs an IAM role
    bool hasLifecycle = false; // cold storage / delete after days
    bool hasExpireTime = false; // an absolute expiry time
    bool hasEncryptionChoice = false;
    bool hasNameAndDescription = false;
    bool destinationInOtherRegion = true; // copies may go to another region
};

} // namespace Copydeck
