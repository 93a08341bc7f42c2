#include "ConnectionCheck.h"

#include "core/ProviderConnection.h"
#include "core/RetryPolicy.h"
#include "core/SecretStore.h"

#include <QRegularExpression>

namespace Copydeck {

namespace {

// Secrets typed into a form over the ones already stored. Reads only: a check never saves.
class TypedSecretStore final : public SecretStore
{
public:
    TypedSecretStore(Account account, QHash<QString, QByteArray> typed, SecretStore *stored)
        : m_account(std::move(account))
        , m_stored(stored)
    {
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            m_typed.insert(m_account.secretKey(it.key()), it.value());
    }

    QCoro::Task<Result<QByteArray>> read(QString key) override
    {
        if (const auto it = m_typed.constFind(key); it != m_typed.cend())
            co_return QByteArray(*it);
        if (!m_stored)
            co_return QByteArray();
        co_return co_await m_stored->read(std::move(key));
    }

    QCoro::Task<Result<void>> write(QString, QByteArray) override
    {
        co_return CloudError::local(ConnectionCheck::tr("A connection test saves nothing."));
    }

    QCoro::Task<Result<void>> remove(QString) override
    {
        co_return CloudError::local(ConnectionCheck::tr("A connection test saves nothing."));
    }

private:
    Account m_account;
    QHash<QString, QByteArray> m_typed;
    SecretStore *m_stored;
};

RetryPolicy checkPolicy()
{
    // The user is waiting for an answer: one more attempt for a hiccup, then say what happened.
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.transferTimeout = std::chrono::seconds(20);
    return policy;
}

} // namespace

QString ConnectionCheck::deniedPermission(const QString &cloudMessage)
{
    // AWS: "... is not authorized to perform: backup:ListBackupVaults on resource: ...";
    // Google: "Permission 'spanner.backups.list' denied ..."; Huawei and others name an
    // "action" the same way.
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("perform:?\\s+([A-Za-z0-9_.-]+:[A-Za-z0-9_*.-]+)")),
        QRegularExpression(QStringLiteral("[Pp]ermission\\s+'([^']+)'")),
        QRegularExpression(QStringLiteral("[Aa]ction\\s+'?([A-Za-z0-9_.-]+:[A-Za-z0-9_*.-]+)")),
    };
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(cloudMessage);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

ConnectionCheck::Outcome ConnectionCheck::describe(const Result<void> &result,
                                                   const Account &account)
{
    Outcome outcome;
    if (result.ok()) {
        outcome.verdict = Verdict::Works;
        outcome.summary = tr("Works: the cloud accepted the credentials.");
        return outcome;
    }
    const CloudError &error = result.error();
    outcome.details = error.userText();
    switch (error.kind) {
    case CloudError::Kind::Authentication:
        outcome.verdict = Verdict::WrongKey;
        outcome.summary = tr("Wrong key: the cloud did not accept these credentials.");
        break;
    case CloudError::Kind::Permission: {
        outcome.verdict = Verdict::NoPermission;
        const QString permission = deniedPermission(error.cloudMessage);
        outcome.summary = permission.isEmpty()
            ? tr("No permission: the credentials are right, but may not list what Copydeck "
                 "needs (%1).")
                  .arg(error.cloudCode.isEmpty() ? QString::number(error.httpStatus)
                                                 : error.cloudCode)
            : tr("No permission for %1: the credentials are right, but may not do this.")
                  .arg(permission);
        break;
    }
    case CloudError::Kind::Network:
    case CloudError::Kind::Timeout:
        outcome.verdict = Verdict::Unreachable;
        outcome.summary = account.endpointOverride.isEmpty()
            ? tr("Cannot reach the endpoint: the cloud did not answer.")
            : tr("Cannot reach the endpoint %1.").arg(account.endpointOverride.toDisplayString());
        break;
    default:
        outcome.verdict = Verdict::Failed;
        outcome.summary = tr("Did not work.");
        break;
    }
    return outcome;
}

QCoro::Task<ConnectionCheck::Outcome> ConnectionCheck::run(const Provider *provider,
                                                           Account account,
                                                           QHash<QString, QByteArray> typedSecrets,
                                                           ProviderContext context)
{
    if (!provider) {
        co_return describe(
            CloudError::local(tr("Copydeck does not know the cloud \"%1\".").arg(account.cloud)),
            account);
    }
    // Everything the connection uses lives in this frame until the call has finished, even when
    // whoever asked is gone by then.
    TypedSecretStore secrets(account, std::move(typedSecrets), context.secrets);
    const RetryPolicy policy = checkPolicy();
    ProviderContext checkContext = context;
    checkContext.secrets = &secrets;
    if (!checkContext.retryPolicy)
        checkContext.retryPolicy = &policy;
    const std::unique_ptr<ProviderConnection> connection = provider->connect(account, checkContext);
    const Result<void> result = co_await connection->testConnection();
    co_return describe(result, account);
}

} // namespace Copydeck
