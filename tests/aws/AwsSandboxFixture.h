#pragma once

#include "support/FinishTask.h"

#include "auth/InMemorySecretStore.h"
#include "core/ProviderConnection.h"
#include "core/RetryPolicy.h"
#include "providers/aws/AwsProvider.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace Copydeck::Test {

// What the AWS client suites share: the in-process sandbox, a network manager, an in-memory secret
// store, an empty home directory and an AwsProvider that sees no AWS_* variable of the machine
// running the tests. One per test function (made in init(), dropped in cleanup()).
class AwsSandboxFixture final
{
    Q_DISABLE_COPY_MOVE(AwsSandboxFixture)

public:
    static inline const QString ProductionAccount = QStringLiteral("111122223333");
    static inline const QString Role
        = QStringLiteral("arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole");

    AwsSandboxFixture();
    ~AwsSandboxFixture();

    bool start(QString *error);

    Sandbox::Sandbox &sandbox() { return m_sandbox; }
    AwsProvider &provider() { return *m_provider; }
    QString homePath() const { return m_home.path(); }

    // A connection for the sandbox's demo credential `index` (0: Production), with keys in the
    // secret store. `pageSize` 0 keeps the default; `endpoint` replaces the sandbox's.
    std::unique_ptr<ProviderConnection> connectAs(int index, int pageSize = 0,
                                                  std::optional<QUrl> endpoint = {},
                                                  const QString &secretOverride = {});
    std::unique_ptr<ProviderConnection> connect(const Account &account);

    // Every backup in `vault`, page by page; empty on failure (with a warning).
    QList<Backup> allBackups(ProviderConnection &connection, const Location &vault);
    std::optional<Location> vault(ProviderConnection &connection, const QString &region,
                                  const QString &name);
    static std::optional<Backup> findBackup(const QList<Backup> &backups,
                                            const std::function<bool(const Backup &)> &matches);
    // A copy AWS Backup accepts: a completed DynamoDB backup of prod-daily (us-east-1) into
    // prod-dr-copies (us-west-2). Its source is invalid when the sandbox has no such backup.
    CopyRequest validRequest(ProviderConnection &connection);

private:
    Sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    InMemorySecretStore m_secrets;
    QTemporaryDir m_home;
    std::optional<AwsProvider> m_provider;
    RetryPolicy m_policy = RetryPolicy::fast();
};

template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().userText().toUtf8();
}

QStringList idsOf(const QList<Location> &locations);

} // namespace Copydeck::Test

// Waits for a task in a test function; `name` is its Result.
#define AWAIT(name, task)                                                                          \
    auto name##Finished = Copydeck::Test::finish(task);                                            \
    QVERIFY2(name##Finished.has_value(), "timed out");                                             \
    auto &name = *name##Finished

// The same, and the Result must be a success.
#define AWAIT_OK(name, task)                                                                       \
    AWAIT(name, task);                                                                             \
    QVERIFY2(name.ok(), Copydeck::Test::errorText(name).constData())
