"""A request body's object whose own members are readOnly (build create's
``source_blob``: Heroku marks ``url``, ``checksum`` and ``version`` readOnly, yet
Build Create takes them) is inlined with writable members, so the client's
request class for it keeps them; the shared component responses use stays
read-only."""

from __future__ import annotations

import json
from typing import Any

from generator import hyperschema
from helpers import ROOT


def _converted() -> dict[str, Any]:
    return hyperschema.convert(json.loads((ROOT / "spec" / "heroku-schema.json").read_text()))


def test_build_create_takes_the_source_blob_members() -> None:
    doc = _converted()
    body = doc["paths"]["/apps/{app_id_or_name}/builds"]["post"]["requestBody"]
    blob = body["content"]["application/json"]["schema"]["properties"]["source_blob"]
    assert "$ref" not in blob
    members = blob["properties"]
    assert {"url", "checksum", "version"} <= set(members)
    assert not any(m.get("readOnly") for m in members.values())
    shared = doc["components"]["schemas"]["Build-source_blob"]["properties"]
    assert shared["url"]["readOnly"] is True


def test_read_only_inside() -> None:
    assert hyperschema._read_only_inside({"readOnly": True})
    assert hyperschema._read_only_inside({"properties": {"a": {"readOnly": True}}})
    assert not hyperschema._read_only_inside({"properties": {"a": {"type": "string"}}})
