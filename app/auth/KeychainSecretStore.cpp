#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

#include <qcoro/qcorosignal.h>
#include <qt6keychain/keychain.h>

#include <chrono>
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
    // finish. False when the keychain did not answer within `timeout` (a prompt nobody answers, a
    // service that hangs): the job then stays running and deletes itself if it ever finishes.
    QCoro::Task<bool> run(std::chrono::milliseconds timeout)
    {
        m_state = State::Running;
        m_job->start();
        const auto finished = co_await qCoro(static_cast<QKeychain::Job *>(m_job),
                                             &QKeychain::Job::finished, timeout);
        if (!finished.has_value())
            co_return false;
        m_state = State::Finished;
        co_return true;
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

// The keychain kept Copydeck waiting: most likely an unlock prompt nobody answered.
template<typename Job>
CloudError timeoutOf(const OwnedJob<Job> &job, const char *operation,
                     std::chrono::milliseconds timeout)
{
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
    qCWarning(lcKeychain) << operation << job->key() << "timed out after" << timeout.count()
                          << "ms";
    CloudError e = CloudError::local(
        KeychainText::tr("The keychain did not answer within %n second(s). It may be waiting for "
                         "an unlock prompt that nobody answered, or its service (GNOME Keyring, "
                         "KWallet) has stopped responding.",
                         nullptr, qMax(1, seconds)),
        KeychainText::tr("Answer or close the keychain's prompt, or restart the keychain service, "
                         "then try again; or keep secrets for this session only."));
    e.kind = CloudError::Kind::Timeout;
    e.retryable = true;
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
QCoro::Task<Result<std::optional<QByteArray>>> readEntry(QString service, QString key,
                                                         std::chrono::milliseconds timeout)
{
    OwnedJob<QKeychain::ReadPasswordJob> job(service, key);
    const bool answered = co_await job.run(timeout);
    if (!answered)
        co_return timeoutOf(job, "read", timeout);
    switch (job->error()) {
    case QKeychain::NoError:
        co_return std::optional<QByteArray>(job->binaryData());
    case QKeychain::EntryNotFound:
        co_return std::optional<QByteArray>();
    default:
        co_return errorOf(job, "read");
    }
}

QCoro::Task<Result<void>> writeEntry(QString service, QString key, QByteArray secret,
                                     std::chrono::milliseconds timeout)
{
    OwnedJob<QKeychain::WritePasswordJob> job(service, key);
    job->setBinaryData(secret);
    const bool answered = co_await job.run(timeout);
    if (!answered)
        co_return timeoutOf(job, "write", timeout);
    if (job->error() != QKeychain::NoError)
        co_return errorOf(job, "write");
    co_return Result<void>();
}

QCoro::Task<Result<void>> removeEntry(QString service, QString key,
                                      std::chrono::milliseconds timeout)
{
    OwnedJob<QKeychain::DeletePasswordJob> job(service, key);
    const bool answered = co_await job.run(timeout);
    if (!answered)
        co_return timeoutOf(job, "remove", timeout);
    // Removing what is not there leaves the keychain as the caller wants it.
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        co_return errorOf(job, "remove");
    co_return Result<void>();
}

// Writes, reads back and removes an entry of its own.
QCoro::Task<Result<void>> probe(QString service, std::chrono::milliseconds timeout)
{
    const QString key
        = QLatin1String("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray value = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    const Result<void> written = co_await writeEntry(service, key, value, timeout);
    if (!written)
        co_return written.error();
    const Result<std::optional<QByteArray>> readBack = co_await readEntry(service, key, timeout);
    const Result<void> removed = co_await removeEntry(service, key, timeout);
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

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds jobTimeout)
    : m_service(std::move(service))
    , m_jobTimeout(jobTimeout)
{ }

// Every operation copies the service name before its first suspension: the store may be gone by
// the time the keychain answers.

QCoro::Task<Result<QByteArray>> KeychainSecretStore::read(QString key)
{
    const QString service = m_service;
    const std::chrono::milliseconds timeout = m_jobTimeout;
    const Result<std::optional<QByteArray>> entry = co_await readEntry(service, key, timeout);
    if (!entry)
        co_return entry.error();
    if (entry.value())
        co_return *entry.value();
    // A locked keychain whose unlock prompt was refused or could not be shown answers "not
    // found" too (libsecret does). A locked keychain also refuses writes, so a probe tells the
    // two apart; an absent secret must never be what a locked keychain looks like.
    const Result<void> usable = co_await probe(service, timeout);
    if (!usable)
        co_return usable.error();
    co_return QByteArray();
}

QCoro::Task<Result<void>> KeychainSecretStore::write(QString key, QByteArray secret)
{
    return writeEntry(m_service, std::move(key), std::move(secret), m_jobTimeout);
}

QCoro::Task<Result<void>> KeychainSecretStore::remove(QString key)
{
    return removeEntry(m_service, std::move(key), m_jobTimeout);
}

QCoro::Task<Result<void>> KeychainSecretStore::checkAvailable()
{
    return probe(m_service, m_jobTimeout);
}

} // namespace Copydeck
