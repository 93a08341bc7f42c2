#include "ui/BackupOperationActions.h"

#include "core/AccountConnections.h"
#include "core/Provider.h"
#include "core/ProviderConnection.h"
#include "jobs/CopyJobTracker.h"
#include "ui/BackupOperationDialog.h"
#include "ui/CopyDialogPages.h"

#include <QAction>
#include <QWidget>

#include <qcoro/qcorotask.h>

namespace Copydeck {

BackupOperationActions::BackupOperationActions(AccountConnections *connections,
                                               CopyJobTracker *tracker,
                                               CopyDialogPageContext context, QWidget *window)
    : QObject(window)
    , m_connections(connections)
    , m_tracker(tracker)
    , m_context(context)
    , m_window(window)
    , m_createAction(new QAction(tr("Create &Backup…"), this))
    , m_extendAction(new QAction(tr("E&xtend Expiry…"), this))
{
    registerBuiltInCreateBackupPages(m_createPages);
    registerBuiltInExpiryPages(m_expiryPages);

    m_createAction->setObjectName(QStringLiteral("createBackupAction"));
    m_createAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_createAction->setToolTip(
        tr("Make a new backup of a database in the selected instance (%1)")
            .arg(m_createAction->shortcut().toString(QKeySequence::NativeText)));
    m_extendAction->setObjectName(QStringLiteral("extendExpiryAction"));
    m_extendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_extendAction->setToolTip(
        tr("Change when the selected backup expires (%1)")
            .arg(m_extendAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_createAction, &QAction::triggered, this, [this] { openCreateBackupDialog(); });
    connect(m_extendAction, &QAction::triggered, this, [this] { openExtendExpiryDialog(); });
    updateEnabled();
}

BackupOperationActions::~BackupOperationActions() = default;

void BackupOperationActions::setSelection(const std::optional<Location> &location,
                                          const std::optional<Backup> &backup)
{
    m_location = location;
    m_backup = backup;
    updateEnabled();
}

bool BackupOperationActions::canChange(const QString &accountId,
                                       const CopyDialogPageRegistry &pages) const
{
    const Provider *provider = m_connections->provider(accountId);
    return provider && pages.contains(provider->id()) && !m_connections->account(accountId).readOnly
        && m_connections->connection(accountId);
}

std::optional<Backup> BackupOperationActions::createSubject() const
{
    Backup subject;
    if (m_backup) {
        subject.cloud = m_backup->cloud;
        subject.accountId = m_backup->accountId;
        subject.location = m_backup->location;
        subject.sourceResource = m_backup->sourceResource;
    } else if (m_location && m_location->isValid()) {
        subject.cloud = m_location->cloud;
        subject.accountId = m_location->accountId;
        subject.location = *m_location;
    } else {
        return std::nullopt;
    }
    const Provider *provider = m_connections->provider(subject.accountId);
    if (!provider || !provider->capabilities().canCreateBackup
        || !canChange(subject.accountId, m_createPages)
        || subject.location.kind != Location::Kind::Instance)
        return std::nullopt;
    return subject;
}

void BackupOperationActions::updateEnabled()
{
    m_createAction->setEnabled(createSubject().has_value());
    bool extend = false;
    if (m_backup) {
        const Provider *provider = m_connections->provider(m_backup->accountId);
        extend = provider && provider->capabilities().canExtendExpiry
            && canChange(m_backup->accountId, m_expiryPages)
            && m_backup->state == BackupState::Available;
    }
    m_extendAction->setEnabled(extend);
}

BackupOperationDialog *BackupOperationActions::openCreateBackupDialog()
{
    const std::optional<Backup> subject = createSubject();
    if (!subject)
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new BackupOperationDialog(BackupOperationDialog::Operation::CreateBackup,
                                             *subject, m_connections->provider(subject->accountId),
                                             m_connections->connection(subject->accountId),
                                             m_createPages, m_context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CopyRequest request = dialog->request();
        const QString localId = m_tracker->submit(request);
        Q_EMIT createSubmitted(localId, request);
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

BackupOperationDialog *BackupOperationActions::openExtendExpiryDialog()
{
    if (!m_backup || !m_extendAction->isEnabled())
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    const Backup backup = *m_backup;
    auto *dialog = new BackupOperationDialog(BackupOperationDialog::Operation::ExtendExpiry, backup,
                                             m_connections->provider(backup.accountId),
                                             m_connections->connection(backup.accountId),
                                             m_expiryPages, m_context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, backup] { extendExpiry(backup, dialog->request().expireTime); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void BackupOperationActions::extendExpiry(const Backup &backup, const QDateTime &expireTime)
{
    // Shared: a change of accounts while the cloud answers must not destroy it under the call.
    const std::shared_ptr<ProviderConnection> connection
        = m_connections->sharedConnection(backup.accountId);
    if (!connection) {
        Q_EMIT expiryChangeFailed(backup, CloudError::local(tr("This account is not connected.")));
        return;
    }
    // The window may close while the cloud answers: QCoro::connect drops the answer then.
    QCoro::connect(connection->updateExpireTime(backup, expireTime), this,
                   [this, backup, connection](const Result<Backup> &result) {
                       if (result.ok())
                           Q_EMIT expiryChanged(result.value());
                       else
                           Q_EMIT expiryChangeFailed(backup, result.error());
                   });
}

} // namespace Copydeck
