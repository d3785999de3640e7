"""Heroku's ``Range`` / ``Next-Range`` paging.

A list operation that takes a ``Range`` request header and answers with a list
is paged: the server returns 206 and a ``Next-Range`` header while more
remains, and the client sends that value back as the next ``Range``.  The
``Range`` parameter is then driven by the client, not passed by the caller.
"""

from __future__ import annotations

from typing import Optional

from ... import ir
from .base import Paging, PagingDetector, register


@register
class RangePaging(PagingDetector):
    name = "range"

    def detect(
        self, params: tuple[ir.Parameter, ...], responses: tuple[ir.Response, ...]
    ) -> Optional[Paging]:
        range_param = next(
            (p for p in params if p.location == "header" and p.name.lower() == "range"), None
        )
        if range_param is None:
            return None
        for response in responses:
            if response.status.startswith("2") and isinstance(response.type, ir.ListOf):
                next_header = next(
                    (h for h in response.headers if h.lower() == "next-range"), "Next-Range"
                )
                pagination = ir.Pagination(
                    range_param.name, next_header, response.type.item, self.name
                )
                return Paging(pagination, frozenset({range_param.name.lower()}))
        return None
