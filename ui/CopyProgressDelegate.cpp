#include "ui/CopyProgressDelegate.h"

#include "models/CopyJobModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace Copydeck {

CopyProgressDelegate::CopyProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString CopyProgressDelegate::progressText(const QModelIndex &index)
{
    const QModelIndex cell = index.siblingAtColumn(CopyJobModel::ProgressColumn);
    const QString children = cell.data(CopyJobModel::ChildJobsTextRole).toString();
    const double percent = cell.data(CopyJobModel::ProgressRole).toDouble();
    if (percent < 0) {
        if (!children.isEmpty())
            return children;
        // A queued job says what it waits for.
        if (index.data(CopyJobModel::StateRole).toInt() == int(CopyJobState::Queued))
            return index.siblingAtColumn(CopyJobModel::MessageColumn).data().toString();
        // Nothing measured or estimated: the state says the most.
        return index.siblingAtColumn(CopyJobModel::StateColumn).data(Qt::DisplayRole).toString();
    }
    const QString number = QLocale().toString(qRound(percent));
    QString text = cell.data(CopyJobModel::ProgressIsEstimateRole).toBool()
        ? tr("≈ %1 % (estimate)").arg(number)
        : tr("%1 %").arg(number);
    if (!children.isEmpty())
        text = tr("%1 · %2").arg(text, children);
    return text;
}

void CopyProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (index.column() != CopyJobModel::ProgressColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection as for any other cell.
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const QString text = progressText(index);
    const double percent = index.data(CopyJobModel::ProgressRole).toDouble();
    if (percent < 0) {
        const QPalette::ColorRole role
            = (option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
        style->drawItemText(
            painter, option.rect.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
            option.palette, option.state & QStyle::State_Enabled,
            option.fontMetrics.elidedText(text, Qt::ElideRight, option.rect.width() - 8), role);
        return;
    }

    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.state.setFlag(QStyle::State_HasFocus, false);
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = qBound(0, qRound(percent * 10), 1000);
    bar.text = option.fontMetrics.elidedText(text, Qt::ElideRight, bar.rect.width() - 4);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    painter->save();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    painter->restore();
}

QSize CopyProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == CopyJobModel::ProgressColumn) {
        size.setWidth(
            std::max(size.width(), option.fontMetrics.horizontalAdvance(progressText(index)) + 24));
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    }
    return size;
}

} // namespace Copydeck
