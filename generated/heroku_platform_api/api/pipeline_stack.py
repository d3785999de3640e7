"""Pipeline Stack: A pipeline's stack is determined by the apps in the pipeline. This is used during creation of CI and Review Apps that have no stack defined in app.json"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, PipelineStack


class PipelineStackApi:
    """A pipeline's stack is determined by the apps in the pipeline. This is used during creation of CI and Review Apps that have no stack defined in app.json"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def default_stack(
        self,
        pipeline_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineStack:
        """Default Stack

        The stack for a given pipeline, used for CI and Review Apps that have no stack defined in app.json.

        Args:
            pipeline_id: unique identifier of pipeline
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipelines/{pipeline_id}/pipeline-stack``
        """
        _response = self._client.request(
            "GET",
            "/pipelines/{pipeline_id}/pipeline-stack",
            path_params={"pipeline_id": pipeline_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineStack.from_dict, "PipelineStack")


class AsyncPipelineStackApi:
    """A pipeline's stack is determined by the apps in the pipeline. This is used during creation of CI and Review Apps that have no stack defined in app.json

    The methods of ``PipelineStackApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def default_stack(
        self,
        pipeline_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineStack:
        """Default Stack

        The stack for a given pipeline, used for CI and Review Apps that have no stack defined in app.json.

        Args:
            pipeline_id: unique identifier of pipeline
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipelines/{pipeline_id}/pipeline-stack``
        """
        _response = await self._client.request(
            "GET",
            "/pipelines/{pipeline_id}/pipeline-stack",
            path_params={"pipeline_id": pipeline_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineStack.from_dict, "PipelineStack")


class PipelineStackApiWithRawResponse:
    """PipelineStackApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: PipelineStackApi) -> None:
        self.default_stack = _rt.raw_response(api.default_stack)


class PipelineStackApiWithStreamingResponse:
    """PipelineStackApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: PipelineStackApi) -> None:
        self.default_stack = _rt.streamed_response(api.default_stack)


class AsyncPipelineStackApiWithRawResponse:
    """AsyncPipelineStackApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncPipelineStackApi) -> None:
        self.default_stack = _rt.async_raw_response(api.default_stack)


class AsyncPipelineStackApiWithStreamingResponse:
    """AsyncPipelineStackApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncPipelineStackApi) -> None:
        self.default_stack = _rt.async_streamed_response(api.default_stack)
