"""Test Runs: An execution or trial of one or more tests"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, TestRun


class TestRunsApi:
    """An execution or trial of one or more tests"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        commit_branch: str,
        commit_message: str,
        commit_sha: str,
        pipeline: str,
        source_blob_url: str,
        debug: Union[bool, _rt.Unset] = _rt.UNSET,
        organization: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TestRun:
        """Create

        Create a new test-run.

        Args:
            commit_branch: the branch of the repository that the test run concerns
            commit_message: the message for the commit under test
            commit_sha: the SHA hash of the commit under test
            source_blob_url: The download location for the source code to be tested
            debug: whether the test run was started for interactive debugging
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /test-runs``
        """
        _response = self._client.request(
            "POST",
            "/test-runs",
            json_body=_rt.fields(
                {
                    "commit_branch": commit_branch,
                    "commit_message": commit_message,
                    "commit_sha": commit_sha,
                    "debug": debug,
                    "organization": organization,
                    "pipeline": pipeline,
                    "source_blob_url": source_blob_url,
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
        return _rt.decode(_response, _models.TestRun.from_dict, "TestRun")

    def info(
        self,
        test_run_id_or_number: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TestRun:
        """Info

        Info for existing test-run.

        Args:
            test_run_id_or_number: unique identifier of a test run
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /test-runs/{test_run_id_or_number}``
        """
        _response = self._client.request(
            "GET",
            "/test-runs/{test_run_id_or_number}",
            path_params={"test_run_id_or_number": test_run_id_or_number},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TestRun.from_dict, "TestRun")

    def update(
        self,
        test_run_id_or_number: int,
        *,
        status: Literal[
            "pending",
            "cancelled",
            "creating",
            "building",
            "running",
            "succeeded",
            "failed",
            "errored",
            "debugging",
        ],
        message: Optional[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TestRun:
        """Update

        Update a test-run's status.

        Args:
            test_run_id_or_number: the auto incrementing test run number
            status: current state of the test run
            message: human friendly message indicating reason for an error
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /test-runs/{test_run_id_or_number}``
        """
        _response = self._client.request(
            "PATCH",
            "/test-runs/{test_run_id_or_number}",
            path_params={"test_run_id_or_number": test_run_id_or_number},
            json_body=_rt.fields({"status": status, "message": message}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TestRun.from_dict, "TestRun")

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
    ) -> _rt.RangePages[TestRun]:
        """List

        List existing test-runs for a pipeline.

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

        ``GET /pipelines/{pipeline_id}/test-runs``
        """
        return _rt.RangePages(
            self._client,
            "/pipelines/{pipeline_id}/test-runs",
            {"pipeline_id": pipeline_id},
            _models.TestRun.from_dict,
            "TestRun",
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

    def info_by_pipeline(
        self,
        pipeline_id: str,
        test_run_number: int,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TestRun:
        """Info By Pipeline

        Info for existing test-run by Pipeline

        Args:
            pipeline_id: unique identifier of pipeline
            test_run_number: the auto incrementing test run number
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipelines/{pipeline_id}/test-runs/{test_run_number}``
        """
        _response = self._client.request(
            "GET",
            "/pipelines/{pipeline_id}/test-runs/{test_run_number}",
            path_params={"pipeline_id": pipeline_id, "test_run_number": test_run_number},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TestRun.from_dict, "TestRun")


class AsyncTestRunsApi:
    """An execution or trial of one or more tests

    The methods of ``TestRunsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        commit_branch: str,
        commit_message: str,
        commit_sha: str,
        pipeline: str,
        source_blob_url: str,
        debug: Union[bool, _rt.Unset] = _rt.UNSET,
        organization: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TestRun:
        """Create

        Create a new test-run.

        Args:
            commit_branch: the branch of the repository that the test run concerns
            commit_message: the message for the commit under test
            commit_sha: the SHA hash of the commit under test
            source_blob_url: The download location for the source code to be tested
            debug: whether the test run was started for interactive debugging
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /test-runs``
        """
        _response = await self._client.request(
            "POST",
            "/test-runs",
            json_body=_rt.fields(
                {
                    "commit_branch": commit_branch,
                    "commit_message": commit_message,
                    "commit_sha": commit_sha,
                    "debug": debug,
                    "organization": organization,
                    "pipeline": pipeline,
                    "source_blob_url": source_blob_url,
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
        return _rt.decode(_response, _models.TestRun.from_dict, "TestRun")

    async def info(
        self,
        test_run_id_or_number: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TestRun:
        """Info

        Info for existing test-run.

        Args:
            test_run_id_or_number: unique identifier of a test run
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /test-runs/{test_run_id_or_number}``
        """
        _response = await self._client.request(
            "GET",
            "/test-runs/{test_run_id_or_number}",
            path_params={"test_run_id_or_number": test_run_id_or_number},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TestRun.from_dict, "TestRun")

    async def update(
        self,
        test_run_id_or_number: int,
        *,
        status: Literal[
            "pending",
            "cancelled",
            "creating",
            "building",
            "running",
            "succeeded",
            "failed",
            "errored",
            "debugging",
        ],
        message: Optional[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TestRun:
        """Update

        Update a test-run's status.

        Args:
            test_run_id_or_number: the auto incrementing test run number
            status: current state of the test run
            message: human friendly message indicating reason for an error
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /test-runs/{test_run_id_or_number}``
        """
        _response = await self._client.request(
            "PATCH",
            "/test-runs/{test_run_id_or_number}",
            path_params={"test_run_id_or_number": test_run_id_or_number},
            json_body=_rt.fields({"status": status, "message": message}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TestRun.from_dict, "TestRun")

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
    ) -> _rt.AsyncRangePages[TestRun]:
        """List

        List existing test-runs for a pipeline.

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

        ``GET /pipelines/{pipeline_id}/test-runs``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/pipelines/{pipeline_id}/test-runs",
            {"pipeline_id": pipeline_id},
            _models.TestRun.from_dict,
            "TestRun",
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

    async def info_by_pipeline(
        self,
        pipeline_id: str,
        test_run_number: int,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TestRun:
        """Info By Pipeline

        Info for existing test-run by Pipeline

        Args:
            pipeline_id: unique identifier of pipeline
            test_run_number: the auto incrementing test run number
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipelines/{pipeline_id}/test-runs/{test_run_number}``
        """
        _response = await self._client.request(
            "GET",
            "/pipelines/{pipeline_id}/test-runs/{test_run_number}",
            path_params={"pipeline_id": pipeline_id, "test_run_number": test_run_number},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TestRun.from_dict, "TestRun")


class TestRunsApiWithRawResponse:
    """TestRunsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: TestRunsApi) -> None:
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.update = _rt.raw_response(api.update)
        self.list = _rt.raw_response(api.list)
        self.info_by_pipeline = _rt.raw_response(api.info_by_pipeline)


class TestRunsApiWithStreamingResponse:
    """TestRunsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: TestRunsApi) -> None:
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.update = _rt.streamed_response(api.update)
        self.list = _rt.streamed_response(api.list)
        self.info_by_pipeline = _rt.streamed_response(api.info_by_pipeline)


class AsyncTestRunsApiWithRawResponse:
    """AsyncTestRunsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncTestRunsApi) -> None:
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.update = _rt.async_raw_response(api.update)
        self.list = _rt.async_raw_listing(api.list)
        self.info_by_pipeline = _rt.async_raw_response(api.info_by_pipeline)


class AsyncTestRunsApiWithStreamingResponse:
    """AsyncTestRunsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncTestRunsApi) -> None:
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.update = _rt.async_streamed_response(api.update)
        self.list = _rt.async_streamed_listing(api.list)
        self.info_by_pipeline = _rt.async_streamed_response(api.info_by_pipeline)
