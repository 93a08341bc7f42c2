#pragma once

#include "accounts/AccountImporter.h"

#include <QHash>
#include <QLatin1StringView>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace Copydeck {

class AccountForm;

// What account forms and importers may read: the environment and the home directory, given so
// that tests can use their own.
struct AccountFormContext
{
    QProcessEnvironment environment;
    QString homeDirectory;

    // The process's environment and the user's home directory.
    static AccountFormContext system();
};

// Everything the accounts dialog and the welcome page know about each cloud, keyed by provider
// id: its account form, the names of the secrets an account of it may keep (removed with the
// account), and its importer. Built once by registerBuiltInAccountForms and handed to whoever
// opens the dialog.
class AccountFormRegistry final
{
public:
    using FormFactory = std::function<AccountForm *(QWidget *parent)>;
    using ImporterFactory = std::function<std::unique_ptr<AccountImporter>()>;

    struct Registration
    {
        QString providerId;
        FormFactory createForm;
        QStringList secretNames;
        ImporterFactory createImporter; // may be empty: nothing to import for this cloud
    };

    AccountFormRegistry() = default;
    Q_DISABLE_COPY_MOVE(AccountFormRegistry)

    // The registration of a `Form`, made with `context` and its parent.
    template<typename Form>
    static Registration formRegistration(QLatin1StringView providerId, QStringList secretNames,
                                         const AccountFormContext &context,
                                         ImporterFactory createImporter)
    {
        return {QString(providerId),
                [context](QWidget *parent) -> AccountForm * { return new Form(context, parent); },
                std::move(secretNames), std::move(createImporter)};
    }

    void add(Registration registration);
    bool contains(const QString &providerId) const;
    // In the order they were added.
    QStringList providerIds() const;
    // Null when no form is registered for the cloud.
    AccountForm *createForm(const QString &providerId, QWidget *parent) const;
    QStringList secretNames(const QString &providerId) const;
    std::vector<std::unique_ptr<AccountImporter>> createImporters() const;

    // Every importer's proposals and problems, in registration order.
    AccountImporter::Discovery discover(const QList<Account> &existing) const;

private:
    const Registration *find(const QString &providerId) const;

    std::vector<Registration> m_registrations;
};

} // namespace Copydeck
