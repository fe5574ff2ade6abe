# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# mockbench_add_test(<name> [LIBS lib...] [SOURCES file...] [TIMEOUT seconds])
# Builds tests/<name>.cpp (plus SOURCES) as a QtTest executable linked to MockBench::Core and
# registers it with ctest. Tests run headless (QT_QPA_PLATFORM=offscreen), find their data
# through QFINDTESTDATA and the mockbench binary through MOCKBENCH_BINARY.
function(mockbench_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;SOURCES" ${ARGN})
    qt_add_executable(${name} ${name}.cpp ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE MockBench::Core Qt6::Test MockBench::Strict ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen")
    if(TARGET mockbench)
        list(APPEND env "MOCKBENCH_BINARY=$<TARGET_FILE:mockbench>")
        add_dependencies(${name} mockbench)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${env}")
endfunction()
