from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AccountFeature:
    """An account feature represents a Heroku labs capability that can be enabled or disabled for an account on Heroku."""

    created_at: Optional[datetime] = None
    """when account feature was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of account feature

    Read-only: set by the server.
    """
    doc_url: Optional[str] = None
    """documentation URL of account feature

    Read-only: set by the server.
    """
    enabled: Optional[bool] = None
    """whether or not account feature has been enabled"""
    id: Optional[str] = None
    """unique identifier of account feature

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of account feature

    Read-only: set by the server.
    """
    state: Optional[str] = None
    """state of account feature

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when account feature was updated

    Read-only: set by the server.
    """
    display_name: Optional[str] = None
    """user readable feature name

    Read-only: set by the server.
    """
    feedback_email: Optional[str] = None
    """e-mail to send feedback about the feature

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountFeature:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            doc_url=_rt.optional_str(data, "doc_url"),
            enabled=_rt.optional_bool(data, "enabled"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional_str(data, "state"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            display_name=_rt.optional_str(data, "display_name"),
            feedback_email=_rt.optional_str(data, "feedback_email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.doc_url is not None:
            data["doc_url"] = self.doc_url
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.display_name is not None:
            data["display_name"] = self.display_name
        if self.feedback_email is not None:
            data["feedback_email"] = self.feedback_email
        return data
