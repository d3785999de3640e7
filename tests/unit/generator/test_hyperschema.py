"""JSON Hyper-Schema (Heroku's prmd dialect) -> OpenAPI 3.1: generator/hyperschema.py,
`openapi-pygen convert`, and the converted complete Heroku Platform API."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from generator import builder, convert, hyperschema, loader, pipeline
from generator.errors import SpecError
from generator.refs import lookup
from helpers import ROOT, SPEC, run_cli


def _shared_schema() -> Path:
    """``../shared/heroku-schema/schema.json`` beside the repository; from a git
    worktree, beside the main checkout the worktree belongs to."""
    roots = [ROOT]
    dot_git = ROOT / ".git"
    if dot_git.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/<name>"
        gitdir = Path(dot_git.read_text().split(":", 1)[1].strip())
        roots.append(gitdir.parents[2])
    candidates = [r.parent / "shared" / "heroku-schema" / "schema.json" for r in roots]
    return next((c for c in candidates if c.is_file()), candidates[0])


SHARED_SCHEMA = _shared_schema()
COMMITTED_SCHEMA = ROOT / "spec" / "heroku-schema.json"
COMMITTED_OPENAPI = ROOT / "spec" / "heroku-platform.yaml"
SCHEMA_SHA256 = "d1e1a890e356075202201c8ac58bdc99214842d1308af2f08575f1939e3a3991"


def _var(pointer: str) -> str:
    """An href variable as prmd writes it: a URL-encoded JSON pointer in ``{(...)}``."""
    return "{(" + pointer.replace("#", "%23").replace("/", "%2F") + ")}"


APP = _var("#/definitions/app/definitions/identity")
RELEASE = _var("#/definitions/release/definitions/identity")
RELEASE_ID = _var("#/definitions/release/definitions/id")


def fragment() -> dict[str, Any]:
    """A small hand-written hyper-schema with every construct the converter handles."""
    app_defs = {
        "id": {
            "description": "unique identifier of app",
            "example": "01234567-89ab-cdef-0123-456789abcdef",
            "format": "uuid",
            "readOnly": True,
            "type": ["string"],
        },
        "name": {
            "description": "unique name of app",
            "example": "example",
            "pattern": "^[a-z][a-z0-9-]{1,28}[a-z0-9]$",
            "readOnly": False,
            "type": ["string"],
        },
        "identity": {
            "anyOf": [
                {"$ref": "#/definitions/app/definitions/id"},
                {"$ref": "#/definitions/app/definitions/name"},
            ]
        },
        "maintenance": {"default": False, "example": False, "type": ["boolean"]},
        "archived_at": {"format": "date-time", "type": ["string", "null"]},
        "generation": {"enum": ["cedar", "fir"], "example": "cedar", "type": ["string"]},
        "repo_size": {"type": ["integer", "null"], "minimum": 0, "exclusiveMinimum": True},
        "stack": {
            "description": "identity of the stack",
            "type": ["object"],
            "strictProperties": True,
            "properties": {
                "name": {"$ref": "#/definitions/app/definitions/stack/definitions/name"}
            },
            "definitions": {"name": {"type": ["string"], "example": "heroku-24"}},
        },
    }
    app_props = {
        k: {"$ref": f"#/definitions/app/definitions/{k}"}
        for k in ("id", "name", "maintenance", "archived_at", "generation", "repo_size", "stack")
    }
    app = {
        "$schema": "http://json-schema.org/draft-04/hyper-schema",
        "description": "An app.",
        "stability": "production",
        "strictProperties": True,
        "title": "Test API - App",
        "type": ["object"],
        "definitions": app_defs,
        "properties": app_props,
        "links": [
            {
                "description": "List existing apps.",
                "href": "/apps",
                "method": "GET",
                "ranges": ["id", "name"],
                "rel": "instances",
                "targetSchema": {"items": {"$ref": "#/definitions/app"}, "type": ["array"]},
                "title": "List",
            },
            {
                "description": "Info for existing app.",
                "href": f"/apps/{APP}",
                "method": "GET",
                "rel": "self",
                "targetSchema": {"$ref": "#/definitions/app"},
                "title": "Info",
            },
            {
                "description": "Create a new app.",
                "href": "/apps",
                "method": "POST",
                "rel": "create",
                "schema": {
                    "properties": {"name": {"$ref": "#/definitions/app/definitions/name"}},
                    "required": ["name"],
                    "type": ["object"],
                },
                "targetSchema": {"$ref": "#/definitions/app"},
                "title": "Create",
            },
            {
                "href": f"/apps/{APP}",
                "method": "PATCH",
                "rel": "update",
                "schema": {
                    "properties": {
                        "maintenance": {"$ref": "#/definitions/app/definitions/maintenance"}
                    },
                    "type": ["object"],
                },
                "title": "Update",
            },
            {"href": f"/apps/{APP}", "method": "DELETE", "rel": "destroy", "title": "Delete"},
            {
                "href": f"/apps/{APP}/build-cache",
                "method": "DELETE",
                "rel": "empty",
                "title": "Purge cache",
            },
            {
                "href": f"/apps/{APP}/usage",
                "method": "GET",
                "title": "Usage",
                "schema": {
                    "properties": {
                        "start": {"type": ["string"], "format": "date"},
                        "end": {"type": ["string"], "format": "date"},
                    },
                    "required": ["start"],
                    "type": ["object"],
                },
                "targetSchema": {"type": ["object"], "additionalProperties": True},
            },
        ],
    }
    release = {
        "$schema": "http://json-schema.org/draft-04/hyper-schema",
        "stability": "prototype",
        "title": "Test API - Release",
        "type": ["object"],
        "definitions": {
            "id": {"format": "uuid", "type": ["string"], "description": "release id"},
            "version": {"type": ["integer"], "description": "release version"},
            "identity": {
                "anyOf": [
                    {"$ref": "#/definitions/release/definitions/id"},
                    {"$ref": "#/definitions/release/definitions/version"},
                ]
            },
            "slug": {
                "type": ["null", "object"],
                "properties": {"id": {"$ref": "#/definitions/release/definitions/slug/definitions/id"}},
                "definitions": {"id": {"format": "uuid", "type": ["string"]}},
            },
        },
        "properties": {
            "id": {"$ref": "#/definitions/release/definitions/id"},
            "version": {"$ref": "#/definitions/release/definitions/version"},
            "slug": {"$ref": "#/definitions/release/definitions/slug"},
            "app": {"properties": {"id": {"$ref": "#/definitions/app/definitions/id"}}, "type": ["object"]},
        },
        "links": [
            {
                "href": f"/apps/{APP}/releases",
                "method": "POST",
                "rel": "create",
                "schema": {
                    "properties": {"slug": {"$ref": "#/definitions/release/definitions/slug/definitions/id"}},
                    "required": ["slug"],
                    "type": ["object"],
                },
                "title": "Create",
            },
            {
                "href": f"/apps/{APP}/releases",
                "method": "POST",
                "rel": "create",
                "schema": {
                    "properties": {"release": {"$ref": "#/definitions/release/definitions/id"}},
                    "required": ["release"],
                    "type": ["object"],
                },
                "title": "Rollback",
            },
            {"href": f"/apps/{APP}/releases", "method": "GET", "rel": "instances", "title": "List"},
            {"href": f"/apps/{APP}/releases/{RELEASE}", "method": "GET", "rel": "self", "title": "Info"},
            {"href": f"/apps/{APP}/releases/{RELEASE_ID}", "method": "PATCH", "rel": "update", "title": "Update"},
        ],
    }  # fmt: skip
    return {
        "$schema": "http://interagent.github.io/interagent-hyper-schema",
        "type": ["object"],
        "title": "Test API",
        "description": "A test.",
        "definitions": {"app": app, "release": release},
        "properties": {"app": {"$ref": "#/definitions/app"}},
        "links": [{"href": "https://api.example.test", "rel": "self", "title": "Index"}],
    }


def all_operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation, variants included."""
    for path, item in doc["paths"].items():
        for method, op in item.items():
            yield method, path, op
            for variant in op.get(hyperschema.VARIANTS, []):
                yield method, path, variant


def by_id(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {op["operationId"]: (m, p, op) for m, p, op in all_operations(doc)}


@pytest.fixture(scope="module")
def converted() -> dict[str, Any]:
    return hyperschema.convert(fragment(), "fragment.json")


# ---------------------------------------------------------------- detection


def test_detects_hyper_schemas_and_nothing_else() -> None:
    doc = fragment()
    assert hyperschema.is_hyper_schema(doc)
    no_dialect = {k: v for k, v in doc.items() if k != "$schema"}
    assert hyperschema.is_hyper_schema(no_dialect)  # found by its resources' links
    assert hyperschema.is_hyper_schema({"$schema": "http://json-schema.org/draft-04/hyper-schema#"})
    assert not hyperschema.is_hyper_schema({"openapi": "3.1.0", "definitions": doc["definitions"]})
    assert not hyperschema.is_hyper_schema({"swagger": "2.0", "definitions": {"A": {}}})
    assert not hyperschema.is_hyper_schema({"definitions": {"a": {"type": "object"}}})
    with pytest.raises(SpecError) as error:
        hyperschema.convert({"definitions": {"a": {}}}, "x.json")
    assert error.value.pointer == "/definitions" and "Hyper-Schema" in error.value.message


# ---------------------------------------------------------------- schemas


def test_resources_and_definitions_become_components_with_refs_rewritten(
    converted: dict[str, Any],
) -> None:
    schemas = converted["components"]["schemas"]
    assert schemas["App"]["properties"]["name"] == {"$ref": "#/components/schemas/App-name"}
    assert schemas["App"]["x-hyper-schema-resource"] == "app"
    assert "definitions" not in schemas["App"] and "links" not in schemas["App"]
    assert schemas["App-identity"] == {
        "anyOf": [
            {"$ref": "#/components/schemas/App-id"},
            {"$ref": "#/components/schemas/App-name"},
        ]
    }
    # definitions nested in definitions get components of their own
    assert schemas["App-stack"]["properties"]["name"] == {
        "$ref": "#/components/schemas/App-stack-name"
    }
    assert schemas["App-stack-name"] == {"type": "string", "examples": ["heroku-24"]}
    assert schemas["Release-slug-id"] == {"format": "uuid", "type": "string"}
    # a reference across resources
    release_app = schemas["Release"]["properties"]["app"]
    assert release_app["properties"]["id"] == {"$ref": "#/components/schemas/App-id"}


def test_every_reference_resolves_in_the_result(converted: dict[str, Any]) -> None:
    refs = re.findall(r'"\$ref": "([^"]+)"', json.dumps(converted))
    assert len(refs) > 20
    for ref in refs:
        lookup(converted, ref)  # raises KeyError if it points to nothing


def test_draft04_keywords_map_to_openapi_31(converted: dict[str, Any]) -> None:
    schemas = converted["components"]["schemas"]
    assert schemas["App-id"] == {
        "description": "unique identifier of app",
        "examples": ["01234567-89ab-cdef-0123-456789abcdef"],
        "format": "uuid",
        "readOnly": True,
        "type": "string",
    }
    assert schemas["App-name"]["pattern"] == "^[a-z][a-z0-9-]{1,28}[a-z0-9]$"
    assert schemas["App-name"]["readOnly"] is False
    assert schemas["App-archived_at"]["type"] == ["string", "null"]  # 3.1 type arrays stay
    assert schemas["App-generation"]["enum"] == ["cedar", "fir"]
    assert schemas["App-maintenance"] == {"default": False, "examples": [False], "type": "boolean"}
    # draft-04 boolean exclusiveMinimum -> 2020-12 number
    assert schemas["App-repo_size"] == {"type": ["integer", "null"], "exclusiveMinimum": 0}
    # strictProperties is documentation, never a refusal of new fields
    assert schemas["App"]["x-strict-properties"] is True
    assert "additionalProperties" not in schemas["App"]
    assert schemas["App"]["x-stability"] == "production"
    assert "$schema" not in schemas["App"]


def test_result_is_valid_openapi_31(converted: dict[str, Any]) -> None:
    assert converted["openapi"] == "3.1.0"
    assert loader.validate_document("fragment", converted) == []
    assert converted["servers"] == [{"url": "https://api.example.test"}]
    assert [t["name"] for t in converted["tags"]] == ["Apps", "Releases"]


# ---------------------------------------------------------------- links


def test_identity_href_variables_become_named_path_parameters(converted: dict[str, Any]) -> None:
    method, path, op = by_id(converted)["release-info"]
    assert (method, path) == ("get", "/apps/{app_id_or_name}/releases/{release_id_or_version}")
    app, release = op["parameters"]
    assert app == {
        "name": "app_id_or_name",
        "in": "path",
        "required": True,
        "description": "unique identifier of app or unique name of app",
        "schema": {"type": "string"},
        "x-hyper-schema-ref": "#/definitions/app/definitions/identity",
    }
    assert release["name"] == "release_id_or_version"
    assert release["schema"] == {"type": "string"}  # uuid or integer: sent as text


def test_templates_differing_only_in_names_share_one_path_item(converted: dict[str, Any]) -> None:
    # Info names the release by id or version, Update by id only: one path item,
    # its variable named for both.
    templates = [p for p in converted["paths"] if p.startswith("/apps/{app_id_or_name}/releases/")]
    assert templates == ["/apps/{app_id_or_name}/releases/{release_id_or_version}"]
    _, _, update = by_id(converted)["release-update"]
    assert update["parameters"][1]["x-hyper-schema-ref"] == "#/definitions/release/definitions/id"


def test_each_rel(converted: dict[str, Any]) -> None:
    ops = by_id(converted)
    ok = ops["app-info"][2]["responses"]
    assert ok == {
        "200": {
            "description": "Info",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/App"}}},
        }
    }
    created = ops["app-create"][2]["responses"]
    assert list(created) == ["201"]
    # no targetSchema: the resource itself; rel empty: no body at all
    assert ops["app-update"][2]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/App"
    }
    assert ops["app-delete"][2]["x-hyper-schema-rel"] == "destroy"
    assert "content" not in ops["app-purge-cache"][2]["responses"]["200"]
    # no rel: still an operation, with no x-hyper-schema-rel
    assert "x-hyper-schema-rel" not in ops["app-usage"][2]
    # instances without targetSchema: a list of the resource
    listed = ops["release-list"][2]["responses"]["200"]["content"]["application/json"]["schema"]
    assert listed == {"type": "array", "items": {"$ref": "#/components/schemas/Release"}}


def test_instances_are_range_paginated_the_way_the_builder_detects(
    converted: dict[str, Any],
) -> None:
    op = by_id(converted)["app-list"][2]
    range_param = op["parameters"][-1]
    assert (range_param["name"], range_param["in"], range_param["required"]) == (
        "Range",
        "header",
        False,
    )
    assert "field one of: id, name" in range_param["description"]
    assert op["x-hyper-schema-ranges"] == ["id", "name"]
    assert set(op["responses"]) == {"200", "206"}
    for response in op["responses"].values():
        assert "Next-Range" in response["headers"]
    api = builder.build(converted, "fragment")
    paged = {o.operation_id: o.pagination for t in api.tags for o in t.operations}
    assert paged["app-list"] is not None and paged["app-list"].param == "Range"
    assert paged["release-list"] is not None
    assert paged["app-info"] is None


def test_get_schema_is_the_query_string_and_other_schemas_the_body(
    converted: dict[str, Any],
) -> None:
    ops = by_id(converted)
    usage = ops["app-usage"][2]
    assert [(p["name"], p["in"], p.get("required", False)) for p in usage["parameters"]] == [
        ("app_id_or_name", "path", True),
        ("start", "query", True),
        ("end", "query", False),
    ]
    assert "requestBody" not in usage
    assert usage["parameters"][1]["schema"] == {"type": "string", "format": "date"}
    create = ops["app-create"][2]
    assert create["requestBody"] == {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "properties": {"name": {"$ref": "#/components/schemas/App-name"}},
                    "required": ["name"],
                    "type": "object",
                }
            }
        },
    }
    assert ops["app-update"][2]["requestBody"]["required"] is False  # nothing required in it
    assert "parameters" not in create


def test_target_schema_is_the_response(converted: dict[str, Any]) -> None:
    usage = by_id(converted)["app-usage"][2]
    assert usage["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "additionalProperties": True,
    }


def test_operations_carry_origin_title_tag_and_stability(converted: dict[str, Any]) -> None:
    source = fragment()
    seen = []
    for method, _, op in all_operations(converted):
        link = lookup(source, op[hyperschema.LINK_ORIGIN])
        assert link["method"].lower() == method
        assert op["summary"] == link["title"]
        seen.append(op[hyperschema.LINK_ORIGIN])
    expected = [
        f"#/definitions/{r}/links/{i}"
        for r, res in source["definitions"].items()
        for i in range(len(res["links"]))
    ]
    assert sorted(seen) == sorted(expected)  # every link exactly once
    app_list = by_id(converted)["app-list"][2]
    assert (app_list["tags"], app_list["x-stability"]) == (["Apps"], "production")
    assert app_list["description"] == "List existing apps."


def test_links_sharing_a_method_and_path_stay_separate_operations(
    converted: dict[str, Any],
) -> None:
    item = converted["paths"]["/apps/{app_id_or_name}/releases"]
    primary = item["post"]
    assert primary["operationId"] == "release-create"
    (variant,) = primary[hyperschema.VARIANTS]
    assert variant["operationId"] == "release-rollback"
    assert variant[hyperschema.LINK_ORIGIN] == "#/definitions/release/links/1"
    assert variant["requestBody"]["content"]["application/json"]["schema"]["required"] == [
        "release"
    ]
    # the builder makes each its own method
    api = builder.build(converted, "fragment")
    release_ops = {
        o.operation_id: o for t in api.tags for o in t.operations if t.name == "Releases"
    }
    assert {"release-create", "release-rollback"} <= set(release_ops)
    rollback = release_ops["release-rollback"]
    assert (rollback.method, rollback.path) == ("POST", "/apps/{app_id_or_name}/releases")
    assert rollback.pointer.endswith("/post/x-operation-variants/0")
    assert rollback.body is not None and rollback.ident != release_ops["release-create"].ident


def test_conversion_is_deterministic_and_leaves_its_input_alone() -> None:
    doc = fragment()
    before = copy.deepcopy(doc)
    first = convert.to_yaml(hyperschema.convert(doc))
    assert doc == before
    assert convert.to_yaml(hyperschema.convert(fragment())) == first
    assert "&id" not in first and "*id" not in first  # no YAML anchors


# ---------------------------------------------------------------- refusals


def _broken(change: Any) -> SpecError:
    doc = fragment()
    change(doc)
    with pytest.raises(SpecError) as error:
        hyperschema.convert(doc, "bad.json")
    return error.value


def test_external_references_are_refused_never_fetched() -> None:
    def external(doc: dict[str, Any]) -> None:
        doc["definitions"]["app"]["properties"]["name"] = {"$ref": "https://example.test/s.json"}

    error = _broken(external)
    assert error.pointer == "/definitions/app/properties/name/$ref"
    assert "only local" in error.message


def test_problems_name_the_json_pointer() -> None:
    def method(doc: dict[str, Any]) -> None:
        doc["definitions"]["app"]["links"][1]["method"] = "FETCH"

    def href(doc: dict[str, Any]) -> None:
        doc["definitions"]["app"]["links"][1]["href"] = "https://elsewhere.test/apps"

    def dangling(doc: dict[str, Any]) -> None:
        doc["definitions"]["app"]["links"][1]["href"] = "/apps/" + _var(
            "#/definitions/app/definitions/nope"
        )

    def bad_ref(doc: dict[str, Any]) -> None:
        doc["definitions"]["release"]["properties"]["id"] = {"$ref": "#/definitions/nope"}

    assert _broken(method).pointer == "/definitions/app/links/1/method"
    assert _broken(href).pointer == "/definitions/app/links/1/href"
    assert "points to nothing" in _broken(dangling).message
    assert _broken(bad_ref).pointer == "/definitions/release/properties/id/$ref"


def test_unknown_keyword_with_a_dangling_ref_is_dropped_with_a_warning() -> None:
    # Heroku's own schema has this (formation's dyno_size carries an "identity").
    doc = fragment()
    doc["definitions"]["app"]["definitions"]["stack"]["identity"] = {
        "anyOf": [{"$ref": "#/definitions/dyno_size/definitions/id"}]
    }
    out, warnings = hyperschema.convert_with_warnings(doc, "x.json")
    assert "identity" not in out["components"]["schemas"]["App-stack"]
    assert [w[0] for w in warnings] == ["/definitions/app/definitions/stack/identity/anyOf/0/$ref"]


def test_recursion_is_bounded() -> None:
    deep: dict[str, Any] = {"type": ["string"]}
    for _ in range(hyperschema.MAX_DEPTH + 5):
        deep = {"type": ["array"], "items": deep}
    doc = fragment()
    doc["definitions"]["app"]["definitions"]["deep"] = deep
    with pytest.raises(SpecError, match="nested more than"):
        hyperschema.convert(doc, "deep.json")


# ---------------------------------------------------------------- CLI and pipeline


def test_convert_command_writes_valid_openapi(tmp_path: Path) -> None:
    source = tmp_path / "schema.json"
    source.write_text(json.dumps(fragment()))
    out = tmp_path / "api.yaml"
    result = run_cli("convert", str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc = yaml.safe_load(out.read_text())
    assert loader.validate_document(str(out), doc) == []
    assert sum(1 for _ in all_operations(doc)) == 12
    assert sorted(p.name for p in tmp_path.iterdir()) == ["api.yaml", "schema.json"]
    again = run_cli("convert", str(source), "-o", str(out))  # replaces only -o
    assert again.returncode == 0 and out.read_text() == result_text(source)


def result_text(source: Path) -> str:
    return convert.convert_file(source)[0]


@pytest.mark.parametrize(
    "content, needle",
    [
        (json.dumps({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}),
         "in.json#/openapi: is already OpenAPI"),
        (json.dumps({"definitions": {"a": {"type": "object"}}}), "in.json#/definitions: not a JSON Hyper-Schema"),
        ("{not json", "invalid JSON"),
    ],
)  # fmt: skip
def test_convert_refuses_other_input_in_one_line(tmp_path: Path, content: str, needle: str) -> None:
    source = tmp_path / "in.json"
    source.write_text(content)
    out = tmp_path / "out.yaml"
    out.write_text("precious\n")
    result = run_cli("convert", str(source), "-o", str(out))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and needle in result.stderr
    assert out.read_text() == "precious\n"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "out.yaml"]


def test_convert_never_overwrites_its_input_or_a_directory(tmp_path: Path) -> None:
    source = tmp_path / "schema.json"
    text = json.dumps(fragment())
    source.write_text(text)
    into_input = run_cli("convert", str(source), "-o", str(tmp_path / "." / "schema.json"))
    assert into_input.returncode == 2 and "input schema" in into_input.stderr
    assert source.read_text() == text
    folder = tmp_path / "dir"
    folder.mkdir()
    into_dir = run_cli("convert", str(source), "-o", str(folder))
    assert into_dir.returncode == 2 and "not a regular file" in into_dir.stderr
    missing = run_cli("convert", str(source), "-o", str(tmp_path / "no" / "such" / "out.yaml"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir", "schema.json"]
    assert list(folder.iterdir()) == []


def test_generate_reads_a_hyper_schema_directly(tmp_path: Path) -> None:
    source = tmp_path / "schema.json"
    source.write_text(json.dumps(fragment()))
    result = pipeline.generate(source, ["python"], package="frag", workers=1)
    ops = {op.operation_id: op for op in result.api.operations}
    assert len(ops) == 12 and not any(op.degraded for op in ops.values())
    # release_rollback under the tag Releases: a resource verb
    assert "def rollback(" in result.files["frag/api/releases.py"]
    assert "RangePages" in result.files["frag/api/apps.py"]


# ---------------------------------------------------------------- the complete Heroku API


@pytest.fixture(scope="module")
def heroku() -> tuple[dict[str, Any], dict[str, Any]]:
    """Heroku's schema from the shared folder, or else the committed copy (which
    test_committed_schema_is_the_shared_file_byte_for_byte pins by sha256)."""
    path = SHARED_SCHEMA if SHARED_SCHEMA.is_file() else COMMITTED_SCHEMA
    if not path.is_file():
        pytest.skip(f"Heroku's hyper-schema is neither at {SHARED_SCHEMA} nor {COMMITTED_SCHEMA}")
    source = json.loads(path.read_text())
    return source, hyperschema.convert(source, str(path))


def test_heroku_converts_to_valid_openapi_31_with_one_operation_per_link(
    heroku: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    source, doc = heroku
    assert loader.validate_document("heroku-platform", doc) == []
    links = [
        f"#/definitions/{r}/links/{i}"
        for r, res in source["definitions"].items()
        for i in range(len(res.get("links") or []))
    ]
    assert len(links) == 305
    origins = [op[hyperschema.LINK_ORIGIN] for _, _, op in all_operations(doc)]
    assert len(origins) == 305 and sorted(origins) == sorted(links)
    ids = [op["operationId"] for _, _, op in all_operations(doc)]
    assert len(set(ids)) == 305
    for method, _, op in all_operations(doc):
        assert lookup(source, op[hyperschema.LINK_ORIGIN])["method"].lower() == method


def test_heroku_collisions_are_listed(heroku: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, doc = heroku
    collisions = {
        (method.upper(), path): [op["operationId"]]
        + [v["operationId"] for v in op[hyperschema.VARIANTS]]
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if hyperschema.VARIANTS in op
    }
    assert collisions == {
        ("GET", "/teams/{team_name_or_id}/addons"): ["add-on-list-by-team", "team-add-on-list-for-team"],
        ("POST", "/apps/{app_id_or_name}/releases"): ["release-create", "release-rollback"],
        ("PATCH", "/teams/apps/{app_name}"): [
            "team-app-update-locked", "team-app-transfer-to-account", "team-app-transfer-to-team"
        ],
    }  # fmt: skip
    distinct = {(m, re.sub(r"\{[^}]*\}", "{}", p)) for m, p, _ in all_operations(doc)}
    assert len(distinct) == 301


def _seed_operations() -> dict[tuple[str, str], dict[str, Any]]:
    seed = yaml.safe_load(SPEC.read_text())
    parameters = seed["components"]["parameters"]
    result = {}
    for path, item in seed["paths"].items():
        for method, op in item.items():
            params = [
                parameters[p["$ref"].rsplit("/", 1)[-1]] if "$ref" in p else p
                for p in op.get("parameters", [])
            ]
            result[(method, re.sub(r"\{[^}]*\}", "{}", path))] = dict(op, parameters=params)
    return result


# The seed says restart-all is POST .../dynos/actions/restart-all; Heroku's own
# schema says it is DELETE /apps/{app}/dynos ("Restart all", dyno link 3).
SEED_NOT_IN_HEROKU = {("post", "/apps/{}/dynos/actions/restart-all"): ("delete", "/apps/{}/dynos")}


def test_heroku_has_every_seed_operation_with_compatible_parameters(
    heroku: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    _, doc = heroku
    converted: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for method, path, op in all_operations(doc):
        converted.setdefault((method, re.sub(r"\{[^}]*\}", "{}", path)), []).append(op)
    seed = _seed_operations()
    assert len(seed) == 46
    missing = {key for key in seed if key not in converted}
    assert missing == set(SEED_NOT_IN_HEROKU)
    for key in missing:
        assert SEED_NOT_IN_HEROKU[key] in converted
    for key, seed_op in seed.items():
        if key in missing:
            continue
        wanted = {(p["in"], p["name"]) for p in seed_op["parameters"] if p["in"] != "path"}
        candidates = converted[key]
        assert any(
            wanted <= {(p["in"], p["name"]) for p in op.get("parameters", [])}
            and ("requestBody" in op or "requestBody" not in seed_op)
            for op in candidates
        ), key


def test_heroku_seed_paths_keep_their_parameter_names(
    heroku: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    _, doc = heroku
    seed = yaml.safe_load(SPEC.read_text())
    exact = {(m, p) for m, p, _ in all_operations(doc)}
    differ = {
        (m, p)
        for p, item in seed["paths"].items()
        for m in item
        if (m, p) not in exact and (m, re.sub(r"\{[^}]*\}", "{}", p)) not in SEED_NOT_IN_HEROKU
    }
    # Heroku's Info takes a pipeline id or name, so the shared path item says so.
    assert differ == {(m, "/pipelines/{pipeline_id}") for m in ("get", "patch", "delete")}
    assert {(m, "/pipelines/{pipeline_id_or_name}") for m in ("get", "patch", "delete")} <= exact


def test_committed_schema_is_the_shared_file_byte_for_byte() -> None:
    data = COMMITTED_SCHEMA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256
    assert SCHEMA_SHA256 in (ROOT / "spec" / "README.md").read_text()
    if not SHARED_SCHEMA.is_file():
        pytest.skip(f"no {SHARED_SCHEMA} to compare with")
    assert SHARED_SCHEMA.read_bytes() == data


def test_committed_conversion_is_current() -> None:
    text, warnings = convert.convert_file(COMMITTED_SCHEMA)
    assert text == COMMITTED_OPENAPI.read_text(encoding="utf-8"), "run `make spec`"
    # formation's dyno_size identity points outside any resource; the request
    # bodies that inline it writable (formation update, batch update) meet it too
    assert [w[0] for w in warnings] == [
        "/definitions/formation/definitions/dyno_size/identity/anyOf/0/$ref",
        "/definitions/formation/definitions/update/properties/dyno_size/identity/anyOf/0/$ref",
        "/definitions/formation/links/3/schema/properties/dyno_size/identity/anyOf/0/$ref",
    ]


def test_python_client_generates_from_the_complete_api(tmp_path: Path) -> None:
    result = pipeline.generate(COMMITTED_OPENAPI, ["python"], package="hp")
    report = result.report(str(COMMITTED_OPENAPI))["summary"]
    assert (report["operations"], report["generated"], report["degraded"]) == (305, 305, 0)
    assert report["warnings"] == 0
    release = result.files["hp/api/releases.py"]
    # release_create and release_rollback under the tag Releases: resource verbs
    assert "def create(" in release and "def rollback(" in release


def test_reference_cycles_in_href_variables_are_bounded() -> None:
    def cycle(doc: dict[str, Any]) -> None:
        defs = doc["definitions"]["app"]["definitions"]
        defs["identity"] = {"$ref": "#/definitions/app/definitions/loop"}
        defs["loop"] = {"$ref": "#/definitions/app/definitions/identity"}

    error = _broken(cycle)
    assert error.pointer == "/definitions/app/links/1/href" and "a cycle?" in error.message
