#include "BackupFilterProxyModel.h"

#include "BackupTableModel.h"

#include "core/Clock.h"

#include <algorithm>

namespace Copydeck {

BackupFilterProxyModel::BackupFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BackupTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

BackupFilterProxyModel::~BackupFilterProxyModel() = default;

void BackupFilterProxyModel::setClock(const Clock *clock)
{
    m_clock = clock;
    if (m_maxAgeDays > 0)
        refilter();
}

void BackupFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void BackupFilterProxyModel::setStateFilter(std::optional<BackupState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    refilter();
}

void BackupFilterProxyModel::setCloudFilter(const QString &cloud)
{
    if (cloud == m_cloud)
        return;
    m_cloud = cloud;
    refilter();
}

void BackupFilterProxyModel::setMaxAgeDays(int days)
{
    days = std::max(days, 0);
    if (days == m_maxAgeDays)
        return;
    m_maxAgeDays = days;
    refilter();
}

void BackupFilterProxyModel::setOnlyWithoutCopies(bool only)
{
    if (only == m_onlyWithoutCopies)
        return;
    m_onlyWithoutCopies = only;
    refilter();
}

void BackupFilterProxyModel::refilter()
{
    invalidateFilter();
}

bool BackupFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The table hands out its rows without a copy; any other model through its BackupRole.
    Backup copied;
    const Backup *found = nullptr;
    if (const auto *table = qobject_cast<const BackupTableModel *>(sourceModel()))
        found = table->backupAt(sourceRow);
    if (!found) {
        copied = sourceModel()
                     ->index(sourceRow, 0, sourceParent)
                     .data(BackupTableModel::BackupRole)
                     .value<Backup>();
        found = &copied;
    }
    const Backup &backup = *found;

    if (m_state && backup.state != *m_state)
        return false;
    if (!m_cloud.isEmpty() && backup.cloud != m_cloud)
        return false;
    if (m_maxAgeDays > 0) {
        const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
        if (!backup.created.isValid() || backup.created < now.addDays(-m_maxAgeDays))
            return false;
    }
    if (m_onlyWithoutCopies) {
        const QModelIndex copies
            = sourceModel()->index(sourceRow, BackupTableModel::CopiesColumn, sourceParent);
        if (copies.data(BackupTableModel::RawValueRole).toInt() > 0)
            return false;
    }
    if (!m_text.isEmpty()) {
        const QString haystacks[]
            = {backup.name,          backup.sourceResource, backup.location.displayName,
               backup.location.name, backup.location.id,    backup.id};
        bool found = false;
        for (const QString &haystack : haystacks) {
            if (haystack.contains(m_text, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace Copydeck
