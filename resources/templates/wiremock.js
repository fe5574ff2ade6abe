// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The "wiremock" dialect's helpers and request model (README.md in this folder).
