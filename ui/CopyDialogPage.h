#pragma once

#include "core/Backup.h"
#include "core/CopyRequest.h"

#include <QList>
#include <QWidget>

namespace Copydeck {

class ProviderConnection;

// The cloud-specific part of the copy dialog: the fields one cloud needs (destination, role,
// lifecycle, expiry, ...). The dialog itself knows no cloud; it asks the page for a request,
// has the provider validate it, and hands the issues back to the page to show beside its fields.
class CopyDialogPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyDialogPage)

public:
    explicit CopyDialogPage(QWidget *parent = nullptr)
        : QWidget(parent)
    { }
    ~CopyDialogPage() override = default;

    // The backup to copy and the connection of its account. The page may load its choices
    // (destinations) through the connection; it starts no other network work. The connection
    // outlives the page.
    virtual void setSource(const Backup &source, ProviderConnection *connection) = 0;

    // What the fields say now. Never validated here: the dialog asks the provider.
    virtual CopyRequest request() const = 0;

    // Every copy the confirmed dialog asks for, in the order they must run, each after the one
    // before has completed; request() is the last. Most pages ask for one copy (the default); a
    // page may put copies that must exist first before it (Rackspace: an incremental backup's
    // parent).
    virtual QList<CopyRequest> requests() const { return {request()}; }

    // Shows every issue beside the field it belongs to and clears the fields without one. Returns
    // the issues that have no field on this page, for the dialog to show in its own area.
    virtual QList<ValidationIssue> showIssues(const QList<ValidationIssue> &issues) = 0;

    // True while the page is still loading its choices.
    virtual bool isLoading() const { return false; }

    // Issues only the page can see, because they depend on what it loaded (the regions a
    // destination's keys must cover). The dialog adds them to the provider's before deciding.
    virtual QList<ValidationIssue> pageIssues() const { return {}; }

    // Called once the user confirmed the copy, to remember choices for next time.
    virtual void rememberChoices() { }

Q_SIGNALS:
    // Any field changed, or the choices finished loading.
    void changed();
};

} // namespace Copydeck
