"""Stacks: Stacks are the different application execution environments available in the Heroku platform."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, Stack


class StacksApi:
    """Stacks are the different application execution environments available in the Heroku platform."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        stack_name_or_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Stack:
        """Info

        Stack info.

        Args:
            stack_name_or_id: unique name of stack or unique identifier of stack
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /stacks/{stack_name_or_id}``
        """
        _response = self._client.request(
            "GET",
            "/stacks/{stack_name_or_id}",
            path_params={"stack_name_or_id": stack_name_or_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Stack.from_dict, "Stack")

    def list(
        self,
        *,
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> _rt.RangePages[Stack]:
        """List

        List available stacks.

        Args:
            max: Items per page (1 to 1000).
            field: Field to order and range by.
            order: "asc" or "desc".
            start: A `Next-Range` value to resume from.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /stacks``
        """
        return _rt.RangePages(
            self._client,
            "/stacks",
            {},
            _models.Stack.from_dict,
            "Stack",
            method="GET",
            request_args=dict(
                extra_query=extra_query,
                extra_body=extra_body,
                strict=strict,
                errors={"default": (_models.Error.from_dict, "Error")},
            ),
            range_header="Range",
            next_header="Next-Range",
            max_size=1000,
            max=max,
            field=field,
            order=order,
            start=start,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    def list_by_app(
        self,
        app_id_or_name: str,
        *,
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> _rt.RangePages[Stack]:
        """List by App

        List available app stacks for an app.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            max: Items per page (1 to 1000).
            field: Field to order and range by.
            order: "asc" or "desc".
            start: A `Next-Range` value to resume from.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/available-stacks``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/available-stacks",
            {"app_id_or_name": app_id_or_name},
            _models.Stack.from_dict,
            "Stack",
            method="GET",
            request_args=dict(
                extra_query=extra_query,
                extra_body=extra_body,
                strict=strict,
                errors={"default": (_models.Error.from_dict, "Error")},
            ),
            range_header="Range",
            next_header="Next-Range",
            max_size=1000,
            max=max,
            field=field,
            order=order,
            start=start,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncStacksApi:
    """Stacks are the different application execution environments available in the Heroku platform.

    The methods of ``StacksApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        stack_name_or_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Stack:
        """Info

        Stack info.

        Args:
            stack_name_or_id: unique name of stack or unique identifier of stack
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /stacks/{stack_name_or_id}``
        """
        _response = await self._client.request(
            "GET",
            "/stacks/{stack_name_or_id}",
            path_params={"stack_name_or_id": stack_name_or_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Stack.from_dict, "Stack")

    def list(
        self,
        *,
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> _rt.AsyncRangePages[Stack]:
        """List

        List available stacks.

        Args:
            max: Items per page (1 to 1000).
            field: Field to order and range by.
            order: "asc" or "desc".
            start: A `Next-Range` value to resume from.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /stacks``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/stacks",
            {},
            _models.Stack.from_dict,
            "Stack",
            method="GET",
            request_args=dict(
                extra_query=extra_query,
                extra_body=extra_body,
                strict=strict,
                errors={"default": (_models.Error.from_dict, "Error")},
            ),
            range_header="Range",
            next_header="Next-Range",
            max_size=1000,
            max=max,
            field=field,
            order=order,
            start=start,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    def list_by_app(
        self,
        app_id_or_name: str,
        *,
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> _rt.AsyncRangePages[Stack]:
        """List by App

        List available app stacks for an app.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            max: Items per page (1 to 1000).
            field: Field to order and range by.
            order: "asc" or "desc".
            start: A `Next-Range` value to resume from.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/available-stacks``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/available-stacks",
            {"app_id_or_name": app_id_or_name},
            _models.Stack.from_dict,
            "Stack",
            method="GET",
            request_args=dict(
                extra_query=extra_query,
                extra_body=extra_body,
                strict=strict,
                errors={"default": (_models.Error.from_dict, "Error")},
            ),
            range_header="Range",
            next_header="Next-Range",
            max_size=1000,
            max=max,
            field=field,
            order=order,
            start=start,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )


class StacksApiWithRawResponse:
    """StacksApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: StacksApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.list = _rt.raw_response(api.list)
        self.list_by_app = _rt.raw_response(api.list_by_app)


class StacksApiWithStreamingResponse:
    """StacksApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: StacksApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.list = _rt.streamed_response(api.list)
        self.list_by_app = _rt.streamed_response(api.list_by_app)


class AsyncStacksApiWithRawResponse:
    """AsyncStacksApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncStacksApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.list = _rt.async_raw_listing(api.list)
        self.list_by_app = _rt.async_raw_listing(api.list_by_app)


class AsyncStacksApiWithStreamingResponse:
    """AsyncStacksApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncStacksApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.list = _rt.async_streamed_listing(api.list)
        self.list_by_app = _rt.async_streamed_listing(api.list_by_app)
