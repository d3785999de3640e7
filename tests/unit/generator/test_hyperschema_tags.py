"""Tags (hence ``client.<resource>``) of the converted hyper-schema: plural titles,
as the seed spec names its resources, so the complete client reads like the seed's."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from generator import hyperschema
from helpers import ROOT, SPEC

COMMITTED_SCHEMA = ROOT / "spec" / "heroku-schema.json"


def _resource(title: str, *rels: str) -> dict[str, Any]:
    return {"title": title, "links": [{"rel": r, "href": "/x", "method": "GET"} for r in rels]}


@pytest.mark.parametrize(
    "title, rels, tag",
    [
        ("Heroku Platform API - App", ["instances"], "Apps"),
        ("Heroku Platform API - Add-on", ["instances"], "Add-ons"),
        ("Heroku Platform API - Config Vars", ["self"], "Config Vars"),
        ("Heroku Platform API - Log Session", ["create"], "Log Sessions"),
        ("Heroku Platform API - Account", ["self", "update"], "Account"),
        ("Heroku Platform API - Formation", ["instances"], "Formation"),
        ("Heroku Platform API - Team Policy", ["instances"], "Team Policies"),
        ("Heroku Platform API - Mail Address", ["instances"], "Mail Addresses"),
        ("Review App", ["instances"], "Review Apps"),
        ("", ["instances"], "widgets"),
    ],
)
def test_tag_is_the_plural_title(title: str, rels: list[str], tag: str) -> None:
    assert hyperschema.tag_name("widget", _resource(title, *rels)) == tag


def test_complete_api_has_every_seed_resource_under_the_seed_tag() -> None:
    converted = hyperschema.convert(json.loads(COMMITTED_SCHEMA.read_text()))
    seed = yaml.safe_load(SPEC.read_text())
    tags = [t["name"] for t in converted["tags"]]
    assert {t["name"] for t in seed["tags"]} <= set(tags)
    assert len(tags) == len(set(tags))
    resources = {t["x-hyper-schema-resource"]: t["name"] for t in converted["tags"]}
    assert (resources["app"], resources["config-var"], resources["add-on"]) == (
        "Apps",
        "Config Vars",
        "Add-ons",
    )
    # every operation is under the tag of the resource its link belongs to
    for item in converted["paths"].values():
        for op in item.values():
            resource = op["x-hyper-schema-link"].split("/")[2]
            assert op["tags"] == [resources[resource]]


def test_tags_are_deterministic() -> None:
    doc = json.loads(COMMITTED_SCHEMA.read_text())
    assert hyperschema.convert(doc)["tags"] == hyperschema.convert(doc)["tags"]
