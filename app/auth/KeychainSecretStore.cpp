#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

#include <qcoro/qcorosignal.h>
#include <qt6keychain/keychain.h>

#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcKeychain, "copydeck.keychain")

namespace Copydeck {

namespace {

// One QtKeychain job, owned by the coroutine that runs it. A job is never deleted while it runs:
// if the awaiting coroutine is destroyed first, the job deletes itself when it finishes.
template<typename Job> class OwnedJob final
{
public:
    OwnedJob(const QString &service, const QString &key)
        : m_job(new Job(service))
    {
        m_job->setAutoDelete(false);
        m_job->setInsecureFallback(false);
        m_job->setKey(key);
    }

    ~OwnedJob()
    {
        if (m_state == State::Running)
            m_job->setAutoDelete(true);
        else
            m_job->deleteLater();
    }

    Job *operator->() const { return m_job; }

    // start() only queues the job, so the connection made by co_await is in place before it can
    // finish.
    QCoro::Task<void> run()
    {
        m_state = State::Running;
        m_job->start();
        co_await qCoro(static_cast<QKeychain::Job *>(m_job), &QKeychain::Job::finished);
        m_state = State::Finished;
    }

private:
    Q_DISABLE_COPY_MOVE(OwnedJob)

    enum class State { Idle, Running, Finished };
    Job *const m_job;
    State m_state = State::Idle;
};

// Free functions translate in the store's context.
struct KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
};

// What went wrong, in words a user can act on. `detail` is the backend's own message (from
// libsecret or D-Bus, never a secret); `key` names the entry, not its value.
CloudError keychainError(QKeychain::Error error, const QString &detail, const QString &key)
{
    QString explanation;
    QString nextStep;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        explanation = KeychainText::tr("No keychain is reachable: Copydeck needs a Secret Service "
                                       "such as GNOME Keyring or KWallet running and unlocked.");
        nextStep = KeychainText::tr("Start it, or keep secrets for this session only.");
        break;
    case QKeychain::AccessDenied:
        explanation = KeychainText::tr("The keychain refused access, most likely because it is "
                                       "locked.");
        nextStep = KeychainText::tr("Unlock it (GNOME Keyring, KWallet) and try again, or keep "
                                    "secrets for this session only.");
        break;
    case QKeychain::AccessDeniedByUser:
        explanation = KeychainText::tr("Access to the keychain was refused at its prompt.");
        nextStep = KeychainText::tr("Try again and allow Copydeck at the prompt, or keep secrets "
                                    "for this session only.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        explanation = KeychainText::tr("The keychain could not remove the entry \"%1\".").arg(key);
        nextStep = KeychainText::tr("Remove it with the keychain's own tool (Passwords and Keys, "
                                    "KWallet Manager), then try again.");
        break;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux this is mostly "no Secret Service on the session bus" or "no session bus".
        explanation = KeychainText::tr("The keychain could not be used: Copydeck needs a Secret "
                                       "Service such as GNOME Keyring or KWallet running and "
                                       "unlocked.");
        nextStep = KeychainText::tr("Start or unlock it, or keep secrets for this session only.");
        break;
    }
    CloudError e = CloudError::local(explanation, nextStep);
    if (!detail.isEmpty())
        e.explanation += QLatin1Char(' ') + KeychainText::tr("(The keychain said: %1)").arg(detail);
    return e;
}

template<typename Job> CloudError errorOf(const OwnedJob<Job> &job, const char *operation)
{
    qCWarning(lcKeychain) << operation << job->key() << "failed:" << job->error()
                          << job->errorString();
    return keychainError(job->error(), job->errorString(), job->key());
}

// The three operations on the keychain, as QtKeychain reports them. An absent entry reads as
// std::nullopt.
QCoro::Task<Result<std::optional<QByteArray>>> readEntry(QString service, QString key)
{
    OwnedJob<QKeychain::ReadPasswordJob> job(service, key);
    co_await job.run();
    switch (job->error()) {
    case QKeychain::NoError:
        co_return std::optional<QByteArray>(job->binaryData());
    case QKeychain::EntryNotFound:
        co_return std::optional<QByteArray>();
    default:
        co_return errorOf(job, "read");
    }
}

QCoro::Task<Result<void>> writeEntry(QString service, QString key, QByteArray secret)
{
    OwnedJob<QKeychain::WritePasswordJob> job(service, key);
    job->setBinaryData(secret);
    co_await job.run();
    if (job->error() != QKeychain::NoError)
        co_return errorOf(job, "write");
    co_return Result<void>();
}

QCoro::Task<Result<void>> removeEntry(QString service, QString key)
{
    OwnedJob<QKeychain::DeletePasswordJob> job(service, key);
    co_await job.run();
    // Removing what is not there leaves the keychain as the caller wants it.
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        co_return errorOf(job, "remove");
    co_return Result<void>();
}

// Writes, reads back and removes an entry of its own.
QCoro::Task<Result<void>> probe(QString service)
{
    const QString key
        = QLatin1String("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray value = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    const Result<void> written = co_await writeEntry(service, key, value);
    if (!written)
        co_return written.error();
    const Result<std::optional<QByteArray>> readBack = co_await readEntry(service, key);
    const Result<void> removed = co_await removeEntry(service, key);
    if (!readBack)
        co_return readBack.error();
    if (readBack.value() != value) {
        qCWarning(lcKeychain) << "probe entry read back differently";
        co_return keychainError(
            QKeychain::OtherError,
            KeychainText::tr("an entry read back differently from how it was written"), key);
    }
    if (!removed)
        co_return removed.error();
    co_return Result<void>();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

// Every operation copies the service name before its first suspension: the store may be gone by
// the time the keychain answers.

QCoro::Task<Result<QByteArray>> KeychainSecretStore::read(QString key)
{
    const QString service = m_service;
    const Result<std::optional<QByteArray>> entry = co_await readEntry(service, key);
    if (!entry)
        co_return entry.error();
    if (entry.value())
        co_return *entry.value();
    // A locked keychain whose unlock prompt was refused or could not be shown answers "not
    // found" too (libsecret does). A locked keychain also refuses writes, so a probe tells the
    // two apart; an absent secret must never be what a locked keychain looks like.
    const Result<void> usable = co_await probe(service);
    if (!usable)
        co_return usable.error();
    co_return QByteArray();
}

QCoro::Task<Result<void>> KeychainSecretStore::write(QString key, QByteArray secret)
{
    return writeEntry(m_service, std::move(key), std::move(secret));
}

QCoro::Task<Result<void>> KeychainSecretStore::remove(QString key)
{
    return removeEntry(m_service, std::move(key));
}

QCoro::Task<Result<void>> KeychainSecretStore::checkAvailable()
{
    return probe(m_service);
}

} // namespace Copydeck
