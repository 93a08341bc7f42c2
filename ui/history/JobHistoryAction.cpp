#include "ui/history/JobHistoryAction.h"

#include "ui/history/JobHistoryWindow.h"

namespace Copydeck {

JobHistoryAction::JobHistoryAction(const MainWindowParts &parts, QWidget *parent)
    : QAction(tr("Job &History…"), parent)
    , m_parts(parts)
    , m_owner(parent)
{
    setObjectName(QStringLiteral("jobHistoryAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    setToolTip(tr("Every copy Copydeck has followed, with filters and export"));
    connect(this, &QAction::triggered, this, &JobHistoryAction::open);
}

JobHistoryAction::~JobHistoryAction() = default;

JobHistoryWindow *JobHistoryAction::window() const
{
    return m_window;
}

void JobHistoryAction::open()
{
    if (!m_window)
        m_window
            = new JobHistoryWindow(m_parts.tracker, m_parts.connections, m_parts.settings, m_owner);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace Copydeck
