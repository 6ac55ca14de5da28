"""The provenance subpackage (split from one 1,157-line module): one concern a module, and a stage that
imports no other stage, only the records and its own modules."""

from __future__ import annotations

import ast
from pathlib import Path

import crosscheck.provenance as provenance

PACKAGE = Path(provenance.__file__).parent


def _modules() -> dict[str, ast.Module]:
    return {f.name: ast.parse(f.read_text(encoding="utf-8")) for f in sorted(PACKAGE.glob("*.py"))}


def test_provenance_imports_no_other_stage_only_records_and_itself():
    for name, tree in _modules().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                # (and the shared helpers a stage may read: who is "he" and "she", issue 19, nineteenth session)
                assert node.level == 1 or (node.level == 2 and node.module in ("records", "genders")), \
                    f"{name} imports {'.' * node.level}{node.module or ''}"
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
                assert all(m.split(".")[0] != "crosscheck" for m in modules), f"{name} imports {modules}"


def test_provenance_modules_each_say_their_concern_and_stay_small():
    for name, tree in _modules().items():
        assert ast.get_docstring(tree), f"{name} has no docstring"
        assert len((PACKAGE / name).read_text(encoding="utf-8").splitlines()) <= 600, name


def test_provenance_names_used_elsewhere_are_still_at_the_package():
    for name in ("is_outlet", "is_police", "read_sentence", "trace_provenance", "normal",
                 "finding_basis", "outlet_count", "UNATTRIBUTED"):
        assert hasattr(provenance, name), name
