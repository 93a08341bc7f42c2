#include "AccountStore.h"

#include "core/SecretStore.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSettings>

#include <optional>

Q_LOGGING_CATEGORY(lcAccounts, "copydeck.accounts")

namespace Copydeck {

namespace {

const QString kArray = QStringLiteral("accounts");
const QString kId = QStringLiteral("id");
const QString kCloud = QStringLiteral("cloud");
const QString kName = QStringLiteral("name");
const QString kAuthMethod = QStringLiteral("authMethod");
const QString kRegions = QStringLiteral("regions");
const QString kEndpointOverride = QStringLiteral("endpointOverride");
const QString kReadOnly = QStringLiteral("readOnly");
const QString kSettings = QStringLiteral("settings");

// Lowercase letters and digits only, so "secret_access_key", "Secret-Access-Key" and
// "secretAccessKey" all read "secretaccesskey".
QString normalizedKey(const QString &key)
{
    QString normalized;
    normalized.reserve(key.size());
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            normalized.append(c.toLower());
    }
    return normalized;
}

} // namespace

AccountStore::AccountStore(QSettings *settings, SecretStore *secrets)
    : m_settings(settings)
    , m_secrets(secrets)
{
    Q_ASSERT(m_settings);
    Q_ASSERT(m_secrets);
}

bool AccountStore::looksLikeSecret(const QString &key)
{
    static const QStringList fragments = {
        QStringLiteral("secret"),     QStringLiteral("password"),  QStringLiteral("passwd"),
        QStringLiteral("passphrase"), QStringLiteral("token"),     QStringLiteral("apikey"),
        QStringLiteral("privatekey"), QStringLiteral("signature"), QStringLiteral("sessionkey"),
    };
    // Short names that are secrets on their own: Huawei's SK, a bare "key" or "pwd".
    static const QSet<QString> whole = {
        QStringLiteral("sk"),
        QStringLiteral("key"),
        QStringLiteral("pwd"),
        QStringLiteral("pass"),
    };
    // The last path segment is the name; the groups above it only organize.
    const QString name = normalizedKey(key.section(QLatin1Char('/'), -1));
    if (whole.contains(name))
        return true;
    for (const QString &fragment : fragments) {
        if (name.contains(fragment))
            return true;
    }
    return false;
}

QList<Account> AccountStore::load() const
{
    QList<Account> accounts;
    QSet<QString> seen;
    const int size = m_settings->beginReadArray(kArray);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Account account;
        account.id = m_settings->value(kId).toString();
        account.cloud = m_settings->value(kCloud).toString();
        account.name = m_settings->value(kName).toString();
        account.authMethod = m_settings->value(kAuthMethod).toString();
        account.regions = m_settings->value(kRegions).toStringList();
        account.endpointOverride
            = QUrl(m_settings->value(kEndpointOverride).toString(), QUrl::StrictMode);
        account.readOnly = m_settings->value(kReadOnly, false).toBool();

        m_settings->beginGroup(kSettings);
        const QStringList keys = m_settings->allKeys();
        for (const QString &key : keys) {
            // A file edited by hand (or by an old version) may hold one: never hand it on.
            if (looksLikeSecret(key)) {
                qCWarning(lcAccounts) << "ignored settings key" << key << "of account" << account.id
                                      << "because it may hold a secret";
                continue;
            }
            account.settings.insert(key, m_settings->value(key));
        }
        m_settings->endGroup();

        if (account.id.isEmpty() || seen.contains(account.id)) {
            qCWarning(lcAccounts) << "ignored account entry" << i
                                  << "without an id or with a repeated id" << account.id;
            continue;
        }
        seen.insert(account.id);
        accounts.append(account);
    }
    m_settings->endArray();
    return accounts;
}

Result<void> AccountStore::save(const QList<Account> &accounts)
{
    m_settings->remove(kArray);
    m_settings->beginWriteArray(kArray, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(kId, account.id);
        m_settings->setValue(kCloud, account.cloud);
        m_settings->setValue(kName, account.name);
        m_settings->setValue(kAuthMethod, account.authMethod);
        m_settings->setValue(kRegions, account.regions);
        m_settings->setValue(kEndpointOverride, account.endpointOverride.toString());
        m_settings->setValue(kReadOnly, account.readOnly);
        m_settings->beginGroup(kSettings);
        for (auto it = account.settings.cbegin(); it != account.settings.cend(); ++it) {
            if (looksLikeSecret(it.key())) {
                qCCritical(lcAccounts)
                    << "refused to store settings key" << it.key() << "of account" << account.id
                    << ": secrets belong in the SecretStore";
                Q_ASSERT_X(false, "AccountStore::save",
                           "a settings key looks like a secret; store it in the SecretStore");
                continue;
            }
            m_settings->setValue(it.key(), it.value());
        }
        m_settings->endGroup();
    }
    m_settings->endArray();
    m_settings->sync();

    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return CloudError::local(
            tr("Copydeck could not write its settings file %1.").arg(m_settings->fileName()),
            tr("Check that the file and its folder can be written by you, then try again."));
    case QSettings::FormatError:
        return CloudError::local(
            tr("Copydeck's settings file %1 is damaged.").arg(m_settings->fileName()),
            tr("Move it aside and add the accounts again."));
    }
    return {};
}

QCoro::Task<Result<void>> AccountStore::remove(QString accountId, QStringList secretNames)
{
    Account account;
    account.id = accountId;
    std::optional<CloudError> firstError;
    for (const QString &name : std::as_const(secretNames)) {
        const Result<void> removed = co_await m_secrets->remove(account.secretKey(name));
        if (!removed && !firstError)
            firstError = removed.error();
    }
    if (firstError) {
        CloudError error = *firstError;
        error.nextStep = error.nextStep.isEmpty()
            ? tr("The account was kept so that removing it again can finish.")
            : error.nextStep + QLatin1Char(' ')
                + tr("The account was kept so that removing it again can finish.");
        co_return error;
    }

    QList<Account> accounts = load();
    accounts.removeIf([&accountId](const Account &a) { return a.id == accountId; });
    co_return save(accounts);
}

} // namespace Copydeck
