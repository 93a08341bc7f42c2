#pragma once

#include <QString>
#include <QtGlobal>

namespace Copydeck::Sandbox {

class SpannerState;

// The Spanner demo data: two projects, regional and multi-region configurations, four instances,
// their databases, READY backups (one customer-managed) and one backup still CREATING. The demo
// identities lack three IAM permissions, so that each refusal can be seen:
// spanner.backups.create on instance copydeck-archive/archive-us, spanner.backups.copy on backup
// copydeck-archive/archive/ledger-monthly-03, spanner.databases.createBackup on database
// copydeck-archive/archive/ledger.
namespace SpannerSeed {

inline constexpr const char *DemoProject = "copydeck-demo";
inline constexpr const char *ArchiveProject = "copydeck-archive";
// How long (simulated) the seeded CREATING backup takes to finish.
inline constexpr qint64 CreatingDurationMs = qint64(6) * 3600 * 1000;

void populate(SpannerState &state, quint32 seed);

} // namespace SpannerSeed

} // namespace Copydeck::Sandbox
