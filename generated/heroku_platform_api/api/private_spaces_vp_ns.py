"""Private Spaces VPNs: [VPN](https://devcenter.heroku.com/articles/private-space-vpn-connection) provides a way to connect your Private Spaces to your network via VPN."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, VpnConnection


class PrivateSpacesVPNsApi:
    """[VPN](https://devcenter.heroku.com/articles/private-space-vpn-connection) provides a way to connect your Private Spaces to your network via VPN."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def vpn_connection_list(
        self,
        space_id_or_name: str,
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
    ) -> _rt.RangePages[VpnConnection]:
        """List

        List VPN connections for a space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
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

        ``GET /spaces/{space_id_or_name}/vpn-connections``
        """
        return _rt.RangePages(
            self._client,
            "/spaces/{space_id_or_name}/vpn-connections",
            {"space_id_or_name": space_id_or_name},
            _models.VpnConnection.from_dict,
            "VpnConnection",
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

    def vpn_connection_create(
        self,
        space_id_or_name: str,
        *,
        name: str,
        public_ip: str,
        routable_cidrs: list[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> VpnConnection:
        """Create

        Create a new VPN connection in a private space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            name: VPN Name
            public_ip: Public IP of VPN customer gateway
            routable_cidrs: Routable CIDRs of VPN
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /spaces/{space_id_or_name}/vpn-connections``
        """
        _response = self._client.request(
            "POST",
            "/spaces/{space_id_or_name}/vpn-connections",
            path_params={"space_id_or_name": space_id_or_name},
            json_body=_rt.fields(
                {"name": name, "public_ip": public_ip, "routable_cidrs": routable_cidrs},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.VpnConnection.from_dict, "VpnConnection")

    def vpn_connection_info(
        self,
        space_id_or_name: str,
        vpn_connection_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> VpnConnection:
        """Info

        Info for an existing vpn-connection.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            vpn_connection_id_or_name: VPN ID or VPN Name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}``
        """
        _response = self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "vpn_connection_id_or_name": vpn_connection_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.VpnConnection.from_dict, "VpnConnection")

    def vpn_connection_destroy(
        self,
        space_id_or_name: str,
        vpn_connection_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> VpnConnection:
        """Destroy

        Destroy existing VPN Connection

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            vpn_connection_id_or_name: VPN ID or VPN Name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}``
        """
        _response = self._client.request(
            "DELETE",
            "/spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "vpn_connection_id_or_name": vpn_connection_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.VpnConnection.from_dict, "VpnConnection")

    def vpn_connection_update(
        self,
        space_id_or_name: str,
        vpn_connection_id_or_name: str,
        *,
        routable_cidrs: list[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> VpnConnection:
        """Update

        Update a VPN connection in a private space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            vpn_connection_id_or_name: VPN ID or VPN Name
            routable_cidrs: Routable CIDRs of VPN
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}``
        """
        _response = self._client.request(
            "PATCH",
            "/spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "vpn_connection_id_or_name": vpn_connection_id_or_name,
            },
            json_body=_rt.fields({"routable_cidrs": routable_cidrs}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.VpnConnection.from_dict, "VpnConnection")


class AsyncPrivateSpacesVPNsApi:
    """[VPN](https://devcenter.heroku.com/articles/private-space-vpn-connection) provides a way to connect your Private Spaces to your network via VPN.

    The methods of ``PrivateSpacesVPNsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def vpn_connection_list(
        self,
        space_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[VpnConnection]:
        """List

        List VPN connections for a space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
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

        ``GET /spaces/{space_id_or_name}/vpn-connections``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/spaces/{space_id_or_name}/vpn-connections",
            {"space_id_or_name": space_id_or_name},
            _models.VpnConnection.from_dict,
            "VpnConnection",
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

    async def vpn_connection_create(
        self,
        space_id_or_name: str,
        *,
        name: str,
        public_ip: str,
        routable_cidrs: list[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> VpnConnection:
        """Create

        Create a new VPN connection in a private space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            name: VPN Name
            public_ip: Public IP of VPN customer gateway
            routable_cidrs: Routable CIDRs of VPN
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /spaces/{space_id_or_name}/vpn-connections``
        """
        _response = await self._client.request(
            "POST",
            "/spaces/{space_id_or_name}/vpn-connections",
            path_params={"space_id_or_name": space_id_or_name},
            json_body=_rt.fields(
                {"name": name, "public_ip": public_ip, "routable_cidrs": routable_cidrs},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.VpnConnection.from_dict, "VpnConnection")

    async def vpn_connection_info(
        self,
        space_id_or_name: str,
        vpn_connection_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> VpnConnection:
        """Info

        Info for an existing vpn-connection.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            vpn_connection_id_or_name: VPN ID or VPN Name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}``
        """
        _response = await self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "vpn_connection_id_or_name": vpn_connection_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.VpnConnection.from_dict, "VpnConnection")

    async def vpn_connection_destroy(
        self,
        space_id_or_name: str,
        vpn_connection_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> VpnConnection:
        """Destroy

        Destroy existing VPN Connection

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            vpn_connection_id_or_name: VPN ID or VPN Name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}``
        """
        _response = await self._client.request(
            "DELETE",
            "/spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "vpn_connection_id_or_name": vpn_connection_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.VpnConnection.from_dict, "VpnConnection")

    async def vpn_connection_update(
        self,
        space_id_or_name: str,
        vpn_connection_id_or_name: str,
        *,
        routable_cidrs: list[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> VpnConnection:
        """Update

        Update a VPN connection in a private space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            vpn_connection_id_or_name: VPN ID or VPN Name
            routable_cidrs: Routable CIDRs of VPN
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}``
        """
        _response = await self._client.request(
            "PATCH",
            "/spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "vpn_connection_id_or_name": vpn_connection_id_or_name,
            },
            json_body=_rt.fields({"routable_cidrs": routable_cidrs}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.VpnConnection.from_dict, "VpnConnection")


class PrivateSpacesVPNsApiWithRawResponse:
    """PrivateSpacesVPNsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: PrivateSpacesVPNsApi) -> None:
        self.vpn_connection_list = _rt.raw_response(api.vpn_connection_list)
        self.vpn_connection_create = _rt.raw_response(api.vpn_connection_create)
        self.vpn_connection_info = _rt.raw_response(api.vpn_connection_info)
        self.vpn_connection_destroy = _rt.raw_response(api.vpn_connection_destroy)
        self.vpn_connection_update = _rt.raw_response(api.vpn_connection_update)


class PrivateSpacesVPNsApiWithStreamingResponse:
    """PrivateSpacesVPNsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: PrivateSpacesVPNsApi) -> None:
        self.vpn_connection_list = _rt.streamed_response(api.vpn_connection_list)
        self.vpn_connection_create = _rt.streamed_response(api.vpn_connection_create)
        self.vpn_connection_info = _rt.streamed_response(api.vpn_connection_info)
        self.vpn_connection_destroy = _rt.streamed_response(api.vpn_connection_destroy)
        self.vpn_connection_update = _rt.streamed_response(api.vpn_connection_update)


class AsyncPrivateSpacesVPNsApiWithRawResponse:
    """AsyncPrivateSpacesVPNsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncPrivateSpacesVPNsApi) -> None:
        self.vpn_connection_list = _rt.async_raw_listing(api.vpn_connection_list)
        self.vpn_connection_create = _rt.async_raw_response(api.vpn_connection_create)
        self.vpn_connection_info = _rt.async_raw_response(api.vpn_connection_info)
        self.vpn_connection_destroy = _rt.async_raw_response(api.vpn_connection_destroy)
        self.vpn_connection_update = _rt.async_raw_response(api.vpn_connection_update)


class AsyncPrivateSpacesVPNsApiWithStreamingResponse:
    """AsyncPrivateSpacesVPNsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncPrivateSpacesVPNsApi) -> None:
        self.vpn_connection_list = _rt.async_streamed_listing(api.vpn_connection_list)
        self.vpn_connection_create = _rt.async_streamed_response(api.vpn_connection_create)
        self.vpn_connection_info = _rt.async_streamed_response(api.vpn_connection_info)
        self.vpn_connection_destroy = _rt.async_streamed_response(api.vpn_connection_destroy)
        self.vpn_connection_update = _rt.async_streamed_response(api.vpn_connection_update)
