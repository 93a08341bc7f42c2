// KeychainSecretFields, what every account form's secret fields do: what is typed is written (a new
// key whole), what is left empty keeps the saved secret and says so, another method than the saved
// one forgets the saved method's secrets, and what is missing is said in the form's words.
#include "ui/accounts/KeychainSecretFields.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace Copydeck;

namespace {

enum Method { Keys, Password, Environment };

const QString Unchanged = QStringLiteral("Unchanged (saved in the keychain)");
const QString Missing = QStringLiteral("Enter the key and its secret.");
const QString Partial = QStringLiteral("Enter both, or neither to keep the saved ones.");

using Secrets = QHash<QString, QByteArray>;

} // namespace

class TestKeychainSecretFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newAccountNeedsEveryKey();
    void savedKeysStayWhenNothingIsTyped();
    void aNewKeyReplacesTheSavedOneWhole();
    void anotherMethodForgetsTheSavedSecrets();
    void typedSecretsComeBack();
    void aChosenFileIsAKeyToo();

private:
    std::unique_ptr<QWidget> m_form;
    QLineEdit *m_keyId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_password = nullptr;
    std::unique_ptr<KeychainSecretFields> m_fields;
};

void TestKeychainSecretFields::init()
{
    m_form = std::make_unique<QWidget>();
    m_keyId = new QLineEdit(m_form.get());
    m_secret = new QLineEdit(m_form.get());
    m_token = new QLineEdit(m_form.get());
    m_password = new QLineEdit(m_form.get());
    m_fields = std::make_unique<KeychainSecretFields>();
    m_fields->add(Keys, QLatin1StringView("keyId"), m_keyId, KeychainSecretFields::Part::Key,
                  QStringLiteral("AKIA…"));
    m_fields->add(Keys, QLatin1StringView("secret"), m_secret);
    m_fields->add(Keys, QLatin1StringView("token"), m_token, KeychainSecretFields::Part::Optional,
                  QStringLiteral("Only for temporary keys"));
    m_fields->setIncompleteText(Keys, Missing, Partial);
    m_fields->add(Password, QLatin1StringView("password"), m_password,
                  KeychainSecretFields::Part::Password);
    m_fields->setIncompleteText(Password, QStringLiteral("Enter the password."));
}

void TestKeychainSecretFields::cleanup()
{
    m_fields.reset();
    m_form.reset();
}

void TestKeychainSecretFields::newAccountNeedsEveryKey()
{
    m_fields->setSavedMethod(std::nullopt);
    m_fields->updatePlaceholders();
    QCOMPARE(m_keyId->placeholderText(), QStringLiteral("AKIA…"));
    QCOMPARE(m_secret->placeholderText(), QString());
    QCOMPARE(m_fields->incompleteReason(Keys), Missing);
    m_keyId->setText(QStringLiteral("AKIAEXAMPLE"));
    QCOMPARE(m_fields->incompleteReason(Keys), Missing);
    m_secret->setText(QStringLiteral(" s3cret "));
    QVERIFY(m_fields->incompleteReason(Keys).isEmpty());
    // Keys are trimmed; the token, not typed, is written empty: none is kept.
    QCOMPARE(m_fields->secrets(Keys),
             (Secrets {{QStringLiteral("keyId"), "AKIAEXAMPLE"},
                       {QStringLiteral("secret"), "s3cret"},
                       {QStringLiteral("token"), QByteArray()}}));
    // A method without secrets needs none.
    QVERIFY(m_fields->incompleteReason(Environment).isEmpty());
    QVERIFY(m_fields->secrets(Environment).isEmpty());
}

void TestKeychainSecretFields::savedKeysStayWhenNothingIsTyped()
{
    m_fields->setSavedMethod(Keys);
    m_fields->updatePlaceholders();
    for (QLineEdit *edit : {m_keyId, m_secret, m_token})
        QCOMPARE(edit->placeholderText(), Unchanged);
    QCOMPARE(m_password->placeholderText(), QString());
    QVERIFY(m_fields->incompleteReason(Keys).isEmpty());
    QVERIFY(m_fields->secrets(Keys).isEmpty());

    // Half a new key is not enough, and is not taken for the saved one's other half.
    m_keyId->setText(QStringLiteral("AKIANEW"));
    QCOMPARE(m_fields->incompleteReason(Keys), Partial);
    m_keyId->clear();

    // A token alone replaces the saved token only.
    m_token->setText(QStringLiteral("token-2"));
    QVERIFY(m_fields->incompleteReason(Keys).isEmpty());
    QCOMPARE(m_fields->secrets(Keys), (Secrets {{QStringLiteral("token"), "token-2"}}));
}

void TestKeychainSecretFields::aNewKeyReplacesTheSavedOneWhole()
{
    m_fields->setSavedMethod(Keys);
    m_keyId->setText(QStringLiteral("AKIANEW"));
    m_secret->setText(QStringLiteral("new-secret"));
    m_fields->updatePlaceholders();
    // The saved token belonged to the saved key: it is not kept for the new one.
    QCOMPARE(m_token->placeholderText(), QStringLiteral("Only for temporary keys"));
    QCOMPARE(m_fields->secrets(Keys),
             (Secrets {{QStringLiteral("keyId"), "AKIANEW"},
                       {QStringLiteral("secret"), "new-secret"},
                       {QStringLiteral("token"), QByteArray()}}));
}

void TestKeychainSecretFields::anotherMethodForgetsTheSavedSecrets()
{
    m_fields->setSavedMethod(Keys);
    m_keyId->setText(QStringLiteral("typed but no longer chosen"));
    QCOMPARE(m_fields->incompleteReason(Password), QStringLiteral("Enter the password."));
    // A password is kept as typed, spaces and all.
    m_password->setText(QStringLiteral(" pass word "));
    QVERIFY(m_fields->incompleteReason(Password).isEmpty());
    QCOMPARE(m_fields->secrets(Password),
             (Secrets {{QStringLiteral("keyId"), QByteArray()},
                       {QStringLiteral("secret"), QByteArray()},
                       {QStringLiteral("token"), QByteArray()},
                       {QStringLiteral("password"), " pass word "}}));
    QCOMPARE(m_fields->secrets(Environment),
             (Secrets {{QStringLiteral("keyId"), QByteArray()},
                       {QStringLiteral("secret"), QByteArray()},
                       {QStringLiteral("token"), QByteArray()}}));
    // The saved password stays when the password method is saved and nothing is typed.
    m_fields->setSavedMethod(Password);
    m_password->clear();
    m_fields->updatePlaceholders();
    QCOMPARE(m_password->placeholderText(), Unchanged);
    QCOMPARE(m_keyId->placeholderText(), QStringLiteral("AKIA…"));
    QVERIFY(m_fields->incompleteReason(Password).isEmpty());
    QVERIFY(m_fields->secrets(Password).isEmpty());
}

void TestKeychainSecretFields::typedSecretsComeBack()
{
    m_fields->fill({{QStringLiteral("keyId"), "AKIATYPED"}, {QStringLiteral("password"), "pw"}});
    QCOMPARE(m_keyId->text(), QStringLiteral("AKIATYPED"));
    QCOMPARE(m_secret->text(), QString());
    QCOMPARE(m_password->text(), QStringLiteral("pw"));
}

void TestKeychainSecretFields::aChosenFileIsAKeyToo()
{
    QByteArray chosen;
    KeychainSecretFields fields;
    fields.add(Keys, QLatin1StringView("keyFile"), [&chosen] { return chosen; });
    fields.setIncompleteText(Keys, QStringLiteral("Choose the key file."));
    fields.setSavedMethod(std::nullopt);
    QCOMPARE(fields.incompleteReason(Keys), QStringLiteral("Choose the key file."));
    chosen = "{\"type\": \"service_account\"}";
    QVERIFY(fields.incompleteReason(Keys).isEmpty());
    QCOMPARE(fields.secrets(Keys), (Secrets {{QStringLiteral("keyFile"), chosen}}));
    fields.setSavedMethod(Keys);
    QVERIFY(fields.isSaved(Keys));
    QCOMPARE(fields.secrets(Password), (Secrets {{QStringLiteral("keyFile"), QByteArray()}}));
}

QTEST_MAIN(TestKeychainSecretFields)
#include "tst_keychainsecretfields.moc"
