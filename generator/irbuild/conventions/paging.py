"""Heroku's ``Range`` / ``Next-Range`` paging, recognised from the document.

A list operation that takes a ``Range`` request header and answers with a list
is paged: the server returns 206 and a ``Next-Range`` header while more
remains, and the client sends that value back as the next ``Range``.  The
``Range`` parameter is then driven by the client, not passed by the caller.
"""

from __future__ import annotations

from typing import Optional

from ... import ir
from .base import Candidate, Paging, PagingDetector, register


@register
class RangePaging(PagingDetector):
    name = "range"

    def detect(self, op: Candidate) -> Optional[Paging]:
        range_param = op.param(["range"], "header")
        if range_param is None:
            return None
        for response in op.responses:
            if response.status.startswith("2") and isinstance(response.type, ir.ListOf):
                next_header = next(
                    (h for h in response.headers if h.lower() == "next-range"), "Next-Range"
                )
                pagination = ir.Pagination(
                    self.name,
                    response.type.item,
                    param=range_param.name,
                    next_header=next_header,
                    reason=f"header parameter {range_param.name} and an array result",
                )
                return Paging(pagination, frozenset({range_param.name.lower()}))
        return None
