#pragma once

#include "core/CopyRequest.h"
#include "ui/FieldIssueRoute.h"

#include <QList>
#include <QObject>

class QGroupBox;
class QLineEdit;
class QWidget;

namespace Copydeck {

class FieldIssueLabel;
class SpannerEncryptionFields;
class SpannerExpiryField;

// What a new Spanner backup needs however it is made (backups:copy or backups.create): its id,
// checked as it is typed, its expiry with the quick choices, and its encryption. The copy and the
// create pages put its two boxes under their own "where from" box and add their own fields.
class SpannerBackupFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpannerBackupFields)

public:
    // `defaultEncryption` as for SpannerEncryptionFields. The widgets are children of `page`, and
    // so is this object.
    SpannerBackupFields(const QString &defaultEncryption, QWidget *page);
    ~SpannerBackupFields() override;

    // The box of the backup's id and expiry (titled "The copy", "The backup", ...), and the box of
    // its encryption; each a child of the page, for its layout.
    QGroupBox *createBackupBox(const QString &title, const QString &objectName);
    QGroupBox *createEncryptionBox();
    // Puts the id, the expiry and the encryption in the tab order, after `previous`.
    void setTabOrderAfter(QWidget *previous);

    QLineEdit *backupIdEdit() const { return m_backupIdEdit; }
    SpannerExpiryField *expiry() const { return m_expiry; }
    SpannerEncryptionFields *encryption() const { return m_encryption; }

    // Sets the request's name, expireTime, encryptionType and kmsKeyNames.
    void fillRequest(CopyRequest &request) const;
    // The issue only the page can see: the keys do not cover the destination's regions.
    QList<ValidationIssue> pageIssues() const;
    // Where the issues of the name, the expiry and the encryption are shown.
    QList<FieldIssueRoute> issueRoutes() const;

Q_SIGNALS:
    void changed();

private:
    QWidget *m_page;
    QLineEdit *m_backupIdEdit;
    FieldIssueLabel *m_backupIdIssue;
    SpannerExpiryField *m_expiry;
    SpannerEncryptionFields *m_encryption;
};

} // namespace Copydeck
