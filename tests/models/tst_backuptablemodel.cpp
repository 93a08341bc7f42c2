// BackupTableModel and BackupFilterProxyModel over the fake cloud: pages arriving one by one,
// stale pages dropped, display texts, the Copies column, every filter and raw-value sorting.
#include "jobs/CopyJobTracker.h"
#include "models/BackupFilterProxyModel.h"
#include "models/BackupTableModel.h"

#include "FakeCloud.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Copydeck;
using namespace Copydeck::Test;
using namespace std::chrono_literals;

namespace {

using Table = BackupTableModel;
using Proxy = BackupFilterProxyModel;
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

struct Fixture
{
    Fixture()
    {
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        const QList<Location> east
            = world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-east-1"), 2);
        a = east.at(0);
        b = east.at(1);
        tracker.setPollSchedule(PollSchedule::fast());
        new QAbstractItemModelTester(table, Fatal, table);
        proxy->setSourceModel(table);
        proxy->setClock(&world.clock);
        new QAbstractItemModelTester(proxy, Fatal, proxy);
    }
    ~Fixture()
    {
        delete proxy;
        delete table;
    }

    QStringList names(const QAbstractItemModel *model) const
    {
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row)
            result << model->index(row, Table::NameColumn).data().toString();
        return result;
    }

    FakeWorld world;
    CopyJobTracker tracker {&world.connections, nullptr, &world.clock};
    Table *table = new Table(&world.connections, &tracker);
    Proxy *proxy = new Proxy;
    Location a;
    Location b;
};

} // namespace

class TestBackupTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Copydeck::CloudError>();
        qRegisterMetaType<Copydeck::Location>();
    }

    void pagesArriveOneByOne()
    {
        Fixture f;
        f.world.cloud.addBackups(f.a, 35);
        f.world.cloud.closeGate();
        QSignalSpy inserted(f.table, &Table::rowsInserted);
        QSignalSpy loading(f.table, &Table::loadingChanged);

        f.table->setLocations({f.a});
        QVERIFY(f.table->isLoading());
        QCOMPARE(loading.count(), 1);
        QTRY_COMPARE(f.table->rowCount(), 10);
        // The first page shows while the rest is still on its way.
        QTest::qWait(50);
        QCOMPARE(f.table->rowCount(), 10);
        QVERIFY(f.table->isLoading());
        QCOMPARE(f.proxy->rowCount(), 10);

        f.world.cloud.openGate();
        QTRY_VERIFY(!f.table->isLoading());
        QCOMPARE(f.table->rowCount(), 35);
        QCOMPARE(loading.count(), 2);
        // One insertion per page.
        QCOMPARE(inserted.count(), 4);
        QCOMPARE(inserted.at(1).at(1).toInt(), 10);
        QCOMPARE(inserted.at(1).at(2).toInt(), 19);
        QCOMPARE(inserted.at(3).at(1).toInt(), 30);
        QCOMPARE(inserted.at(3).at(2).toInt(), 34);
        QCOMPARE(f.table->rowOfBackup(f.world.cloud.backups[f.a.id].at(34).id), 34);
        QCOMPARE(f.table->backup(0).id, f.world.cloud.backups[f.a.id].at(0).id);
    }

    void switchingLocationsDropsStalePages()
    {
        Fixture f;
        f.world.cloud.addBackups(f.a, 30);
        f.world.cloud.addBackups(f.b, 25);
        f.world.cloud.closeGate();

        f.table->setLocations({f.a});
        QTRY_COMPARE(f.table->rowCount(), 10);
        f.table->setLocations({f.b});
        QCOMPARE(f.table->rowCount(), 0);
        QTRY_COMPARE(f.table->rowCount(), 10);

        f.world.cloud.openGate(); // a's second page is answered now, and must be dropped
        QTRY_VERIFY(!f.table->isLoading());
        QTest::qWait(50);
        QCOMPARE(f.table->rowCount(), 25);
        for (int row = 0; row < f.table->rowCount(); ++row)
            QCOMPARE(f.table->backup(row).location.id, f.b.id);
        QCOMPARE(f.table->rowOfBackup(f.world.cloud.backups[f.a.id].first().id), -1);
    }

    void loadsEveryLocationAndReportsFailures()
    {
        Fixture f;
        const Location c
            = f.world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("eu-west-1"), 1)
                  .first();
        f.world.cloud.addBackups(f.a, 12);
        f.world.cloud.addBackups(f.b, 3);
        f.world.cloud.backupErrors.insert(
            c.id,
            FakeCloud::cloudError(QStringLiteral("AccessDeniedException"),
                                  QStringLiteral("Not allowed in eu-west-1"), 403));
        QSignalSpy failed(f.table, &Table::loadFailed);

        f.table->setLocations({f.a, f.b, c, f.a}); // the duplicate is loaded once
        QTRY_VERIFY(!f.table->isLoading());
        QCOMPARE(f.table->rowCount(), 15);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Location>().id, c.id);
        QCOMPARE(failed.first().at(1).value<CloudError>().cloudMessage,
                 QStringLiteral("Not allowed in eu-west-1"));
    }

    void refreshUpdatesRowsInPlace()
    {
        Fixture f;
        const Location c
            = f.world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("eu-west-1"), 1)
                  .first();
        f.world.cloud.addBackups(f.a, 4);
        f.world.cloud.addBackups(c, 2);
        f.table->setLocations({f.a, c});
        QTRY_VERIFY(!f.table->isLoading());
        QCOMPARE(f.table->rowCount(), 6);

        // The operator has a row selected (a persistent index, as a selection model keeps).
        QList<Backup> &inA = f.world.cloud.backups[f.a.id];
        const QString keptId = inA.at(2).id;
        const QPersistentModelIndex selected = f.table->index(f.table->rowOfBackup(keptId), 0);
        QSignalSpy reset(f.table, &Table::modelReset);
        QSignalSpy failed(f.table, &Table::loadFailed);

        // In the cloud: one backup changed state, one went, one came; c can no longer be listed.
        inA[2].rawState = QStringLiteral("READY");
        const QString goneId = inA.at(0).id;
        inA.removeAt(0);
        Backup fresh = inA.at(0);
        fresh.id = QStringLiteral("fresh-copy");
        fresh.name = QStringLiteral("fresh-copy");
        fresh.rawState = QStringLiteral("CREATING");
        inA.append(fresh);
        f.world.cloud.backupErrors.insert(
            c.id,
            FakeCloud::cloudError(QStringLiteral("ServiceUnavailableException"),
                                  QStringLiteral("Try again"), 503));

        f.world.cloud.closeGate();
        f.table->refresh();
        QVERIFY(f.table->isLoading());
        // The rows stay on screen while the new listing is on its way.
        QCOMPARE(f.table->rowCount(), 6);
        f.world.cloud.openGate();
        QTRY_VERIFY(!f.table->isLoading());

        QCOMPARE(reset.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(f.table->rowOfBackup(goneId), -1);
        QVERIFY(f.table->rowOfBackup(QStringLiteral("fresh-copy")) >= 0);
        QCOMPARE(f.table->backup(f.table->rowOfBackup(QStringLiteral("fresh-copy"))).rawState,
                 QStringLiteral("CREATING"));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(Table::BackupIdRole).toString(), keptId);
        QCOMPARE(f.table->backup(selected.row()).rawState, QStringLiteral("READY"));
        // The location that failed keeps the rows it had: 3 + 1 new in a, 2 kept in c.
        QCOMPARE(f.table->rowCount(), 6);
        for (int row = 0; row < f.table->rowCount(); ++row)
            QCOMPARE(f.table->rowOfBackup(f.table->backup(row).id), row);
    }

    void displaysWhatAUserReads()
    {
        Fixture f;
        Backup backup = f.world.cloud.addBackups(f.a, 1).first();
        backup.sizeBytes = qint64(1.5 * 1024 * 1024 * 1024);
        backup.expires = QDateTime();
        backup.state = BackupState::Expired;
        backup.rawState = QStringLiteral("EXPIRED");
        f.world.cloud.backups[f.a.id] = {backup};
        f.table->setLocations({f.a});
        QTRY_COMPARE(f.table->rowCount(), 1);

        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return f.table->index(0, column).data(role);
        };
        QCOMPARE(cell(Table::NameColumn).toString(), backup.name);
        QCOMPARE(cell(Table::NameColumn, Qt::ToolTipRole).toString(), backup.id);
        QCOMPARE(cell(Table::CloudColumn).toString(), QStringLiteral("Fake Cloud"));
        QCOMPARE(cell(Table::AccountColumn).toString(), QStringLiteral("Production"));
        QCOMPARE(cell(Table::LocationColumn).toString(), QStringLiteral("vault-1"));
        QCOMPARE(cell(Table::SourceColumn).toString(), backup.sourceResource);
        QCOMPARE(cell(Table::StateColumn).toString(), QStringLiteral("Expired"));
        QCOMPARE(cell(Table::StateColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("The cloud says: EXPIRED"));
        QCOMPARE(cell(Table::SizeColumn).toString(),
                 QLocale().formattedDataSize(backup.sizeBytes, 1));
        if (QLocale().name() == QLatin1String("C") || QLocale().name() == QLatin1String("en_US"))
            QCOMPARE(cell(Table::SizeColumn).toString(), QStringLiteral("1.5 GiB"));
        QCOMPARE(cell(Table::CreatedColumn).toString(),
                 QLocale().toString(backup.created.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(Table::ExpiresColumn).toString(), QString());
        QCOMPARE(cell(Table::EncryptionColumn).toString(), QStringLiteral("KMS"));
        QCOMPARE(cell(Table::CopiesColumn).toString(), QStringLiteral("0"));

        // Raw values sort as what they are.
        QCOMPARE(cell(Table::SizeColumn, Table::RawValueRole).toLongLong(), backup.sizeBytes);
        QCOMPARE(cell(Table::CreatedColumn, Table::RawValueRole).toDateTime(), backup.created);
        QCOMPARE(cell(Table::StateColumn, Table::RawValueRole).toInt(), int(BackupState::Expired));
        QCOMPARE(cell(Table::NameColumn, Table::BackupIdRole).toString(), backup.id);
        QCOMPARE(cell(Table::NameColumn, Table::BackupRole).value<Backup>().id, backup.id);
        QCOMPARE(f.table->headerData(Table::CopiesColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Copies"));
    }

    void copiesColumnCountsCompletedCopies()
    {
        Fixture f;
        const QList<Backup> backups = f.world.cloud.addBackups(f.a, 3);
        f.table->setLocations({f.a});
        QTRY_COMPARE(f.table->rowCount(), 3);
        f.proxy->setOnlyWithoutCopies(true);
        QCOMPARE(f.proxy->rowCount(), 3);
        QSignalSpy changed(f.table, &Table::dataChanged);

        const QString id = f.tracker.submit(f.world.copyRequest(backups.at(1), f.b));
        QTRY_COMPARE(f.tracker.job(id).state, CopyJobState::Completed);
        const int row = f.table->rowOfBackup(backups.at(1).id);
        QCOMPARE(f.table->index(row, Table::CopiesColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(f.table->index(row, Table::CopiesColumn).data(Table::RawValueRole).toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), f.table->index(row, Table::CopiesColumn));

        // A failed copy is no copy.
        f.world.cloud.endState = CopyJobState::Failed;
        const QString failed = f.tracker.submit(f.world.copyRequest(backups.at(0), f.b));
        QTRY_COMPARE(f.tracker.job(failed).state, CopyJobState::Failed);
        QCOMPARE(f.table->copiesOf(backups.at(0).id), 0);

        // "Without copies" hid the copied backup as soon as the copy completed; a table made
        // later knows of the copy too.
        QCOMPARE(f.proxy->rowCount(), 2);
        QVERIFY(!f.names(f.proxy).contains(backups.at(1).name));
        Table later(&f.world.connections, &f.tracker);
        QCOMPARE(later.copiesOf(backups.at(1).id), 1);
    }

    void filtersByText()
    {
        Fixture f;
        f.world.cloud.addBackups(f.a, 4);
        f.world.cloud.addBackups(f.b, 4);
        f.table->setLocations({f.a, f.b});
        QTRY_VERIFY(!f.table->isLoading());
        QCOMPARE(f.proxy->rowCount(), 8);

        f.proxy->setFilterText(QStringLiteral("VAULT-2-BACKUP")); // name, any case
        QCOMPARE(f.proxy->rowCount(), 4);
        f.proxy->setFilterText(QStringLiteral("db-0")); // source database
        QCOMPARE(f.proxy->rowCount(), 2);
        f.proxy->setFilterText(f.b.id); // location id
        QCOMPARE(f.proxy->rowCount(), 4);
        f.proxy->setFilterText(QStringLiteral("backup-3")); // id (and name)
        QCOMPARE(f.proxy->rowCount(), 2);
        f.proxy->setFilterText(QStringLiteral("nothing like it"));
        QCOMPARE(f.proxy->rowCount(), 0);
        f.proxy->setFilterText(QString());
        QCOMPARE(f.proxy->rowCount(), 8);
    }

    void filtersByStateCloudAndAge()
    {
        Fixture f;
        QList<Backup> backups = f.world.cloud.addBackups(f.a, 6); // created 1..6 days ago
        backups[0].state = BackupState::Expired;
        backups[1].state = BackupState::Failed;
        backups[2].cloud = QStringLiteral("other");
        backups[5].created = QDateTime();
        f.world.cloud.backups[f.a.id] = backups;
        f.table->setLocations({f.a});
        QTRY_VERIFY(!f.table->isLoading());

        f.proxy->setStateFilter(BackupState::Available);
        QCOMPARE(f.proxy->rowCount(), 4);
        f.proxy->setStateFilter(BackupState::Expired);
        QCOMPARE(f.names(f.proxy), QStringList {backups[0].name});
        f.proxy->setStateFilter(std::nullopt);

        f.proxy->setCloudFilter(QStringLiteral("other"));
        QCOMPARE(f.names(f.proxy), QStringList {backups[2].name});
        f.proxy->setCloudFilter(QStringLiteral("fake"));
        QCOMPARE(f.proxy->rowCount(), 5);
        f.proxy->setCloudFilter(QString());

        // At most 3 days old: 1, 2 and 3 days; the one of unknown age is left out.
        f.proxy->setMaxAgeDays(3);
        QCOMPARE(f.proxy->rowCount(), 3);
        f.world.clock.advance(24 * 3600); // a day later, one fewer
        f.proxy->setClock(&f.world.clock);
        QCOMPARE(f.proxy->rowCount(), 2);
        f.proxy->setMaxAgeDays(0);
        QCOMPARE(f.proxy->rowCount(), 6);

        // Filters combine.
        f.proxy->setStateFilter(BackupState::Available);
        f.proxy->setCloudFilter(QStringLiteral("fake"));
        QCOMPARE(f.proxy->rowCount(), 3);
    }

    void sortsOnRawValues()
    {
        Fixture f;
        QList<Backup> backups = f.world.cloud.addBackups(f.a, 3);
        backups[0].sizeBytes = 2LL * 1024 * 1024 * 1024; // "2.0 GiB"
        backups[1].sizeBytes = 500LL * 1024 * 1024; // "500.0 MiB": first as text, not as size
        backups[2].sizeBytes = 10LL * 1024 * 1024 * 1024; // "10.0 GiB"
        f.world.cloud.backups[f.a.id] = backups;
        f.table->setLocations({f.a});
        QTRY_VERIFY(!f.table->isLoading());

        f.proxy->sort(Table::SizeColumn, Qt::AscendingOrder);
        QCOMPARE(f.names(f.proxy),
                 QStringList({backups[1].name, backups[0].name, backups[2].name}));
        f.proxy->sort(Table::CreatedColumn, Qt::AscendingOrder); // oldest first
        QCOMPARE(f.names(f.proxy),
                 QStringList({backups[2].name, backups[1].name, backups[0].name}));

        // New pages land in sorted order too.
        const Backup late = f.world.cloud.addBackups(f.a, 1).first(); // 4 days old: the oldest
        f.table->reload();
        QTRY_VERIFY(!f.table->isLoading());
        QCOMPARE(f.names(f.proxy).first(), late.name);
    }

    void mayGoWhileLoading()
    {
        FakeWorld world;
        world.cloud.latency = 30ms;
        world.addAccount(QStringLiteral("acct-1"), QStringLiteral("Production"));
        const Location location
            = world.cloud.addLocations(QStringLiteral("acct-1"), QStringLiteral("us-east-1"), 1)
                  .first();
        world.cloud.addBackups(location, 25);
        auto table = std::make_unique<Table>(&world.connections, nullptr);
        table->setLocations({location});
        QTRY_COMPARE(table->rowCount(), 10);
        table.reset();
        QTest::qWait(120); // the next pages arrive to nobody
    }
};

QTEST_MAIN(TestBackupTableModel)
#include "tst_backuptablemodel.moc"
