#include "AwsIniFile.h"

#include <QFile>
#include <QFileInfo>

namespace Copydeck {

namespace {

CloudError malformed(const QString &path, int line, const QString &why)
{
    return CloudError::local(
        AwsIniFile::tr("%1, line %2: %3").arg(path).arg(line).arg(why),
        AwsIniFile::tr("Correct the line (the AWS CLI reads the file the same way), then "
                       "reconnect the account."));
}

} // namespace

Result<AwsIniFile> AwsIniFile::read(const QString &path)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        AwsIniFile empty;
        empty.m_path = path;
        return empty;
    }
    if (!file.open(QIODevice::ReadOnly))
        return CloudError::local(tr("Could not read %1: %2.").arg(path, file.errorString()),
                                 tr("Check the file's permissions."));
    return parse(file.readAll(), path);
}

Result<AwsIniFile> AwsIniFile::parse(const QByteArray &text, const QString &displayPath)
{
    AwsIniFile file;
    file.m_exists = true;
    file.m_path = displayPath;

    QString current; // the section being read
    bool inSection = false;
    QString lastName; // the last name in the section, for continuation lines
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        QString raw = QString::fromUtf8(lines.at(i));
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char(';')))
            continue;

        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3)
                return malformed(displayPath, number,
                                 tr("a section header must look like [name]."));
            current = line.mid(1, line.size() - 2).trimmed();
            // "[profile  work]" names the profile "work", as the AWS CLI reads it.
            const QStringList words = current.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            current = words.join(QLatin1Char(' '));
            inSection = true;
            lastName.clear();
            if (!file.m_sections.contains(current)) {
                file.m_sections.insert(current, {});
                file.m_order.append(current);
            }
            continue;
        }

        const bool indented = raw.front().isSpace();
        if (indented && !lastName.isEmpty()) {
            // A nested setting or the continuation of the previous value.
            Section &section = file.m_sections[current];
            QString &value = section[lastName];
            value += (value.isEmpty() ? QString() : QStringLiteral("\n")) + line;
            continue;
        }

        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return malformed(displayPath, number,
                             tr("expected \"name = value\" or a [section] header."));
        if (!inSection)
            return malformed(displayPath, number,
                             tr("a setting comes before the first [section] header."));
        lastName = line.left(equals).trimmed().toLower();
        QString value = line.mid(equals + 1).trimmed();
        // An inline comment needs a space before it, so '#' may appear inside keys and values.
        for (const auto mark : {QLatin1StringView(" #"), QLatin1StringView(" ;"),
                                QLatin1StringView("\t#"), QLatin1StringView("\t;")}) {
            const qsizetype comment = value.indexOf(mark);
            if (comment >= 0)
                value = value.left(comment).trimmed();
        }
        file.m_sections[current].insert(lastName, value);
    }
    return file;
}

std::optional<AwsIniFile::Section> AwsIniFile::section(const QString &name) const
{
    const auto it = m_sections.constFind(name);
    if (it == m_sections.cend())
        return std::nullopt;
    return *it;
}

} // namespace Copydeck
