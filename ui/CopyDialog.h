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

// Asks where and how to copy one backup. Knows no cloud: the cloud's page (from the registry)
// holds the fields, the provider's rules judge them on every change, and each reason is shown
// beside its field. "Copy" stays disabled while anything is invalid. The dialog only returns the
// request (request() after Accepted); the caller submits it.
class CopyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyDialog)

public:
    CopyDialog(const Backup &source, const Provider *provider, ProviderConnection *connection,
               const CopyDialogPageRegistry &pages, const CopyDialogPageContext &context,
               QWidget *parent = nullptr);
    ~CopyDialog() override;

    // The request as confirmed; meaningful once the dialog was accepted.
    CopyRequest request() const { return m_request; }
    // Every copy confirmed, in order, each to run after the one before completes (the page may ask
    // for copies that must exist first); the last is request().
    QList<CopyRequest> requests() const { return m_requests; }

    CopyDialogPage *page() const { return m_page; }
    QPushButton *copyButton() const { return m_copyButton; }

    void accept() override;

private:
    void revalidate();
    QWidget *makeSourceSummary(const Backup &source);

    const Provider *m_provider;
    CopyDialogPage *m_page = nullptr;
    QLabel *m_issuesLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_copyButton;
    CopyRequest m_request;
    QList<CopyRequest> m_requests;
};

} // namespace Copydeck
