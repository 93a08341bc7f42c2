# One INTERFACE target that every Copydeck target links: language level, Qt safety defines and
# warnings. Nothing here is directory-scoped.
add_library(copydeck_defaults INTERFACE)
add_library(Copydeck::defaults ALIAS copydeck_defaults)

target_compile_features(copydeck_defaults INTERFACE cxx_std_20)
target_compile_definitions(copydeck_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    COPYDECK_VERSION="${PROJECT_VERSION}")
target_compile_options(copydeck_defaults INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    $<$<BOOL:${COPYDECK_WERROR}>:-Werror>
    # GCC 12 reports std::optional members as maybe-uninitialized where they cannot be (a known
    # false positive that depends on the optimisation level): shown, but not fatal.
    $<$<BOOL:${COPYDECK_WERROR}>:-Wno-error=maybe-uninitialized>)

# `cmake --build <dir> --target format-check` fails when a source file is not formatted by the
# project's .clang-format; `--target format` formats them.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE COPYDECK_FORMATTED_SOURCES CONFIGURE_DEPENDS
        ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
        ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h
        ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h)
    list(FILTER COPYDECK_FORMATTED_SOURCES EXCLUDE REGEX "/node_modules/")
    add_custom_target(format-check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run -Werror ${COPYDECK_FORMATTED_SOURCES}
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        COMMENT "Checking formatting against .clang-format")
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${COPYDECK_FORMATTED_SOURCES}
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        COMMENT "Formatting with .clang-format")
endif()

# Precompiled headers for the libraries with many sources. On two cores the build is most of a
# test run, and parsing Qt's and QCoro's headers is most of each file's compile time.
# -DCOPYDECK_PCH=OFF builds without them (to check that every file includes what it uses).
option(COPYDECK_PCH "Precompile the common Qt headers of the larger libraries" ON)
set(COPYDECK_PCH_CORE_HEADERS
    <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QMap>
    <QObject> <QPointer> <QString> <QStringList> <QUrl> <QVariant> <qcoro/qcorotask.h>)
set(COPYDECK_PCH_WIDGET_HEADERS
    ${COPYDECK_PCH_CORE_HEADERS} <QAction> <QComboBox> <QHBoxLayout> <QLabel> <QLineEdit>
    <QPushButton> <QVBoxLayout> <QWidget>)
function(copydeck_precompile target kind)
    if(COPYDECK_PCH)
        target_precompile_headers(${target} PRIVATE ${COPYDECK_PCH_${kind}_HEADERS})
    endif()
endfunction()
