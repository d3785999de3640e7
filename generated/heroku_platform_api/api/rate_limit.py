"""Rate Limit: Rate Limit represents the number of request tokens each account holds. Requests to this endpoint do not count towards the rate limit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, RateLimit


class RateLimitApi:
    """Rate Limit represents the number of request tokens each account holds. Requests to this endpoint do not count towards the rate limit."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> RateLimit:
        """Info

        Info for rate limits.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /account/rate-limits``
        """
        _response = self._client.request(
            "GET",
            "/account/rate-limits",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.RateLimit.from_dict, "RateLimit")


class AsyncRateLimitApi:
    """Rate Limit represents the number of request tokens each account holds. Requests to this endpoint do not count towards the rate limit.

    The methods of ``RateLimitApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> RateLimit:
        """Info

        Info for rate limits.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /account/rate-limits``
        """
        _response = await self._client.request(
            "GET",
            "/account/rate-limits",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.RateLimit.from_dict, "RateLimit")


class RateLimitApiWithRawResponse:
    """RateLimitApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: RateLimitApi) -> None:
        self.info = _rt.raw_response(api.info)


class RateLimitApiWithStreamingResponse:
    """RateLimitApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: RateLimitApi) -> None:
        self.info = _rt.streamed_response(api.info)


class AsyncRateLimitApiWithRawResponse:
    """AsyncRateLimitApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncRateLimitApi) -> None:
        self.info = _rt.async_raw_response(api.info)


class AsyncRateLimitApiWithStreamingResponse:
    """AsyncRateLimitApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncRateLimitApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
