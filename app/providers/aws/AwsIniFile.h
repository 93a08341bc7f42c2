#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Copydeck {

// One AWS shared configuration file (credentials or config) in the INI form the AWS CLI reads:
// "[section]" headers, "name = value" lines, comments starting with '#' or ';', blank lines, and
// indented lines that continue the previous value (nested settings such as "s3 =\n  x = y"; they
// are kept but Copydeck reads none of them). Read, never written.
class AwsIniFile final
{
    Q_DECLARE_TR_FUNCTIONS(AwsIniFile)

public:
    using Section = QHash<QString, QString>; // lowercase name -> value

    // A file that does not exist reads as empty; one that cannot be read or has a line that is
    // none of the above is a Local error naming the file and the line.
    static Result<AwsIniFile> read(const QString &path);
    // `displayPath` names the file in error messages.
    static Result<AwsIniFile> parse(const QByteArray &text, const QString &displayPath);

    bool exists() const { return m_exists; }
    QString path() const { return m_path; }
    QStringList sectionNames() const { return m_order; }
    std::optional<Section> section(const QString &name) const;

private:
    bool m_exists = false;
    QString m_path;
    QStringList m_order;
    QHash<QString, Section> m_sections;
};

} // namespace Copydeck
