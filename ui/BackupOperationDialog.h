#pragma once

#include "core/Backup.h"
#include "core/CopyRequest.h"
#include "ui/CopyDialogPageRegistry.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Copydeck {

class CopyDialogPage;
class Provider;
class ProviderConnection;

// Asks for the fields of an operation on backups other than a copy: make a new backup
// (CreateBackup), or change when one expires (ExtendExpiry). Knows no cloud, like CopyDialog: the
// cloud's page (from the registry for that operation) holds the fields and judges them as they
// change, with the provider's rules for a create and the page's own (pageIssues) for both; each
// reason is shown beside its field and the OK button stays disabled while there is one. Returns
// the request (request() after Accepted); the caller sends it.
class BackupOperationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupOperationDialog)

public:
    enum class Operation { CreateBackup, ExtendExpiry };

    // `subject`: for CreateBackup, where the backup is made (its location; its sourceResource
    // suggests the database); for ExtendExpiry, the backup.
    BackupOperationDialog(Operation operation, const Backup &subject, const Provider *provider,
                          ProviderConnection *connection, const CopyDialogPageRegistry &pages,
                          const CopyDialogPageContext &context, QWidget *parent = nullptr);
    ~BackupOperationDialog() override;

    Operation operation() const { return m_operation; }
    // The request as confirmed; meaningful once the dialog was accepted.
    CopyRequest request() const { return m_request; }
    CopyDialogPage *page() const { return m_page; }
    QPushButton *okButton() const { return m_okButton; }

    void accept() override;

private:
    void revalidate();

    Operation m_operation;
    const Provider *m_provider;
    CopyDialogPage *m_page = nullptr;
    QLabel *m_issuesLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_okButton;
    CopyRequest m_request;
};

} // namespace Copydeck
