#include "ThroughputHistory.h"

#include "JobsLogging.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace Copydeck {

namespace {

const QLatin1String kGroup("throughput");
const QLatin1Char kSeparator('|');

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

QString cloudOfRoute(const QString &route)
{
    return route.section(kSeparator, 0, 0);
}

} // namespace

ThroughputHistory::ThroughputHistory(QSettings *settings)
    : m_settings(settings)
{
    load();
}

ThroughputHistory::~ThroughputHistory() = default;

QString ThroughputHistory::routeKey(const CopyJob &job)
{
    const QString cloud = job.cloud.isEmpty() ? job.sourceLocation.cloud : job.cloud;
    return cloud + kSeparator + job.sourceLocation.region + kSeparator + job.destination.region;
}

void ThroughputHistory::record(const CopyJob &completed)
{
    if (completed.state != CopyJobState::Completed || completed.sizeBytes <= 0
        || !completed.created.isValid() || !completed.completed.isValid())
        return;
    const qint64 milliseconds = completed.created.msecsTo(completed.completed);
    if (milliseconds <= 0)
        return;
    const double rate = double(completed.sizeBytes) * 1000.0 / double(milliseconds);
    const QString route = routeKey(completed);
    QList<double> &samples = m_samples[route];
    samples.append(rate);
    while (samples.size() > kSamplesPerRoute)
        samples.removeFirst();
    qCDebug(lcJobs) << "Copy on route" << route << "ran at" << qint64(rate) << "bytes/s";
    save(route);
}

std::optional<double> ThroughputHistory::bytesPerSecond(const CopyJob &job) const
{
    const QString route = routeKey(job);
    if (auto onRoute = median(m_samples.value(route)))
        return onRoute;
    const QString cloud = cloudOfRoute(route);
    QList<double> inCloud;
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it) {
        if (cloudOfRoute(it.key()) == cloud)
            inCloud.append(it.value());
    }
    return median(inCloud);
}

double ThroughputHistory::expectedBytesPerSecond(const CopyJob &job) const
{
    return bytesPerSecond(job).value_or(kAssumedBytesPerSecond);
}

std::optional<double> ThroughputHistory::expectedSeconds(const CopyJob &job) const
{
    if (job.sizeBytes <= 0 || !job.created.isValid())
        return std::nullopt;
    const double rate = expectedBytesPerSecond(job);
    if (rate <= 0)
        return std::nullopt;
    return double(job.sizeBytes) / rate;
}

std::optional<double> ThroughputHistory::estimatePercent(const CopyJob &job,
                                                         const QDateTime &now) const
{
    const auto expected = expectedSeconds(job);
    if (!expected)
        return std::nullopt;
    const double elapsed = std::max<qint64>(0, job.created.msecsTo(now)) / 1000.0;
    if (*expected <= 0)
        return kHighestEstimate;
    return std::clamp(100.0 * elapsed / *expected, 0.0, kHighestEstimate);
}

std::optional<qint64> ThroughputHistory::estimateSecondsLeft(const CopyJob &job,
                                                             const QDateTime &now) const
{
    const auto expected = expectedSeconds(job);
    if (!expected)
        return std::nullopt;
    const double elapsed = std::max<qint64>(0, job.created.msecsTo(now)) / 1000.0;
    const double left = *expected - elapsed;
    if (left < 0)
        return std::nullopt;
    return qint64(std::ceil(left));
}

void ThroughputHistory::load()
{
    if (!m_settings)
        return;
    m_settings->beginGroup(kGroup);
    const QStringList routes = m_settings->childKeys();
    for (const QString &route : routes) {
        QList<double> samples;
        const QStringList values = m_settings->value(route).toStringList();
        for (const QString &value : values) {
            bool ok = false;
            const double rate = value.toDouble(&ok);
            if (ok && rate > 0)
                samples.append(rate);
        }
        if (!samples.isEmpty())
            m_samples.insert(
                route, samples.mid(std::max<qsizetype>(0, samples.size() - kSamplesPerRoute)));
    }
    m_settings->endGroup();
}

void ThroughputHistory::save(const QString &route) const
{
    if (!m_settings)
        return;
    QStringList values;
    for (double rate : m_samples.value(route))
        values.append(QString::number(rate, 'f', 0));
    m_settings->beginGroup(kGroup);
    m_settings->setValue(route, values);
    m_settings->endGroup();
}

} // namespace Copydeck
