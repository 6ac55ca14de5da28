"""Reading the dependency parse for an attribution: a cue's subject, the speaker phrase as written,
the clause that governs a quoted part, and token shapes (cues by form, abbreviated titles)."""

from __future__ import annotations

from .cues import DOCUMENT_NOUNS, _MARKS, PRONOUNS, SAYING_NOUNS, SPEAKER_NOUNS, SPEECH_FORMS, SPEECH_VERBS, _VERBAL
from .found import Found


def _subject(verb, inside, depth: int = 0):
    """The subject of a verb (the agent of a passive), outside quotation marks."""
    quoted = _quoted_as_saying(verb, inside)
    if quoted is not None:
        return quoted
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and not inside(c.idx):
            if c.dep_ == "nsubjpass":
                for a in verb.children:
                    if a.dep_ == "agent":
                        objs = [o for o in a.children if o.dep_ == "pobj"]
                        if objs:
                            return objs[0]
                continue  # "was asked": the one asked is not the speaker
            # A relative pronoun ("who", "which") stays the speaker as written; _set_speaker points
            # its head at the one it stands for.
            return c
    if verb.lower_ == "according":
        for to in verb.children:
            for o in to.children:
                if o.dep_ == "pobj":
                    return o
    if verb.lemma_.lower() in SPEECH_VERBS:
        # "said Yusuf Omar, the terminal manager": the name right after the verb.
        # Only after the quote ("...,” said X"), not "telling CNN that ...".
        nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        prev = verb.nbor(-1) if verb.i > 0 else None
        if (nxt is not None and (prev is None or prev.is_punct or prev.is_space or verb.i == verb.sent.start)
                and verb.tag_ not in ("VBG", "VBN")  # "..., telling CBS that": CBS was told
                and nxt.ent_type_ in ("PERSON", "ORG")
                and not inside(nxt.idx)):
            return nxt
    if verb.lemma_.lower() in SPEECH_VERBS:
        # A parse that hung the name elsewhere: "…, her adviser, Jake Sullivan, said:" -> the name just before.
        i = verb.i - 1
        while i >= 0 and verb.doc[i].is_punct and verb.i - i <= 2:
            i -= 1
        if (i >= 0 and verb.doc[i].ent_type_ == "PERSON" and not inside(verb.doc[i].idx) and i < verb.i - 1
                and verb.tag_ not in ("VBG", "VBN")):  # "cut into Bush, calling him ...": Bush is not the caller
            ent = next((e for e in verb.doc.ents if e.start <= i < e.end), None)
            if ent is not None:
                return ent.root
    if depth < 3 and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in _VERBAL:
        return _subject(verb.head, inside, depth + 1)
    if depth < 3 and verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "acl"):
        # "Gowdy declined, saying only that ...": the one who declined; "Trump issued a statement
        # saying that ...": the one who issued it.
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj") and head.head.pos_ in _VERBAL:
            head = head.head
        if head.pos_ in _VERBAL:
            return _subject(head, inside, depth + 1)
    return None


def _quoted_as_saying(verb, inside):
    """'The article quoted Ed Chernoff as saying: "..."': the one quoted speaks, not the article (review s9: a lawyer's
    words were shown under "The Texas Lawyer article")."""
    if verb.lower_ != "saying" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    quote = verb.head.head
    if quote.lemma_.lower() != "quote":
        return None
    return next((c for c in quote.children if c.dep_ == "dobj" and not inside(c.idx)), None)


def _speaker_span(subj):
    """The speaker phrase as written: the subject without relative clauses or trailing asides."""
    drop = set()
    for c in subj.children:
        if c.dep_ in ("relcl", "acl", "punct", "advcl") or (c.dep_ == "appos" and c.i > subj.i and
                                                            subj.ent_type_ == "PERSON"):
            drop.update(t.i for t in c.subtree)
    kept = {t.i for t in subj.subtree if t.i not in drop}
    # The phrase never runs across a quote mark: a bad parse may hang the quote and its verb on the name.
    doc = subj.doc
    left, right = subj.i, subj.i
    while left - 1 >= min(kept) and doc[left - 1].text not in _MARKS and "\n" not in doc[left - 1].text:
        left -= 1
    while right + 1 <= max(kept) and doc[right + 1].text not in _MARKS and "\n" not in doc[right + 1].text:
        right += 1
    while right > left and doc[right].is_punct:
        right -= 1
    while left < right and doc[left].is_punct:
        left += 1
    return doc[left:right + 1]


def _paragraph_of(sent, part: tuple[int, int]) -> tuple[int, int]:
    """Character bounds of the paragraph around a quoted part, within the parse's sentence."""
    start, end = sent.start_char, sent.end_char
    for t in sent:
        if "\n" in t.text or "\n" in t.whitespace_:
            edge = t.idx + len(t.text)
            if edge <= part[0]:
                start = max(start, edge)
            elif t.idx >= part[1]:
                end = min(end, t.idx + (len(t.text) if "\n" not in t.text else 0))
                break
    return start, end


def _paragraph_subject(verb, para: tuple[int, int], inside):
    """The subject of a verb whose parsed subject lies in the paragraph before: the noun phrase right
    before the verb in its own paragraph ("...Association..\n\nShaw said that ..." -> Shaw;
    "Tuesday in New York, former president Bill Clinton said ..." -> Clinton)."""
    if not para[0] <= verb.idx < para[1]:
        return None
    k = verb.i - 1
    while k >= 0 and verb.doc[k].pos_ in ("ADV", "AUX", "PART") and verb.doc[k].idx >= para[0]:
        k -= 1  # "Clinton later said", "she has said"
    phrase = []
    while k >= 0 and len(phrase) < 8:
        t = verb.doc[k]
        if t.idx < para[0] or t.is_space or inside(t.idx) or t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "PRON",
                                                                              "NUM", "PART") and t.tag_ != "POS":
            break
        phrase.insert(0, t)
        k -= 1
    if not phrase or _phrase_head(phrase) is None:
        return None
    return _phrase_head(phrase)


def _governor(sent, part: tuple[int, int], inside):
    """(cue verb, subject) of the clause that governs a quoted part inside one sentence."""
    qset = {t.i for t in sent if part[0] <= t.idx < part[1]}
    if not qset:
        return None
    # The parse's sentence may run over a paragraph break; the speaker is in the quote's paragraph.
    para = _paragraph_of(sent, part)
    chain: list = []  # (distance, verb, subject) up from the quote
    seen = set()
    for i in sorted(qset):
        t = sent.doc[i]
        h = t.head
        if h.i in qset or h.i == t.i:
            continue
        depth = 0
        came_from = t
        while h.i not in seen and not inside(h.idx):
            seen.add(h.i)
            # "Trump did post on Twitter that ...": a verb the tagger took for a noun still has its subject.
            if h.pos_ in _VERBAL or h.lower_ == "according" or (
                    h.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "aux") for c in h.children)):
                subj = _subject(h, inside)
                if subj is not None and not para[0] <= subj.idx < para[1]:
                    subj = _paragraph_subject(h, para, inside)
                if subj is not None:
                    chain.append((depth, h, subj, came_from.dep_ == "ccomp"))
                # "Clinton, a top aide said, “is very confident”": a parenthetical attribution.
                for c in h.children:
                    if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS and not inside(c.idx):
                        said_by = _subject(c, inside)
                        if said_by is not None and said_by.i != (subj.i if subj is not None else -1):
                            chain.append((depth + 1, c, said_by, True))
                if h.dep_ == "conj" and h.lemma_.lower() in SPEECH_VERBS and subj is not None:
                    # "calling her a “robot” and accusing her of behaving like a “sulking teenager”":
                    # the second verb of saying is an attribution of its own, not a part of the first.
                    break
                if _own_attribution(h, subj):
                    # "X said the tariffs answer “a chronic problem,” while the envoy accused the U.S. of
                    # “blackmail”": a clause of saying with its own subject, hung on X's verb, is the envoy's.
                    break
            elif h.pos_ == "NOUN" and h.lemma_.lower() in SAYING_NOUNS:
                # "her claim that she “never sent” ...", "Albright's remark that ...": the owner said it.
                owner = next((c for c in h.children if c.dep_ == "poss" and not inside(c.idx)), None)
                if owner is not None:
                    chain.append((depth, h, owner, True))
            if h.head.i == h.i:
                break
            came_from, h, depth = h, h.head, depth + 1
    # "“...,” he said": the verb may hang from the quote's own verb (parataxis) or be the root.
    attached = []
    for t in sent:
        if t.i in qset or inside(t.idx) or t.pos_ not in _VERBAL or t.i in seen:
            continue
        if t.head.i in qset or t.head.i == t.i:
            subj = _subject(t, inside)
            if subj is not None and para[0] <= subj.idx < para[1]:
                attached.append((0, t, subj, False))
    for group in (chain, attached):
        speech = [c for c in group if c[1].lemma_.lower() in SPEECH_VERBS | SAYING_NOUNS or c[1].lower_ == "according"]
        if speech:
            # The outermost verb of saying: "Bolton said he would advise ..." is Bolton's.
            _, verb, subj, _ = max(speech, key=lambda c: c[0])
            return verb, subj, True, True
    # A verb whose clausal complement holds the quote attributes it, said or thought:
    # "Paul Ryan worried that the safety net was becoming “a hammock”" is Ryan's, not the net's.
    thought = [c for c in chain if c[3]]
    if thought:
        _, verb, subj, _ = max(thought, key=lambda c: c[0])
        return verb, subj, False, True
    for group in (chain, attached):
        if group:
            _, verb, subj, _ = min(group, key=lambda c: c[0])
            return verb, subj, False, False
    return None


def _own_attribution(verb, subj) -> bool:
    """Is the verb an attribution of its own inside another one's sentence: a verb of saying in an adverbial or
    joined clause ("..., while the envoy accused ...", "..., but Ann Fox called it ...") whose subject is its own
    (written in that clause, not taken from the verb it hangs on)?"""
    return (verb.dep_ in ("advcl", "conj") and verb.lemma_.lower() in SPEECH_VERBS and subj is not None
            and subj.head.i == verb.i and subj.dep_ in ("nsubj", "nsubjpass") and verb.head.pos_ in _VERBAL)


def _clause_speaker(span, inside):
    """(verb, subject, is a speech verb) of an attribution clause outside the quotes (between parts, after)."""
    best = None
    for t in span:
        if inside(t.idx) or t.pos_ not in _VERBAL:
            continue
        subj = _subject(t, inside)
        if subj is None:
            continue
        speech = t.lemma_.lower() in SPEECH_VERBS
        if speech:
            return t, subj, True
        best = best or (t, subj, False)
    return best


def _may_speak(subj) -> bool:
    """Can this subject be someone who speaks: a name, a pronoun for a person or body, a speaker noun?"""
    return (subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.lower_ in PRONOUNS - {"it"} | {"who"}
            or subj.lemma_.lower() in SPEAKER_NOUNS | DOCUMENT_NOUNS or subj.pos_ == "PROPN")


def _set_speaker(f: Found, verb, subj, basis: str) -> None:
    span = _speaker_span(subj)
    f.speaker_text, f.speaker_start, f.speaker_end = span.text, span.start_char, span.end_char
    relative = subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl"
    head = subj.head.head if relative else subj
    f.speaker_head = (head.idx, head.idx + len(head.text))
    f.cue = verb.text
    f.cue_start = verb.idx
    f.basis = basis


def _is_cue(t) -> bool:
    return t.lower_ in SPEECH_FORMS or (t.lemma_.lower() in SPEECH_VERBS and t.tag_ in ("VBD", "VBZ", "VBP"))


_ABBREVIATED_TITLES = {"mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "capt", "lt", "sgt",
                       "rev", "st", "jr", "sr", "maj", "adm", "cmdr", "pres", "supt", "insp"}


def _abbreviation_dot(t) -> bool:
    """Is this token the full stop of an abbreviated title the tokenizer split off ("Lt" ".")?"""
    return t.text == "." and t.i > 0 and t.nbor(-1).lower_ in _ABBREVIATED_TITLES and not t.whitespace_ == "" \
        and t.i + 1 < len(t.doc) and t.nbor(1).text[:1].isupper()


def _phrase_head(tokens):
    """The head word of a short noun phrase read left to right: its last name, noun or pronoun."""
    tokens = list(tokens)
    cut = next((k for k, t in enumerate(tokens) if t.pos_ == "ADP" and t.tag_ != "POS" and k), len(tokens))
    # "a spokesman for Mrs. Clinton": the head comes before the preposition.
    heads = [t for t in tokens[:cut] if t.pos_ in ("PROPN", "NOUN", "PRON") or t.ent_type_ in ("PERSON", "ORG")]
    return heads[-1] if heads else None
