"""What validation's worker does first, before it imports the validators:
parse the document once, and find the component schemas the client never uses.

The command line submits this ahead of validation to the same one-worker pool
(:func:`generator.workers.start_pruning`), so the worker then validates the
document it has already parsed.  The unused-schemas pass walks the whole
document (Amazon EC2: 45 ms); done here, it is off this process's critical
path, and in by the time the build asks for it (the worker parses while this
process imports the generator).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from . import loader
from .errors import SpecError
from .irbuild.unused import unused_schemas


def unused_schemas_of(path: Path) -> Optional[frozenset[str]]:
    """The unused component schemas of the document at ``path``, exactly as the
    build would find them (:func:`generator.irbuild.unused.unused_schemas` of
    the same parsed document); None when the build must find them itself: a
    document that does not parse (the build's own read reports it), or Swagger
    2.0 (the build converts it first).  The parsed document stays in this
    worker for :func:`loader.validate_file`, the next task."""
    try:
        doc, _ = loader.as_openapi(str(path), loader.read_document(path))
    except SpecError:
        return None
    loader.keep_parsed(path, doc)
    if "swagger" in doc:
        return None
    return unused_schemas(doc)
