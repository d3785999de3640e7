"""Add-ons: Add-ons represent add-ons that have been provisioned and attached to one or more apps."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AddOn, AddOnCreateBodyAttachment, Error


class AddOnsApi:
    """Add-ons represent add-ons that have been provisioned and attached to one or more apps."""

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
    ) -> _rt.RangePages[AddOn]:
        """List

        List all existing add-ons.

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

        ``GET /addons``
        """
        return _rt.RangePages(
            self._client,
            "/addons",
            {},
            _models.AddOn.from_dict,
            "AddOn",
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

    def info(
        self,
        addon_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Info

        Info for an existing add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /addons/{addon_id_or_name}``
        """
        _response = self._client.request(
            "GET",
            "/addons/{addon_id_or_name}",
            path_params={"addon_id_or_name": addon_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

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
    ) -> _rt.RangePages[AddOn]:
        """List By App

        List existing add-ons for an app.

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

        ``GET /apps/{app_id_or_name}/addons``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/addons",
            {"app_id_or_name": app_id_or_name},
            _models.AddOn.from_dict,
            "AddOn",
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
        plan: str,
        attachment: Union[AddOnCreateBodyAttachment, _rt.Unset] = _rt.UNSET,
        config: Union[dict[str, str], _rt.Unset] = _rt.UNSET,
        confirm: Union[str, _rt.Unset] = _rt.UNSET,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Create

        Create a new add-on.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            attachment: name for add-on's initial attachment
            config: custom add-on provisioning options
            confirm: name of billing entity for confirmation
            name: globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/addons``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/addons",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {
                    "attachment": attachment,
                    "config": config,
                    "confirm": confirm,
                    "plan": plan,
                    "name": name,
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
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

    def info_by_app(
        self,
        app_id_or_name: str,
        addon_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Info By App

        Info for an existing add-on.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/addons/{addon_id_or_name}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/addons/{addon_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name, "addon_id_or_name": addon_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

    def delete(
        self,
        app_id_or_name: str,
        addon_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Delete

        Delete an existing add-on.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/addons/{addon_id_or_name}``
        """
        _response = self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/addons/{addon_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name, "addon_id_or_name": addon_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

    def update(
        self,
        app_id_or_name: str,
        addon_id_or_name: str,
        *,
        plan: str,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Update

        Change add-on plan. Some add-ons may not support changing plans. In that case, an error will be returned.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            name: globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/addons/{addon_id_or_name}``
        """
        _response = self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/addons/{addon_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name, "addon_id_or_name": addon_id_or_name},
            json_body=_rt.fields({"name": name, "plan": plan}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

    def list_by_user(
        self,
        account_email_or_id_or_self: str,
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
    ) -> _rt.RangePages[AddOn]:
        """List By User

        List all existing add-ons a user has access to

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
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

        ``GET /users/{account_email_or_id_or_self}/addons``
        """
        return _rt.RangePages(
            self._client,
            "/users/{account_email_or_id_or_self}/addons",
            {"account_email_or_id_or_self": account_email_or_id_or_self},
            _models.AddOn.from_dict,
            "AddOn",
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

    def list_by_team(
        self,
        team_name_or_id: str,
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
    ) -> _rt.RangePages[AddOn]:
        """List By Team

        List add-ons used across all Team apps

        Args:
            team_name_or_id: unique name of team or unique identifier of team
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

        ``GET /teams/{team_name_or_id}/addons``
        """
        return _rt.RangePages(
            self._client,
            "/teams/{team_name_or_id}/addons",
            {"team_name_or_id": team_name_or_id},
            _models.AddOn.from_dict,
            "AddOn",
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

    def resolution(
        self,
        *,
        addon: str,
        app: Union[str, _rt.Unset] = _rt.UNSET,
        addon_service: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[AddOn]:
        """Resolution

        Resolve an add-on from a name, optionally passing an app name. If there are matches it returns at least one add-on (exact match) or many.

        Args:
            addon: globally unique name of the add-on
            app: unique name of app
            addon_service: unique name of this add-on-service
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /actions/addons/resolve``
        """
        _response = self._client.request(
            "POST",
            "/actions/addons/resolve",
            json_body=_rt.fields({"addon": addon, "app": app, "addon_service": addon_service}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.list_of(_models.AddOn.from_dict), "list[AddOn]")


class AsyncAddOnsApi:
    """Add-ons represent add-ons that have been provisioned and attached to one or more apps.

    The methods of ``AddOnsApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[AddOn]:
        """List

        List all existing add-ons.

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

        ``GET /addons``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/addons",
            {},
            _models.AddOn.from_dict,
            "AddOn",
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

    async def info(
        self,
        addon_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Info

        Info for an existing add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /addons/{addon_id_or_name}``
        """
        _response = await self._client.request(
            "GET",
            "/addons/{addon_id_or_name}",
            path_params={"addon_id_or_name": addon_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

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
    ) -> _rt.AsyncRangePages[AddOn]:
        """List By App

        List existing add-ons for an app.

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

        ``GET /apps/{app_id_or_name}/addons``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/addons",
            {"app_id_or_name": app_id_or_name},
            _models.AddOn.from_dict,
            "AddOn",
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
        plan: str,
        attachment: Union[AddOnCreateBodyAttachment, _rt.Unset] = _rt.UNSET,
        config: Union[dict[str, str], _rt.Unset] = _rt.UNSET,
        confirm: Union[str, _rt.Unset] = _rt.UNSET,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Create

        Create a new add-on.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            attachment: name for add-on's initial attachment
            config: custom add-on provisioning options
            confirm: name of billing entity for confirmation
            name: globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/addons``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/addons",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {
                    "attachment": attachment,
                    "config": config,
                    "confirm": confirm,
                    "plan": plan,
                    "name": name,
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
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

    async def info_by_app(
        self,
        app_id_or_name: str,
        addon_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Info By App

        Info for an existing add-on.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/addons/{addon_id_or_name}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/addons/{addon_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name, "addon_id_or_name": addon_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

    async def delete(
        self,
        app_id_or_name: str,
        addon_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Delete

        Delete an existing add-on.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/addons/{addon_id_or_name}``
        """
        _response = await self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/addons/{addon_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name, "addon_id_or_name": addon_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

    async def update(
        self,
        app_id_or_name: str,
        addon_id_or_name: str,
        *,
        plan: str,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Update

        Change add-on plan. Some add-ons may not support changing plans. In that case, an error will be returned.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            name: globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/addons/{addon_id_or_name}``
        """
        _response = await self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/addons/{addon_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name, "addon_id_or_name": addon_id_or_name},
            json_body=_rt.fields({"name": name, "plan": plan}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

    def list_by_user(
        self,
        account_email_or_id_or_self: str,
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
    ) -> _rt.AsyncRangePages[AddOn]:
        """List By User

        List all existing add-ons a user has access to

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
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

        ``GET /users/{account_email_or_id_or_self}/addons``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/users/{account_email_or_id_or_self}/addons",
            {"account_email_or_id_or_self": account_email_or_id_or_self},
            _models.AddOn.from_dict,
            "AddOn",
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

    def list_by_team(
        self,
        team_name_or_id: str,
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
    ) -> _rt.AsyncRangePages[AddOn]:
        """List By Team

        List add-ons used across all Team apps

        Args:
            team_name_or_id: unique name of team or unique identifier of team
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

        ``GET /teams/{team_name_or_id}/addons``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/{team_name_or_id}/addons",
            {"team_name_or_id": team_name_or_id},
            _models.AddOn.from_dict,
            "AddOn",
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

    async def resolution(
        self,
        *,
        addon: str,
        app: Union[str, _rt.Unset] = _rt.UNSET,
        addon_service: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[AddOn]:
        """Resolution

        Resolve an add-on from a name, optionally passing an app name. If there are matches it returns at least one add-on (exact match) or many.

        Args:
            addon: globally unique name of the add-on
            app: unique name of app
            addon_service: unique name of this add-on-service
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /actions/addons/resolve``
        """
        _response = await self._client.request(
            "POST",
            "/actions/addons/resolve",
            json_body=_rt.fields({"addon": addon, "app": app, "addon_service": addon_service}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.list_of(_models.AddOn.from_dict), "list[AddOn]")


class AddOnsApiWithRawResponse:
    """AddOnsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AddOnsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.info = _rt.raw_response(api.info)
        self.list_by_app = _rt.raw_response(api.list_by_app)
        self.create = _rt.raw_response(api.create)
        self.info_by_app = _rt.raw_response(api.info_by_app)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)
        self.list_by_user = _rt.raw_response(api.list_by_user)
        self.list_by_team = _rt.raw_response(api.list_by_team)
        self.resolution = _rt.raw_response(api.resolution)


class AddOnsApiWithStreamingResponse:
    """AddOnsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AddOnsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.info = _rt.streamed_response(api.info)
        self.list_by_app = _rt.streamed_response(api.list_by_app)
        self.create = _rt.streamed_response(api.create)
        self.info_by_app = _rt.streamed_response(api.info_by_app)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)
        self.list_by_user = _rt.streamed_response(api.list_by_user)
        self.list_by_team = _rt.streamed_response(api.list_by_team)
        self.resolution = _rt.streamed_response(api.resolution)


class AsyncAddOnsApiWithRawResponse:
    """AsyncAddOnsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAddOnsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.info = _rt.async_raw_response(api.info)
        self.list_by_app = _rt.async_raw_listing(api.list_by_app)
        self.create = _rt.async_raw_response(api.create)
        self.info_by_app = _rt.async_raw_response(api.info_by_app)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)
        self.list_by_user = _rt.async_raw_listing(api.list_by_user)
        self.list_by_team = _rt.async_raw_listing(api.list_by_team)
        self.resolution = _rt.async_raw_response(api.resolution)


class AsyncAddOnsApiWithStreamingResponse:
    """AsyncAddOnsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAddOnsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.info = _rt.async_streamed_response(api.info)
        self.list_by_app = _rt.async_streamed_listing(api.list_by_app)
        self.create = _rt.async_streamed_response(api.create)
        self.info_by_app = _rt.async_streamed_response(api.info_by_app)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)
        self.list_by_user = _rt.async_streamed_listing(api.list_by_user)
        self.list_by_team = _rt.async_streamed_listing(api.list_by_team)
        self.resolution = _rt.async_streamed_response(api.resolution)
