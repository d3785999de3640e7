"""Security schemes from the document into the model (OpenAPI 3 and Swagger 2.0
securityDefinitions), and the config's ``auth`` key and its shorthands
(``token_env``, ``netrc``, ``auth_scheme``) into the binding."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import ROOT, minimal_spec, run_cli, write_spec

from generator import config as config_module
from generator import ir, irbuild, swagger2
from generator.binding import auth as auth_binding
from generator.binding.naming import package_options
from generator.errors import ConfigError, GeneratorError

OP = {"get": {"operationId": "ping", "responses": {"200": {"description": "ok"}}}}


def model(doc: dict[str, Any]) -> ir.Api:
    return irbuild.build(swagger2.convert(doc) if "swagger" in doc else doc)


def bind(doc: dict[str, Any], config: dict[str, Any], package: str = "pkg") -> Any:
    api = model(doc)
    return auth_binding.build(api, package_options(api, {"package": package, **config}, None))


def test_swagger2_security_definitions() -> None:
    doc = {
        "swagger": "2.0",
        "info": {"title": "S", "version": "1"},
        "securityDefinitions": {
            "basic": {"type": "basic"},
            "key": {"type": "apiKey", "in": "query", "name": "api_key"},
            "machine": {
                "type": "oauth2",
                "flow": "application",
                "tokenUrl": "https://auth.example.com/token",
                "scopes": {"read": "read things"},
                "description": "M2M",
            },
            "user": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://a/x"},
        },
        "security": [{"key": []}],
        "paths": {
            "/a": {"get": {**OP["get"], "security": [{"basic": []}, {"machine": ["read"]}]}},
            "/b": {"get": {"operationId": "b", "responses": {"200": {"description": "ok"}}}},
        },
    }
    api = model(doc)
    schemes = {s.name: s for s in api.security_schemes}
    assert schemes["basic"] == ir.SecurityScheme("basic", "http", http_scheme="basic")
    assert schemes["key"] == ir.SecurityScheme(
        "key", "apiKey", location="query", parameter="api_key"
    )
    assert schemes["machine"] == ir.SecurityScheme(
        "machine",
        "oauth2",
        "M2M",
        token_url="https://auth.example.com/token",
        scopes=(("read", "read things"),),
    )
    assert schemes["user"].token_url is None  # the caller brings the access token
    assert api.security == (("key",),)
    by_path = {op.path: op for op in api.operations}
    assert by_path["/a"].security == (("basic",), ("machine",))
    assert by_path["/b"].security is None
    binding = bind(doc, {})
    kinds = {s.name: (s.kind, [a.ident for a in s.arguments]) for s in binding.schemes}
    assert kinds == {
        "basic": ("basic", ["basic"]),
        "key": ("apiKey", ["key"]),
        "machine": ("oauth2", ["client_id", "client_secret"]),
        "user": ("bearer", ["token"]),
    }


def test_unsupported_schemes_are_warned_with_their_pointer() -> None:
    doc = minimal_spec(
        {"/a": OP},
        components={
            "securitySchemes": {
                "tls": {"type": "mutualTLS"},
                "dig": {"type": "http", "scheme": "digest"},
            }
        },
        security=[{"tls": []}, {"ghost": []}],
    )
    api = model(doc)
    warned = {(w.pointer, w.message) for w in api.warnings}
    assert ("/components/securitySchemes/tls", "security scheme type 'mutualTLS' is not supported by the client") in warned  # fmt: skip
    assert any(p == "/components/securitySchemes/dig" for p, _ in warned)
    assert ("/security/1", "security scheme 'ghost' is not declared") in warned
    assert [s.kind for s in bind(doc, {}).schemes] == ["unsupported", "unsupported"]


def test_defaults_env_convention_and_overrides() -> None:
    doc = minimal_spec(
        {"/a": OP},
        components={"securitySchemes": {"Key": {"type": "apiKey", "in": "header", "name": "K"}}},
        security=[{"Key": []}],
    )
    (scheme,) = bind(doc, {}, "shop").schemes
    assert [(a.ident, a.env) for a in scheme.arguments] == [("key", "SHOP_KEY")]
    (scheme,) = bind(doc, {"auth": {"Key": {"env": "MY_KEY", "argument": "secret"}}}).schemes
    assert [(a.ident, a.env) for a in scheme.arguments] == [("secret", "MY_KEY")]
    assert 'env="MY_KEY"' in scheme.parts and 'argument="secret"' in scheme.parts


def test_config_declares_a_scheme_the_document_forgot() -> None:
    doc = minimal_spec({"/a": OP})
    entry = {"type": "apiKey", "in": "header", "name": "X-Token", "env": "SVC_TOKEN"}
    binding = bind(doc, {"auth": {"svc": entry}})
    assert binding.default == (("svc",),)
    assert binding.schemes[0].parameter == "X-Token"
    with pytest.raises(ConfigError, match="declares no security scheme 'other'; give its 'type'"):
        bind(doc, {"auth": {"other": {"env": "X"}}})


def test_shorthands() -> None:
    bare = minimal_spec({"/a": OP})
    assert bind(bare, {}).schemes == () and bind(bare, {}).default == ()
    binding = bind(bare, {"token_env": "T", "netrc": True})
    assert binding.default == (("token",),) and binding.schemes[0].netrc is True
    one = minimal_spec(
        {"/a": OP},
        components={"securitySchemes": {"jwt": {"type": "http", "scheme": "bearer"}}},
        security=[{"jwt": []}],
    )
    (scheme,) = bind(one, {"token_env": "MY_TOKEN", "auth_scheme": "Bearer"}).schemes
    assert scheme.arguments[0].env == "MY_TOKEN" and scheme.arguments[0].ident == "token"
    with pytest.raises(ConfigError, match="'auth_scheme'.*says bearer, not 'Token'"):
        bind(one, {"auth_scheme": "Token"})
    two = minimal_spec(
        {"/a": OP},
        components={
            "securitySchemes": {
                "a": {"type": "http", "scheme": "bearer"},
                "b": {"type": "openIdConnect", "openIdConnectUrl": "https://x/.well-known"},
            }
        },
    )
    with pytest.raises(ConfigError, match="'token_env' applies to the document's one token"):
        bind(two, {"token_env": "X"})
    assert [a.ident for s in bind(two, {}).schemes for a in s.arguments] == ["a", "b"]


@pytest.mark.parametrize(
    "value, words",
    [
        ("[a]", "a mapping of security scheme names"),
        ("{k: {envy: X}}", "auth.k has unknown option 'envy'"),
        ("{k: {netrc: maybe}}", "auth.k.netrc has an unusable value"),
        ("{k: {type: apiKey, in: header}}", "auth.k of type apiKey needs name"),
        ("{k: {argument: 'not an identifier'}}", "auth.k.argument has an unusable value"),
        ("{k: {argument: class}}", "auth.k.argument has an unusable value"),
    ],
)
def test_bad_auth_values(tmp_path: Path, value: str, words: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(f"auth: {value}\n")
    with pytest.raises(GeneratorError) as caught:
        config_module.load(path)
    assert str(caught.value).startswith(f"{path}: config key 'auth' must be")
    assert words in str(caught.value)


def test_config_mismatch_is_one_line_naming_the_config_file(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "api.yaml", minimal_spec({"/a": OP}))
    config = tmp_path / "my.yaml"
    config.write_text(yaml.safe_dump({"auth": {"ghost": {"env": "X"}}}))
    out = tmp_path / "out"
    done = run_cli("generate", str(spec), "--config", str(config), "--out", str(out))
    assert done.returncode == 2 and not out.exists()
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"error: {config}: config key 'auth': the document declares no")


def test_heroku_config_serves_the_openapi_and_the_converted_hyper_schema() -> None:
    """spec/heroku.yaml declares BearerAuth; the converted hyper-schema declares no
    auth, and the config's type/scheme declare it there: the same client either way."""
    config = yaml.safe_load((ROOT / "spec" / "heroku.generator.yaml").read_text())
    for name in ("heroku.yaml", "heroku-platform.yaml"):
        doc = yaml.safe_load((ROOT / "spec" / name).read_text())
        binding = bind(doc, config, "heroku_platform_api")
        (scheme,) = binding.schemes
        assert binding.default == (("BearerAuth",),), name
        assert scheme.kind == "bearer" and scheme.netrc and scheme.prefix == "Bearer", name
        assert [(a.ident, a.env) for a in scheme.arguments] == [("token", "HEROKU_API_KEY")]
