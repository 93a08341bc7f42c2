#include "SandboxFaultPlan.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace Copydeck::Sandbox {

namespace {

constexpr std::array<std::pair<SandboxFault, const char *>, 7> kKeys {{
    {SandboxFault::Throttle, "429"},
    {SandboxFault::InternalError, "500"},
    {SandboxFault::Unavailable, "503"},
    {SandboxFault::Reset, "reset"},
    {SandboxFault::Slow, "slow"},
    {SandboxFault::Truncated, "truncated"},
    {SandboxFault::Hang, "hang"},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxFaultPlan", text);
}

} // namespace

QList<SandboxFault> SandboxFaultPlan::allKinds()
{
    QList<SandboxFault> kinds;
    for (const auto &[kind, key] : kKeys)
        kinds << kind;
    return kinds;
}

QString SandboxFaultPlan::key(SandboxFault kind)
{
    for (const auto &[value, key] : kKeys) {
        if (value == kind)
            return QLatin1String(key);
    }
    return {};
}

std::optional<SandboxFault> SandboxFaultPlan::fromKey(const QString &key)
{
    for (const auto &[value, name] : kKeys) {
        if (key.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

bool SandboxFaultPlan::appliesRequest(SandboxFault kind)
{
    switch (kind) {
    case SandboxFault::InternalError:
    case SandboxFault::Reset:
    case SandboxFault::Slow:
    case SandboxFault::Truncated:
        return true;
    case SandboxFault::Throttle:
    case SandboxFault::Unavailable:
    case SandboxFault::Hang:
        return false;
    }
    return false;
}

std::optional<SandboxFaultPlan> SandboxFaultPlan::parse(const QString &spec, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SandboxFaultPlan>();
    };
    SandboxFaultPlan plan;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    bool ok = false;
    plan.share = spec.left(colon).trimmed().toDouble(&ok);
    if (!ok || plan.share < 0 || plan.share > 1)
        return refuse(
            tr("The faults are a share from 0 to 1 of requests that fail, optionally "
               "followed by a colon and the kinds: 429,500,503,reset,slow,truncated,hang"));
    if (colon >= 0) {
        plan.kinds.clear();
        const QStringList keys = spec.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : keys) {
            const std::optional<SandboxFault> kind = fromKey(key);
            if (!kind)
                return refuse(tr("Unknown fault \"%1\"; the faults are "
                                 "429,500,503,reset,slow,truncated,hang")
                                  .arg(key.trimmed()));
            if (!plan.kinds.contains(*kind))
                plan.kinds << *kind;
        }
        if (plan.kinds.isEmpty())
            return refuse(tr("No fault is named after the colon"));
    }
    return plan;
}

} // namespace Copydeck::Sandbox
