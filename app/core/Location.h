#pragma once

#include <QMetaType>
#include <QString>

namespace Copydeck {

// A place that holds backups or receives copies: an AWS vault in a region, a Spanner instance in a
// project, a Huawei vault in a region and project, a Rackspace region.
struct Location
{
    enum class Kind { Region, Project, Instance, Vault };

    QString cloud; // provider id, e.g. "aws"
    QString accountId; // Copydeck account id
    Kind kind = Kind::Vault;
    QString region; // e.g. "us-east-1"
    QString id; // the cloud's full identifier (ARN, resource name)
    QString name; // short name as the cloud shows it
    QString displayName; // what the tree shows
    QString owner; // cloud account / project that owns it, when it is not the signed-in one

    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const Location &, const Location &) = default;
};

} // namespace Copydeck

Q_DECLARE_METATYPE(Copydeck::Location)
