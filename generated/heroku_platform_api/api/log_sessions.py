"""Log Sessions: A log session is a reference to the http based log stream for an app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, LogSession


class LogSessionsApi:
    """A log session is a reference to the http based log stream for an app."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        app_id_or_name: str,
        *,
        dyno_name: Union[str, _rt.Unset] = _rt.UNSET,
        type: Union[str, _rt.Unset] = _rt.UNSET,
        lines: Union[int, _rt.Unset] = _rt.UNSET,
        source: Union[str, _rt.Unset] = _rt.UNSET,
        tail: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> LogSession:
        """Create

        Create a new log session.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_name: dyno name to limit results to
            type: process type to limit results to
            lines: number of log lines to stream at once
            source: log source to limit results to
            tail: whether to stream ongoing logs
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
            json_body=_rt.fields(
                {
                    "dyno_name": dyno_name,
                    "type": type,
                    "lines": lines,
                    "source": source,
                    "tail": tail,
                },
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.LogSession.from_dict, "LogSession")


class AsyncLogSessionsApi:
    """A log session is a reference to the http based log stream for an app.

    The methods of ``LogSessionsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        app_id_or_name: str,
        *,
        dyno_name: Union[str, _rt.Unset] = _rt.UNSET,
        type: Union[str, _rt.Unset] = _rt.UNSET,
        lines: Union[int, _rt.Unset] = _rt.UNSET,
        source: Union[str, _rt.Unset] = _rt.UNSET,
        tail: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> LogSession:
        """Create

        Create a new log session.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_name: dyno name to limit results to
            type: process type to limit results to
            lines: number of log lines to stream at once
            source: log source to limit results to
            tail: whether to stream ongoing logs
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
            json_body=_rt.fields(
                {
                    "dyno_name": dyno_name,
                    "type": type,
                    "lines": lines,
                    "source": source,
                    "tail": tail,
                },
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.LogSession.from_dict, "LogSession")


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


class AsyncLogSessionsApiWithRawResponse:
    """AsyncLogSessionsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncLogSessionsApi) -> None:
        self.create = _rt.async_raw_response(api.create)


class AsyncLogSessionsApiWithStreamingResponse:
    """AsyncLogSessionsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncLogSessionsApi) -> None:
        self.create = _rt.async_streamed_response(api.create)
