// The pieces every cloud's copy page is made of (ui/ChoiceLoadStatus, ui/FieldIssueRoute,
// ui/ComboChoices, ui/LatestAnswer), checked by what the user sees: which reason stands beside
// which field, when "Try again" is offered, which regions cannot be chosen, and that an answer to
// an earlier question never replaces the latest one.

#include "core/CloudError.h"
#include "core/Location.h"
#include "ui/ChoiceLoadStatus.h"
#include "ui/ComboChoices.h"
#include "ui/FieldIssueLabel.h"
#include "ui/FieldIssueRoute.h"
#include "ui/LatestAnswer.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QVBoxLayout>

#include <chrono>
#include <memory>

#include <qcoro/qcorotimer.h>

using namespace Copydeck;

namespace {

QCoro::Task<Result<QString>> answerAfter(std::chrono::milliseconds delay, QString value)
{
    co_await QCoro::sleepFor(delay);
    co_return value;
}

QCoro::Task<Result<QString>> failAfter(std::chrono::milliseconds delay, QString explanation)
{
    co_await QCoro::sleepFor(delay);
    co_return CloudError::local(explanation);
}

Location region(const QString &name)
{
    Location location;
    location.id = QStringLiteral("id-") + name;
    location.region = name;
    return location;
}

} // namespace

class TestCopyPageParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuesStandBesideTheirFields();
    void loadStatusOffersTryAgainOnlyWhenItHelps();
    void unavailableChoicesShowTheirReason();
    void olderAnswersNeverReplaceTheLatest();
};

void TestCopyPageParts::issuesStandBesideTheirFields()
{
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *name = new FieldIssueLabel(new QLineEdit, &page);
    auto *vault = new FieldIssueLabel(new QLineEdit, &page);
    for (FieldIssueLabel *issue : {name, vault}) {
        layout->addWidget(issue->fieldFrame());
        layout->addWidget(issue);
    }
    page.show();
    vault->setIssue(QStringLiteral("stale reason"));

    const QString tooLong = QStringLiteral("The name is longer than 64 characters.");
    const QList<ValidationIssue> elsewhere = showFieldIssues(
        {
            {QLatin1String(CopyField::Name), tooLong},
            {QLatin1String(CopyField::Name), QStringLiteral("The name has a '<'.")},
            // The rules and the page can both find the same reason: it is said once.
            {QLatin1String(CopyField::Name), tooLong},
            {QLatin1String(CopyField::RoleArn), QStringLiteral("No such role.")},
        },
        {{CopyField::Name, name}, {CopyField::Destination, vault}});

    QCOMPARE(name->text(), tooLong + QStringLiteral("\nThe name has a '<'."));
    QVERIFY(name->isVisible());
    // A field without an issue now loses the one it showed before.
    QVERIFY(!vault->hasIssue());
    QVERIFY(!vault->isVisible());
    // What no field on the page takes goes back to the dialog.
    QCOMPARE(elsewhere.size(), 1);
    QCOMPARE(elsewhere.first().message, QStringLiteral("No such role."));
}

void TestCopyPageParts::loadStatusOffersTryAgainOnlyWhenItHelps()
{
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *status = new ChoiceLoadStatus(QStringLiteral("destinationStatusLabel"),
                                        QStringLiteral("reloadDestinationsButton"));
    layout->addWidget(status);
    page.show();
    auto *label = page.findChild<QLabel *>(QStringLiteral("destinationStatusLabel"));
    auto *retry = page.findChild<QPushButton *>(QStringLiteral("reloadDestinationsButton"));
    QVERIFY(label && retry);
    QCOMPARE(retry->text(), QStringLiteral("Try &again"));
    // Nothing to say: it takes no room.
    QVERIFY(!status->isVisible());

    status->showLoading(QStringLiteral("Loading vaults…"));
    QVERIFY(status->isLoading());
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Loading vaults…"));
    QVERIFY(!retry->isVisible());

    status->showProblem(QStringLiteral("Could not load the vaults. Access denied."), true);
    QVERIFY(!status->isLoading());
    QVERIFY(label->isEnabled()); // a problem reads as ordinary text, not as a greyed note
    QVERIFY(retry->isVisible());
    QSignalSpy retried(status, &ChoiceLoadStatus::retryRequested);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(retried.size(), 1);

    // No account connection: trying again cannot help, so it is not offered.
    status->showProblem(QStringLiteral("This account is not connected."), false);
    QVERIFY(label->isVisible());
    QVERIFY(!retry->isVisible());

    status->showNote(QStringLiteral("The backup is already in DFW."));
    QVERIFY(label->isVisible());
    QVERIFY(!label->isEnabled()); // drawn as secondary text
    QVERIFY(!retry->isVisible());

    status->clear();
    QVERIFY(!status->isVisible());
    QVERIFY(!status->isLoading());
}

void TestCopyPageParts::unavailableChoicesShowTheirReason()
{
    QComboBox combo;
    const QString reason = QStringLiteral("Already holds a replica of this backup.");
    addChoice(&combo, QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-1"), {});
    addUnavailableChoice(&combo, QStringLiteral("cn-north-4 — held"), QStringLiteral("cn-north-4"),
                         reason);
    auto *model = qobject_cast<QStandardItemModel *>(combo.model());
    QVERIFY(model);
    QVERIFY(model->item(0)->isEnabled());
    QVERIFY(!model->item(1)->isEnabled());
    QCOMPARE(combo.itemData(1, Qt::ToolTipRole).toString(), reason);
    QVERIFY(combo.itemData(0, Qt::ToolTipRole).toString().isEmpty());

    // Two choices: the user chooses. One: there is nothing to choose.
    chooseSoleChoice(&combo);
    QCOMPARE(combo.currentIndex(), -1);
    QVERIFY(!chosenItem(&combo, QList<Location> {region(QStringLiteral("ap-southeast-1"))},
                        &Location::region));
    combo.removeItem(1);
    chooseSoleChoice(&combo);
    QCOMPARE(combo.currentIndex(), 0);
    const auto chosen = chosenItem(&combo,
                                   QList<Location> {region(QStringLiteral("cn-north-4")),
                                                    region(QStringLiteral("ap-southeast-1"))},
                                   &Location::region);
    QVERIFY(chosen);
    QCOMPARE(chosen->id, QStringLiteral("id-ap-southeast-1"));
}

void TestCopyPageParts::olderAnswersNeverReplaceTheLatest()
{
    QObject page;
    LatestAnswer answer;
    QStringList shown;
    const auto show = [&shown](const QString &value) { shown << value; };
    const auto showError = [&shown](const CloudError &error) { shown << error.userText(); };

    // The first load is slow; the user tries again and the second answers first. The first answer
    // arrives later and must not replace the second.
    answer.await(answerAfter(std::chrono::milliseconds(150), QStringLiteral("first")), &page, show,
                 showError);
    answer.await(answerAfter(std::chrono::milliseconds(10), QStringLiteral("second")), &page, show,
                 showError);
    QTRY_COMPARE(shown, QStringList {QStringLiteral("second")});
    QTest::qWait(250);
    QCOMPARE(shown, QStringList {QStringLiteral("second")});

    // A failure is handed on as the cloud's words.
    shown.clear();
    answer.await(failAfter(std::chrono::milliseconds(10), QStringLiteral("Throttled.")), &page,
                 show, showError);
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("Throttled.")), qPrintable(shown.first()));

    // forget(): the question still open is dropped (the user chose something else meanwhile).
    shown.clear();
    answer.await(answerAfter(std::chrono::milliseconds(10), QStringLiteral("stale")), &page, show,
                 showError);
    answer.forget();
    QTest::qWait(100);
    QVERIFY(shown.isEmpty());

    // The page closed while the list loaded: nothing is handed to it.
    auto closing = std::make_unique<QObject>();
    answer.await(answerAfter(std::chrono::milliseconds(10), QStringLiteral("late")), closing.get(),
                 show, showError);
    closing.reset();
    QTest::qWait(100);
    QVERIFY(shown.isEmpty());
}

QTEST_MAIN(TestCopyPageParts)
#include "tst_copypageparts.moc"
