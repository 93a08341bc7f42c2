#pragma once

#include "core/Account.h"
#include "core/CloudError.h"

#include <QList>
#include <QString>

namespace Copydeck {

// Finds accounts a cloud's own tools already set up on this computer (shared config files,
// environment variables) and proposes them as Copydeck accounts. Reads, never writes, and never
// copies a secret out of those files: a proposed account keeps reading them (its authMethod says
// how). One per cloud, in that cloud's folder; registered beside the cloud's account form.
class AccountImporter
{
public:
    struct Proposal
    {
        Account account; // complete, with a fresh id; no secret anywhere in it
        QString source; // where it was found, in words ("profile \"work\" in ~/.aws/credentials")
        bool alreadyAdded = false; // one of the existing accounts already uses this source
    };

    struct Discovery
    {
        QList<Proposal> proposals;
        // Files that could not be read (each names the file and the line) and sources that were
        // found but cannot be used; what was usable is still proposed.
        QList<CloudError> problems;
    };

    virtual ~AccountImporter() = default;

    virtual QString cloud() const = 0;
    // `existing`: the accounts already configured, so that a source used by one of them is
    // marked alreadyAdded.
    virtual Discovery discover(const QList<Account> &existing) const = 0;
};

} // namespace Copydeck
