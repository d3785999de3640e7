"""Space Network Address Translation: Network address translation (NAT) for stable outbound IP addresses from a space"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, SpaceNat


class SpaceNetworkAddressTranslationApi:
    """Network address translation (NAT) for stable outbound IP addresses from a space"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def space_nat_info(
        self,
        space_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SpaceNat:
        """Info

        Current state of network address translation for a space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/nat``
        """
        _response = self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/nat",
            path_params={"space_id_or_name": space_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SpaceNat.from_dict, "SpaceNat")


class AsyncSpaceNetworkAddressTranslationApi:
    """Network address translation (NAT) for stable outbound IP addresses from a space

    The methods of ``SpaceNetworkAddressTranslationApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def space_nat_info(
        self,
        space_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SpaceNat:
        """Info

        Current state of network address translation for a space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/nat``
        """
        _response = await self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/nat",
            path_params={"space_id_or_name": space_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SpaceNat.from_dict, "SpaceNat")


class SpaceNetworkAddressTranslationApiWithRawResponse:
    """SpaceNetworkAddressTranslationApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: SpaceNetworkAddressTranslationApi) -> None:
        self.space_nat_info = _rt.raw_response(api.space_nat_info)


class SpaceNetworkAddressTranslationApiWithStreamingResponse:
    """SpaceNetworkAddressTranslationApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: SpaceNetworkAddressTranslationApi) -> None:
        self.space_nat_info = _rt.streamed_response(api.space_nat_info)


class AsyncSpaceNetworkAddressTranslationApiWithRawResponse:
    """AsyncSpaceNetworkAddressTranslationApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncSpaceNetworkAddressTranslationApi) -> None:
        self.space_nat_info = _rt.async_raw_response(api.space_nat_info)


class AsyncSpaceNetworkAddressTranslationApiWithStreamingResponse:
    """AsyncSpaceNetworkAddressTranslationApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncSpaceNetworkAddressTranslationApi) -> None:
        self.space_nat_info = _rt.async_streamed_response(api.space_nat_info)
