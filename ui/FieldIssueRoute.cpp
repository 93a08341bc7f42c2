#include "ui/FieldIssueRoute.h"

#include "ui/FieldIssueLabel.h"

#include <QHash>
#include <QStringList>

namespace Copydeck {

QList<ValidationIssue> showFieldIssues(const QList<ValidationIssue> &issues,
                                       const QList<FieldIssueRoute> &routes)
{
    QList<ValidationIssue> elsewhere;
    QHash<FieldIssueLabel *, QStringList> messages;
    for (const ValidationIssue &issue : issues) {
        bool placed = false;
        for (const FieldIssueRoute &route : routes) {
            if (issue.field != QLatin1String(route.field))
                continue;
            // One reason can come twice (the rules and the page): say it once.
            if (!messages[route.label].contains(issue.message))
                messages[route.label] << issue.message;
            placed = true;
        }
        if (!placed)
            elsewhere << issue;
    }
    for (const FieldIssueRoute &route : routes)
        route.label->setIssue(messages.value(route.label).join(QLatin1Char('\n')));
    return elsewhere;
}

} // namespace Copydeck
