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
    $<$<BOOL:${COPYDECK_WERROR}>:-Werror>)
