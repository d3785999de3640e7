"""Conservative inference of the common paging styles from the document.

Each detector fires only on an unmistakable pairing, never on a lone name:

* ``link``: a 2xx response declares a ``Link`` header and the result is a list;
* ``cursor``: a query parameter such as ``cursor`` or ``page_token`` and a
  string response field that names the same thing (``next_cursor``,
  ``nextPageToken``), top level or in a ``meta``/``pagination`` object;
* ``next_url``: a string field whose name says it is the next page's URL
  (``next_url``, ``links.next``, ``@odata.nextLink``...) beside a list;
* ``offset``: ``offset`` and ``limit`` query parameters and a list result;
* ``page``: ``page`` with ``per_page``/``page_size`` query parameters and a list.

Only GET operations are inferred as paged.  What each found is reported
(``--report`` and the generation summary); ``paging: []`` in the config turns
all of them off.
"""

from __future__ import annotations

from typing import Optional

from .base import Candidate, Paging, PagingDetector, register
from .strategies import RuleProblem, paging_of

# cursor parameter -> the response fields that carry its next value
CURSOR_PAIRS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("cursor",), ("next_cursor", "nextCursor", "cursor", "next")),
    (("page_token", "pageToken"), ("next_page_token", "nextPageToken")),
    (("next_token", "nextToken"), ("next_token", "nextToken")),
    (("continuation_token", "continuationToken"), ("continuation_token", "continuationToken")),
    (("after",), ("after", "end_cursor", "endCursor", "next_cursor", "nextCursor")),
    (("starting_after",), ("next_starting_after",)),
)
# Objects a next cursor or link may sit in.
PARENTS = ("meta", "pagination", "paging", "page_info", "pageInfo", "links", "_links", "cursor")
NEXT_URL_FIELDS = (
    "next_url",
    "nextUrl",
    "next_page_url",
    "nextPageUrl",
    "nextLink",
    "@odata.nextLink",
)
PAGE_SIZES = ("per_page", "page_size", "perPage", "pageSize")


def _get(op: Candidate) -> bool:
    return op.method.upper() == "GET"


def _paging(op: Candidate, rule: dict[str, str], reason: str) -> Optional[Paging]:
    try:
        return paging_of(op, rule, "inferred", reason)
    except RuleProblem:
        return None


@register
class LinkPaging(PagingDetector):
    name = "link"

    def detect(self, op: Candidate) -> Optional[Paging]:
        response = op.success()
        if not _get(op) or response is None:
            return None
        if not any(h.lower() == "link" for h in response.headers):
            return None
        return _paging(
            op, {"strategy": "link"}, f"{response.status} response declares a Link header"
        )


@register
class CursorPaging(PagingDetector):
    name = "cursor"

    def detect(self, op: Candidate) -> Optional[Paging]:
        response = op.success()
        if not _get(op) or response is None:
            return None
        for params, fields in CURSOR_PAIRS:
            param = op.param(params)
            if param is None or param.required:  # a first page needs no cursor
                continue
            path = op.find_field(response.type, fields, PARENTS)
            if path is not None:
                field = ".".join(path)
                reason = f"query parameter {param.name} and response field {field}"
                return _paging(
                    op, {"strategy": "cursor", "param": param.name, "next": field}, reason
                )
        return None


@register
class NextUrlPaging(PagingDetector):
    name = "next_url"

    def detect(self, op: Candidate) -> Optional[Paging]:
        response = op.success()
        if not _get(op) or response is None:
            return None
        path = op.find_field(response.type, NEXT_URL_FIELDS, PARENTS)
        if path is None:  # "next" alone only inside links/_links/paging: a URL there by convention
            for parent in ("links", "_links", "paging"):
                inner = op.find_field(op.field_type(response.type, (parent,)), ["next"])
                if inner is not None:
                    path = (parent,) + inner
                    break
        if path is None:
            return None
        field = ".".join(path)
        return _paging(op, {"strategy": "next_url", "next": field}, f"response field {field}")


@register
class OffsetPaging(PagingDetector):
    name = "offset"

    def detect(self, op: Candidate) -> Optional[Paging]:
        offset, limit = op.param(["offset"]), op.param(["limit"])
        if not _get(op) or offset is None or limit is None:
            return None
        rule = {"strategy": "offset", "param": offset.name, "size_param": limit.name}
        return _paging(op, rule, f"query parameters {offset.name} and {limit.name}")


@register
class PageNumberPaging(PagingDetector):
    name = "page"

    def detect(self, op: Candidate) -> Optional[Paging]:
        page, size = op.param(["page", "page_number", "pageNumber"]), op.param(PAGE_SIZES)
        if not _get(op) or page is None or size is None:
            return None
        rule = {"strategy": "page", "param": page.name, "size_param": size.name}
        return _paging(op, rule, f"query parameters {page.name} and {size.name}")
