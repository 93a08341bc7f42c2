#include "LedgerJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace Copydeck::LedgerJson {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject locationObject(const Location &l)
{
    return QJsonObject {
        {QStringLiteral("cloud"), l.cloud},
        {QStringLiteral("accountId"), l.accountId},
        {QStringLiteral("kind"), int(l.kind)},
        {QStringLiteral("region"), l.region},
        {QStringLiteral("id"), l.id},
        {QStringLiteral("name"), l.name},
        {QStringLiteral("displayName"), l.displayName},
        {QStringLiteral("owner"), l.owner},
    };
}

Location locationFrom(const QJsonObject &o)
{
    Location l;
    l.cloud = str(o, "cloud");
    l.accountId = str(o, "accountId");
    const int kind = o.value(QLatin1String("kind")).toInt(int(Location::Kind::Vault));
    if (kind >= int(Location::Kind::Region) && kind <= int(Location::Kind::Vault))
        l.kind = Location::Kind(kind);
    l.region = str(o, "region");
    l.id = str(o, "id");
    l.name = str(o, "name");
    l.displayName = str(o, "displayName");
    l.owner = str(o, "owner");
    return l;
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

constexpr std::array<std::pair<CopyJobState, const char *>, 9> kStates {{
    {CopyJobState::Submitting, "submitting"},
    {CopyJobState::Created, "created"},
    {CopyJobState::Running, "running"},
    {CopyJobState::Completed, "completed"},
    {CopyJobState::Failed, "failed"},
    {CopyJobState::Partial, "partial"},
    {CopyJobState::Cancelled, "cancelled"},
    {CopyJobState::Lost, "lost"},
    {CopyJobState::Queued, "queued"},
}};

} // namespace

QString fromLocation(const Location &location)
{
    return compact(locationObject(location));
}

Location toLocation(const QString &text)
{
    return locationFrom(parse(text));
}

QString fromBackup(const Backup &b)
{
    return compact(QJsonObject {
        {QStringLiteral("cloud"), b.cloud},
        {QStringLiteral("accountId"), b.accountId},
        {QStringLiteral("id"), b.id},
        {QStringLiteral("name"), b.name},
        {QStringLiteral("location"), locationObject(b.location)},
        {QStringLiteral("sourceResource"), b.sourceResource},
        {QStringLiteral("resourceType"), b.resourceType},
        {QStringLiteral("state"), int(b.state)},
        {QStringLiteral("rawState"), b.rawState},
        {QStringLiteral("sizeBytes"), b.sizeBytes},
        {QStringLiteral("created"), dateText(b.created)},
        {QStringLiteral("expires"), dateText(b.expires)},
        {QStringLiteral("encryption"), b.encryption},
        {QStringLiteral("continuous"), b.continuous},
        {QStringLiteral("copiedFrom"), b.copiedFrom},
        {QStringLiteral("details"), QJsonObject::fromVariantMap(b.details)},
    });
}

Backup toBackup(const QString &text)
{
    const QJsonObject o = parse(text);
    Backup b;
    b.cloud = str(o, "cloud");
    b.accountId = str(o, "accountId");
    b.id = str(o, "id");
    b.name = str(o, "name");
    b.location = locationFrom(o.value(QLatin1String("location")).toObject());
    b.sourceResource = str(o, "sourceResource");
    b.resourceType = str(o, "resourceType");
    const int state = o.value(QLatin1String("state")).toInt(int(BackupState::Unknown));
    if (state >= int(BackupState::Creating) && state <= int(BackupState::Unknown))
        b.state = BackupState(state);
    b.rawState = str(o, "rawState");
    b.sizeBytes = o.value(QLatin1String("sizeBytes")).toInteger(-1);
    b.created = dateFrom(str(o, "created"));
    b.expires = dateFrom(str(o, "expires"));
    b.encryption = str(o, "encryption");
    b.continuous = o.value(QLatin1String("continuous")).toBool();
    b.copiedFrom = str(o, "copiedFrom");
    b.details = o.value(QLatin1String("details")).toObject().toVariantMap();
    return b;
}

QString fromError(const CloudError &e)
{
    return compact(QJsonObject {
        {QStringLiteral("kind"), int(e.kind)},
        {QStringLiteral("httpStatus"), e.httpStatus},
        {QStringLiteral("cloudCode"), e.cloudCode},
        {QStringLiteral("cloudMessage"), e.cloudMessage},
        {QStringLiteral("requestId"), e.requestId},
        {QStringLiteral("explanation"), e.explanation},
        {QStringLiteral("nextStep"), e.nextStep},
        {QStringLiteral("retryable"), e.retryable},
    });
}

CloudError toError(const QString &text)
{
    const QJsonObject o = parse(text);
    CloudError e;
    const int kind = o.value(QLatin1String("kind")).toInt(int(CloudError::Kind::Server));
    if (kind >= int(CloudError::Kind::Network) && kind <= int(CloudError::Kind::Local))
        e.kind = CloudError::Kind(kind);
    e.httpStatus = o.value(QLatin1String("httpStatus")).toInt();
    e.cloudCode = str(o, "cloudCode");
    e.cloudMessage = str(o, "cloudMessage");
    e.requestId = str(o, "requestId");
    e.explanation = str(o, "explanation");
    e.nextStep = str(o, "nextStep");
    e.retryable = o.value(QLatin1String("retryable")).toBool();
    return e;
}

QString fromCounts(const QMap<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return compact(o);
}

QMap<QString, qint64> toCounts(const QString &text)
{
    QMap<QString, qint64> counts;
    const QJsonObject o = parse(text);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

QString stateKey(CopyJobState state)
{
    for (const auto &[value, key] : kStates) {
        if (value == state)
            return QLatin1String(key);
    }
    return QStringLiteral("lost");
}

CopyJobState stateFromKey(const QString &key, bool *known)
{
    for (const auto &[value, name] : kStates) {
        if (key == QLatin1String(name)) {
            if (known)
                *known = true;
            return value;
        }
    }
    if (known)
        *known = false;
    return CopyJobState::Lost;
}

} // namespace Copydeck::LedgerJson
