#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Copydeck {

// What became of loading a page's choices (destinations, regions, databases), in a line under
// them: "Loading vaults…", then nothing, a note, or why there is nothing to choose with a
// "Try again" button. Hidden while it has nothing to say, so it takes no room then.
class ChoiceLoadStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceLoadStatus)

public:
    // The text's and the button's object names (tests and style sheets find them by these).
    ChoiceLoadStatus(const QString &labelName, const QString &retryButtonName,
                     QWidget *parent = nullptr);
    ~ChoiceLoadStatus() override;

    // While the choices load; no retry then.
    void showLoading(const QString &text);
    // There is nothing to choose: why (the cloud's own words when it failed), and "Try again"
    // when another attempt may help.
    void showProblem(const QString &text, bool canRetry);
    // The choices loaded; `text` explains a limit on them, as secondary text.
    void showNote(const QString &text);
    // The choices loaded; nothing to say.
    void clear();

    // Between showLoading() and what follows it: the page's choices are still loading.
    bool isLoading() const { return m_loading; }

    QLabel *label() const { return m_label; }
    QPushButton *retryButton() const { return m_retryButton; }

Q_SIGNALS:
    void retryRequested();

private:
    void display(const QString &text, bool problem, bool canRetry);

    bool m_loading = false;
    QLabel *m_label;
    QPushButton *m_retryButton;
};

} // namespace Copydeck
