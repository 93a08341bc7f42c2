#include "CopyDialogPages.h"

#include "ui/CopyDialogPageRegistry.h"
#include "ui/aws/AwsCopyPage.h"

namespace Copydeck {

void registerBuiltInCopyPages(CopyDialogPageRegistry &registry)
{
    registry.add(QStringLiteral("aws"), [](const CopyDialogPageContext &context, QWidget *parent) {
        return new AwsCopyPage(context.settings, parent);
    });
}

} // namespace Copydeck
