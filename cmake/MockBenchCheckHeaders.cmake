# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when an installed header includes (with quotes) a header that is not installed: a
# client of the installed package would not compile. Run by ctest as installed_headers_closed.
#   cmake -DCORE_DIR=<core> -DHEADERS=<a.h,folder/b.h,...> -P MockBenchCheckHeaders.cmake
# HEADERS are relative to CORE_DIR, as core/CMakeLists.txt lists MOCKBENCH_INSTALLED_HEADERS.
cmake_minimum_required(VERSION 3.22)

string(REPLACE "," ";" headers "${HEADERS}")
if(NOT headers)
    message(FATAL_ERROR "no headers given")
endif()

set(problems)
foreach(header IN LISTS headers)
    if(NOT EXISTS "${CORE_DIR}/${header}")
        list(APPEND problems "${header} is listed but does not exist")
        continue()
    endif()
    file(STRINGS "${CORE_DIR}/${header}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    get_filename_component(folder "${header}" DIRECTORY)
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[^\"]*\"([^\"]+)\".*$" "\\1" included "${line}")
        # "Route.h" next to the including header, or "model/Route.h" from the core root.
        if(EXISTS "${CORE_DIR}/${folder}/${included}")
            cmake_path(SET path NORMALIZE "${folder}/${included}")
        else()
            cmake_path(SET path NORMALIZE "${included}")
        endif()
        if(NOT path IN_LIST headers)
            list(APPEND problems "${header} includes \"${included}\", which is not installed")
        endif()
    endforeach()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Installed headers are not closed under #include (add the header to "
        "MOCKBENCH_INSTALLED_HEADERS in core/CMakeLists.txt, or drop the include):\n  ${text}")
endif()
list(LENGTH headers count)
message(STATUS "${count} installed headers include only installed headers")
