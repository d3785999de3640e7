from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_setup_buildpack_override import AppSetupBuildpackOverride


@dataclass(kw_only=True, slots=True)
class AppSetupCreateBodyOverrides:
    """overrides of keys in the app.json manifest file"""

    buildpacks: Optional[list[AppSetupBuildpackOverride]] = None
    """overrides the buildpacks specified in the app.json manifest file"""
    env: Optional[dict[str, str]] = None
    """overrides of the env specified in the app.json manifest file"""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupCreateBodyOverrides:
        data = _rt.expect_object(data)
        return cls(
            buildpacks=_rt.optional(
                data,
                "buildpacks",
                _rt.list_of(_models.AppSetupBuildpackOverride.from_dict),
            ),
            env=_rt.optional(data, "env", _rt.dict_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        if self.env is not None:
            data["env"] = _rt.encode(self.env)
        return data
