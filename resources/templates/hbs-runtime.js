// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Handlebars runtime of the "mockoon" and "wiremock" dialects (README.md in this folder).
