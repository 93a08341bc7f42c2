#include "ui/accounts/KeychainSecretFields.h"

#include <QLineEdit>

namespace Copydeck {

void KeychainSecretFields::add(int method, QLatin1StringView name, QLineEdit *edit, Part part,
                               const QString &placeholder)
{
    m_fields.append({method, QString(name), part, edit, {}, placeholder});
}

void KeychainSecretFields::add(int method, QLatin1StringView name,
                               std::function<QByteArray()> value)
{
    m_fields.append({method, QString(name), Part::Key, nullptr, std::move(value), {}});
}

void KeychainSecretFields::setIncompleteText(int method, const QString &missing,
                                             const QString &partial)
{
    m_incompleteTexts.insert(method, {missing, partial.isEmpty() ? missing : partial});
}

void KeychainSecretFields::setSavedMethod(std::optional<int> method)
{
    m_savedMethod = method;
}

QByteArray KeychainSecretFields::valueOf(const Field &field)
{
    if (!field.edit)
        return field.value();
    return field.part == Part::Password ? field.edit->text().toUtf8()
                                        : field.edit->text().trimmed().toUtf8();
}

bool KeychainSecretFields::isKeyTyped(int method) const
{
    for (const Field &field : m_fields) {
        if (field.method == method && field.part != Part::Optional && !valueOf(field).isEmpty())
            return true;
    }
    return false;
}

void KeychainSecretFields::fill(const QHash<QString, QByteArray> &typed) const
{
    for (const Field &field : m_fields) {
        if (field.edit)
            field.edit->setText(QString::fromUtf8(typed.value(field.name)));
    }
}

void KeychainSecretFields::updatePlaceholders() const
{
    const QString unchanged = tr("Unchanged (saved in the keychain)");
    for (const Field &field : m_fields) {
        if (!field.edit)
            continue;
        // A new key replaces the saved one whole, the optional parts included.
        const bool kept
            = isSaved(field.method) && (field.part != Part::Optional || !isKeyTyped(field.method));
        field.edit->setPlaceholderText(kept ? unchanged : field.placeholder);
    }
}

QHash<QString, QByteArray> KeychainSecretFields::secrets(int method) const
{
    QHash<QString, QByteArray> secrets;
    // The saved method's secrets are no longer used: they go.
    if (m_savedMethod && *m_savedMethod != method) {
        for (const Field &field : m_fields) {
            if (field.method == *m_savedMethod)
                secrets.insert(field.name, {});
        }
    }
    const bool newKey = isKeyTyped(method);
    for (const Field &field : m_fields) {
        if (field.method != method)
            continue;
        const QByteArray value = valueOf(field);
        // A new key is written whole: without its optional parts, none is kept.
        if (newKey || (field.part == Part::Optional && !value.isEmpty()))
            secrets.insert(field.name, value);
    }
    return secrets;
}

QString KeychainSecretFields::incompleteReason(int method) const
{
    int keys = 0;
    int typed = 0;
    for (const Field &field : m_fields) {
        if (field.method != method || field.part == Part::Optional)
            continue;
        ++keys;
        typed += valueOf(field).isEmpty() ? 0 : 1;
    }
    if (typed == keys || (typed == 0 && isSaved(method)))
        return {};
    const IncompleteText text = m_incompleteTexts.value(method);
    return typed > 0 && isSaved(method) ? text.partial : text.missing;
}

} // namespace Copydeck
