from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_stack_stack import PipelineStackStack


@dataclass(kw_only=True, slots=True)
class PipelineStack:
    """A pipeline's stack is determined by the apps in the pipeline. This is used during creation of CI and Review Apps that have no stack defined in app.json"""

    stack: Optional[PipelineStackStack] = None
    """identity of the stack that will be used for new builds without a stack defined in CI and Review Apps"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineStack:
        data = _rt.expect_object(data)
        return cls(
            stack=_rt.optional(data, "stack", _models.PipelineStackStack.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.stack is not None:
            data["stack"] = self.stack.to_dict()
        return data
