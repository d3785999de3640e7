from __future__ import annotations

from .. import _runtime as _rt


class TeamPreferencesDefaultPermission(str, _rt.OpenEnum):
    """The default permission used when adding new members to the team"""

    ADMIN = "admin"
    MEMBER = "member"
    VIEWER = "viewer"
