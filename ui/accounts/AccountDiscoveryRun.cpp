#include "ui/accounts/AccountDiscoveryRun.h"

#include "ui/accounts/AccountFormRegistry.h"

#include <QThread>

#include <memory>
#include <utility>

namespace Copydeck {

AccountDiscoveryRun::AccountDiscoveryRun(const AccountFormRegistry *forms, QObject *parent)
    : QObject(parent)
    , m_forms(forms)
{ }

AccountDiscoveryRun::~AccountDiscoveryRun() = default;

bool AccountDiscoveryRun::start(const QList<Account> &existing)
{
    if (m_running)
        return false;
    m_running = true;
    // Shared with the worker: whichever of the two ends last frees them.
    auto importers = std::make_shared<std::vector<std::unique_ptr<AccountImporter>>>(
        m_forms->createImporters());
    auto found = std::make_shared<AccountImporter::Discovery>();
    QThread *worker = QThread::create([importers, found, existing] {
        for (const auto &importer : *importers) {
            AccountImporter::Discovery one = importer->discover(existing);
            found->proposals.append(one.proposals);
            found->problems.append(one.problems);
        }
    });
    worker->setObjectName(QStringLiteral("accountDiscovery"));
    // QThread::finished is emitted on the worker; this object hears it on its own thread, after
    // the worker wrote `found`. A connection to a destroyed receiver is dropped.
    connect(worker, &QThread::finished, this, [this, found] {
        m_running = false;
        Q_EMIT finished(*found);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
    return true;
}

} // namespace Copydeck
