#include "ui/spanner/SpannerBackupFields.h"

#include "ui/FieldGrid.h"
#include "ui/FieldIssueLabel.h"
#include "ui/spanner/SpannerEncryptionFields.h"
#include "ui/spanner/SpannerExpiryField.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Copydeck {

SpannerBackupFields::SpannerBackupFields(const QString &defaultEncryption, QWidget *page)
    : QObject(page)
    , m_page(page)
    , m_backupIdEdit(new QLineEdit(page))
    , m_backupIdIssue(new FieldIssueLabel(m_backupIdEdit, page))
    , m_expiry(new SpannerExpiryField(page))
    , m_encryption(new SpannerEncryptionFields(defaultEncryption, page))
{
    m_backupIdEdit->setObjectName(QStringLiteral("backupIdLineEdit"));
    m_backupIdIssue->setObjectName(QStringLiteral("backupIdIssueLabel"));
    m_backupIdEdit->setClearButtonEnabled(true);
    m_backupIdEdit->setMaxLength(100); // longer than allowed, so that the rule says what is wrong
    m_backupIdEdit->setToolTip(tr("2 to 60 characters: lowercase letters, digits, '_' and '-'; "
                                  "starts with a letter, ends with a letter or a digit."));

    connect(m_backupIdEdit, &QLineEdit::textChanged, this, &SpannerBackupFields::changed);
    connect(m_expiry, &SpannerExpiryField::changed, this, &SpannerBackupFields::changed);
    connect(m_encryption, &SpannerEncryptionFields::changed, this, &SpannerBackupFields::changed);
}

SpannerBackupFields::~SpannerBackupFields() = default;

QGroupBox *SpannerBackupFields::createBackupBox(const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title, m_page);
    box->setObjectName(objectName);
    FieldGrid grid(new QGridLayout(box));
    grid.addField(tr("Backup I&D:"), m_backupIdIssue);
    grid.addField(tr("E&xpires:"), m_expiry->editor(), m_expiry->fieldRow(),
                  m_expiry->issueLabel());
    grid.addNote(m_expiry->windowLabel());
    return box;
}

QGroupBox *SpannerBackupFields::createEncryptionBox()
{
    auto *box = new QGroupBox(tr("Encryption"), m_page);
    box->setObjectName(QStringLiteral("encryptionGroupBox"));
    FieldGrid grid(new QGridLayout(box));
    grid.addField(tr("&Encryption:"), m_encryption->typeCombo(), m_encryption->typeCombo());
    grid.addField(tr("Cloud &KMS keys:"), m_encryption->keysIssue());
    grid.addNote(m_encryption->regionsLabel());
    return box;
}

void SpannerBackupFields::setTabOrderAfter(QWidget *previous)
{
    QWidget::setTabOrder(previous, m_backupIdEdit);
    QWidget::setTabOrder(m_backupIdEdit, m_expiry->editor());
    QWidget::setTabOrder(m_expiry->editor(), m_encryption->typeCombo());
    QWidget::setTabOrder(m_encryption->typeCombo(), m_encryption->keysEdit());
}

void SpannerBackupFields::fillRequest(CopyRequest &request) const
{
    request.name = m_backupIdEdit->text().trimmed();
    request.expireTime = m_expiry->dateTime();
    request.encryptionType = m_encryption->encryptionType();
    request.kmsKeyNames = m_encryption->kmsKeyNames();
}

QList<ValidationIssue> SpannerBackupFields::pageIssues() const
{
    if (const auto issue = m_encryption->coverageIssue())
        return {*issue};
    return {};
}

QList<FieldIssueRoute> SpannerBackupFields::issueRoutes() const
{
    return {
        {CopyField::Name, m_backupIdIssue},
        {CopyField::ExpireTime, m_expiry->issueLabel()},
        {CopyField::Encryption, m_encryption->keysIssue()},
    };
}

} // namespace Copydeck
