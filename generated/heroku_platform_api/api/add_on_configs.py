"""Add-on Configs: Configuration of an Add-on"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AddOnConfig, AddOnConfigInput, Error


class AddOnConfigsApi:
    """Configuration of an Add-on"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list(
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
    ) -> _rt.RangePages[AddOnConfig]:
        """List

        Get an add-on's config. Accessible by customers with access and by the add-on partner providing this add-on.

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

        ``GET /addons/{addon_id_or_name}/config``
        """
        return _rt.RangePages(
            self._client,
            "/addons/{addon_id_or_name}/config",
            {"addon_id_or_name": addon_id_or_name},
            _models.AddOnConfig.from_dict,
            "AddOnConfig",
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

    def update(
        self,
        addon_id_or_name: str,
        *,
        config: Union[builtins.list[AddOnConfigInput], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[AddOnConfig]:
        """Update

        Update an add-on's config. Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /addons/{addon_id_or_name}/config``
        """
        _response = self._client.request(
            "PATCH",
            "/addons/{addon_id_or_name}/config",
            path_params={"addon_id_or_name": addon_id_or_name},
            json_body=_rt.fields({"config": config}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(
            _response,
            _rt.list_of(_models.AddOnConfig.from_dict),
            "list[AddOnConfig]",
        )


class AsyncAddOnConfigsApi:
    """Configuration of an Add-on

    The methods of ``AddOnConfigsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def list(
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
    ) -> _rt.AsyncRangePages[AddOnConfig]:
        """List

        Get an add-on's config. Accessible by customers with access and by the add-on partner providing this add-on.

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

        ``GET /addons/{addon_id_or_name}/config``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/addons/{addon_id_or_name}/config",
            {"addon_id_or_name": addon_id_or_name},
            _models.AddOnConfig.from_dict,
            "AddOnConfig",
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

    async def update(
        self,
        addon_id_or_name: str,
        *,
        config: Union[builtins.list[AddOnConfigInput], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[AddOnConfig]:
        """Update

        Update an add-on's config. Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /addons/{addon_id_or_name}/config``
        """
        _response = await self._client.request(
            "PATCH",
            "/addons/{addon_id_or_name}/config",
            path_params={"addon_id_or_name": addon_id_or_name},
            json_body=_rt.fields({"config": config}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(
            _response,
            _rt.list_of(_models.AddOnConfig.from_dict),
            "list[AddOnConfig]",
        )


class AddOnConfigsApiWithRawResponse:
    """AddOnConfigsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AddOnConfigsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.update = _rt.raw_response(api.update)


class AddOnConfigsApiWithStreamingResponse:
    """AddOnConfigsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AddOnConfigsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.update = _rt.streamed_response(api.update)


class AsyncAddOnConfigsApiWithRawResponse:
    """AsyncAddOnConfigsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAddOnConfigsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.update = _rt.async_raw_response(api.update)


class AsyncAddOnConfigsApiWithStreamingResponse:
    """AsyncAddOnConfigsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAddOnConfigsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.update = _rt.async_streamed_response(api.update)
