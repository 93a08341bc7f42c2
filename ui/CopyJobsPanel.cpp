#include "ui/CopyJobsPanel.h"

#include "core/AccountConnections.h"
#include "jobs/CopyJobTracker.h"
#include "models/CopyJobModel.h"
#include "ui/CopyProgressDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

QToolButton *buttonFor(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

CopyJobsPanel::CopyJobsPanel(CopyJobModel *model, CopyJobTracker *tracker,
                             AccountConnections *connections, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tracker(tracker)
    , m_connections(connections)
    , m_view(new QTableView(this))
    , m_delegate(new CopyProgressDelegate(this))
    , m_emptyLabel(new QLabel(this))
    , m_cancelAction(
          new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cance&l Copy"), this))
    , m_retryAction(
          new QAction(QIcon(QStringLiteral(":/icons/retry.svg")), tr("&Retry Copy"), this))
    , m_showCopyAction(new QAction(tr("Show Cop&y"), this))
{
    setObjectName(QStringLiteral("copyJobsPanel"));
    m_view->setObjectName(QStringLiteral("copyJobsTableView"));
    m_cancelAction->setObjectName(QStringLiteral("cancelJobAction"));
    m_retryAction->setObjectName(QStringLiteral("retryJobAction"));
    m_showCopyAction->setObjectName(QStringLiteral("showCopyAction"));
    m_showCopyAction->setToolTip(tr("Select the copy this job made in its vault"));

    m_view->setModel(model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {CopyJobModel::SourceColumn, 24}, {CopyJobModel::DestinationColumn, 26},
        {CopyJobModel::SpeedColumn, 12},  {CopyJobModel::TimeLeftColumn, 13},
        {CopyJobModel::StateColumn, 12},  {CopyJobModel::ElapsedColumn, 12},
    };
    for (const auto &[column, chars] : widths)
        m_view->setColumnWidth(column, chars * charWidth + 16);
    m_view->setColumnWidth(CopyJobModel::ProgressColumn,
                           m_view->fontMetrics().horizontalAdvance(tr("≈ 100 % (estimate)")) + 40);
    m_view->setAccessibleName(tr("Copy jobs"));

    m_emptyLabel->setObjectName(QStringLiteral("noJobsLabel"));
    m_emptyLabel->setText(tr("No copies yet. Select a backup and choose Copy… to start one."));
    m_emptyLabel->setEnabled(false);

    auto *title = new QLabel(tr("Copies"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_emptyLabel, 1);
    bar->addWidget(buttonFor(m_cancelAction, QStringLiteral("cancelJobButton"), this));
    bar->addWidget(buttonFor(m_retryAction, QStringLiteral("retryJobButton"), this));
    bar->addWidget(buttonFor(m_showCopyAction, QStringLiteral("showCopyButton"), this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_cancelAction, &QAction::triggered, this, &CopyJobsPanel::cancelCurrent);
    connect(m_retryAction, &QAction::triggered, this, &CopyJobsPanel::retryCurrent);
    connect(m_showCopyAction, &QAction::triggered, this, &CopyJobsPanel::showCurrentCopy);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &) {
        if (m_showCopyAction->isEnabled())
            showCurrentCopy();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &CopyJobsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CopyJobsPanel::updateActions);
    // Whether a job can be cancelled or retried changes with its state.
    connect(model, &QAbstractItemModel::dataChanged, this, &CopyJobsPanel::updateActions);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CopyJobsPanel::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CopyJobsPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &CopyJobsPanel::updateActions);
    // An account made read-only (or writable again) changes what its jobs offer.
    connect(m_connections, &AccountConnections::accountsChanged, this,
            &CopyJobsPanel::updateActions);
    updateActions();
}

QString CopyJobsPanel::currentJobId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.data(CopyJobModel::LocalIdRole).toString();
}

void CopyJobsPanel::selectJob(const QString &localId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, CopyJobModel::SourceColumn);
        if (index.data(CopyJobModel::LocalIdRole).toString() == localId) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return;
        }
    }
}

void CopyJobsPanel::updateActions()
{
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    const QString id = currentJobId();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const bool selected = !id.isEmpty();
    const CopyJob job = current.data(CopyJobModel::JobRole).value<CopyJob>();
    const Account account = selected ? m_connections->account(job.accountId) : Account();
    // The connection of a read-only account refuses both too; here they are not even offered.
    const bool writable = !account.readOnly;
    m_cancelAction->setEnabled(selected && writable
                               && current.data(CopyJobModel::CanCancelRole).toBool());
    m_retryAction->setEnabled(selected && writable
                              && current.data(CopyJobModel::CanRetryRole).toBool());
    const QString readOnly
        = tr("%1 is a read-only account: Copydeck changes nothing in it.").arg(account.name);
    m_cancelAction->setToolTip(writable ? tr("Ask the cloud to stop the selected copy") : readOnly);
    m_retryAction->setToolTip(writable ? tr("Send the selected failed copy again") : readOnly);
    m_showCopyAction->setEnabled(selected && !job.destinationBackupId.isEmpty());
}

void CopyJobsPanel::cancelCurrent()
{
    const QString id = currentJobId();
    if (!id.isEmpty() && m_tracker->canCancel(id))
        m_tracker->cancel(id);
}

void CopyJobsPanel::retryCurrent()
{
    const QString id = currentJobId();
    if (!id.isEmpty() && m_tracker->canRetry(id))
        m_tracker->retry(id);
}

void CopyJobsPanel::showCurrentCopy()
{
    const CopyJob job
        = m_view->selectionModel()->currentIndex().data(CopyJobModel::JobRole).value<CopyJob>();
    if (!job.destinationBackupId.isEmpty())
        Q_EMIT showCopyRequested(job);
}

void CopyJobsPanel::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_cancelAction);
    menu->addAction(m_retryAction);
    menu->addSeparator();
    menu->addAction(m_showCopyAction);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace Copydeck
