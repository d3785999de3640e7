"""Request bodies of the converted hyper-schema, as Heroku's API takes them."""

from __future__ import annotations

import json
from typing import Any

from generator import hyperschema
from helpers import ROOT

COMMITTED_SCHEMA = ROOT / "spec" / "heroku-schema.json"


def _converted() -> dict[str, Any]:
    return hyperschema.convert(json.loads(COMMITTED_SCHEMA.read_text()))


def _body(doc: dict[str, Any], path: str, method: str) -> Any:
    return doc["paths"][path][method]["requestBody"]


def test_request_listed_read_only_attributes_are_inlined_writable() -> None:
    doc = _converted()
    release = _body(doc, "/apps/{app_id_or_name}/releases", "post")
    description = release["content"]["application/json"]["schema"]["properties"]["description"]
    assert "$ref" not in description and "readOnly" not in description
    assert description["type"] == "string"
    # the component itself (what responses use) stays read-only
    assert doc["components"]["schemas"]["Release-description"]["readOnly"] is True
    # an input object that says readOnly: false (formation's update) inlines its members too
    update = doc["components"]["schemas"]["Formation-update"]["properties"]["type"]
    assert "readOnly" not in update and "$ref" not in update


def test_a_single_pattern_object_is_a_required_map_body() -> None:
    config = _body(_converted(), "/apps/{app_id_or_name}/config-vars", "patch")
    schema = config["content"]["application/json"]["schema"]
    assert config["required"] is True
    assert schema["propertyNames"] == {"pattern": "^\\w+$"}
    assert schema["additionalProperties"] == {"type": ["string", "null"]}
    assert "patternProperties" not in schema


def test_objects_with_properties_or_several_patterns_stay_as_they_are() -> None:
    both = {"type": "object", "patternProperties": {"^a": {}, "^b": {}}}
    assert hyperschema._as_map(dict(both, additionalProperties=False))["patternProperties"]
    open_map = {"type": "object", "patternProperties": {"^a": {}}}
    assert hyperschema._as_map(open_map) == open_map
    assert hyperschema._body_required({"properties": {"a": {}}}) is False
    assert hyperschema._body_required({"properties": {"a": {}}, "required": ["a"]}) is True
