#pragma once

#include "core/CopyJob.h"

#include <QHash>
#include <QList>

namespace Copydeck::JobRows {

// The rows of the job models: jobs in a list, found by local id through an index.

// The jobs of `all` that have no row yet, in their order.
inline QList<CopyJob> withoutRow(const QList<CopyJob> &all, const QHash<QString, int> &rowOf)
{
    QList<CopyJob> missing;
    for (const CopyJob &job : all) {
        if (!rowOf.contains(job.localId))
            missing.append(job);
    }
    return missing;
}

// Puts `first` ahead of `rows` and indexes them all again.
inline void prepend(const QList<CopyJob> &first, QList<CopyJob> &rows, QHash<QString, int> &rowOf)
{
    rows = first + rows;
    rowOf.clear();
    for (int row = 0; row < rows.size(); ++row)
        rowOf.insert(rows.at(row).localId, row);
}

} // namespace Copydeck::JobRows
