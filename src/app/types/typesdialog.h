#pragma once
// Edits the design's enums, domains, composite types and extensions on a
// copy; OK makes every change one undo step (SetTypesCommand).

#include "document/designdocument.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TypesDialog;
}

namespace sw::app {

class TypesDialog : public QDialog {
    Q_OBJECT
public:
    explicit TypesDialog(DesignDocument *document, QWidget *parent = nullptr);
    ~TypesDialog() override;

    const QList<TypeDefinition> &types() const { return m_types; }
    const QList<Extension> &extensions() const { return m_extensions; }
    void selectType(int row);
    void addType(TypeDefinition::Kind kind);

private:
    void showTypes();
    void loadCurrent();
    void showReplacements();
    void storeReplacements();
    void storeCurrent();
    void showExtensions();
    void storeExtensions();
    void movePart(int by);
    void validate();
    void apply();

    std::unique_ptr<Ui::TypesDialog> m_ui;
    DesignDocument *m_document;
    QList<TypeDefinition> m_types;
    QList<Extension> m_extensions;
    int m_current = -1;
    bool m_loading = false;
};

} // namespace sw::app
