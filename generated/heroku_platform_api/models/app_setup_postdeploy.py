from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AppSetupPostdeploy:
    """result of postdeploy script"""

    output: Optional[str] = None
    """output of the postdeploy script

    Read-only: set by the server.
    """
    exit_code: Optional[int] = None
    """The exit code of the postdeploy script

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupPostdeploy:
        data = _rt.expect_object(data)
        return cls(
            output=_rt.optional_str(data, "output"),
            exit_code=_rt.optional_int(data, "exit_code"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.output is not None:
            data["output"] = self.output
        if self.exit_code is not None:
            data["exit_code"] = self.exit_code
        return data
