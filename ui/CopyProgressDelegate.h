#pragma once

#include <QStyledItemDelegate>

namespace Copydeck {

// Paints the progress column of the copy jobs view: a progress bar with "42 %", or
// "≈ 42 % (estimate)" where Copydeck estimated it; the child-job counts of a composite job; the
// state alone where nothing is known. One painter for every row, no widget per row.
class CopyProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyProgressDelegate)

public:
    explicit CopyProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The words the bar carries for a row of a CopyJobModel (any column of the row).
    static QString progressText(const QModelIndex &index);
};

} // namespace Copydeck
