#pragma once

#include "core/Backup.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Copydeck {

// Every fact Copydeck knows about the selected backup: the common ones, the cloud's own state
// word, and the provider-specific details. Read-only, selectable, long identifiers wrap.
class BackupDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDetailsWidget)

public:
    explicit BackupDetailsWidget(QWidget *parent = nullptr);

    // `accountName` and `cloudName` are what the user sees elsewhere; the backup holds only ids.
    void setBackup(const Backup &backup, const QString &accountName, const QString &cloudName);
    void clear();

    Backup backup() const { return m_backup; }
    // The facts as plain text, as a user would copy them.
    QString text() const;

private:
    QLabel *m_titleLabel;
    QTextBrowser *m_factsBrowser;
    Backup m_backup;
};

} // namespace Copydeck
