// How each cloud's account form looks in the accounts dialog, offscreen: the "Sign in with" box
// is as tall as the chosen method's fields (no blank space kept for a taller method), a note
// (what a key file holds, which regions are listed) sits right under the field it is about and is
// as tall as its lines, and every endpoint is in a group box with the regions.
#include "AccountsDialogDriver.h"
#include "AccountsSandbox.h"

#include "ui/accounts/AccountsDialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QStackedWidget>
#include <QTest>

using namespace Copydeck;

namespace {

// The lowest edge of what `page` shows, in `page`'s coordinates.
int contentBottom(const QWidget *page)
{
    int bottom = 0;
    for (const QWidget *child : page->findChildren<QWidget *>()) {
        if (child->isVisibleTo(page))
            bottom = std::max(bottom, child->mapTo(page, QPoint(0, child->height())).y());
    }
    return bottom;
}

// A cloud's form: its Add menu entry, its sign-in stack and the radio button of each method.
struct CloudForm
{
    QString cloud;
    QString cloudName;
    QString stack;
    QStringList radios;
};

QList<CloudForm> cloudForms()
{
    return {{QStringLiteral("aws"),
             QStringLiteral("AWS Backup"),
             QStringLiteral("signInStackedWidget"),
             {QStringLiteral("accessKeyRadioButton"), QStringLiteral("profileRadioButton"),
              QStringLiteral("environmentRadioButton")}},
            {QStringLiteral("spanner"),
             QStringLiteral("Google Cloud Spanner"),
             QStringLiteral("googleSignInStackedWidget"),
             {QStringLiteral("serviceAccountKeyRadioButton"),
              QStringLiteral("credentialsFileRadioButton"),
              QStringLiteral("applicationDefaultRadioButton")}},
            {QStringLiteral("huawei"),
             QStringLiteral("Huawei Cloud CBR"),
             QStringLiteral("huaweiSignInStackedWidget"),
             {QStringLiteral("huaweiAccessKeyRadioButton"),
              QStringLiteral("huaweiIamPasswordRadioButton"),
              QStringLiteral("huaweiEnvironmentRadioButton")}},
            {QStringLiteral("rackspace"),
             QStringLiteral("Rackspace Cloud Databases"),
             QStringLiteral("rackspaceSignInStackedWidget"),
             {QStringLiteral("rackspaceApiKeyRadioButton"),
              QStringLiteral("rackspacePasswordRadioButton"),
              QStringLiteral("rackspaceEnvironmentRadioButton")}}};
}

} // namespace

class TestAccountFormLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInBoxIsAsTallAsTheChosenMethod_data();
    void signInBoxIsAsTallAsTheChosenMethod();
    void noteSitsRightUnderItsField_data();
    void noteSitsRightUnderItsField();
    void endpointsAreInAGroupBox_data();
    void endpointsAreInAGroupBox();

private:
    // Adds an account of the row's cloud and chooses the row's radio button: its form shown.
    QWidget *showMethod();

    Test::AccountsSandbox m_sandbox;
    std::unique_ptr<AccountsDialog> m_dialog;
};

void TestAccountFormLayout::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestAccountFormLayout::init()
{
    m_dialog = std::make_unique<AccountsDialog>(m_sandbox.dialogParts(), QList<Account>());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestAccountFormLayout::cleanup()
{
    m_dialog.reset();
}

QWidget *TestAccountFormLayout::showMethod()
{
    QFETCH(QString, cloud);
    QFETCH(QString, cloudName);
    QFETCH(QString, radio);
    Test::AccountsDialogDriver driver(m_dialog.get());
    if (!driver.addAccount(cloud, cloudName) || !driver.choose(radio)) {
        qWarning("%s", qPrintable(driver.error()));
        return nullptr;
    }
    return driver.form();
}

void TestAccountFormLayout::signInBoxIsAsTallAsTheChosenMethod_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("cloudName");
    QTest::addColumn<QString>("stack");
    QTest::addColumn<QString>("radio");
    for (const CloudForm &form : cloudForms()) {
        for (const QString &radio : form.radios)
            QTest::newRow(qPrintable(radio)) << form.cloud << form.cloudName << form.stack << radio;
    }
}

void TestAccountFormLayout::signInBoxIsAsTallAsTheChosenMethod()
{
    QFETCH(QString, stack);
    QWidget *form = showMethod();
    QVERIFY(form);
    auto *pages = form->findChild<QStackedWidget *>(stack);
    QVERIFY(pages);
    QWidget *page = pages->currentWidget();
    QVERIFY(page && contentBottom(page) > 0);
    // What the page shows reaches the bottom of the stack: nothing blank under the fields.
    QTRY_VERIFY2(pages->height() - contentBottom(page) <= 1,
                 qPrintable(QStringLiteral("%1 px blank under the fields")
                                .arg(pages->height() - contentBottom(page))));
}

void TestAccountFormLayout::noteSitsRightUnderItsField_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("cloudName");
    QTest::addColumn<QString>("radio");
    QTest::addColumn<QStringList>("fields"); // in one row: the note is under the lowest
    QTest::addColumn<QString>("note");
    const QList<CloudForm> forms = cloudForms();
    const auto row = [](const char *name, const CloudForm &form, int method,
                        const QStringList &fields, const QString &note) {
        QTest::newRow(name) << form.cloud << form.cloudName << form.radios.at(method) << fields
                            << note;
    };
    const CloudForm &aws = forms.at(0);
    const CloudForm &google = forms.at(1);
    row("AWS regions", aws, 0, {QStringLiteral("regionsListWidget")},
        QStringLiteral("regionsHintLabel"));
    row("AWS profile", aws, 1,
        {QStringLiteral("profileComboBox"), QStringLiteral("reloadProfilesPushButton")},
        QStringLiteral("profileInfoLabel"));
    row("Google key file", google, 0,
        {QStringLiteral("keyFileLineEdit"), QStringLiteral("chooseKeyFilePushButton")},
        QStringLiteral("keyInfoLabel"));
    row("Google credential file", google, 1,
        {QStringLiteral("credentialsFileLineEdit"),
         QStringLiteral("chooseCredentialsFilePushButton")},
        QStringLiteral("credentialsFileInfoLabel"));
    row("Huawei regions", forms.at(2), 0, {QStringLiteral("huaweiRegionsTableWidget")},
        QStringLiteral("huaweiRegionsHintLabel"));
    row("Rackspace regions", forms.at(3), 0, {QStringLiteral("rackspaceRegionsListWidget")},
        QStringLiteral("rackspaceRegionsHintLabel"));
}

void TestAccountFormLayout::noteSitsRightUnderItsField()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, note);
    QWidget *form = showMethod();
    QVERIFY(form);
    auto *label = form->findChild<QLabel *>(note);
    QVERIFY(label && label->isVisible() && !label->text().isEmpty());
    const auto fieldBottom = [form, fields] {
        int bottom = 0;
        for (const QString &name : fields) {
            const QWidget *field = form->findChild<QWidget *>(name);
            bottom = field ? std::max(bottom, field->mapTo(form, QPoint(0, field->height())).y())
                           : 1'000'000;
        }
        return bottom;
    };
    const auto gapAbove
        = [form, label, fieldBottom] { return label->mapTo(form, QPoint()).y() - fieldBottom(); };
    // Lines the note's text needs at its width; a taller label centres the text in blank space.
    const auto spareHeight
        = [label] { return label->height() - label->heightForWidth(label->width()); };
    QTRY_VERIFY2(gapAbove() >= 0 && gapAbove() <= 4 && spareHeight() >= 0 && spareHeight() <= 2,
                 qPrintable(QStringLiteral("the note is %1 px under its field, with %2 px to spare")
                                .arg(gapAbove())
                                .arg(spareHeight())));
}

void TestAccountFormLayout::endpointsAreInAGroupBox_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("cloudName");
    QTest::addColumn<QString>("radio");
    QTest::addColumn<QStringList>("endpoints");
    const QList<QStringList> endpoints
        = {{QStringLiteral("endpointLineEdit")},
           {QStringLiteral("googleEndpointLineEdit")},
           {QStringLiteral("huaweiEndpointLineEdit"), QStringLiteral("huaweiIamEndpointLineEdit")},
           {QStringLiteral("rackspaceIdentityEndpointLineEdit")}};
    const QList<CloudForm> forms = cloudForms();
    for (qsizetype i = 0; i < forms.size(); ++i) {
        QTest::newRow(qPrintable(forms.at(i).cloud))
            << forms.at(i).cloud << forms.at(i).cloudName << forms.at(i).radios.first()
            << endpoints.at(i);
    }
}

void TestAccountFormLayout::endpointsAreInAGroupBox()
{
    QFETCH(QStringList, endpoints);
    QWidget *form = showMethod();
    QVERIFY(form);
    for (const QString &name : endpoints) {
        auto *edit = form->findChild<QWidget *>(name);
        QVERIFY2(edit && edit->isVisible(), qPrintable(name));
        auto *box = qobject_cast<QGroupBox *>(edit->parentWidget());
        QVERIFY2(box, qPrintable(name + QStringLiteral(" is not in a group box")));
        QVERIFY(box->title().contains(QLatin1String("endpoint"))
                || box->title().contains(QLatin1String("identity")));
    }
}

QTEST_MAIN(TestAccountFormLayout)
#include "tst_accountformlayout.moc"
