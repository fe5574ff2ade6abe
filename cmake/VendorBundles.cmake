# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The template dialects' vendor JavaScript (resources/templates/README.md), made at build time:
#   ${PROJECT_BINARY_DIR}/templates/faker.js       @faker-js/faker, English (global __mbFakerModule)
#   ${PROJECT_BINARY_DIR}/templates/libs.js        date-fns, jsonpath-plus, object-path (__mbLibs)
#   ${PROJECT_BINARY_DIR}/templates/handlebars.js  Debian's libjs-handlebars, as installed
# The npm packages are the ones resources/templates/vendor/package-lock.json pins, installed by
# `npm ci` into ${PROJECT_BINARY_DIR}/vendor (never into the source tree), then bundled for
# QJSEngine 6.4 by resources/templates/vendor/bundle.mjs (esbuild to ES2016, polyfills.js first).
#
# mockbench_vendor_bundles(<files-variable>) defines the commands and sets <files-variable> to
# the three files, for qt_add_resources (core/CMakeLists.txt). Call it from the directory whose
# target compiles them in: a custom command's output is known in its own directory only.

# A tool the bundles need, or a configure error that says how to get it.
function(_mockbench_vendor_tool variable what)
    find_program(${variable} NAMES ${ARGN})
    if(NOT ${variable})
        list(JOIN ARGN ", " names)
        message(FATAL_ERROR "${what} was not found (looked for: ${names}). The template dialects' "
            "JavaScript is built with it: run scripts/install-deps.sh, which installs it.")
    endif()
endfunction()

_mockbench_vendor_tool(MOCKBENCH_NODE "Node.js" node nodejs)
_mockbench_vendor_tool(MOCKBENCH_NPM "npm" npm)
_mockbench_vendor_tool(MOCKBENCH_ESBUILD "esbuild (Debian package esbuild)" esbuild)
find_file(MOCKBENCH_HANDLEBARS_JS handlebars.js
    PATHS /usr/share/javascript/handlebars
    DOC "handlebars.js 4.x (Debian package libjs-handlebars)")
if(NOT MOCKBENCH_HANDLEBARS_JS)
    message(FATAL_ERROR "handlebars.js was not found in /usr/share/javascript/handlebars (Debian "
        "package libjs-handlebars; or set MOCKBENCH_HANDLEBARS_JS to the file). The mockoon and "
        "wiremock template dialects render with it: run scripts/install-deps.sh, which installs "
        "it.")
endif()

function(mockbench_vendor_bundles files_variable)
    set(source "${PROJECT_SOURCE_DIR}/resources/templates/vendor")
    set(npm_dir "${PROJECT_BINARY_DIR}/vendor")
    set(out_dir "${PROJECT_BINARY_DIR}/templates")
    set(installed "${npm_dir}/npm-ci.stamp")

    # npm ci installs exactly the lock file's packages (and fails when it and package.json
    # disagree); --prefer-offline takes them from ~/.npm when there, so a rebuild needs no
    # network. No package here has install scripts, and none may run.
    add_custom_command(OUTPUT "${installed}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${npm_dir}"
        COMMAND ${CMAKE_COMMAND} -E copy_if_different
            "${source}/package.json" "${source}/package-lock.json" "${npm_dir}"
        COMMAND "${MOCKBENCH_NPM}" ci --ignore-scripts --prefer-offline --no-audit --no-fund
            --loglevel=error
        COMMAND ${CMAKE_COMMAND} -E touch "${installed}"
        WORKING_DIRECTORY "${npm_dir}"
        DEPENDS "${source}/package.json" "${source}/package-lock.json"
        COMMENT "Installing the template dialects' npm packages (npm ci)"
        VERBATIM)

    set(files "")
    foreach(bundle IN ITEMS faker libs)
        add_custom_command(OUTPUT "${out_dir}/${bundle}.js"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${out_dir}"
            COMMAND "${MOCKBENCH_NODE}" "${source}/bundle.mjs" "${MOCKBENCH_ESBUILD}"
                "${source}/${bundle}-entry.js" "${npm_dir}/node_modules" "${source}/polyfills.js"
                "${out_dir}/${bundle}.js"
            DEPENDS "${installed}" "${source}/${bundle}-entry.js" "${source}/polyfills.js"
                "${source}/bundle.mjs"
            COMMENT "Bundling templates/${bundle}.js for QJSEngine (esbuild, ES2016)"
            VERBATIM)
        list(APPEND files "${out_dir}/${bundle}.js")
    endforeach()

    add_custom_command(OUTPUT "${out_dir}/handlebars.js"
        COMMAND ${CMAKE_COMMAND} -E copy "${MOCKBENCH_HANDLEBARS_JS}" "${out_dir}/handlebars.js"
        DEPENDS "${MOCKBENCH_HANDLEBARS_JS}"
        COMMENT "Copying templates/handlebars.js (${MOCKBENCH_HANDLEBARS_JS})"
        VERBATIM)
    list(APPEND files "${out_dir}/handlebars.js")

    set(${files_variable} "${files}" PARENT_SCOPE)
endfunction()
