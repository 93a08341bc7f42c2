#pragma once

// A fully filled ledger record, so that a round trip shows every field surviving.
#include "jobs/LedgerRecord.h"

#include <QTimeZone>

namespace Copydeck::Test {

inline LedgerRecord sampleRecord(const QString &localId)
{
    const QDateTime t0(QDate(2025, 3, 1), QTime(12, 0, 0, 250), QTimeZone::utc());
    Location source;
    source.cloud = QStringLiteral("aws");
    source.accountId = QStringLiteral("acct-1");
    source.kind = Location::Kind::Vault;
    source.region = QStringLiteral("us-east-1");
    source.id = QStringLiteral("arn:aws:backup:us-east-1:123456789012:backup-vault:prod");
    source.name = QStringLiteral("prod");
    source.displayName = QStringLiteral("prod (us-east-1)");
    Location destination = source;
    destination.region = QStringLiteral("eu-west-1");
    destination.id = QStringLiteral("arn:aws:backup:eu-west-1:123456789012:backup-vault:dr");
    destination.name = QStringLiteral("dr");
    destination.displayName = QStringLiteral("dr (eu-west-1) – Zürich copy");
    destination.owner = QStringLiteral("210987654321");

    LedgerRecord record;
    CopyRequest &r = record.request;
    r.source.cloud = source.cloud;
    r.source.accountId = source.accountId;
    r.source.id = QStringLiteral("arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-1");
    r.source.name = QStringLiteral("orders-db nightly");
    r.source.location = source;
    r.source.resourceType = QStringLiteral("RDS");
    r.source.sizeBytes = 400000000;
    r.source.created = t0.addDays(-1);
    r.destination = destination;
    r.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/service-role/Backup");
    r.lifecycle.moveToColdStorageAfterDays = 30;
    r.lifecycle.deleteAfterDays = 365;
    r.expireTime = t0.addDays(14);
    r.encryptionType = QStringLiteral("CUSTOMER_MANAGED_ENCRYPTION");
    r.kmsKeyNames = {QStringLiteral("projects/p/locations/l/keyRings/r/cryptoKeys/k")};
    r.name = QStringLiteral("orders-copy");
    r.description = QStringLiteral("Copy for the \"DR\" drill; 'quotes' and ; semicolons");
    r.clientToken = QStringLiteral("6c1b3a2e-0f41-4d7a-9a55-0a8e0d0c9b11");

    CopyJob &j = record.job;
    j.localId = localId;
    j.cloud = source.cloud;
    j.accountId = source.accountId;
    j.remoteId = QStringLiteral("E0A2B6F4-7D0B-4C4B-8F2B-2C55C1B0A001");
    j.sourceId = r.source.id;
    j.sourceName = r.source.name;
    j.sourceLocation = source;
    j.destination = destination;
    j.state = CopyJobState::Running;
    j.rawState = QStringLiteral("RUNNING");
    j.percent = 42.5;
    j.sizeBytes = 400000000;
    j.created = t0;
    j.statusMessage = QStringLiteral("Copying");
    j.isParent = true;
    j.childJobs = 3;
    j.childJobsInState = {{QStringLiteral("COMPLETED"), 1}, {QStringLiteral("RUNNING"), 2}};
    j.clientToken = r.clientToken;
    CloudError error;
    error.kind = CloudError::Kind::Throttled;
    error.httpStatus = 429;
    error.cloudCode = QStringLiteral("ThrottlingException");
    error.cloudMessage = QStringLiteral("Rate exceeded");
    error.requestId = QStringLiteral("req-9");
    error.retryable = true;
    j.error = error;
    return record;
}

} // namespace Copydeck::Test
