#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace Copydeck {

class BackupFilterProxyModel;
class ProviderRegistry;

// The row above the backups table: text, state, cloud, age and "has no copy elsewhere". Every
// change goes straight to the proxy model; typing is debounced so long lists stay smooth.
class BackupFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupFilterBar)

public:
    BackupFilterBar(BackupFilterProxyModel *proxy, const ProviderRegistry &providers,
                    QWidget *parent = nullptr);

    QLineEdit *filterLineEdit() const { return m_filterEdit; }
    // Puts the cursor in the text filter and selects what is there (Ctrl+F).
    void focusFilter();

private:
    void applyText();
    void applyState();
    void applyCloud();
    void applyAge();

    BackupFilterProxyModel *m_proxy;
    QLineEdit *m_filterEdit;
    QComboBox *m_stateCombo;
    QComboBox *m_cloudCombo;
    QComboBox *m_ageCombo;
    QCheckBox *m_withoutCopiesCheck;
    QTimer *m_textDebounce;
};

} // namespace Copydeck
