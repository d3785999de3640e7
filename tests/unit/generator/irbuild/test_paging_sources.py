"""Where an operation's paging comes from (generator/irbuild/conventions):
conservative inference per strategy and its near misses, our ``x-pagination``
and the ``x-speakeasy-pagination`` and ``x-fern-pagination`` shapes, config
rules by operationId or glob, the order between them, and the report."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any, Optional

import pytest
import yaml

from generator import cli, config, ir, loader, pipeline
from generator.errors import GeneratorError
from generator.irbuild import build

from helpers import ROOT, minimal_spec

ITEM = {"type": "object", "properties": {"id": {"type": "integer"}}}
ITEMS = {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}


def query(*names: str, kind: str = "string") -> list[dict[str, Any]]:
    return [{"name": n, "in": "query", "schema": {"type": kind}} for n in names]


def op(
    params: Optional[list[dict[str, Any]]] = None,
    body: Optional[dict[str, Any]] = None,
    headers: Optional[dict[str, Any]] = None,
    **extra: Any,
) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": "ok",
        "content": {"application/json": {"schema": body or ITEMS}},
    }
    if headers:
        response["headers"] = headers
    return {
        "operationId": "listThings",
        "parameters": params or [],
        "responses": {"200": response},
        **extra,
    }


def api(operation: dict[str, Any], method: str = "get", **build_args: Any) -> ir.Api:
    doc = minimal_spec({"/things": {method: operation}}, {"Item": ITEM})
    return build(doc, **build_args)


def paged(operation: dict[str, Any], **build_args: Any) -> Optional[ir.Pagination]:
    (only,) = api(operation, **build_args).operations
    return only.pagination


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


STR = {"type": "string"}


# ---------------------------------------------------------------- inference


def test_link_header_is_inferred() -> None:
    p = paged(op(query("per_page", kind="integer"), headers={"Link": {"schema": STR}}))
    assert p is not None and (p.strategy, p.source, p.size_param) == (
        "link",
        "inferred",
        "per_page",
    )
    assert p.item == ir.ModelRef("Item") and p.items == ()
    assert "Link header" in p.reason


def test_cursor_pairs_a_query_parameter_with_a_response_field() -> None:
    body = obj(data=ITEMS, meta=obj(next_cursor=STR))
    p = paged(op(query("cursor") + query("limit", kind="integer"), body))
    assert p is not None and p.strategy == "cursor"
    assert (p.param, p.next_field, p.items, p.size_param) == (
        "cursor",
        ("meta", "next_cursor"),
        ("data",),
        "limit",
    )


def test_page_token_pairs_with_next_page_token() -> None:
    body = obj(items=ITEMS, nextPageToken=STR)
    p = paged(op(query("pageToken", "pageSize"), body))
    assert p is not None and (p.strategy, p.param, p.next_field) == (
        "cursor",
        "pageToken",
        ("nextPageToken",),
    )


def test_next_url_in_links() -> None:
    p = paged(op(body=obj(results=ITEMS, links=obj(next=STR))))
    assert p is not None and (p.strategy, p.next_field, p.items) == (
        "next_url",
        ("links", "next"),
        ("results",),
    )


def test_offset_and_limit() -> None:
    p = paged(op(query("offset", "limit", kind="integer")))
    assert p is not None and (p.strategy, p.param, p.size_param) == ("offset", "offset", "limit")


def test_page_and_per_page() -> None:
    p = paged(op(query("page", "per_page", kind="integer")))
    assert p is not None and (p.strategy, p.param, p.size_param) == ("page", "page", "per_page")


@pytest.mark.parametrize(
    "operation, method",
    [
        (op(query("page", kind="integer")), "get"),  # a page number alone
        (op(query("limit", kind="integer")), "get"),  # a limit alone
        (op(query("cursor"), obj(data=ITEMS)), "get"),  # a cursor with no field to take it from
        (op(query("cursor"), obj(data=ITEMS, next_cursor={"type": "integer"})), "get"),  # not text
        (op(query("offset", "limit", kind="integer"), obj(count={"type": "integer"})), "get"),
        (op(query("offset", "limit", kind="integer")), "post"),  # only GETs are inferred
        (op(body=obj(data=ITEMS, next=STR)), "get"),  # a bare "next": cursor or URL?
        (op(query("page", "per_page"), obj(a=ITEMS, b=ITEMS)), "get"),  # which array?
    ],
)
def test_near_misses_are_not_inferred(operation: dict[str, Any], method: str) -> None:
    (only,) = api(operation, method).operations
    assert only.pagination is None


def test_inference_is_switched_off_by_an_empty_detector_list() -> None:
    assert paged(op(query("offset", "limit", kind="integer")), paging=[]) is None
    assert paged(op(query("offset", "limit", kind="integer")), paging=["range"]) is None


def test_inferred_parameters_become_the_page_arguments() -> None:
    (only,) = api(op(query("offset", "limit", "q", kind="integer"))).operations
    assert [p.name for p in only.parameters] == ["q"]


# ---------------------------------------------------------------- extensions


def test_our_x_pagination() -> None:
    ext = {"strategy": "cursor", "param": "t", "next": "paging.t", "items": "rows", "max": 20}
    body = obj(rows=ITEMS, paging=obj(t=STR))
    p = paged(op(query("t"), body, **{"x-pagination": ext}))
    assert p is not None and (p.strategy, p.source, p.max_size) == ("cursor", "x-pagination", 20)
    assert (p.param, p.next_field, p.items) == ("t", ("paging", "t"), ("rows",))


def test_x_pagination_false_overrides_inference() -> None:
    assert paged(op(query("page", "per_page"), **{"x-pagination": False})) is None


@pytest.mark.parametrize(
    "ext, expected",
    [
        (
            {
                "type": "offsetLimit",
                "inputs": [
                    {"name": "skip", "in": "parameters", "type": "offset"},
                    {"name": "take", "in": "parameters", "type": "limit"},
                ],
                "outputs": {"results": "$.rows"},
            },
            ("offset", "skip", "take", (), ("rows",)),
        ),
        (
            {
                "type": "offsetLimit",
                "inputs": [{"name": "pg", "in": "parameters", "type": "page"}],
                "outputs": {"results": "$.rows"},
            },
            ("page", "pg", "", (), ("rows",)),
        ),
        (
            {
                "type": "cursor",
                "inputs": [{"name": "since", "in": "parameters", "type": "cursor"}],
                "outputs": {"nextCursor": "$.meta.after", "results": "$.rows"},
            },
            ("cursor", "since", "", ("meta", "after"), ("rows",)),
        ),
        (
            {"type": "url", "outputs": {"nextUrl": "$.meta.after", "results": "$.rows"}},
            ("next_url", "", "", ("meta", "after"), ("rows",)),
        ),
    ],
)
def test_x_speakeasy_pagination(ext: dict[str, Any], expected: tuple[Any, ...]) -> None:
    body = obj(rows=ITEMS, meta=obj(after=STR))
    p = paged(op(query("skip", "take", "pg", "since"), body, **{"x-speakeasy-pagination": ext}))
    assert p is not None and p.source == "x-speakeasy-pagination"
    assert (p.strategy, p.param, p.size_param, p.next_field, p.items) == expected


@pytest.mark.parametrize(
    "ext, expected",
    [
        (
            {
                "cursor": "$request.after",
                "next_cursor": "$response.meta.after",
                "results": "$response.rows",
            },
            ("cursor", "after", "", ("meta", "after")),
        ),
        ({"offset": "$request.pg", "results": "$response.rows"}, ("page", "pg", "", ())),
        (
            {"offset": "$request.skip", "step": "$request.take", "results": "$response.rows"},
            ("offset", "skip", "take", ()),
        ),
        (
            {"next_uri": "$response.meta.after", "results": "$response.rows"},
            ("next_url", "", "", ("meta", "after")),
        ),
    ],
)
def test_x_fern_pagination(ext: dict[str, Any], expected: tuple[Any, ...]) -> None:
    body = obj(rows=ITEMS, meta=obj(after=STR))
    p = paged(op(query("after", "pg", "skip", "take"), body, **{"x-fern-pagination": ext}))
    assert p is not None and p.source == "x-fern-pagination" and p.items == ("rows",)
    assert (p.strategy, p.param, p.size_param, p.next_field) == expected


@pytest.mark.parametrize(
    "key, ext, message",
    [
        ("x-pagination", {"strategy": "pages"}, "'strategy' is one of"),
        ("x-pagination", {"strategy": "cursor", "param": "c"}, "'next'"),
        ("x-pagination", {"strategy": "offset", "items": "nowhere"}, "no array at 'nowhere'"),
        ("x-speakeasy-pagination", {"type": "graphql"}, "not offsetLimit, cursor or url"),
        (
            "x-speakeasy-pagination",
            {"type": "url", "outputs": {"nextUrl": "$.a[0]"}},
            "plain dotted",
        ),
        ("x-fern-pagination", True, "unsupported"),
        ("x-fern-pagination", {"cursor": "$request.c"}, "next_cursor"),
    ],
)
def test_a_bad_extension_is_a_warning_at_its_pointer(key: str, ext: Any, message: str) -> None:
    result = api(op(query("page", "per_page"), **{key: ext}))
    (only,) = result.operations
    assert only.pagination is None  # not guessed either: the document said something else
    (warning,) = [w for w in result.warnings if key in w.pointer]
    assert warning.pointer == f"/paths/~1things/get/{key}" and message in warning.message


# ---------------------------------------------------------------- config rules


def test_an_exact_rule_wins_over_the_extension_and_a_glob_over_inference() -> None:
    rules = {"listThings": {"strategy": "page", "param": "p"}}
    operation = op(query("p", "offset", "limit"), **{"x-pagination": {"strategy": "offset"}})
    p = paged(operation, paging_rules=rules)
    assert p is not None and (p.strategy, p.source, p.param) == ("page", "config", "p")
    p = paged(operation, paging_rules={"list*": {"strategy": "page", "param": "p"}})
    assert p is not None and p.source == "x-pagination"
    p = paged(op(query("offset", "limit")), paging_rules={"list*": {"strategy": "range"}})
    assert p is not None and (p.strategy, p.source, p.reason) == (
        "range",
        "config",
        "config rule 'list*'",
    )


def test_a_glob_skips_what_it_does_not_fit_and_an_exact_rule_warns() -> None:
    not_a_list = op(body=ITEM)
    assert paged(not_a_list, paging_rules={"*": {"strategy": "range"}}) is None
    result = api(not_a_list, paging_rules={"listThings": {"strategy": "range"}})
    assert result.operations[0].pagination is None
    assert any("config pagination rule 'listThings'" in w.message for w in result.warnings)
    assert paged(op(query("page", "per_page")), paging_rules={"listThings": False}) is None


def test_heroku_config_pages_every_list() -> None:
    options, _ = config.load(ROOT / "spec" / "heroku.generator.yaml")
    doc = loader.load(ROOT / "spec" / "heroku.yaml")[0]
    heroku = build(doc, paging=options["paging"], paging_rules=options["pagination"])
    lists = {
        o.operation_id
        for o in heroku.operations
        if o.method == "GET" and any(isinstance(r.type, ir.ListOf) for r in o.responses)
    }
    paging = {o.operation_id: o.pagination for o in heroku.operations if o.pagination}
    assert set(paging) == lists and len(lists) == 12
    assert {(p.strategy, p.max_size) for p in paging.values()} == {("range", 1000)}
    assert "batchUpdateFormation" not in paging  # a PATCH answering an array is no list


@pytest.mark.parametrize(
    "text, message",
    [
        ("pagination: [x]\n", "a mapping of operationIds or glob patterns"),
        ("pagination: {listX: {strategy: pages}}\n", "the rule for 'listX' must be"),
        ("pagination: {listX: {strategy: page, size: 3}}\n", "'size' is not one"),
        ("pagination: {listX: {strategy: page, max: 0}}\n", "'max' is a positive integer"),
    ],
)
def test_config_rule_mistakes_name_the_file_and_key(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text)
    with pytest.raises(GeneratorError) as error:
        config.load(path)
    assert str(error.value).startswith(f"{path}: config key 'pagination' must be")
    assert message in str(error.value)


# ---------------------------------------------------------------- report and summary


def test_report_and_summary_list_every_inferred_strategy(tmp_path: Path) -> None:
    doc = minimal_spec(
        {
            "/a": {"get": {**op(query("offset", "limit")), "operationId": "listA"}},
            "/b": {"get": {**op(query("page", "per_page")), "operationId": "listB"}},
            "/c": {"get": {**op(query("x")), "operationId": "listC"}},
        },
        {"Item": ITEM},
    )
    spec, report = tmp_path / "api.yaml", tmp_path / "report.json"
    spec.write_text(yaml.safe_dump(doc))
    out = io.StringIO()
    with redirect_stdout(out):
        status = cli.main(
            ["generate", str(spec), "--out", str(tmp_path / "o"), "--report", str(report)]
        )
    assert status == 0
    data = json.loads(report.read_text())
    assert data["summary"]["paged"] == {"inferred": {"offset": 1, "page": 1}}
    by_id = {o["operationId"]: o["pagination"] for o in data["operations"]}
    assert by_id["listA"]["strategy"] == "offset" and by_id["listA"]["source"] == "inferred"
    assert by_id["listC"] is None
    text = out.getvalue()
    assert "paged operations: 2 inferred (offset 1, page 1)" in text
    assert "inferred offset paging: listA (query parameters offset and limit)" in text
    quiet = pipeline.generate(spec, ["python"], package="p", config={"paging": []})
    assert quiet.report(str(spec))["summary"]["paged"] == {}
