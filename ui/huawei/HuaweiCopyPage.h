#pragma once

#include "core/CloudError.h"
#include "core/Location.h"
#include "providers/huawei/HuaweiConnection.h"
#include "ui/CopyDialogPage.h"
#include "ui/LatestAnswer.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace Copydeck {

class ChoiceLoadStatus;
class FieldIssueLabel;

// Huawei CBR's replicate fields: the destination region (from the source region's replication
// capabilities; regions that already hold a replica of the backup are shown but cannot be chosen,
// with the reason), the account's project there, a replication vault there, and the replica's
// name and description, checked as they are typed.
class HuaweiCopyPage final : public CopyDialogPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuaweiCopyPage)

public:
    explicit HuaweiCopyPage(QWidget *parent = nullptr);
    ~HuaweiCopyPage() override;

    void setSource(const Backup &source, ProviderConnection *connection) override;
    CopyRequest request() const override;
    QList<ValidationIssue> showIssues(const QList<ValidationIssue> &issues) override;
    bool isLoading() const override;

private:
    void loadTargets();
    void onTargetsLoaded(const QList<HuaweiConnection::ReplicationTarget> &targets);
    void onTargetsFailed(const CloudError &error);
    void fillVaults();
    std::optional<HuaweiConnection::ReplicationTarget> currentTarget() const;

    Backup m_source;
    ProviderConnection *m_connection = nullptr;
    QList<HuaweiConnection::ReplicationTarget> m_targets;
    LatestAnswer m_targetsAnswer;

    QComboBox *m_regionCombo;
    QLineEdit *m_projectEdit;
    QComboBox *m_vaultCombo;
    ChoiceLoadStatus *m_status;
    QLineEdit *m_nameEdit;
    QLineEdit *m_descriptionEdit;
    FieldIssueLabel *m_regionIssue;
    FieldIssueLabel *m_vaultIssue;
    FieldIssueLabel *m_nameIssue;
    FieldIssueLabel *m_descriptionIssue;
};

} // namespace Copydeck
