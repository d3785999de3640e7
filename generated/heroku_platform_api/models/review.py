from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional, Union

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class ReviewApp:
    """An ephemeral app to review a set of changes"""

    app: Optional[ReviewAppApp] = None
    """the Heroku app associated to this review app"""
    app_setup: Optional[ReviewAppAppSetup2] = None
    """the app setup for this review app"""
    branch: Optional[str] = None
    """the branch of the repository which the review app is based on

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when test run was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the review app

    Read-only: set by the server.
    """
    pipeline: Optional[ReviewAppPipeline] = None
    """the pipeline which this review app belongs to"""
    status: Optional[ReviewAppStatus] = None
    """current state of the review app

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when review app was updated

    Read-only: set by the server.
    """
    creator: Optional[dict[str, Any]] = None
    """The user who created the review app

    Read-only: set by the server.
    """
    wait_for_ci: Optional[bool] = None
    """wait for ci before building the app

    Read-only: set by the server.
    """
    error_status: Optional[str] = None
    """error message from creating the review app if any

    Read-only: set by the server.
    """
    message: Optional[str] = None
    """message from creating the review app if any

    Read-only: set by the server.
    """
    fork_repo: Optional[ReviewAppForkRepo] = None
    pr_number: Optional[int] = None
    """pull request number the review app is built for

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewApp:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", ReviewAppApp.from_dict),
            app_setup=_rt.optional(data, "app_setup", ReviewAppAppSetup2.from_dict),
            branch=_rt.optional_str(data, "branch"),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            pipeline=_rt.optional(data, "pipeline", ReviewAppPipeline.from_dict),
            status=_rt.optional(data, "status", ReviewAppStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            creator=_rt.optional(data, "creator", _rt.expect_object),
            wait_for_ci=_rt.optional_bool(data, "wait_for_ci"),
            error_status=_rt.optional_str(data, "error_status"),
            message=_rt.optional_str(data, "message"),
            fork_repo=_rt.optional(data, "fork_repo", ReviewAppForkRepo.from_dict),
            pr_number=_rt.optional_int(data, "pr_number"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.app_setup is not None:
            data["app_setup"] = self.app_setup.to_dict()
        if self.branch is not None:
            data["branch"] = self.branch
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.creator is not None:
            data["creator"] = _rt.encode(self.creator)
        if self.wait_for_ci is not None:
            data["wait_for_ci"] = self.wait_for_ci
        if self.error_status is not None:
            data["error_status"] = self.error_status
        if self.message is not None:
            data["message"] = self.message
        if self.fork_repo is not None:
            data["fork_repo"] = self.fork_repo.to_dict()
        if self.pr_number is not None:
            data["pr_number"] = self.pr_number
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppApp:
    """the Heroku app associated to this review app"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppAppSetup2:
    """the app setup for this review app"""

    id: Optional[str] = None
    """unique identifier of app setup

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppAppSetup2:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppConfig:
    """Review apps can be configured for pipelines."""

    repo: Optional[ReviewAppConfigRepo2] = None
    automatic_review_apps: Optional[bool] = None
    """enable automatic review apps for pull requests

    Read-only: set by the server.
    """
    deploy_target: Optional[ReviewAppConfigDeployTarget] = None
    """the deploy target for the review apps of a pipeline"""
    destroy_stale_apps: Optional[bool] = None
    """automatically destroy review apps when they haven't been deployed for a number of days

    Read-only: set by the server.
    """
    stale_days: Optional[int] = None
    """number of days without a deployment after which to consider a review app stale

    Read-only: set by the server.
    """
    pipeline_id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """
    wait_for_ci: Optional[bool] = None
    """If true, review apps are created only when CI passes

    Read-only: set by the server.
    """
    base_name: Optional[str] = None
    """A unique prefix that will be used to create review app names

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppConfig:
        data = _rt.expect_object(data)
        return cls(
            repo=_rt.optional(data, "repo", ReviewAppConfigRepo2.from_dict),
            automatic_review_apps=_rt.optional_bool(data, "automatic_review_apps"),
            deploy_target=_rt.optional(
                data,
                "deploy_target",
                ReviewAppConfigDeployTarget.from_dict,
            ),
            destroy_stale_apps=_rt.optional_bool(data, "destroy_stale_apps"),
            stale_days=_rt.optional_int(data, "stale_days"),
            pipeline_id=_rt.optional_str(data, "pipeline_id"),
            wait_for_ci=_rt.optional_bool(data, "wait_for_ci"),
            base_name=_rt.optional_str(data, "base_name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.repo is not None:
            data["repo"] = self.repo.to_dict()
        if self.automatic_review_apps is not None:
            data["automatic_review_apps"] = self.automatic_review_apps
        if self.deploy_target is not None:
            data["deploy_target"] = self.deploy_target.to_dict()
        if self.destroy_stale_apps is not None:
            data["destroy_stale_apps"] = self.destroy_stale_apps
        if self.stale_days is not None:
            data["stale_days"] = self.stale_days
        if self.pipeline_id is not None:
            data["pipeline_id"] = self.pipeline_id
        if self.wait_for_ci is not None:
            data["wait_for_ci"] = self.wait_for_ci
        if self.base_name is not None:
            data["base_name"] = self.base_name
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppConfigDeployTarget:
    """the deploy target for the review apps of a pipeline"""

    id: str
    """unique identifier of deploy target

    Read-only: set by the server.
    """
    type: str
    """type of deploy target

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppConfigDeployTarget:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppConfigDeployTargetInput:
    """the deploy target for the review apps of a pipeline

    ReviewAppConfigDeployTarget as a request sends it: read-only fields left out;
    an optional field left UNSET is not sent, None sends null.
    """

    def to_dict(self) -> dict[str, Any]:
        return {}


@dataclass(kw_only=True, slots=True)
class ReviewAppConfigRepo2:
    id: Optional[int] = None
    """repository id

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppConfigRepo2:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_int(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppCreateBodySourceBlob:
    """The download location for the review app's source code"""

    url: Optional[str] = None
    """URL where gzipped tar archive of source code for build was downloaded."""
    version: Optional[str] = None
    """The version number (or SHA) of the code to build."""

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppCreateBodySourceBlob:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppCreateBodySourceBlobInput:
    """The download location for the review app's source code

    ReviewAppCreateBodySourceBlob as a request sends it: read-only fields left out;
    an optional field left UNSET is not sent, None sends null.
    """

    url: Union[str, _rt.Unset] = _rt.UNSET
    """URL where gzipped tar archive of source code for build was downloaded."""
    version: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """The version number (or SHA) of the code to build."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if not isinstance(self.url, _rt.Unset):
            data["url"] = self.url
        if not isinstance(self.version, _rt.Unset):
            data["version"] = None if self.version is None else self.version
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppForkRepo:
    id: Optional[int] = None
    """repository id of the fork the branch resides in

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppForkRepo:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_int(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppPipeline:
    """the pipeline which this review app belongs to"""

    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppSourceBlob:
    """The download location for the review app's source code"""

    url: Optional[str] = None
    """URL where gzipped tar archive of source code for build was downloaded.

    Read-only: set by the server.
    """
    version: Optional[str] = None
    """The version number (or SHA) of the code to build."""

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        return data


class ReviewAppStatus(str, _rt.OpenEnum):
    """current state of the review app"""

    PENDING = "pending"
    CREATING = "creating"
    CREATED = "created"
    DELETING = "deleting"
    DELETED = "deleted"
    ERRORED = "errored"
