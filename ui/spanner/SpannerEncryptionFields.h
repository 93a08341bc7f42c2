#pragma once

#include "core/CopyRequest.h"
#include "core/Location.h"

#include <QHash>

#include <QObject>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace Copydeck {

class FieldIssueLabel;
class ProviderConnection;

// How a new Spanner backup is encrypted: the operation's default (copy: the destination's default
// or the source's encryption; create: the database's), Google-managed, or customer-managed with
// one Cloud KMS key per region of the destination's instance configuration (one per line). Knows
// the regions the keys must cover once the page tells it, says which are still missing, and
// gives that as an issue of its own. The page places the widgets.
class SpannerEncryptionFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpannerEncryptionFields)

public:
    // `defaultType`: USE_CONFIG_DEFAULT_OR_BACKUP_ENCRYPTION for a copy, USE_DATABASE_ENCRYPTION
    // for a create. The widgets are children of `parent`, and so is this object.
    SpannerEncryptionFields(const QString &defaultType, QWidget *parent);

    QString encryptionType() const;
    QStringList kmsKeyNames() const; // empty unless customer-managed
    void setEncryption(const QString &type, const QStringList &kmsKeyNames);

    // The instance that will hold the backup (none: not chosen yet). Its configuration's regions
    // are what Copydeck knows of Google's configurations at once, then what `connection` (when it
    // is a Spanner one) says; asked once per configuration.
    void setDestination(const std::optional<Location> &instance, ProviderConnection *connection);

    // The regions the keys do not cover yet, as an issue; nothing when they do, when the type is
    // not customer-managed or when the regions are not known.
    std::optional<ValidationIssue> coverageIssue() const;

    QComboBox *typeCombo() const { return m_typeCombo; }
    QPlainTextEdit *keysEdit() const { return m_keysEdit; }
    // The keys' frame (fieldFrame(), for the layout) and the encryption issue shown under it.
    FieldIssueLabel *keysIssue() const { return m_keysIssue; }
    QLabel *regionsLabel() const { return m_regionsLabel; }

Q_SIGNALS:
    void changed();

private:
    void updateState();
    void lookUpRegions(const QString &configName, ProviderConnection *connection);

    std::optional<Location> m_instance;
    QHash<QString, QStringList> m_configRegions; // full configuration name -> regions
    QString m_config;
    std::optional<QStringList> m_regions;
    QComboBox *m_typeCombo;
    QPlainTextEdit *m_keysEdit;
    FieldIssueLabel *m_keysIssue;
    QLabel *m_regionsLabel;
};

} // namespace Copydeck
