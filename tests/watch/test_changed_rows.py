"""An update writes only the stage rows that changed, and the store ends as a whole rewrite leaves it (issue 17)."""

from __future__ import annotations

from crosscheck.records import PublishedDate, Timex
from crosscheck.store import Store


def _timex(doc: str, n: int, value: str = "2026-03-14") -> Timex:
    return Timex(doc, n, n + 5, f"t{n}", "DATE", value)


def _rows(store: Store) -> list[tuple]:
    return [tuple(r) for r in store.db.execute(
        "SELECT story, stage, kind, seq, document, data FROM stage_records ORDER BY story, kind, seq")]


def test_saving_a_stage_again_writes_only_changed_rows_and_equals_a_whole_rewrite(tmp_path):
    first = [_timex("a", n) for n in range(5000)]
    # Kept, changed, inserted in the middle (every later seq moves), fewer rows at the end; a kind dropped.
    second = first[:1000] + [_timex("a", 1000, "2026-03-15")] + [_timex("b", 7)] + first[1001:4000]
    with Store(tmp_path / "changed.sqlite") as changed, Store(tmp_path / "whole.sqlite") as whole:
        for store in (changed, whole):
            store.ensure_story("s")
        changed.save_stage("s", "time", timexes=first, events=[], published=[("a", PublishedDate("2026-03-14"))])
        statements: list[str] = []
        changed.db.set_trace_callback(statements.append)
        changed.save_stage("s", "time", timexes=second, events=[])
        changed.db.set_trace_callback(None)
        whole.save_stage("s", "time", timexes=second, events=[])
        assert _rows(changed) == _rows(whole)
        # The first 1,000 rows were not written again.
        inserted = [s for s in statements if s.startswith("INSERT OR REPLACE INTO stage_records")]
        assert len(inserted) == len(second) - 1000
        assert changed.stage_is_current("s", "time")
