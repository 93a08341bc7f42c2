#include "ui/accounts/AccountFormRegistry.h"

#include "ui/accounts/AccountForm.h"

#include <QDir>

namespace Copydeck {

AccountFormContext AccountFormContext::system()
{
    return {QProcessEnvironment::systemEnvironment(), QDir::homePath()};
}

void AccountFormRegistry::add(Registration registration)
{
    Q_ASSERT(!contains(registration.providerId));
    m_registrations.push_back(std::move(registration));
}

const AccountFormRegistry::Registration *AccountFormRegistry::find(const QString &providerId) const
{
    for (const Registration &registration : m_registrations) {
        if (registration.providerId == providerId)
            return &registration;
    }
    return nullptr;
}

bool AccountFormRegistry::contains(const QString &providerId) const
{
    return find(providerId) != nullptr;
}

QStringList AccountFormRegistry::providerIds() const
{
    QStringList ids;
    for (const Registration &registration : m_registrations)
        ids << registration.providerId;
    return ids;
}

AccountForm *AccountFormRegistry::createForm(const QString &providerId, QWidget *parent) const
{
    const Registration *registration = find(providerId);
    return registration && registration->createForm ? registration->createForm(parent) : nullptr;
}

QStringList AccountFormRegistry::secretNames(const QString &providerId) const
{
    const Registration *registration = find(providerId);
    return registration ? registration->secretNames : QStringList();
}

std::vector<std::unique_ptr<AccountImporter>> AccountFormRegistry::createImporters() const
{
    std::vector<std::unique_ptr<AccountImporter>> importers;
    for (const Registration &registration : m_registrations) {
        if (registration.createImporter)
            importers.push_back(registration.createImporter());
    }
    return importers;
}

AccountImporter::Discovery AccountFormRegistry::discover(const QList<Account> &existing) const
{
    AccountImporter::Discovery all;
    for (const auto &importer : createImporters()) {
        AccountImporter::Discovery found = importer->discover(existing);
        all.proposals.append(found.proposals);
        all.problems.append(found.problems);
    }
    return all;
}

} // namespace Copydeck
