#include "ui/spanner/SpannerEncryptionFields.h"

#include "providers/spanner/SpannerConnection.h"
#include "providers/spanner/SpannerCopyRules.h"
#include "ui/FieldIssueLabel.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QWidget>

#include <qcoro/qcorotask.h>

namespace Copydeck {

namespace {

QString configName(const Location &instance)
{
    return QStringLiteral("projects/%1/instanceConfigs/%2").arg(instance.owner, instance.region);
}

} // namespace

SpannerEncryptionFields::SpannerEncryptionFields(const QString &defaultType, QWidget *parent)
    : QObject(parent)
    , m_typeCombo(new QComboBox(parent))
    , m_keysEdit(new QPlainTextEdit(parent))
    , m_keysIssue(new FieldIssueLabel(m_keysEdit, parent))
    , m_regionsLabel(new QLabel(parent))
{
    m_typeCombo->setObjectName(QStringLiteral("encryptionTypeComboBox"));
    m_keysEdit->setObjectName(QStringLiteral("kmsKeyNamesPlainTextEdit"));
    m_keysIssue->setObjectName(QStringLiteral("encryptionIssueLabel"));
    m_regionsLabel->setObjectName(QStringLiteral("kmsRegionsLabel"));

    const bool create = defaultType == SpannerCopyRules::CreateDefaultEncryption;
    m_typeCombo->addItem(create ? tr("Same as the database")
                                : tr("Destination default or the "
                                     "source backup's"),
                         defaultType);
    m_typeCombo->addItem(tr("Google-managed key"), SpannerCopyRules::GoogleDefaultEncryption);
    m_typeCombo->addItem(tr("Customer-managed keys (Cloud KMS)"),
                         SpannerCopyRules::CustomerManagedEncryption);
    for (int i = 0; i < m_typeCombo->count(); ++i)
        m_typeCombo->setItemData(i, m_typeCombo->itemData(i), Qt::ToolTipRole);

    m_keysEdit->setTabChangesFocus(true);
    m_keysEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_keysEdit->setPlaceholderText(
        tr("projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>\n"
           "One key per line, one for each region of the destination."));
    m_keysEdit->setFixedHeight(m_keysEdit->fontMetrics().lineSpacing() * 4
                               + 2 * m_keysEdit->frameWidth() + 8);
    m_keysEdit->setMinimumWidth(m_keysEdit->fontMetrics().horizontalAdvance(
        QStringLiteral("projects/copydeck-demo/locations/europe-west1/keyRings/"
                       "backups/cryptoKeys/orders")));
    m_regionsLabel->setWordWrap(true);
    m_regionsLabel->setTextFormat(Qt::PlainText);
    m_regionsLabel->setEnabled(false); // drawn as secondary text

    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        Q_EMIT changed();
    });
    connect(m_keysEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        Q_EMIT changed();
    });
    updateState();
}

QString SpannerEncryptionFields::encryptionType() const
{
    return m_typeCombo->currentData().toString();
}

QStringList SpannerEncryptionFields::kmsKeyNames() const
{
    if (encryptionType() != SpannerCopyRules::CustomerManagedEncryption)
        return {};
    QStringList keys;
    const QStringList lines = m_keysEdit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString key = line.trimmed();
        if (!key.isEmpty() && !keys.contains(key))
            keys << key;
    }
    return keys;
}

void SpannerEncryptionFields::setEncryption(const QString &type, const QStringList &kmsKeyNames)
{
    const int index = m_typeCombo->findData(type);
    m_typeCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_keysEdit->setPlainText(kmsKeyNames.join(QLatin1Char('\n')));
}

void SpannerEncryptionFields::setDestination(const std::optional<Location> &instance,
                                             ProviderConnection *connection)
{
    m_instance = instance;
    m_config.clear();
    m_regions.reset();
    if (instance) {
        m_config = instance->region;
        const QString full = configName(*instance);
        if (m_configRegions.contains(full)) {
            m_regions = m_configRegions.value(full);
        } else {
            m_regions = SpannerCopyRules::regionsOfConfig(m_config);
            lookUpRegions(full, connection);
        }
    }
    updateState();
}

void SpannerEncryptionFields::lookUpRegions(const QString &full, ProviderConnection *connection)
{
    auto *spanner = dynamic_cast<SpannerConnection *>(connection);
    if (!spanner)
        return;
    m_configRegions.insert(full, {}); // asked once; empty until Google answers
    QCoro::connect(spanner->instanceConfigRegions(full), this,
                   [this, full](const Result<QStringList> &result) {
                       // Unknown regions stay unknown: Google checks the keys when it gets them.
                       if (!result.ok() || result.value().isEmpty()) {
                           m_configRegions.remove(full);
                           return;
                       }
                       m_configRegions.insert(full, result.value());
                       if (m_instance && configName(*m_instance) == full) {
                           m_regions = result.value();
                           updateState();
                           Q_EMIT changed();
                       }
                   });
}

std::optional<ValidationIssue> SpannerEncryptionFields::coverageIssue() const
{
    if (encryptionType() != SpannerCopyRules::CustomerManagedEncryption || !m_regions)
        return std::nullopt;
    // A configuration the rules know is checked by the rules themselves.
    if (SpannerCopyRules::regionsOfConfig(m_config))
        return std::nullopt;
    const QStringList keys = kmsKeyNames();
    for (const QString &key : keys) {
        if (SpannerCopyRules::checkKmsKeyName(key))
            return std::nullopt; // the rules name the malformed key
    }
    if (keys.isEmpty())
        return std::nullopt; // the rules ask for a key
    const QStringList missing = SpannerCopyRules::uncoveredRegions(keys, m_config, *m_regions);
    if (missing.isEmpty())
        return std::nullopt;
    return ValidationIssue {QLatin1String(CopyField::Encryption),
                            tr("The keys must cover every region of %1; add a key in %2.")
                                .arg(m_config, missing.join(QStringLiteral(", ")))};
}

void SpannerEncryptionFields::updateState()
{
    const bool customer = encryptionType() == SpannerCopyRules::CustomerManagedEncryption;
    m_keysEdit->setEnabled(customer);
    m_regionsLabel->setVisible(customer);
    if (!customer)
        return;
    if (m_config.isEmpty()) {
        m_regionsLabel->setText(tr("Choose the destination to see which regions need a key."));
    } else if (!m_regions) {
        m_regionsLabel->setText(
            tr("Looking up the regions of %1… Spanner needs a key in each of them.").arg(m_config));
    } else {
        const QStringList missing
            = SpannerCopyRules::uncoveredRegions(kmsKeyNames(), m_config, *m_regions);
        m_regionsLabel->setText(
            missing.isEmpty()
                ? tr("The keys cover every region of %1 (%2).")
                      .arg(m_config, m_regions->join(QStringLiteral(", ")))
                : tr("%1 keeps data in %2: one key in each (or one key in %1). Still missing: %3.")
                      .arg(m_config, m_regions->join(QStringLiteral(", ")),
                           missing.join(QStringLiteral(", "))));
    }
}

} // namespace Copydeck
