from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .inbound_ruleset_action import InboundRulesetAction


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
            action=_rt.required(data, "action", _models.InboundRulesetAction.decode),
            source=_rt.required(data, "source", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["action"] = self.action.value
        data["source"] = self.source
        return data
