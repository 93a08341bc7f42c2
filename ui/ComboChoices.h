#pragma once

#include <QComboBox>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Copydeck {

// Adds a choice whose tooltip is `toolTip` (often its full id, which the text shortens; none when
// empty). Returns its index.
int addChoice(QComboBox *combo, const QString &text, const QVariant &data, const QString &toolTip);

// Adds an item that is shown but cannot be chosen, with the reason as its tooltip (a region that
// holds a replica already, a region the cloud cannot copy to). Returns its index.
int addUnavailableChoice(QComboBox *combo, const QString &text, const QVariant &data,
                         const QString &reason);

// Chooses the only item when there is one (nothing to choose then), else none.
void chooseSoleChoice(QComboBox *combo);

// The item of `items` whose `key` (by default its id) is the combo's current data; none while
// nothing is chosen.
template<typename T>
std::optional<T> chosenItem(const QComboBox *combo, const QList<T> &items, QString T::*key = &T::id)
{
    const QString chosen = combo->currentData().toString();
    if (chosen.isEmpty())
        return std::nullopt;
    for (const T &item : items) {
        if (item.*key == chosen)
            return item;
    }
    return std::nullopt;
}

} // namespace Copydeck
