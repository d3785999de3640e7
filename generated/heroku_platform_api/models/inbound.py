from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


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
            space=_rt.optional(data, "space", InboundRulesetSpace.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            rules=_rt.optional(data, "rules", _rt.list_of(InboundRulesetRule.from_dict)),
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


@dataclass(kw_only=True, slots=True)
class InboundRulesetRule:
    """the combination of an IP address in CIDR notation and whether to allow or deny it's traffic."""

    action: InboundRulesetAction
    """states whether the connection is allowed or denied"""
    source: str
    """is the request’s source in CIDR notation"""

    @classmethod
    def from_dict(cls, data: Any) -> InboundRulesetRule:
        data = _rt.expect_object(data)
        return cls(
            action=_rt.required(data, "action", InboundRulesetAction.decode),
            source=_rt.required(data, "source", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["action"] = self.action.value
        data["source"] = self.source
        return data


@dataclass(kw_only=True, slots=True)
class InboundRulesetSpace:
    """identity of space"""

    id: Optional[str] = None
    """unique identifier of space

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of space"""

    @classmethod
    def from_dict(cls, data: Any) -> InboundRulesetSpace:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


class InboundRulesetAction(str, _rt.OpenEnum):
    """states whether the connection is allowed or denied"""

    ALLOW = "allow"
    DENY = "deny"
