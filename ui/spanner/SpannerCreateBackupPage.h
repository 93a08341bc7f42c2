#pragma once

#include "core/CloudError.h"
#include "ui/CopyDialogPage.h"
#include "ui/LatestAnswer.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace Copydeck {

class ChoiceLoadStatus;
class FieldIssueLabel;
class SpannerBackupFields;

// Cloud Spanner's create-backup fields (backups.create): the database (from the instance's
// databases), the backup id, the expiry (6 hours to 366 days from now), an optional earlier
// version of the database (inside its version retention period) and the encryption. The "source"
// it is given only says where: its location is the instance, and its sourceResource, when set,
// the database to choose first (a backup selected in the window suggests its own database).
class SpannerCreateBackupPage final : public CopyDialogPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpannerCreateBackupPage)

public:
    explicit SpannerCreateBackupPage(QWidget *parent = nullptr);
    ~SpannerCreateBackupPage() override;

    void setSource(const Backup &seed, ProviderConnection *connection) override;
    CopyRequest request() const override;
    QList<ValidationIssue> showIssues(const QList<ValidationIssue> &issues) override;
    bool isLoading() const override;
    QList<ValidationIssue> pageIssues() const override;

    // "orders-20261124-1530": the database's id and the time, fitted to the rules.
    static QString defaultBackupId(const QString &database, const QDateTime &now);

private:
    void loadDatabases();
    void onDatabasesLoaded(const QList<Backup> &databases);
    void onDatabasesFailed(const CloudError &error);
    void onDatabaseChanged();
    void updateVersionTime();

    Backup m_seed;
    ProviderConnection *m_connection = nullptr;
    QList<Backup> m_databases;
    QString m_suggestedId; // replaced while the user has not typed their own
    LatestAnswer m_databasesAnswer;

    QLabel *m_instanceLabel;
    QComboBox *m_databaseCombo;
    ChoiceLoadStatus *m_status;
    SpannerBackupFields *m_backup;
    QCheckBox *m_versionTimeCheck;
    QDateTimeEdit *m_versionTimeEdit;
    QLabel *m_versionTimeNoteLabel;
    FieldIssueLabel *m_databaseIssue;
    FieldIssueLabel *m_versionTimeIssue;
};

} // namespace Copydeck
