"""Log Drains: [Log drains](https://devcenter.heroku.com/articles/log-drains) provide a way to forward your Heroku logs to an external syslog server for long-term archiving. This external service must be configured to receive syslog packets from Heroku, whereupon its URL can be added to an app using this API. Some add-ons will add a log drain when they are provisioned to an app. These drains can only be removed by removing the add-on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, LogDrain


class LogDrainsApi:
    """[Log drains](https://devcenter.heroku.com/articles/log-drains) provide a way to forward your Heroku logs to an external syslog server for long-term archiving. This external service must be configured to receive syslog packets from Heroku, whereupon its URL can be added to an app using this API. Some add-ons will add a log drain when they are provisioned to an app. These drains can only be removed by removing the add-on."""

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
    ) -> _rt.RangePages[LogDrain]:
        """List

        List existing log drains.

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

        ``GET /apps/{app_id_or_name}/log-drains``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/log-drains",
            {"app_id_or_name": app_id_or_name},
            _models.LogDrain.from_dict,
            "LogDrain",
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
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> LogDrain:
        """Create

        Create a new log drain.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            url: url associated with the log drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/log-drains``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/log-drains",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"url": url}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.LogDrain.from_dict, "LogDrain")

    def update(
        self,
        addon_id_or_name: str,
        log_drain_id_or_url_or_token: str,
        *,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> LogDrain:
        """Update

        Update an add-on owned log drain.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            log_drain_id_or_url_or_token: unique identifier of this log drain or url associated with the log drain or token associated with the log drain
            url: url associated with the log drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /addons/{addon_id_or_name}/log-drains/{log_drain_id_or_url_or_token}``
        """
        _response = self._client.request(
            "PUT",
            "/addons/{addon_id_or_name}/log-drains/{log_drain_id_or_url_or_token}",
            path_params={
                "addon_id_or_name": addon_id_or_name,
                "log_drain_id_or_url_or_token": log_drain_id_or_url_or_token,
            },
            json_body=_rt.fields({"url": url}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.LogDrain.from_dict, "LogDrain")

    def info(
        self,
        app_id_or_name: str,
        log_drain_id_or_url_or_token: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> LogDrain:
        """Info

        Info for existing log drain.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            log_drain_id_or_url_or_token: unique identifier of this log drain or url associated with the log drain or token associated with the log drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/log-drains/{log_drain_id_or_url_or_token}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/log-drains/{log_drain_id_or_url_or_token}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "log_drain_id_or_url_or_token": log_drain_id_or_url_or_token,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.LogDrain.from_dict, "LogDrain")

    def delete(
        self,
        app_id_or_name: str,
        log_drain_id_or_url_or_token: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> LogDrain:
        """Delete

        Delete an existing log drain. Log drains added by add-ons can only be removed by removing the add-on.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            log_drain_id_or_url_or_token: unique identifier of this log drain or url associated with the log drain or token associated with the log drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/log-drains/{log_drain_id_or_url_or_token}``
        """
        _response = self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/log-drains/{log_drain_id_or_url_or_token}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "log_drain_id_or_url_or_token": log_drain_id_or_url_or_token,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.LogDrain.from_dict, "LogDrain")

    def list_by_add_on(
        self,
        addon_id_or_name: str,
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
    ) -> _rt.RangePages[LogDrain]:
        """List By Add-on

        List existing log drains for an add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
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

        ``GET /addons/{addon_id_or_name}/log-drains``
        """
        return _rt.RangePages(
            self._client,
            "/addons/{addon_id_or_name}/log-drains",
            {"addon_id_or_name": addon_id_or_name},
            _models.LogDrain.from_dict,
            "LogDrain",
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


class AsyncLogDrainsApi:
    """[Log drains](https://devcenter.heroku.com/articles/log-drains) provide a way to forward your Heroku logs to an external syslog server for long-term archiving. This external service must be configured to receive syslog packets from Heroku, whereupon its URL can be added to an app using this API. Some add-ons will add a log drain when they are provisioned to an app. These drains can only be removed by removing the add-on.

    The methods of ``LogDrainsApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[LogDrain]:
        """List

        List existing log drains.

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

        ``GET /apps/{app_id_or_name}/log-drains``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/log-drains",
            {"app_id_or_name": app_id_or_name},
            _models.LogDrain.from_dict,
            "LogDrain",
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
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> LogDrain:
        """Create

        Create a new log drain.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            url: url associated with the log drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/log-drains``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/log-drains",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"url": url}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.LogDrain.from_dict, "LogDrain")

    async def update(
        self,
        addon_id_or_name: str,
        log_drain_id_or_url_or_token: str,
        *,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> LogDrain:
        """Update

        Update an add-on owned log drain.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            log_drain_id_or_url_or_token: unique identifier of this log drain or url associated with the log drain or token associated with the log drain
            url: url associated with the log drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /addons/{addon_id_or_name}/log-drains/{log_drain_id_or_url_or_token}``
        """
        _response = await self._client.request(
            "PUT",
            "/addons/{addon_id_or_name}/log-drains/{log_drain_id_or_url_or_token}",
            path_params={
                "addon_id_or_name": addon_id_or_name,
                "log_drain_id_or_url_or_token": log_drain_id_or_url_or_token,
            },
            json_body=_rt.fields({"url": url}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.LogDrain.from_dict, "LogDrain")

    async def info(
        self,
        app_id_or_name: str,
        log_drain_id_or_url_or_token: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> LogDrain:
        """Info

        Info for existing log drain.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            log_drain_id_or_url_or_token: unique identifier of this log drain or url associated with the log drain or token associated with the log drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/log-drains/{log_drain_id_or_url_or_token}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/log-drains/{log_drain_id_or_url_or_token}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "log_drain_id_or_url_or_token": log_drain_id_or_url_or_token,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.LogDrain.from_dict, "LogDrain")

    async def delete(
        self,
        app_id_or_name: str,
        log_drain_id_or_url_or_token: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> LogDrain:
        """Delete

        Delete an existing log drain. Log drains added by add-ons can only be removed by removing the add-on.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            log_drain_id_or_url_or_token: unique identifier of this log drain or url associated with the log drain or token associated with the log drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/log-drains/{log_drain_id_or_url_or_token}``
        """
        _response = await self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/log-drains/{log_drain_id_or_url_or_token}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "log_drain_id_or_url_or_token": log_drain_id_or_url_or_token,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.LogDrain.from_dict, "LogDrain")

    def list_by_add_on(
        self,
        addon_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[LogDrain]:
        """List By Add-on

        List existing log drains for an add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
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

        ``GET /addons/{addon_id_or_name}/log-drains``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/addons/{addon_id_or_name}/log-drains",
            {"addon_id_or_name": addon_id_or_name},
            _models.LogDrain.from_dict,
            "LogDrain",
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


class LogDrainsApiWithRawResponse:
    """LogDrainsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: LogDrainsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.update = _rt.raw_response(api.update)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.list_by_add_on = _rt.raw_response(api.list_by_add_on)


class LogDrainsApiWithStreamingResponse:
    """LogDrainsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: LogDrainsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.update = _rt.streamed_response(api.update)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.list_by_add_on = _rt.streamed_response(api.list_by_add_on)


class AsyncLogDrainsApiWithRawResponse:
    """AsyncLogDrainsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncLogDrainsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.update = _rt.async_raw_response(api.update)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.list_by_add_on = _rt.async_raw_listing(api.list_by_add_on)


class AsyncLogDrainsApiWithStreamingResponse:
    """AsyncLogDrainsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncLogDrainsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.update = _rt.async_streamed_response(api.update)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.list_by_add_on = _rt.async_streamed_listing(api.list_by_add_on)
