"""Helpers of the provenance regression tests of sessions 17 and 18 (written twice before, once here): a made-up
story analysed whole, and the provenance chains of the item holding some words of one of its reports."""


def analysed(texts: dict[str, str], story: str) -> dict:
    """The story's JSON for the reports ``texts`` (key -> text), with each document's key under ``_keys``."""
    import crosscheck

    keys = list(texts)
    data = crosscheck.analyze([texts[k] for k in keys], story=story).data
    data["_keys"] = {d["id"]: keys[n] for n, d in enumerate(data["documents"])}
    return data


def chains_at(story: dict, key: str, words: str) -> list[dict]:
    """The chains of the claims, quotes and attributions of report ``key`` that hold ``words``."""
    doc = next(d for d, k in story["_keys"].items() if k == key)
    text = next(d["text"] for d in story["documents"] if d["id"] == doc)
    at = text.index(words)
    items = {x["id"] for s in ("claims", "quotes", "attributions") for x in story.get(s) or []}
    return [c for p in story["provenance"] if p["item"] in items for c in p["chains"]
            if c["document"] == doc and c.get("start") is not None and c["start"] <= at < c["end"]]
