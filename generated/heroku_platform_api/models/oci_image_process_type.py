from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OciImageProcessType:
    """process type information such as names and commands"""

    name: Optional[str] = None
    """name of the process type"""
    display_cmd: Optional[str] = None
    """the detailed command used for display purposes"""
    command: Optional[str] = None
    """the command that will be executed"""
    working_dir: Optional[str] = None
    """working directory"""
    default: Optional[bool] = None
    """true if it is the default process type"""

    @classmethod
    def from_dict(cls, data: Any) -> OciImageProcessType:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            display_cmd=_rt.optional_str(data, "display_cmd"),
            command=_rt.optional_str(data, "command"),
            working_dir=_rt.optional_str(data, "working_dir"),
            default=_rt.optional_bool(data, "default"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.display_cmd is not None:
            data["display_cmd"] = self.display_cmd
        if self.command is not None:
            data["command"] = self.command
        if self.working_dir is not None:
            data["working_dir"] = self.working_dir
        if self.default is not None:
            data["default"] = self.default
        return data
