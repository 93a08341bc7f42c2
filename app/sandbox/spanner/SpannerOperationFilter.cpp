#include "SpannerOperationFilter.h"

#include <QHash>
#include <QRegularExpression>

namespace Copydeck::Sandbox::SpannerOperationFilter {

namespace {

QString snakeCase(const QString &name)
{
    QString result;
    for (const QChar c : name) {
        if (c.isUpper()) {
            result += QLatin1Char('_');
            result += c.toLower();
        } else {
            result += c;
        }
    }
    return result;
}

void flatten(const QJsonObject &object, const QString &prefix, QHash<QString, QString> &fields)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix + snakeCase(it.key());
        const QJsonValue value = it.value();
        if (value.isObject()) {
            fields.insert(key, QString());
            flatten(value.toObject(), key + QLatin1Char('.'), fields);
        } else if (value.isBool()) {
            fields.insert(key, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (value.isDouble()) {
            fields.insert(key, QString::number(value.toDouble(), 'g', 17));
        } else if (value.isString()) {
            fields.insert(key, value.toString());
        }
    }
}

} // namespace

std::variant<SpannerBackupFilter, GoogleErrorReply> parse(const QString &text)
{
    static const QRegularExpression metadataField(QStringLiteral("metadata\\.([A-Za-z_@.]+)"));
    const QRegularExpressionMatch first = metadataField.match(text);
    if (first.hasMatch() && first.captured(1) != QLatin1String("@type")) {
        return GoogleErrorReply::invalidArgument(
            QStringLiteral("Invalid filter expression: metadata.@type must be specified before "
                           "filtering on metadata fields."),
            QStringLiteral("filter"));
    }
    return SpannerBackupFilter::parse(text,
                                      {QStringLiteral("name"), QStringLiteral("done"),
                                       QStringLiteral("error"), QStringLiteral("error.*"),
                                       QStringLiteral("metadata.*"), QStringLiteral("response.*")});
}

SpannerBackupFilter::FieldValue fieldsOf(const QJsonObject &operation)
{
    QHash<QString, QString> fields;
    flatten(operation, QString(), fields);
    // An operation that is not done carries no "done" member; the filter still sees false.
    if (!fields.contains(QStringLiteral("done")))
        fields.insert(QStringLiteral("done"), QStringLiteral("false"));
    return [fields](const QString &field) -> std::optional<QString> {
        const auto found = fields.constFind(field);
        if (found == fields.cend())
            return std::nullopt;
        return *found;
    };
}

} // namespace Copydeck::Sandbox::SpannerOperationFilter
