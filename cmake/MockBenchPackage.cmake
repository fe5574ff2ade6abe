# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The CMake package MockBench that `cmake --install` writes to <prefix>/lib/cmake/MockBench:
# MockBenchConfig.cmake, its version file and the export set MockBenchTargets, which holds
# MockBench::Core (core/CMakeLists.txt) and the imported executable MockBench::mockbench
# (app/CMakeLists.txt). A client project:
#   find_package(MockBench REQUIRED)
#   target_link_libraries(tst_client PRIVATE MockBench::Core Qt6::Test)
include(CMakePackageConfigHelpers)

set(MOCKBENCH_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/MockBench")

install(EXPORT MockBenchTargets
    NAMESPACE MockBench::
    DESTINATION "${MOCKBENCH_INSTALL_CMAKEDIR}")

configure_package_config_file(
    "${CMAKE_CURRENT_LIST_DIR}/MockBenchConfig.cmake.in"
    "${PROJECT_BINARY_DIR}/MockBenchConfig.cmake"
    INSTALL_DESTINATION "${MOCKBENCH_INSTALL_CMAKEDIR}")
# 0.x: a minor release may change the API.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/MockBenchConfigVersion.cmake"
    COMPATIBILITY SameMinorVersion)

install(FILES
    "${PROJECT_BINARY_DIR}/MockBenchConfig.cmake"
    "${PROJECT_BINARY_DIR}/MockBenchConfigVersion.cmake"
    DESTINATION "${MOCKBENCH_INSTALL_CMAKEDIR}")
