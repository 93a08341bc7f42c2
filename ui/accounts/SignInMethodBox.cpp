#include "ui/accounts/SignInMethodBox.h"

#include "ui/accounts/CurrentPageStack.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Copydeck {

SignInMethodBox::SignInMethodBox(const QString &objectName, const QString &stackObjectName,
                                 const QList<Method> &methods, QWidget *parent)
    : QGroupBox(tr("Sign in with"), parent)
    , m_group(new QButtonGroup(this))
    , m_stack(new CurrentPageStack(this))
    , m_layout(new QVBoxLayout(this))
{
    Q_ASSERT(!methods.isEmpty());
    setObjectName(objectName);
    m_stack->setObjectName(stackObjectName);
    auto *radios = new QHBoxLayout;
    for (const Method &method : methods) {
        auto *radio = new QRadioButton(method.text, this);
        radio->setObjectName(method.objectName);
        radio->setToolTip(method.toolTip);
        m_group->addButton(radio, int(m_authMethods.size()));
        radios->addWidget(radio);
        m_authMethods << method.authMethod;
        m_stack->addWidget(new QWidget(m_stack));
    }
    radios->addStretch(1);
    m_group->button(0)->setChecked(true);
    m_layout->addLayout(radios);
    m_layout->addWidget(m_stack);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_stack->setCurrentIndex(id);
        Q_EMIT methodChanged(id);
    });
}

SignInMethodBox::~SignInMethodBox() = default;

QWidget *SignInMethodBox::page(int method) const
{
    Q_ASSERT(method >= 0 && method < m_stack->count());
    return m_stack->widget(method);
}

QFormLayout *SignInMethodBox::formPage(int method)
{
    auto *form = new QFormLayout(page(method));
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

void SignInMethodBox::setNotePage(int method, QLabel *note)
{
    auto *layout = new QVBoxLayout(page(method));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
}

void SignInMethodBox::addSharedRows(QLayout *rows)
{
    m_layout->insertLayout(m_layout->indexOf(m_stack), rows);
}

int SignInMethodBox::method() const
{
    return std::max(0, m_group->checkedId());
}

void SignInMethodBox::setMethod(int method)
{
    m_group->button(method)->setChecked(true);
    m_stack->setCurrentIndex(method);
}

QString SignInMethodBox::authMethod() const
{
    return QString(m_authMethods.at(method()));
}

int SignInMethodBox::methodOf(const QString &authMethod) const
{
    return std::max(0, int(m_authMethods.indexOf(authMethod)));
}

} // namespace Copydeck
