#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian packages MockBench needs that are not installed yet.
#   scripts/install-deps.sh            build + run
#   scripts/install-deps.sh --test     also what the test suite and its checks need, the fuzz
#                                      build included (scripts/fuzz.sh)
#   scripts/install-deps.sh --bench    also what the benchmarks need
#   scripts/install-deps.sh --gui-test also what screenshots and the window benchmark need (Xvfb)
set -euo pipefail

# Build: Qt base, QML (templates), Charts (traffic chart), Linguist tools (translations), the
# template dialects' JavaScript (cmake/VendorBundles.cmake: esbuild bundles npm packages, and
# Handlebars itself from libjs-handlebars).
# Other tools' formats (core/import): yaml-cpp reads OpenAPI's YAML, libxml2 WireMock's XML
# matchers (equalToXml, matchesXPath). libssl-dev: libcrypto makes --tls's certificate (HTTPS
# itself is Qt's OpenSSL backend, in libqt6network6).
# Run: the xcb and offscreen platforms, the SVG icon engine, Qt's own translations, a font.
packages=(cmake ninja-build g++ qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libqt6svg6 qt6-translations-l10n fonts-dejavu-core
    esbuild libjs-handlebars libyaml-cpp-dev libxml2-dev libssl-dev pkg-config)
# The build runs `npm ci` and node: Debian's only when none is on PATH, so a newer Node.js
# installed otherwise (nvm, NodeSource) is used and never replaced.
command -v node >/dev/null 2>&1 || command -v nodejs >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
for arg in "$@"; do
    case "$arg" in
        # The fuzz build: clang and its runtimes for -fsanitize=fuzzer,address,undefined, which
        # are in libclang-rt-14-dev (only recommended by clang-14, so named here; Debian's
        # libfuzzer-14-dev holds just a standalone libFuzzer.a that clang does not use). python3-jsonschema
        # checks exported OpenAPI documents against the OpenAPI 3.1 schema (draft 2020-12).
        --test) packages+=(clang-format curl python3 python3-jsonschema clang-14 libclang-rt-14-dev) ;;
        --bench) packages+=(wrk curl util-linux procps valgrind python3) ;;
        --gui-test) packages+=(xvfb xauth imagemagick xdotool curl) ;;
        *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "install-deps.sh: need root (or sudo) to install: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
