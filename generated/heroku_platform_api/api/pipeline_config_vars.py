"""Pipeline Config Vars: Pipeline config vars in Heroku CI and review apps used to manage the configuration information for a pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error


class PipelineConfigVarsApi:
    """Pipeline config vars in Heroku CI and review apps used to manage the configuration information for a pipeline."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        pipeline_id: str,
        pipeline_coupling_stage: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Optional[str]]:
        """Info for App

        Get config-vars for a pipeline stage.

        Args:
            pipeline_id: unique identifier of pipeline
            pipeline_coupling_stage: target pipeline stage
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipelines/{pipeline_id}/stage/{pipeline_coupling_stage}/config-vars``
        """
        _response = self._client.request(
            "GET",
            "/pipelines/{pipeline_id}/stage/{pipeline_coupling_stage}/config-vars",
            path_params={
                "pipeline_id": pipeline_id,
                "pipeline_coupling_stage": pipeline_coupling_stage,
            },
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
            _rt.dict_of(_rt.nullable(_rt.as_str)),
            "dict[str, Optional[str]]",
        )

    def update(
        self,
        pipeline_id: str,
        pipeline_coupling_stage: str,
        body: dict[str, Optional[str]],
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Optional[str]]:
        """Update

        Update config-vars for a pipeline stage. You can update existing config-vars by setting them again, and remove by setting it to `null`.

        Args:
            pipeline_id: unique identifier of pipeline
            pipeline_coupling_stage: target pipeline stage
            body: The request body.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /pipelines/{pipeline_id}/stage/{pipeline_coupling_stage}/config-vars``
        """
        _response = self._client.request(
            "PATCH",
            "/pipelines/{pipeline_id}/stage/{pipeline_coupling_stage}/config-vars",
            path_params={
                "pipeline_id": pipeline_id,
                "pipeline_coupling_stage": pipeline_coupling_stage,
            },
            json_body=body,
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
            _rt.dict_of(_rt.nullable(_rt.as_str)),
            "dict[str, Optional[str]]",
        )


class AsyncPipelineConfigVarsApi:
    """Pipeline config vars in Heroku CI and review apps used to manage the configuration information for a pipeline.

    The methods of ``PipelineConfigVarsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        pipeline_id: str,
        pipeline_coupling_stage: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Optional[str]]:
        """Info for App

        Get config-vars for a pipeline stage.

        Args:
            pipeline_id: unique identifier of pipeline
            pipeline_coupling_stage: target pipeline stage
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipelines/{pipeline_id}/stage/{pipeline_coupling_stage}/config-vars``
        """
        _response = await self._client.request(
            "GET",
            "/pipelines/{pipeline_id}/stage/{pipeline_coupling_stage}/config-vars",
            path_params={
                "pipeline_id": pipeline_id,
                "pipeline_coupling_stage": pipeline_coupling_stage,
            },
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
            _rt.dict_of(_rt.nullable(_rt.as_str)),
            "dict[str, Optional[str]]",
        )

    async def update(
        self,
        pipeline_id: str,
        pipeline_coupling_stage: str,
        body: dict[str, Optional[str]],
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Optional[str]]:
        """Update

        Update config-vars for a pipeline stage. You can update existing config-vars by setting them again, and remove by setting it to `null`.

        Args:
            pipeline_id: unique identifier of pipeline
            pipeline_coupling_stage: target pipeline stage
            body: The request body.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /pipelines/{pipeline_id}/stage/{pipeline_coupling_stage}/config-vars``
        """
        _response = await self._client.request(
            "PATCH",
            "/pipelines/{pipeline_id}/stage/{pipeline_coupling_stage}/config-vars",
            path_params={
                "pipeline_id": pipeline_id,
                "pipeline_coupling_stage": pipeline_coupling_stage,
            },
            json_body=body,
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
            _rt.dict_of(_rt.nullable(_rt.as_str)),
            "dict[str, Optional[str]]",
        )


class PipelineConfigVarsApiWithRawResponse:
    """PipelineConfigVarsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: PipelineConfigVarsApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.update = _rt.raw_response(api.update)


class PipelineConfigVarsApiWithStreamingResponse:
    """PipelineConfigVarsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: PipelineConfigVarsApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.update = _rt.streamed_response(api.update)


class AsyncPipelineConfigVarsApiWithRawResponse:
    """AsyncPipelineConfigVarsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncPipelineConfigVarsApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.update = _rt.async_raw_response(api.update)


class AsyncPipelineConfigVarsApiWithStreamingResponse:
    """AsyncPipelineConfigVarsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncPipelineConfigVarsApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.update = _rt.async_streamed_response(api.update)
