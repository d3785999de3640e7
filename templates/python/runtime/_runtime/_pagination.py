"""Pagination: one lazy iterator of items over every paging strategy.

A strategy is a small pure object that decides the *next request from this
response*: :meth:`Strategy.first` gives the first page's request changes,
:meth:`Strategy.after` reads a page (status, headers, JSON body, item count)
and gives the next one, or ``None`` at the end.  It never sends anything, so
a synchronous or an asynchronous client drives the same strategies.
:class:`Pages` is the synchronous driver, :class:`AsyncPages` the asynchronous
one; what each page's request is and what its reply means (``_Listing``), and
when a listing loops (``_Walk``), they share.

Every strategy hands out a *token* per page (a ``Next-Range`` value, a
cursor, an offset, a page number or a next URL): ``Page.next`` holds it, and
``start=`` resumes from it.  A server that repeats a token (or serves the
same non-empty page twice) raises ``PaginationError`` instead of looping, and
a next URL on another scheme, host or port than the client's ``base_url`` is
refused with ``PaginationError`` before anything is sent: credentials never
leave the API's own origin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Generic,
    Iterator,
    Mapping,
    Optional,
    Sequence,
    TypeVar,
)
from urllib.parse import urljoin, urlsplit

from ._decoding import decode, list_of
from ._errors import PaginationError
from ._origin import same_origin
from ._redact import redact_url
from ._types import Decoder, T, Timeout

if TYPE_CHECKING:
    from ._async_client import AsyncBaseClient
    from ._client import BaseClient

C = TypeVar("C")  # the client that sends the pages' requests


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its items and the token (or URL) of the next page,
    ``None`` on the last; pass it as ``start=`` to resume there.

    ``body`` is the page's whole JSON body, so what the server sends beside
    the items (a ``total``, a ``count``) is not lost to paging; ``extra``
    holds just those fields: the object around the items without them
    (empty when the body is the list itself).  Neither takes part in
    equality or the repr."""

    items: list[T]
    next: Optional[str]
    body: Any = field(default=None, compare=False, repr=False)
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def next_range(self) -> Optional[str]:
        """The ``Next-Range`` of a Range-paged list (the same as ``next``)."""
        return self.next


@dataclass(frozen=True)
class PageRequest:
    """How one page's request differs from the operation's own: query
    parameters and headers to set, or a whole next URL; ``token`` resumes here."""

    query: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    url: Optional[str] = None
    token: Optional[str] = None
    size: Optional[int] = None  # the page size asked for (None: the server's default)


@dataclass(frozen=True)
class PageReply:
    """What a strategy reads of a page's response (nothing transport-specific)."""

    status: int
    headers: Mapping[str, str]  # case-insensitive lookups are the caller's (requests' are)
    body: Any  # the decoded JSON
    url: str  # the URL fetched: relative next links resolve against it
    count: int  # items on the page


def beside_items(body: Any, items: Sequence[str]) -> dict[str, Any]:
    """The fields of the object holding the items at ``items`` (a path into
    ``body``), without the items: a ``total`` beside ``items``, say."""
    if not items:
        return {}
    holder = at_path(body, items[:-1])
    if not isinstance(holder, Mapping):
        return {}
    return {key: value for key, value in holder.items() if key != items[-1]}


def at_path(body: Any, path: Sequence[str]) -> Any:
    """The value at ``path`` in a JSON body (None when any step is missing)."""
    for key in path:
        if not isinstance(body, Mapping):
            return None
        body = body.get(key)
    return body


_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]*)*)")
_REL = re.compile(r';\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))', re.IGNORECASE)


def next_link(value: Optional[str]) -> Optional[str]:
    """The target of the ``rel="next"`` link in an RFC 8288 ``Link`` header."""
    for match in _LINK.finditer(value or ""):
        for rel in _REL.finditer(match.group(2)):
            if "next" in (rel.group(1) or rel.group(2) or "").lower().split():
                return match.group(1).strip()
    return None


class Strategy:
    """Decides each page's request; subclasses are pure (see the module)."""

    token_name = "next-page token"  # what a repeated token is called in the error

    def first(self, start: Optional[str], size: Optional[int]) -> PageRequest:
        raise NotImplementedError

    def after(self, current: PageRequest, reply: PageReply) -> Optional[PageRequest]:
        raise NotImplementedError


class RangeStrategy(Strategy):
    """Heroku's ``Range: <field> ..; max=N`` and ``Next-Range`` on 206."""

    def __init__(
        self,
        header: str = "Range",
        next_header: str = "Next-Range",
        field: str = "id",
        order: Optional[str] = None,
        max_size: int = 1000,
    ) -> None:
        if order not in (None, "asc", "desc"):
            raise ValueError("order must be 'asc' or 'desc'")
        self.header, self.next_header = header, next_header
        self.field, self.order, self.max_size = field, order, max_size
        self.token_name = next_header

    def first(self, start: Optional[str], size: Optional[int]) -> PageRequest:
        size = 200 if size is None else size
        if not 1 <= size <= self.max_size:
            raise ValueError(f"max must be between 1 and {self.max_size}")
        suffix = f", order={self.order}" if self.order else ""
        value = start or f"{self.field} ..; max={size}{suffix}"
        return PageRequest(headers={self.header: value}, token=value)

    def after(self, current: PageRequest, reply: PageReply) -> Optional[PageRequest]:
        value = reply.headers.get(self.next_header) or None
        if reply.status != 206 or value is None:
            return None
        return PageRequest(headers={self.header: value}, token=value)


def _sized(size_param: str, size: Optional[int]) -> dict[str, Any]:
    return {size_param: size} if size_param and size is not None else {}


class _UrlStrategy(Strategy):
    """Follows absolute or relative next URLs, only on the origin of the page
    that named them (and the client sends them only on the operation's base
    URL's origin: ``BaseClient.request(url=)``)."""

    token_name = "next URL"

    def __init__(self, size_param: str = "") -> None:
        self.size_param = size_param

    def first(self, start: Optional[str], size: Optional[int]) -> PageRequest:
        if start:
            if not urlsplit(start).scheme:
                raise ValueError(f"start must be a page's next URL, not {start!r}")
            return PageRequest(url=start, token=start, size=size)
        return PageRequest(query=_sized(self.size_param, size), size=size)

    def _next(
        self, target: Optional[str], current: PageRequest, reply: PageReply
    ) -> Optional[PageRequest]:
        if not isinstance(target, str) or not target:
            return None
        url = urljoin(reply.url, target)
        if not same_origin(url, reply.url):
            raise PaginationError(
                f"refused next page {redact_url(url)}: not on the API's origin "
                f"{redact_url(reply.url)}"
            )
        return PageRequest(url=url, token=url, size=current.size)


class LinkStrategy(_UrlStrategy):
    """RFC 8288: ``Link: <https://api.example.com/items?page=2>; rel="next"``."""

    def __init__(self, size_param: str = "", header: str = "Link") -> None:
        super().__init__(size_param)
        self.header = header

    def after(self, current: PageRequest, reply: PageReply) -> Optional[PageRequest]:
        return self._next(next_link(reply.headers.get(self.header)), current, reply)


class NextUrlStrategy(_UrlStrategy):
    """A body field holds the next page's URL (``links.next``, ``next_url``...)."""

    def __init__(self, next_field: Sequence[str], size_param: str = "") -> None:
        super().__init__(size_param)
        self.next_field = tuple(next_field)

    def after(self, current: PageRequest, reply: PageReply) -> Optional[PageRequest]:
        return self._next(at_path(reply.body, self.next_field), current, reply)


class CursorStrategy(Strategy):
    """A body field's cursor is sent back as the ``param`` request parameter."""

    token_name = "cursor"

    def __init__(self, param: str, next_field: Sequence[str], size_param: str = "") -> None:
        self.param, self.next_field, self.size_param = param, tuple(next_field), size_param

    def _request(self, cursor: Optional[str], size: Optional[int]) -> PageRequest:
        query = {**_sized(self.size_param, size), **({self.param: cursor} if cursor else {})}
        return PageRequest(query=query, token=cursor, size=size)

    def first(self, start: Optional[str], size: Optional[int]) -> PageRequest:
        return self._request(start, size)

    def after(self, current: PageRequest, reply: PageReply) -> Optional[PageRequest]:
        cursor = at_path(reply.body, self.next_field)
        if cursor is None or cursor == "" or isinstance(cursor, bool):
            return None
        return self._request(str(cursor), current.size)


class _CountingStrategy(Strategy):
    """Offsets and page numbers: the next request counts on from this one; an
    empty page, or a page shorter than the size asked for, is the last."""

    step_by_items = True

    def __init__(self, param: str, size_param: str = "", origin: int = 0) -> None:
        self.param, self.size_param, self.origin = param, size_param, origin
        self.token_name = param

    def _request(self, position: int, size: Optional[int]) -> PageRequest:
        query = {**_sized(self.size_param, size), self.param: position}
        return PageRequest(query=query, token=str(position), size=size)

    def first(self, start: Optional[str], size: Optional[int]) -> PageRequest:
        try:
            position = self.origin if start is None else int(start)
        except ValueError:
            raise ValueError(
                f"start must be a whole number for {self.param}, not {start!r}"
            ) from None
        return self._request(position, size)

    def after(self, current: PageRequest, reply: PageReply) -> Optional[PageRequest]:
        if reply.count == 0 or (current.size is not None and reply.count < current.size):
            return None
        position = int(current.query[self.param])
        step = reply.count if self.step_by_items else 1
        return self._request(position + step, current.size)


class OffsetStrategy(_CountingStrategy):
    """``?offset=N&limit=M``: the next offset is this one plus the items received."""


class PageNumberStrategy(_CountingStrategy):
    """``?page=N&per_page=M``: the next page number is this one plus one."""

    step_by_items = False

    def __init__(self, param: str, size_param: str = "", origin: int = 1) -> None:
        super().__init__(param, size_param, origin)


class _Listing(Generic[C, T]):
    """A paged list without the sending: each page's request arguments and
    what its reply holds; ``Pages`` and ``AsyncPages`` only send."""

    def __init__(
        self,
        client: C,
        path: str,
        path_params: Mapping[str, Any],
        decoder: Decoder[T],
        what: str,
        strategy: Strategy,
        *,
        items: Sequence[str] = (),
        method: str = "GET",
        request_args: Optional[Mapping[str, Any]] = None,
        start: Optional[str] = None,
        page_size: Optional[int] = None,
        max_page_size: Optional[int] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = None,
        deadline: Optional[float] = None,
    ) -> None:
        self._client = client
        self._method = method
        self._path = path
        self._path_params = dict(path_params)
        self._request_args = dict(request_args or {})  # query, header_params, body... of every page
        self._items = tuple(items)
        self._decoder = list_of(decoder)
        self._what = what
        self._strategy = strategy
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._deadline = deadline  # per page: a long listing is many calls
        self._first = strategy.first(start, page_size)  # Range checks its max itself
        if page_size is not None and (
            page_size < 1 or (max_page_size is not None and page_size > max_page_size)
        ):
            top = f" and at most {max_page_size}" if max_page_size is not None else ""
            raise ValueError(f"page_size must be at least 1{top}")

    def _page_args(self, request: PageRequest) -> dict[str, Any]:
        """The keyword arguments of the client's ``request`` for one page."""
        args = dict(self._request_args)
        if request.url is not None:  # the next URL carries the whole query
            args.pop("query", None)
            args.pop("extra_query", None)
        elif request.query:
            args["query"] = {**args.get("query", {}), **request.query}
        return dict(
            path_params=self._path_params,
            headers={**self._headers, **request.headers},
            timeout=self._timeout,
            deadline=self._deadline,
            url=request.url,
            **args,
        )

    def _page_of(self, request: PageRequest, response: Any) -> tuple[Page[T], Any, Any]:
        """The page a reply holds, the next request (None: the last page) and
        the raw items (to notice a server serving the same page again)."""
        bodies: list[Any] = []

        def items_of(body: Any) -> list[T]:
            bodies.append(body)
            listed = at_path(body, self._items) if self._items else body
            return self._decoder([] if listed is None else listed)

        items = decode(response, items_of, self._what)
        body = bodies[0] if bodies else None
        url = str(response.url)  # httpx: a URL object
        reply = PageReply(response.status_code, response.headers, body, url, len(items))
        following = self._strategy.after(request, reply)
        token = None if following is None else following.token
        page = Page(items, token, body, beside_items(body, self._items))
        raw = at_path(body, self._items) if self._items else body
        return page, following, raw

    def _walk(self) -> _Walk:
        return _Walk(self._first, self._path, self._strategy.token_name)


class _Walk:
    """Where a listing is, and the two ways a server can make it loop: serving
    the same page again (raised before it is handed out) or repeating a token
    (raised once the page that named it is handed out)."""

    def __init__(self, first: PageRequest, path: str, token_name: str) -> None:
        self.request: Optional[PageRequest] = first
        self._seen = {first.token}
        self._previous: Any = None
        self._path = path
        self._token_name = token_name
        self._repeated = False

    def check(self, following: Optional[PageRequest], raw: Any) -> None:
        """Before handing a page out."""
        self._repeated = following is not None and following.token in self._seen
        if raw and raw == self._previous and not self._repeated:  # a server ignoring the offset
            raise PaginationError(f"{self._path}: server served the same page twice")
        self._previous = raw

    def advance(self, following: Optional[PageRequest]) -> None:
        """After handing a page out: on to ``following`` (None: done)."""
        if following is not None and self._repeated:
            shown = redact_url(str(following.token))
            raise PaginationError(f"{self._path}: server repeated {self._token_name} {shown!r}")
        if following is not None:
            self._seen.add(following.token)
        self.request = following


class Pages(_Listing["BaseClient", T]):
    """A lazy iterator over every item of a paged list.

    Iterating fetches page after page as the items are consumed.
    ``first_page()`` and ``pages()`` expose the pages themselves, each with
    its items and ``next`` token; pass a token as ``start`` to resume there.
    """

    _prefetched: Optional[tuple[Page[T], Any, Any]] = None

    def _fetch(self, request: PageRequest) -> tuple[Page[T], Any, Any]:
        response = self._client.request(self._method, self._path, **self._page_args(request))
        return self._page_of(request, response)

    def prefetch(self) -> None:
        """Fetch the first page now (``with_raw_response`` does: its response is
        the call's); iterating then starts from it instead of fetching it again."""
        self._prefetched = self._fetch(self._first)

    def first_page(self) -> Page[T]:
        return (self._prefetched or self._fetch(self._first))[0]

    def pages(self) -> Iterator[Page[T]]:
        walk = self._walk()
        prefetched = self._prefetched
        while walk.request is not None:
            page, following, raw = prefetched or self._fetch(walk.request)
            prefetched = None
            walk.check(following, raw)
            yield page
            walk.advance(following)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPages(_Listing["AsyncBaseClient", T]):
    """``Pages`` for ``AsyncClient``: ``async for`` over every item, or over
    ``pages()``; ``await first_page()`` for one page.  Nothing is sent until
    then."""

    async def _fetch(self, request: PageRequest) -> tuple[Page[T], Any, Any]:
        args = self._page_args(request)
        response = await self._client.request(self._method, self._path, **args)
        return self._page_of(request, response)

    _prefetched: Optional[tuple[Page[T], Any, Any]] = None

    async def prefetch(self) -> None:
        """Fetch the first page now (as ``Pages.prefetch``: for ``with_raw_response``)."""
        self._prefetched = await self._fetch(self._first)

    async def first_page(self) -> Page[T]:
        return (self._prefetched or await self._fetch(self._first))[0]

    async def pages(self) -> AsyncIterator[Page[T]]:
        walk = self._walk()
        prefetched = self._prefetched
        while walk.request is not None:
            page, following, raw = prefetched or await self._fetch(walk.request)
            prefetched = None
            walk.check(following, raw)
            yield page
            walk.advance(following)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item


class _RangeListing(_Listing[C, T]):
    """A ``Range``/``Next-Range`` paged list (Heroku's): ``max`` items per page,
    ordered by ``field`` (``order``: "asc" or "desc"), resumed from ``start``."""

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
        max_size: int = 1000,
        field: str = "id",
        order: Optional[str] = None,
        start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = None,
        deadline: Optional[float] = None,
    ) -> None:
        strategy = RangeStrategy(range_header, next_header, field, order, max_size)
        super().__init__(
            client,
            path,
            path_params,
            decoder,
            what,
            strategy,
            method=method,
            request_args=request_args,
            start=start,
            page_size=max,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )


class RangePages(_RangeListing["BaseClient", T], Pages[T]):
    """A ``Range``/``Next-Range`` paged list (Heroku's): ``max`` items per page,
    ordered by ``field`` (``order``: "asc" or "desc"), resumed from ``start``."""


class AsyncRangePages(_RangeListing["AsyncBaseClient", T], AsyncPages[T]):
    """``RangePages`` for ``AsyncClient``: ``async for`` over the items or ``pages()``."""
