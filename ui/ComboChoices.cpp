#include "ui/ComboChoices.h"

#include <QStandardItemModel>

namespace Copydeck {

int addChoice(QComboBox *combo, const QString &text, const QVariant &data, const QString &toolTip)
{
    combo->addItem(text, data);
    const int index = combo->count() - 1;
    if (!toolTip.isEmpty())
        combo->setItemData(index, toolTip, Qt::ToolTipRole);
    return index;
}

int addUnavailableChoice(QComboBox *combo, const QString &text, const QVariant &data,
                         const QString &reason)
{
    const int index = addChoice(combo, text, data, reason);
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
        model->item(index)->setEnabled(false);
    return index;
}

void chooseSoleChoice(QComboBox *combo)
{
    combo->setCurrentIndex(combo->count() == 1 ? 0 : -1);
}

} // namespace Copydeck
