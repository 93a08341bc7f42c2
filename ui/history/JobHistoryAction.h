#pragma once

#include "ui/MainWindowParts.h"

#include <QAction>
#include <QPointer>

namespace Copydeck {

class JobHistoryWindow;

// "Job History…" (Ctrl+H): opens the jobs history window, made on first use, or raises it.
class JobHistoryAction final : public QAction
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistoryAction)

public:
    // `parent` is the main window; the history window is its child.
    JobHistoryAction(const MainWindowParts &parts, QWidget *parent);
    ~JobHistoryAction() override;

    JobHistoryWindow *window() const; // null until first opened

private:
    void open();

    MainWindowParts m_parts;
    QWidget *m_owner;
    QPointer<JobHistoryWindow> m_window;
};

} // namespace Copydeck
