"""Direct quotes: spans between quote marks (joined when split or continued across paragraphs),
and their speakers from the words after the closing mark, the governing clause, a colon or the
sentence before."""

from __future__ import annotations

import re
from dataclasses import replace

from ..isolation import OnSkip, item_failed
from ..records import Document, Sentence
from .cues import (
    _DASHES, MIN_QUOTE_WORDS, MIN_UNATTRIBUTED_WORDS, _NEXT_MARK, _NOT_A_SUBJECT, _OPEN, PRONOUNS, SPEECH_FORMS,
    SPEECH_VERBS, _VERBAL)
from .found import Found, _Inside, _is_title, _sentence_of
from .parse import (
    _abbreviation_dot, _clause_speaker, _governor, _is_cue, _may_speak, _phrase_head, _set_speaker, _subject)
from .reported import _reported
from .shown import mark_shown, repair_closing_marks, repair_paired_closing


def _closing(para: str, start: int, mark: str) -> int:
    """Where the quote opened by ``mark`` closes in the paragraph (-1: it does not).

    Scraped text mixes its marks: “...\" and \"...” close each other, and a typed “ after
    a comma or full stop and before a space is a closing mark ("...here,“ said Jim Clyburn").
    """
    if mark == "«":
        return para.find("»", start)
    # two apostrophes close a double mark in some texts ('"Hide, she's got a gun! '' Vanore said.')
    found = [j for j in (para.find("”", start), para.find('"', start), para.find("''", start)) if j != -1]
    j = para.find("“", start) if mark != '"' else -1
    while j != -1 and (not found or j < min(found)):
        if para[j - 1] in ",.?!" and (j + 1 == len(para) or para[j + 1] == " "):
            return j
        j = para.find("“", j + 1)
    return min(found) if found else -1


def _plain_opening(para: str, j: int) -> bool:
    """Is the straight mark at ``j`` plainly an opening one: after a space, on the word it opens ('kids "Opening')?"""
    # (not ', "she said': a text with its closing marks glued to the next word, as tokenised corpora write them)
    return 1 < j and para[j - 1].isspace() and para[j - 2] not in ",.?!;:-—" and j + 1 < len(para) and (
        para[j + 1].isalnum() or para[j + 1] in "'‘")


def _lost_opening(para: str, j: int) -> bool:
    """Is the straight mark at ``j`` plainly a closing one: after a comma, "?" or "!", before a space and a word in
    lowercase ('help us," read one banner'), read where a quote would open?"""
    return 0 < j and para[j - 1] in ",?!" and re.match(r"\s+[a-z]", para[j + 1:j + 4]) is not None


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted text (inside the marks)."""
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    carry = False
    pending: list[tuple[int, int]] = []  # paragraphs with no mark inside a quote left open (up to 4)
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        i = 0
        if carry and para[:1] not in _OPEN:
            carry = False
            # A quote left open at the paragraph before, going on in paragraphs with no opening mark, the last of
            # them with one closing mark after a comma or full stop ('"I saw her fall back...' / 'I saw blood
            # coming from her, "testified Unique Armstead'; 'X says ...:' / '" She drove ...' / 'Two, she shot
            # ...' / 'A third was also shot. "'): the mark closes the quote; the words before it are quoted too.
            marks = [m.start() for m in re.finditer(r"[”\"«»“]|''", para)]
            if not marks and len(pending) < 4:
                pending.append((p_start, p_end))
                carry = True
                continue
            if len(marks) % 2 == 1 and re.search(r"[,.?!…]\s?$", para[:marks[0]]):
                spans += pending
                spans.append((p_start, p_start + marks[0]))
                i = marks[0] + (2 if para.startswith("''", marks[0]) else 1)
        pending = []
        while i < len(para):
            ch = para[i]
            # A straight mark after a letter or "=" closes something else (a markup attribute, a typo).
            # A paragraph may open with a mark of the wrong direction: ”Mr. Trump embodies ...”.
            opens = ch in _OPEN or (ch == "”" and i == 0 and (para[1:2].isalpha() or para.find("”", 1) != -1))
            if opens and ch == '"' and _lost_opening(para, i):
                # 'Syria. NATO help us," read one banner': a closing mark whose opening one the text lost; the quote
                # runs from its sentence's start (not before the quote read last)
                done = max((b - p_start for a, b in spans if p_start <= a < p_end), default=0)
                cut = max([done] + [m.end() for m in re.finditer(r"[.?!]\s+", para[:i])])
                if len(para[cut:i].split()) >= 2 and not any(m in para[cut:i] for m in "“”\""):
                    spans.append((p_start + cut, p_start + i))
                i += 1
                continue
            if opens and (ch != '"' or i == 0 or not (para[i - 1].isalnum() or para[i - 1] == "=")):
                j = _closing(para, i + 1, ch)
                if j == -1:
                    # Unclosed at the paragraph's end: the quote goes on in the next paragraph.
                    spans.append((p_start + i + 1, p_end))
                    carry = True
                    break
                if ch == '"' and para[j] == '"' and _plain_opening(para, j):
                    # '... on Monday. Old mines injuring harbour children "Moving the aid office ...': the next mark
                    # opens a quote, so this one was never closed (a text of one paragraph would otherwise read every
                    # later quote inside out): it ends there, and the next quote is read from that mark
                    spans.append((p_start + i + 1, p_start + len(para[:j].rstrip())))
                    i = j
                    continue
                spans.append((p_start + i + 1, p_start + j))
                i = j + 1
                continue
            nxt = _NEXT_MARK.search(para, i + 1)
            i = nxt.start() if nxt else len(para)
    return [(a, b) for a, b in spans if text[a:b].strip()]


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
    # 1b. "... quoted Ed Chernoff as saying: “...”": the one quoted, though the clause's subject is the article
    before = max(0, f.start - 20)
    said = re.search(r"\bas (saying)\s*[:,]?\s*[\"“]?$", text[before:f.start])
    if said:
        at = doc.char_span(before + said.start(1), before + said.end(1), alignment_mode="expand")
        quoted = _subject(at[0], inside) if at is not None else None
        if quoted is not None:
            _set_speaker(f, at[0], quoted, "sentence")
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
            if hit and hit[2] and not _reports_its_own(f, hit[0], text):
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


def _reports_its_own(f: Found, verb, text: str) -> bool:
    """Does the sentence after a quote closed by a full stop report something of its own ('... spill." BP said it
    would continue to co-operate ...')? Then it opens a new statement and does not attribute the quote before
    it (issue 20e: a BBC quote of the attorney general went to BP); '... spill." Holder said.' does."""
    closed = text[:f.end + 1].rstrip(" \"”’'")[-1:] == "."
    return closed and any(c.dep_ in ("ccomp", "xcomp") and not c.is_punct for c in verb.children)


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s:(—–-]))['‘](?=[A-Za-z0-9])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w,.!?])['’](?=$|[\s,.;:!?)—–-])")


def _single_marks_as_double(text: str) -> str:
    """A text that marks its quotes with single marks only ("'I'm glad it's over,' said her father", as the Daily Mail
    writes them), its quote marks written double: the same offsets, the apostrophes inside words left alone. A
    text with any double mark is given back as it is (its single marks are quotes inside quotes)."""
    if re.search(r"[\"“”«»]|''|``", text):
        return text  # (two apostrophes are a double mark too: "''I had to step back,'' she said")
    chars = list(text)
    pairs = 0
    open_from: int | None = None  # a quote left open at the end of the paragraph before
    for para in re.finditer(r"[^\n]+", text):
        # not the plural possessive: "the Joneses' house"
        closes = [m.start() + para.start() for m in _SINGLE_CLOSE.finditer(para.group())
                  if not re.match(r"s['’] [a-z]", text[m.start() + para.start() - 1:m.start() + para.start() + 3])]
        at = para.start()
        if open_from is not None:
            opens = [m.start() + para.start() for m in _SINGLE_OPEN.finditer(para.group())]
            close = next((c for c in closes if text[c - 1] in ",.!?" and (not opens or c < opens[0])), None)
            if close is not None:
                chars[close] = '"'
                pairs += 1
                at = close + 1
                open_from = None
            elif opens:
                open_from = None
            else:
                continue  # a quote going on over one more paragraph
        for m in _SINGLE_OPEN.finditer(para.group()):
            a = m.start() + para.start()
            if a < at:
                continue
            close = next((c for c in closes if c > a), None)
            chars[a] = '"'
            if close is None:
                open_from = a  # "'When me and my son ... floor." / "There was blood,' said X"
                break
            chars[close] = '"'
            pairs += 1
            at = close + 1
    return "".join(chars) if pairs >= 2 else text


def _paired_marks_as_double(text: str) -> str:
    """A text that writes its quotes as a tokeniser does, "``...''" (the ECB, Penn Treebank and CoNLL corpora:
    "``Of course it's appalling, '' he told ABC Television"), its marks written as straight double marks at the
    same offsets: "``" as ' "' (the mark on the word it opens), "''" as '" ' (the mark where the closing one starts,
    so that the words after it are read as before). A text with no "``" is given back as it is."""
    if "``" not in text:
        return _apostrophe_pairs_as_double(text)
    return text.replace("``", ' "').replace("''", '" ')


# Two apostrophes that open a quote: at a paragraph's start or after a space, a bracket or a dash, on a word
_TWO_OPEN = re.compile(r"(?:^|(?<=[\s(—–-]))''(?=[\w$‘'\[(.…-])", re.M)
_TWO_CLOSE = re.compile(r"(?<=\S)''(?![\w])")


def _apostrophe_pairs_as_double(text: str) -> str:
    """A text that writes its quote marks, opening and closing, as two apostrophes ("''These are two different
    countries,'' said Jennifer Palmieri": the New York Times' archive text, as PolNeAR carries it), those marks
    written as straight double marks at the same offsets, as a "``...''" text's are: an opening "''" (on the word it
    opens) as ' "', the next closing one as '" '. A "''" that opens nothing is left alone: in a text quoting with
    double marks it closes one ('"Hide, she's got a gun! '' Vanore said.')."""
    if "''" not in text:
        return text
    opens = {m.start() for m in _TWO_OPEN.finditer(text)}
    if len(opens) < 2:
        return text
    chars = list(text)
    opened = None
    for m in re.finditer(r"''", text):
        if m.start() in opens:
            opened = m.start()
        elif opened is not None and _TWO_CLOSE.match(text, m.start()) and text[m.start() - 1] != " ":
            chars[opened:opened + 2] = ' "'
            chars[m.start():m.end()] = '" '
            opened = None
    return "".join(chars)


def _find(document: Document, doc, on_skip: OnSkip | None = None) -> list[Found]:
    """The quotes of one report; ``on_skip(offset, error)``: a quote whose attribution fails is
    left out and told there (issue 21), else the failure is raised."""
    base = repair_paired_closing(repair_closing_marks(document.text))  # same offsets (shown.py)
    text = _single_marks_as_double(_paired_marks_as_double(base))
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
            # A quote left open at a paragraph's end goes on in the next paragraph that opens with a mark (or that
            # has none, its closing mark further on: _quote_spans).
            if (prev.end == len(text) or text[prev.end] == "\n") and text[prev.end:f.start - 1].strip() == "" \
                    and (text[f.start - 1] in _OPEN or text[f.start - 1] == "\n" and "\n" in text[prev.end:f.start]):
                prev.text = prev.text + "\n" + f.text
                prev.end = f.end
                prev.parts += f.parts
                continue
        merged.append(f)
    attributed, failed = [], []
    for f in merged:
        try:
            _attribute(f, text, doc, inside)
            attributed.append(f)
        except Exception as error:  # noqa: BLE001 - its sentence's parse at fault (issue 21)
            item_failed(error, on_skip, f.start)
            failed.append(_sentence_of(document, f.start))
    merged = attributed
    # A quote with no attribution of its own continues the previous one: in the same
    # paragraph ("...," said X, who ... . "..."), or in the next paragraph that opens
    # with a quote mark.
    for prev, f in zip(merged, merged[1:]):
        if f.speaker_start is not None or prev.speaker_start is None:
            continue
        if _told_title(f, text):
            continue
        gap = text[prev.end:f.start]
        words = len(re.findall(r"\w+", gap))  # the marks themselves are not words
        attribution_between = prev.end <= prev.speaker_start < f.start
        if "\n" not in gap:
            # Only a few words between, or the attribution of the first part: "...,” X said, when ... “...”
            if words > 3 and not attribution_between:
                continue
            basis = "same paragraph"
        elif (gap.count("\n") <= 2 and text[f.start - 1:f.start] in _OPEN and text[:f.start - 1].rstrip(" ")[-1:] == "\n"
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
                f.basis == "same paragraph" or "\n" not in text[prev.end:f.start] and f.cue_start == prev.cue_start) \
                and not _told_title(f, text):
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
    paired = _paired_marks_as_double(base)
    # reported speech sees the marks of a "``...''" text too (a clause holding a quote is left to direct quotes)
    reported = _reported(document if paired is document.text else replace(document, text=paired), doc, kept, on_skip)
    # The sentence of a quote that failed is left out whole: no reported speech read from its words.
    out = kept + [f for f in reported if not any(a <= f.start < b for a, b in failed)]
    mark_shown(out, text, doc)  # what a reader is shown as a quote, pronoun speakers (issue 20, seventh session)
    return out


def _told_title(f: Found, text: str) -> bool:
    """Is the quote a programme's name right after "told" or "on" ('the nominee told "Fox and Friends"', 'on the
    podcast "Here's the Thing"')? It goes on no quote (provenance test16, ninth session)."""
    return _is_title(f.text) and len(f.text.split()) <= 5 and re.search(
        r"\b(?:told|tells|on)\s+(?:(?:the|a|his|her)\s+\w+\s+)?[\"“]$", text[:f.start]) is not None


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
    from .. import nlp

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
