#pragma once

#include "accounts/AccountImporter.h"

#include <QObject>

namespace Copydeck {

class AccountFormRegistry;

// Runs every registered importer on a worker thread, so that reading config files (which may sit
// on a slow or hung network home) never blocks the window; the answer arrives through the event
// loop as `finished`. The importers are made on the calling thread and used only by the worker;
// they read files and the environment they were given, nothing shared. If this object goes first,
// the worker finishes on its own and its answer is dropped.
class AccountDiscoveryRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDiscoveryRun)

public:
    // `forms` must outlive this object.
    explicit AccountDiscoveryRun(const AccountFormRegistry *forms, QObject *parent = nullptr);
    ~AccountDiscoveryRun() override;

    // Starts a run; false (and nothing new starts) while one is still running.
    bool start(const QList<Account> &existing);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Copydeck::AccountImporter::Discovery &discovery);

private:
    const AccountFormRegistry *const m_forms;
    bool m_running = false;
};

} // namespace Copydeck
