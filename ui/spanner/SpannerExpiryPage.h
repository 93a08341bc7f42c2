#pragma once

#include "ui/CopyDialogPage.h"

class QLabel;

namespace Copydeck {

class SpannerExpiryField;

// A new expiry for an existing Spanner backup (backups.patch, updateMask=expireTime): at least 6
// hours from now and before the backup's maxExpireTime. The request it gives carries the backup
// as its source and the new time as its expireTime; its own rules are its pageIssues().
class SpannerExpiryPage final : public CopyDialogPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpannerExpiryPage)

public:
    explicit SpannerExpiryPage(QWidget *parent = nullptr);
    ~SpannerExpiryPage() override;

    void setSource(const Backup &backup, ProviderConnection *connection) override;
    CopyRequest request() const override;
    QList<ValidationIssue> showIssues(const QList<ValidationIssue> &issues) override;
    QList<ValidationIssue> pageIssues() const override;

private:
    Backup m_backup;
    QLabel *m_currentLabel;
    SpannerExpiryField *m_expiry;
};

} // namespace Copydeck
