"""Pagination: ``Range``/``Next-Range`` paging, as a lazy iterator of items.

A server that repeats a ``Next-Range`` would make the loop endless, so a
repeated one raises ``PaginationError`` instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Iterator, Mapping, Optional

from ._decoding import decode, list_of
from ._errors import PaginationError
from ._types import Decoder, T, Timeout

if TYPE_CHECKING:
    from ._client import BaseClient


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its items and the ``Next-Range`` to fetch the next."""

    items: list[T]
    next_range: Optional[str]


class RangePages(Generic[T]):
    """A lazy iterator over every item of a ``Range``-paginated list.

    Iterating fetches page after page, following ``Next-Range`` while the
    server answers ``206 Partial Content``.  ``first_page()`` and ``pages()``
    expose the pages themselves; pass a page's ``next_range`` as ``start`` to
    resume later.
    """

    def __init__(
        self,
        client: BaseClient,
        path: str,
        path_params: Mapping[str, Any],
        decoder: Decoder[T],
        what: str,
        *,
        method: str = "GET",
        request_args: Optional[Mapping[str, Any]] = None,
        range_header: str = "Range",
        next_header: str = "Next-Range",
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = None,
        deadline: Optional[float] = None,
    ) -> None:
        if not 1 <= max <= 1000:
            raise ValueError("max must be between 1 and 1000")
        if order not in (None, "asc", "desc"):
            raise ValueError("order must be 'asc' or 'desc'")
        self._client = client
        self._method = method
        self._path = path
        self._path_params = dict(path_params)
        self._request_args = dict(request_args or {})  # query, header_params, body... of every page
        self._decoder = list_of(decoder)
        self._what = what
        self._range_header = range_header
        self._next_header = next_header
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._deadline = deadline  # per page: a long listing is many calls
        suffix = f", order={order}" if order else ""
        self._start = start or f"{field} ..; max={max}{suffix}"
        self._prefetched: Optional[tuple[Page[T], bool]] = None

    def prefetch(self) -> None:
        """Fetch the first page now (``with_raw_response`` does: its response is
        the call's); iterating then starts from it instead of fetching it again."""
        self._prefetched = self._fetch(self._start)

    def _fetch(self, range_value: str) -> tuple[Page[T], bool]:
        response = self._client.request(
            self._method,
            self._path,
            path_params=self._path_params,
            headers={**self._headers, self._range_header: range_value},
            timeout=self._timeout,
            deadline=self._deadline,
            **self._request_args,
        )
        items = decode(response, self._decoder, self._what)
        next_range = response.headers.get(self._next_header) or None
        return Page(items, next_range), response.status_code == 206

    def first_page(self) -> Page[T]:
        return (self._prefetched or self._fetch(self._start))[0]

    def pages(self) -> Iterator[Page[T]]:
        seen = {self._start}
        range_value: Optional[str] = self._start
        prefetched = self._prefetched
        while range_value is not None:
            page, partial = prefetched or self._fetch(range_value)
            prefetched = None
            yield page
            if not partial or page.next_range is None:
                return
            if page.next_range in seen:
                raise PaginationError(
                    f"{self._path}: server repeated Next-Range {page.next_range!r}"
                )
            seen.add(page.next_range)
            range_value = page.next_range

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items
