"""Pipeline Transfers: A pipeline transfer is the process of changing pipeline ownership along with the contained apps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import (
        Error,
        PipelineTransfer,
        PipelineTransferCreateBodyNewOwner,
        PipelineTransferCreateBodyPipeline,
    )


class PipelineTransfersApi:
    """A pipeline transfer is the process of changing pipeline ownership along with the contained apps."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        pipeline: PipelineTransferCreateBodyPipeline,
        new_owner: PipelineTransferCreateBodyNewOwner,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineTransfer:
        """Create

        Create a new pipeline transfer.

        Args:
            pipeline: The pipeline to transfer
            new_owner: New pipeline owner
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /pipeline-transfers``
        """
        _response = self._client.request(
            "POST",
            "/pipeline-transfers",
            json_body=_rt.fields({"pipeline": pipeline, "new_owner": new_owner}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineTransfer.from_dict, "PipelineTransfer")


class AsyncPipelineTransfersApi:
    """A pipeline transfer is the process of changing pipeline ownership along with the contained apps.

    The methods of ``PipelineTransfersApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        pipeline: PipelineTransferCreateBodyPipeline,
        new_owner: PipelineTransferCreateBodyNewOwner,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineTransfer:
        """Create

        Create a new pipeline transfer.

        Args:
            pipeline: The pipeline to transfer
            new_owner: New pipeline owner
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /pipeline-transfers``
        """
        _response = await self._client.request(
            "POST",
            "/pipeline-transfers",
            json_body=_rt.fields({"pipeline": pipeline, "new_owner": new_owner}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineTransfer.from_dict, "PipelineTransfer")


class PipelineTransfersApiWithRawResponse:
    """PipelineTransfersApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: PipelineTransfersApi) -> None:
        self.create = _rt.raw_response(api.create)


class PipelineTransfersApiWithStreamingResponse:
    """PipelineTransfersApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: PipelineTransfersApi) -> None:
        self.create = _rt.streamed_response(api.create)


class AsyncPipelineTransfersApiWithRawResponse:
    """AsyncPipelineTransfersApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncPipelineTransfersApi) -> None:
        self.create = _rt.async_raw_response(api.create)


class AsyncPipelineTransfersApiWithStreamingResponse:
    """AsyncPipelineTransfersApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncPipelineTransfersApi) -> None:
        self.create = _rt.async_streamed_response(api.create)
