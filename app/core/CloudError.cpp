#include "CloudError.h"

#include <QCoreApplication>

namespace Copydeck {

QString CloudError::cloudSummary() const
{
    if (cloudCode.isEmpty() && cloudMessage.isEmpty())
        return explanation;
    if (cloudCode.isEmpty())
        return cloudMessage;
    if (cloudMessage.isEmpty())
        return cloudCode;
    return cloudCode + QLatin1String(": ") + cloudMessage;
}

QString CloudError::userText() const
{
    QStringList parts;
    const bool cloudSaid = !cloudCode.isEmpty() || !cloudMessage.isEmpty();
    if (cloudSaid) {
        QString said = cloudSummary();
        if (httpStatus > 0)
            said = QCoreApplication::translate("CloudError", "The cloud answered %1 (HTTP %2).")
                       .arg(said)
                       .arg(httpStatus);
        else
            said = QCoreApplication::translate("CloudError", "The cloud answered %1.").arg(said);
        parts << said;
    }
    // Without cloud words, cloudSummary() is the explanation itself: still say it once.
    if (!explanation.isEmpty() && (!cloudSaid || explanation != cloudSummary()))
        parts << explanation;
    if (!nextStep.isEmpty())
        parts << nextStep;
    if (!requestId.isEmpty())
        parts << QCoreApplication::translate("CloudError", "Request id: %1").arg(requestId);
    return parts.join(QLatin1Char(' '));
}

CloudError CloudError::local(const QString &explanation, const QString &nextStep)
{
    CloudError e;
    e.kind = Kind::Local;
    e.explanation = explanation;
    e.nextStep = nextStep;
    return e;
}

CloudError CloudError::protocol(const QString &explanation)
{
    CloudError e;
    e.kind = Kind::Protocol;
    e.explanation = explanation;
    e.retryable = true;
    return e;
}

} // namespace Copydeck
