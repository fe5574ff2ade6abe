# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The fuzz harnesses: fuzz_<name>.cpp here, each with its seeds in corpus/<name>/, the inputs
# that once found a bug in regressions/<name>/ and, for some, a dictionary <name>.dict.
# tests/fuzz/CMakeLists.txt builds them for libFuzzer (clang, scripts/fuzz.sh); the normal
# build replays their seeds and regression inputs through them (mockbench_add_fuzz_replays).
set(MOCKBENCH_FUZZ_HARNESSES httpparser routeset mockoon wiremock openapi)

# In the normal build (gcc or clang, sanitizers as configured): fuzz_<name> with a main() that
# calls the harness on every file it is given, and the ctest test fuzz_regressions_<name> that
# replays the seeds and the regression inputs, so they are checked on every build.
function(mockbench_add_fuzz_replays)
    foreach(name IN LISTS MOCKBENCH_FUZZ_HARNESSES)
        add_executable(fuzz_${name}
            "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/fuzz_${name}.cpp"
            "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/ReplayMain.cpp")
        target_link_libraries(fuzz_${name} PRIVATE MockBench::Core MockBench::Strict)
        if(name MATCHES "^(mockoon|wiremock|openapi)$")
            target_link_libraries(fuzz_${name} PRIVATE MockBench::Import)
        endif()
        add_test(NAME fuzz_regressions_${name}
            COMMAND fuzz_${name}
                "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/corpus/${name}"
                "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/regressions/${name}")
        set_tests_properties(fuzz_regressions_${name} PROPERTIES TIMEOUT 120)
    endforeach()
endfunction()
