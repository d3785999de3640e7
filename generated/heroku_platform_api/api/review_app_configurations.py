"""Review App Configurations: Review apps can be configured for pipelines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, ReviewAppConfig, ReviewAppConfigDeployTargetInput


class ReviewAppConfigurationsApi:
    """Review apps can be configured for pipelines."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def review_app_config_info(
        self,
        pipeline_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewAppConfig:
        """Info

        Get review apps configuration for a pipeline

        Args:
            pipeline_id: unique identifier of pipeline
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipelines/{pipeline_id}/review-app-config``
        """
        _response = self._client.request(
            "GET",
            "/pipelines/{pipeline_id}/review-app-config",
            path_params={"pipeline_id": pipeline_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.ReviewAppConfig.from_dict, "ReviewAppConfig")

    def review_app_config_enable(
        self,
        pipeline_id: str,
        *,
        repo: str,
        automatic_review_apps: Union[bool, _rt.Unset] = _rt.UNSET,
        destroy_stale_apps: Union[bool, _rt.Unset] = _rt.UNSET,
        stale_days: Union[int, _rt.Unset] = _rt.UNSET,
        deploy_target: Union[ReviewAppConfigDeployTargetInput, _rt.Unset] = _rt.UNSET,
        wait_for_ci: Union[bool, _rt.Unset] = _rt.UNSET,
        base_name: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewAppConfig:
        """Enable

        Enable review apps for a pipeline

        Args:
            pipeline_id: unique identifier of pipeline
            repo: repository name
            automatic_review_apps: enable automatic review apps for pull requests
            destroy_stale_apps: automatically destroy review apps when they haven't been deployed for a number of days
            stale_days: number of days without a deployment after which to consider a review app stale
            deploy_target: Provides a key/value pair to specify whether to use a common runtime or a private space
            wait_for_ci: If true, review apps are created only when CI passes
            base_name: A unique prefix that will be used to create review app names
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /pipelines/{pipeline_id}/review-app-config``
        """
        _response = self._client.request(
            "POST",
            "/pipelines/{pipeline_id}/review-app-config",
            path_params={"pipeline_id": pipeline_id},
            json_body=_rt.fields(
                {
                    "repo": repo,
                    "automatic_review_apps": automatic_review_apps,
                    "destroy_stale_apps": destroy_stale_apps,
                    "stale_days": stale_days,
                    "deploy_target": deploy_target,
                    "wait_for_ci": wait_for_ci,
                    "base_name": base_name,
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
        return _rt.decode(_response, _models.ReviewAppConfig.from_dict, "ReviewAppConfig")

    def review_app_config_delete(
        self,
        pipeline_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewAppConfig:
        """Delete

        Disable review apps for a pipeline

        Args:
            pipeline_id: unique identifier of pipeline
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /pipelines/{pipeline_id}/review-app-config``
        """
        _response = self._client.request(
            "DELETE",
            "/pipelines/{pipeline_id}/review-app-config",
            path_params={"pipeline_id": pipeline_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.ReviewAppConfig.from_dict, "ReviewAppConfig")

    def review_app_config_update(
        self,
        pipeline_id: str,
        *,
        automatic_review_apps: Union[bool, _rt.Unset] = _rt.UNSET,
        destroy_stale_apps: Union[bool, _rt.Unset] = _rt.UNSET,
        stale_days: Union[int, _rt.Unset] = _rt.UNSET,
        deploy_target: Union[ReviewAppConfigDeployTargetInput, _rt.Unset] = _rt.UNSET,
        wait_for_ci: Union[bool, _rt.Unset] = _rt.UNSET,
        base_name: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewAppConfig:
        """Update

        Update review app configuration for a pipeline

        Args:
            pipeline_id: unique identifier of pipeline
            automatic_review_apps: enable automatic review apps for pull requests
            destroy_stale_apps: automatically destroy review apps when they haven't been deployed for a number of days
            stale_days: number of days without a deployment after which to consider a review app stale
            deploy_target: Provides a key/value pair to specify whether to use a common runtime or a private space
            wait_for_ci: If true, review apps are created only when CI passes
            base_name: A unique prefix that will be used to create review app names
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /pipelines/{pipeline_id}/review-app-config``
        """
        _response = self._client.request(
            "PATCH",
            "/pipelines/{pipeline_id}/review-app-config",
            path_params={"pipeline_id": pipeline_id},
            json_body=_rt.fields(
                {
                    "automatic_review_apps": automatic_review_apps,
                    "destroy_stale_apps": destroy_stale_apps,
                    "stale_days": stale_days,
                    "deploy_target": deploy_target,
                    "wait_for_ci": wait_for_ci,
                    "base_name": base_name,
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
        return _rt.decode(_response, _models.ReviewAppConfig.from_dict, "ReviewAppConfig")


class AsyncReviewAppConfigurationsApi:
    """Review apps can be configured for pipelines.

    The methods of ``ReviewAppConfigurationsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def review_app_config_info(
        self,
        pipeline_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewAppConfig:
        """Info

        Get review apps configuration for a pipeline

        Args:
            pipeline_id: unique identifier of pipeline
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipelines/{pipeline_id}/review-app-config``
        """
        _response = await self._client.request(
            "GET",
            "/pipelines/{pipeline_id}/review-app-config",
            path_params={"pipeline_id": pipeline_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.ReviewAppConfig.from_dict, "ReviewAppConfig")

    async def review_app_config_enable(
        self,
        pipeline_id: str,
        *,
        repo: str,
        automatic_review_apps: Union[bool, _rt.Unset] = _rt.UNSET,
        destroy_stale_apps: Union[bool, _rt.Unset] = _rt.UNSET,
        stale_days: Union[int, _rt.Unset] = _rt.UNSET,
        deploy_target: Union[ReviewAppConfigDeployTargetInput, _rt.Unset] = _rt.UNSET,
        wait_for_ci: Union[bool, _rt.Unset] = _rt.UNSET,
        base_name: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewAppConfig:
        """Enable

        Enable review apps for a pipeline

        Args:
            pipeline_id: unique identifier of pipeline
            repo: repository name
            automatic_review_apps: enable automatic review apps for pull requests
            destroy_stale_apps: automatically destroy review apps when they haven't been deployed for a number of days
            stale_days: number of days without a deployment after which to consider a review app stale
            deploy_target: Provides a key/value pair to specify whether to use a common runtime or a private space
            wait_for_ci: If true, review apps are created only when CI passes
            base_name: A unique prefix that will be used to create review app names
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /pipelines/{pipeline_id}/review-app-config``
        """
        _response = await self._client.request(
            "POST",
            "/pipelines/{pipeline_id}/review-app-config",
            path_params={"pipeline_id": pipeline_id},
            json_body=_rt.fields(
                {
                    "repo": repo,
                    "automatic_review_apps": automatic_review_apps,
                    "destroy_stale_apps": destroy_stale_apps,
                    "stale_days": stale_days,
                    "deploy_target": deploy_target,
                    "wait_for_ci": wait_for_ci,
                    "base_name": base_name,
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
        return _rt.decode(_response, _models.ReviewAppConfig.from_dict, "ReviewAppConfig")

    async def review_app_config_delete(
        self,
        pipeline_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewAppConfig:
        """Delete

        Disable review apps for a pipeline

        Args:
            pipeline_id: unique identifier of pipeline
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /pipelines/{pipeline_id}/review-app-config``
        """
        _response = await self._client.request(
            "DELETE",
            "/pipelines/{pipeline_id}/review-app-config",
            path_params={"pipeline_id": pipeline_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.ReviewAppConfig.from_dict, "ReviewAppConfig")

    async def review_app_config_update(
        self,
        pipeline_id: str,
        *,
        automatic_review_apps: Union[bool, _rt.Unset] = _rt.UNSET,
        destroy_stale_apps: Union[bool, _rt.Unset] = _rt.UNSET,
        stale_days: Union[int, _rt.Unset] = _rt.UNSET,
        deploy_target: Union[ReviewAppConfigDeployTargetInput, _rt.Unset] = _rt.UNSET,
        wait_for_ci: Union[bool, _rt.Unset] = _rt.UNSET,
        base_name: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewAppConfig:
        """Update

        Update review app configuration for a pipeline

        Args:
            pipeline_id: unique identifier of pipeline
            automatic_review_apps: enable automatic review apps for pull requests
            destroy_stale_apps: automatically destroy review apps when they haven't been deployed for a number of days
            stale_days: number of days without a deployment after which to consider a review app stale
            deploy_target: Provides a key/value pair to specify whether to use a common runtime or a private space
            wait_for_ci: If true, review apps are created only when CI passes
            base_name: A unique prefix that will be used to create review app names
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /pipelines/{pipeline_id}/review-app-config``
        """
        _response = await self._client.request(
            "PATCH",
            "/pipelines/{pipeline_id}/review-app-config",
            path_params={"pipeline_id": pipeline_id},
            json_body=_rt.fields(
                {
                    "automatic_review_apps": automatic_review_apps,
                    "destroy_stale_apps": destroy_stale_apps,
                    "stale_days": stale_days,
                    "deploy_target": deploy_target,
                    "wait_for_ci": wait_for_ci,
                    "base_name": base_name,
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
        return _rt.decode(_response, _models.ReviewAppConfig.from_dict, "ReviewAppConfig")


class ReviewAppConfigurationsApiWithRawResponse:
    """ReviewAppConfigurationsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: ReviewAppConfigurationsApi) -> None:
        self.review_app_config_info = _rt.raw_response(api.review_app_config_info)
        self.review_app_config_enable = _rt.raw_response(api.review_app_config_enable)
        self.review_app_config_delete = _rt.raw_response(api.review_app_config_delete)
        self.review_app_config_update = _rt.raw_response(api.review_app_config_update)


class ReviewAppConfigurationsApiWithStreamingResponse:
    """ReviewAppConfigurationsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: ReviewAppConfigurationsApi) -> None:
        self.review_app_config_info = _rt.streamed_response(api.review_app_config_info)
        self.review_app_config_enable = _rt.streamed_response(api.review_app_config_enable)
        self.review_app_config_delete = _rt.streamed_response(api.review_app_config_delete)
        self.review_app_config_update = _rt.streamed_response(api.review_app_config_update)


class AsyncReviewAppConfigurationsApiWithRawResponse:
    """AsyncReviewAppConfigurationsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncReviewAppConfigurationsApi) -> None:
        self.review_app_config_info = _rt.async_raw_response(api.review_app_config_info)
        self.review_app_config_enable = _rt.async_raw_response(api.review_app_config_enable)
        self.review_app_config_delete = _rt.async_raw_response(api.review_app_config_delete)
        self.review_app_config_update = _rt.async_raw_response(api.review_app_config_update)


class AsyncReviewAppConfigurationsApiWithStreamingResponse:
    """AsyncReviewAppConfigurationsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncReviewAppConfigurationsApi) -> None:
        self.review_app_config_info = _rt.async_streamed_response(api.review_app_config_info)
        self.review_app_config_enable = _rt.async_streamed_response(api.review_app_config_enable)
        self.review_app_config_delete = _rt.async_streamed_response(api.review_app_config_delete)
        self.review_app_config_update = _rt.async_streamed_response(api.review_app_config_update)
