#include "ui/BackupsPane.h"

#include "core/AccountConnections.h"
#include "core/Provider.h"
#include "models/BackupFilterProxyModel.h"
#include "models/BackupTableModel.h"
#include "ui/BackupDetailsWidget.h"
#include "ui/BackupFilterBar.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Copydeck {

BackupsPane::BackupsPane(BackupTableModel *model, BackupFilterProxyModel *proxy,
                         AccountConnections *connections, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_connections(connections)
    , m_filterBar(new BackupFilterBar(proxy, connections->registry(), this))
    , m_view(new QTableView(this))
    , m_details(new BackupDetailsWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("backupsPane"));
    m_view->setObjectName(QStringLiteral("backupsTableView"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BackupTableModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Backups"));
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Room for typical values without measuring every row (lists can be long).
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {BackupTableModel::NameColumn, 24},    {BackupTableModel::CloudColumn, 12},
        {BackupTableModel::AccountColumn, 14}, {BackupTableModel::LocationColumn, 16},
        {BackupTableModel::SourceColumn, 30},  {BackupTableModel::StateColumn, 11},
        {BackupTableModel::SizeColumn, 10},    {BackupTableModel::CreatedColumn, 19},
        {BackupTableModel::ExpiresColumn, 19}, {BackupTableModel::EncryptionColumn, 16},
        {BackupTableModel::CopiesColumn, 8},
    };
    for (const auto &[column, chars] : widths)
        m_view->setColumnWidth(column, chars * charWidth + 16);

    m_splitter->setObjectName(QStringLiteral("centreSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_filterBar->findChild<QWidget *>(QStringLiteral("withoutCopiesCheckBox")), m_view);
    setTabOrder(m_view, m_details);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        Q_EMIT currentBackupChanged();
    });
    // The details follow the selected backup when its row changes (state, expiry).
    connect(model, &QAbstractItemModel::dataChanged, this, &BackupsPane::updateDetails);
    connect(m_view, &QWidget::customContextMenuRequested, this, &BackupsPane::showContextMenu);
    connect(m_view, &QTableView::activated, this, &BackupsPane::backupActivated);
}

std::optional<Backup> BackupsPane::currentBackup() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    if (!source.isValid())
        return std::nullopt;
    return m_model->backup(source.row());
}

BackupsPane::Selection BackupsPane::selectBackup(const QString &backupId)
{
    const int row = m_model->rowOfBackup(backupId);
    if (row < 0)
        return Selection::NotListed;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return Selection::HiddenByFilter;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    return Selection::Selected;
}

void BackupsPane::updateDetails()
{
    const std::optional<Backup> backup = currentBackup();
    if (!backup) {
        if (m_view->selectionModel()->selectedRows().isEmpty())
            m_details->clear();
        return;
    }
    const Backup shown = m_details->backup();
    if (backup->id == shown.id && backup->rawState == shown.rawState
        && backup->expires == shown.expires)
        return;
    const Provider *provider = m_connections->provider(backup->accountId);
    m_details->setBackup(*backup, m_connections->account(backup->accountId).name,
                         provider ? provider->displayName() : QString());
}

void BackupsPane::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid() || m_contextActions.isEmpty())
        return;
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(m_contextActions);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace Copydeck
