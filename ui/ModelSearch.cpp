#include "ui/ModelSearch.h"

#include <QAbstractItemModel>

namespace Copydeck::ModelSearch {

QModelIndex find(const QAbstractItemModel *model,
                 const std::function<bool(const QModelIndex &)> &matches, const QModelIndex &parent)
{
    const int rows = model->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (matches(index))
            return index;
        if (const QModelIndex found = find(model, matches, index); found.isValid())
            return found;
    }
    return {};
}

QStringList displayPath(const QModelIndex &index)
{
    QStringList path;
    for (QModelIndex i = index.siblingAtColumn(0); i.isValid(); i = i.parent())
        path.prepend(i.data(Qt::DisplayRole).toString());
    return path;
}

QModelIndex findByDisplayPath(const QAbstractItemModel *model, const QStringList &path)
{
    QModelIndex parent;
    for (const QString &text : path) {
        QModelIndex next;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            if (child.data(Qt::DisplayRole).toString() == text) {
                next = child;
                break;
            }
        }
        if (!next.isValid())
            return {};
        parent = next;
    }
    return parent;
}

} // namespace Copydeck::ModelSearch
