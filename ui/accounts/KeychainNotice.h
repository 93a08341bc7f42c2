#pragma once

#include "core/CloudError.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QLabel;
class QMainWindow;

namespace Copydeck {

class ChosenSecretStore;
class KeychainStartupCheck;

// What the window says when the start-up probe finds no usable keychain: a message that names what
// is missing and how to fix it, with an explicit choice: keep secrets for this session only, try
// again, or go on without (every secret operation then fails with the same explanation). Choosing
// the session keeps a note in the status bar for the rest of the run. Opened with open(), never
// exec(): nothing waits on it.
class KeychainNotice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainNotice)

public:
    // Every pointer must outlive this object, which `window` owns.
    KeychainNotice(KeychainStartupCheck *check, ChosenSecretStore *secrets, QMainWindow *window);
    ~KeychainNotice() override;

    // The message while it is open (objectName "keychainUnavailableMessageBox"), else null.
    QMessageBox *messageBox() const { return m_box; }

private:
    void showUnavailable(const CloudError &error);
    void keepForSessionOnly();

    KeychainStartupCheck *const m_check;
    ChosenSecretStore *const m_secrets;
    QMainWindow *const m_window;
    QPointer<QMessageBox> m_box;
    QLabel *m_sessionLabel = nullptr;
};

} // namespace Copydeck
