from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .inbound_ruleset_rule import InboundRulesetRule
    from .inbound_ruleset_space import InboundRulesetSpace


@dataclass(kw_only=True, slots=True)
class InboundRuleset:
    """An inbound-ruleset is a collection of rules that specify what hosts can or cannot connect to an application."""

    id: Optional[str] = None
    """unique identifier of an inbound-ruleset

    Read-only: set by the server.
    """
    space: Optional[InboundRulesetSpace] = None
    """identity of space"""
    created_at: Optional[datetime] = None
    """when inbound-ruleset was created

    Read-only: set by the server.
    """
    rules: Optional[list[InboundRulesetRule]] = None
    created_by: Optional[str] = None
    """unique email address of account"""

    @classmethod
    def from_dict(cls, data: Any) -> InboundRuleset:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            space=_rt.optional(data, "space", _models.InboundRulesetSpace.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            rules=_rt.optional(data, "rules", _rt.list_of(_models.InboundRulesetRule.from_dict)),
            created_by=_rt.optional_str(data, "created_by"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.space is not None:
            data["space"] = self.space.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.rules is not None:
            data["rules"] = _rt.encode(self.rules)
        if self.created_by is not None:
            data["created_by"] = self.created_by
        return data
