#include "ui/accounts/KeychainNotice.h"

#include "accounts/ChosenSecretStore.h"
#include "accounts/KeychainStartupCheck.h"

#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Copydeck {

KeychainNotice::KeychainNotice(KeychainStartupCheck *check, ChosenSecretStore *secrets,
                               QMainWindow *window)
    : QObject(window)
    , m_check(check)
    , m_secrets(secrets)
    , m_window(window)
{
    connect(m_check, &KeychainStartupCheck::unavailable, this, &KeychainNotice::showUnavailable);
    connect(m_check, &KeychainStartupCheck::available, this, [this] {
        if (m_box)
            m_box->close();
    });
}

KeychainNotice::~KeychainNotice() = default;

void KeychainNotice::showUnavailable(const CloudError &error)
{
    if (m_secrets->isSessionOnly())
        return;
    if (m_box)
        m_box->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No keychain for your secrets"),
                                error.userText(), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("keychainUnavailableMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Copydeck keeps access keys, tokens and passwords only in the system keychain (the "
           "Secret Service: GNOME Keyring or KWallet). To fix this, install one (Debian and "
           "Ubuntu: the package gnome-keyring), make sure it runs in your desktop session and "
           "unlock it, then choose Try Again.\n\nOr keep secrets for this session only: Copydeck "
           "holds them in memory and forgets them when it closes; nothing is written to disk."));
    QPushButton *session
        = box->addButton(tr("Keep Secrets for This &Session Only"), QMessageBox::AcceptRole);
    session->setObjectName(QStringLiteral("keepSecretsForSessionButton"));
    QPushButton *retry = box->addButton(tr("&Try Again"), QMessageBox::ActionRole);
    retry->setObjectName(QStringLiteral("retryKeychainButton"));
    QPushButton *without = box->addButton(tr("Continue &Without"), QMessageBox::RejectRole);
    without->setObjectName(QStringLiteral("continueWithoutKeychainButton"));
    box->setDefaultButton(retry);
    connect(session, &QPushButton::clicked, this, &KeychainNotice::keepForSessionOnly);
    connect(retry, &QPushButton::clicked, m_check, &KeychainStartupCheck::start);
    m_box = box;
    box->open();
}

void KeychainNotice::keepForSessionOnly()
{
    m_secrets->keepForSessionOnly();
    if (!m_sessionLabel) {
        m_sessionLabel = new QLabel(tr("Secrets kept for this session only (no keychain)"),
                                    m_window->statusBar());
        m_sessionLabel->setObjectName(QStringLiteral("sessionOnlySecretsLabel"));
        m_sessionLabel->setToolTip(
            tr("No keychain was reachable at start. Secrets you enter are held in memory and "
               "forgotten when Copydeck closes. Start and unlock GNOME Keyring or KWallet, then "
               "restart Copydeck to keep them."));
        m_window->statusBar()->addPermanentWidget(m_sessionLabel);
    }
}

} // namespace Copydeck
