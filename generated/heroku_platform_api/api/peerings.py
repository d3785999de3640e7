"""Peerings: [Peering](https://devcenter.heroku.com/articles/private-space-peering) provides a way to peer your Private Space VPC to another AWS VPC."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, Peering


class PeeringsApi:
    """[Peering](https://devcenter.heroku.com/articles/private-space-peering) provides a way to peer your Private Space VPC to another AWS VPC."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list(
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
    ) -> _rt.RangePages[Peering]:
        """List

        List peering connections of a private space.

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

        ``GET /spaces/{space_id_or_name}/peerings``
        """
        return _rt.RangePages(
            self._client,
            "/spaces/{space_id_or_name}/peerings",
            {"space_id_or_name": space_id_or_name},
            _models.Peering.from_dict,
            "Peering",
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

    def accept(
        self,
        space_id_or_name: str,
        peering_pcx_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Peering:
        """Accept

        Accept a pending peering connection with a private space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            peering_pcx_id: The AWS VPC Peering Connection ID of the peering.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /spaces/{space_id_or_name}/peerings/{peering_pcx_id}/actions/accept``
        """
        _response = self._client.request(
            "POST",
            "/spaces/{space_id_or_name}/peerings/{peering_pcx_id}/actions/accept",
            path_params={"space_id_or_name": space_id_or_name, "peering_pcx_id": peering_pcx_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Peering.from_dict, "Peering")

    def info(
        self,
        space_id_or_name: str,
        peering_pcx_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Peering:
        """Info

        Fetch information for existing peering connection

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            peering_pcx_id: The AWS VPC Peering Connection ID of the peering.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/peerings/{peering_pcx_id}``
        """
        _response = self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/peerings/{peering_pcx_id}",
            path_params={"space_id_or_name": space_id_or_name, "peering_pcx_id": peering_pcx_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Peering.from_dict, "Peering")

    def destroy(
        self,
        space_id_or_name: str,
        peering_pcx_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Peering:
        """Destroy

        Destroy an active peering connection with a private space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            peering_pcx_id: The AWS VPC Peering Connection ID of the peering.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /spaces/{space_id_or_name}/peerings/{peering_pcx_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/spaces/{space_id_or_name}/peerings/{peering_pcx_id}",
            path_params={"space_id_or_name": space_id_or_name, "peering_pcx_id": peering_pcx_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Peering.from_dict, "Peering")


class AsyncPeeringsApi:
    """[Peering](https://devcenter.heroku.com/articles/private-space-peering) provides a way to peer your Private Space VPC to another AWS VPC.

    The methods of ``PeeringsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def list(
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
    ) -> _rt.AsyncRangePages[Peering]:
        """List

        List peering connections of a private space.

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

        ``GET /spaces/{space_id_or_name}/peerings``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/spaces/{space_id_or_name}/peerings",
            {"space_id_or_name": space_id_or_name},
            _models.Peering.from_dict,
            "Peering",
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

    async def accept(
        self,
        space_id_or_name: str,
        peering_pcx_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Peering:
        """Accept

        Accept a pending peering connection with a private space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            peering_pcx_id: The AWS VPC Peering Connection ID of the peering.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /spaces/{space_id_or_name}/peerings/{peering_pcx_id}/actions/accept``
        """
        _response = await self._client.request(
            "POST",
            "/spaces/{space_id_or_name}/peerings/{peering_pcx_id}/actions/accept",
            path_params={"space_id_or_name": space_id_or_name, "peering_pcx_id": peering_pcx_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Peering.from_dict, "Peering")

    async def info(
        self,
        space_id_or_name: str,
        peering_pcx_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Peering:
        """Info

        Fetch information for existing peering connection

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            peering_pcx_id: The AWS VPC Peering Connection ID of the peering.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/peerings/{peering_pcx_id}``
        """
        _response = await self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/peerings/{peering_pcx_id}",
            path_params={"space_id_or_name": space_id_or_name, "peering_pcx_id": peering_pcx_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Peering.from_dict, "Peering")

    async def destroy(
        self,
        space_id_or_name: str,
        peering_pcx_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Peering:
        """Destroy

        Destroy an active peering connection with a private space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            peering_pcx_id: The AWS VPC Peering Connection ID of the peering.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /spaces/{space_id_or_name}/peerings/{peering_pcx_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/spaces/{space_id_or_name}/peerings/{peering_pcx_id}",
            path_params={"space_id_or_name": space_id_or_name, "peering_pcx_id": peering_pcx_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Peering.from_dict, "Peering")


class PeeringsApiWithRawResponse:
    """PeeringsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: PeeringsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.accept = _rt.raw_response(api.accept)
        self.info = _rt.raw_response(api.info)
        self.destroy = _rt.raw_response(api.destroy)


class PeeringsApiWithStreamingResponse:
    """PeeringsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: PeeringsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.accept = _rt.streamed_response(api.accept)
        self.info = _rt.streamed_response(api.info)
        self.destroy = _rt.streamed_response(api.destroy)


class AsyncPeeringsApiWithRawResponse:
    """AsyncPeeringsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncPeeringsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.accept = _rt.async_raw_response(api.accept)
        self.info = _rt.async_raw_response(api.info)
        self.destroy = _rt.async_raw_response(api.destroy)


class AsyncPeeringsApiWithStreamingResponse:
    """AsyncPeeringsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncPeeringsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.accept = _rt.async_streamed_response(api.accept)
        self.info = _rt.async_streamed_response(api.info)
        self.destroy = _rt.async_streamed_response(api.destroy)
