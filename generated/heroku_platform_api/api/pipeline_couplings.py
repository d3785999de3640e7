"""Pipeline Couplings: Information about an app's coupling to a pipeline"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, PipelineCoupling, PipelineCouplingStage


class PipelineCouplingsApi:
    """Information about an app's coupling to a pipeline"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list_by_pipeline(
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
    ) -> _rt.RangePages[PipelineCoupling]:
        """List By Pipeline

        List couplings for a pipeline

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

        ``GET /pipelines/{pipeline_id}/pipeline-couplings``
        """
        return _rt.RangePages(
            self._client,
            "/pipelines/{pipeline_id}/pipeline-couplings",
            {"pipeline_id": pipeline_id},
            _models.PipelineCoupling.from_dict,
            "PipelineCoupling",
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

    def list_by_current_user(
        self,
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
    ) -> _rt.RangePages[PipelineCoupling]:
        """List By Current User

        List pipeline couplings for the current user.

        Args:
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

        ``GET /users/~/pipeline-couplings``
        """
        return _rt.RangePages(
            self._client,
            "/users/~/pipeline-couplings",
            {},
            _models.PipelineCoupling.from_dict,
            "PipelineCoupling",
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

    def list(
        self,
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
    ) -> _rt.RangePages[PipelineCoupling]:
        """List

        List pipeline couplings.

        Args:
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

        ``GET /pipeline-couplings``
        """
        return _rt.RangePages(
            self._client,
            "/pipeline-couplings",
            {},
            _models.PipelineCoupling.from_dict,
            "PipelineCoupling",
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

    def create(
        self,
        *,
        app: str,
        pipeline: str,
        stage: PipelineCouplingStage,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineCoupling:
        """Create

        Create a new pipeline coupling.

        Args:
            pipeline: unique identifier of pipeline
            stage: target pipeline stage
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /pipeline-couplings``
        """
        _response = self._client.request(
            "POST",
            "/pipeline-couplings",
            json_body=_rt.fields({"app": app, "pipeline": pipeline, "stage": stage}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineCoupling.from_dict, "PipelineCoupling")

    def list_by_team(
        self,
        team_name_or_id: str,
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
    ) -> _rt.RangePages[PipelineCoupling]:
        """List By Team

        List pipeline couplings for a team.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
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

        ``GET /teams/{team_name_or_id}/pipeline-couplings``
        """
        return _rt.RangePages(
            self._client,
            "/teams/{team_name_or_id}/pipeline-couplings",
            {"team_name_or_id": team_name_or_id},
            _models.PipelineCoupling.from_dict,
            "PipelineCoupling",
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

    def info(
        self,
        pipeline_coupling_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineCoupling:
        """Info

        Info for an existing pipeline coupling.

        Args:
            pipeline_coupling_id: unique identifier of pipeline coupling
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipeline-couplings/{pipeline_coupling_id}``
        """
        _response = self._client.request(
            "GET",
            "/pipeline-couplings/{pipeline_coupling_id}",
            path_params={"pipeline_coupling_id": pipeline_coupling_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineCoupling.from_dict, "PipelineCoupling")

    def delete(
        self,
        pipeline_coupling_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineCoupling:
        """Delete

        Delete an existing pipeline coupling.

        Args:
            pipeline_coupling_id: unique identifier of pipeline coupling
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /pipeline-couplings/{pipeline_coupling_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/pipeline-couplings/{pipeline_coupling_id}",
            path_params={"pipeline_coupling_id": pipeline_coupling_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineCoupling.from_dict, "PipelineCoupling")

    def update(
        self,
        pipeline_coupling_id: str,
        *,
        stage: Union[PipelineCouplingStage, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineCoupling:
        """Update

        Update an existing pipeline coupling.

        Args:
            pipeline_coupling_id: unique identifier of pipeline coupling
            stage: target pipeline stage
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /pipeline-couplings/{pipeline_coupling_id}``
        """
        _response = self._client.request(
            "PATCH",
            "/pipeline-couplings/{pipeline_coupling_id}",
            path_params={"pipeline_coupling_id": pipeline_coupling_id},
            json_body=_rt.fields({"stage": stage}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineCoupling.from_dict, "PipelineCoupling")

    def info_by_app(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineCoupling:
        """Info By App

        Info for an existing pipeline coupling.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/pipeline-couplings``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/pipeline-couplings",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineCoupling.from_dict, "PipelineCoupling")


class AsyncPipelineCouplingsApi:
    """Information about an app's coupling to a pipeline

    The methods of ``PipelineCouplingsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def list_by_pipeline(
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
    ) -> _rt.AsyncRangePages[PipelineCoupling]:
        """List By Pipeline

        List couplings for a pipeline

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

        ``GET /pipelines/{pipeline_id}/pipeline-couplings``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/pipelines/{pipeline_id}/pipeline-couplings",
            {"pipeline_id": pipeline_id},
            _models.PipelineCoupling.from_dict,
            "PipelineCoupling",
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

    def list_by_current_user(
        self,
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
    ) -> _rt.AsyncRangePages[PipelineCoupling]:
        """List By Current User

        List pipeline couplings for the current user.

        Args:
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

        ``GET /users/~/pipeline-couplings``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/users/~/pipeline-couplings",
            {},
            _models.PipelineCoupling.from_dict,
            "PipelineCoupling",
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

    def list(
        self,
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
    ) -> _rt.AsyncRangePages[PipelineCoupling]:
        """List

        List pipeline couplings.

        Args:
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

        ``GET /pipeline-couplings``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/pipeline-couplings",
            {},
            _models.PipelineCoupling.from_dict,
            "PipelineCoupling",
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

    async def create(
        self,
        *,
        app: str,
        pipeline: str,
        stage: PipelineCouplingStage,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineCoupling:
        """Create

        Create a new pipeline coupling.

        Args:
            pipeline: unique identifier of pipeline
            stage: target pipeline stage
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /pipeline-couplings``
        """
        _response = await self._client.request(
            "POST",
            "/pipeline-couplings",
            json_body=_rt.fields({"app": app, "pipeline": pipeline, "stage": stage}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineCoupling.from_dict, "PipelineCoupling")

    def list_by_team(
        self,
        team_name_or_id: str,
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
    ) -> _rt.AsyncRangePages[PipelineCoupling]:
        """List By Team

        List pipeline couplings for a team.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
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

        ``GET /teams/{team_name_or_id}/pipeline-couplings``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/{team_name_or_id}/pipeline-couplings",
            {"team_name_or_id": team_name_or_id},
            _models.PipelineCoupling.from_dict,
            "PipelineCoupling",
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

    async def info(
        self,
        pipeline_coupling_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineCoupling:
        """Info

        Info for an existing pipeline coupling.

        Args:
            pipeline_coupling_id: unique identifier of pipeline coupling
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /pipeline-couplings/{pipeline_coupling_id}``
        """
        _response = await self._client.request(
            "GET",
            "/pipeline-couplings/{pipeline_coupling_id}",
            path_params={"pipeline_coupling_id": pipeline_coupling_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineCoupling.from_dict, "PipelineCoupling")

    async def delete(
        self,
        pipeline_coupling_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineCoupling:
        """Delete

        Delete an existing pipeline coupling.

        Args:
            pipeline_coupling_id: unique identifier of pipeline coupling
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /pipeline-couplings/{pipeline_coupling_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/pipeline-couplings/{pipeline_coupling_id}",
            path_params={"pipeline_coupling_id": pipeline_coupling_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineCoupling.from_dict, "PipelineCoupling")

    async def update(
        self,
        pipeline_coupling_id: str,
        *,
        stage: Union[PipelineCouplingStage, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineCoupling:
        """Update

        Update an existing pipeline coupling.

        Args:
            pipeline_coupling_id: unique identifier of pipeline coupling
            stage: target pipeline stage
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /pipeline-couplings/{pipeline_coupling_id}``
        """
        _response = await self._client.request(
            "PATCH",
            "/pipeline-couplings/{pipeline_coupling_id}",
            path_params={"pipeline_coupling_id": pipeline_coupling_id},
            json_body=_rt.fields({"stage": stage}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineCoupling.from_dict, "PipelineCoupling")

    async def info_by_app(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PipelineCoupling:
        """Info By App

        Info for an existing pipeline coupling.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/pipeline-couplings``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/pipeline-couplings",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PipelineCoupling.from_dict, "PipelineCoupling")


class PipelineCouplingsApiWithRawResponse:
    """PipelineCouplingsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: PipelineCouplingsApi) -> None:
        self.list_by_pipeline = _rt.raw_response(api.list_by_pipeline)
        self.list_by_current_user = _rt.raw_response(api.list_by_current_user)
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.list_by_team = _rt.raw_response(api.list_by_team)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)
        self.info_by_app = _rt.raw_response(api.info_by_app)


class PipelineCouplingsApiWithStreamingResponse:
    """PipelineCouplingsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: PipelineCouplingsApi) -> None:
        self.list_by_pipeline = _rt.streamed_response(api.list_by_pipeline)
        self.list_by_current_user = _rt.streamed_response(api.list_by_current_user)
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.list_by_team = _rt.streamed_response(api.list_by_team)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)
        self.info_by_app = _rt.streamed_response(api.info_by_app)


class AsyncPipelineCouplingsApiWithRawResponse:
    """AsyncPipelineCouplingsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncPipelineCouplingsApi) -> None:
        self.list_by_pipeline = _rt.async_raw_listing(api.list_by_pipeline)
        self.list_by_current_user = _rt.async_raw_listing(api.list_by_current_user)
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.list_by_team = _rt.async_raw_listing(api.list_by_team)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)
        self.info_by_app = _rt.async_raw_response(api.info_by_app)


class AsyncPipelineCouplingsApiWithStreamingResponse:
    """AsyncPipelineCouplingsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncPipelineCouplingsApi) -> None:
        self.list_by_pipeline = _rt.async_streamed_listing(api.list_by_pipeline)
        self.list_by_current_user = _rt.async_streamed_listing(api.list_by_current_user)
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.list_by_team = _rt.async_streamed_listing(api.list_by_team)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)
        self.info_by_app = _rt.async_streamed_response(api.info_by_app)
