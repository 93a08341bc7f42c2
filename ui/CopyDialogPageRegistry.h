#pragma once

#include <QHash>
#include <QString>

#include <functional>

class QSettings;
class QWidget;

namespace Copydeck {

class CopyDialogPage;

// What a page may use besides its source: where remembered choices live.
struct CopyDialogPageContext
{
    QSettings *settings = nullptr; // may be null: nothing is remembered
};

// Which copy dialog page belongs to which cloud, keyed by provider id. Built once by the
// composition root (registerBuiltInCopyPages) and handed to whoever opens copy dialogs.
class CopyDialogPageRegistry final
{
public:
    using Factory = std::function<CopyDialogPage *(const CopyDialogPageContext &, QWidget *parent)>;

    CopyDialogPageRegistry() = default;
    Q_DISABLE_COPY_MOVE(CopyDialogPageRegistry)

    void add(const QString &providerId, Factory factory);
    bool contains(const QString &providerId) const;
    // Null when no page is registered for the cloud.
    CopyDialogPage *create(const QString &providerId, const CopyDialogPageContext &context,
                           QWidget *parent) const;

private:
    QHash<QString, Factory> m_factories;
};

} // namespace Copydeck
