"""Identity Providers: Identity Providers represent the SAML configuration of teams or an Enterprise account"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, IdentityProvider


class IdentityProvidersApi:
    """Identity Providers represent the SAML configuration of teams or an Enterprise account"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list_by_team(
        self,
        team_name: str,
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
    ) -> _rt.RangePages[IdentityProvider]:
        """List By Team

        Get a list of a team's Identity Providers

        Args:
            team_name: unique name of team
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

        ``GET /teams/{team_name}/identity-providers``
        """
        return _rt.RangePages(
            self._client,
            "/teams/{team_name}/identity-providers",
            {"team_name": team_name},
            _models.IdentityProvider.from_dict,
            "IdentityProvider",
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
        team_name: str,
        *,
        certificate: str,
        entity_id: str,
        sso_target_url: str,
        slo_target_url: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> IdentityProvider:
        """Create By Team

        Create an Identity Provider for a team

        Args:
            team_name: unique name of team
            certificate: raw contents of the public certificate (eg: .crt or .pem file)
            entity_id: URL identifier provided by the identity provider
            sso_target_url: single sign on URL for this identity provider
            slo_target_url: single log out URL for this identity provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/{team_name}/identity-providers``
        """
        _response = self._client.request(
            "POST",
            "/teams/{team_name}/identity-providers",
            path_params={"team_name": team_name},
            json_body=_rt.fields(
                {
                    "certificate": certificate,
                    "entity_id": entity_id,
                    "slo_target_url": slo_target_url,
                    "sso_target_url": sso_target_url,
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
        return _rt.decode(_response, _models.IdentityProvider.from_dict, "IdentityProvider")

    def delete_by_team(
        self,
        team_name: str,
        identity_provider_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> IdentityProvider:
        """Delete By Team

        Delete a team's Identity Provider

        Args:
            team_name: unique name of team
            identity_provider_id: unique identifier of this identity provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /teams/{team_name}/identity-providers/{identity_provider_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/teams/{team_name}/identity-providers/{identity_provider_id}",
            path_params={"team_name": team_name, "identity_provider_id": identity_provider_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.IdentityProvider.from_dict, "IdentityProvider")

    def update_by_team(
        self,
        team_name: str,
        identity_provider_id: str,
        *,
        certificate: Union[str, _rt.Unset] = _rt.UNSET,
        entity_id: Union[str, _rt.Unset] = _rt.UNSET,
        slo_target_url: Union[str, _rt.Unset] = _rt.UNSET,
        sso_target_url: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> IdentityProvider:
        """Update By Team

        Update a team's Identity Provider

        Args:
            team_name: unique name of team
            identity_provider_id: unique identifier of this identity provider
            certificate: raw contents of the public certificate (eg: .crt or .pem file)
            entity_id: URL identifier provided by the identity provider
            slo_target_url: single log out URL for this identity provider
            sso_target_url: single sign on URL for this identity provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/{team_name}/identity-providers/{identity_provider_id}``
        """
        _response = self._client.request(
            "PATCH",
            "/teams/{team_name}/identity-providers/{identity_provider_id}",
            path_params={"team_name": team_name, "identity_provider_id": identity_provider_id},
            json_body=_rt.fields(
                {
                    "certificate": certificate,
                    "entity_id": entity_id,
                    "slo_target_url": slo_target_url,
                    "sso_target_url": sso_target_url,
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
        return _rt.decode(_response, _models.IdentityProvider.from_dict, "IdentityProvider")


class AsyncIdentityProvidersApi:
    """Identity Providers represent the SAML configuration of teams or an Enterprise account

    The methods of ``IdentityProvidersApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def list_by_team(
        self,
        team_name: str,
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
    ) -> _rt.AsyncRangePages[IdentityProvider]:
        """List By Team

        Get a list of a team's Identity Providers

        Args:
            team_name: unique name of team
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

        ``GET /teams/{team_name}/identity-providers``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/{team_name}/identity-providers",
            {"team_name": team_name},
            _models.IdentityProvider.from_dict,
            "IdentityProvider",
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
        team_name: str,
        *,
        certificate: str,
        entity_id: str,
        sso_target_url: str,
        slo_target_url: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> IdentityProvider:
        """Create By Team

        Create an Identity Provider for a team

        Args:
            team_name: unique name of team
            certificate: raw contents of the public certificate (eg: .crt or .pem file)
            entity_id: URL identifier provided by the identity provider
            sso_target_url: single sign on URL for this identity provider
            slo_target_url: single log out URL for this identity provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/{team_name}/identity-providers``
        """
        _response = await self._client.request(
            "POST",
            "/teams/{team_name}/identity-providers",
            path_params={"team_name": team_name},
            json_body=_rt.fields(
                {
                    "certificate": certificate,
                    "entity_id": entity_id,
                    "slo_target_url": slo_target_url,
                    "sso_target_url": sso_target_url,
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
        return _rt.decode(_response, _models.IdentityProvider.from_dict, "IdentityProvider")

    async def delete_by_team(
        self,
        team_name: str,
        identity_provider_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> IdentityProvider:
        """Delete By Team

        Delete a team's Identity Provider

        Args:
            team_name: unique name of team
            identity_provider_id: unique identifier of this identity provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /teams/{team_name}/identity-providers/{identity_provider_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/teams/{team_name}/identity-providers/{identity_provider_id}",
            path_params={"team_name": team_name, "identity_provider_id": identity_provider_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.IdentityProvider.from_dict, "IdentityProvider")

    async def update_by_team(
        self,
        team_name: str,
        identity_provider_id: str,
        *,
        certificate: Union[str, _rt.Unset] = _rt.UNSET,
        entity_id: Union[str, _rt.Unset] = _rt.UNSET,
        slo_target_url: Union[str, _rt.Unset] = _rt.UNSET,
        sso_target_url: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> IdentityProvider:
        """Update By Team

        Update a team's Identity Provider

        Args:
            team_name: unique name of team
            identity_provider_id: unique identifier of this identity provider
            certificate: raw contents of the public certificate (eg: .crt or .pem file)
            entity_id: URL identifier provided by the identity provider
            slo_target_url: single log out URL for this identity provider
            sso_target_url: single sign on URL for this identity provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/{team_name}/identity-providers/{identity_provider_id}``
        """
        _response = await self._client.request(
            "PATCH",
            "/teams/{team_name}/identity-providers/{identity_provider_id}",
            path_params={"team_name": team_name, "identity_provider_id": identity_provider_id},
            json_body=_rt.fields(
                {
                    "certificate": certificate,
                    "entity_id": entity_id,
                    "slo_target_url": slo_target_url,
                    "sso_target_url": sso_target_url,
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
        return _rt.decode(_response, _models.IdentityProvider.from_dict, "IdentityProvider")


class IdentityProvidersApiWithRawResponse:
    """IdentityProvidersApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: IdentityProvidersApi) -> None:
        self.list_by_team = _rt.raw_response(api.list_by_team)
        self.create_by_team = _rt.raw_response(api.create_by_team)
        self.delete_by_team = _rt.raw_response(api.delete_by_team)
        self.update_by_team = _rt.raw_response(api.update_by_team)


class IdentityProvidersApiWithStreamingResponse:
    """IdentityProvidersApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: IdentityProvidersApi) -> None:
        self.list_by_team = _rt.streamed_response(api.list_by_team)
        self.create_by_team = _rt.streamed_response(api.create_by_team)
        self.delete_by_team = _rt.streamed_response(api.delete_by_team)
        self.update_by_team = _rt.streamed_response(api.update_by_team)


class AsyncIdentityProvidersApiWithRawResponse:
    """AsyncIdentityProvidersApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncIdentityProvidersApi) -> None:
        self.list_by_team = _rt.async_raw_listing(api.list_by_team)
        self.create_by_team = _rt.async_raw_response(api.create_by_team)
        self.delete_by_team = _rt.async_raw_response(api.delete_by_team)
        self.update_by_team = _rt.async_raw_response(api.update_by_team)


class AsyncIdentityProvidersApiWithStreamingResponse:
    """AsyncIdentityProvidersApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncIdentityProvidersApi) -> None:
        self.list_by_team = _rt.async_streamed_listing(api.list_by_team)
        self.create_by_team = _rt.async_streamed_response(api.create_by_team)
        self.delete_by_team = _rt.async_streamed_response(api.delete_by_team)
        self.update_by_team = _rt.async_streamed_response(api.update_by_team)
