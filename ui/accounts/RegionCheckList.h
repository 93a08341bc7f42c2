#pragma once

#include <QListWidget>
#include <QStringList>

namespace Copydeck {

// The regions an account lists, each checked or not, known by its code.
class RegionCheckList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionCheckList)

public:
    RegionCheckList(const QString &objectName, QWidget *parent);
    ~RegionCheckList() override;

    void addRegion(const QString &code, const QString &text);
    bool hasRegion(const QString &code) const;
    // Checks these, and no other.
    void setCheckedRegions(const QStringList &codes);
    // In the list's order.
    QStringList checkedRegions() const;
    // As tall as `rows` rows, however many regions there are.
    void showRows(int rows);
};

} // namespace Copydeck
