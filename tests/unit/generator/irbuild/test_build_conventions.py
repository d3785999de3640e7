"""Paging as pluggable detectors (generator/irbuild/conventions): the Range
detector on its own, switched on and off by the build's ``paging`` option and
by the config's ``paging`` key, and a detector of our own registered by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator, Optional

import pytest

from generator import config, ir, pipeline
from generator.irbuild import build, conventions
from generator.irbuild.conventions import Candidate, Paging, PagingDetector
from generator.irbuild.conventions.paging import RangePaging
from generator.errors import GeneratorError

from helpers import minimal_spec

ITEM = {"type": "object", "properties": {"id": {"type": "string"}}}


def list_op(header: Optional[str] = "Range", items: bool = True) -> dict[str, Any]:
    """A ``GET /things`` that lists things, with or without a Range header."""
    params: list[dict[str, Any]] = [{"name": "page", "in": "query", "schema": {"type": "integer"}}]
    if header:
        params.append({"name": header, "in": "header", "schema": {"type": "string"}})
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}} if items else ITEM
    return {
        "operationId": "listThings",
        "parameters": params,
        "responses": {
            "200": {
                "description": "ok",
                "headers": {"Next-Range": {"schema": {"type": "string"}}},
                "content": {"application/json": {"schema": schema}},
            }
        },
    }


def doc(**op: Any) -> dict[str, Any]:
    return minimal_spec({"/things": {"get": list_op(**op)}}, {"Thing": ITEM})


def only_op(api: ir.Api) -> ir.Operation:
    (operation,) = api.operations
    return operation


# ---------------------------------------------------------------- the Range detector alone


def candidate(params: tuple[ir.Parameter, ...], responses: tuple[ir.Response, ...]) -> Candidate:
    return Candidate("listThings", "GET", "/paths/~1things/get", params, responses)


def test_range_detector_recognises_a_range_header_and_a_list() -> None:
    params = (ir.Parameter("range", "range", "header", ir.Primitive("str"), False),)
    responses = (
        ir.Response("206", "", "application/json", ir.ListOf(ir.ModelRef("T")), ("next-range",)),
    )
    found = RangePaging().detect(candidate(params, responses))
    reason = "header parameter range and an array result"
    assert found == Paging(
        ir.Pagination(
            "range", ir.ModelRef("T"), param="range", next_header="next-range", reason=reason
        ),
        frozenset({"range"}),
    )


@pytest.mark.parametrize(
    "location, response_type",
    [
        ("query", ir.ListOf(ir.ANY)),  # a Range *query* parameter is not the convention
        ("header", ir.ModelRef("T")),  # nor is a header on an operation returning one object
    ],
)
def test_range_detector_ignores_near_misses(location: str, response_type: ir.Type) -> None:
    params = (ir.Parameter("Range", "range", location, ir.Primitive("str"), False),)
    responses = (ir.Response("200", "", "application/json", response_type),)
    assert RangePaging().detect(candidate(params, responses)) is None


# ---------------------------------------------------------------- switched by the build option


def test_range_paging_is_on_by_default_and_takes_over_the_header() -> None:
    operation = only_op(build(doc()))
    assert operation.pagination is not None
    assert (operation.pagination.strategy, operation.pagination.item) == (
        "range",
        ir.ModelRef("Thing"),
    )
    assert (operation.pagination.param, operation.pagination.next_header) == ("Range", "Next-Range")
    assert [p.name for p in operation.parameters] == ["page"]


def test_no_paging_detectors_leave_the_range_header_an_argument() -> None:
    operation = only_op(build(doc(), paging=[]))
    assert operation.pagination is None
    assert [p.name for p in operation.parameters] == ["page", "Range"]


def test_without_a_range_header_nothing_is_paged() -> None:
    assert only_op(build(doc(header=None))).pagination is None
    assert only_op(build(doc(items=False))).pagination is None


def test_an_unknown_detector_name_is_refused() -> None:
    with pytest.raises(ValueError, match="'links'"):
        build(doc(), paging=["links"])


# ---------------------------------------------------------------- a detector of one's own


class PageNumberPaging(PagingDetector):
    """A made-up ``?page=N`` convention, to show a detector is just a class."""

    name = "page-number"

    def detect(self, op: Candidate) -> Optional[Paging]:
        page = op.param(["page"])
        listed = next((r.type for r in op.responses if isinstance(r.type, ir.ListOf)), None)
        if page is None or listed is None:
            return None
        pagination = ir.Pagination(self.name, listed.item, param=page.name)
        return Paging(pagination, frozenset({"page"}))


@pytest.fixture
def page_number() -> Iterator[None]:
    registry = conventions.REGISTRY["paging"]
    conventions.register(PageNumberPaging)
    try:
        yield
    finally:
        del registry[PageNumberPaging.name]


def test_a_registered_detector_is_chosen_by_name(page_number: None) -> None:
    operation = only_op(build(doc(), paging=["page-number"]))
    assert operation.pagination == ir.Pagination("page-number", ir.ModelRef("Thing"), param="page")
    assert [p.name for p in operation.parameters] == ["Range"]


def test_the_first_detector_that_recognises_an_operation_wins(page_number: None) -> None:
    first_range = only_op(build(doc(), paging=["range", "page-number"]))
    first_page = only_op(build(doc(), paging=["page-number", "range"]))
    assert first_range.pagination is not None and first_range.pagination.strategy == "range"
    assert first_page.pagination is not None and first_page.pagination.strategy == "page-number"


def test_the_config_accepts_a_registered_detector(page_number: None, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("paging: [page-number, range]\n")
    assert config.load(path) == ({"paging": ["page-number", "range"]}, [])


# ---------------------------------------------------------------- the config key


@pytest.mark.parametrize(
    "text, chosen",
    [("paging: [range]\n", ("range",)), ("paging: []\n", ()), ("paging: range\n", ("range",))],
)
def test_config_paging_key(tmp_path: Path, text: str, chosen: tuple[str, ...]) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text)
    loaded, warnings = config.load(path)
    assert warnings == []
    assert conventions.paging_names(loaded) == chosen


def test_without_the_key_the_defaults_apply() -> None:
    assert conventions.paging_names({}) == conventions.DEFAULTS["paging"]
    assert conventions.paging_names({})[0] == "range"


@pytest.mark.parametrize("value", ["[links]", "3", "{range: true}", "[range, 1]"])
def test_config_paging_mistakes_name_the_file_and_key(tmp_path: Path, value: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(f"paging: {value}\n")
    with pytest.raises(GeneratorError) as error:
        config.load(path)
    assert str(error.value).startswith(f"{path}: config key 'paging' must be a list of paging")


def test_pipeline_passes_the_config_to_the_build(tmp_path: Path) -> None:
    import yaml

    spec = tmp_path / "api.yaml"
    spec.write_text(yaml.safe_dump(doc()))
    paged = pipeline.generate(spec, ["python"], package="pkg", config={})
    unpaged = pipeline.generate(spec, ["python"], package="pkg", config={"paging": []})
    assert only_op(paged.api).pagination is not None
    assert only_op(unpaged.api).pagination is None
    assert "range_header=" in paged.files["pkg/api/default.py"]
    assert "range_header=" not in unpaged.files["pkg/api/default.py"]
    assert "Pages" not in unpaged.files["pkg/api/default.py"]
