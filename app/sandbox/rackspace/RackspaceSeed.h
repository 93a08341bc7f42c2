#pragma once

#include "sandbox/rackspace/RackspaceIdentityService.h"

#include <QtGlobal>

namespace Copydeck::Sandbox {

class RackspaceDatabaseState;

// The Cloud Databases demo data, a function of the seed:
//   DFW  orders-db: 22 automated daily full backups (more than one page), a weekly full backup
//        with an incremental chain (incr-mon <- incr-tue); inventory-db: a manual backup, one
//        still BUILDING, one FAILED; legacy-archive-2019 (instance gone) whose copies fail.
//   IAD  billing-db: three daily backups, and a copy of orders-db-full-weekly (so incr-mon can be
//        copied to IAD at once, while ORD needs the full backup first).
//   ORD  analytics-db: a full backup and an incremental on it.
//   LON  eu-shop-db: two backups (LON takes no part in copies).
//   HKG, SYD  empty.
// `scale` adds that many automated backups of orders-db in DFW, for benchmarks.
namespace RackspaceSeed {

RackspaceIdentityService::User demoUser();
void populate(RackspaceDatabaseState &state, quint32 seed, int scale, const QDateTime &now);

} // namespace RackspaceSeed

} // namespace Copydeck::Sandbox
