#pragma once

#include <QModelIndex>
#include <QStringList>

#include <functional>

class QAbstractItemModel;

namespace Copydeck::ModelSearch {

// The first index (column 0, depth first) for which `matches` is true; invalid when none.
QModelIndex find(const QAbstractItemModel *model,
                 const std::function<bool(const QModelIndex &)> &matches,
                 const QModelIndex &parent = {});

// The display texts from the top of the tree down to `index`, to find the same node again after
// the model was rebuilt.
QStringList displayPath(const QModelIndex &index);
QModelIndex findByDisplayPath(const QAbstractItemModel *model, const QStringList &path);

} // namespace Copydeck::ModelSearch
