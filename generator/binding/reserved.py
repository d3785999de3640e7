"""The names the Python client's runtime and generated modules already use.

They belong to the binding, which owns every Python spelling; the build learns
them only from here (see :mod:`generator.irbuild.reserved`): the pipeline
passes :data:`PYTHON` to the build, because every shipped target (python, and
cli and markdown, which describe the Python client) names things the way the
Python client does.
"""

from __future__ import annotations

from ..irbuild.reserved import ReservedNames
from .methods import RESERVED_ARGUMENTS

PYTHON = ReservedNames(
    # Names the generated modules import or define themselves.
    types=frozenset(
        {
            "Any",
            "Optional",
            "Union",
            "Mapping",
            "Sequence",
            "Iterator",
            "Literal",
            "Enum",
            "Client",
            "AsyncClient",
            "Unset",
        }
    ),
    # A model's own methods and the names its module imports.
    fields=frozenset(
        {
            "from_dict",
            "to_dict",
            "datetime",
            "date",
            "dataclass",
            "field",
            "annotations",
            "additional_properties",
        }
    ),
    # ``self`` and the keyword arguments every generated method takes.
    arguments=frozenset({"self"}) | RESERVED_ARGUMENTS,
    # A tag becomes a module and an attribute of the client: it must not
    # replace one of the client's own (BaseClient) attributes.
    tags=frozenset(
        {
            "models",
            "client",
            "base_url",
            "headers",
            "timeout",
            "deadline",
            "max_response_bytes",
            "rate_limit_remaining",
            "session",
            "request",
            "close",
            "aclose",
            "with_raw_response",
            "with_streaming_response",
            "strict",
            # each tag is a property of the client, decorated after the ones before it
            "property",
        }
    ),
    # ``UNKNOWN`` names the values a document does not list (the runtime's OpenEnum).
    enum_members=frozenset({"UNKNOWN"}),
)
