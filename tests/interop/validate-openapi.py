#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates OpenAPI 3.1 documents against the official JSON Schemas (tests/data/openapi-export/
schema: OAI's schema.json and schema-base.json of 2022-10-07, with the 3.1 dialect and its
vocabulary's meta-schema), with python3-jsonschema's Draft 2020-12 validator.

    validate-openapi.py [--mockbench MOCKBENCH --export-from FILE...] [DOCUMENT...]

Each DOCUMENT (JSON, or YAML when it ends with .yaml/.yml) is validated as it is. With
--mockbench, each FILE given after --export-from is first exported with
`MOCKBENCH --export openapi FILE -o OUT`, as JSON and as YAML, and both documents are validated.
A Mockoon environment is exported straight from its file (--export reads any format).
The YAML and the JSON export must load to the same document.
Prints one line per document; exit 0 when every one is valid, 1 otherwise.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.join(HERE, "..", "data", "openapi-export", "schema")


def load_schemas():
    store = {}
    for name in ("schema.json", "schema-base.json", "dialect/base.schema.json",
                 "meta/base.schema.json"):
        with open(os.path.join(SCHEMAS, name), encoding="utf-8") as f:
            schema = json.load(f)
        store[schema["$id"]] = schema
    return store


def validator_for(store, schema_id):
    schema = store[schema_id]
    try:
        # jsonschema >= 4.18: a registry of the schemas, nothing fetched from the network.
        from referencing import Registry, Resource
        registry = Registry().with_resources(
            (uri, Resource.from_contents(s)) for uri, s in store.items())
        return jsonschema.Draft202012Validator(schema, registry=registry)
    except ImportError:
        # jsonschema 4.10 (Debian 12): a RefResolver with the same store.
        resolver = jsonschema.RefResolver.from_schema(schema, store=store)
        return jsonschema.Draft202012Validator(schema, resolver=resolver)


def load_document(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith((".yaml", ".yml")):
            import yaml
            return yaml.safe_load(f)
        return json.load(f)


def self_test(validators):
    """$dynamicRef must reach the dialect: a Schema Object that is not one (a number) fails
    under schema-base, and an unknown top-level key fails under both."""
    bad_schema = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                  "paths": {"/a": {"get": {"responses": {"200": {
                      "description": "d",
                      "content": {"application/json": {"schema": {"type": 12}}}}}}}}}
    bad_key = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
               "unknown": 1}
    if validators["schema-base"].is_valid(bad_schema):
        return "schema-base accepts a Schema Object with \"type\": 12 ($dynamicRef not followed)"
    for name, v in validators.items():
        if v.is_valid(bad_key):
            return name + " accepts an unknown top-level key"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mockbench")
    parser.add_argument("--export-from", nargs="*", default=[])
    parser.add_argument("documents", nargs="*")
    args = parser.parse_args()

    store = load_schemas()
    validators = {
        "schema": validator_for(store, "https://spec.openapis.org/oas/3.1/schema/2022-10-07"),
        "schema-base": validator_for(store,
                                     "https://spec.openapis.org/oas/3.1/schema-base/2022-10-07"),
    }
    problem = self_test(validators)
    if problem:
        print("validate-openapi: the validator does not work: " + problem)
        return 1

    documents = list(args.documents)
    tmp = tempfile.mkdtemp(prefix="validate-openapi-")
    failed = 0
    for i, source in enumerate(args.export_from):
        for ext in ("json", "yaml"):
            out = os.path.join(tmp, "%d-%s.openapi.%s" % (i, os.path.basename(source), ext))
            run = subprocess.run([args.mockbench, "--export", "openapi", source, "-o", out],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print("FAIL %s: --export exited %d: %s" % (source, run.returncode,
                                                          run.stderr.strip()))
                failed += 1
                continue
            documents.append(out)
        pair = documents[-2:]
        if len(pair) == 2 and all(os.path.basename(p).startswith("%d-" % i) for p in pair):
            # The YAML says what the JSON says, value for value (a status key stays a string).
            if load_document(pair[0]) != load_document(pair[1]):
                print("FAIL %s: the YAML export differs from the JSON export" % source)
                failed += 1
    for path in documents:
        document = load_document(path)
        errors = []
        for name, v in validators.items():
            for error in v.iter_errors(document):
                place = "/".join(str(p) for p in error.absolute_path)
                errors.append("%s: /%s: %s" % (name, place, error.message[:300]))
        if errors:
            failed += 1
            print("FAIL %s" % path)
            for e in errors[:20]:
                print("  " + e)
        else:
            print("ok   %s" % path)
    print("%d document(s), %d invalid" % (len(documents), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
