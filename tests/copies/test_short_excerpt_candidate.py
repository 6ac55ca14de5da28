"""Issue 14, fifteenth session: a short report (about 140 words) carrying one paragraph of a long original under a
sentence of its own has ~6 sampled shingles in what it shares, and in an unlucky case only one: the containment index
then needs two and never makes the pair a candidate, and its Jaccard (~0.06) is under what MinHash LSH sees. Reports
under 20 x ``sample`` shingles are looked up whole (``minhash.SHORT_REPORT``; it was 8, ~70 words)."""

from crosscheck.copies import find_copies, scan
from crosscheck.copies.containment import sampled
from crosscheck.copies.shingles import shingles

from .test_containment_and_sources import doc, prose

SEED = 6162  # a seed whose shared paragraph keeps one sampled shingle (found by trying seeds)


def _pair():
    original = doc(1, [" ".join(prose(SEED + k * 7, 3)) for k in range(14)], "Wire")
    own = prose(SEED + 900, 6)
    excerpt = doc(2, [own[0] + " " + own[1], original.text.split("\n\n")[6], " ".join(own[2:5])], "Herald",
                  date="2026-03-15")
    return original, excerpt


def test_a_short_excerpt_the_sample_misses_is_still_a_candidate_and_a_copy(tmp_path):
    original, excerpt = _pair()
    a, b = shingles(original.text), shingles(excerpt.text)
    shared_sampled = len(set(sampled(a, 8).tolist()) & set(sampled(b, 8).tolist()))
    assert shared_sampled < 2 and 8 * 8 <= len(b) < 20 * 8  # the case: the sample alone would not pair them
    [group] = find_copies([original, excerpt])
    assert sorted(group.documents) == ["d1", "d2"]
    result = scan([(d.id, d.text, "2026-03-14") for d in (original, excerpt)], tmp_path / "scan")
    assert result.groups
