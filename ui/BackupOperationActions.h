#pragma once

#include "core/Backup.h"
#include "core/CloudError.h"
#include "core/CopyRequest.h"
#include "core/Location.h"
#include "ui/CopyDialogPageRegistry.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace Copydeck {

class AccountConnections;
class BackupOperationDialog;
class CopyJobTracker;

// "Create Backup…" and "Extend Expiry…" for the main window, offered where the selected
// location's or backup's cloud can (ProviderCapabilities::canCreateBackup, canExtendExpiry), the
// account is not read-only and a dialog page is registered for the cloud. A create goes to the
// tracker like a copy (written down, sent, followed, cancellable); an expiry change is one call,
// whose answer (the updated backup) is announced.
class BackupOperationActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupOperationActions)

public:
    // Dialogs open over `window`; every pointer outlives this object.
    BackupOperationActions(AccountConnections *connections, CopyJobTracker *tracker,
                           CopyDialogPageContext context, QWidget *window);
    ~BackupOperationActions() override;

    QAction *createBackupAction() const { return m_createAction; }
    QAction *extendExpiryAction() const { return m_extendAction; }

    // What the window has selected: the location in the tree, the backup in the table.
    void setSelection(const std::optional<Location> &location, const std::optional<Backup> &backup);

    // Open the dialogs (open(), not exec()); null when the selection does not allow it.
    BackupOperationDialog *openCreateBackupDialog();
    BackupOperationDialog *openExtendExpiryDialog();

Q_SIGNALS:
    // A create was handed to the tracker.
    void createSubmitted(const QString &localId, const Copydeck::CopyRequest &request);
    // The cloud changed the backup's expiry; `backup` is as the cloud now describes it.
    void expiryChanged(const Copydeck::Backup &backup);
    void expiryChangeFailed(const Copydeck::Backup &backup, const Copydeck::CloudError &error);

private:
    void updateEnabled();
    // Where a create would go: the selected backup's location, else the selected location.
    std::optional<Backup> createSubject() const;
    // The account can be changed and its cloud has a page in `pages`.
    bool canChange(const QString &accountId, const CopyDialogPageRegistry &pages) const;
    void extendExpiry(const Backup &backup, const QDateTime &expireTime);

    AccountConnections *m_connections;
    CopyJobTracker *m_tracker;
    CopyDialogPageContext m_context;
    QWidget *m_window;
    CopyDialogPageRegistry m_createPages;
    CopyDialogPageRegistry m_expiryPages;
    QAction *m_createAction;
    QAction *m_extendAction;
    std::optional<Location> m_location;
    std::optional<Backup> m_backup;
    QPointer<BackupOperationDialog> m_dialog;
};

} // namespace Copydeck
