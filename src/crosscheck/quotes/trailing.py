"""A sentence that ends with its attribution, which the parse did not hang on the clause it attributes: "High seas are
delaying the search for the missing crew, the chief of the harbour patrol told ANSA Tuesday." (the parse gives the
speaker as an apposition of "crew"), "..., a source at the country's interior ministry told the national news agency."
("told" a conjunct of the clause's verb), "..., her campaign manager, Ola Brandt, told The Daily Ledger." Read from the
words: the clause before the last comma, the speaker after it, the verb, and nothing after the verb but whom it was
told, when, and the full stop (provenance test16 and the Timeline17 Libya stories, tenth session: read as dev)."""

from __future__ import annotations

import re

from ..records import Document
from .found import Found, _has_mark

# what may follow the verb: whom it was told (a name, "reporters", "the agency"), a day, the full stop
_AFTER = re.compile(r"\s*(?:(?:the\s+|The\s+)?(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}|reporters|journalists))?"
                    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
                    r"\s*[.!?]\s*$")
_VERBS = frozenset("said says told tells added adds".split())
_TOLD = frozenset("told tells".split())
# a speaker phrase: a name, or a description opening with a determiner, a possessive or a capital; no verb in it
_SPEAKER = re.compile(r"(?:(?:the|a|an|his|her|their|its|one|two|three)\s+|[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,8}")
_DESCRIPTION = re.compile(r"(?:his|her|their|its|the|a|an)\s+(?:[\w'’-]+\s+){0,3}[a-z][\w'’-]*")
# a clause that opens with a whole quotation and runs on past its closing mark: the quotation's own speaker follows
_QUOTE_THEN_WORDS = re.compile(r"[“\"][^”\"]+[”\"]\s*\S")
# a title's abbreviation right before a sentence the parse began there
_TITLE_END = re.compile(r"(?<![\w.])(?:Capt|Lt|Sgt|Det|Gen|Col|Maj|Cmdr|Insp|Supt|Gov|Sen|Rep|Dr|Prof|Rev|Cpl|Pvt|Adm)\.\s*$")
_NOT_SPEAKER_WORDS = frozenset("is was are were has had have be been will would could should can may might did does do "
                               "who which that when where while after before because if".split())


def trailing_attributions(document: Document, sent, taken: list[Found]) -> list[Found]:
    """The reported clause of a sentence ending "..., <speaker> said|told <whom> [<day>]." that no item of the
    sentence (``taken``) holds yet."""
    text = document.text
    out = []
    for verb in sent:
        if verb.lower_ not in _VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        rest = text[verb.idx + len(verb.text):sent.end_char].rstrip()
        if "\n" in rest or not _AFTER.fullmatch(rest) or (verb.lower_ not in _TOLD and re.match(r"\s*(?:the\s+|The\s+)?[A-Z](?!\w*day\b)", rest)):
            continue  # ("said Monday.", not "said Smith." which names its speaker after the verb)
        # (from the paragraph's start: a parse's sentence may run on from a line before it, "By\n\nMary Chapa ...")
        lo = max(sent.start_char, text.rfind("\n", sent.start_char, verb.idx) + 1)
        if lo == sent.start_char and sent.start > 0 and _TITLE_END.search(text, 0, lo):
            # "..., Philadelphia Homicide Capt. James Clark said.": the parse ended a sentence at the title's full stop
            before = sent.doc[sent.start - 1].sent
            lo = max(before.start_char, text.rfind("\n", before.start_char, lo) + 1)
        head = text[lo:verb.idx]
        core = head.rstrip().rstrip(",").rstrip()  # ("Tad Devine, told": the apposition's closing comma)
        segments = core.split(", ")
        if len(segments) < 2:
            continue
        speaker = segments[-1].strip()
        n = len(segments) - 1
        if (n >= 2 and re.fullmatch(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}", speaker)
                and _DESCRIPTION.fullmatch(segments[-2].strip())):
            n -= 1  # "his top aide, Tad Devine, told": the name in apposition speaks
        if not _SPEAKER.fullmatch(speaker) or any(w.lower() in _NOT_SPEAKER_WORDS for w in speaker.split()):
            continue
        clause = ", ".join(segments[:n]).strip()
        start = lo + (len(head) - len(head.lstrip()))
        end = start + len(clause)
        if len(clause.split()) < 4 or "\n" in text[start:end]:
            continue
        if _QUOTE_THEN_WORDS.match(clause):
            continue  # "“We need pumps,” the governor, Khaled al-Ansi, said": a quotation and its speaker, not a clause
        if any(f.start < end and start < f.end or f.cue_start == verb.idx for f in taken):
            continue
        marks = _has_mark(text, start, end)
        if marks and (text[start:end].count('"') % 2 or text[start:end].count("“") != text[start:end].count("”")):
            continue  # a quote mark left open: not one clause
        sp_end = lo + len(core)
        sp_start = sp_end - len(speaker)
        out.append(Found(document.id, start, end, text[start:end], "reported", speaker, sp_start, sp_end,
                         "around a quote" if marks else "sentence", sent.text, parts=[(start, end)], cue=verb.text,
                         speaker_head=(sp_start + speaker.rfind(speaker.split()[-1]), sp_end), cue_start=verb.idx))
    return out
