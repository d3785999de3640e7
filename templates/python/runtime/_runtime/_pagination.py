"""Pagination: ``Range``/``Next-Range`` paging, as a lazy iterator of items
(``RangePages``) or an async one (``AsyncRangePages``).

Which request fetches the next page, and when to stop, is decided once in
``RangeListing`` and ``RangeCursor``; the two classes only send.  A server that
repeats a ``Next-Range`` would make the loop endless, so a repeated one raises
``PaginationError`` instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Iterator, Mapping, Optional, TypeVar

from ._decoding import decode, list_of
from ._errors import PaginationError
from ._types import Decoder, HttpResponse, T, Timeout

if TYPE_CHECKING:
    from ._async_client import AsyncBaseClient
    from ._client import BaseClient


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its items and the ``Next-Range`` to fetch the next."""

    items: list[T]
    next_range: Optional[str]


class RangeCursor:
    """Where a listing is: the ``Range`` of the next page, or None when done.
    A ``Next-Range`` seen before raises ``PaginationError`` (an endless loop)."""

    def __init__(self, start: str, path: str) -> None:
        self.next: Optional[str] = start
        self._seen = {start}
        self._path = path

    def advance(self, page: Page[Any], partial: bool) -> None:
        """Move past ``page`` (``partial``: the server answered 206)."""
        if not partial or page.next_range is None:
            self.next = None
            return
        if page.next_range in self._seen:
            raise PaginationError(f"{self._path}: server repeated Next-Range {page.next_range!r}")
        self._seen.add(page.next_range)
        self.next = page.next_range


C = TypeVar("C")  # the client that sends the pages' requests


class RangeListing(Generic[C, T]):
    """A ``Range``-paginated list's requests and pages, without the sending:
    the arguments of each page's request and how a reply becomes a page."""

    def __init__(
        self,
        client: C,
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

    def _page_request(self, range_value: str) -> dict[str, Any]:
        """The keyword arguments of the client's ``request`` for one page."""
        return dict(
            path_params=self._path_params,
            headers={**self._headers, self._range_header: range_value},
            timeout=self._timeout,
            deadline=self._deadline,
            **self._request_args,
        )

    def _page(self, response: HttpResponse) -> tuple[Page[T], bool]:
        """The page a reply holds, and whether more may follow (206)."""
        items = decode(response, self._decoder, self._what)
        next_range = response.headers.get(self._next_header) or None
        return Page(items, next_range), response.status_code == 206

    def _cursor(self) -> RangeCursor:
        return RangeCursor(self._start, self._path)


class RangePages(RangeListing["BaseClient", T]):
    """A lazy iterator over every item of a ``Range``-paginated list.

    Iterating fetches page after page, following ``Next-Range`` while the
    server answers ``206 Partial Content``.  ``first_page()`` and ``pages()``
    expose the pages themselves; pass a page's ``next_range`` as ``start`` to
    resume later.
    """

    def _fetch(self, range_value: str) -> tuple[Page[T], bool]:
        request = self._page_request(range_value)
        return self._page(self._client.request(self._method, self._path, **request))

    def first_page(self) -> Page[T]:
        return self._fetch(self._start)[0]

    def pages(self) -> Iterator[Page[T]]:
        cursor = self._cursor()
        while cursor.next is not None:
            page, partial = self._fetch(cursor.next)
            yield page
            cursor.advance(page, partial)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncRangePages(RangeListing["AsyncBaseClient", T]):
    """``RangePages`` for ``AsyncClient``: ``async for`` over every item, or
    over ``pages()``; ``await first_page()`` for one page."""

    async def _fetch(self, range_value: str) -> tuple[Page[T], bool]:
        request = self._page_request(range_value)
        return self._page(await self._client.request(self._method, self._path, **request))

    async def first_page(self) -> Page[T]:
        return (await self._fetch(self._start))[0]

    async def pages(self) -> AsyncIterator[Page[T]]:
        cursor = self._cursor()
        while cursor.next is not None:
            page, partial = await self._fetch(cursor.next)
            yield page
            cursor.advance(page, partial)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
