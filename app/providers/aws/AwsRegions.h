#pragma once

#include <QList>
#include <QString>

namespace Copydeck::AwsRegions {

struct Region
{
    QString code; // "eu-west-1"
    QString name; // "Europe (Ireland)", translated
};

// The commercial regions where AWS Backup runs, in the order the AWS console lists them, for the
// account form to offer. An account may still name any other region.
QList<Region> common();

} // namespace Copydeck::AwsRegions
