"""Pipeline Promotions: Promotions allow you to move code from an app in a pipeline to all targets"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import (
        Error,
        PipelinePromotion,
        PipelinePromotionCreateBodyPipeline,
        PipelinePromotionCreateBodySource,
        PipelinePromotionCreateBodyTargetsItem,
    )


class PipelinePromotionsApi:
    """Promotions allow you to move code from an app in a pipeline to all targets"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        pipeline: PipelinePromotionCreateBodyPipeline,
        source: PipelinePromotionCreateBodySource,
        targets: list[PipelinePromotionCreateBodyTargetsItem],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelinePromotion:
        """Create

        Create a new promotion.

        Args:
            pipeline: pipeline involved in the promotion
            source: the app being promoted from
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /pipeline-promotions``
        """
        _response = self._client.request(
            "POST",
            "/pipeline-promotions",
            json_body=_rt.fields({"pipeline": pipeline, "source": source, "targets": targets}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelinePromotion.from_dict, "PipelinePromotion")

    def info(
        self,
        pipeline_promotion_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelinePromotion:
        """Info

        Info for existing pipeline promotion.

        Args:
            pipeline_promotion_id: unique identifier of promotion
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipeline-promotions/{pipeline_promotion_id}``
        """
        _response = self._client.request(
            "GET",
            "/pipeline-promotions/{pipeline_promotion_id}",
            path_params={"pipeline_promotion_id": pipeline_promotion_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelinePromotion.from_dict, "PipelinePromotion")


class AsyncPipelinePromotionsApi:
    """Promotions allow you to move code from an app in a pipeline to all targets

    The methods of ``PipelinePromotionsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        pipeline: PipelinePromotionCreateBodyPipeline,
        source: PipelinePromotionCreateBodySource,
        targets: list[PipelinePromotionCreateBodyTargetsItem],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelinePromotion:
        """Create

        Create a new promotion.

        Args:
            pipeline: pipeline involved in the promotion
            source: the app being promoted from
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /pipeline-promotions``
        """
        _response = await self._client.request(
            "POST",
            "/pipeline-promotions",
            json_body=_rt.fields({"pipeline": pipeline, "source": source, "targets": targets}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelinePromotion.from_dict, "PipelinePromotion")

    async def info(
        self,
        pipeline_promotion_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelinePromotion:
        """Info

        Info for existing pipeline promotion.

        Args:
            pipeline_promotion_id: unique identifier of promotion
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipeline-promotions/{pipeline_promotion_id}``
        """
        _response = await self._client.request(
            "GET",
            "/pipeline-promotions/{pipeline_promotion_id}",
            path_params={"pipeline_promotion_id": pipeline_promotion_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelinePromotion.from_dict, "PipelinePromotion")


class PipelinePromotionsApiWithRawResponse:
    """PipelinePromotionsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: PipelinePromotionsApi) -> None:
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)


class PipelinePromotionsApiWithStreamingResponse:
    """PipelinePromotionsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: PipelinePromotionsApi) -> None:
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)


class AsyncPipelinePromotionsApiWithRawResponse:
    """AsyncPipelinePromotionsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncPipelinePromotionsApi) -> None:
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)


class AsyncPipelinePromotionsApiWithStreamingResponse:
    """AsyncPipelinePromotionsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncPipelinePromotionsApi) -> None:
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
