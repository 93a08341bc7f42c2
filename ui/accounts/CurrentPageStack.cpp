#include "ui/accounts/CurrentPageStack.h"

#include <QResizeEvent>

namespace Copydeck {

CurrentPageStack::CurrentPageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(this, &QStackedWidget::currentChanged, this, &QWidget::updateGeometry);
}

CurrentPageStack::~CurrentPageStack() = default;

QSize CurrentPageStack::sizeHint() const
{
    const QWidget *page = currentWidget();
    if (!page)
        return QStackedWidget::sizeHint();
    QSize hint = page->sizeHint();
    // Until a layout has given the stack its width, the page's own guess (a wrapping note's
    // sizeHint() assumes a narrow one).
    if (page->hasHeightForWidth() && testAttribute(Qt::WA_Resized) && width() > 0)
        hint.setHeight(page->heightForWidth(width()));
    return hint;
}

QSize CurrentPageStack::minimumSizeHint() const
{
    return currentWidget() ? currentWidget()->minimumSizeHint() : QStackedWidget::minimumSizeHint();
}

void CurrentPageStack::resizeEvent(QResizeEvent *event)
{
    QStackedWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

} // namespace Copydeck
