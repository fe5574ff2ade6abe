# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# mockbench_strict: one INTERFACE target that carries the project's compile rules
# (strict Qt defines, warnings, sanitizers) to every target that links it.
add_library(mockbench_strict INTERFACE)
add_library(MockBench::Strict ALIAS mockbench_strict)

target_compile_definitions(mockbench_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(mockbench_strict INTERFACE -Wall -Wextra -Wpedantic)
    if(MOCKBENCH_WERROR)
        target_compile_options(mockbench_strict INTERFACE -Werror)
    endif()
    if(MOCKBENCH_SANITIZE)
        target_compile_options(mockbench_strict INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(mockbench_strict INTERFACE -fsanitize=address,undefined)
    endif()
endif()
