"""Clean: from a raw report to the text every later stage reads.

What it does, in order, keeping what it removed and why (``Document.removed``):

1. repair broken Unicode (ftfy) and drop invisible control characters;
2. split into paragraphs (unwrapping hard-wrapped plain text);
3. lift a leading date header ("date 2021-03-05 2021/03/05 | 09:15") into the
   publication date, and a dateline ("KHARKIV, Ukraine (Reuters) -") into metadata;
4. drop boilerplate lines: donation and subscription appeals, share/follow
   prompts, photo credits and captions, bylines, the title printed again;
5. drop a line repeated inside the same document (a caption printed twice);
6. repair full stops with no space after them ("the province.The governor");
6b. cut readers' comments below the report (a blog's "At 3:27 pm on 21 Feb 2011, X wrote: ...", a "Your
   stories" page's first-person accounts), kept whole in ``removed`` (``furniture.comments_start``);
7. segment sentences, with character offsets into the cleaned text.

Rules are deliberately line-level and conservative: a false removal loses
news, so a line must look like boilerplate as a whole (short, and matching a
pattern) before it goes.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Iterable, Iterator

import ftfy

from .boilerplate import (line_reason, lone_dateline, restates_title, trailing_furniture, without_hover_cards,
                          without_interface_runs)
from .furniture import comments_start
from .metadata_day import ISO_DATE as _ISO_DATE
from .metadata_day import TIME_OF_DAY as _TIME
from .metadata_day import dateparser_day as _dateparser_day
from .metadata_day import parse_date
from .outlets.signature import text_outlet
from .plural import counted
from .records import Document, PublishedDate, RawDocument, Removed, Sentence

# --------------------------------------------------------------------------
# patterns
# --------------------------------------------------------------------------

# Zero-width and bidirectional control characters: invisible, they break
# matching across reports, and bidi overrides can disguise text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

_DONATION = re.compile(
    r"\b(donat(e|ion|ions)|support (our|independent|quality) (journalism|reporting|work)|"
    r"become a (member|supporter|patron)|make a (contribution|gift)|chip in|"
    r"help us (keep|fund)|help (fund|sustain) (our|this|independent)|reader[- ]funded|contribute (today|now|to our))\b",
    re.I)
_SUBSCRIBE = re.compile(
    r"\b(subscribe( now| today| to)?|subscription|newsletter|in your inbox|"
    r"sign up (now|today|here|for free|(for|to) (our|my|the) (free |daily |weekly )?(newsletters?|e-?mails?|updates|alerts))|"
    r"already a subscriber|log ?in to (continue|read)|unlimited access|free trial)\b", re.I)
_SHARE = re.compile(
    r"^\W*(share (this|on)|share$|tweet( this)?|email( this)?$|print( this)?$|follow us|like us on|"
    r"click here|read more|read next|related( articles| stories| coverage)?\b|see also|"
    r"advertisement|sponsored|listen to this article|\d+ min(ute)? read|comments?\s*\(?\d*\)?$|"
    r"(copy|copied) link|skip (to|advert)|this article (was first published|appeared) (on|in)\b)", re.I)
_PHOTO = re.compile(
    r"(^\W*(photo|photograph|image|picture|caption|file photo|pictured|video|graphic)\s*(\d+\s*)?[:|/–—-])|"
    r"\((photo|image|picture|file photo|video)\b[^)]*\)|"
    r"\b(getty images|via getty|afp via|ap photo|reuters/[A-Z]|epa[- ]efe|shutterstock|"
    r"photo(graph)? (by|credit|courtesy)|image (by|credit|courtesy|source)|image copyright|photo illustration|"
    r"\((photo|image)s?\s*:)|"
    r"/\s*(staff |contributing )?photographer\)", re.I)
_BYLINE = re.compile(
    r"^\W*(?i:by|written by|reporting by|words by)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}"
    r"(\s*(,|and|&|\||/|in)\s*[\w .,'’&|/-]{0,60})?\W*$")
_DATELINE = re.compile(
    r"^\s*((?:[A-Z][A-Z.'’-]+)(?:[ -][A-Z][A-Z.'’-]+){0,3}"  # KHARKIV / NEW YORK / AL-HUDAYDAH
    r"(?:,\s*[A-Z][\w.'’ -]{1,30}?)?"  # , Ukraine
    r"(?:\s*\((?:[A-Za-z][\w .&'’-]{1,30})\))?)"  # (Reuters)
    r"\s*(?:[-—–]+|:)\s+(?=[A-Z\"“])")
_HEADER_PREFIX = re.compile(
    r"^\W*(?:(?:story|article|page|date|first|last)\s+)?(date|dated|published|posted|updated|created|edited|modified)\b"
    r"(?:\s+(?:date|time|on|at))?\s*[:|-]?\s*", re.I)  # "Published time:", "Story Created:", "Date Published:"
# A stamp's label that says when the page was first put out (not when it was last changed).
_PUBLISHED_LABEL = re.compile(r"^\W*(?:(?:date|first)\s+)?(?:published|posted)\b", re.I)

# "province.The" -> "province. The": a sentence end glued to the next sentence.
# Two lower-case letters before the stop keep "U.S.A" and initials alone; the
# look-behind on URL characters keeps "example.Com/Path" alone.
_GLUED_STOP = re.compile(r"(?<=[a-z%)\]]{2})([.!?]['\"’”]?)(?=[A-Z\"“][a-z])")
_URLISH = re.compile(r"(https?://|www\.|@)\S*$")

# spaCy parses at most 1,000,000 characters, and needs about 1 GB per 100,000 for it;
# the longest real news reports are well under 100,000.
MAX_TEXT_CHARS = 200_000
_BOILERPLATE_MAX_CHARS = 300  # a longer line is prose, whatever words it uses
_CAPTION_MAX_CHARS = 400


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------


def _date_header(line: str) -> date | None:
    """The date of a line that is only a date header, else None."""
    if len(line) > 80:
        return None
    body = _HEADER_PREFIX.sub("", line)
    had_prefix = body != line
    rest = _TIME.sub(" ", body)
    rest = re.sub(r"[|·•,]", " ", rest)
    # What is left after the date(s) must be nearly nothing: "2021-03-05 2021/03/05".
    day = parse_date(rest)
    if day is None:
        return None
    leftover = _ISO_DATE.sub(" ", rest)
    leftover = re.sub(
        r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
        r"\b\d{1,4}(st|nd|rd|th)?\b|\b(at|on|the|of)\b", " ", leftover, flags=re.I)
    if re.search(r"[A-Za-z]{2,}", leftover) and not had_prefix:
        return None
    if re.search(r"[A-Za-z]{3,}", leftover):
        return None
    return day


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_LINE_DATES = (  # the date forms of a page's date line, as (pattern, order of its groups)
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*[,.]?\s*-?\s*(\d{{4}})(?!\d)", re.I), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s*(\d{{4}})(?!\d)", re.I), "dmy"),
    (re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4}|\d{2})(?![\d/])"), "num"),
    # "02.29.12 4:15 PM", "15.11.2011": day first where both readings are days, as dotted dates mostly are
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])"), "dotted"),
    (_ISO_DATE, "ymd"),
)
# The words a date line may hold besides its date: a stamp's label, weekdays, months, clock and zone.
_DATE_LINE_WORDS = re.compile(
    r"(?:posted|updated|last|published|first|date|dated|on|at|and|am|pm|a\.m|p\.m|gmt|utc|hrs|"
    r"story|created|edited|modified|time|"  # "Story Created:", "Published time:"
    r"uk|local|cet|eet|eest|west|a[kc][sd]t|aest|aedt|msk|sgt|"  # "8:05am UK,", "2:35am CET", "9:56 AM AKDT"
    r"afp|ap|reuters|upi|ians|pti|"  # a news agency's tag before the date ("AFP, Tuesday 2 Jul 2013")
    r"(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?|wed|sat|[a-z][sd]?t|hkt|cest|"
    rf"{_MONTH}|st|nd|rd|th)",
    re.I)


_HEAD_PARAGRAPHS = 6  # a page's date line stands within its first few lines
# A place tag glued after a date line: "March 14, 2013-UNITED STATES -".
_PLACE_TAG = re.compile(r"\s*[-–—]\s*[A-Z][A-Z .,'-]{2,40}?\s*[-–—]\s*$")


# A place tag before a date line: "SUNNYVALE, Calif. —2/29/2012".
_LEADING_PLACE_TAG = re.compile(r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?)?\s*[-–—]+\s*(?=\d)")


def _without_place_tag(line: str) -> str:
    line = _LEADING_PLACE_TAG.sub("", line)
    return _PLACE_TAG.sub("", line) if re.search(r"\d{4}\s*[-–—]\s*[A-Z]{2}", line) else line


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_agrees(line: str, day: date) -> bool:
    """Whether a date line names the weekday its own date fell on ("WEDNESDAY, APRIL 24, 2013,
    10:34 AM"): a page's stamp, not a date the story mentions, so it is read even after a few
    summary lines (a Daily News page on ECB+ topic 33 had three before its stamp)."""
    named = {w[:3].lower() for w in re.findall(r"[A-Za-z]+", line)} & set(_WEEKDAYS)
    return named == {_WEEKDAYS[day.weekday()]}


def _date_line(line: str, near: date | None = None, within: tuple[date, date] | None = None) -> date | None:
    """The day of a page's date line in the head of a plain text, in the forms sites print it
    ("Posted: Nov 27, 2005 8:20 AM ET Last Updated: ...", "Sunday, November 27-2005 at 16:12",
    "POSTED: 1052 GMT (1852 HKT), April 10, 2007", "Updated 4/9/2007 6:04 PM", "11/28/05"): a
    short line of nothing but date words, whose first date is the day of publication. A numeric
    date that reads both ways takes the reading ``near`` (the address's day) confirms, else the one inside
    ``within`` (the month the address names), else month first."""
    if len(line) > 100 or not re.search(r"\d", line):
        return None
    if any(not _DATE_LINE_WORDS.fullmatch(w) for w in re.findall(r"[A-Za-z]+(?:\.[a-z]\b)?", line)):
        return None
    found = [(m.start(), m, order) for pattern, order in _LINE_DATES for m in [pattern.search(line)] if m]
    if not found:
        return None
    _, m, order = min(found, key=lambda f: f[0])
    if order in ("mdy", "dmy"):
        month, day_ = (m[1], m[2]) if order == "mdy" else (m[2], m[1])
        return _dateparser_day(f"{month[:3]} {int(day_)} {m[3]}")
    if order == "ymd":
        readings = [(int(m[1]), int(m[2]), int(m[3]))]
    elif order == "dotted":
        year = int(m[3]) + (0 if len(m[3]) == 4 else 2000 if int(m[3]) < 50 else 1900)
        readings = [(year, int(m[2]), int(m[1])), (year, int(m[1]), int(m[2]))]
    else:
        year = int(m[3]) + (0 if len(m[3]) == 4 else 2000 if int(m[3]) < 50 else 1900)
        readings = [(year, int(m[1]), int(m[2])), (year, int(m[2]), int(m[1]))]
    days = []
    for y, mo, d in readings:
        try:
            days.append(date(y, mo, d))
        except ValueError:
            continue
    days = [d for d in days if 1900 <= d.year <= 2100]
    inside = [d for d in days if within is not None and within[0] <= d <= within[1]]
    return next((d for d in days if d == near), inside[0] if inside else days[0] if days else None)


# --------------------------------------------------------------------------
# the stage
# --------------------------------------------------------------------------


def clean_document(raw: RawDocument) -> Document:
    """Clean one report."""
    return clean_documents([raw])[0]


def clean_documents(raws: list[RawDocument]) -> list[Document]:
    """Clean a batch of reports; segmenting a batch at once is faster."""
    return list(clean_stream(raws))


def clean_stream(raws: Iterable[RawDocument], n_process: int = 1) -> Iterator[Document]:
    """Clean a stream of reports in order; sentences parsed on ``n_process`` processes."""
    from . import nlp

    cleaned = (_clean_text(raw) for raw in raws)
    for d, doc in nlp.parse_stream(cleaned, n_process=n_process):
        d.sentences = sentences_from_parse(d.text, doc) if d.text else []
        yield d


def document_id(content_hash: str) -> str:
    """A report's id: the first 16 hex digits of its content hash. A caller that passes
    some other key gets it hashed first, so two different keys never share an id."""
    if re.fullmatch(r"[0-9a-f]{64}", content_hash):
        return content_hash[:16]
    import hashlib

    return hashlib.sha256(content_hash.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def clean_without_sentences(raw: RawDocument) -> Document:
    """Everything cleaning does but the sentence split (no parse): for stages that read
    only the text, over corpora too large to parse, such as copy detection at scale."""
    return _clean_text(raw)


def _clean_text(raw: RawDocument) -> Document:
    removed: list[Removed] = []
    text = raw.text
    if len(text) > MAX_TEXT_CHARS:
        # No news report is this long; what is (a log, a dump, a book) is analysed only up
        # to the limit, cut at a paragraph or sentence end, and the cut is recorded.
        cut = max(text.rfind("\n", 0, MAX_TEXT_CHARS), text.rfind(". ", 0, MAX_TEXT_CHARS) + 1)
        cut = cut if cut > MAX_TEXT_CHARS // 2 else MAX_TEXT_CHARS
        removed.append(Removed(f"{len(text) - cut:,} characters after the first {cut:,}",
                               f"text too long: only the first {MAX_TEXT_CHARS:,} characters are analysed"))
        text = text[:cut]
    text = ftfy.fix_text(text, normalization="NFC")
    invisible = len(_INVISIBLE.findall(text))
    if invisible:
        text = _INVISIBLE.sub("", text)
        removed.append(Removed(counted(invisible, "invisible control character"), "invisible characters"))

    paragraphs = _paragraphs(text)
    published_day: date | None = parse_date(raw.published)
    basis = "metadata" if published_day else "unknown"
    author = raw.author
    dateline = None
    kept: list[str] = []
    seen: set[str] = set()
    title = (raw.title or "").strip() or None
    title_key = _key(title) if title else None
    outlet = raw.outlet
    agency = raw.agency
    evidence = raw.published_evidence

    near = parse_date(evidence.date) if evidence and evidence.date else None
    # The month an address names ("/2013/08/"): a numeric date line that reads both ways takes the reading inside it
    # (lead, twelfth session: "8/2 / 13" on a page at /2013/08/ went to 8 February).
    month = (parse_date(evidence.earliest), parse_date(evidence.latest)) \
        if evidence and not evidence.date and evidence.earliest and evidence.latest else None
    if near is not None:  # an address's day ("/2013/08/5-thoughts...": the 5th read from the slug) is a month's window
        month = (near - timedelta(days=31), near + timedelta(days=31))
    for index, para in enumerate(paragraphs):
        if not kept and index == 0 and raw.url and para == raw.url.strip():
            removed.append(Removed(para, "web address (kept as the report's url)"))
            continue
        if not kept and index < 4:
            header_day = _date_header(para)
            line_day = _date_line(para, near) if header_day is None or header_day > date.today() or near else None
            if line_day and (header_day is None or line_day == near or header_day > date.today()):
                header_day = line_day  # a page's date line; the address's day settles "4/9/2007"
            if header_day and month and None not in month and not month[0] <= header_day <= month[1] and (
                    other := _date_line(para, within=month)) and month[0] <= other <= month[1]:
                header_day = other
            if header_day:
                removed.append(Removed(para, "date header (lifted into the publication date)"))
                if published_day is None:
                    published_day, basis = header_day, "header"
                continue
        if published_day is None and index < _HEAD_PARAGRAPHS and (
                line_day := _date_line(_without_place_tag(para), near)) and (
                len(kept) <= 2 or _weekday_agrees(para, line_day)):
            # A page's date line after a headline the rules above did not take for one ("4.6 quake
            # rattles Sonoma County", "South Sudan: ...") or after a one-line teaser (issue 20).
            removed.append(Removed(para, "date header (lifted into the publication date)"))
            published_day, basis = line_day, "header"
            continue
        if published_day is None and not kept and index < _HEAD_PARAGRAPHS and (stamp := _byline_stamp(para)):
            published_day, basis = stamp, "header"  # "... posted in Accidents on Friday, September 20, 2013."
        reason = _boilerplate_reason(para) or line_reason(para)
        if reason == "byline":
            author = author or _byline_name(para)
        if reason:
            removed.append(Removed(para, reason))
            continue
        if not kept and title is None and index + 1 < len(paragraphs) and _looks_like_headline(para):
            # Plain text has no title field: its first short unpunctuated line is the headline.
            title, title_key = para, _key(para)
            removed.append(Removed(para, "headline (kept as title)"))
            continue
        key = _key(para)
        if not kept and title_key and key == title_key:
            removed.append(Removed(para, "title repeated in the text"))
            continue
        if not kept and restates_title(para, title):
            removed.append(Removed(para, "title repeated in the text (another wording)"))
            continue
        if not kept and dateline is None and lone_dateline(para):
            dateline = para.strip()
            removed.append(Removed(para, "dateline (kept as metadata)"))
            continue
        if key in seen and len(key) > 3 and not para.startswith("|") and _caption_repeat(para, key, kept):
            # A caption or a line printed twice close by; a list or a table that repeats its
            # rows further down ("Meal 1", "Eat every 2-3 hours") is the article's own.
            removed.append(Removed(para, "repeated line"))
            continue
        seen.add(key)
        if not kept:
            m = _DATELINE.match(para)
            if m and len(m.group(1)) >= 3 and not _looks_like_sentence_start(m.group(1)):
                dateline = m.group(1).strip()
                tag = re.search(r"\(([^)]+)\)\s*$", dateline)
                if tag and not outlet:
                    outlet = tag.group(1).strip()
                elif tag and not agency:
                    agency = _agency_name(tag.group(1), outlet)
                removed.append(Removed(para[: m.end()].strip(), "dateline (kept as metadata)"))
                para = para[m.end():]
        para, cards = without_hover_cards(para)
        removed.extend(Removed(card, "a person's hover card inside a sentence") for card in cards)
        para, interface = without_interface_runs(para)
        removed.extend(Removed(run, "the site's interface inside a paragraph (controls, accounts, comments, quotes "
                                    "delayed)") for run in interface)
        if not para:
            continue
        kept.append(_repair_stops(para))

    if published_day is None:
        published_day = _date_footer(kept, removed)
        basis = "header" if published_day else basis
    if not outlet:
        outlet = text_outlet(paragraphs)  # a plain text's own signature: "(CNN) ...", "Originally published on ..."
    for index, reason in trailing_furniture(kept, outlet):  # from the end: indices stay valid
        removed.append(Removed(kept.pop(index), reason))
    published = PublishedDate(basis=basis)
    if published_day is None and evidence and evidence.date:
        # A day from the address alone (a plain text's or a JSON line's URL), when the text has none.
        published_day, basis = parse_date(evidence.date), evidence.basis
    if published_day:
        iso = published_day.isoformat()
        basis = evidence.basis if evidence and evidence.date == iso and basis == "metadata" else basis
        published = PublishedDate(date=iso, earliest=iso, latest=iso, basis=basis)
    elif evidence and (evidence.earliest or evidence.latest):
        # Month-level evidence (a URL's /2021/03/): bounds, not a day.
        published = PublishedDate(None, evidence.earliest, evidence.latest, evidence.basis)
    elif raw.fetched:
        published = PublishedDate(latest=raw.fetched, basis="unknown")

    text = _without_comments("\n\n".join(kept), removed)
    return Document(
        id=document_id(raw.content_hash),
        source=raw.source,
        content_hash=raw.content_hash,
        format=raw.format,
        original=raw.text,
        text=text,
        removed=removed,
        published=published,
        title=title,
        outlet=outlet,
        url=raw.url,
        author=author,
        dateline=dateline,
        agency=agency,
    )


# A byline that says when it was posted (issue 20: "On behalf of Smith & Co. posted in Car Accidents on Friday,
# September 20, 2013."): the page's own stamp, though other words share its line.
_BYLINE_STAMP = re.compile(
    rf"\b(?:posted|published)\b(?:\s+(?:in|by|to)\b[^\n]{{1,100}}?)?\s+on\s+"
    rf"(?:(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>\d{4})(?!\d)", re.I)


def _byline_stamp(para: str) -> date | None:
    """The day a short byline line says the page was posted on, when a weekday it names agrees."""
    m = _BYLINE_STAMP.search(para) if len(para) <= 250 else None
    if m is None or not (m["weekday"] or re.match(r"\w+\s+(?:in|by|to)\b", m[0])):
        return None  # "The clip was posted on March 3, 2012" is a sentence, not a stamp
    day = _dateparser_day(f"{m[2][:3]} {int(m['day'])} {m['year']}")  # group 2: the month
    if day is None or (m["weekday"] and not _weekday_agrees(m["weekday"], day)):
        return None
    return day


def _without_comments(text: str, removed: list[Removed]) -> str:
    """The text with the readers' comments below the report cut off (issue 15): claims, quotes, entities and
    key dates are the report's, not its readers'. What is cut is kept whole in ``removed``."""
    start = comments_start(text)
    if start is None:
        return text
    removed.append(Removed(text[start:].strip(), "readers' comments"))
    return text[:start].rstrip()


_FOOTER_PARAGRAPHS = 3


def _date_footer(kept: list[str], removed: list[Removed]) -> date | None:
    """The day of a labelled publication stamp among the text's last lines ("Date Published:
    Tuesday, November 15, 2011" closing a page on ECB+ topic 41), taken out of the text; a bare
    date or an update stamp there is not the day the page was published."""
    for index in range(len(kept) - 1, max(len(kept) - 1 - _FOOTER_PARAGRAPHS, 0), -1):
        para = kept[index]
        if _PUBLISHED_LABEL.match(para) and (day := _date_header(para)):
            removed.append(Removed(para, "date footer (lifted into the publication date)"))
            del kept[index]
            return day
    return None


# The line an embedded post (a tweet) ends with: a dash, the account's name and handle, the day it was posted.
_POST_CREDIT = re.compile(r"[—–-]\s*[^()\n]{1,80}\(@\w{1,15}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}")


def _caption_repeat(para: str, key: str, kept: list[str]) -> bool:
    """Is a line seen before a caption printed twice: right after itself, or a long unpunctuated
    line (a caption's shape) again within three paragraphs?"""
    if _POST_CREDIT.match(para.strip()):
        return False  # "— The Senate (@Senate) October 9, 2018": each embedded post ends with its own credit line
    if kept and key == _key(kept[-1]):
        return True
    return len(para.split()) >= 8 and not re.search(r"[.!?:;\"”’]$", para) \
        and key in {_key(k) for k in kept[-3:]}


def _agency_name(tag: str, outlet: str | None) -> str | None:
    """The agency a dateline's tag names ("AP" -> "Associated Press"), unless it is the outlet itself."""
    from .outlets import AGENCIES, same_outlet

    name = AGENCIES.get(tag.strip().casefold())
    return None if name is None or same_outlet(name, outlet) or same_outlet(tag, outlet) else name


def _paragraphs(text: str) -> list[str]:
    """Paragraphs of the text, white space folded.

    Most inputs give one paragraph a line (extracted HTML, feeds). A block of
    hard-wrapped plain text (lines of similar width, breaking mid-sentence) is
    unwrapped into one paragraph; headline and byline lines stay apart.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_SPACES.sub(" ", ln).strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        if _is_hard_wrapped(lines):
            lines = [" ".join(lines)]
        paragraphs.extend(lines)
    return paragraphs


def _is_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    width = max(len(ln) for ln in lines)
    if not 50 <= width <= 120:
        return False
    body = lines[:-1]
    if any(len(ln) < 0.7 * width for ln in body):
        return False
    open_ends = sum(1 for ln in body if not re.search(r"[.!?:\"”’)]$", ln))
    return open_ends / len(body) >= 0.75


def _boilerplate_reason(line: str) -> str | None:
    n = len(line)
    if n <= _BOILERPLATE_MAX_CHARS:
        if _DONATION.search(line):
            return "donation appeal"
        if _SUBSCRIBE.search(line) and n < 200:
            return "subscription appeal"
        if _SHARE.search(line) and n < 120:
            return "share or follow prompt"
        if _BYLINE.match(line) and n < 120:
            return "byline"
    if n <= _CAPTION_MAX_CHARS and _PHOTO.search(line):
        return "photo credit or caption"
    return None


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 25 and len(line) < 160 and not re.search(r"[.!?:;,\"”]$", line) \
        and line.lstrip("'\"‘“")[:1].isupper() and not _DATELINE.match(line + " - X")


def _byline_name(line: str) -> str | None:
    m = re.match(r"^\W*(?:by|written by|reporting by|words by)\s+(.+?)\s*(?:,|\||/|$)", line, re.I)
    return m.group(1).strip() if m else None


def _looks_like_sentence_start(prefix: str) -> bool:
    # "I -" or "A -" are not datelines; a dateline has a place in capitals.
    return len(prefix.replace(".", "").strip()) < 3


def _repair_stops(para: str) -> str:
    def fix(m: re.Match) -> str:
        before = para[max(0, m.start() - 60): m.start()]
        if _URLISH.search(before):
            return m.group(0)
        return m.group(1) + " "

    return _GLUED_STOP.sub(fix, para)


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line.casefold()).strip()


# --------------------------------------------------------------------------
# sentences
# --------------------------------------------------------------------------


# A time zone or clock reading that follows a clock's "a.m."/"p.m." in the same sentence.
_CLOCK_END = re.compile(r"\b[ap]\.\s?m\.$", re.IGNORECASE)
_ZONE_START = re.compile(r"(?:UTC|GMT|[A-Z]{1,3}T|local time|\()(?!\w)")


def _continues(before: str, gap: str, sentence: str) -> bool:
    """Whether ``sentence`` goes on the one ``before`` it (``gap`` between them), which the parser cut in two after a
    clock's "a.m."/"p.m.": it opens with a time zone or a lower-case word. Never across a line break. (A sentence
    opening in lower case after other stops, '"Why?" | she asked.', is left as parsed: the quote stage reads it so.)"""
    if "\n" in gap or not _CLOCK_END.search(before):
        return False
    return sentence[0].islower() or bool(_ZONE_START.match(sentence))


def sentences_from_parse(text: str, doc) -> list[Sentence]:
    """Sentences from spaCy's parse, never crossing a paragraph break.

    The parse itself is cached by :mod:`crosscheck.nlp`, so the later stages
    that read it do not pay for it again.
    """
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        # Split at paragraph breaks the parser ran across.
        for piece in re.finditer(r"[^\n]+", text[start:end]):
            bounds.append((start + piece.start(), start + piece.end()))
    sentences = []
    for start, end in bounds:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        start += len(chunk) - len(chunk.lstrip())
        end = start + len(stripped)
        # A sentence of only closing punctuation belongs to the one before; so does one the parser cut after a
        # clock's "a.m." ("at 07:37 a.m. | UTC (3:37 a.m. EDT), killing ...": a timeline fragment "UTC (...), killing").
        if sentences and (re.fullmatch(r"[\"”’')\]]+", stripped)
                          or _continues(sentences[-1].text, text[sentences[-1].end:start], stripped)):
            prev = sentences[-1]
            sentences[-1] = Sentence(text[prev.start:end], prev.start, end)
            continue
        sentences.append(Sentence(stripped, start, end))
    return sentences
