"""Review Apps: An ephemeral app to review a set of changes"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, ReviewApp, ReviewAppCreateBodySourceBlobInput


class ReviewAppsApi:
    """An ephemeral app to review a set of changes"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        branch: str,
        pipeline: str,
        source_blob: ReviewAppCreateBodySourceBlobInput,
        pr_number: Union[Optional[int], _rt.Unset] = _rt.UNSET,
        environment: Union[Optional[dict[str, Optional[str]]], _rt.Unset] = _rt.UNSET,
        fork_repo_id: Union[Optional[int], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewApp:
        """Create

        Create a new review app

        Args:
            branch: the branch of the repository which the review app is based on
            pipeline: unique identifier of pipeline
            source_blob: The download location for the review app's source code
            pr_number: pull request number the review app is built for
            environment: A set of key value pairs which will be put into the environment of the spawned review app process.
            fork_repo_id: repository id of the fork the branch resides in
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /review-apps``
        """
        _response = self._client.request(
            "POST",
            "/review-apps",
            json_body=_rt.fields(
                {
                    "branch": branch,
                    "pr_number": pr_number,
                    "pipeline": pipeline,
                    "source_blob": source_blob,
                    "environment": environment,
                    "fork_repo_id": fork_repo_id,
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
        return _rt.decode(_response, _models.ReviewApp.from_dict, "ReviewApp")

    def info(
        self,
        review_app_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewApp:
        """Get review app

        Gets an existing review app

        Args:
            review_app_id: unique identifier of the review app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /review-apps/{review_app_id}``
        """
        _response = self._client.request(
            "GET",
            "/review-apps/{review_app_id}",
            path_params={"review_app_id": review_app_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.ReviewApp.from_dict, "ReviewApp")

    def delete(
        self,
        review_app_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewApp:
        """Delete

        Delete an existing review app

        Args:
            review_app_id: unique identifier of the review app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /review-apps/{review_app_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/review-apps/{review_app_id}",
            path_params={"review_app_id": review_app_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.ReviewApp.from_dict, "ReviewApp")

    def get_by_app_id(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewApp:
        """Get review app by app_id

        Get a review app using the associated app_id

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/review-app``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/review-app",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.ReviewApp.from_dict, "ReviewApp")

    def list(
        self,
        pipeline_id: str,
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
    ) -> _rt.RangePages[ReviewApp]:
        """List

        List review apps for a pipeline

        Args:
            pipeline_id: unique identifier of pipeline
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

        ``GET /pipelines/{pipeline_id}/review-apps``
        """
        return _rt.RangePages(
            self._client,
            "/pipelines/{pipeline_id}/review-apps",
            {"pipeline_id": pipeline_id},
            _models.ReviewApp.from_dict,
            "ReviewApp",
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


class AsyncReviewAppsApi:
    """An ephemeral app to review a set of changes

    The methods of ``ReviewAppsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        branch: str,
        pipeline: str,
        source_blob: ReviewAppCreateBodySourceBlobInput,
        pr_number: Union[Optional[int], _rt.Unset] = _rt.UNSET,
        environment: Union[Optional[dict[str, Optional[str]]], _rt.Unset] = _rt.UNSET,
        fork_repo_id: Union[Optional[int], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewApp:
        """Create

        Create a new review app

        Args:
            branch: the branch of the repository which the review app is based on
            pipeline: unique identifier of pipeline
            source_blob: The download location for the review app's source code
            pr_number: pull request number the review app is built for
            environment: A set of key value pairs which will be put into the environment of the spawned review app process.
            fork_repo_id: repository id of the fork the branch resides in
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /review-apps``
        """
        _response = await self._client.request(
            "POST",
            "/review-apps",
            json_body=_rt.fields(
                {
                    "branch": branch,
                    "pr_number": pr_number,
                    "pipeline": pipeline,
                    "source_blob": source_blob,
                    "environment": environment,
                    "fork_repo_id": fork_repo_id,
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
        return _rt.decode(_response, _models.ReviewApp.from_dict, "ReviewApp")

    async def info(
        self,
        review_app_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewApp:
        """Get review app

        Gets an existing review app

        Args:
            review_app_id: unique identifier of the review app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /review-apps/{review_app_id}``
        """
        _response = await self._client.request(
            "GET",
            "/review-apps/{review_app_id}",
            path_params={"review_app_id": review_app_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.ReviewApp.from_dict, "ReviewApp")

    async def delete(
        self,
        review_app_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewApp:
        """Delete

        Delete an existing review app

        Args:
            review_app_id: unique identifier of the review app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /review-apps/{review_app_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/review-apps/{review_app_id}",
            path_params={"review_app_id": review_app_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.ReviewApp.from_dict, "ReviewApp")

    async def get_by_app_id(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> ReviewApp:
        """Get review app by app_id

        Get a review app using the associated app_id

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/review-app``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/review-app",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.ReviewApp.from_dict, "ReviewApp")

    def list(
        self,
        pipeline_id: str,
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
    ) -> _rt.AsyncRangePages[ReviewApp]:
        """List

        List review apps for a pipeline

        Args:
            pipeline_id: unique identifier of pipeline
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

        ``GET /pipelines/{pipeline_id}/review-apps``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/pipelines/{pipeline_id}/review-apps",
            {"pipeline_id": pipeline_id},
            _models.ReviewApp.from_dict,
            "ReviewApp",
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


class ReviewAppsApiWithRawResponse:
    """ReviewAppsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: ReviewAppsApi) -> None:
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.get_by_app_id = _rt.raw_response(api.get_by_app_id)
        self.list = _rt.raw_response(api.list)


class ReviewAppsApiWithStreamingResponse:
    """ReviewAppsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: ReviewAppsApi) -> None:
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.get_by_app_id = _rt.streamed_response(api.get_by_app_id)
        self.list = _rt.streamed_response(api.list)


class AsyncReviewAppsApiWithRawResponse:
    """AsyncReviewAppsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncReviewAppsApi) -> None:
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.get_by_app_id = _rt.async_raw_response(api.get_by_app_id)
        self.list = _rt.async_raw_listing(api.list)


class AsyncReviewAppsApiWithStreamingResponse:
    """AsyncReviewAppsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncReviewAppsApi) -> None:
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.get_by_app_id = _rt.async_streamed_response(api.get_by_app_id)
        self.list = _rt.async_streamed_listing(api.list)
