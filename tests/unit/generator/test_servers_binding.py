"""Servers in the intermediate model and the Python binding: variables with
their defaults and enums, path- and operation-level servers (the operation's
win), the Client arguments (names, Literal types) and the base URL facts the
templates render; the config keys that steer them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator import binding, config, ir, swagger2
from generator.errors import GeneratorError
from generator.irbuild import api as build_api
from helpers import ROOT, minimal_spec

OK = {"200": {"description": "ok"}}


def _api(doc: dict[str, Any]) -> ir.Api:
    return build_api.build(doc)


def _binding(doc: dict[str, Any], **options: Any) -> binding.Binding:
    api = _api(doc)
    return binding.build(api, binding.package_options(api, options, "pkg"))


VARIABLES = minimal_spec(
    {
        "/a": {
            "servers": [{"url": "https://path.example.test"}],
            "get": {"operationId": "pathLevel", "responses": OK},
            "put": {
                "operationId": "opLevel",
                "servers": [
                    {"url": "https://op.example.test/{v}", "variables": {"v": {"default": "1"}}}
                ],
                "responses": OK,
            },
        },
        "/b": {"get": {"operationId": "documentLevel", "responses": OK}},
    },
    openapi="3.0.3",
    servers=[
        {
            "url": "{scheme}://{region}.example.test/{timeout}",
            "description": "Main",
            "variables": {
                "scheme": {"default": "https", "enum": ["https", "http"]},
                "region": {"default": "eu", "enum": ["eu"], "description": "Data region"},
                "timeout": {"default": 5},
            },
        },
        {
            "url": "https://{region}.other.test",
            "variables": {"region": {"default": "ap", "enum": ["ap", "us"]}},
        },
    ],
)


def test_variables_in_the_model() -> None:
    api = _api(VARIABLES)
    first = api.servers[0]
    assert first.description == "Main"
    assert first.variables == (
        ir.ServerVariable("scheme", "https", ("https", "http")),
        ir.ServerVariable("region", "eu", ("eu",), "Data region"),
        ir.ServerVariable("timeout", "5"),  # a YAML number, as it reads in the URL
    )


def test_operation_servers_override_the_paths() -> None:
    by_id = {op.operation_id: op for op in _api(VARIABLES).operations}
    assert [s.url for s in by_id["pathLevel"].servers] == ["https://path.example.test"]
    assert [s.url for s in by_id["opLevel"].servers] == ["https://op.example.test/{v}"]
    assert by_id["documentLevel"].servers == ()


def test_client_arguments() -> None:
    client = _binding(VARIABLES).client
    assert [(a.ident, a.name, a.annotation) for a in client.args] == [
        ("scheme", "scheme", 'Literal["https", "http"]'),
        ("region", "region", 'Literal["eu", "ap", "us"]'),  # the enums of every server
        ("timeout_2", "timeout", "str"),  # Client's own timeout= keeps its name
    ]
    assert client.variables_mapping == '{"scheme": scheme, "region": region, "timeout": timeout_2}'
    assert client.choosable and client.uses_literal
    assert client.default_base_url == "https://eu.example.test/5"
    assert client.base_url_env == "PKG_BASE_URL"
    assert "- 1: ``https://{region}.other.test``" in client.doc
    assert "- ``region``: Data region (default 'eu')" in client.doc


def test_operation_servers_in_the_binding() -> None:
    methods = {m.operation.operation_id: m for m in _binding(VARIABLES).methods.values()}
    assert methods["documentLevel"].servers is None
    assert methods["opLevel"].servers == (
        '[{"url": "https://op.example.test/{v}", "variables": {"v": {"default": "1"}}}]'
    )
    assert methods["opLevel"].servers_constant == "_OP_LEVEL_SERVERS"


def test_a_variable_without_default_is_warned_about() -> None:
    doc = minimal_spec(
        openapi="3.0.3",
        servers=[{"url": "https://{env}.example.test", "variables": {"env": {"enum": ["prod"]}}}],
    )
    api = _api(doc)
    assert api.servers[0].variables[0].default == "prod"
    assert ("/servers/0/variables/env", "server variable 'env' has no default; 'prod' is used") in [
        (w.pointer, w.message) for w in api.warnings
    ]


def test_relative_url_and_config_keys() -> None:
    doc = minimal_spec(openapi="3.0.3", servers=[{"url": "/api/v3"}])
    assert _binding(doc).client.default_base_url == "/api/v3"
    client = _binding(
        doc, document_url="https://pets.example.test/spec/openapi.json", base_url_env="PETS_URL"
    ).client
    assert client.default_base_url == "https://pets.example.test/api/v3"
    assert client.base_url_env == "PETS_URL"
    assert not client.choosable and client.args == ()


def test_swagger2_servers() -> None:
    base = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}}
    one = swagger2.convert({**base, "host": "h.test", "basePath": "/v1", "schemes": ["http"]})
    assert one["servers"] == [{"url": "http://h.test/v1"}]
    both = swagger2.convert({**base, "host": "h.test", "schemes": ["http", "https"]})
    assert both["servers"] == [
        {
            "url": "{scheme}://h.test",
            "variables": {"scheme": {"default": "https", "enum": ["https", "http"]}},
        }
    ]
    assert swagger2.convert({**base, "basePath": "/v2"})["servers"] == [{"url": "/v2"}]


@pytest.mark.parametrize(
    "text, message",
    [
        ("base_url_env: 1ABC\n", "config key 'base_url_env' must be an environment variable name"),
        ("document_url: /spec.yaml\n", "config key 'document_url' must be an absolute http(s) URL"),
        ("strict: 1\n", "config key 'strict' must be true or false"),
    ],
)
def test_config_checks(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(GeneratorError, match=re.escape(message)):
        config.load(path)


def test_heroku_keeps_its_single_server() -> None:
    from generator import loader, pipeline
    from helpers import heroku_config

    doc, _ = loader.as_openapi("heroku", loader.read_document(ROOT / "spec" / "heroku.yaml"))
    api = _api(doc)
    client = binding.build(api, pipeline.options_for(api, heroku_config(), None)).client
    assert client.default_base_url == "https://api.heroku.com"
    assert client.args == () and not client.choosable
    assert client.base_url_env == "HEROKU_PLATFORM_API_BASE_URL"
