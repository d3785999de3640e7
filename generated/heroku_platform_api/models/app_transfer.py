from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_transfer_app import AppTransferApp
    from .app_transfer_owner import AppTransferOwner
    from .app_transfer_recipient import AppTransferRecipient
    from .app_transfer_state import AppTransferState


@dataclass(kw_only=True, slots=True)
class AppTransfer:
    """An app transfer represents a two party interaction for transferring ownership of an app."""

    app: Optional[AppTransferApp] = None
    """app involved in the transfer"""
    created_at: Optional[datetime] = None
    """when app transfer was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of app transfer

    Read-only: set by the server.
    """
    owner: Optional[AppTransferOwner] = None
    """identity of the owner of the transfer"""
    recipient: Optional[AppTransferRecipient] = None
    """identity of the recipient of the transfer"""
    state: Optional[AppTransferState] = None
    """the current state of an app transfer

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when app transfer was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppTransfer:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.AppTransferApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            owner=_rt.optional(data, "owner", _models.AppTransferOwner.from_dict),
            recipient=_rt.optional(data, "recipient", _models.AppTransferRecipient.from_dict),
            state=_rt.optional(data, "state", _models.AppTransferState.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.recipient is not None:
            data["recipient"] = self.recipient.to_dict()
        if self.state is not None:
            data["state"] = self.state.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
