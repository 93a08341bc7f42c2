#include "CopyDialogPages.h"

#include "ui/CopyDialogPageRegistry.h"
#include "ui/aws/AwsCopyPage.h"
#include "ui/huawei/HuaweiCopyPage.h"
#include "ui/rackspace/RackspaceCopyPage.h"
#include "ui/spanner/SpannerCopyPage.h"
#include "ui/spanner/SpannerCreateBackupPage.h"
#include "ui/spanner/SpannerExpiryPage.h"

namespace Copydeck {

void registerBuiltInCopyPages(CopyDialogPageRegistry &registry)
{
    registry.add(QStringLiteral("aws"), [](const CopyDialogPageContext &context, QWidget *parent) {
        return new AwsCopyPage(context.settings, parent);
    });
    registry.add(QStringLiteral("huawei"), [](const CopyDialogPageContext &, QWidget *parent) {
        return new HuaweiCopyPage(parent);
    });
    registry.add(QStringLiteral("rackspace"), [](const CopyDialogPageContext &, QWidget *parent) {
        return new RackspaceCopyPage(parent);
    });
    registry.add(QStringLiteral("spanner"), [](const CopyDialogPageContext &, QWidget *parent) {
        return new SpannerCopyPage(parent);
    });
}

void registerBuiltInCreateBackupPages(CopyDialogPageRegistry &registry)
{
    registry.add(QStringLiteral("spanner"), [](const CopyDialogPageContext &, QWidget *parent) {
        return new SpannerCreateBackupPage(parent);
    });
}

void registerBuiltInExpiryPages(CopyDialogPageRegistry &registry)
{
    registry.add(QStringLiteral("spanner"), [](const CopyDialogPageContext &, QWidget *parent) {
        return new SpannerExpiryPage(parent);
    });
}

} // namespace Copydeck
