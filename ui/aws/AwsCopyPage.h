#pragma once

#include "core/CloudError.h"
#include "core/Location.h"
#include "ui/CopyDialogPage.h"
#include "ui/LatestAnswer.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace Copydeck {

class ChoiceLoadStatus;
class FieldIssueLabel;

// AWS Backup's copy fields: destination region and vault (loaded from the source account), the
// IAM role AWS Backup assumes, and the lifecycle of the copy (cold storage, deletion, or keep
// forever). Invalid numbers can be typed on purpose: the rules are shown, not hidden in ranges.
class AwsCopyPage final : public CopyDialogPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsCopyPage)

public:
    // `settings` holds the last role ARN used per account; may be null.
    explicit AwsCopyPage(QSettings *settings, QWidget *parent = nullptr);
    ~AwsCopyPage() override;

    void setSource(const Backup &source, ProviderConnection *connection) override;
    CopyRequest request() const override;
    QList<ValidationIssue> showIssues(const QList<ValidationIssue> &issues) override;
    bool isLoading() const override;
    void rememberChoices() override;

    // The role AWS Backup's own documentation suggests for an account.
    static QString defaultRoleArn(const QString &accountNumber);
    // The 12-digit account number in an ARN ("arn:aws:backup:us-east-1:123456789012:..."), or
    // empty.
    static QString accountNumberOf(const QString &arn);

private:
    void loadDestinations();
    void onDestinationsLoaded(const QList<Location> &destinations);
    void onDestinationsFailed(const CloudError &error);
    void fillRegions();
    void fillVaults();
    void updateLifecycleEnabled();
    QString roleSettingsKey() const;

    QSettings *m_settings;
    Backup m_source;
    ProviderConnection *m_connection = nullptr;
    QList<Location> m_destinations;
    LatestAnswer m_destinationsAnswer;

    QComboBox *m_regionCombo;
    QComboBox *m_vaultCombo;
    ChoiceLoadStatus *m_status;
    QLineEdit *m_roleEdit;
    QCheckBox *m_coldStorageCheck;
    QSpinBox *m_coldStorageSpin;
    QCheckBox *m_deleteAfterCheck;
    QSpinBox *m_deleteAfterSpin;
    QCheckBox *m_keepForeverCheck;
    FieldIssueLabel *m_regionIssue; // never has an issue of its own; keeps the form aligned
    FieldIssueLabel *m_vaultIssue;
    FieldIssueLabel *m_roleIssue;
    FieldIssueLabel *m_coldStorageIssue;
    FieldIssueLabel *m_deleteAfterIssue;
};

} // namespace Copydeck
