#pragma once

#include "SpannerReply.h"

#include <QUrlQuery>

namespace Copydeck::Sandbox {

class SpannerReadApi;
class SpannerState;

// The write side of the Spanner Admin API for backups: create and copy (long-running operations
// that progress with simulated time), the operations' get, cancel and list, and backup patch and
// delete. Names are full resource names.
class SpannerWriteApi final
{
    Q_DISABLE_COPY_MOVE(SpannerWriteApi)

public:
    // Simulated time a create and a copy take.
    static constexpr qint64 CreateDurationMs = qint64(10) * 60 * 1000;
    static constexpr qint64 CopyDurationMs = qint64(20) * 60 * 1000;

    SpannerWriteApi(SpannerState &state, const SpannerReadApi &read);

    SpannerReply createBackup(const QString &instance, const QUrlQuery &query,
                              const QByteArray &body);
    SpannerReply copyBackup(const QString &instance, const QByteArray &body);
    SpannerReply getOperation(const QString &name) const;
    SpannerReply cancelOperation(const QString &name);
    SpannerReply listOperations(const QString &backup, const QUrlQuery &query) const;
    SpannerReply listBackupOperations(const QString &instance, const QUrlQuery &query) const;
    SpannerReply patchBackup(const QString &name, const QUrlQuery &query, const QByteArray &body);
    SpannerReply deleteBackup(const QString &name);

private:
    QString nextOperationId();

    SpannerState &m_state;
    const SpannerReadApi &m_read;
    quint64 m_operationCounter = 0;
};

} // namespace Copydeck::Sandbox
