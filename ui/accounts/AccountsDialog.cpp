#include "ui/accounts/AccountsDialog.h"

#include "accounts/AccountIds.h"
#include "core/ProviderRegistry.h"
#include "ui/accounts/AccountDiscoveryRun.h"
#include "ui/accounts/AccountForm.h"
#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/AccountImportDialog.h"
#include "ui/accounts/CurrentPageStack.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <qcoro/qcorotask.h>

#include <algorithm>

namespace Copydeck {

namespace {

// Dark enough to read on a light background; the same red as the fields' issues.
constexpr auto WorksColor = "#2e7d32";
constexpr auto FailsColor = "#c62828";

} // namespace

AccountsDialog::AccountsDialog(AccountsDialogParts parts, const QList<Account> &accounts,
                               QWidget *parent)
    : QDialog(parent)
    , m_parts(parts)
    , m_original(accounts)
    , m_accountList(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_importButton(new QPushButton(tr("&Import from This Computer…"), this))
    , m_renameButton(new QPushButton(tr("&Rename"), this))
    , m_removeButton(new QPushButton(tr("Re&move…"), this))
    , m_nameEdit(new QLineEdit(this))
    , m_cloudLabel(new QLabel(this))
    , m_readOnlyCheck(new QCheckBox(tr("Read-onl&y: Copydeck lists backups but never changes "
                                       "anything in this account"),
                                    this))
    , m_formStack(new CurrentPageStack(this))
    , m_noFormLabel(new QLabel(this))
{
    Q_ASSERT(m_parts.providers && m_parts.forms);
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    // Tab follows the order widgets are made in: every cloud's form comes before what is below
    // the forms.
    for (const QString &id : m_parts.forms->providerIds())
        formFor(id);
    m_incompleteLabel = new QLabel(this);
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testResultLabel = new QLabel(this);
    m_testDetailsLabel = new QLabel(this);
    m_editor = new QWidget(this);
    m_emptyLabel = new QLabel(this);
    m_editorStack = new QStackedWidget(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buildLayout();

    for (const Account &account : accounts)
        appendEntry(Entry {account, {}, account});
    m_accountList->setCurrentRow(m_entries.isEmpty() ? -1 : 0);
    showEntry(m_accountList->currentRow());
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::buildLayout()
{
    m_accountList->setObjectName(QStringLiteral("accountsListWidget"));
    m_addButton->setObjectName(QStringLiteral("addAccountPushButton"));
    m_importButton->setObjectName(QStringLiteral("importAccountsPushButton"));
    m_renameButton->setObjectName(QStringLiteral("renameAccountPushButton"));
    m_removeButton->setObjectName(QStringLiteral("removeAccountPushButton"));
    m_nameEdit->setObjectName(QStringLiteral("accountNameLineEdit"));
    m_cloudLabel->setObjectName(QStringLiteral("accountCloudLabel"));
    m_readOnlyCheck->setObjectName(QStringLiteral("readOnlyCheckBox"));
    m_formStack->setObjectName(QStringLiteral("accountFormStackedWidget"));
    m_noFormLabel->setObjectName(QStringLiteral("noFormLabel"));
    m_incompleteLabel->setObjectName(QStringLiteral("incompleteLabel"));
    m_testButton->setObjectName(QStringLiteral("testConnectionPushButton"));
    m_testResultLabel->setObjectName(QStringLiteral("connectionResultLabel"));
    m_testDetailsLabel->setObjectName(QStringLiteral("connectionDetailsLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("noAccountsLabel"));
    m_editorStack->setObjectName(QStringLiteral("accountEditorStackedWidget"));
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));

    // The list and what can be done to it.
    m_accountList->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_accountList->setSpacing(2);
    auto *addMenu = new QMenu(m_addButton);
    addMenu->setObjectName(QStringLiteral("addAccountMenu"));
    for (const QString &id : m_parts.forms->providerIds()) {
        if (!m_parts.providers->find(id))
            continue;
        QAction *action = addMenu->addAction(tr("%1 Account…").arg(cloudName(id)));
        action->setObjectName(id + QStringLiteral("AddAccountAction"));
        connect(action, &QAction::triggered, this, [this, id] { addAccount(id); });
    }
    m_addButton->setMenu(addMenu);
    m_addButton->setEnabled(!addMenu->isEmpty());
    m_importButton->setToolTip(tr("Find the profiles and environment variables the clouds' own "
                                  "tools set up on this computer."));
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_addButton, 0, 0);
    listButtons->addWidget(m_renameButton, 0, 1);
    listButtons->addWidget(m_removeButton, 0, 2);
    listButtons->addWidget(m_importButton, 1, 0, 1, 3);
    auto *listSide = new QVBoxLayout;
    listSide->addWidget(m_accountList, 1);
    listSide->addLayout(listButtons);

    // The selected account: what every cloud has, then the cloud's own form.
    m_nameEdit->setClearButtonEnabled(true);
    auto *nameLabel = new QLabel(tr("&Name:"), m_editor);
    nameLabel->setBuddy(m_nameEdit);
    auto *common = new QFormLayout;
    common->addRow(nameLabel, m_nameEdit);
    common->addRow(tr("Cloud:"), m_cloudLabel);
    common->addRow(QString(), m_readOnlyCheck);
    m_noFormLabel->setWordWrap(true);
    m_formStack->addWidget(m_noFormLabel);
    for (QLabel *label : {m_incompleteLabel, m_testResultLabel, m_testDetailsLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_incompleteLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(FailsColor)));
    QFont bold = m_testResultLabel->font();
    bold.setBold(true);
    m_testResultLabel->setFont(bold);
    m_testButton->setToolTip(tr("Makes one harmless call with these settings, without saving "
                                "them."));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    auto *testText = new QVBoxLayout;
    testText->addWidget(m_testResultLabel);
    testText->addWidget(m_testDetailsLabel);
    testRow->addLayout(testText, 1);

    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(common);
    editorLayout->addWidget(m_formStack);
    editorLayout->addWidget(m_incompleteLabel);
    editorLayout->addLayout(testRow);
    editorLayout->addStretch(1);

    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setText(tr("No accounts yet. Add one, or import the ones your cloud tools "
                             "already set up on this computer."));
    m_editorStack->addWidget(m_emptyLabel);
    m_editorStack->addWidget(m_editor);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listSide, 0);
    columns->addWidget(m_editorStack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_accountList, &QListWidget::currentRowChanged, this, &AccountsDialog::showEntry);
    connect(m_importButton, &QPushButton::clicked, this, &AccountsDialog::openImport);
    connect(m_renameButton, &QPushButton::clicked, this, &AccountsDialog::rename);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::confirmRemove);
    connect(m_testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &AccountsDialog::commit);
    connect(m_readOnlyCheck, &QCheckBox::toggled, this, &AccountsDialog::commit);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    auto *renameShortcut = new QShortcut(QKeySequence(Qt::Key_F2), m_accountList);
    renameShortcut->setContext(Qt::WidgetShortcut);
    connect(renameShortcut, &QShortcut::activated, this, &AccountsDialog::rename);
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_accountList);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &AccountsDialog::confirmRemove);

    resize(sizeHint().expandedTo(QSize(880, 680)));
}

QString AccountsDialog::cloudName(const QString &providerId) const
{
    const Provider *provider = m_parts.providers->find(providerId);
    return provider ? provider->displayName() : providerId;
}

QString AccountsDialog::itemText(const Entry &entry) const
{
    const QString name
        = entry.account.name.trimmed().isEmpty() ? tr("(no name)") : entry.account.name.trimmed();
    return tr("%1\n%2").arg(name,
                            entry.account.readOnly
                                ? tr("%1, read-only").arg(cloudName(entry.account.cloud))
                                : cloudName(entry.account.cloud));
}

AccountForm *AccountsDialog::formFor(const QString &providerId)
{
    if (AccountForm *form = m_forms.value(providerId))
        return form;
    AccountForm *form = m_parts.forms->createForm(providerId, m_formStack);
    if (!form)
        return nullptr;
    m_forms.insert(providerId, form);
    m_formStack->addWidget(form);
    connect(form, &AccountForm::changed, this, &AccountsDialog::commit);
    return form;
}

void AccountsDialog::appendEntry(Entry entry)
{
    auto *item = new QListWidgetItem(itemText(entry), m_accountList);
    item->setToolTip(entry.account.name);
    m_entries.append(std::move(entry));
}

void AccountsDialog::showEntry(int row)
{
    m_current = row >= 0 && row < m_entries.size() ? row : -1;
    clearTestResult();
    m_editorStack->setCurrentWidget(m_current < 0 ? static_cast<QWidget *>(m_emptyLabel)
                                                  : m_editor);
    updateButtons();
    if (m_current < 0)
        return;

    const Entry &entry = m_entries.at(m_current);
    m_loading = true;
    m_nameEdit->setText(entry.account.name);
    m_cloudLabel->setText(cloudName(entry.account.cloud));
    m_readOnlyCheck->setChecked(entry.account.readOnly);
    AccountForm *form = formFor(entry.account.cloud);
    m_testButton->setEnabled(form != nullptr);
    if (form) {
        form->setAccount(entry.account, entry.secrets, entry.saved);
        m_formStack->setCurrentWidget(form);
    } else {
        m_noFormLabel->setText(tr("This version of Copydeck cannot edit accounts of %1; the "
                                  "account is kept as it is.")
                                   .arg(cloudName(entry.account.cloud)));
        m_formStack->setCurrentWidget(m_noFormLabel);
    }
    m_loading = false;
    updateIncomplete();
}

void AccountsDialog::commit()
{
    if (m_loading || m_current < 0)
        return;
    Entry &entry = m_entries[m_current];
    entry.account.name = m_nameEdit->text();
    entry.account.readOnly = m_readOnlyCheck->isChecked();
    if (AccountForm *form = m_forms.value(entry.account.cloud)) {
        entry.account = form->account(entry.account);
        entry.secrets = form->secrets();
    }
    QListWidgetItem *item = m_accountList->item(m_current);
    item->setText(itemText(entry));
    item->setToolTip(entry.account.name);
    clearTestResult();
    updateIncomplete();
}

void AccountsDialog::updateButtons()
{
    const bool selected = m_current >= 0;
    m_renameButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

QString AccountsDialog::incompleteReason() const
{
    if (m_current < 0)
        return {};
    const Entry &entry = m_entries.at(m_current);
    if (entry.account.name.trimmed().isEmpty())
        return tr("Give the account a name.");
    if (const AccountForm *form = m_forms.value(entry.account.cloud))
        return form->incompleteReason();
    return {};
}

void AccountsDialog::updateIncomplete()
{
    const QString reason = incompleteReason();
    m_incompleteLabel->setText(reason);
    m_incompleteLabel->setVisible(!reason.isEmpty());
}

void AccountsDialog::clearTestResult()
{
    ++m_testGeneration; // an answer still on its way is about what the fields said before
    m_testResultLabel->clear();
    m_testDetailsLabel->clear();
    m_testResultLabel->setVisible(false);
    m_testDetailsLabel->setVisible(false);
}

void AccountsDialog::testConnection()
{
    if (m_current < 0)
        return;
    clearTestResult();
    const QString reason = incompleteReason();
    if (!reason.isEmpty()) {
        showTestResult({ConnectionCheck::Verdict::Failed, tr("Cannot test yet."), reason});
        return;
    }
    const Entry &entry = m_entries.at(m_current);
    ProviderContext context = m_parts.context;
    if (!entry.saved)
        context.secrets = nullptr; // nothing saved yet: only what was typed counts
    const int generation = m_testGeneration;
    m_testResultLabel->setStyleSheet(QString());
    m_testResultLabel->setText(tr("Testing the connection…"));
    m_testResultLabel->setVisible(true);
    // The dialog may close before the answer: QCoro::connect then drops it.
    QCoro::connect(ConnectionCheck::run(m_parts.providers->find(entry.account.cloud), entry.account,
                                        entry.secrets, context),
                   this, [this, generation](const ConnectionCheck::Outcome &outcome) {
                       if (generation != m_testGeneration)
                           return;
                       showTestResult(outcome);
                   });
}

void AccountsDialog::showTestResult(const ConnectionCheck::Outcome &outcome)
{
    const bool works = outcome.verdict == ConnectionCheck::Verdict::Works;
    m_testResultLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(works ? WorksColor : FailsColor)));
    m_testResultLabel->setText(outcome.summary);
    m_testResultLabel->setVisible(true);
    m_testDetailsLabel->setText(outcome.details);
    m_testDetailsLabel->setVisible(!outcome.details.isEmpty());
}

void AccountsDialog::addAccount(const QString &providerId)
{
    Entry entry;
    entry.account.id = AccountIds::generate(providerId);
    entry.account.cloud = providerId;
    entry.account.name = tr("New %1 account").arg(cloudName(providerId));
    appendEntry(std::move(entry));
    m_accountList->setCurrentRow(int(m_entries.size()) - 1);
    // Take the form's defaults (authMethod, ...) into the account at once.
    commit();
    rename();
}

void AccountsDialog::addAccounts(const QList<Account> &accounts)
{
    if (accounts.isEmpty())
        return;
    const int first = int(m_entries.size());
    for (const Account &account : accounts)
        appendEntry(Entry {account, {}, std::nullopt});
    m_accountList->setCurrentRow(first);
}

void AccountsDialog::openImport()
{
    QList<Account> existing;
    for (const Entry &entry : std::as_const(m_entries))
        existing << entry.account;
    // Opened busy; the importers read their files on a worker. The run belongs to the dialog, so
    // closing it early drops the answer.
    auto *dialog = new AccountImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addAccounts(dialog->chosenAccounts()); });
    auto *run = new AccountDiscoveryRun(m_parts.forms, dialog);
    connect(run, &AccountDiscoveryRun::finished, dialog, &AccountImportDialog::setDiscovery);
    run->start(existing);
    dialog->open();
}

void AccountsDialog::rename()
{
    if (m_current < 0)
        return;
    m_nameEdit->setFocus(Qt::ShortcutFocusReason);
    m_nameEdit->selectAll();
}

void AccountsDialog::confirmRemove()
{
    if (m_current < 0)
        return;
    const Entry &entry = m_entries.at(m_current);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
                                tr("Remove the account \"%1\"?").arg(entry.account.name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeAccountMessageBox"));
    box->setInformativeText(
        entry.saved ? tr("Copydeck forgets its settings and removes its saved keys from the "
                         "keychain when you press OK in the Accounts dialog. Nothing changes in "
                         "the cloud: its backups stay where they are.")
                    : tr("The account was not saved yet."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemovePushButton"));
    QPushButton *keep = box->addButton(tr("Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepAccountPushButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString accountId = entry.account.id;
    const QPointer<QPushButton> removeButton = remove;
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, accountId] {
        if (removeButton && box->clickedButton() == removeButton)
            removeEntry(accountId);
    });
    box->open();
}

void AccountsDialog::removeEntry(const QString &accountId)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).account.id != accountId)
            continue;
        m_entries.removeAt(row);
        delete m_accountList->takeItem(row);
        const int next = std::min(row, int(m_entries.size()) - 1);
        m_accountList->setCurrentRow(next);
        showEntry(next);
        return;
    }
}

void AccountsDialog::accept()
{
    commit();
    const int selected = m_current;
    for (int row = 0; row < m_entries.size(); ++row) {
        m_accountList->setCurrentRow(row);
        if (!incompleteReason().isEmpty()) {
            updateIncomplete();
            m_nameEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_accountList->setCurrentRow(selected);
    QDialog::accept();
}

AccountChanges AccountsDialog::changes() const
{
    AccountChanges changes;
    QSet<QString> kept;
    for (const Entry &entry : m_entries) {
        Account account = entry.account;
        account.name = account.name.trimmed();
        changes.accounts << account;
        kept.insert(account.id);
        for (auto it = entry.secrets.cbegin(); it != entry.secrets.cend(); ++it) {
            const QString key = account.secretKey(it.key());
            if (!it.value().isEmpty())
                changes.secretsToWrite.insert(key, it.value());
            else if (entry.saved)
                changes.secretsToRemove << key;
        }
    }
    for (const Account &account : m_original) {
        if (kept.contains(account.id))
            continue;
        for (const QString &name : m_parts.forms->secretNames(account.cloud))
            changes.secretsToRemove << account.secretKey(name);
    }
    return changes;
}

} // namespace Copydeck
