from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_setup_app import AppSetupApp
    from .app_setup_build import AppSetupBuild
    from .app_setup_postdeploy import AppSetupPostdeploy
    from .app_setup_status import AppSetupStatus


@dataclass(kw_only=True, slots=True)
class AppSetup:
    """An app setup represents an app on Heroku that is setup using an environment, addons, and scripts described in an app.json manifest file."""

    id: Optional[str] = None
    """unique identifier of app setup

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when app setup was created

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when app setup was updated

    Read-only: set by the server.
    """
    status: Optional[AppSetupStatus] = None
    """the overall status of app setup

    Read-only: set by the server.
    """
    failure_message: Optional[str] = None
    """reason that app setup has failed

    Read-only: set by the server.
    """
    app: Optional[AppSetupApp] = None
    """identity of app"""
    build: Optional[AppSetupBuild] = None
    """identity and status of build"""
    manifest_errors: Optional[list[str]] = None
    """errors associated with invalid app.json manifest file

    Read-only: set by the server.
    """
    postdeploy: Optional[AppSetupPostdeploy] = None
    """result of postdeploy script

    Read-only: set by the server.
    """
    resolved_success_url: Optional[str] = None
    """fully qualified success url

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSetup:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            status=_rt.optional(data, "status", _models.AppSetupStatus.decode),
            failure_message=_rt.optional_str(data, "failure_message"),
            app=_rt.optional(data, "app", _models.AppSetupApp.from_dict),
            build=_rt.optional(data, "build", _models.AppSetupBuild.from_dict),
            manifest_errors=_rt.optional(data, "manifest_errors", _rt.list_of(_rt.as_str)),
            postdeploy=_rt.optional(data, "postdeploy", _models.AppSetupPostdeploy.from_dict),
            resolved_success_url=_rt.optional_str(data, "resolved_success_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.status is not None:
            data["status"] = self.status.value
        if self.failure_message is not None:
            data["failure_message"] = self.failure_message
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.build is not None:
            data["build"] = self.build.to_dict()
        if self.manifest_errors is not None:
            data["manifest_errors"] = list(self.manifest_errors)
        if self.postdeploy is not None:
            data["postdeploy"] = self.postdeploy.to_dict()
        if self.resolved_success_url is not None:
            data["resolved_success_url"] = self.resolved_success_url
        return data
