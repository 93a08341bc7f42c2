#pragma once

#include "core/CloudError.h"
#include "core/Location.h"
#include "jobs/Metatypes.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include <qcoro/qcorotask.h>

namespace Copydeck {

class AccountConnections;

// The tree on the left: accounts, then each account's regions, then the locations (vaults,
// instances) in them. Each account's locations are loaded asynchronously, one load per account;
// a failed load shows as a "Could not load: <reason>" row under the account and is signalled.
class LocationTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationTreeModel)

public:
    enum Role {
        LocationRole = Qt::UserRole + 1, // Location, for location nodes (and region-wide ones)
        AccountIdRole, // QString, every node
        NodeKindRole, // int NodeKind
        ErrorRole, // QString, the failure's full text on message rows; empty otherwise
    };
    enum NodeKind { AccountNode = 0, RegionNode = 1, LocationNode = 2, MessageNode = 3 };

    explicit LocationTreeModel(AccountConnections *connections, QObject *parent = nullptr);
    ~LocationTreeModel() override;

    // Rebuilds the accounts and loads every account's locations again.
    void reload();
    bool isLoading() const;
    // Every location under the node (itself included); every location when `index` is invalid.
    QList<Location> locationsUnder(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &accountId, const Copydeck::CloudError &error);

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Node *accountNode(const QString &accountId) const;
    void setChildren(Node *parent, std::vector<std::unique_ptr<Node>> children);
    void showLocations(const QString &accountId, const QList<Location> &locations);
    void showError(const QString &accountId, const CloudError &error);
    void finishOne();
    QCoro::Task<> load(QString accountId, quint64 generation);

    AccountConnections *m_connections;
    std::unique_ptr<Node> m_root;
    quint64 m_generation = 0; // bumped by reload(); older loads then stand down
    int m_pending = 0;
};

} // namespace Copydeck
