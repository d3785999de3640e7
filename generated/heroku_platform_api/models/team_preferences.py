from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .team_preferences_default_permission import TeamPreferencesDefaultPermission


@dataclass(kw_only=True, slots=True)
class TeamPreferences:
    """Tracks a Team's Preferences"""

    default_permission: Optional[TeamPreferencesDefaultPermission] = None
    """The default permission used when adding new members to the team"""
    addons_controls: Optional[bool] = None
    """Whether add-on service rules should be applied to add-on installations"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamPreferences:
        data = _rt.expect_object(data)
        return cls(
            default_permission=_rt.optional(
                data,
                "default-permission",
                _models.TeamPreferencesDefaultPermission.decode,
            ),
            addons_controls=_rt.optional_bool(data, "addons-controls"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.default_permission is not None:
            data["default-permission"] = self.default_permission.value
        if self.addons_controls is not None:
            data["addons-controls"] = self.addons_controls
        return data
