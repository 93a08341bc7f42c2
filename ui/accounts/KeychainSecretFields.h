#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QLineEdit;

namespace Copydeck {

// The secrets an account form's sign-in methods keep in the keychain, each by its name (see
// AccountForm::secrets()). What is typed is written when the account is saved; fields left empty
// keep what the saved account has, and say so in their placeholder. Choosing another method than
// the saved one forgets the saved method's secrets.
class KeychainSecretFields final
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretFields)
    Q_DISABLE_COPY_MOVE(KeychainSecretFields)

public:
    enum class Part {
        Key, // typed with the method's other keys, trimmed; or none typed to keep the saved ones
        Password, // a key kept exactly as typed, spaces and all
        Optional, // goes with a new key (none typed: none kept); typed alone, replaces only itself
    };

    KeychainSecretFields() = default;
    ~KeychainSecretFields() = default;

    // `edit` holds the secret `name` of `method`. `placeholder` shows while nothing is saved.
    void add(int method, QLatin1StringView name, QLineEdit *edit, Part part = Part::Key,
             const QString &placeholder = {});
    // A key of `method` that is not typed (the body of a chosen file): `value` gives it.
    void add(int method, QLatin1StringView name, std::function<QByteArray()> value);
    // What incompleteReason() says when `method`'s keys are missing, or when only some of them are
    // typed over saved ones (`partial`, else `missing`).
    void setIncompleteText(int method, const QString &missing, const QString &partial = {});

    // The method the saved account signs in with; empty for a new account.
    void setSavedMethod(std::optional<int> method);
    bool isSaved(int method) const { return m_savedMethod == method; }
    // Puts back what was typed earlier in this dialog.
    void fill(const QHash<QString, QByteArray> &typed) const;
    void updatePlaceholders() const;

    QHash<QString, QByteArray> secrets(int method) const;
    // Empty when `method`'s keys are all typed, or none of them over saved ones.
    QString incompleteReason(int method) const;

private:
    struct Field
    {
        int method;
        QString name;
        Part part;
        QLineEdit *edit;
        std::function<QByteArray()> value;
        QString placeholder;
    };
    struct IncompleteText
    {
        QString missing;
        QString partial;
    };

    static QByteArray valueOf(const Field &field);
    bool isKeyTyped(int method) const;

    QList<Field> m_fields;
    QHash<int, IncompleteText> m_incompleteTexts;
    std::optional<int> m_savedMethod;
};

} // namespace Copydeck
