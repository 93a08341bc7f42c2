#pragma once

#include "core/CopyJob.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace Copydeck {

class AccountConnections;
class CopyJobModel;
class CopyJobTracker;
class CopyProgressDelegate;

// The bottom of the window: every copy Copydeck follows, with a painted progress column, and
// Cancel (where the cloud allows it), Retry and Show copy for the selected job. Cancel and Retry
// change something in the cloud: they are off for jobs of read-only accounts, saying why.
class CopyJobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyJobsPanel)

public:
    CopyJobsPanel(CopyJobModel *model, CopyJobTracker *tracker, AccountConnections *connections,
                  QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *retryAction() const { return m_retryAction; }
    QAction *showCopyAction() const { return m_showCopyAction; }

    // Selects the job's row and scrolls to it.
    void selectJob(const QString &localId);
    // The selected job's local id, or empty.
    QString currentJobId() const;

Q_SIGNALS:
    // The user wants to see the copy a finished job made.
    void showCopyRequested(const Copydeck::CopyJob &job);

private:
    void updateActions();
    void cancelCurrent();
    void retryCurrent();
    void showCurrentCopy();
    void showContextMenu(const QPoint &position);

    CopyJobModel *m_model;
    CopyJobTracker *m_tracker;
    AccountConnections *m_connections;
    QTableView *m_view;
    CopyProgressDelegate *m_delegate;
    QLabel *m_emptyLabel;
    QAction *m_cancelAction;
    QAction *m_retryAction;
    QAction *m_showCopyAction;
};

} // namespace Copydeck
