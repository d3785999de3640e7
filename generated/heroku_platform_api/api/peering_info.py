"""Peering Info: [Peering Info](https://devcenter.heroku.com/articles/private-space-peering) gives you the information necessary to peer an AWS VPC to a Private Space."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, PeeringInfo


class PeeringInfoApi:
    """[Peering Info](https://devcenter.heroku.com/articles/private-space-peering) gives you the information necessary to peer an AWS VPC to a Private Space."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        space_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PeeringInfo:
        """Info

        Provides the necessary information to establish an AWS VPC Peering with your private space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/peering-info``
        """
        _response = self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/peering-info",
            path_params={"space_id_or_name": space_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PeeringInfo.from_dict, "PeeringInfo")


class AsyncPeeringInfoApi:
    """[Peering Info](https://devcenter.heroku.com/articles/private-space-peering) gives you the information necessary to peer an AWS VPC to a Private Space.

    The methods of ``PeeringInfoApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        space_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PeeringInfo:
        """Info

        Provides the necessary information to establish an AWS VPC Peering with your private space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/peering-info``
        """
        _response = await self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/peering-info",
            path_params={"space_id_or_name": space_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PeeringInfo.from_dict, "PeeringInfo")


class PeeringInfoApiWithRawResponse:
    """PeeringInfoApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: PeeringInfoApi) -> None:
        self.info = _rt.raw_response(api.info)


class PeeringInfoApiWithStreamingResponse:
    """PeeringInfoApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: PeeringInfoApi) -> None:
        self.info = _rt.streamed_response(api.info)


class AsyncPeeringInfoApiWithRawResponse:
    """AsyncPeeringInfoApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncPeeringInfoApi) -> None:
        self.info = _rt.async_raw_response(api.info)


class AsyncPeeringInfoApiWithStreamingResponse:
    """AsyncPeeringInfoApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncPeeringInfoApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
