#include "BackupTableModel.h"

#include "DisplayFormat.h"
#include "ModelsLogging.h"

#include "core/AccountConnections.h"
#include "core/ProviderConnection.h"
#include "core/ProviderRegistry.h"
#include "jobs/CopyJobTracker.h"

#include <QLocale>
#include <QPointer>
#include <QSet>

namespace Copydeck {

BackupTableModel::BackupTableModel(AccountConnections *connections, CopyJobTracker *tracker,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_connections(connections)
    , m_tracker(tracker)
{
    // Connections are rebuilt when accounts change: loads on the old ones must not continue.
    connect(m_connections, &AccountConnections::accountsChanged, this, &BackupTableModel::reload);
    if (m_tracker) {
        connect(m_tracker, &CopyJobTracker::jobFinished, this, &BackupTableModel::onJobFinished);
        // A tracker on a ledger reads its jobs after it is made: their copies count once read.
        connect(m_tracker, &CopyJobTracker::loaded, this, [this] {
            countCopies();
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, CopiesColumn),
                                   index(int(m_rows.size()) - 1, CopiesColumn));
        });
        countCopies();
    }
}

BackupTableModel::~BackupTableModel() = default;

void BackupTableModel::setLocations(const QList<Location> &locations)
{
    QList<Location> unique;
    QSet<QString> seen;
    for (const Location &location : locations) {
        const QString key = location.accountId + QLatin1Char('\n') + location.id;
        if (location.isValid() && !seen.contains(key)) {
            seen.insert(key);
            unique.append(location);
        }
    }
    if (unique == m_locations)
        return;
    m_locations = unique;
    reload();
}

void BackupTableModel::reload()
{
    const bool wasLoading = isLoading();
    const quint64 generation = ++m_generation;
    m_refreshing = false;
    m_incoming.clear();
    m_unlisted.clear();
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_pending = int(m_locations.size());
    endResetModel();
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
    const QList<Location> locations = m_locations;
    for (const Location &location : locations)
        load(location, generation);
}

void BackupTableModel::refresh()
{
    // Rows still arriving from a load: a plain reload is as quiet.
    if (isLoading() || m_locations.isEmpty()) {
        reload();
        return;
    }
    const quint64 generation = ++m_generation;
    m_refreshing = true;
    m_incoming.clear();
    m_unlisted.clear();
    m_pending = int(m_locations.size());
    Q_EMIT loadingChanged(true);
    const QList<Location> locations = m_locations;
    for (const Location &location : locations)
        load(location, generation);
}

void BackupTableModel::applyRefresh()
{
    QHash<QString, int> incomingRow;
    for (int i = 0; i < m_incoming.size(); ++i)
        incomingRow.insert(m_incoming.at(i).id, i);
    // Gone: removed from the end so the rows before keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const Backup &backup = m_rows.at(row);
        if (incomingRow.contains(backup.id) || m_unlisted.contains(backup.location.id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    m_rowOf.clear();
    QSet<QString> kept;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString id = m_rows.at(row).id;
        m_rowOf.insert(id, row);
        kept.insert(id);
        const auto fresh = incomingRow.constFind(id);
        if (fresh == incomingRow.cend())
            continue;
        m_rows[row] = m_incoming.at(*fresh);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    QList<Backup> added;
    for (const Backup &backup : std::as_const(m_incoming)) {
        if (!kept.contains(backup.id))
            added.append(backup);
    }
    m_incoming.clear();
    m_unlisted.clear();
    append(added);
}

bool BackupTableModel::isLoading() const
{
    return m_pending > 0;
}

QCoro::Task<> BackupTableModel::load(Location location, quint64 generation)
{
    QPointer<BackupTableModel> self(this);
    QString token;
    QSet<QString> tokensSeen;
    do {
        // Looked up for every page: the connection may be rebuilt between pages.
        const std::shared_ptr<ProviderConnection> connection
            = m_connections->sharedConnection(location.accountId);
        if (!connection) {
            Q_EMIT loadFailed(location,
                              CloudError::local(tr("The account of %1 is not configured.")
                                                    .arg(DisplayFormat::locationTitle(location))));
            if (m_refreshing)
                m_unlisted.insert(location.id);
            break;
        }
        const Result<BackupPage> page = co_await connection->listBackups(location, token);
        if (!self || m_generation != generation)
            co_return; // the model went away, or shows other locations now
        if (!page) {
            qCWarning(lcModels) << "Could not list the backups in" << location.id << ":"
                                << page.error().cloudSummary();
            Q_EMIT loadFailed(location, page.error());
            if (m_refreshing)
                m_unlisted.insert(location.id);
            break;
        }
        if (m_refreshing)
            m_incoming.append(page.value().backups);
        else
            append(page.value().backups);
        token = page.value().nextPageToken;
        if (!token.isEmpty() && tokensSeen.contains(token)) {
            qCWarning(lcModels) << "The cloud repeated a page token for" << location.id;
            break;
        }
        tokensSeen.insert(token);
    } while (!token.isEmpty());
    finishOne();
}

void BackupTableModel::append(const QList<Backup> &backups)
{
    if (backups.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(backups.size()) - 1);
    m_rows.append(backups);
    for (int row = first; row < int(m_rows.size()); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
    endInsertRows();
}

void BackupTableModel::finishOne()
{
    if (m_pending <= 0)
        return;
    if (--m_pending != 0)
        return;
    if (m_refreshing) {
        m_refreshing = false;
        applyRefresh();
    }
    Q_EMIT loadingChanged(false);
}

void BackupTableModel::countCopies()
{
    m_copies.clear();
    const QList<CopyJob> jobs = m_tracker->jobs();
    for (const CopyJob &job : jobs) {
        if (job.state == CopyJobState::Completed)
            ++m_copies[job.sourceId];
    }
}

void BackupTableModel::onJobFinished(const QString &localId)
{
    const CopyJob job = m_tracker->job(localId);
    if (job.state != CopyJobState::Completed)
        return;
    ++m_copies[job.sourceId];
    const int row = rowOfBackup(job.sourceId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, CopiesColumn), index(row, CopiesColumn));
}

Backup BackupTableModel::backup(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Backup();
}

const Backup *BackupTableModel::backupAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BackupTableModel::rowOfBackup(const QString &backupId) const
{
    return m_rowOf.value(backupId, -1);
}

int BackupTableModel::copiesOf(const QString &backupId) const
{
    return m_copies.value(backupId, 0);
}

int BackupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Backup &backup = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(backup, index.column());
    case Qt::ToolTipRole:
        return toolTip(backup, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == CopiesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case BackupRole:
        return QVariant::fromValue(backup);
    case RawValueRole:
        return rawValue(backup, index.column());
    case BackupIdRole:
        return backup.id;
    default:
        return {};
    }
}

QVariant BackupTableModel::display(const Backup &backup, int column) const
{
    switch (column) {
    case NameColumn:
        return backup.name.isEmpty() ? backup.id : backup.name;
    case CloudColumn: {
        const Provider *provider = m_connections->registry().find(backup.cloud);
        return provider ? provider->displayName() : backup.cloud;
    }
    case AccountColumn: {
        const QString name = m_connections->account(backup.accountId).name;
        return name.isEmpty() ? backup.accountId : name;
    }
    case LocationColumn:
        return DisplayFormat::locationTitle(backup.location);
    case SourceColumn:
        return backup.sourceResource;
    case StateColumn:
        return backupStateName(backup.state);
    case SizeColumn:
        return DisplayFormat::size(backup.sizeBytes);
    case CreatedColumn:
        return DisplayFormat::dateTime(backup.created);
    case ExpiresColumn:
        return DisplayFormat::dateTime(backup.expires);
    case EncryptionColumn:
        return backup.encryption;
    case CopiesColumn:
        return QString::number(copiesOf(backup.id));
    default:
        return {};
    }
}

QVariant BackupTableModel::rawValue(const Backup &backup, int column) const
{
    switch (column) {
    case StateColumn:
        return int(backup.state);
    case SizeColumn:
        return backup.sizeBytes;
    case CreatedColumn:
        return backup.created;
    case ExpiresColumn:
        return backup.expires;
    case CopiesColumn:
        return copiesOf(backup.id);
    default:
        return display(backup, column);
    }
}

QVariant BackupTableModel::toolTip(const Backup &backup, int column) const
{
    switch (column) {
    case NameColumn:
        return backup.id;
    case LocationColumn:
        return backup.location.id;
    case SourceColumn:
        return backup.resourceType.isEmpty() ? QVariant() : QVariant(backup.resourceType);
    case StateColumn:
        return backup.rawState.isEmpty() ? QVariant()
                                         : QVariant(tr("The cloud says: %1").arg(backup.rawState));
    case SizeColumn:
        if (backup.sizeBytes < 0)
            return tr("The cloud does not give this backup's size.");
        return tr("%1 bytes").arg(QLocale().toString(backup.sizeBytes));
    case CreatedColumn:
        return DisplayFormat::longDateTime(backup.created);
    case ExpiresColumn:
        return backup.expires.isValid() ? QVariant(DisplayFormat::longDateTime(backup.expires))
                                        : QVariant(tr("No expiry date known"));
    case CopiesColumn:
        return tr("%n completed copies made with Copydeck", "", copiesOf(backup.id));
    default:
        return {};
    }
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == CopiesColumn)
        return tr("Completed copies of this backup made with Copydeck");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CloudColumn:
        return tr("Cloud");
    case AccountColumn:
        return tr("Account");
    case LocationColumn:
        return tr("Location");
    case SourceColumn:
        return tr("Source");
    case StateColumn:
        return tr("State");
    case SizeColumn:
        return tr("Size");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case EncryptionColumn:
        return tr("Encryption");
    case CopiesColumn:
        return tr("Copies");
    default:
        return {};
    }
}

QHash<int, QByteArray> BackupTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(BackupRole, QByteArrayLiteral("backup"));
    names.insert(RawValueRole, QByteArrayLiteral("rawValue"));
    names.insert(BackupIdRole, QByteArrayLiteral("backupId"));
    return names;
}

} // namespace Copydeck
