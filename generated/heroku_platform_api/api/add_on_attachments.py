"""Add-on Attachments: An add-on attachment represents a connection between an app and an add-on that it has been given access to."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AddOnAttachment, Error


class AddOnAttachmentsApi:
    """An add-on attachment represents a connection between an app and an add-on that it has been given access to."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

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
    ) -> _rt.RangePages[AddOnAttachment]:
        """List

        List existing add-on attachments.

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

        ``GET /addon-attachments``
        """
        return _rt.RangePages(
            self._client,
            "/addon-attachments",
            {},
            _models.AddOnAttachment.from_dict,
            "AddOnAttachment",
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
        *,
        addon: str,
        app: str,
        confirm: Union[str, _rt.Unset] = _rt.UNSET,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        namespace: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnAttachment:
        """Create

        Create a new add-on attachment.

        Args:
            confirm: name of owning app for confirmation
            name: unique name for this add-on attachment to this app
            namespace: attachment namespace
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /addon-attachments``
        """
        _response = self._client.request(
            "POST",
            "/addon-attachments",
            json_body=_rt.fields(
                {
                    "addon": addon,
                    "app": app,
                    "confirm": confirm,
                    "name": name,
                    "namespace": namespace,
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
        return _rt.decode(_response, _models.AddOnAttachment.from_dict, "AddOnAttachment")

    def info(
        self,
        addon_attachment_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnAttachment:
        """Info

        Info for existing add-on attachment.

        Args:
            addon_attachment_id: unique identifier of this add-on attachment
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /addon-attachments/{addon_attachment_id}``
        """
        _response = self._client.request(
            "GET",
            "/addon-attachments/{addon_attachment_id}",
            path_params={"addon_attachment_id": addon_attachment_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOnAttachment.from_dict, "AddOnAttachment")

    def delete(
        self,
        addon_attachment_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnAttachment:
        """Delete

        Delete an existing add-on attachment.

        Args:
            addon_attachment_id: unique identifier of this add-on attachment
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /addon-attachments/{addon_attachment_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/addon-attachments/{addon_attachment_id}",
            path_params={"addon_attachment_id": addon_attachment_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOnAttachment.from_dict, "AddOnAttachment")

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
    ) -> _rt.RangePages[AddOnAttachment]:
        """List by Add-on

        List existing add-on attachments for an add-on.

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

        ``GET /addons/{addon_id_or_name}/addon-attachments``
        """
        return _rt.RangePages(
            self._client,
            "/addons/{addon_id_or_name}/addon-attachments",
            {"addon_id_or_name": addon_id_or_name},
            _models.AddOnAttachment.from_dict,
            "AddOnAttachment",
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
    ) -> _rt.RangePages[AddOnAttachment]:
        """List by App

        List existing add-on attachments for an app.

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

        ``GET /apps/{app_id_or_name}/addon-attachments``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/addon-attachments",
            {"app_id_or_name": app_id_or_name},
            _models.AddOnAttachment.from_dict,
            "AddOnAttachment",
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

    def info_by_app(
        self,
        app_id_or_name: str,
        addon_attachment_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnAttachment:
        """Info by App

        Info for existing add-on attachment for an app.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            addon_attachment_id_or_name: unique identifier of this add-on attachment or unique name for this add-on attachment to this app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/addon-attachments/{addon_attachment_id_or_name}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/addon-attachments/{addon_attachment_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "addon_attachment_id_or_name": addon_attachment_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOnAttachment.from_dict, "AddOnAttachment")

    def resolution(
        self,
        *,
        addon_attachment: str,
        app: Union[str, _rt.Unset] = _rt.UNSET,
        addon_service: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[AddOnAttachment]:
        """Resolution

        Resolve an add-on attachment from a name, optionally passing an app name. If there are matches it returns at least one add-on attachment (exact match) or many.

        Args:
            addon_attachment: unique name for this add-on attachment to this app
            app: unique name of app
            addon_service: unique name of this add-on-service
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /actions/addon-attachments/resolve``
        """
        _response = self._client.request(
            "POST",
            "/actions/addon-attachments/resolve",
            json_body=_rt.fields(
                {"addon_attachment": addon_attachment, "app": app, "addon_service": addon_service},
            ),
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
            _rt.list_of(_models.AddOnAttachment.from_dict),
            "list[AddOnAttachment]",
        )


class AsyncAddOnAttachmentsApi:
    """An add-on attachment represents a connection between an app and an add-on that it has been given access to.

    The methods of ``AddOnAttachmentsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

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
    ) -> _rt.AsyncRangePages[AddOnAttachment]:
        """List

        List existing add-on attachments.

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

        ``GET /addon-attachments``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/addon-attachments",
            {},
            _models.AddOnAttachment.from_dict,
            "AddOnAttachment",
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
        *,
        addon: str,
        app: str,
        confirm: Union[str, _rt.Unset] = _rt.UNSET,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        namespace: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnAttachment:
        """Create

        Create a new add-on attachment.

        Args:
            confirm: name of owning app for confirmation
            name: unique name for this add-on attachment to this app
            namespace: attachment namespace
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /addon-attachments``
        """
        _response = await self._client.request(
            "POST",
            "/addon-attachments",
            json_body=_rt.fields(
                {
                    "addon": addon,
                    "app": app,
                    "confirm": confirm,
                    "name": name,
                    "namespace": namespace,
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
        return _rt.decode(_response, _models.AddOnAttachment.from_dict, "AddOnAttachment")

    async def info(
        self,
        addon_attachment_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnAttachment:
        """Info

        Info for existing add-on attachment.

        Args:
            addon_attachment_id: unique identifier of this add-on attachment
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /addon-attachments/{addon_attachment_id}``
        """
        _response = await self._client.request(
            "GET",
            "/addon-attachments/{addon_attachment_id}",
            path_params={"addon_attachment_id": addon_attachment_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOnAttachment.from_dict, "AddOnAttachment")

    async def delete(
        self,
        addon_attachment_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnAttachment:
        """Delete

        Delete an existing add-on attachment.

        Args:
            addon_attachment_id: unique identifier of this add-on attachment
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /addon-attachments/{addon_attachment_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/addon-attachments/{addon_attachment_id}",
            path_params={"addon_attachment_id": addon_attachment_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOnAttachment.from_dict, "AddOnAttachment")

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
    ) -> _rt.AsyncRangePages[AddOnAttachment]:
        """List by Add-on

        List existing add-on attachments for an add-on.

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

        ``GET /addons/{addon_id_or_name}/addon-attachments``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/addons/{addon_id_or_name}/addon-attachments",
            {"addon_id_or_name": addon_id_or_name},
            _models.AddOnAttachment.from_dict,
            "AddOnAttachment",
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
    ) -> _rt.AsyncRangePages[AddOnAttachment]:
        """List by App

        List existing add-on attachments for an app.

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

        ``GET /apps/{app_id_or_name}/addon-attachments``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/addon-attachments",
            {"app_id_or_name": app_id_or_name},
            _models.AddOnAttachment.from_dict,
            "AddOnAttachment",
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

    async def info_by_app(
        self,
        app_id_or_name: str,
        addon_attachment_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnAttachment:
        """Info by App

        Info for existing add-on attachment for an app.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            addon_attachment_id_or_name: unique identifier of this add-on attachment or unique name for this add-on attachment to this app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/addon-attachments/{addon_attachment_id_or_name}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/addon-attachments/{addon_attachment_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "addon_attachment_id_or_name": addon_attachment_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOnAttachment.from_dict, "AddOnAttachment")

    async def resolution(
        self,
        *,
        addon_attachment: str,
        app: Union[str, _rt.Unset] = _rt.UNSET,
        addon_service: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[AddOnAttachment]:
        """Resolution

        Resolve an add-on attachment from a name, optionally passing an app name. If there are matches it returns at least one add-on attachment (exact match) or many.

        Args:
            addon_attachment: unique name for this add-on attachment to this app
            app: unique name of app
            addon_service: unique name of this add-on-service
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /actions/addon-attachments/resolve``
        """
        _response = await self._client.request(
            "POST",
            "/actions/addon-attachments/resolve",
            json_body=_rt.fields(
                {"addon_attachment": addon_attachment, "app": app, "addon_service": addon_service},
            ),
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
            _rt.list_of(_models.AddOnAttachment.from_dict),
            "list[AddOnAttachment]",
        )


class AddOnAttachmentsApiWithRawResponse:
    """AddOnAttachmentsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AddOnAttachmentsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.list_by_add_on = _rt.raw_response(api.list_by_add_on)
        self.list_by_app = _rt.raw_response(api.list_by_app)
        self.info_by_app = _rt.raw_response(api.info_by_app)
        self.resolution = _rt.raw_response(api.resolution)


class AddOnAttachmentsApiWithStreamingResponse:
    """AddOnAttachmentsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AddOnAttachmentsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.list_by_add_on = _rt.streamed_response(api.list_by_add_on)
        self.list_by_app = _rt.streamed_response(api.list_by_app)
        self.info_by_app = _rt.streamed_response(api.info_by_app)
        self.resolution = _rt.streamed_response(api.resolution)


class AsyncAddOnAttachmentsApiWithRawResponse:
    """AsyncAddOnAttachmentsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAddOnAttachmentsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.list_by_add_on = _rt.async_raw_listing(api.list_by_add_on)
        self.list_by_app = _rt.async_raw_listing(api.list_by_app)
        self.info_by_app = _rt.async_raw_response(api.info_by_app)
        self.resolution = _rt.async_raw_response(api.resolution)


class AsyncAddOnAttachmentsApiWithStreamingResponse:
    """AsyncAddOnAttachmentsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAddOnAttachmentsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.list_by_add_on = _rt.async_streamed_listing(api.list_by_add_on)
        self.list_by_app = _rt.async_streamed_listing(api.list_by_app)
        self.info_by_app = _rt.async_streamed_response(api.info_by_app)
        self.resolution = _rt.async_streamed_response(api.resolution)
