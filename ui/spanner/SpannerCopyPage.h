#pragma once

#include "core/CloudError.h"
#include "core/Location.h"
#include "ui/CopyDialogPage.h"
#include "ui/LatestAnswer.h"

class QComboBox;

namespace Copydeck {

class ChoiceLoadStatus;
class FieldIssueLabel;
class SpannerBackupFields;

// Cloud Spanner's copy fields (backups:copy): the destination project and instance (from the
// account's instances), the new backup's id (checked as it is typed), its expiry inside the
// window the source allows (6 hours to 366 days after the source was made, and before its
// maxExpireTime), and its encryption, with the Cloud KMS keys checked against the regions of the
// destination's instance configuration before Copy enables.
class SpannerCopyPage final : public CopyDialogPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpannerCopyPage)

public:
    explicit SpannerCopyPage(QWidget *parent = nullptr);
    ~SpannerCopyPage() override;

    void setSource(const Backup &source, ProviderConnection *connection) override;
    CopyRequest request() const override;
    QList<ValidationIssue> showIssues(const QList<ValidationIssue> &issues) override;
    bool isLoading() const override;
    QList<ValidationIssue> pageIssues() const override;

    // A backup id for the copy of `source`: its id with "-copy", shortened to fit the rules.
    static QString defaultBackupId(const QString &sourceId);

private:
    void loadDestinations();
    void onDestinationsLoaded(const QList<Location> &destinations);
    void onDestinationsFailed(const CloudError &error);
    void fillProjects();
    void fillInstances();
    void onInstanceChanged();

    Backup m_source;
    ProviderConnection *m_connection = nullptr;
    QList<Location> m_destinations;
    LatestAnswer m_destinationsAnswer;

    QComboBox *m_projectCombo;
    QComboBox *m_instanceCombo;
    ChoiceLoadStatus *m_status;
    SpannerBackupFields *m_backup;
    FieldIssueLabel *m_projectIssue; // never has an issue of its own; keeps the form aligned
    FieldIssueLabel *m_instanceIssue;
};

} // namespace Copydeck
