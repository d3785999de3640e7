"""Allowed Add-on Services: Entities that have been allowed to be used by a Team"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AllowedAddOnService, Error


class AllowedAddOnServicesApi:
    """Entities that have been allowed to be used by a Team"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

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
    ) -> _rt.RangePages[AllowedAddOnService]:
        """List By Team

        List all allowed add-on services for a team

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

        ``GET /teams/{team_name_or_id}/allowed-addon-services``
        """
        return _rt.RangePages(
            self._client,
            "/teams/{team_name_or_id}/allowed-addon-services",
            {"team_name_or_id": team_name_or_id},
            _models.AllowedAddOnService.from_dict,
            "AllowedAddOnService",
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

    def create_by_team(
        self,
        team_name_or_id: str,
        *,
        addon_service: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> list[AllowedAddOnService]:
        """Create By Team

        Allow an Add-on Service

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            addon_service: name of the add-on service to allow
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/{team_name_or_id}/allowed-addon-services``
        """
        _response = self._client.request(
            "POST",
            "/teams/{team_name_or_id}/allowed-addon-services",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"addon_service": addon_service}),
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
            _rt.list_of(_models.AllowedAddOnService.from_dict),
            "list[AllowedAddOnService]",
        )

    def delete_by_team(
        self,
        team_name_or_id: str,
        allowed_addon_service_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AllowedAddOnService:
        """Delete By Team

        Remove an allowed add-on service

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            allowed_addon_service_id_or_name: unique identifier for this allowed add-on service record or unique name of this add-on-service
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /teams/{team_name_or_id}/allowed-addon-services/{allowed_addon_service_id_or_name}``
        """
        _response = self._client.request(
            "DELETE",
            "/teams/{team_name_or_id}/allowed-addon-services/{allowed_addon_service_id_or_name}",
            path_params={
                "team_name_or_id": team_name_or_id,
                "allowed_addon_service_id_or_name": allowed_addon_service_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AllowedAddOnService.from_dict, "AllowedAddOnService")


class AsyncAllowedAddOnServicesApi:
    """Entities that have been allowed to be used by a Team

    The methods of ``AllowedAddOnServicesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

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
    ) -> _rt.AsyncRangePages[AllowedAddOnService]:
        """List By Team

        List all allowed add-on services for a team

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

        ``GET /teams/{team_name_or_id}/allowed-addon-services``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/{team_name_or_id}/allowed-addon-services",
            {"team_name_or_id": team_name_or_id},
            _models.AllowedAddOnService.from_dict,
            "AllowedAddOnService",
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

    async def create_by_team(
        self,
        team_name_or_id: str,
        *,
        addon_service: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> list[AllowedAddOnService]:
        """Create By Team

        Allow an Add-on Service

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            addon_service: name of the add-on service to allow
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/{team_name_or_id}/allowed-addon-services``
        """
        _response = await self._client.request(
            "POST",
            "/teams/{team_name_or_id}/allowed-addon-services",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"addon_service": addon_service}),
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
            _rt.list_of(_models.AllowedAddOnService.from_dict),
            "list[AllowedAddOnService]",
        )

    async def delete_by_team(
        self,
        team_name_or_id: str,
        allowed_addon_service_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AllowedAddOnService:
        """Delete By Team

        Remove an allowed add-on service

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            allowed_addon_service_id_or_name: unique identifier for this allowed add-on service record or unique name of this add-on-service
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /teams/{team_name_or_id}/allowed-addon-services/{allowed_addon_service_id_or_name}``
        """
        _response = await self._client.request(
            "DELETE",
            "/teams/{team_name_or_id}/allowed-addon-services/{allowed_addon_service_id_or_name}",
            path_params={
                "team_name_or_id": team_name_or_id,
                "allowed_addon_service_id_or_name": allowed_addon_service_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AllowedAddOnService.from_dict, "AllowedAddOnService")


class AllowedAddOnServicesApiWithRawResponse:
    """AllowedAddOnServicesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AllowedAddOnServicesApi) -> None:
        self.list_by_team = _rt.raw_response(api.list_by_team)
        self.create_by_team = _rt.raw_response(api.create_by_team)
        self.delete_by_team = _rt.raw_response(api.delete_by_team)


class AllowedAddOnServicesApiWithStreamingResponse:
    """AllowedAddOnServicesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AllowedAddOnServicesApi) -> None:
        self.list_by_team = _rt.streamed_response(api.list_by_team)
        self.create_by_team = _rt.streamed_response(api.create_by_team)
        self.delete_by_team = _rt.streamed_response(api.delete_by_team)


class AsyncAllowedAddOnServicesApiWithRawResponse:
    """AsyncAllowedAddOnServicesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAllowedAddOnServicesApi) -> None:
        self.list_by_team = _rt.async_raw_listing(api.list_by_team)
        self.create_by_team = _rt.async_raw_response(api.create_by_team)
        self.delete_by_team = _rt.async_raw_response(api.delete_by_team)


class AsyncAllowedAddOnServicesApiWithStreamingResponse:
    """AsyncAllowedAddOnServicesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAllowedAddOnServicesApi) -> None:
        self.list_by_team = _rt.async_streamed_listing(api.list_by_team)
        self.create_by_team = _rt.async_streamed_response(api.create_by_team)
        self.delete_by_team = _rt.async_streamed_response(api.delete_by_team)
