#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;
class QTableView;

namespace Copydeck {

class AccountConnections;
class CopyJobTracker;
class JobHistoryFilterProxyModel;
class JobHistoryModel;

// The jobs history: every job the ledger holds (and each new one), filtered by cloud, state,
// account and when it started, exported as CSV or JSON (written off the UI thread), and the
// history limit (kept for ever by default; N days, applied when Copydeck starts).
class JobHistoryWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistoryWindow)

public:
    enum class Format { Csv, Json };
    // The setting of the history limit, in days; 0 (or absent): keep every job.
    static inline const char *const KeepDaysKey = "history/keepDays";

    // Every pointer outlives the window.
    JobHistoryWindow(CopyJobTracker *tracker, AccountConnections *connections, QSettings *settings,
                     QWidget *parent = nullptr);
    ~JobHistoryWindow() override;

    // Writes the jobs shown to `path` in the background; exportFinished() tells how it went.
    void exportTo(const QString &path, Format format);

Q_SIGNALS:
    void exportFinished(const QString &path, const QString &error); // error empty on success

private:
    void fillFilters();
    void applyFilters();
    void updateCount();
    void chooseExportFile(Format format);
    QString cloudName(const QString &cloud) const;
    QString accountName(const QString &accountId) const;

    CopyJobTracker *m_tracker;
    AccountConnections *m_connections;
    QSettings *m_settings;
    JobHistoryModel *m_model;
    JobHistoryFilterProxyModel *m_proxy;
    QComboBox *m_cloudCombo;
    QComboBox *m_stateCombo;
    QComboBox *m_accountCombo;
    QComboBox *m_periodCombo;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QTableView *m_view;
    QLabel *m_countLabel;
    QLabel *m_statusLabel;
    QPushButton *m_csvButton;
    QPushButton *m_jsonButton;
    QSpinBox *m_keepDaysSpin;
};

} // namespace Copydeck
