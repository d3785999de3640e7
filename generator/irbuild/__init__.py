"""Building the intermediate model (:mod:`generator.ir`) from a validated OpenAPI document.

The build walks the document once, in document order, and names everything
deterministically.  It is split by concern, each module small enough to read
alone:

* :mod:`.schemas` -- types, models, enums, ``allOf`` merging, ``$ref`` types;
* :mod:`.operations` -- operations, parameters, tags, naming, the degraded path;
* :mod:`.bodies` -- request bodies and their flattening into arguments;
* :mod:`.responses` -- responses and the names of their types;
* :mod:`.conventions` -- pluggable detectors for API conventions (paging);
* :mod:`.reserved` -- the names a target reserves, passed in by the caller,
  so the model itself stays neutral.

(Not ``generator/build/``: a folder called ``build`` is tool output to
.gitignore, to setuptools users and to the packaging tests, which leave it out.)

A construct it cannot type becomes ``Any`` plus a warning naming its JSON
pointer, never an exception.
"""

from __future__ import annotations

from .api import Builder, build
from .reserved import NONE, ReservedNames

__all__ = ["NONE", "Builder", "ReservedNames", "build"]
