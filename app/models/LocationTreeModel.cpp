#include "LocationTreeModel.h"

#include "DisplayFormat.h"
#include "ModelsLogging.h"

#include "core/AccountConnections.h"
#include "core/ProviderConnection.h"
#include "core/ProviderRegistry.h"

#include <QMap>
#include <QPointer>

namespace Copydeck {

struct LocationTreeModel::Node
{
    NodeKind kind = MessageNode;
    QString accountId;
    QString text;
    QString toolTip;
    std::optional<Location> location;
    QString error; // message rows that report a failure
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }

    static std::unique_ptr<Node> message(const QString &accountId, const QString &text)
    {
        auto node = std::make_unique<Node>();
        node->kind = MessageNode;
        node->accountId = accountId;
        node->text = text;
        return node;
    }
};

namespace {

QString toolTipOf(const Location &location)
{
    QString tip = location.id;
    if (!location.owner.isEmpty())
        tip += QLatin1Char('\n')
            + QCoreApplication::translate("Copydeck::LocationTreeModel", "Owner: %1")
                  .arg(location.owner);
    return tip;
}

} // namespace

LocationTreeModel::LocationTreeModel(AccountConnections *connections, QObject *parent)
    : QAbstractItemModel(parent)
    , m_connections(connections)
    , m_root(std::make_unique<Node>())
{
    connect(m_connections, &AccountConnections::accountsChanged, this, &LocationTreeModel::reload);
    reload();
}

LocationTreeModel::~LocationTreeModel() = default;

void LocationTreeModel::reload()
{
    const bool wasLoading = isLoading();
    const quint64 generation = ++m_generation;
    const QList<Account> accounts = m_connections->accounts();

    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const Account &account : accounts) {
        auto node = std::make_unique<Node>();
        node->kind = AccountNode;
        node->accountId = account.id;
        node->text = account.name.isEmpty() ? account.id : account.name;
        const Provider *provider = m_connections->registry().find(account.cloud);
        node->toolTip = provider ? provider->displayName() : account.cloud;
        node->parent = m_root.get();
        auto loading = Node::message(account.id, tr("Loading…"));
        loading->parent = node.get();
        node->children.push_back(std::move(loading));
        m_root->children.push_back(std::move(node));
    }
    m_pending = int(accounts.size());
    endResetModel();

    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
    for (const Account &account : accounts)
        load(account.id, generation);
}

bool LocationTreeModel::isLoading() const
{
    return m_pending > 0;
}

QCoro::Task<> LocationTreeModel::load(QString accountId, quint64 generation)
{
    QPointer<LocationTreeModel> self(this);
    // Held across the suspend: a change of accounts must not destroy it under the call.
    const std::shared_ptr<ProviderConnection> connection
        = m_connections->sharedConnection(accountId);
    if (!connection) {
        showError(accountId, CloudError::local(tr("This account's cloud is not available.")));
        finishOne();
        co_return;
    }
    const Result<QList<Location>> result = co_await connection->listLocations();
    if (!self || m_generation != generation)
        co_return; // the model went away, or a newer load replaced this one
    if (result)
        showLocations(accountId, result.value());
    else
        showError(accountId, result.error());
    finishOne();
}

void LocationTreeModel::finishOne()
{
    if (m_pending <= 0)
        return;
    if (--m_pending == 0)
        Q_EMIT loadingChanged(false);
}

void LocationTreeModel::showLocations(const QString &accountId, const QList<Location> &locations)
{
    Node *account = accountNode(accountId);
    if (!account)
        return;
    // Regions in name order; locations in the order the cloud gave them.
    QMap<QString, QList<Location>> byRegion;
    for (const Location &location : locations)
        byRegion[location.region].append(location);

    std::vector<std::unique_ptr<Node>> regions;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        auto region = std::make_unique<Node>();
        region->kind = RegionNode;
        region->accountId = accountId;
        region->text = it.key().isEmpty() ? tr("Global") : it.key();
        for (const Location &location : it.value()) {
            if (location.kind == Location::Kind::Region) {
                // The region itself holds backups (Rackspace): the region row stands for it.
                region->location = location;
                region->toolTip = toolTipOf(location);
                continue;
            }
            auto node = std::make_unique<Node>();
            node->kind = LocationNode;
            node->accountId = accountId;
            node->text = DisplayFormat::locationTitle(location);
            node->toolTip = toolTipOf(location);
            node->location = location;
            node->parent = region.get();
            region->children.push_back(std::move(node));
        }
        regions.push_back(std::move(region));
    }
    if (regions.empty())
        regions.push_back(Node::message(accountId, tr("No vaults or instances found")));
    qCDebug(lcModels) << "Account" << accountId << "has" << locations.size() << "locations";
    setChildren(account, std::move(regions));
}

void LocationTreeModel::showError(const QString &accountId, const CloudError &error)
{
    qCWarning(lcModels) << "Could not load the locations of" << accountId << ":"
                        << error.cloudSummary();
    if (Node *account = accountNode(accountId)) {
        auto message = Node::message(accountId, tr("Could not load: %1").arg(error.cloudSummary()));
        message->error = error.userText();
        message->toolTip = message->error;
        std::vector<std::unique_ptr<Node>> children;
        children.push_back(std::move(message));
        setChildren(account, std::move(children));
    }
    Q_EMIT loadFailed(accountId, error);
}

void LocationTreeModel::setChildren(Node *parent, std::vector<std::unique_ptr<Node>> children)
{
    const QModelIndex parentIndex = indexOf(parent);
    if (!parent->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(parent->children.size()) - 1);
        parent->children.clear();
        endRemoveRows();
    }
    if (children.empty())
        return;
    beginInsertRows(parentIndex, 0, int(children.size()) - 1);
    for (auto &child : children)
        child->parent = parent;
    parent->children = std::move(children);
    endInsertRows();
}

LocationTreeModel::Node *LocationTreeModel::accountNode(const QString &accountId) const
{
    for (const auto &node : m_root->children) {
        if (node->accountId == accountId)
            return node.get();
    }
    return nullptr;
}

LocationTreeModel::Node *LocationTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex LocationTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QList<Location> LocationTreeModel::locationsUnder(const QModelIndex &index) const
{
    QList<Location> result;
    std::vector<const Node *> stack {nodeOf(index)};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->location)
            result.append(*node->location);
        // Children in reverse so that they come out in the tree's order.
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return result;
}

QModelIndex LocationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *parentNode = nodeOf(parent);
    if (row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex LocationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int LocationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int LocationTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LocationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->text;
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case LocationRole:
        return node->location ? QVariant::fromValue(*node->location) : QVariant();
    case AccountIdRole:
        return node->accountId;
    case NodeKindRole:
        return int(node->kind);
    case ErrorRole:
        return node->error;
    default:
        return {};
    }
}

Qt::ItemFlags LocationTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (nodeOf(index)->kind == MessageNode)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant LocationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Locations");
    return {};
}

QHash<int, QByteArray> LocationTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(LocationRole, QByteArrayLiteral("location"));
    names.insert(AccountIdRole, QByteArrayLiteral("accountId"));
    names.insert(NodeKindRole, QByteArrayLiteral("nodeKind"));
    names.insert(ErrorRole, QByteArrayLiteral("error"));
    return names;
}

} // namespace Copydeck
