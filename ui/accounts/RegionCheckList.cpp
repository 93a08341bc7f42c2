#include "ui/accounts/RegionCheckList.h"

namespace Copydeck {

namespace {

constexpr int CodeRole = Qt::UserRole;

} // namespace

RegionCheckList::RegionCheckList(const QString &objectName, QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(objectName);
    setUniformItemSizes(true);
}

RegionCheckList::~RegionCheckList() = default;

void RegionCheckList::addRegion(const QString &code, const QString &text)
{
    auto *item = new QListWidgetItem(text, this);
    item->setData(CodeRole, code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

bool RegionCheckList::hasRegion(const QString &code) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(CodeRole).toString() == code)
            return true;
    }
    return false;
}

void RegionCheckList::setCheckedRegions(const QStringList &codes)
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *region = item(row);
        region->setCheckState(codes.contains(region->data(CodeRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

QStringList RegionCheckList::checkedRegions() const
{
    QStringList codes;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            codes << item(row)->data(CodeRole).toString();
    }
    return codes;
}

void RegionCheckList::showRows(int rows)
{
    setFixedHeight(sizeHintForRow(0) * rows + 2 * frameWidth());
}

} // namespace Copydeck
