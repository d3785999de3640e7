"""The Markdown reference documents the ``<Model>Input`` request classes the
Python client has, beside their models: listed, anchored, and with only the
fields a request sends (no read-only one)."""

from __future__ import annotations

import re

import pytest

from generator import pipeline
from helpers import ROOT

SPEC = ROOT / "tests" / "fixtures" / "features" / "models_request_response.yaml"


@pytest.fixture(scope="module")
def models_md() -> str:
    result = pipeline.generate(SPEC, ["python", "markdown"], package="mrr_docs", config={})
    return result.files["docs/models.md"]


def section(text: str, anchor: str) -> str:
    start = text.index(f'<a id="{anchor}"></a>')
    following = text.find("\n## ", start)
    return text[start : following if following != -1 else None]


def test_input_classes_are_listed_after_their_models(models_md: str) -> None:
    listed = re.search(r"^Models: (.*)$", models_md, re.M)
    assert listed is not None
    names = re.findall(r"\[(\w+)\]\(#", listed.group(1))
    assert names[:4] == ["Item", "ItemInput", "Order", "OrderInput"]


def test_an_input_section_has_only_what_a_request_sends(models_md: str) -> None:
    item_input = section(models_md, "iteminput")
    assert item_input.startswith('<a id="iteminput"></a>ItemInput')
    assert "[Item](#item) as a request sends it" in item_input
    fields = re.findall(r"^\| `(\w+)` \|", item_input, re.M)
    assert fields == ["name", "secret", "note", "tag"]  # no read-only id or created_at
    assert "`id`" in section(models_md, "item")


def test_no_input_classes_no_note() -> None:
    spec = ROOT / "tests" / "fixtures" / "features" / "errors_streams.yaml"
    result = pipeline.generate(spec, ["python", "markdown"], package="es_docs", config={})
    text = result.files["docs/models.md"]
    assert "Input" not in text and "input class" not in text
