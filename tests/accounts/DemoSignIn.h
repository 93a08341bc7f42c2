#pragma once

#include "AccountsDialogDriver.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Copydeck::Test {

class AccountsSandbox;

// One way to sign in to a cloud's demo account, as a user adds it through the accounts dialog,
// and what Copydeck then shows and keeps. AWS is not among them (tst_accountsdialog has it).
struct DemoSignIn
{
    QString label; // "Huawei, IAM user and password"
    QString cloud; // provider id
    QString cloudName; // as the Add menu and the dialog name it
    QString formName; // the form's object name
    QString accountName; // typed as the account's name
    QString signIn; // the sign-in choice's radio button
    QList<FormField> fields; // in the order a user fills them
    QList<FormField> wrongFields; // what a user gets wrong first (a wrong key)
    QStringList regions; // checked in the form's table of regions
    QList<FormField> secrets; // what the keychain holds once saved, by secret name
    QStringList settingsHold; // what the settings file shows
    // Every secret of the sign-in, right and wrong: never in the settings file, never in what
    // the dialog says.
    QStringList secretTexts;
    QString location; // a node under the account in the window's tree
    QStringList backups; // names the backup table shows for it

    // `fields` with the wrong values in place of the right ones.
    QList<FormField> wrongFirst() const;
    // The right values of the fields `wrongFields` names.
    QList<FormField> rightAgain() const;

    // Google (service-account key file, authorized-user file), Huawei (AK/SK, IAM password) and
    // Rackspace (username and API key) against `sandbox`, which must be running; the Google
    // files are written under its temporary home. Empty, with `error` set, when something is
    // missing.
    static QList<DemoSignIn> all(AccountsSandbox &sandbox, QString *error);
};

} // namespace Copydeck::Test
