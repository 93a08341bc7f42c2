#pragma once

#include "core/Account.h"
#include "core/Provider.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <qcoro/qcorotask.h>

namespace Copydeck {

// "Test connection": one cheap authenticated call (ProviderConnection::testConnection) on a
// temporary connection made from what a form says, and its result in plain words. Nothing is
// saved: typed secrets live in memory for the length of the call.
class ConnectionCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)

public:
    enum class Verdict {
        Works,
        WrongKey, // the cloud did not accept the credentials
        NoPermission, // accepted, but not allowed to make the call
        Unreachable, // the endpoint did not answer
        Failed, // anything else: the details say what
    };

    struct Outcome
    {
        Verdict verdict = Verdict::Failed;
        QString summary; // one short sentence: "Works.", "Wrong key.", ...
        QString details; // the cloud's words and what to do next; empty when it works
    };

    // Connects `account` through `provider` and runs the test call. `typedSecrets` are the
    // secrets typed into the form, by name (an empty value: the account keeps none); every other
    // secret is read from `context.secrets` when that is set (an account already saved), else
    // reads as absent. `context.secrets` is read, never written. A null retry policy makes the
    // check give up after two attempts. `provider` and the context's pointers outlive the task.
    static QCoro::Task<Outcome> run(const Provider *provider, Account account,
                                    QHash<QString, QByteArray> typedSecrets,
                                    ProviderContext context);

    // The plain words for a test call's result.
    static Outcome describe(const Result<void> &result, const Account &account);

    // The permission a refusal names ("backup:ListBackupVaults" in "... is not authorized to
    // perform: backup:ListBackupVaults on resource ..."), or empty.
    static QString deniedPermission(const QString &cloudMessage);
};

} // namespace Copydeck
