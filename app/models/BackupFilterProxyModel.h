#pragma once

#include "core/Backup.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Copydeck {

class Clock;

// The filter bar's view of a BackupTableModel: text, state, cloud, age and "no copy yet", all at
// once; sorts on the model's raw values so that sizes and dates sort as numbers and times.
class BackupFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupFilterProxyModel)

public:
    explicit BackupFilterProxyModel(QObject *parent = nullptr);
    ~BackupFilterProxyModel() override;

    // The age filter's "now"; null (the default) uses the system time. Must outlive the model.
    void setClock(const Clock *clock);

    // Matches name, source, location and id, case-insensitively; empty matches everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setStateFilter(std::optional<BackupState> state);
    std::optional<BackupState> stateFilter() const { return m_state; }
    // A provider id ("aws"); empty: every cloud.
    void setCloudFilter(const QString &cloud);
    QString cloudFilter() const { return m_cloud; }
    // Backups created at most that many days ago; 0: any age. Backups of unknown age are hidden
    // while this filter is on.
    void setMaxAgeDays(int days);
    int maxAgeDays() const { return m_maxAgeDays; }
    // Only backups of which Copydeck has made no completed copy.
    void setOnlyWithoutCopies(bool only);
    bool onlyWithoutCopies() const { return m_onlyWithoutCopies; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    const Clock *m_clock = nullptr;
    QString m_text;
    std::optional<BackupState> m_state;
    QString m_cloud;
    int m_maxAgeDays = 0;
    bool m_onlyWithoutCopies = false;
};

} // namespace Copydeck
