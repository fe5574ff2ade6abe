// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpResponse.h"
#include "model/Route.h"

#include <QString>
#include <optional>

namespace MockBench {

struct HttpRequest;
class StateStore;

/// The CRUD answers of a resource route (DESIGN.md §10), as Mockoon's CRUD routes and
/// json-server give them, over one data store of a StateStore. On the route's path P:
/// GET P lists (filters, search, sort, paging), POST P creates (201; a missing key is the
/// highest numeric key + 1, else a UUID), PUT P replaces the store, PATCH P merges into it,
/// DELETE P empties it; on P/{key}: GET, PUT (replace, key kept), PATCH (merge), DELETE; an
/// unknown key is 404 with {}. Bodies are JSON; a request body that is not JSON is 400.
class CrudResource
{
public:
    /// Answers @p request (whose path named item @p key, or the list when there is none) and
    /// applies its change to @p store at once, atomically.
    static HttpResponse answer(StateStore &store, const RouteResource &resource,
        const HttpRequest &request, const std::optional<QString> &key);
};

} // namespace MockBench
