"""The real stories: which reports of which public set, and how each is fed to crosscheck.

Each story's reports are written to a folder the way a user would hand them over:

- ``t17`` (Timeline17, tls-rl copy): the set has only tokenised text plus its day folder and
  its outlet folder, so each report is a JSON line with ``text``, ``published`` and ``outlet``:
  publication day and outlet are GIVEN there, not measured.
- ``ecb`` (ECB+ ``*ecbplus.xml``): each report is a plain ``.txt`` file rebuilt from the
  tokens (one sentence a line, the URL line joined back). The page's URL and its date line
  are in the text, as in a saved page's text; nothing is given as metadata, so publication
  day and outlet are MEASURED.
- ``wcl`` (NewsWCL50): a JSON line with ``text`` and ``url`` only (the set's urls.tsv):
  publication day and outlet are MEASURED (from the URL, the text, or not at all).
- ``mn`` (Multi-News, LongBench subset): a plain ``.txt`` file per passage; the set gives
  no outlet or day, so those are measured only where the gold names them from the text.
- ``pn`` (PolNeAR, 2016 US campaign news of seven publishers): the texts carry no date line or
  URL, so each report is a JSON line with ``title``, ``text``, ``published`` and ``outlet`` from the
  set's metadata.tsv, as a user with a feed's metadata would hand it over: day and outlet are GIVEN.
  A ``pn`` ref is ``<compartment>/<file stem>`` (``train/nyt_2016-02-10_...``).

Document ids in the gold are ``d01``, ``d02``... in the order of ``docs`` below; the input
file (or JSON line) of ``dNN`` is named after it, so the story report's ``source`` maps back.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from evaluation.common import SHARED_DATA

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
SPLIT_FILE = HERE / "split.json"

T17 = SHARED_DATA / "timeline17_tlsrl"
ECB = SHARED_DATA / "ecb_plus" / "ECB+"
WCL = SHARED_DATA / "newswcl50"
MULTINEWS = SHARED_DATA / "multinews_longbench" / "multi_news.jsonl"
POLNEAR = SHARED_DATA / "polnear"
PN_OUTLETS = {"breitbart": "Breitbart", "huff-post": "HuffPost", "nyt": "The New York Times", "politico": "Politico",
              "usa-today": "USA Today", "wash-post": "The Washington Post", "west-journal": "Western Journal"}

T17_OUTLETS = {"bbc": "BBC", "foxnews": "Fox News", "guardian": "The Guardian", "reuters": "Reuters",
               "washingtonpost": "The Washington Post", "cnn": "CNN"}


def available() -> bool:
    return T17.exists() and ECB.exists()


def split() -> dict[str, str]:
    """story name -> 'dev' | 'test' | 'test2' | ... | 'test17' | 'test19' | 'test21' (the recorded split)."""
    return json.loads(SPLIT_FILE.read_text(encoding="utf-8"))


def gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


# Splits kept out of "all": read only by the lead, for the final measure (see README "test5").
# test2 and test3 were sealed before and are dev now: test2 since round 3 of issue 20, test3 since the lead
# listed its errors on 2026-11-30 (third session) after its two summary reads. test5 was sealed until the fourth
# session of 2026-11-30 (read twice as a summary in the third), and is dev since its errors are read to fix them;
# the next sealed split is labelled blind in that session.
# test7 was sealed in the fourth session of 2026-11-30 (labelled blind that session, read twice as a summary) and is
# dev since the fifth session of 2026-11-30 (its errors are read to fix them); the next sealed split, test9, is
# labelled blind in that session.
# test9 was sealed in the fifth session of 2026-11-30 (labelled blind, read twice as a summary) and is dev since the
# sixth session of 2026-11-30; the next sealed split, test11, is labelled blind in that session.
# test11 was sealed in the sixth session of 2026-11-30 (labelled blind, read twice as a summary) and is dev since the
# seventh; the next sealed split, test13, is labelled blind in that session.
# test13 was sealed in the seventh session of 2026-11-30 (labelled blind that session: part A original ECB documents,
# branch issue-gold13a; part B Multi-News and Timeline17, branch issue-gold13b; read three times as a summary) and is
# dev since the eighth; the next sealed split, test15, is labelled blind in that session.
# test15 was sealed in the eighth session of 2026-11-30 (labelled blind that session: part A PolNeAR (set "pn"), branch
# issue-gold15a; part B Multi-News and Timeline17, branch issue-gold15b; read three times as a summary) and is dev since
# the ninth; the next sealed split, test17, is labelled blind in that session.
# test17 was sealed in the ninth session of 2026-11-30 (labelled blind: part A Timeline17, branch issue-gold17a; part B
# PolNeAR and Multi-News, branch issue-gold17b; read three times as a summary, the third in the eleventh session of
# 2026-12-01) and is dev since the eleventh session.
# test19 was sealed in the eleventh session of 2026-12-01 (labelled blind from Timeline17 alone: part A LibyaWar, branch
# issue-gold19a; part B SyrianCrisis and one EgyptianProtest_cnn window, branch issue-gold19b; part C bpoil and H1N1,
# branch issue-gold19c; read three times as a summary, the third in the twelfth session) and is dev since the twelfth.
SEALED_SPLITS: tuple[str, ...] = ("test21",)  # test21 labelled blind
# in the twelfth session (2026-12-01), Timeline17 alone, the fresh held-out set once test19 (read twice) becomes dev:
# part A bpoil and H1N1 (branch issue-gold21a-s12), part B LibyaWar (branch issue-gold21b-s12; no SyrianCrisis window
# with both outlets and 5+ unused on-topic reports was left)


def story_names(which: str = "all") -> list[str]:
    names = sorted(p.stem for p in GOLD.glob("*.json"))
    s = split()
    if which == "all":
        return [n for n in names if s.get(n) not in SEALED_SPLITS]
    return [n for n in names if s.get(n) == which]


def t17_detok(t: str) -> str:
    t = t.replace("-LRB-", "(").replace("-RRB-", ")").replace("`` ", '"').replace(" ''", '"')
    t = t.replace("\\/", "/")
    return re.sub(r" ([.,;:!?%'])", r"\1", t).replace(" n't", "n't").replace("$ ", "$").replace("# ", "£")


@lru_cache(maxsize=None)
def _t17_folder(folder: str) -> dict[str, dict]:
    return {a["uid"]: a for a in json.loads((T17 / folder / "articles.json").read_text(encoding="utf-8"))}


def t17_report(ref: str) -> dict:
    folder, uid = ref.split(":")
    a = _t17_folder(folder)[uid]
    outlet = T17_OUTLETS[folder.split("_", 1)[1]]
    return {"text": t17_detok(a["text"]), "published": a["dct"], "outlet": outlet}


def ecb_text(ref: str) -> str:
    from evaluation.coref import cat_tokens, detokenise

    topic = ref.split("_")[0]
    root = ET.parse(ECB / topic / f"{ref}.xml").getroot()
    tokens, sentences, _ = cat_tokens(root)
    text = detokenise(tokens, sentences)[0]
    lines = text.split("\n")
    if lines and lines[0].startswith("http"):
        lines[0] = lines[0].replace(" ", "")  # the URL line was tokenised: join it back
    return "\n".join(_ecb_untokenise(line) for line in lines) + "\n"


def _ecb_untokenise(line: str) -> str:
    """Undo the tokeniser inside numbers, times, initials and hyphens ("6. 1" -> "6.1",
    "120, 000" -> "120,000", "02: 24" -> "02:24", "U. S." -> "U.S.", "two - thirds" -> "two-thirds")."""
    line = re.sub(r"(\d)\. (\d)", r"\1.\2", line)
    # Not a height before a weight: "5 - foot - 8, 135 pounds" is 5-foot-8, 135 pounds (four ECB+ texts; issue 20x,
    # twenty-first session: the rebuilt "5-foot-8,135 pounds" hid the weight).
    line = re.sub(r"(?<![A-Za-z] - )(?<![A-Za-z] - \d)(\d), (\d{3})(?!\d)", r"\1,\2", line)
    line = re.sub(r"(\d): (\d\d)", r"\1:\2", line)
    line = re.sub(r"\b([A-Za-z])\. ([A-Za-z])\.", r"\1.\2.", line)
    line = re.sub(r"(\w) - (\w)", r"\1-\2", line)
    return re.sub(r"(\w) / (\w)", r"\1/\2", line)


@lru_cache(maxsize=1)
def _wcl_tokens() -> dict[str, list[tuple[int, str]]]:
    tokens: dict[str, list[tuple[int, str]]] = defaultdict(list)
    with open(WCL / "output_data" / "conll.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            tokens[row["doc_id"]].append((int(row["sent_id"]), row["token"]))
    return tokens


@lru_cache(maxsize=1)
def _wcl_urls() -> dict[str, str]:
    out = {}
    with open(WCL / "original_annotations" / "urls.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out[f"{row['Event ID']}_{row['Outlet']}"] = row["URL"]
    return out


def wcl_report(ref: str) -> dict:
    from evaluation.coref import detokenise

    rows = sorted(_wcl_tokens()[ref], key=lambda r: r[0])
    text = detokenise([t for _, t in rows], [n for n, _ in rows])[0]
    text = re.sub(r" ?\\n ?", "\n", text)  # the set keeps the page's line breaks as a literal "\n" token
    return {"text": text, "url": _wcl_urls()[ref]}


def mn_text(ref: str) -> str:
    from evaluation.multinews import passages

    row, index = (int(x) for x in ref.split(":"))
    with open(MULTINEWS, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n == row:
                return passages(json.loads(line)["context"])[index] + "\n"
    raise KeyError(ref)


@lru_cache(maxsize=1)
def _pn_metadata() -> dict[str, dict]:
    with open(POLNEAR / "metadata.tsv", encoding="utf-8", newline="") as f:
        return {f"{r['compartment']}/{r['filename']}": r for r in csv.DictReader(f, delimiter="\t")}


def pn_report(ref: str) -> dict:
    """A PolNeAR article as fed: its text, and its title, day and publisher from metadata.tsv."""
    compartment, stem = ref.split("/", 1)
    meta = _pn_metadata()[ref]
    text = (POLNEAR / compartment / "text" / f"{stem}.txt").read_text(encoding="utf-8")
    return {"title": meta["title"], "text": text, "published": meta["publication_date"],
            "outlet": PN_OUTLETS.get(meta["publisher"], meta["publisher"])}


def report_text(kind: str, ref: str) -> str:
    """The report's text as fed (for reading and for offsets)."""
    if kind == "pn":
        return pn_report(ref)["text"]
    if kind == "t17":
        return t17_report(ref)["text"]
    if kind == "ecb":
        return ecb_text(ref)
    if kind == "wcl":
        return wcl_report(ref)["text"]
    return mn_text(ref)


def write_inputs(story: dict, folder: Path) -> tuple[list[str], dict[str, str]]:
    """Write the story's reports into ``folder``; the paths to feed and source -> gold doc id."""
    folder.mkdir(parents=True, exist_ok=True)
    kind = story["set"]
    sources: dict[str, str] = {}
    if kind in ("t17", "wcl", "pn"):
        path = folder / "reports.jsonl"
        with open(path, "w", encoding="utf-8") as out:
            for number, (doc, ref) in enumerate(story["docs"], start=1):
                record = {"t17": t17_report, "wcl": wcl_report, "pn": pn_report}[kind](ref)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                sources[f"#{number}"] = doc
        return [str(path)], sources
    paths = []
    for doc, ref in story["docs"]:
        path = folder / f"{doc}.txt"
        path.write_text(ecb_text(ref) if kind == "ecb" else mn_text(ref), encoding="utf-8")
        paths.append(str(path))
        sources[f"{doc}.txt"] = doc
    return [str(folder)], sources


def doc_of_source(source: str, sources: dict[str, str]) -> str | None:
    for tail, doc in sources.items():
        if source.endswith(tail):
            return doc
    return None
