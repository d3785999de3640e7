from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class BuildpackInstallationBuildpack:
    """buildpack"""

    url: Optional[str] = None
    """location of the buildpack for the app. Either a url (unofficial buildpacks) or an internal urn (heroku official buildpacks)."""
    name: Optional[str] = None
    """either the Buildpack Registry name or a URL of the buildpack for the app"""

    @classmethod
    def from_dict(cls, data: Any) -> BuildpackInstallationBuildpack:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.name is not None:
            data["name"] = self.name
        return data
