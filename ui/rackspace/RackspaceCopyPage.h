#pragma once

#include "core/CloudError.h"
#include "core/Location.h"
#include "ui/CopyDialogPage.h"
#include "ui/LatestAnswer.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Copydeck {

class ChoiceLoadStatus;
class FieldIssueLabel;
class RackspaceConnection;

// Cloud Databases' copy fields: the target region (every region of the account's catalog; the
// backup's own region and LON shown but unavailable, each with its reason), the copy's name
// ("<source name>-copy" to begin with) and description.
//
// For an incremental backup the page looks up, once a region is chosen, whether the backups it
// depends on are already in that region. When they are not, it says so and offers to copy them
// first: requests() then lists those copies, oldest first, before this one, for the caller to
// queue one after the other.
class RackspaceCopyPage final : public CopyDialogPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackspaceCopyPage)

public:
    explicit RackspaceCopyPage(QWidget *parent = nullptr);
    ~RackspaceCopyPage() override;

    void setSource(const Backup &source, ProviderConnection *connection) override;
    CopyRequest request() const override;
    QList<CopyRequest> requests() const override;
    QList<ValidationIssue> pageIssues() const override;
    QList<ValidationIssue> showIssues(const QList<ValidationIssue> &issues) override;
    bool isLoading() const override;

    // The backups the chosen region still lacks for this one, oldest first.
    QList<Backup> missingAncestors() const { return m_missing; }

private:
    void loadRegions();
    void onRegionsLoaded(const QList<Location> &regions);
    void onLoadFailed(const CloudError &error);
    void checkParents();
    void showParentState();
    std::optional<Location> currentRegion() const;

    Backup m_source;
    ProviderConnection *m_connection = nullptr;
    RackspaceConnection *m_rackspace = nullptr; // the same, when it is a Rackspace connection
    QList<Location> m_regions;
    QList<Backup> m_missing;
    QString m_missingFor; // the region m_missing was found for
    QString m_parentCheckError;
    bool m_checkingParents = false;
    LatestAnswer m_answer; // to the regions or the parents: a new question drops the older

    QComboBox *m_regionCombo;
    ChoiceLoadStatus *m_status;
    QLineEdit *m_nameEdit;
    QLineEdit *m_descriptionEdit;
    QLabel *m_parentLabel;
    QCheckBox *m_copyParentsCheck;
    FieldIssueLabel *m_regionIssue;
    FieldIssueLabel *m_nameIssue;
    FieldIssueLabel *m_descriptionIssue;
};

} // namespace Copydeck
