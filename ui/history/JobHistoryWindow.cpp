#include "ui/history/JobHistoryWindow.h"

#include "core/AccountConnections.h"
#include "core/Provider.h"
#include "jobs/CopyJobTracker.h"
#include "jobs/JobHistoryExport.h"
#include "models/JobHistoryFilterProxyModel.h"
#include "models/JobHistoryModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Copydeck {

namespace {

enum Period { AllTime, LastDay, LastWeek, LastMonth, Between };

} // namespace

JobHistoryWindow::JobHistoryWindow(CopyJobTracker *tracker, AccountConnections *connections,
                                   QSettings *settings, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tracker(tracker)
    , m_connections(connections)
    , m_settings(settings)
    , m_model(new JobHistoryModel(
          tracker, [this](const QString &id) { return accountName(id); },
          [this](const QString &id) { return cloudName(id); }, this))
    , m_proxy(new JobHistoryFilterProxyModel(this))
    , m_cloudCombo(new QComboBox(this))
    , m_stateCombo(new QComboBox(this))
    , m_accountCombo(new QComboBox(this))
    , m_periodCombo(new QComboBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_csvButton(new QPushButton(tr("Export &CSV…"), this))
    , m_jsonButton(new QPushButton(tr("Export &JSON…"), this))
    , m_keepDaysSpin(new QSpinBox(this))
{
    setObjectName(QStringLiteral("jobHistoryWindow"));
    setWindowTitle(tr("Job History"));
    m_cloudCombo->setObjectName(QStringLiteral("cloudComboBox"));
    m_stateCombo->setObjectName(QStringLiteral("stateComboBox"));
    m_accountCombo->setObjectName(QStringLiteral("accountComboBox"));
    m_periodCombo->setObjectName(QStringLiteral("periodComboBox"));
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_view->setObjectName(QStringLiteral("historyTableView"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_jsonButton->setObjectName(QStringLiteral("exportJsonButton"));
    m_keepDaysSpin->setObjectName(QStringLiteral("keepDaysSpinBox"));

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobHistoryModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_periodCombo->addItem(tr("All time"), AllTime);
    m_periodCombo->addItem(tr("Last 24 hours"), LastDay);
    m_periodCombo->addItem(tr("Last 7 days"), LastWeek);
    m_periodCombo->addItem(tr("Last 30 days"), LastMonth);
    m_periodCombo->addItem(tr("Between dates"), Between);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_fromEdit->setDate(today.addDays(-30));

    m_keepDaysSpin->setRange(0, 3650);
    m_keepDaysSpin->setSpecialValueText(tr("for ever"));
    m_keepDaysSpin->setSuffix(tr(" days"));
    m_keepDaysSpin->setValue(m_settings ? m_settings->value(QLatin1String(KeepDaysKey)).toInt()
                                        : 0);
    m_keepDaysSpin->setToolTip(tr("Finished jobs older than this are removed from the history "
                                  "when Copydeck starts. Unfinished jobs are always kept."));

    auto *filters = new QHBoxLayout;
    const auto labelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("C&loud:"), m_cloudCombo);
    labelled(tr("&State:"), m_stateCombo);
    labelled(tr("&Account:"), m_accountCombo);
    labelled(tr("&Started:"), m_periodCombo);
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_toEdit);
    filters->addStretch();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel);
    bottom->addWidget(m_statusLabel, 1);
    auto *keepLabel = new QLabel(tr("&Keep finished jobs:"), this);
    keepLabel->setBuddy(m_keepDaysSpin);
    bottom->addWidget(keepLabel);
    bottom->addWidget(m_keepDaysSpin);
    bottom->addSpacing(12);
    bottom->addWidget(m_csvButton);
    bottom->addWidget(m_jsonButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(1100, 520);

    fillFilters();
    for (QComboBox *combo : {m_cloudCombo, m_stateCombo, m_accountCombo, m_periodCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &JobHistoryWindow::applyFilters);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::dateChanged, this, &JobHistoryWindow::applyFilters);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &JobHistoryWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &JobHistoryWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JobHistoryWindow::updateCount);
    connect(m_tracker, &CopyJobTracker::loaded, this, [this] {
        fillFilters();
        updateCount();
    });
    connect(m_tracker, &CopyJobTracker::jobAdded, this, &JobHistoryWindow::fillFilters);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseExportFile(Format::Csv); });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] { chooseExportFile(Format::Json); });
    connect(m_keepDaysSpin, &QSpinBox::valueChanged, this, [this](int days) {
        if (m_settings)
            m_settings->setValue(QLatin1String(KeepDaysKey), days);
    });
    connect(this, &JobHistoryWindow::exportFinished, this,
            [this](const QString &path, const QString &error) {
                m_statusLabel->setText(
                    error.isEmpty()
                        ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                        : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
            });
    applyFilters();
}

JobHistoryWindow::~JobHistoryWindow() = default;

QString JobHistoryWindow::accountName(const QString &accountId) const
{
    const Account account = m_connections->account(accountId);
    return account.name;
}

QString JobHistoryWindow::cloudName(const QString &cloud) const
{
    const QList<Account> accounts = m_connections->accounts();
    for (const Account &account : accounts) {
        const Provider *provider = m_connections->provider(account.id);
        if (provider && provider->id() == cloud)
            return provider->displayName();
    }
    return cloud;
}

// Offers what the history holds: its clouds and accounts (also those no longer configured).
void JobHistoryWindow::fillFilters()
{
    const QString cloud = m_cloudCombo->currentData().toString();
    const QString account = m_accountCombo->currentData().toString();
    const QVariant state = m_stateCombo->currentData();
    const QSignalBlocker cloudBlock(m_cloudCombo);
    const QSignalBlocker accountBlock(m_accountCombo);
    const QSignalBlocker stateBlock(m_stateCombo);
    QStringList clouds;
    QStringList accounts;
    for (const CopyJob &job : m_tracker->jobs()) {
        if (!clouds.contains(job.cloud))
            clouds << job.cloud;
        if (!accounts.contains(job.accountId))
            accounts << job.accountId;
    }
    m_cloudCombo->clear();
    m_cloudCombo->addItem(tr("All clouds"), QString());
    for (const QString &id : std::as_const(clouds))
        m_cloudCombo->addItem(cloudName(id), id);
    m_cloudCombo->setCurrentIndex(std::max(0, m_cloudCombo->findData(cloud)));
    m_accountCombo->clear();
    m_accountCombo->addItem(tr("All accounts"), QString());
    for (const QString &id : std::as_const(accounts))
        m_accountCombo->addItem(m_model->accountName(id), id);
    m_accountCombo->setCurrentIndex(std::max(0, m_accountCombo->findData(account)));
    if (m_stateCombo->count() == 0) {
        m_stateCombo->addItem(tr("All states"), QVariant());
        for (const CopyJobState s :
             {CopyJobState::Queued, CopyJobState::Submitting, CopyJobState::Created,
              CopyJobState::Running, CopyJobState::Completed, CopyJobState::Failed,
              CopyJobState::Partial, CopyJobState::Cancelled, CopyJobState::Lost})
            m_stateCombo->addItem(copyJobStateName(s), int(s));
    }
    m_stateCombo->setCurrentIndex(std::max(0, m_stateCombo->findData(state)));
}

void JobHistoryWindow::applyFilters()
{
    m_proxy->setCloud(m_cloudCombo->currentData().toString());
    m_proxy->setAccount(m_accountCombo->currentData().toString());
    const QVariant state = m_stateCombo->currentData();
    m_proxy->setState(state.isValid() ? std::optional<CopyJobState>(CopyJobState(state.toInt()))
                                      : std::nullopt);
    const int period = m_periodCombo->currentData().toInt();
    m_fromEdit->setEnabled(period == Between);
    m_toEdit->setEnabled(period == Between);
    const QDateTime now = QDateTime::currentDateTime();
    switch (period) {
    case LastDay:
        m_proxy->setStartedBetween(now.addDays(-1), {});
        break;
    case LastWeek:
        m_proxy->setStartedBetween(now.addDays(-7), {});
        break;
    case LastMonth:
        m_proxy->setStartedBetween(now.addDays(-30), {});
        break;
    case Between:
        m_proxy->setStartedBetween(m_fromEdit->date().startOfDay(),
                                   m_toEdit->date().addDays(1).startOfDay());
        break;
    default:
        m_proxy->setStartedBetween({}, {});
        break;
    }
    updateCount();
}

void JobHistoryWindow::updateCount()
{
    m_countLabel->setText(
        m_tracker->isLoading()
            ? tr("Reading the history…")
            : tr("%1 of %2 jobs shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    m_csvButton->setEnabled(m_proxy->rowCount() > 0);
    m_jsonButton->setEnabled(m_proxy->rowCount() > 0);
}

void JobHistoryWindow::chooseExportFile(Format format)
{
    const bool csv = format == Format::Csv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export Job History as CSV") : tr("Export Job History as JSON"),
        QDir(folder).filePath(csv ? QStringLiteral("copydeck-jobs.csv")
                                  : QStringLiteral("copydeck-jobs.json")),
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void JobHistoryWindow::exportTo(const QString &path, Format format)
{
    // A snapshot on this thread (values only), formatted and written on a pool thread.
    const QList<CopyJob> jobs = m_proxy->shownJobs();
    QHash<QString, QString> names;
    for (const CopyJob &job : jobs)
        names.insert(job.accountId, m_model->accountName(job.accountId));
    m_statusLabel->setText(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    QPointer<JobHistoryWindow> self(this);
    QThreadPool::globalInstance()->start([self, path, format, jobs, names] {
        const auto name = [&names](const QString &id) { return names.value(id); };
        const QByteArray bytes = format == Format::Csv ? JobHistoryExport::toCsv(jobs, name)
                                                       : JobHistoryExport::toJson(jobs, name);
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            error = file.errorString();
        // Back on the UI thread, where the window may have gone meanwhile.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, error] {
                if (self)
                    Q_EMIT self->exportFinished(path, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Copydeck
