"""Dynos: Process (dyno) management"""

from __future__ import annotations

from typing import Any, Literal, Mapping, Optional, Union

from .. import _runtime as _rt
from ..models import Dyno


class DynosApi:
    """Process (dyno) management"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list(
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
    ) -> _rt.RangePages[Dyno]:
        """List dynos

        List existing dynos for an app.

        Args:
            app_id_or_name: App ID (UUID) or app name
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

        ``GET /apps/{app_id_or_name}/dynos``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/dynos",
            {"app_id_or_name": app_id_or_name},
            Dyno.from_dict,
            "Dyno",
            method="GET",
            request_args=dict(
                extra_query=extra_query,
                extra_body=extra_body,
                strict=strict,
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

    def create(
        self,
        app_id_or_name: str,
        *,
        command: str,
        attach: Union[bool, _rt.Unset] = _rt.UNSET,
        env: Union[dict[str, str], _rt.Unset] = _rt.UNSET,
        force_no_tty: Union[bool, _rt.Unset] = _rt.UNSET,
        size: Union[str, _rt.Unset] = _rt.UNSET,
        time_to_live: Union[int, _rt.Unset] = _rt.UNSET,
        type: Union[Literal["run", "shield"], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Dyno:
        """Create a dyno

        Create a new dyno (one-off or run command).

        Args:
            app_id_or_name: App ID (UUID) or app name
            command: Command to run
            size: Dyno size (eco, basic, standard-1x, etc.)
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/dynos``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/dynos",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {
                    "command": command,
                    "attach": attach,
                    "env": env,
                    "force_no_tty": force_no_tty,
                    "size": size,
                    "time_to_live": time_to_live,
                    "type": type,
                },
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Dyno.from_dict, "Dyno")

    def info(
        self,
        app_id_or_name: str,
        dyno_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Dyno:
        """Get dyno info

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/dynos/{dyno_id_or_name}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/dynos/{dyno_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name, "dyno_id_or_name": dyno_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Dyno.from_dict, "Dyno")

    def stop(
        self,
        app_id_or_name: str,
        dyno_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> None:
        """Stop a dyno

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/dynos/{dyno_id_or_name}/actions/stop``
        """
        self._client.request(
            "POST",
            "/apps/{app_id_or_name}/dynos/{dyno_id_or_name}/actions/stop",
            path_params={"app_id_or_name": app_id_or_name, "dyno_id_or_name": dyno_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )

    def restart_all(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> None:
        """Restart all dynos

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/dynos/actions/restart-all``
        """
        self._client.request(
            "POST",
            "/apps/{app_id_or_name}/dynos/actions/restart-all",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )


class AsyncDynosApi:
    """Process (dyno) management

    The methods of ``DynosApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def list(
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
    ) -> _rt.AsyncRangePages[Dyno]:
        """List dynos

        List existing dynos for an app.

        Args:
            app_id_or_name: App ID (UUID) or app name
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

        ``GET /apps/{app_id_or_name}/dynos``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/dynos",
            {"app_id_or_name": app_id_or_name},
            Dyno.from_dict,
            "Dyno",
            method="GET",
            request_args=dict(
                extra_query=extra_query,
                extra_body=extra_body,
                strict=strict,
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

    async def create(
        self,
        app_id_or_name: str,
        *,
        command: str,
        attach: Union[bool, _rt.Unset] = _rt.UNSET,
        env: Union[dict[str, str], _rt.Unset] = _rt.UNSET,
        force_no_tty: Union[bool, _rt.Unset] = _rt.UNSET,
        size: Union[str, _rt.Unset] = _rt.UNSET,
        time_to_live: Union[int, _rt.Unset] = _rt.UNSET,
        type: Union[Literal["run", "shield"], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Dyno:
        """Create a dyno

        Create a new dyno (one-off or run command).

        Args:
            app_id_or_name: App ID (UUID) or app name
            command: Command to run
            size: Dyno size (eco, basic, standard-1x, etc.)
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/dynos``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/dynos",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {
                    "command": command,
                    "attach": attach,
                    "env": env,
                    "force_no_tty": force_no_tty,
                    "size": size,
                    "time_to_live": time_to_live,
                    "type": type,
                },
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Dyno.from_dict, "Dyno")

    async def info(
        self,
        app_id_or_name: str,
        dyno_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Dyno:
        """Get dyno info

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/dynos/{dyno_id_or_name}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/dynos/{dyno_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name, "dyno_id_or_name": dyno_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Dyno.from_dict, "Dyno")

    async def stop(
        self,
        app_id_or_name: str,
        dyno_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> None:
        """Stop a dyno

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/dynos/{dyno_id_or_name}/actions/stop``
        """
        await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/dynos/{dyno_id_or_name}/actions/stop",
            path_params={"app_id_or_name": app_id_or_name, "dyno_id_or_name": dyno_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )

    async def restart_all(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> None:
        """Restart all dynos

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/dynos/actions/restart-all``
        """
        await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/dynos/actions/restart-all",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )


class DynosApiWithRawResponse:
    """DynosApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: DynosApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.stop = _rt.raw_response(api.stop)
        self.restart_all = _rt.raw_response(api.restart_all)


class DynosApiWithStreamingResponse:
    """DynosApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: DynosApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.stop = _rt.streamed_response(api.stop)
        self.restart_all = _rt.streamed_response(api.restart_all)
