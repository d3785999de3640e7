"""Log Sessions: Application logging"""

from __future__ import annotations

from typing import Any, Literal, Mapping, Optional, Union

from .. import _runtime as _rt
from ..models import CreateLogSessionResponse


class LogSessionsApi:
    """Application logging"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        app_id_or_name: str,
        *,
        dyno: Union[str, _rt.Unset] = _rt.UNSET,
        lines: Union[int, _rt.Unset] = _rt.UNSET,
        source: Union[Literal["app", "heroku"], _rt.Unset] = _rt.UNSET,
        tail: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> CreateLogSessionResponse:
        """Create a log session

        Creates a log session URL for streaming logs.

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/log-sessions``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/log-sessions",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"dyno": dyno, "lines": lines, "source": source, "tail": tail}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, CreateLogSessionResponse.from_dict, "CreateLogSessionResponse")


class AsyncLogSessionsApi:
    """Application logging

    The methods of ``LogSessionsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        app_id_or_name: str,
        *,
        dyno: Union[str, _rt.Unset] = _rt.UNSET,
        lines: Union[int, _rt.Unset] = _rt.UNSET,
        source: Union[Literal["app", "heroku"], _rt.Unset] = _rt.UNSET,
        tail: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> CreateLogSessionResponse:
        """Create a log session

        Creates a log session URL for streaming logs.

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/log-sessions``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/log-sessions",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"dyno": dyno, "lines": lines, "source": source, "tail": tail}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, CreateLogSessionResponse.from_dict, "CreateLogSessionResponse")


class LogSessionsApiWithRawResponse:
    """LogSessionsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: LogSessionsApi) -> None:
        self.create = _rt.raw_response(api.create)


class LogSessionsApiWithStreamingResponse:
    """LogSessionsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: LogSessionsApi) -> None:
        self.create = _rt.streamed_response(api.create)
