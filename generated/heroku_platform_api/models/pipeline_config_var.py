from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class PipelineConfigVar:
    """Pipeline config vars in Heroku CI and review apps used to manage the configuration information for a pipeline."""

    name_value: Optional[dict[str, Any]] = None
    """user-defined config var name and value"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineConfigVar:
        data = _rt.expect_object(data)
        return cls(
            name_value=_rt.optional(data, '["NAME"]: ["value"]', _rt.expect_object),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name_value is not None:
            data['["NAME"]: ["value"]'] = _rt.encode(self.name_value)
        return data
