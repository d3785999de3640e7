"""Checks for spec/heroku.yaml, the re-indented Heroku Platform API document."""

from collections import Counter

import re

import pytest
import yaml
from openapi_spec_validator import validate

from helpers import ROOT as REPO_ROOT

SPEC_PATH = REPO_ROOT / "spec" / "heroku.yaml"
SEED_PATH = REPO_ROOT.parent / "shared" / "seeds" / "heroku-platform-api-openapi-collapsed.txt"

HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head", "options", "trace"}

EXPECTED_SCHEMAS = [
    "App",
    "Dyno",
    "Addon",
    "Domain",
    "Formation",
    "Release",
    "Build",
    "Pipeline",
    "PipelineCoupling",
    "Collaborator",
    "Account",
]


ADDED = re.compile(
    r"^ *# --- begin: added after the seed.*?^ *# --- end: added after the seed ---\n", re.M | re.S
)


@pytest.fixture(scope="module")
def full_text():
    return SPEC_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def spec_text(full_text):
    """The spec without the marked blocks added after the seed (source endpoints)."""
    return ADDED.sub("", full_text)


@pytest.fixture(scope="module")
def doc(spec_text):
    return yaml.safe_load(spec_text)


@pytest.fixture(scope="module")
def full_doc(full_text):
    return yaml.safe_load(full_text)


@pytest.fixture(scope="module")
def schemas(doc):
    return doc["components"]["schemas"]


def _operations(doc):
    return [
        (path, method, op)
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def _props(schema):
    return schema["properties"]


# --- faithfulness ---------------------------------------------------------


def test_collapsed_text_matches_seed(spec_text):
    if not SEED_PATH.is_file():
        pytest.skip(f"seed file not available at {SEED_PATH}; cannot check faithfulness")
    seed_text = SEED_PATH.read_text(encoding="utf-8")
    assert " ".join(spec_text.split()) == " ".join(seed_text.split())


def test_spec_is_multiline_block_yaml(spec_text):
    lines = spec_text.splitlines()
    assert len(lines) > 1000
    assert lines[0] == "openapi: 3.1.0"
    assert all("\t" not in line for line in lines)
    assert all((len(line) - len(line.lstrip(" "))) % 2 == 0 for line in lines)


# --- counts ---------------------------------------------------------------


def test_openapi_version(doc):
    assert doc["openapi"] == "3.1.0"
    assert doc["info"]["version"] == "3"
    assert doc["info"]["description"].startswith("The Heroku Platform API enables")


def test_path_count(doc):
    assert len(doc["paths"]) == 27


def test_operation_count(doc):
    assert len(_operations(doc)) == 44


def test_component_schemas(schemas):
    assert list(schemas) == EXPECTED_SCHEMAS


def test_component_parameters(doc):
    params = doc["components"]["parameters"]
    assert list(params) == ["appIdOrName", "AcceptRange"]
    assert params["appIdOrName"]["in"] == "path"
    assert params["AcceptRange"]["name"] == "Range"
    assert params["AcceptRange"]["in"] == "header"


def test_tag_count(doc):
    assert len(doc["tags"]) == 14
    assert len({t["name"] for t in doc["tags"]}) == 14


def test_security_scheme(doc):
    scheme = doc["components"]["securitySchemes"]["BearerAuth"]
    assert scheme["type"] == "http"
    assert scheme["scheme"] == "bearer"
    assert doc["security"] == [{"BearerAuth": []}]


def test_validator_accepts_spec(doc):
    validate(doc)


# --- operations -----------------------------------------------------------


def test_operation_ids_unique(doc):
    ids = [op.get("operationId") for _, _, op in _operations(doc)]
    assert all(ids), "every operation needs an operationId"
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate operationIds: {dupes}"


def test_operation_tags_are_declared(doc):
    declared = {t["name"] for t in doc["tags"]}
    for path, method, op in _operations(doc):
        assert set(op["tags"]) <= declared, (path, method)


def test_list_apps_next_range_header(doc):
    ok = doc["paths"]["/apps"]["get"]["responses"]["200"]
    assert ok["headers"]["Next-Range"]["schema"] == {"type": "string"}


def test_list_apps_has_206(doc):
    responses = doc["paths"]["/apps"]["get"]["responses"]
    assert list(responses) == ["200", "206"]
    assert "206" not in responses["200"].get("headers", {})


def test_create_addon_body_shape(doc):
    body = doc["paths"]["/apps/{app_id_or_name}/addons"]["post"]["requestBody"]
    schema = body["content"]["application/json"]["schema"]
    assert set(schema["properties"]) == {"plan", "name", "config", "attachment", "confirm"}
    assert set(schema["properties"]["attachment"]["properties"]) == {"name"}


def test_create_build_body_shape(doc):
    body = doc["paths"]["/apps/{app_id_or_name}/builds"]["post"]["requestBody"]
    schema = body["content"]["application/json"]["schema"]
    assert set(schema["properties"]) == {"buildpacks", "source_blob"}
    assert set(schema["properties"]["buildpacks"]["items"]["properties"]) == {"url", "name"}


# --- nested shapes in component schemas -----------------------------------


@pytest.mark.parametrize(
    ("schema_name", "prop", "expected"),
    [
        ("App", "region", {"id", "name"}),
        ("App", "owner", {"email", "id"}),
        ("App", "build_stack", {"id", "name"}),
        ("App", "space", {"id", "name"}),
        ("App", "stack", {"id", "name"}),
        ("App", "team", {"id", "name"}),
        ("Dyno", "app", {"id", "name"}),
        ("Dyno", "release", {"id", "version"}),
        ("Addon", "plan", {"id", "name"}),
        ("Addon", "addon_service", {"id", "name"}),
        ("Addon", "billed_price", {"cents", "contract", "unit"}),
        ("Domain", "sni_endpoint", {"id", "name"}),
        ("Release", "slug", {"id"}),
        ("Release", "user", {"email", "id"}),
        ("Build", "source_blob", {"checksum", "url", "version"}),
        ("Build", "app", {"id"}),
        ("Pipeline", "owner", {"id", "type"}),
        ("PipelineCoupling", "pipeline", {"id"}),
        ("Collaborator", "user", {"email", "id"}),
        ("Account", "default_organization", {"id", "name"}),
    ],
)
def test_nested_object_properties(schemas, schema_name, prop, expected):
    nested = _props(schemas[schema_name])[prop]
    assert nested["type"] == "object"
    assert set(nested["properties"]) == expected


@pytest.mark.parametrize(
    ("schema_name", "own_props"),
    [
        (
            "App",
            [
                "released_at",
                "repo_size",
                "slug_size",
                "space",
                "stack",
                "team",
                "updated_at",
                "web_url",
            ],
        ),
        ("Domain", ["status", "app", "created_at"]),
        ("Addon", ["provider_id", "state", "config_vars", "billed_price", "web_url"]),
        ("Collaborator", ["permissions", "role", "app"]),
        ("Release", ["user", "app"]),
        ("Build", ["user", "created_at"]),
        ("Account", ["last_login", "sms_number", "verified"]),
    ],
)
def test_properties_belong_to_enclosing_schema(schemas, schema_name, own_props):
    props = _props(schemas[schema_name])
    missing = [p for p in own_props if p not in props]
    assert not missing, f"{schema_name} lacks {missing}"


def test_release_status_enum(schemas):
    assert _props(schemas["Release"])["status"]["enum"] == ["failed", "pending", "succeeded"]


def test_dyno_state_enum(schemas):
    enum = _props(schemas["Dyno"])["state"]["enum"]
    assert len(enum) == 5
    assert enum == ["crashed", "down", "idle", "starting", "up"]


def test_collaborator_role(schemas):
    role = _props(schemas["Collaborator"])["role"]
    assert role["enum"] == ["owner", "collaborator", "member", "admin"]
    assert role["nullable"] is True


def test_account_identity_provider_has_no_properties(schemas):
    idp = _props(schemas["Account"])["identity_provider"]
    assert idp == {"type": "object", "nullable": True}
    assert "properties" not in idp


@pytest.mark.parametrize("schema_name", EXPECTED_SCHEMAS)
def test_schema_ids_are_uuids(schemas, schema_name):
    schema = schemas[schema_name]
    assert schema["type"] == "object"
    assert _props(schema)["id"] == {"type": "string", "format": "uuid"}


# --- additions after the seed ----------------------------------------------


def test_additions_are_exactly_the_source_endpoints(doc, full_doc, full_text):
    assert len(ADDED.findall(full_text)) == 3
    added = {(p, m, op["operationId"]) for p, m, op in _operations(full_doc)} - {
        (p, m, op["operationId"]) for p, m, op in _operations(doc)
    }
    assert added == {
        ("/sources", "post", "createSource"),
        ("/apps/{app_id_or_name}/sources", "post", "createAppSource"),
    }
    assert set(full_doc["components"]["schemas"]) - set(doc["components"]["schemas"]) == {"Source"}
    assert [t["name"] for t in full_doc["tags"]][-1] == "Sources"
    blob = full_doc["components"]["schemas"]["Source"]["properties"]["source_blob"]["properties"]
    assert set(blob) == {"get_url", "put_url"}


def test_app_scoped_source_endpoint_is_deprecated(full_doc):
    assert full_doc["paths"]["/apps/{app_id_or_name}/sources"]["post"]["deprecated"] is True
    assert "deprecated" not in full_doc["paths"]["/sources"]["post"]


def test_full_spec_validates(full_doc):
    validate(full_doc)
