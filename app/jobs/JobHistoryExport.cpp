#include "JobHistoryExport.h"

#include "LedgerJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Copydeck::JobHistoryExport {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The fields of one job, in the order of the CSV's columns and the JSON's members.
QList<std::pair<QString, QString>> fieldsOf(const CopyJob &job, const Name &accountName)
{
    const QString account = accountName ? accountName(job.accountId) : QString();
    return {
        {QStringLiteral("id"), job.localId},
        {QStringLiteral("operation"),
         job.operation == CopyOperation::CreateBackup ? QStringLiteral("create")
                                                      : QStringLiteral("copy")},
        {QStringLiteral("cloud"), job.cloud},
        {QStringLiteral("accountId"), job.accountId},
        {QStringLiteral("account"), account.isEmpty() ? job.accountId : account},
        {QStringLiteral("source"), job.sourceId},
        {QStringLiteral("sourceName"), job.sourceName},
        {QStringLiteral("destination"), job.destination.id},
        {QStringLiteral("destinationName"),
         job.destination.displayName.isEmpty() ? job.destination.name
                                               : job.destination.displayName},
        {QStringLiteral("state"), LedgerJson::stateKey(job.state)},
        {QStringLiteral("cloudState"), job.rawState},
        {QStringLiteral("started"), timeText(job.created)},
        {QStringLiteral("ended"), job.isTerminal() ? timeText(job.completed) : QString()},
        {QStringLiteral("cloudJobId"), job.remoteId},
        {QStringLiteral("copyId"), job.destinationBackupId},
        {QStringLiteral("message"), job.error ? job.error->userText() : job.statusMessage},
    };
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray toCsv(const QList<CopyJob> &jobs, const Name &accountName)
{
    QStringList lines;
    QStringList header;
    for (const auto &[key, value] : fieldsOf(CopyJob(), accountName))
        header << key;
    lines << header.join(QLatin1Char(','));
    for (const CopyJob &job : jobs) {
        QStringList fields;
        for (const auto &[key, value] : fieldsOf(job, accountName))
            fields << csvField(value);
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

QByteArray toJson(const QList<CopyJob> &jobs, const Name &accountName)
{
    QJsonArray array;
    for (const CopyJob &job : jobs) {
        QJsonObject object;
        for (const auto &[key, value] : fieldsOf(job, accountName))
            object.insert(key, value);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace Copydeck::JobHistoryExport
