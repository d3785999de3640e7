"""Account: Account management"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Union

from .. import _runtime as _rt
from ..models import Account


class AccountApi:
    """Account management"""

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
    ) -> Account:
        """Get account info

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /account``
        """
        _response = self._client.request(
            "GET",
            "/account",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Account.from_dict, "Account")

    def update(
        self,
        *,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        allow_tracking: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Update account

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /account``
        """
        _response = self._client.request(
            "PATCH",
            "/account",
            json_body=_rt.fields({"name": name, "allow_tracking": allow_tracking}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Account.from_dict, "Account")


class AsyncAccountApi:
    """Account management

    The methods of ``AccountApi`` for ``AsyncClient``: awaited; lists
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
    ) -> Account:
        """Get account info

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /account``
        """
        _response = await self._client.request(
            "GET",
            "/account",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Account.from_dict, "Account")

    async def update(
        self,
        *,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        allow_tracking: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Update account

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /account``
        """
        _response = await self._client.request(
            "PATCH",
            "/account",
            json_body=_rt.fields({"name": name, "allow_tracking": allow_tracking}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Account.from_dict, "Account")


class AccountApiWithRawResponse:
    """AccountApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AccountApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.update = _rt.raw_response(api.update)


class AccountApiWithStreamingResponse:
    """AccountApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AccountApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.update = _rt.streamed_response(api.update)
