"""Space Transfer: Transfer spaces between enterprise teams with the same Enterprise Account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, Space


class SpaceTransferApi:
    """Transfer spaces between enterprise teams with the same Enterprise Account."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def transfer(
        self,
        space_id_or_name: str,
        *,
        new_owner: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Space:
        """transfer

        Transfer space between enterprise teams

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            new_owner: unique name of team
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /spaces/{space_id_or_name}/transfer``
        """
        _response = self._client.request(
            "POST",
            "/spaces/{space_id_or_name}/transfer",
            path_params={"space_id_or_name": space_id_or_name},
            json_body=_rt.fields({"new_owner": new_owner}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Space.from_dict, "Space")


class AsyncSpaceTransferApi:
    """Transfer spaces between enterprise teams with the same Enterprise Account.

    The methods of ``SpaceTransferApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def transfer(
        self,
        space_id_or_name: str,
        *,
        new_owner: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Space:
        """transfer

        Transfer space between enterprise teams

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            new_owner: unique name of team
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /spaces/{space_id_or_name}/transfer``
        """
        _response = await self._client.request(
            "POST",
            "/spaces/{space_id_or_name}/transfer",
            path_params={"space_id_or_name": space_id_or_name},
            json_body=_rt.fields({"new_owner": new_owner}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Space.from_dict, "Space")


class SpaceTransferApiWithRawResponse:
    """SpaceTransferApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: SpaceTransferApi) -> None:
        self.transfer = _rt.raw_response(api.transfer)


class SpaceTransferApiWithStreamingResponse:
    """SpaceTransferApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: SpaceTransferApi) -> None:
        self.transfer = _rt.streamed_response(api.transfer)


class AsyncSpaceTransferApiWithRawResponse:
    """AsyncSpaceTransferApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncSpaceTransferApi) -> None:
        self.transfer = _rt.async_raw_response(api.transfer)


class AsyncSpaceTransferApiWithStreamingResponse:
    """AsyncSpaceTransferApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncSpaceTransferApi) -> None:
        self.transfer = _rt.async_streamed_response(api.transfer)
