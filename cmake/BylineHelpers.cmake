# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# ctest's time limits (TIMEOUT) are wall clock: under the sanitizers (the asan preset, Debug at
# -O1 with ASan + UBSan) the tests run several times slower, so each limit is multiplied by this.
if(BYLINE_SANITIZE OR BYLINE_FUZZ)
    set(BYLINE_TIMEOUT_SCALE 4)
else()
    set(BYLINE_TIMEOUT_SCALE 1)
endif()

# Compile definitions every Byline target uses (STYLE.md).
function(byline_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER QT_NO_FOREACH
        QT_NO_URL_CAST_FROM_STRING QT_DISABLE_DEPRECATED_BEFORE=0x050F00)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
endfunction()

# byline_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS bylinecore [GUI])
# One Qt Test executable per class; links the libraries, never recompiles their sources.
function(byline_add_test)
    cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    byline_target_defaults(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        BYLINE_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures"
        BYLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        BYLINE_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    math(EXPR timeout "300 * ${BYLINE_TIMEOUT_SCALE}")
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8" TIMEOUT ${timeout})
endfunction()
