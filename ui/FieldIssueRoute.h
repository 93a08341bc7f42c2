#pragma once

#include "core/CopyRequest.h"

#include <QList>

namespace Copydeck {

class FieldIssueLabel;

// Where a page shows the issues of one request field (CopyField::Name, ...): beside that field.
struct FieldIssueRoute
{
    const char *field;
    FieldIssueLabel *label;
};

// Shows every issue beside the field its route names (one reason once, however often it comes),
// clears each routed label that gets none, and returns the issues no route takes, for the dialog
// to show in its own area. What every page's showIssues() does.
QList<ValidationIssue> showFieldIssues(const QList<ValidationIssue> &issues,
                                       const QList<FieldIssueRoute> &routes);

} // namespace Copydeck
