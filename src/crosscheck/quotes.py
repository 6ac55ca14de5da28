"""Quotes: who said what.

Direct quotations are found from quote marks (straight or curly) within a
paragraph, continued across paragraphs by the news convention (a paragraph
that opens a quote without closing it goes on in the next one that opens
with a quote mark), and joined when split by a short attribution ("...," he
said. "..."). Reported speech and thought is what a cue governs, in any
clause of any sentence: a verb of saying or thinking and its complement
without "that" ("X said (that) ...", "..., the minister said", "X told
reporters that ...", "X wants to ...", "a poll shows ..."), for some verbs
its object ("X criticized the plan for ..."), "called for ...", "according to
X", a parenthetical "The museum, X said, celebrated ..." (two parts), a noun
of saying and its owner ("his claim that ..."), a headline "X: ...". The
source is the cue's subject. Attributions do not nest (the outer one holds
the inner), and a clause holding a quote mark is left to direct quotes.

The speaker comes first from the words right after a closing mark, read by
their shape because the tagger is least reliable there ("“...,” Tulsa police
Chief Chuck Jordan said", "“...,” said Skelly", "“...” ― Pamela Padilla",
a signature line "- Sanders"); then from the parse: the subject of the verb
that governs the quote (walking up from the quoted words, preferring speech
verbs, so that in "Sanders says he is determined to end a “rigged economy”"
it is Sanders, not "he"; else a verb whose clausal complement holds the quote,
"Ryan worried that ..."; a parenthetical "X, the mayor said, “...”"; the owner
of a noun of saying, "her claim that ..."), always within the quote's own
paragraph; else the attribution between the parts of a split quote, a short
attribution sentence right after the quote ("... ?” he asks."), the clause
before a colon or a name as a label ("Clinton: “...”"), a sentence of saying
just before ("X agreed. “...”"), or the speaker of the quote just before (a
quote paragraph continuing a quote). A subject that cannot speak ("her right
foot was “so swollen”") is no speaker unless a verb of saying governs. A
relative pronoun is kept as written ("who") and resolved through the phrase it
hangs on. A pronoun or a description ("he", "the spokesman") goes
to the nearest preceding named person; a title is dropped by matching the
entity. When a reprint dropped the name, the speaker is taken from the same
quote in the original (the copy group). The same quote in several reports is
one quote with its sources; a quote whose words differ between reports keeps
each version as a variant.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field

from .records import CopyGroup, Document, Entity, Evidence, Quote, Sentence, Sources

# Verbs that introduce what someone said, wrote or meant ("cues"). Lemmas, as spaCy gives them.
SPEECH_VERBS = frozenset("""
say tell add write warn claim state announce insist argue note explain declare confirm deny admit acknowledge
ask answer reply respond tweet post urge call describe predict promise vow caution stress suggest report recall
allege maintain estimate concede complain continue joke quip chant shout yell scream cry exclaim whisper mutter
remark observe comment testify conclude emphasize emphasise assert contend reason wonder question counter retort
agree echo dub label term quote cite recount characterize characterise pledge threaten demand plead beg boast brag
lament bemoan decry criticize criticise praise charge mock accuse blast slam rip tout hail proclaim rail reiterate
repeat confide inform advise recommend propose read put sum summarize summarise begin go point insist tell
predict thank lash fire hit attack dismiss deride ridicule brand name refer reveal disclose concur protest
bark snap fume gush beam sigh laugh grumble rage roar muse interject interrupt chime offer volunteer tease
exhort condemn denounce react assure talk portray blame challenge knock defend speak discuss credit imply pronounce
""".split())
# Inflected forms of speech verbs, for the attribution right after a quote, where the tagger often
# errs (after a closing mark "notes" is a plural noun, "Tulsa" a verb): read by form, not by tag.
SPEECH_FORMS = frozenset("""
reacted quoted said says told tells added adds wrote writes warned warns asked asks noted notes explained explains continued
continues argued argues insisted insists declared declares replied replies responded responds tweeted tweets
posted recalled recalls joked jokes quipped quips stated states announced announces claimed claims shouted
shouts exhorted exclaimed cautioned stressed stresses observed observes remarked remarks concluded concludes
acknowledged acknowledges admitted admits countered counters predicted predicts promised promises vowed vows
boasted boasts complained complains conceded concedes mused muses wondered wonders yelled screamed cried
chanted testified testifies recounted recounts reiterated reiterates agreed agrees suggested suggests
""".split())
_NOT_A_SUBJECT = {"that", "when", "while", "after", "before", "because", "if", "as", "since", "but", "and", "so",
                  "then", "also", "which", "who", "where", "although", "though"}
# Nouns of saying whose owner is the speaker: "her claim that ...", "Trump's remark that ...".
SAYING_NOUNS = frozenset("""
claim claims statement remark comment comments assertion argument insistence promise pledge warning suggestion
declaration admission denial accusation charge allegation prediction vow call description characterization
words remarks view belief contention message tweet response reply answer testimony
""".split())
# Writings that "say" what they hold: "a Bloomberg poll shows that ...", "the memo called it “...”".
DOCUMENT_NOUNS = frozenset("""
poll polls survey ad ads advertisement letter memo email e-mail book article editorial column tweet post video
transcript complaint lawsuit indictment petition website law rule rules bylaws document documents filing
analysis paper story headline speech interview release readout
""".split())
# Who may be quoted without a name in reported speech: "the spokesman said that ...".
SPEAKER_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official officials minister president governor commander general chief head
director mayor officer source sources analyst analysts envoy ambassador senator candidate nominee secretary
chairman chairwoman leader aide aides adviser advisor lawyer attorney police statement report campaign witness
witnesses expert experts resident residents company government ministry agency army military council committee
party court police group union office department spokespeople researchers scientists study
""".split())
PRONOUNS = {"he", "she", "they", "him", "her", "it", "we", "i", "you"}
# Cues of reported speech and thought (PolNeAR attributes beliefs, plans and findings too).
REPORTED_CUES = (SPEECH_VERBS | frozenset("""
believe think know expect want plan hope fear feel worry doubt find show indicate suggest support oppose endorse
understand assume suspect realize realise recognize intend decide refuse learn hear predict forecast project
anticipate demand seek urge mention hint signal determine conclude reject question insist acknowledge figure
hop see decline vote back express consider focus push view favor prefer remember highlight embrace deem advocate
accept encourage promote
""".split())) - frozenset("begin go continue put read fire hit knock react".split())
# Cues whose object is what was said or thought: "X criticized the plan", "a poll shows Clinton ahead".
_OBJECT_CUES = frozenset("""
cite offer note mention question support endorse oppose criticize criticise attack blast slam praise describe
call announce propose recommend demand deny admit acknowledge confirm reveal predict promise pledge estimate want
plan know believe expect find show suggest reject dismiss defend blame accuse charge discuss
back express consider view favor prefer remember tout highlight embrace accept promote see hop hope
""".split())
# Cues whose complement follows "for" or "on": "called for a special prosecutor", "pushed for ...".
_PREP_CUES = frozenset("call push argue ask press plead beg vote lobby campaign advocate".split())
# Cues whose "to ..." complement is not what was said ("began to", "went on to").
_NO_XCOMP = frozenset("begin go continue point put read talk speak try".split())
DESCRIPTIONS = re.compile(r"^(the|a|an)\s+(\w+\s+){0,3}(spokesman|spokeswoman|spokesperson|official|minister|"
                          r"president|governor|commander|general|chief|head|director|mayor|officer|source|"
                          r"coordinator|manager|trader|analyst|envoy|ambassador|senator|candidate|nominee|"
                          r"secretary|chairman|chairwoman|leader|aide|adviser|advisor|lawyer|attorney)\b", re.I)
_OPEN = {"“": "”", '"': '"', "«": "»"}
_MARKS = {"“", "”", '"', "«", "»"}
_DASHES = ("―", "—", "–", "-")
_NEXT_MARK = re.compile('[“"«]')
MIN_QUOTE_WORDS = 2  # shorter quotes are kept only when a speech verb attributes them
MIN_UNATTRIBUTED_WORDS = 4  # shorter unattributed quotes are scare quotes or titles
SAME_QUOTE_RATIO = 88  # rapidfuzz ratio of normalised texts for "the same quote, maybe reworded"
_VERBAL = ("VERB", "AUX")
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "for", "in", "on", "at", "to", "by", "with", "from", "vs"}


@dataclass
class Found:
    """A quote as found in one text: the quoted words and the speaker as written there."""

    document: str
    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    basis: str | None = None
    sentence: str = ""
    middle: tuple[int, int] | None = None  # the attribution between the two parts of a split quote
    parts: list[tuple[int, int]] = field(default_factory=list)  # the quoted pieces, without what lies between
    cue: str | None = None  # the verb that attributes it ("said", "told"), when one does
    speaker_head: tuple[int, int] | None = None  # the head word of the speaker phrase ("spokesman", "Smith")
    cue_start: int | None = None  # where the cue is, to tell one attribution from two by the same speaker


def _closing(para: str, start: int, mark: str) -> int:
    """Where the quote opened by ``mark`` closes in the paragraph (-1: it does not).

    Scraped text mixes its marks: “...\" and \"...” close each other, and a typed “ after
    a comma or full stop and before a space is a closing mark ("...here,“ said Jim Clyburn").
    """
    if mark == "«":
        return para.find("»", start)
    found = [j for j in (para.find("”", start), para.find('"', start)) if j != -1]
    j = para.find("“", start) if mark != '"' else -1
    while j != -1 and (not found or j < min(found)):
        if para[j - 1] in ",.?!" and (j + 1 == len(para) or para[j + 1] == " "):
            return j
        j = para.find("“", j + 1)
    return min(found) if found else -1


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted text (inside the marks)."""
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    carry = False
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        i = 0
        if carry and para[:1] not in _OPEN:
            carry = False
        while i < len(para):
            ch = para[i]
            # A straight mark after a letter or "=" closes something else (a markup attribute, a typo).
            # A paragraph may open with a mark of the wrong direction: ”Mr. Trump embodies ...”.
            opens = ch in _OPEN or (ch == "”" and i == 0 and (para[1:2].isalpha() or para.find("”", 1) != -1))
            if opens and (ch != '"' or i == 0 or not (para[i - 1].isalnum() or para[i - 1] == "=")):
                j = _closing(para, i + 1, ch)
                if j == -1:
                    # Unclosed at the paragraph's end: the quote goes on in the next paragraph.
                    spans.append((p_start + i + 1, p_end))
                    carry = True
                    break
                spans.append((p_start + i + 1, p_start + j))
                i = j + 1
                continue
            nxt = _NEXT_MARK.search(para, i + 1)
            i = nxt.start() if nxt else len(para)
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _sentence_of(document: Document, offset: int) -> tuple[int, int]:
    for s in document.sentences:
        if s.start <= offset < s.end:
            return s.start, s.end
    return offset, offset


class _Inside:
    """Is a character inside any quotation of the text?"""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def __call__(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.spans[i][1]


def _is_title(text: str) -> bool:
    """"State of the Union", "Make America Great Again": a name in quote marks, not a quotation."""
    words = re.findall(r"[\w’'-]+", text)
    return bool(words) and len(words) <= 8 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS
                                                   for w in words)


# --------------------------------------------------------------------- the parse


def _subject(verb, inside, depth: int = 0):
    """The subject of a verb (the agent of a passive), outside quotation marks."""
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
                    # "calling him a “stiff” and accusing him of acting like a “spoiled child”":
                    # the second verb of saying is an attribution of its own, not a part of the first.
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


def _after_quote(doc, close: int, limit: int, inside):
    """(cue, speaker tokens) of the attribution that opens right after a closing quote mark.

    News writes "“...,” Tulsa police Chief Chuck Jordan said Monday." or "“...,” said Skelly,
    explaining ..." or "“...” ― Pamela Padilla". The tagger is least reliable just after a closing
    mark, so this reads the shape of the words rather than the parse: a short subject and a
    verb of saying (by its form), the verb and a short name, or a dash and a name.
    """
    span = doc.char_span(close, limit, alignment_mode="contract") if limit > close else None
    if span is None:
        return None
    tokens = [t for t in span[:40]]
    i = 0
    while i < len(tokens) and (tokens[i].is_space or tokens[i].text in ",”\"'’"):
        i += 1
    glued = i < len(tokens) and len(tokens[i].text) > 1 and tokens[i].text[0] in _DASHES and tokens[i].text[1].isalpha()
    if i < len(tokens) and (tokens[i].text in _DASHES + ("--",) or glued):
        # "“...” ― Pamela Padilla", "“...”\n\n-Michelle Marks": a name after a dash closing the quote.
        name = [tokens[i]] if glued else []
        for t in tokens[i + (0 if glued else 1):i + 9][len(name):]:
            if _abbreviation_dot(t):
                name.append(t)
                continue
            if t.is_punct or t.is_space or t.pos_ in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ"):
                break
            name.append(t)
        if name and name[0].text.lstrip("".join(_DASHES))[:1].isupper() and not inside(name[0].idx):
            return tokens[i], name, None
        return None
    rest = tokens[i:]
    if not rest or inside(rest[0].idx):
        return None
    if rest[0].lower_ == "according" and len(rest) > 2 and rest[1].lower_ == "to":
        rest = rest[1:]  # "“...,” according to the news outlet": read as a cue followed by its source
    if _is_cue(rest[0]) or rest[0].lower_ == "to" and rest[0].nbor(-1).lower_ == "according":
        # "said Skelly, explaining ...", "exhorted Clinton's introducer, actress Jamie Lee Curtis."
        name = []
        for t in rest[1:10]:
            if _abbreviation_dot(t):
                name.append(t)  # "said Lt. Gen. Maria Keller": the full stop of a title
                continue
            if t.is_punct or t.is_space or t.pos_ in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ") \
                    or t.lower_ in _NOT_A_SUBJECT or inside(t.idx):
                break
            name.append(t)
        if name and _phrase_head(name) is not None and (name[0].text[:1].isupper() or name[0].lower_ in
                                                         ("the", "a", "an", "his", "her", "their", "its")):
            return rest[0], name, None
        return None
    # "X said", "X, a top adviser, said", "a narrator in the Clinton ad asks".
    for k, t in enumerate(rest):
        if inside(t.idx) or (t.is_sent_end and t.text in ".!?") or t.text in (";", ":", "“", "\""):
            return None
        if k and _is_cue(t) and t.lemma_.lower() not in ("report", "statement", "state", "post", "note") or (
                k and t.lower_ in SPEECH_FORMS):
            before = rest[:k]
            while before and before[-1].pos_ in ("ADV", "AUX", "PART") and before[-1].text not in (",",):
                before = before[:-1]  # "Trump later said", "she has said", "Clinton would not say"
            if not before:
                return None
            first = before[0]
            if not (first.text[:1].isupper() or first.lower_ in PRONOUNS or first.lower_ in
                    ("a", "an", "the", "his", "her", "their", "its", "one", "another")):
                return None
            cut = next((j for j, b in enumerate(before) if b.text == ","), len(before))
            head_part = before[:cut]
            # An apposition must be closed by a comma right before the verb.
            if cut < len(before) and before[-1].text != ",":
                return None
            if not head_part or len(head_part) > 8 or any(b.lower_ in _NOT_A_SUBJECT for b in head_part):
                return None
            if any(b.pos_ in ("VERB", "AUX") and b.tag_ in ("VBD", "VBZ", "VBP", "MD") and not b.ent_type_
                   and b.i != head_part[0].i for b in head_part):
                return None
            if _phrase_head(head_part) is None:
                return None
            # The speaker as written keeps its apposition ("the governor, Khaled al-Ansi"): the name may be there.
            while before and before[-1].is_punct:
                before = before[:-1]
            return t, before, _phrase_head(head_part)
        if k >= 30:
            return None
    return None


def _label_before_colon(doc, text: str, colon: int, inside):
    """"Former secretary of state Hillary Rodham Clinton: “...”", "Continued Stone: “...”": a name as a label."""
    para_start = text.rfind("\n", 0, colon) + 1
    start = max(para_start, max(text.rfind(c, para_start, colon) for c in ".?!”\"") + 1)
    span = doc.char_span(start, colon, alignment_mode="contract")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    cue = tokens[0] if tokens and _is_cue(tokens[0]) else None
    name = tokens[1:] if cue is not None else tokens
    if not name or len(name) > 10 or any(inside(t.idx) for t in name):
        return None
    if not any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in name) or not name[0].text[:1].isupper():
        return None
    if any(t.pos_ in _VERBAL and not t.ent_type_ and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in name):
        return None
    return cue or tokens[-1], name


def _speaker_sentence_before(f: Found, text: str, doc, inside):
    """(verb, subject) of a sentence of saying that ends right before the quote in its paragraph."""
    head = text[:f.start - 1].rstrip(" “\"")
    # The quote opens its paragraph: the last sentence of the paragraph before may introduce it
    # ("The DNC issued a statement apologizing to Sanders.\n\n“On behalf of everyone ...”").
    opens_paragraph = "\n" in text[len(head):f.start]
    head = head.rstrip()
    if not head or head[-1] not in ".!" or (opens_paragraph and text[len(head):f.start].count("\n") > 2):
        return None
    end = doc.char_span(len(head) - 1, len(head), alignment_mode="expand")
    if end is None:
        return None
    sent = end.sent
    if sent.start_char < text.rfind("\n", 0, len(head)) or any(inside(t.idx) for t in sent):
        return None
    root = sent.root
    statement = root.lemma_.lower() in ("issue", "release") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("statement", "comment", "apology") for c in root.children)
    if not statement and (root.lemma_.lower() not in SPEECH_VERBS | {"agree", "disagree"}
                          or root.pos_ not in _VERBAL):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and not opens_paragraph) for c in root.children):
        return None  # "X said the plan would fail." reports something of its own
    subj = _subject(root, inside)
    return (root, subj) if subj is not None else None


def _set_speaker_tokens(f: Found, cue, name, basis: str, head=None) -> None:
    head = head or _phrase_head(name) or name[-1]
    f.speaker_start, f.speaker_end = name[0].idx, name[-1].idx + len(name[-1].text)
    f.speaker_text = name[0].doc[name[0].i:name[-1].i + 1].text  # (doc.text would rebuild the whole text)
    dashes = len(f.speaker_text) - len(f.speaker_text.lstrip("".join(_DASHES)))  # "-Michelle Marks"
    f.speaker_start, f.speaker_text = f.speaker_start + dashes, f.speaker_text[dashes:]
    f.speaker_head = (head.idx, head.idx + len(head.text))
    f.cue = cue.text[0] if cue.text[0] in _DASHES else cue.text  # "-Michelle": the dash is the cue
    f.cue_start = cue.idx
    f.basis = basis


def _attribute(f: Found, text: str, doc, inside) -> None:
    if doc is None:
        return
    # 0. The attribution written right after the closing mark of a part: "“...,” X said."
    for n, (a, b) in enumerate(f.parts):
        last = text[a:b].rstrip()[-1:]
        after = text[b + 1:b + 3]
        if not (last in ",?!—-–" or after[:1] == "," or after.strip()[:1] in ("―", "—", "–")
                or re.match(r"\s*\n\s*[-―—–]", text[b + 1:b + 8])):
            continue
        limit = f.parts[n + 1][0] if n + 1 < len(f.parts) else text.find("\n", b)
        limit = len(text) if limit == -1 else limit
        if n + 1 == len(f.parts) and not text[b + 1:limit].strip():
            # The signature on a line of its own: "“...”\n\n- Michelle Marks".
            sign = re.match(r"\s*([-―—–]+ ?[^\n]{1,60})(\n|$)", text[limit:])
            if sign:
                limit = limit + sign.end(1)
        hit = _after_quote(doc, b + 1, limit, inside)
        if hit:
            _set_speaker_tokens(f, hit[0], hit[1], "sentence", hit[2])
            return
    # 1. The attribution between the two parts of a split quote.
    if f.middle:
        span = doc.char_span(*f.middle, alignment_mode="expand")
        hit = _clause_speaker(span, inside) if span is not None else None
        if hit and hit[2]:
            _set_speaker(f, hit[0], hit[1], "sentence")
            return
    # 2. The clause governing a quoted part, in the sentence where it ends, then where it starts.
    weak = None
    for a, b in reversed(f.parts):
        sents = []
        for offset in (b - 1, a):
            span = doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is not None and span.sent not in sents:
                sents.append(span.sent)
        for sent in sents:
            hit = _governor(sent, (a, b), inside)
            if hit and hit[2]:
                _set_speaker(f, hit[0], hit[1], "sentence")
                return
            weak = weak or hit
    # 3. A short attribution sentence right after the quote: "... ?” he asks rhetorically.
    para_end = text.find("\n", f.end)
    para_end = len(text) if para_end == -1 else para_end
    after = doc.char_span(f.end, para_end, alignment_mode="contract") if para_end > f.end + 1 else None
    first = next((t for t in after if not (t.is_punct or t.is_space)), None) if after is not None else None
    if first is not None:
        tail = doc[first.i: min(first.sent.end, after.end)]
        if not any(inside(t.idx) for t in tail):
            # The verb of saying comes first in such a sentence: "he asks", "Trump said of Apple ...".
            hit = _clause_speaker(tail[:6], inside)
            if hit and hit[2]:
                _set_speaker(f, hit[0], hit[1], "sentence")
                return
    # 4. A clause that ends in a colon introduces the quote: "He then listed them:\n“...”".
    before = re.sub(r"[\s“\"]+$", "", text[:f.start - 1])  # (\s: a no-break space may sit before the mark)
    if before.endswith(","):
        # "Ryan said,“Look, ...”": a clause of saying that ends in a comma at the opening mark.
        end = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        prev = end[0].nbor(-1) if end is not None and end[0].i > 0 else None
        if prev is not None and _is_cue(prev) and not inside(prev.idx):
            subj = _subject(prev, inside)
            if subj is not None:
                _set_speaker(f, prev, subj, "sentence")
                return
    if before.endswith(":"):
        end = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if end is not None:
            root = end.sent.root
            subj = _subject(root, inside) if root.pos_ in _VERBAL else None
            hit = (root, subj, True) if subj is not None else _clause_speaker(end.sent, inside)
            if hit:
                _set_speaker(f, hit[0], hit[1], "colon")
                return
        label = _label_before_colon(doc, text, len(before) - 1, inside)
        if label:
            _set_speaker_tokens(f, label[0], label[1], "colon")
            return
    # 5. The sentence just before, in the same paragraph, says who speaks and reports nothing
    # itself: "Iowa State University's Dianne Bystrom agreed. “...”", "X said in a statement. “...”".
    if not weak or not weak[2]:
        hit = _speaker_sentence_before(f, text, doc, inside)
        if hit:
            _set_speaker(f, hit[0], hit[1], "sentence")
            return
    if weak and not _may_speak(weak[1]):
        weak = None  # "her right foot was “so swollen”": a thing governed by a verb of no saying does not speak
    if weak:
        _set_speaker(f, weak[0], weak[1], "sentence")
        if not weak[3]:
            f.cue = None  # governed by a verb, but not one of saying or thinking


def _find(document: Document, doc) -> list[Found]:
    text = document.text
    spans = _quote_spans(text)
    inside = _Inside(spans)
    found: list[Found] = []
    for start, end in spans:
        quote = text[start:end].strip().rstrip(",")
        s_start, s_end = _sentence_of(document, start)
        found.append(Found(document.id, start, end, quote, sentence=text[s_start:s_end], parts=[(start, end)]))
    # Join split quotes: "...," he said. "..." (only a short attribution between them, in one paragraph).
    merged: list[Found] = []
    for f in found:
        if merged:
            prev = merged[-1]
            between = text[prev.end:f.start]
            inner = between.strip().strip("“”\"").strip()
            if ("\n" not in between and 0 < len(inner.split()) <= 12 and text[prev.end - 1:prev.end] in ",?!—-"
                    and inner[-1:] in ".,:" and _speech_word(inner, doc, prev.end, f.start)):
                prev.middle = (prev.end, f.start)
                prev.text = prev.text + " … " + f.text
                prev.end = f.end
                prev.parts += f.parts
                continue
            # A quote left open at a paragraph's end goes on in the next paragraph that opens with a mark.
            if (prev.end == len(text) or text[prev.end] == "\n") and text[prev.end:f.start - 1].strip() == "" \
                    and text[f.start - 1] in _OPEN:
                prev.text = prev.text + "\n" + f.text
                prev.end = f.end
                prev.parts += f.parts
                continue
        merged.append(f)
    for f in merged:
        _attribute(f, text, doc, inside)
    # A quote with no attribution of its own continues the previous one: in the same
    # paragraph ("...," said X, who ... . "..."), or in the next paragraph that opens
    # with a quote mark.
    for prev, f in zip(merged, merged[1:]):
        if f.speaker_start is not None or prev.speaker_start is None:
            continue
        gap = text[prev.end:f.start]
        words = len(re.findall(r"\w+", gap))  # the marks themselves are not words
        attribution_between = prev.end <= prev.speaker_start < f.start
        if "\n" not in gap:
            # Only a few words between, or the attribution of the first part: "...,” X said, when ... “...”
            if words > 3 and not attribution_between:
                continue
            basis = "same paragraph"
        elif (gap.count("\n") <= 2 and text[f.start - 1:f.start] in _OPEN and text[f.start - 2:f.start - 1] == "\n"
              and (words <= 25 or attribution_between and words <= 45)):
            # A paragraph that is only a quote goes on from the quoted speaker of the paragraph before.
            basis = "previous paragraph"
        else:
            continue
        f.speaker_start, f.speaker_end, f.speaker_text, f.speaker_head, f.cue = (
            prev.speaker_start, prev.speaker_end, prev.speaker_text, prev.speaker_head, prev.cue)
        f.basis = basis
    # Two parts of one statement in one paragraph are one quote, as a reprint may print them
    # ("...,” said X, who ... . “...”  vs  "...,” he said. “...”).
    joined: list[Found] = []
    for f in merged:
        prev = joined[-1] if joined else None
        # Likewise the quoted bits of one attribution: she praised “the progress” and her commitment “to ...”.
        if prev is not None and f.speaker_start is not None and prev.speaker_start == f.speaker_start and (
                f.basis == "same paragraph" or "\n" not in text[prev.end:f.start] and f.cue_start == prev.cue_start):
            prev.middle = prev.middle or (prev.parts[-1][1], f.parts[0][0])
            prev.text += " … " + f.text
            prev.end = f.end
            prev.parts += f.parts
            continue
        joined.append(f)
    merged = joined
    # Scare quotes and names in quote marks are not quotations unless someone is said to say them.
    kept = []
    for f in merged:
        words = len(f.text.split())
        if f.cue is None and (words < MIN_UNATTRIBUTED_WORDS or _is_title(f.text)):
            continue
        # CNN’s “New Day”, “Good Morning America”: a show or a slogan, even next to "told".
        if _is_title(f.text) and (words <= 5 or re.search(r"['’]s\s*$", text[:f.start - 1])):
            continue
        if words < MIN_QUOTE_WORDS and f.cue is None:
            continue
        if words < MIN_UNATTRIBUTED_WORDS and _modifies_a_noun(f, doc):
            continue  # the “gun violence” narrative: a label the writer keeps at arm's length
        kept.append(f)
    return kept + _reported(document, doc, kept)


def _modifies_a_noun(f: Found, doc) -> bool:
    """Is the quoted phrase a modifier of a noun outside it (a scare quote), not something said?"""
    span = doc.char_span(f.parts[0][0], f.parts[-1][1], alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    for t in span:
        h = t.head
        if not (span.start <= h.i < span.end):
            return t.dep_ in ("compound", "amod", "nmod", "poss") and h.pos_ in ("NOUN", "PROPN")
    return False


def _speech_word(between: str, doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is not None:
        return any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ in _VERBAL for t in span)
    return bool(re.search(r"\b(said|says|told|added|wrote|warned|asked|continued)\b", between))


def find_quotes(text: str, doc=None) -> list[Found]:
    """Direct and reported quotes of a raw text, with their speakers as written (no entities, no copies).

    ``doc`` is the spaCy parse of ``text`` when the caller has it.
    """
    from . import nlp

    if doc is None:
        doc = nlp.load_pipeline()(text)
    document = Document(id="text", source="", content_hash="", format="txt", original=text, text=text,
                        sentences=_sentences(text, doc))
    return _find(document, doc)


def _sentences(text: str, doc) -> list[Sentence]:
    """Sentences of the parse, cut at paragraph breaks (as the clean stage makes them)."""
    out = []
    for sent in doc.sents:
        for piece in re.finditer(r"[^\n]+", text[sent.start_char:sent.end_char]):
            a, b = sent.start_char + piece.start(), sent.start_char + piece.end()
            if text[a:b].strip():
                out.append(Sentence(text[a:b], a, b))
    return out


def _reported(document: Document, doc, direct: list[Found]) -> list[Found]:
    """Reported speech and thought: the clause (or object) a cue verb governs, with its subject.

    Every verb of saying or thinking in every sentence is a cue, not only a sentence's main verb:
    "X said (that) ...", "..., the minister said", "X told reporters that ...", "X wants to ...",
    "a poll shows ...", "X called for ...", "X denied the report". What a cue governs is its
    clausal complement (without "that"); for some verbs, its object ("X criticized the plan").
    A clause that holds a quote mark is left to direct quotes (PolNeAR counts it direct).
    """
    if doc is None:
        return []
    text = document.text
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    inside = _Inside([(f.start, f.end) for f in direct])
    for sent in doc.sents:
        according = _according(document, sent)
        if according is not None and not _has_mark(text, according.start, according.end):
            out.append(according)
            seen.add((according.start, according.end))
        for t in sent:
            found = _reported_at(document, t, inside) or _nominal_at(document, t, inside)
            if found is None or (found.start, found.end) in seen:
                continue
            seen.add((found.start, found.end))
            out.append(found)
    for found in _headline_labels(document):
        if (found.start, found.end) not in seen and not any(f.start < found.end and found.start < f.end for f in out):
            out.append(found)
    # Attributions do not nest: "X said he thinks that ..." is X's, the clause and all.
    spans = sorted(part for f in out for part in f.parts)
    return [f for f in out if f.cue_start is None or not any(a <= f.cue_start < b for a, b in spans)]


_HEADLINE = re.compile(r"^[ \t]*([A-Z][^:\n]{0,40}?):[ \t]+(\S[^\n]*?)[ \t.]*$", re.M)
_NOT_A_LABEL = {"update", "updated", "watch", "breaking", "exclusive", "note", "editor's note", "editor’s note",
                "photos", "photo", "video", "related", "read more", "source", "sources", "via", "q", "a"}


def _headline_labels(document: Document) -> list[Found]:
    """A headline that names who says it: "Lynch: No outside influence on FBI probe"."""
    out = []
    text = document.text
    for m in _HEADLINE.finditer(text):
        label, content = m.group(1).strip(), m.group(2)
        words = label.split()
        if (not 1 <= len(words) <= 5 or label.casefold() in _NOT_A_LABEL or any(ch.isdigit() for ch in label)
                or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)
                or not 3 <= len(content.split()) <= 30 or any(c in _MARKS for c in content)):
            continue
        start, end = m.start(2), m.start(2) + len(content)
        out.append(Found(document.id, start, end, content, "reported", label, m.start(1), m.start(1) + len(label),
                         "colon", m.group(0).strip(), parts=[(start, end)], cue=":",
                         speaker_head=(m.start(1), m.start(1) + len(label)), cue_start=m.end(1)))
    return out


def _has_mark(text: str, start: int, end: int) -> bool:
    return any(c in _MARKS for c in text[start:end])


def _same_paragraph(a, b) -> bool:
    """Are two tokens in one paragraph (a parse's sentence may run over a paragraph break)?"""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[lo:hi])


def _content_of(verb):
    """(first token, last token) of what a cue verb governs, or None.

    The complement in the cue's own paragraph: a sentence the parse runs on from the
    quote of the paragraph before hangs that quote on the verb as a second complement.
    """
    lemma = verb.lemma_.lower()
    comps = [c for c in verb.children if c.dep_ == "ccomp" and _same_paragraph(c, verb)]
    if not comps and lemma not in _NO_XCOMP:
        comps = [c for c in verb.children if c.dep_ == "xcomp" and _same_paragraph(c, verb)]
    if not comps and lemma in _OBJECT_CUES:
        objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i]
        if objs:
            # What follows the object goes with it: "thanked Trump for backing ...", "shows him with ...".
            last = max(o.right_edge for o in objs)
            for c in verb.children:
                if c.i <= last.i:
                    continue
                if (c.dep_ not in ("prep", "oprd", "xcomp", "ccomp", "advcl", "npadvmod")
                        or verb.doc[c.left_edge.i - 1].is_punct):
                    break
                last = c.right_edge
            return objs[0].left_edge, last
    if not comps and not any(c.dep_ == "dobj" for c in verb.children):
        # "X called for a special prosecutor", "bragged about his prowess", "decided against ..."
        preps = ("about", "of", "against", "for", "on") if lemma in _PREP_CUES else ("about", "of", "against")
        preps += ("to",) if lemma in ("point", "refer") else ()
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in preps and prep.i > verb.i:
                objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
                if objs:
                    return objs[0].left_edge, objs[0].right_edge
    if not comps:
        return None
    c = min(comps, key=lambda c: (c.i < verb.i, abs(c.i - verb.i)))  # after the verb, nearest, first
    return c.left_edge, c.right_edge


_LEADING = {"that", ",", ":", ";", "-", "—", "--", "–"}


def _runs(doc, keep: list[int]) -> list[tuple[int, int]]:
    """Character spans of the runs of kept tokens, trimmed of a leading "that" and of punctuation."""
    runs: list[list] = []
    for i in keep:
        if runs and i == runs[-1][-1].i + 1:
            runs[-1].append(doc[i])
        else:
            runs.append([doc[i]])
    out = []
    for run in runs:
        while run and (run[0].lower_ in _LEADING or run[0].is_space or run[0].is_punct and run[0].text not in "'$"):
            run.pop(0)
        while run and (run[-1].is_punct and run[-1].text not in ("''", ")") or run[-1].is_space):
            run.pop()
        if any(t.is_alpha or t.like_num for t in run):
            out.append((run[0].idx, run[-1].idx + len(run[-1].text)))
    return out


# Nouns of saying or stance whose owner holds what follows: "his claim that ...", "her support for ...".
NOMINAL_CUES = SAYING_NOUNS | frozenset("""
support criticism attack attacks question questions call plan proposal decision concern concerns opposition
hope hopes endorsement praise demand demands vow pledge insistence push defense defence case refusal
""".split())
_NOMINAL_PREPS = ("of", "about", "on", "for", "against", "to")


def _nominal_at(document: Document, noun, inside) -> Found | None:
    """"Trump's claim that ...", "his support for the deal", "Sanders toned down his criticism of Clinton"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NOMINAL_CUES or inside(noun.idx):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and not inside(c.idx)), None)
    if owner is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        owner = _subject(noun.head, inside)
    if owner is None:
        return None
    content = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and (
        any(m.lower_ in ("that", "to") for m in c.children if m.dep_ in ("mark", "aux")))), None)
    if content is None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in _NOMINAL_PREPS and prep.i > noun.i:
                content = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if content is not None:
                    break
    if content is None:
        return None
    doc = noun.doc
    parts = _runs(doc, list(range(content.left_edge.i, content.right_edge.i + 1)))
    if not parts:
        return None
    start, end = parts[0][0], parts[-1][1]
    text = document.text
    if _has_mark(text, start, end) or "\n" in text[min(start, owner.idx):end]:
        return None
    name = _speaker_span(owner)
    return Found(document.id, start, end, " … ".join(text[a:b] for a, b in parts), "reported", name.text,
                 name.start_char, name.end_char, "sentence", noun.sent.text, parts=parts, cue=noun.text,
                 speaker_head=(owner.idx, owner.idx + len(owner.text)), cue_start=noun.idx)


def _reported_at(document: Document, verb, inside) -> Found | None:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTED_CUES or inside(verb.idx):
        return None
    content = _content_of(verb)
    doc = verb.doc
    own = {verb.i}  # the attribution's own words: the cue, its subject, its other dependents
    if content is None:
        # A parenthetical attribution: "The museum, Mr. Bush said, celebrated ...", "..., top lawmakers said".
        head = verb.head
        if (verb.dep_ not in ("parataxis", "ccomp", "advcl") or head.i == verb.i or head.pos_ not in _VERBAL
                or verb.lemma_.lower() not in SPEECH_VERBS
                or any(c.dep_ in ("dobj", "mark", "ccomp", "xcomp", "acomp") for c in verb.children)):
            return None
        first, last = head.left_edge, head.right_edge
        own.update(t.i for t in verb.subtree)
        parenthetical = True
    else:
        first, last = content
        for c in verb.children:
            if not first.i <= c.i <= last.i and not c.left_edge.i <= first.i <= last.i <= c.right_edge.i:
                own.update(t.i for t in c.subtree)
        parenthetical = False
    keep = [i for i in range(first.i, last.i + 1) if i not in own]
    parts = _runs(doc, keep)
    if not parts or sum(len(doc.char_span(a, b, alignment_mode="expand") or ()) for a, b in parts) < 2:
        return None
    start, end = parts[0][0], parts[-1][1]
    text = document.text
    reach = text[min(start, verb.idx):max(end, verb.idx)]
    if _has_mark(text, start, end) or inside(start) or "\n" in reach or parenthetical and ":" in reach:
        return None
    subj = _subject(verb, inside)
    if subj is None and verb.lemma_.lower() in SPEECH_VERBS and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "Senator Harry Reid, the minority leader, said that ...": the parse hung the name elsewhere.
        sent = verb.sent
        subj = _paragraph_subject(verb, _paragraph_of(sent, (verb.idx, verb.idx + 1)), inside)
    if subj is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not inside(verb.head.idx):
        subj = verb.head  # "pastors supporting Mr. Cruz", "a group calling for ..."
    if subj is None or subj.lower_ == "there" or subj.lower_ == "it" and (
            verb.lemma_.lower() not in SPEECH_VERBS or subj.dep_ == "nsubjpass" or verb.dep_ == "relcl") or any(
            a <= subj.idx < b for a, b in parts):
        return None
    name = _speaker_span(subj)
    relative = subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl"
    head = subj.head.head if relative else subj
    return Found(document.id, start, end, " … ".join(text[a:b] for a, b in parts), "reported", name.text,
                 name.start_char, name.end_char, "sentence", verb.sent.text, parts=parts, cue=verb.text,
                 speaker_head=(head.idx, head.idx + len(head.text)), cue_start=verb.idx)


def _according(document: Document, sent) -> Found | None:
    """"..., according to X" (or "According to X, ..."): the rest of the sentence is X's."""
    for t in sent:
        if t.lower_ != "according" or not any(c.lower_ == "to" for c in t.children):
            continue
        objs = [o for c in t.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
        if not objs:
            return None
        phrase = sent.doc[t.left_edge.i: t.right_edge.i + 1]
        text = document.text
        if phrase.start_char - sent.start_char <= 2:
            start, end = phrase.end_char, sent.end_char
        else:
            start, end = sent.start_char, phrase.start_char
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:."):
            end -= 1
        if len(text[start:end].split()) < 4:
            return None
        name = _speaker_span(objs[0])
        return Found(document.id, start, end, text[start:end], "reported", name.text, name.start_char,
                     name.end_char, "sentence", sent.text, parts=[(start, end)], cue="according to",
                     speaker_head=(objs[0].idx, objs[0].idx + len(objs[0].text)))
    return None


# -------------------------------------------------------------------- speakers


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


TITLES = re.compile(r"^((mr|mrs|ms|miss|dr|prof|gov|sen|rep|gen|col|capt|lt|sgt|rev|sir|dame|lord|"
                    r"president|vice president|prime minister|minister|senator|governor|mayor|judge|justice|"
                    r"secretary|chairman|chairwoman|spokesman|spokeswoman|speaker|king|queen|pope|sheikh|"
                    r"general|colonel|captain|former|house|senate|majority|minority|leader|candidate|nominee|"
                    r"democratic|republican|presidential|state|foreign|defense|defence|interior|us|u\.s\.)\.?\s+)+",
                    re.I)


def _strip_title(name: str) -> str:
    """"Mr. Smith", "Sen. Ted Cruz", "former President Bill Clinton" -> the name itself."""
    stripped = TITLES.sub("", name.strip()).strip()
    stripped = re.sub(r"\s*\([^)]*\)$", "", stripped)  # "John Kasich (R-OH)"
    stripped = re.sub(r"['’]s$", "", stripped)
    return stripped if re.search(r"[A-Z]", stripped[:1] or "") else name.strip()


class _People:
    """Named people and organisations of one document, in text order, with their entities."""

    def __init__(self, document: Document, names: "_Names", doc, inside):
        # (start, end, canonical name, entity id, label, inside a quotation)
        self.mentions: list[tuple[int, int, str, str | None, str, bool]] = []
        covered: list[tuple[int, int]] = []
        for start, end, name, eid, label in names.mentions.get(document.id, ()):
            self.mentions.append((start, end, name, eid, label, inside(start)))
            covered.append((start, end))
        if doc is not None:
            # spaCy's own names where the entity stage gave none (or no entities were given).
            persons = list(dict.fromkeys(_strip_title(ent.text) for ent in doc.ents if ent.label_ == "PERSON"))
            for ent in doc.ents:
                if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
                    continue
                if any(a < ent.end_char and ent.start_char < b for a, b in covered):
                    continue
                name = _strip_title(ent.text)
                if ent.label_ == "PERSON":
                    name = _full_name(name, persons)
                self.mentions.append((ent.start_char, ent.end_char, name, None, ent.label_, inside(ent.start_char)))
        self.mentions.sort()
        self.names = names

    def at(self, start: int, end: int) -> tuple[str, str | None] | None:
        for m_start, m_end, name, eid, *_ in self.mentions:
            if m_start < end and start < m_end:
                return name, eid
        return None

    def before(self, offset: int, labels: tuple[str, ...] = ("PERSON",)) -> tuple[str, str | None] | None:
        """The nearest named mention before ``offset``, preferring one outside quotation marks."""
        best = best_quoted = None
        for m_start, m_end, name, eid, label, quoted in self.mentions:
            if m_start >= offset:
                break
            if label in labels:
                if quoted:
                    best_quoted = (name, eid)
                else:
                    best = (name, eid)
        return best or best_quoted

    def by_name(self, name: str) -> tuple[str, str | None] | None:
        return self.names.by_name(name)


class _Names:
    """The story's entities, indexed once for every report: their mentions by report, and
    each name form and each of its word-final parts ("keller" of "maria keller") to the
    first entity that has it. Built once per call, so a story of thousands of reports does
    not rescan every entity for every report and every speaker."""

    def __init__(self, entities: list[Entity]):
        self.mentions: dict[str, list[tuple[int, int, str, str | None, str]]] = {}
        self._by_form: dict[str, tuple[str, str | None]] = {}
        for e in entities:
            for m in e.mentions:
                self.mentions.setdefault(m.document, []).append((m.start, m.end, e.name, e.id, e.type))
            for form in {_normal(e.name)} | {_normal(a) for a in e.aliases}:
                words = form.split()
                for k in range(len(words)):  # the whole form, then each word-final part of it
                    self._by_form.setdefault(" ".join(words[k:]), (e.name, e.id))

    def by_name(self, name: str) -> tuple[str, str | None] | None:
        """The first entity (in the stage's order) named ``name`` or ending with it."""
        key = _normal(_strip_title(name))
        return self._by_form.get(key) if key else None


def _full_name(name: str, persons: list[str]) -> str:
    """"Smith" -> "John Smith" when the report names John Smith in full (``persons``: names, titles stripped)."""
    best = name
    for full in persons:
        if len(full) > len(best) and (full.endswith(" " + name) or full == name):
            best = full
    return best


def _resolve_speaker(f: Found, people: _People, text: str) -> tuple[str | None, str | None, str | None]:
    """(speaker name, entity id, basis): a name as the entity has it, a pronoun or description resolved."""
    if f.speaker_start is None:
        return None, None, None
    written = (f.speaker_text or "").strip()
    head = f.speaker_head or (f.speaker_start, f.speaker_end)
    hit = people.at(*head)
    if hit:
        return hit[0], hit[1], f.basis
    low = written.lower()
    if low in ("who", "that", "which") and head != (f.speaker_start, f.speaker_end):
        # A relative pronoun stands for the phrase it hangs on ("the report, which said ..."); go on with it.
        written, low = text[head[0]:head[1]], text[head[0]:head[1]].lower()
    if low in PRONOUNS:
        labels = ("PERSON",) if low in ("he", "she", "i", "him", "her", "you") else ("ORG", "NORP", "GPE", "PERSON")
        found = people.before(f.speaker_start, labels)
        return (found[0], found[1], "pronoun") if found else (None, None, None)
    # "The governor, Khaled al-Ansi": a name in apposition names the speaker ...
    for m_start, m_end, name, eid, label, _ in people.mentions:
        if f.speaker_start <= m_start < f.speaker_end and label == "PERSON" and \
                text[f.speaker_start:m_start].rstrip().endswith(","):
            return name, eid, f.basis
    # ... while "a spokesman for Hillary Clinton" is not Hillary Clinton.
    if DESCRIPTIONS.match(written) and not re.search(r"\b(for|of|to|from|with)\b", written):
        found = people.before(f.speaker_start)
        if found:
            return found[0], found[1], "description"
        return written, None, f.basis
    hit = people.by_name(written)
    if hit:
        return hit[0], hit[1], f.basis
    return _strip_title(written), None, f.basis


def find_all(documents: list[Document]) -> list[Found]:
    """The quotes each report's text holds, report by report, speakers as written: the part
    of this stage that needs only the report itself (kept per report, ``reuse.per_report``)."""
    from . import nlp

    parsed = nlp.parse(documents)
    return [f for d in documents for f in _find(d, parsed.get(d.id))]


def extract_quotes(documents: list[Document], entities: list[Entity], copy_groups: list[CopyGroup],
                   sources: Sources, found: list[Found] | None = None) -> list[Quote]:
    """The story's quotes with speakers; ``found``: ``find_all(documents)`` when already at hand."""
    from rapidfuzz import fuzz

    from . import nlp

    parsed = nlp.parse(documents)
    names = _Names(entities)
    found_in: dict[str, list[Found]] | None = None
    if found is not None:
        found_in = {}
        for f in found:
            found_in.setdefault(f.document, []).append(f)
    rows: list[tuple[Found, str | None, str | None, str | None]] = []
    for d in documents:
        doc = parsed.get(d.id)
        people = _People(d, names, doc, _Inside(_quote_spans(d.text)))
        for f in (found_in.get(d.id, []) if found_in is not None else _find(d, doc)):
            speaker, eid, basis = _resolve_speaker(f, people, d.text)
            rows.append((f, speaker, eid, basis))

    # A reprint that dropped the name ("he said"): the original's speaker for the same quote.
    original_of = {m.document: g.original for g in copy_groups for m in g.members}
    by_doc: dict[str, list[int]] = {}
    for i, (f, *_rest) in enumerate(rows):
        by_doc.setdefault(f.document, []).append(i)
    for i, (f, speaker, eid, basis) in enumerate(rows):
        original = original_of.get(f.document)
        if original is None or basis in ("sentence",) and speaker and (f.speaker_text or "").lower() not in PRONOUNS:
            continue
        for j in by_doc.get(original, []):
            g, g_speaker, g_eid, g_basis = rows[j]
            # partial_ratio: a copy may join or cut the parts of a split quote.
            if g_speaker and fuzz.partial_ratio(_normal(f.text), _normal(g.text)) >= SAME_QUOTE_RATIO:
                rows[i] = (f, g_speaker, g_eid, "copy")
                break

    # One quote, many reports. Rows in a fixed order, so that ids and representatives do not
    # depend on the order the store hands the documents over.
    rows.sort(key=lambda r: (r[0].document, r[0].start, r[0].kind))
    members: list[list[int]] = []  # rows of each quote
    group_key: list[str] = []
    group_kind: list[str] = []
    group_speaker: list[str | None] = []
    by_shingle: dict[tuple[str, str, str, str], list[int]] = {}
    for i, (f, speaker, _eid, _basis) in enumerate(rows):
        key = _normal(f.text)
        shingles = _shingles(key)
        candidates = sorted({g for sh in shingles for g in by_shingle.get((f.kind, *sh), ())}) if shingles else [
            g for g in range(len(members)) if group_key[g] == key and group_kind[g] == f.kind]
        match = None
        for g in candidates:
            if group_kind[g] != f.kind or not (group_speaker[g] is None or speaker is None or
                                               group_speaker[g] == speaker):
                continue
            if group_key[g] == key or fuzz.ratio(group_key[g], key) >= SAME_QUOTE_RATIO:
                match = g
                break
        if match is None:
            match = len(members)
            members.append([])
            group_key.append(key)
            group_kind.append(f.kind)
            group_speaker.append(None)
            for sh in shingles:
                by_shingle.setdefault((f.kind, *sh), []).append(match)
        members[match].append(i)
        group_speaker[match] = group_speaker[match] or speaker

    quotes: list[Quote] = []
    for group in members:
        # The report that names the speaker itself (usually the original) represents the quote.
        rank = {"sentence": 0, "colon": 1, "copy": 2}
        rep = min(group, key=lambda i: (rows[i][1] is None, rank.get(rows[i][3] or "", 3), i))
        f, speaker, eid, basis = rows[rep]
        key = _normal(f.text)
        documents = list(dict.fromkeys(rows[i][0].document for i in group))
        variants, seen = [], {key}
        for i in group:
            g = rows[i][0]
            g_key = _normal(g.text)
            if g_key not in seen:  # one Evidence per differing wording
                seen.add(g_key)
                variants.append(Evidence(g.document, g.text, g.sentence, g.start, g.end))
        qid = "quote-" + hashlib.sha1(f"{f.kind}|{speaker}|{key}".encode()).hexdigest()[:12]
        quotes.append(Quote(qid, f.document, f.text, speaker, eid, f.kind, f.start, f.end, f.sentence,
                            f.speaker_text, basis, documents, sources.count(documents), variants))
    return quotes


def _shingles(key: str) -> list[tuple[str, str, str]]:
    """Word 3-grams of a normalised quote: two wordings of one quote share at least one."""
    words = key.split()
    return [tuple(words[i:i + 3]) for i in range(len(words) - 2)]  # type: ignore[misc]
