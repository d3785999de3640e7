"""Dynos: Dynos encapsulate running processes of an app on Heroku. Detailed information about dyno sizes can be found at: [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Dyno, Error


class DynosApi:
    """Dynos encapsulate running processes of an app on Heroku. Detailed information about dyno sizes can be found at: [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""

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
        """List

        List existing dynos.

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

        ``GET /apps/{app_id_or_name}/dynos``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/dynos",
            {"app_id_or_name": app_id_or_name},
            _models.Dyno.from_dict,
            "Dyno",
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

    def create(
        self,
        app_id_or_name: str,
        *,
        command: str,
        attach: Union[bool, _rt.Unset] = _rt.UNSET,
        env: Union[dict[str, str], _rt.Unset] = _rt.UNSET,
        force_no_tty: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        size: Union[str, _rt.Unset] = _rt.UNSET,
        type: Union[str, _rt.Unset] = _rt.UNSET,
        time_to_live: Union[int, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Dyno:
        """Create

        Create a new dyno.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            command: command used to start this process
            attach: whether to stream output or not
            env: custom environment to add to the dyno config vars
            force_no_tty: force an attached one-off dyno to not run in a tty
            size: dyno size
            type: type of process
            time_to_live: seconds until dyno expires, after which it will soon be killed, max 86400 seconds (24 hours)
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
                    "attach": attach,
                    "command": command,
                    "env": env,
                    "force_no_tty": force_no_tty,
                    "size": size,
                    "type": type,
                    "time_to_live": time_to_live,
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
        return _rt.decode(_response, _models.Dyno.from_dict, "Dyno")

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
    ) -> dict[str, Any]:
        """Restart all

        Restart all dynos.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/dynos``
        """
        _response = self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/dynos",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.expect_object, "dict[str, Any]")

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
        """Info

        Info for existing dyno.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_id_or_name: unique identifier of this dyno or the name of this process on this dyno
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
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Dyno.from_dict, "Dyno")

    def restart(
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
    ) -> dict[str, Any]:
        """Restart

        Restart dyno.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_id_or_name: unique identifier of this dyno or the name of this process on this dyno
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/dynos/{dyno_id_or_name}``
        """
        _response = self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/dynos/{dyno_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name, "dyno_id_or_name": dyno_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.expect_object, "dict[str, Any]")

    def restart_formation(
        self,
        app_id_or_name: str,
        dyno_formation_type: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Any]:
        """Restart formation

        Restart dynos of a given formation type.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_formation_type: the formation type of this process on this dyno
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/formations/{dyno_formation_type}``
        """
        _response = self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/formations/{dyno_formation_type}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "dyno_formation_type": dyno_formation_type,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.expect_object, "dict[str, Any]")

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
    ) -> dict[str, Any]:
        """Stop

        Stop dyno.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_id_or_name: unique identifier of this dyno or the name of this process on this dyno
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/dynos/{dyno_id_or_name}/actions/stop``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/dynos/{dyno_id_or_name}/actions/stop",
            path_params={"app_id_or_name": app_id_or_name, "dyno_id_or_name": dyno_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.expect_object, "dict[str, Any]")

    def stop_formation(
        self,
        app_id_or_name: str,
        dyno_formation_type: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Any]:
        """Stop formation

        Stop dynos of a given formation type.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_formation_type: the formation type of this process on this dyno
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/formations/{dyno_formation_type}/actions/stop``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/formations/{dyno_formation_type}/actions/stop",
            path_params={
                "app_id_or_name": app_id_or_name,
                "dyno_formation_type": dyno_formation_type,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.expect_object, "dict[str, Any]")


class AsyncDynosApi:
    """Dynos encapsulate running processes of an app on Heroku. Detailed information about dyno sizes can be found at: [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types).

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
        """List

        List existing dynos.

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

        ``GET /apps/{app_id_or_name}/dynos``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/dynos",
            {"app_id_or_name": app_id_or_name},
            _models.Dyno.from_dict,
            "Dyno",
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

    async def create(
        self,
        app_id_or_name: str,
        *,
        command: str,
        attach: Union[bool, _rt.Unset] = _rt.UNSET,
        env: Union[dict[str, str], _rt.Unset] = _rt.UNSET,
        force_no_tty: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        size: Union[str, _rt.Unset] = _rt.UNSET,
        type: Union[str, _rt.Unset] = _rt.UNSET,
        time_to_live: Union[int, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Dyno:
        """Create

        Create a new dyno.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            command: command used to start this process
            attach: whether to stream output or not
            env: custom environment to add to the dyno config vars
            force_no_tty: force an attached one-off dyno to not run in a tty
            size: dyno size
            type: type of process
            time_to_live: seconds until dyno expires, after which it will soon be killed, max 86400 seconds (24 hours)
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
                    "attach": attach,
                    "command": command,
                    "env": env,
                    "force_no_tty": force_no_tty,
                    "size": size,
                    "type": type,
                    "time_to_live": time_to_live,
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
        return _rt.decode(_response, _models.Dyno.from_dict, "Dyno")

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
    ) -> dict[str, Any]:
        """Restart all

        Restart all dynos.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/dynos``
        """
        _response = await self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/dynos",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.expect_object, "dict[str, Any]")

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
        """Info

        Info for existing dyno.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_id_or_name: unique identifier of this dyno or the name of this process on this dyno
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
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Dyno.from_dict, "Dyno")

    async def restart(
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
    ) -> dict[str, Any]:
        """Restart

        Restart dyno.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_id_or_name: unique identifier of this dyno or the name of this process on this dyno
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/dynos/{dyno_id_or_name}``
        """
        _response = await self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/dynos/{dyno_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name, "dyno_id_or_name": dyno_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.expect_object, "dict[str, Any]")

    async def restart_formation(
        self,
        app_id_or_name: str,
        dyno_formation_type: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Any]:
        """Restart formation

        Restart dynos of a given formation type.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_formation_type: the formation type of this process on this dyno
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/formations/{dyno_formation_type}``
        """
        _response = await self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/formations/{dyno_formation_type}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "dyno_formation_type": dyno_formation_type,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.expect_object, "dict[str, Any]")

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
    ) -> dict[str, Any]:
        """Stop

        Stop dyno.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_id_or_name: unique identifier of this dyno or the name of this process on this dyno
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/dynos/{dyno_id_or_name}/actions/stop``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/dynos/{dyno_id_or_name}/actions/stop",
            path_params={"app_id_or_name": app_id_or_name, "dyno_id_or_name": dyno_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.expect_object, "dict[str, Any]")

    async def stop_formation(
        self,
        app_id_or_name: str,
        dyno_formation_type: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Any]:
        """Stop formation

        Stop dynos of a given formation type.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            dyno_formation_type: the formation type of this process on this dyno
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/formations/{dyno_formation_type}/actions/stop``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/formations/{dyno_formation_type}/actions/stop",
            path_params={
                "app_id_or_name": app_id_or_name,
                "dyno_formation_type": dyno_formation_type,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.expect_object, "dict[str, Any]")


class DynosApiWithRawResponse:
    """DynosApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: DynosApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.restart_all = _rt.raw_response(api.restart_all)
        self.info = _rt.raw_response(api.info)
        self.restart = _rt.raw_response(api.restart)
        self.restart_formation = _rt.raw_response(api.restart_formation)
        self.stop = _rt.raw_response(api.stop)
        self.stop_formation = _rt.raw_response(api.stop_formation)


class DynosApiWithStreamingResponse:
    """DynosApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: DynosApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.restart_all = _rt.streamed_response(api.restart_all)
        self.info = _rt.streamed_response(api.info)
        self.restart = _rt.streamed_response(api.restart)
        self.restart_formation = _rt.streamed_response(api.restart_formation)
        self.stop = _rt.streamed_response(api.stop)
        self.stop_formation = _rt.streamed_response(api.stop_formation)


class AsyncDynosApiWithRawResponse:
    """AsyncDynosApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncDynosApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.restart_all = _rt.async_raw_response(api.restart_all)
        self.info = _rt.async_raw_response(api.info)
        self.restart = _rt.async_raw_response(api.restart)
        self.restart_formation = _rt.async_raw_response(api.restart_formation)
        self.stop = _rt.async_raw_response(api.stop)
        self.stop_formation = _rt.async_raw_response(api.stop_formation)


class AsyncDynosApiWithStreamingResponse:
    """AsyncDynosApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncDynosApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.restart_all = _rt.async_streamed_response(api.restart_all)
        self.info = _rt.async_streamed_response(api.info)
        self.restart = _rt.async_streamed_response(api.restart)
        self.restart_formation = _rt.async_streamed_response(api.restart_formation)
        self.stop = _rt.async_streamed_response(api.stop)
        self.stop_formation = _rt.async_streamed_response(api.stop_formation)
