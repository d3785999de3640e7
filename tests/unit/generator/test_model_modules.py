"""How the binding groups models and enums into the modules of the ``models``
package: by the words their names begin with, at most MODULE_CLASSES a module,
and stably, so a growing document moves only the classes of the group it grows."""

from __future__ import annotations

import itertools
import keyword
import random
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.binding.models import MODULE_CLASSES, model_modules


def test_names_sharing_their_first_word_share_a_module() -> None:
    modules = model_modules(["App", "AppFeature", "AppSetup", "Build", "BuildStatus", "Region"])
    assert modules == {
        "App": "app",
        "AppFeature": "app",
        "AppSetup": "app",
        "Build": "build",
        "BuildStatus": "build",
        "Region": "region",
    }


def test_a_group_too_large_splits_by_the_next_word() -> None:
    features = [f"AppFeature{c}{d}" for c in string.ascii_uppercase for d in "XY"]
    setups = [f"AppSetup{c}{d}" for c in string.ascii_uppercase for d in "XY"]
    modules = model_modules(["App", "AppOwner", *features, *setups])
    # 106 names beginning with App: App keeps "app", the rest split on the second word.
    assert modules["App"] == "app"
    assert {modules[n] for n in features} == {"app_feature"}
    assert {modules[n] for n in setups} == {"app_setup"}
    assert modules["AppOwner"] == "app_owner"


def test_input_classes_count_against_the_bound() -> None:
    names = [f"Thing{c}" for c in string.ascii_uppercase] + [f"Thing{c}X" for c in "ABCDEFG"]
    assert set(model_modules(names).values()) == {"thing"}  # 33 classes
    doubled = model_modules(names, dict.fromkeys(names, 2))  # 66 with their input classes
    assert len(set(doubled.values())) > 1


def test_module_names_are_identifiers_and_never_keywords() -> None:
    modules = model_modules(["Import", "ImportJob", "Class", "ClassList", "_Private", "3D"])
    for module in modules.values():
        assert module.isidentifier() and not keyword.iskeyword(module), module
    assert modules["Import"] == modules["ImportJob"] == "import_"


def test_names_that_meet_in_snake_case_stay_apart_in_one_module() -> None:
    modules = model_modules(["APIKey", "ApiKey"])
    assert modules == {"APIKey": "api", "ApiKey": "api"}  # the class names differ


_WORDS = ["App", "Build", "On", "Feature", "Setup", "Status"]
_ALL = ["".join(p) for k in range(1, 5) for p in itertools.product(_WORDS, repeat=k)]


@given(st.integers(0, len(_ALL) - 1), st.randoms())
@settings(max_examples=100, deadline=None)
def test_every_module_is_bounded_and_growth_moves_only_its_own_group(
    count: int, rnd: random.Random
) -> None:
    names = rnd.sample(_ALL, count)
    modules = model_modules(names)
    assert set(modules) == set(names)
    sizes: dict[str, int] = {}
    for module in modules.values():
        sizes[module] = sizes.get(module, 0) + 1
    assert max(sizes.values(), default=0) <= MODULE_CLASSES
    # The document's order does not matter.
    shuffled = names[:]
    rnd.shuffle(shuffled)
    assert model_modules(shuffled) == modules
    # Adding a name moves only names that share its first word.
    if names:
        added = rnd.choice(_WORDS) + rnd.choice(_WORDS) + "New"
        grown = model_modules(names + [added])
        first = grown[added].split("_")[0]
        for n in names:
            if grown[n] != modules[n]:
                assert modules[n].split("_")[0] == first, (n, modules[n], grown[n])
