// LocationTreeModel over the fake cloud: accounts, regions and locations loaded asynchronously,
// failures shown as rows, reloads that drop stale answers. QAbstractItemModelTester watches it all.
#include "models/LocationTreeModel.h"

#include "FakeCloud.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;
using namespace std::chrono_literals;

namespace {

using Tree = LocationTreeModel;

QString text(const QModelIndex &index)
{
    return index.data(Qt::DisplayRole).toString();
}

int kind(const QModelIndex &index)
{
    return index.data(Tree::NodeKindRole).toInt();
}

void watch(Tree *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 model);
}

} // namespace

class TestLocationTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Copydeck::CloudError>(); }

    void showsAccountsRegionsAndLocations()
    {
        FakeWorld world;
        world.cloud.latency = 20ms;
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        world.addAccount(QStringLiteral("acct-2"), QStringLiteral("Staging"));
        world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-west-2"), 2);
        world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-east-1"), 2);
        world.cloud.locationErrors.insert(
            QStringLiteral("acct-2"),
            FakeCloud::cloudError(QStringLiteral("AccessDeniedException"),
                                  QStringLiteral("User is not authorized to perform "
                                                 "backup:ListBackupVaults"),
                                  403));

        auto *model = new Tree(&world.connections);
        std::unique_ptr<Tree> owner(model);
        watch(model);
        QSignalSpy loading(model, &Tree::loadingChanged);
        QSignalSpy failed(model, &Tree::loadFailed);

        // Accounts show at once, each saying it is loading.
        QVERIFY(model->isLoading());
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex production = model->index(0, 0);
        QCOMPARE(text(production), QStringLiteral("Production"));
        QCOMPARE(kind(production), int(Tree::AccountNode));
        QCOMPARE(production.data(Qt::ToolTipRole).toString(), QStringLiteral("Fake Cloud"));
        QCOMPARE(model->rowCount(production), 1);
        QCOMPARE(text(model->index(0, 0, production)), QStringLiteral("Loading…"));

        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(loading.count(), 1);
        QCOMPARE(loading.first().first().toBool(), false);

        // Regions in name order, locations in the cloud's order.
        QCOMPARE(model->rowCount(production), 2);
        const QModelIndex east = model->index(0, 0, production);
        const QModelIndex west = model->index(1, 0, production);
        QCOMPARE(text(east), QStringLiteral("us-east-1"));
        QCOMPARE(kind(east), int(Tree::RegionNode));
        QCOMPARE(text(west), QStringLiteral("us-west-2"));
        QCOMPARE(model->rowCount(east), 2);
        const QModelIndex vault = model->index(0, 0, east);
        QCOMPARE(text(vault), QStringLiteral("vault-3"));
        QCOMPARE(kind(vault), int(Tree::LocationNode));
        QCOMPARE(vault.data(Tree::AccountIdRole).toString(), QStringLiteral("acct-1"));
        const auto location = vault.data(Tree::LocationRole).value<Location>();
        QCOMPARE(location.id, QStringLiteral("fake:acct-1:us-east-1:vault-3"));
        QCOMPARE(vault.data(Qt::ToolTipRole).toString(), location.id);
        QVERIFY(model->flags(vault) & Qt::ItemIsSelectable);

        // The failed account says why, in the cloud's words.
        const QModelIndex staging = model->index(1, 0);
        QCOMPARE(model->rowCount(staging), 1);
        const QModelIndex message = model->index(0, 0, staging);
        QCOMPARE(kind(message), int(Tree::MessageNode));
        QCOMPARE(text(message),
                 QStringLiteral("Could not load: AccessDeniedException: User is not authorized "
                                "to perform backup:ListBackupVaults"));
        QVERIFY(message.data(Tree::ErrorRole).toString().contains(QStringLiteral("HTTP 403")));
        QVERIFY(!(model->flags(message) & Qt::ItemIsSelectable));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("acct-2"));
        QCOMPARE(failed.first().at(1).value<CloudError>().cloudCode,
                 QStringLiteral("AccessDeniedException"));
    }

    void locationsUnderANode()
    {
        FakeWorld world;
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-east-1"), 2);
        world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-west-2"), 3);
        Tree model(&world.connections);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY(!model.isLoading());

        const QModelIndex account = model.index(0, 0);
        const QModelIndex west = model.index(1, 0, account);
        QCOMPARE(model.locationsUnder(account).size(), 5);
        QCOMPARE(model.locationsUnder(QModelIndex()).size(), 5);
        const QList<Location> inWest = model.locationsUnder(west);
        QCOMPARE(inWest.size(), 3);
        for (const Location &location : inWest)
            QCOMPARE(location.region, QStringLiteral("us-west-2"));
        const QList<Location> one = model.locationsUnder(model.index(2, 0, west));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().name, QStringLiteral("vault-5"));
    }

    void aRegionThatHoldsBackupsStandsForItself()
    {
        FakeWorld world;
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Rackspace"));
        Location region;
        region.cloud = world.cloud.cloudId;
        region.accountId = QStringLiteral("acct-1");
        region.kind = Location::Kind::Region;
        region.region = QStringLiteral("DFW");
        region.id = QStringLiteral("fake:DFW");
        region.displayName = QStringLiteral("Dallas (DFW)");
        world.cloud.locations[QStringLiteral("acct-1")] = {region};
        Tree model(&world.connections);
        QTRY_VERIFY(!model.isLoading());

        const QModelIndex dfw = model.index(0, 0, model.index(0, 0));
        QCOMPARE(text(dfw), QStringLiteral("DFW"));
        QCOMPARE(model.rowCount(dfw), 0);
        QCOMPARE(dfw.data(Tree::LocationRole).value<Location>(), region);
        QCOMPARE(model.locationsUnder(dfw), QList<Location> {region});
    }

    void anAccountWithoutLocationsSaysSo()
    {
        FakeWorld world;
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Empty"));
        Tree model(&world.connections);
        QTRY_VERIFY(!model.isLoading());
        const QModelIndex message = model.index(0, 0, model.index(0, 0));
        QCOMPARE(kind(message), int(Tree::MessageNode));
        QCOMPARE(text(message), QStringLiteral("No vaults or instances found"));
        QVERIFY(message.data(Tree::ErrorRole).toString().isEmpty());
        QVERIFY(model.locationsUnder({}).isEmpty());
    }

    void reloadDropsStaleAnswers()
    {
        FakeWorld world;
        world.cloud.latency = 30ms;
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-east-1"), 2);
        auto *model = new Tree(&world.connections);
        std::unique_ptr<Tree> owner(model);
        watch(model);
        QSignalSpy inserted(model, &Tree::rowsInserted);
        model->reload();
        model->reload();
        QTRY_VERIFY(!model->isLoading());
        QTest::qWait(100); // the first loads' answers arrive now and must be dropped
        const QModelIndex account = model->index(0, 0);
        QCOMPARE(model->rowCount(account), 1);
        QCOMPARE(model->rowCount(model->index(0, 0, account)), 2);
        QCOMPARE(inserted.count(), 1); // the regions, once
    }

    void followsTheAccounts()
    {
        FakeWorld world;
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        auto *model = new Tree(&world.connections);
        std::unique_ptr<Tree> owner(model);
        watch(model);
        QTRY_VERIFY(!model->isLoading());
        world.cloud.addLocations(QStringLiteral("acct-2"), QStringLiteral("eu-west-1"), 1);
        world.addAccount(QStringLiteral("acct-2"), QStringLiteral("Europe"));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->isLoading());
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->locationsUnder(model->index(1, 0)).size(), 1);
    }

    void accountsMayChangeWhileLoading()
    {
        FakeWorld world;
        world.cloud.latency = 30ms;
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-east-1"), 2);
        auto *model = new Tree(&world.connections);
        std::unique_ptr<Tree> owner(model);
        watch(model);
        QVERIFY(model->isLoading());
        // Every connection is rebuilt; the call in flight keeps its own until it returns.
        world.connections.setAccounts(world.connections.accounts());
        QTRY_VERIFY(!model->isLoading());
        QTest::qWait(60);
        QCOMPARE(world.cloud.callsCutShort, 0);
        QCOMPARE(model->locationsUnder({}).size(), 2);
    }

    void mayGoWhileLoading()
    {
        FakeWorld world;
        world.cloud.latency = 30ms;
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-east-1"), 2);
        auto model = std::make_unique<Tree>(&world.connections);
        QVERIFY(model->isLoading());
        model.reset();
        QTest::qWait(80); // the answer arrives to nobody
    }
};

QTEST_MAIN(TestLocationTreeModel)
#include "tst_locationtreemodel.moc"
