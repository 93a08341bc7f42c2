#pragma once

#include <QStackedWidget>

namespace Copydeck {

// A stack as tall as the page it shows needs, rather than as its tallest page (what
// QStackedWidget asks for), and no taller (a stacked layout takes all the height it is offered):
// a short page keeps what follows right under its fields. A page whose notes wrap asks for the
// lines they take at the stack's width, asked again at each new width.
class CurrentPageStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentPageStack)

public:
    explicit CurrentPageStack(QWidget *parent = nullptr);
    ~CurrentPageStack() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The height follows the width through sizeHint().
    bool hasHeightForWidth() const override { return false; }

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace Copydeck
