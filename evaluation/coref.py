"""Cross-document entity coreference and NER of crosscheck's entity stage on ECB+, MEANTIME and NewsWCL50.

    python -m evaluation.coref                          # all three sets, the figures to report
    python -m evaluation.coref --dataset ecb --topics 36 37   # a subset while developing

Setting (the same for every set): **raw text in, predicted mentions**, entity
chains only (no events), cross-document within one topic. Each topic's
documents are rebuilt from the gold tokens (detokenised, one sentence a line),
handed to :func:`crosscheck.entities.extract_entities` as one story, exactly as
``pipeline.analyze_story`` does, and its entities' mentions are the response.

Alignment: a predicted mention *is* a gold mention when they share their head
token, the last word of the predicted span (English names are head-final) and
the last word of the gold span (a trailing "'s" or punctuation dropped); among
nested gold mentions with that head the shortest wins, one to one. Predicted
mentions no gold mention shares a head with stay in the response as spurious
mentions, which count against precision as in the reference scorer; gold
mentions nothing predicted stay in the key and count against recall.

Scopes, per set:
- ECB+ (Cybulska & Vossen 2014): test topics 36-45 (the usual split), both
  sub-topics of a topic together; only the sentences listed in
  ECBplus_coreference_sentences.csv (annotation is complete only there), on
  both sides. Entity mentions: HUMAN_PART_*, NON_HUMAN_PART*, LOC_* (times are
  left out: the entity stage does not make entities of dates). Chains: the
  CROSS_DOC_COREF instance, else the within-document chain, else a singleton.
- MEANTIME (English, cross-document annotation): the 4 topic corpora of 30
  Wikinews articles; ENTITY_MENTION -> REFERS_TO -> ENTITY instance_id.
- NewsWCL50: the 10 events of 5 articles each, chains from the coref column of
  NewsWCL50.conll whose type is not EVENT or ACTION (ACTOR, ACTOR-I, COUNTRY,
  GROUP, MISC, OBJECT). These chains are loose by design ("North Korean
  dictator" = "Kim Jong Un"), so a name-based system cannot reach most of them.

Two keys per set, both with singletons:
- *all*: every gold entity mention in scope (nominals and pronouns included:
  the entity stage finds names only, so recall is bounded by that);
- *named*: gold mentions that are names: MEANTIME's syntactic_type NAM; for
  ECB+ and NewsWCL50 (no such attribute) a mention whose words, leading
  article dropped, all start with a capital (connectors like "of" allowed) and
  that is not a pronoun. Predicted mentions aligned to a gold non-name are left
  out of this response, since this key does not hold them.

In the same run, on crosscheck's own mentions (so only the grouping differs):
- *exact string*: mentions with the same normalised text are one entity;
- *head word*: mentions with the same last word are one entity;
- *oracle grouping*: each aligned mention takes its gold chain: the ceiling
  any grouping of these mentions can reach.

NER (ECB+ and MEANTIME, which type their mentions): gold named mentions typed
person / organisation / place (ECB+ HUMAN_PART_PER, HUMAN_PART_ORG,
HUMAN_PART_GPE, LOC_*; MEANTIME PER, ORG, LOC) against predicted PERSON, ORG,
GPE/LOC/FAC mentions; a match is an exact token span, or (second figure) the
shared head token; type accuracy is over head matches.

Published figures (for scale, other settings): see PUBLISHED below.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evaluation.common import SHARED_DATA, prf
from evaluation.coref_scorer import Score, conll_from, scores

ECB = SHARED_DATA / "ecb_plus"
MEANTIME = SHARED_DATA / "meantime_en" / "intra_cross-doc_annotation"
NEWSWCL = SHARED_DATA / "newswcl50" / "output_data" / "NewsWCL50.conll"
ECB_TEST_TOPICS = list(range(36, 46))

# What the published work measured. The figures themselves could not be read on
# this machine (no network; the stored copies of the papers hold only their
# abstracts), so none is quoted: put ours beside them only after reading the
# tables, and only in the same setting.
PUBLISHED = {
    "ecb": "Barhom et al. ACL 2019 (entity, ECB+ test topics 36-45, GOLD mentions, singletons kept, "
           "predicted topic clusters); Cattan et al. Findings ACL 2021 (entity, ECB+ test, PREDICTED mentions "
           "from raw text, singletons excluded from the scores). Both CoNLL F1 with the reference scorer.",
    "meantime": "No published cross-document entity coreference figure for this set was read here; "
                "Zhukova et al. LREC 2022 re-parse it (Diverse_CDCR_datasets) and report lexical diversity.",
    "newswcl": "Zhukova et al. LREC 2022 report lexical-diversity statistics and baselines on gold mentions "
               "of the loose WCL chains; not verified here.",
}

PRONOUNS = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his",
            "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose",
            "which", "that", "this", "these", "those", "himself", "herself", "itself", "themselves", "one"}
CONNECTORS = {"of", "and", "for", "the", "de", "del", "la", "le", "al", "el", "bin", "van", "von", "&", "-", "."}
ARTICLES = {"the", "a", "an"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m",
                   "’s", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}
COARSE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


@dataclass
class GoldMention:
    doc: str
    start: int  # token index, inclusive
    end: int  # token index, inclusive
    chain: str
    named: bool
    etype: str | None = None  # PERSON / ORG / PLACE when the set types it


@dataclass
class GoldDoc:
    name: str
    tokens: list[str]
    sentences: list[int]  # sentence number of each token
    mentions: list[GoldMention] = field(default_factory=list)
    scored_sentences: set[int] | None = None  # None: every sentence is annotated


@dataclass
class Topic:
    dataset: str
    name: str
    docs: list[GoldDoc]


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------


def looks_named(words: list[str]) -> bool:
    words = [w for w in words if re.search(r"\w", w) and w not in ("'s", "’s")]
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS):
        return False
    content = [w for w in words if w.lower() not in CONNECTORS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def cat_tokens(root) -> tuple[list[str], list[int], dict[str, int]]:
    """A CAT XML document's (ECB+, MEANTIME) tokens, each token's sentence number, and token id -> index."""
    tokens, sentences, index = [], [], {}
    for tok in root.iter("token"):
        index[tok.get("t_id")] = len(tokens)
        tokens.append(tok.text or "")
        sentences.append(int(tok.get("sentence")))
    return tokens, sentences, index


def _anchored(element, index) -> tuple[int, int] | None:
    ids = [index[a.get("t_id")] for a in element.findall("token_anchor") if a.get("t_id") in index]
    return (min(ids), max(ids)) if ids else None


ECB_TYPES = {"HUMAN_PART_PER": "PERSON", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "PLACE",
             "LOC_GEO": "PLACE", "LOC_FAC": "PLACE", "LOC_OTHER": "PLACE"}


def _ecb_sentences() -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    with open(ECB / "ECBplus_coreference_sentences.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return out


def load_ecb(topics: list[int] | None = None) -> list[Topic]:
    selected = _ecb_sentences()
    out = []
    for topic in topics or ECB_TEST_TOPICS:
        folder = ECB / "ECB+" / str(topic)
        if not folder.is_dir():
            continue
        docs = []
        for path in sorted(folder.glob("*.xml")):
            root = ET.parse(path).getroot()
            tokens, sentences, index = cat_tokens(root)
            name = path.stem
            spans: dict[str, tuple[int, int, str]] = {}
            for element in root.find("Markables"):
                tag = element.tag
                if not tag.startswith(("HUMAN_PART", "NON_HUMAN_PART", "LOC_")):
                    continue
                span = _anchored(element, index)
                if span:
                    spans[element.get("m_id")] = (*span, tag)
            chain: dict[str, str] = {}
            relations = root.find("Relations")
            for rel in relations if relations is not None else ():
                sources = [s.get("m_id") for s in rel.findall("source")]
                if rel.tag == "CROSS_DOC_COREF":
                    for m in sources:
                        chain[m] = rel.get("note")
                elif rel.tag == "INTRA_DOC_COREF":
                    target = rel.find("target").get("m_id")
                    for m in sources:
                        chain.setdefault(m, f"{name}#{target}")
            doc = GoldDoc(name, tokens, sentences, scored_sentences=selected.get(name, set()))
            for m_id, (start, end, tag) in spans.items():
                doc.mentions.append(GoldMention(name, start, end, chain.get(m_id, f"{name}#single{m_id}"),
                                                looks_named(tokens[start:end + 1]), ECB_TYPES.get(tag)))
            docs.append(doc)
        out.append(Topic("ecb", str(topic), docs))
    return out


MEANTIME_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}


def load_meantime(corpora: list[str] | None = None) -> list[Topic]:
    out = []
    for folder in sorted(MEANTIME.glob("corpus_*")):
        if corpora and folder.name.removeprefix("corpus_") not in corpora and folder.name not in corpora:
            continue
        docs = []
        for path in sorted(folder.glob("*.xml")):
            root = ET.parse(path).getroot()
            tokens, sentences, index = cat_tokens(root)
            name = path.stem
            markables = root.find("Markables")
            mentions, instances = {}, {}
            for element in markables:
                if element.tag == "ENTITY_MENTION":
                    span = _anchored(element, index)
                    if span:
                        mentions[element.get("m_id")] = (*span, element.get("syntactic_type"))
                elif element.tag == "ENTITY":
                    instances[element.get("m_id")] = (element.get("instance_id") or f"{name}#{element.get('m_id')}",
                                                      element.get("ent_type"))
            chain: dict[str, tuple[str, str]] = {}
            for rel in root.find("Relations").findall("REFERS_TO"):
                target = rel.find("target").get("m_id")
                if target in instances:
                    for s in rel.findall("source"):
                        chain[s.get("m_id")] = instances[target]
            doc = GoldDoc(name, tokens, sentences)
            for m_id, (start, end, syntactic) in mentions.items():
                instance, etype = chain.get(m_id, (f"{name}#single{m_id}", None))
                doc.mentions.append(GoldMention(name, start, end, instance, syntactic == "NAM",
                                                MEANTIME_TYPES.get(etype or "")))
            docs.append(doc)
        out.append(Topic("meantime", folder.name.removeprefix("corpus_"), docs))
    return out


def load_newswcl(events: list[str] | None = None) -> list[Topic]:
    by_event: dict[str, list[GoldDoc]] = defaultdict(list)
    current: GoldDoc | None = None
    open_at: dict[str, list[int]] = defaultdict(list)
    for line in NEWSWCL.read_text(encoding="utf-8").splitlines():
        if line.startswith("#begin document"):
            key = line.split()[2]
            event, name = key.split("/")[0], key.split("/")[-1]
            current = GoldDoc(name, [], [])
            by_event[event].append(current)
            open_at.clear()
            continue
        parts = line.split("\t")
        if current is None or len(parts) < 5:
            continue
        i = len(current.tokens)
        current.tokens.append(parts[3])
        current.sentences.append(int(parts[1]))
        for piece in (p.strip() for p in parts[4].split("|")):
            if piece in ("", "-"):
                continue
            chain = piece.strip("()")
            if chain.endswith(("_EVENT", "_ACTION")):
                continue
            if piece.startswith("("):
                open_at[chain].append(i)
            if piece.endswith(")") and open_at[chain]:
                start = open_at[chain].pop()
                current.mentions.append(GoldMention(current.name, start, i, chain,
                                                    looks_named(current.tokens[start:i + 1])))
    return [Topic("newswcl", e, docs) for e, docs in sorted(by_event.items(), key=lambda kv: int(kv[0]))
            if not events or e in events]


# ---------------------------------------------------------------------------------------------
# text and the entity stage
# ---------------------------------------------------------------------------------------------


def detokenise(tokens: list[str], sentences: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """Readable text from gold tokens (one sentence a line) and each token's character span."""
    pieces: list[str] = []
    offsets = []
    pos = 0
    quote_open = False
    for i, tok in enumerate(tokens):
        if i:
            if sentences[i] != sentences[i - 1]:
                sep = "\n"
            elif tok in NO_SPACE_BEFORE or tokens[i - 1] in NO_SPACE_AFTER:
                sep = ""
            elif tok == '"':
                sep = "" if quote_open else " "
            elif tokens[i - 1] == '"' and quote_open:
                sep = ""
            else:
                sep = " "
            pieces.append(sep)
            pos += len(sep)
        if tok == '"':
            quote_open = not quote_open
        offsets.append((pos, pos + len(tok)))
        pieces.append(tok)
        pos += len(tok)
    return "".join(pieces), offsets


@dataclass
class PredictedMention:
    doc: str
    start: int  # token index, inclusive
    end: int
    head: int
    text: str
    label: str
    entity: str


def run_entity_stage(topic: Topic) -> tuple[list[PredictedMention], float]:
    """crosscheck's entity stage over one topic, mentions mapped back to gold tokens; and its seconds."""
    from crosscheck.entities import extract_entities
    from crosscheck.records import Document, Sentence, Sources

    documents, offsets = [], {}
    for gd in topic.docs:
        text, spans = detokenise(gd.tokens, gd.sentences)
        doc_id = f"{topic.dataset}:{topic.name}:{gd.name}"
        sentences = []
        for s in sorted(set(gd.sentences)):
            idx = [i for i, n in enumerate(gd.sentences) if n == s]
            a, b = spans[idx[0]][0], spans[idx[-1]][1]
            sentences.append(Sentence(text[a:b], a, b))
        documents.append(Document(doc_id, gd.name, doc_id, "txt", text, text, sentences=sentences))
        offsets[doc_id] = (gd, spans)
    start = time.perf_counter()
    entities = extract_entities(documents, Sources())
    seconds = time.perf_counter() - start
    out = []
    for entity in entities:
        for m in entity.mentions:
            gd, spans = offsets[m.document]
            covered = [i for i, (a, b) in enumerate(spans) if a < m.end and b > m.start]
            if not covered:
                continue
            words = [i for i in covered if re.search(r"\w", gd.tokens[i]) and gd.tokens[i] not in ("'s", "’s")]
            head = (words or covered)[-1]
            out.append(PredictedMention(gd.name, covered[0], covered[-1], head, m.text, m.label, entity.id))
    return out, seconds


# ---------------------------------------------------------------------------------------------
# alignment and scores
# ---------------------------------------------------------------------------------------------


def _gold_head(gd: GoldDoc, m: GoldMention) -> int:
    words = [i for i in range(m.start, m.end + 1) if re.search(r"\w", gd.tokens[i]) and gd.tokens[i] not in ("'s", "’s")]
    return words[-1] if words else m.end


def in_scope(gd: GoldDoc, token: int) -> bool:
    return gd.scored_sentences is None or gd.sentences[token] in gd.scored_sentences


def align(topic: Topic, predicted: list[PredictedMention]) -> dict[int, GoldMention]:
    """Predicted mention index -> the gold mention it is (shared head token; shortest gold first; one to one)."""
    by_head: dict[tuple[str, int], list[GoldMention]] = defaultdict(list)
    for gd in topic.docs:
        for m in gd.mentions:
            by_head[(gd.name, _gold_head(gd, m))].append(m)
    for candidates in by_head.values():
        candidates.sort(key=lambda m: m.end - m.start)
    taken: set[int] = set()
    out = {}
    # Longer predicted spans first, so "Warren Jeffs" claims the gold mention before a stray "Jeffs" inside it.
    for i in sorted(range(len(predicted)), key=lambda i: -(predicted[i].end - predicted[i].start)):
        p = predicted[i]
        for g in by_head.get((p.doc, p.head), ()):
            if id(g) not in taken:
                taken.add(id(g))
                out[i] = g
                break
    return out


def _gid(m: GoldMention) -> tuple:
    return ("gold", m.doc, m.start, m.end)


def _clusters(pairs) -> list[list]:
    groups: dict = defaultdict(list)
    for mention_id, cluster in pairs:
        groups[cluster].append(mention_id)
    return list(groups.values())


def _norm(text: str) -> str:
    from crosscheck.entities.ner import key

    return key(text)


def score_topic(topic: Topic, predicted: list[PredictedMention]) -> dict:
    """Scores of one topic: {key scope: {system: {metric: Score}}} plus counts for NER."""
    docs = {gd.name: gd for gd in topic.docs}
    gold = [m for gd in topic.docs for m in gd.mentions if in_scope(gd, m.start)]
    predicted = [p for p in predicted if in_scope(docs[p.doc], p.head)]
    aligned = align(topic, predicted)
    result: dict = {}
    for scope in ("all", "named"):
        key_mentions = [m for m in gold if scope == "all" or m.named]
        key_ids = {id(m) for m in key_mentions}
        response = []  # (mention id, predicted index)
        for i, p in enumerate(predicted):
            g = aligned.get(i)
            if g is not None and id(g) not in key_ids:
                continue  # a correct mention this key does not hold (a nominal, in the named key)
            response.append((_gid(g) if g is not None else ("pred", p.doc, p.start, p.end), i))
        key = _clusters((_gid(m), m.chain) for m in key_mentions)
        systems = {
            "crosscheck": _clusters((mid, predicted[i].entity) for mid, i in response),
            "exact string": _clusters((mid, _norm(predicted[i].text)) for mid, i in response),
            "head word": _clusters((mid, _norm(predicted[i].text).split(" ")[-1]) for mid, i in response),
            "oracle grouping": _clusters((mid, aligned[i].chain if i in aligned else ("alone", mid))
                                         for mid, i in response),
        }
        result[scope] = {name: scores(key, clusters) for name, clusters in systems.items()}
        result[scope]["_counts"] = (len(key_mentions), len(response),
                                    sum(1 for _, i in response if i in aligned))
    result["ner"] = ner_counts(topic, predicted, aligned, gold)
    return result


def ner_counts(topic: Topic, predicted: list[PredictedMention], aligned: dict[int, GoldMention],
               gold: list[GoldMention]) -> dict[str, int]:
    typed_gold = [m for m in gold if m.named and m.etype]
    gold_spans = {(m.doc, m.start, m.end) for m in typed_gold}
    typed_ids = {id(m) for m in typed_gold}
    pred = [(i, p) for i, p in enumerate(predicted) if p.label in COARSE]
    exact = sum(1 for _, p in pred if (p.doc, p.start, p.end) in gold_spans)
    head_matched = [(p, aligned[i]) for i, p in pred if i in aligned and id(aligned[i]) in typed_ids]
    return {"gold": len(typed_gold), "predicted": len(pred), "exact": exact, "head": len(head_matched),
            "type_right": sum(1 for p, g in head_matched if COARSE[p.label] == g.etype)}


# ---------------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------------


LOADERS = {"ecb": load_ecb, "meantime": load_meantime, "newswcl": load_newswcl}
SYSTEMS = ("crosscheck", "exact string", "head word", "oracle grouping")


def evaluate(dataset: str, topics: list[str] | None = None) -> dict:
    """Micro-averaged scores over the topics of one set (numerators and denominators summed)."""
    if dataset == "ecb":
        loaded = load_ecb([int(t) for t in topics] if topics else None)
    else:
        loaded = LOADERS[dataset](topics)
    total: dict = {scope: {s: defaultdict(lambda: Score()) for s in SYSTEMS} for scope in ("all", "named")}
    counts = {scope: [0, 0, 0] for scope in ("all", "named")}
    ner: dict[str, int] = defaultdict(int)
    seconds = 0.0
    documents = 0
    for topic in loaded:
        predicted, took = run_entity_stage(topic)
        seconds += took
        documents += len(topic.docs)
        result = score_topic(topic, predicted)
        for scope in ("all", "named"):
            for system in SYSTEMS:
                for metric, s in result[scope][system].items():
                    total[scope][system][metric] = total[scope][system][metric] + s
            counts[scope] = [a + b for a, b in zip(counts[scope], result[scope]["_counts"])]
        for k, v in result["ner"].items():
            ner[k] += v
    out = {"dataset": dataset, "topics": [t.name for t in loaded], "documents": documents,
           "entity_stage_seconds": seconds, "ner": dict(ner)}
    for scope in ("all", "named"):
        out[scope] = {"counts": counts[scope]}
        for system in SYSTEMS:
            parts = dict(total[scope][system])
            out[scope][system] = {"CoNLL": conll_from(parts), **{m: s.as_percent() for m, s in parts.items()}}
    return out


def ner_figures(ner: dict[str, int]) -> dict[str, float]:
    p, r, f = prf(ner["exact"], ner["predicted"], ner["exact"], ner["gold"])
    hp, hr, hf = prf(ner["head"], ner["predicted"], ner["head"], ner["gold"])
    accuracy = 100 * ner["type_right"] / ner["head"] if ner["head"] else 0.0
    return {"exact P": p, "exact R": r, "exact F1": f, "head P": hp, "head R": hr, "head F1": hf,
            "type accuracy": accuracy}


def print_report(result: dict) -> None:
    print(f"\n== {result['dataset']}: {len(result['topics'])} topics, {result['documents']} documents "
          f"(entity stage {result['entity_stage_seconds']:.1f} s, parse included)")
    for scope in ("all", "named"):
        n_key, n_resp, n_aligned = result[scope]["counts"]
        print(f"key '{scope}': {n_key} gold mentions; response {n_resp} predicted mentions, {n_aligned} aligned "
              f"(mention recall {100 * n_aligned / max(n_key, 1):.1f}, precision {100 * n_aligned / max(n_resp, 1):.1f})")
        print(f"  {'system':18}{'MUC R/P/F1':>22}{'B3 R/P/F1':>22}{'CEAF-e R/P/F1':>22}{'CoNLL F1':>10}")
        for system in SYSTEMS:
            row = result[scope][system]
            cells = "".join(f"{'/'.join(f'{x:.1f}' for x in row[m]):>22}" for m in ("MUC", "B3", "CEAF-e"))
            print(f"  {system:18}{cells}{row['CoNLL']:>10.1f}")
    if result["ner"].get("gold"):
        figures = ner_figures(result["ner"])
        print(f"NER ({result['ner']['gold']} gold typed names, {result['ner']['predicted']} predicted PERSON/ORG/place): "
              + ", ".join(f"{k} {v:.1f}" for k, v in figures.items()))
    print(f"published: {PUBLISHED[result['dataset']]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", choices=sorted(LOADERS), action="append")
    parser.add_argument("--topics", nargs="*", help="ECB+ topic numbers, MEANTIME corpora (airbus...), NewsWCL50 events")
    args = parser.parse_args(argv)
    if not SHARED_DATA.is_dir():
        sys.exit(f"{SHARED_DATA} is not here")
    for dataset in args.dataset or ["ecb", "meantime", "newswcl"]:
        print_report(evaluate(dataset, args.topics))


if __name__ == "__main__":
    main()
