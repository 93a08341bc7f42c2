// The importers run on a worker, never on the window's thread: an importer that hangs (a config
// file on a network home that does not answer) leaves the welcome page and the import dialog
// responsive and visibly busy, and what it finds arrives later through the event loop.

#include "accounts/AccountImporter.h"
#include "ui/accounts/AccountDiscoveryRun.h"
#include "ui/accounts/AccountFormRegistry.h"
#include "ui/accounts/AccountImportDialog.h"
#include "ui/accounts/WelcomeWidget.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Copydeck;

namespace {

// Blocks in discover() until the test opens the gate; says which thread it ran on.
struct Gate
{
    QSemaphore open;
    std::atomic<QThread *> ranOn {nullptr};
};

class GatedImporter final : public AccountImporter
{
public:
    explicit GatedImporter(Gate *gate)
        : m_gate(gate)
    { }

    QString cloud() const override { return QStringLiteral("aws"); }
    Discovery discover(const QList<Account> &) const override
    {
        m_gate->ranOn = QThread::currentThread();
        m_gate->open.acquire();
        Proposal proposal;
        proposal.account.id = QStringLiteral("imported-1");
        proposal.account.cloud = QStringLiteral("aws");
        proposal.account.name = QStringLiteral("AWS slow-home");
        proposal.account.authMethod = QStringLiteral("profile");
        proposal.source = QStringLiteral("profile \"slow-home\" in ~/.aws/credentials");
        return Discovery {{proposal}, {}};
    }

private:
    Gate *m_gate;
};

} // namespace

class TestImportOffThread final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void theRunAnswersThroughTheEventLoop();
    void welcomePageStaysResponsiveWhileLooking();
    void importDialogIsBusyUntilTheAnswer();

private:
    std::unique_ptr<Gate> m_gate;
    std::unique_ptr<AccountFormRegistry> m_forms;
};

void TestImportOffThread::init()
{
    m_gate = std::make_unique<Gate>();
    m_forms = std::make_unique<AccountFormRegistry>();
    Gate *gate = m_gate.get();
    m_forms->add(
        {QStringLiteral("aws"), {}, {}, [gate] { return std::make_unique<GatedImporter>(gate); }});
}

void TestImportOffThread::cleanup()
{
    // Never leave a worker blocked behind the gate.
    m_gate->open.release(10);
    QTest::qWait(50);
}

void TestImportOffThread::theRunAnswersThroughTheEventLoop()
{
    AccountDiscoveryRun run(m_forms.get());
    QSignalSpy finished(&run, &AccountDiscoveryRun::finished);
    QVERIFY(run.start({}));
    // start() came back while the importer is still blocked: it is not on this thread.
    QVERIFY(run.isRunning());
    QVERIFY(!run.start({})); // one run at a time
    QTRY_VERIFY(m_gate->ranOn.load() != nullptr);
    QVERIFY(m_gate->ranOn.load() != QThread::currentThread());
    // The event loop keeps turning while the importer waits.
    bool ticked = false;
    QTimer::singleShot(20, this, [&ticked] { ticked = true; });
    QTRY_VERIFY(ticked);
    QCOMPARE(finished.count(), 0);

    m_gate->open.release();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!run.isRunning());
    const auto discovery = finished.first().first().value<AccountImporter::Discovery>();
    QCOMPARE(discovery.proposals.size(), 1);
    QCOMPARE(discovery.proposals.first().account.name, QStringLiteral("AWS slow-home"));
}

void TestImportOffThread::welcomePageStaysResponsiveWhileLooking()
{
    WelcomeWidget welcome(m_forms.get());
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    auto *import = welcome.findChild<QPushButton *>(QStringLiteral("importPushButton"));
    QVERIFY(import);
    QTest::mouseClick(import, Qt::LeftButton);

    auto *busy = welcome.findChild<QLabel *>(QStringLiteral("importBusyLabel"));
    QVERIFY(busy);
    QVERIFY(busy->isVisible());
    QVERIFY(welcome.isImportBusy());
    QVERIFY(!import->isEnabled()); // no second run while one looks
    auto *list = welcome.findChild<QListWidget *>(QStringLiteral("discoveredAccountsListWidget"));
    QVERIFY(list);
    QVERIFY(!list->isVisible());
    // Still answering: the other choices work while the importer hangs.
    QSignalSpy add(&welcome, &WelcomeWidget::addAccountRequested);
    QTest::mouseClick(welcome.findChild<QPushButton *>(QStringLiteral("addAccountPushButton")),
                      Qt::LeftButton);
    QCOMPARE(add.count(), 1);

    m_gate->open.release();
    QTRY_VERIFY(!welcome.isImportBusy());
    QTRY_VERIFY(list->isVisible());
    QVERIFY(!busy->isVisible());
    QVERIFY(import->isEnabled());
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("AWS slow-home")));
    QVERIFY(welcome.findChild<QPushButton *>(QStringLiteral("addChosenAccountsPushButton"))
                ->isEnabled());
}

void TestImportOffThread::importDialogIsBusyUntilTheAnswer()
{
    AccountImportDialog dialog;
    AccountDiscoveryRun run(m_forms.get());
    connect(&run, &AccountDiscoveryRun::finished, &dialog, &AccountImportDialog::setDiscovery);
    QVERIFY(run.start({}));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isBusy());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importBusyLabel"))->isVisible());
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("dialogButtonBox"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    // Cancel answers at once even though the importer has not.
    QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isEnabled());

    m_gate->open.release();
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("importBusyLabel"))->isVisible());
    QCOMPARE(dialog.chosenAccounts().size(), 1);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestImportOffThread)
#include "tst_importoffthread.moc"
