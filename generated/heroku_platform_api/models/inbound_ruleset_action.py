from __future__ import annotations

from .. import _runtime as _rt


class InboundRulesetAction(str, _rt.OpenEnum):
    """states whether the connection is allowed or denied"""

    ALLOW = "allow"
    DENY = "deny"
