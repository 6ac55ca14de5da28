"""Story clustering on reports written for these tests."""

from crosscheck.records import CopyGroup, Document, PublishedDate
from crosscheck.stories import StoryClusterer, StorySettings, cluster_stories, names_in, story_names

FLOOD = [
    ("Storm surge floods Hodeidah port", "A storm surge flooded the port of Hodeidah in Yemen, forcing thousands of "
     "families from their homes, United Nations officials said. The surge pushed seawater into the old city."),
    ("Hodeidah flood leaves thousands homeless", "Thousands of families remained homeless in Hodeidah after the storm "
     "surge flooded the port and the old city, the United Nations said, appealing for tents and clean water."),
    ("Aid reaches flooded Hodeidah", "The first aid convoys reached the flooded port city of Hodeidah, where the "
     "storm surge destroyed homes; United Nations teams handed out tents and water to families."),
]
QUAKE = [
    ("Earthquake shakes Kharkiv region", "An earthquake of magnitude 5.1 shook the Kharkiv region of Ukraine, "
     "cracking walls of apartment blocks and cutting power to villages, emergency services said."),
    ("Kharkiv quake: power restored to villages", "Emergency services restored power to most villages of the Kharkiv "
     "region after the earthquake, while engineers inspected cracked apartment blocks."),
    ("Aftershock rattles Kharkiv", "A strong aftershock rattled the Kharkiv region a day after the earthquake, "
     "sending residents of cracked apartment blocks into the streets, emergency services said."),
]


def doc(name, title, text, day="2026-03-14"):
    return Document(name, name, name, "txt", text, text, [], [], PublishedDate(day, day, day, "metadata"), title)


def interleaved(day="2026-03-14"):
    out = []
    for n, (flood, quake) in enumerate(zip(FLOOD, QUAKE)):
        out.append(doc(f"flood{n}", *flood, day=day))
        out.append(doc(f"quake{n}", *quake, day=day))
    return out


def membership(stories):
    return sorted(sorted(s.documents) for s in stories)


def test_two_interleaved_stories_come_apart():
    stories = cluster_stories(interleaved())
    assert membership(stories) == [["flood0", "flood1", "flood2"], ["quake0", "quake1", "quake2"]]


def test_labels_name_the_story_and_its_dates():
    stories = {s.documents[0]: s for s in cluster_stories(interleaved())}
    assert stories["flood0"].label.startswith("Hodeidah") and "United Nations" in stories["flood0"].label
    assert stories["flood0"].label.endswith("(2026-03-14)")
    assert "kharkiv" in stories["quake0"].key_names
    assert "gen" not in names_in("Lt. Gen. Maria Keller spoke.") and "maria keller" in names_in("Lt. Gen. Maria Keller spoke.")


def test_a_batch_gives_what_one_report_at_a_time_gives():
    reports = interleaved()
    one_by_one = StoryClusterer(StorySettings(batch=1))
    singles = [one_by_one.add([d])[0] for d in reports]
    batched = StoryClusterer(StorySettings(batch=512)).add(reports)
    assert singles == batched


def test_a_copy_joins_its_originals_story_whatever_its_words():
    reports = interleaved()
    # A reprint that kept only a sentence about the quake but copies the flood report (say the
    # copy stage found it by its other paragraphs): copies never start or join another story.
    reprint = doc("reprint", "Quake news", QUAKE[0][1])
    groups = [CopyGroup("g", ["flood0", "reprint"], "flood0", 0.9)]
    stories = cluster_stories(reports + [reprint], groups)
    flood = next(s for s in stories if "flood0" in s.documents)
    assert "reprint" in flood.documents
    assert "reprint" in next(s for s in cluster_stories(reports + [reprint]) if "quake0" in s.documents).documents


def test_a_story_quiet_for_long_is_retired_and_the_same_words_start_a_new_one():
    early = [doc(f"flood{n}", *f, day="2026-03-14") for n, f in enumerate(FLOOD[:2])]
    late = [doc("flood-late", *FLOOD[2], day="2026-06-20")]
    clusterer = StoryClusterer(StorySettings(decay_days=7))
    first = clusterer.add(early)
    second = clusterer.add(late)
    assert first[0] == first[1] and second[0] != first[0]
    near = StoryClusterer(StorySettings(decay_days=7))
    near.add(early)
    assert near.add([doc("flood-next", *FLOOD[2], day="2026-03-16")])[0] == first[0]


def test_undated_reports_cluster_without_decay():
    reports = [doc(d.id, d.title, d.text, day=None) for d in interleaved()]
    for d in reports:
        d.published = PublishedDate()
    assert membership(cluster_stories(reports)) == [["flood0", "flood1", "flood2"], ["quake0", "quake1", "quake2"]]


def test_story_names_are_readable_and_made_unique_by_suffix():
    story = cluster_stories(interleaved())[0]
    names = story_names(story)
    first = next(names)
    assert first.startswith("2026-03-14-hodeidah") and next(names) == first + "-2"


def test_nothing_in_nothing_out():
    assert cluster_stories([]) == []
    assert StoryClusterer().add([]) == []
