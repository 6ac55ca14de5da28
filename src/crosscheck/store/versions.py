"""Each stage's version: bumped when its logic changes, so that stored output made by older code is redone.

The store keeps the version a stage's output was made with (``Store.stage_is_current``); the history below says
why each number is where it is, in the order the changes landed.
"""

# Bump a stage's version when its logic changes, so stored output is redone. Why each is where it is:
# brief 2: key dates; 3: one report per source, no sentence twice; 4: key dates told by two sources, no bylines.
# time 2: month-level and copy bounds for undated reports; 3: ages, units and clock times are not dates.
# quotes 2: "according to X" keeps its describing phrase. claims 2: what happened to the people counted.
# reconcile 2: reports named by file name; 3: like with like, updates.
# entities 2: places resolved in context; 3: 'Mrs. X' apart from her husband, a city apart from its county.
# provenance 2: a quote paragraph's speaker, relays to any outlet (issue 19 follow-up).
# issue 14: copies 2 (containment candidates, template, shared passages); provenance 3, entities 4, time 4,
# quotes 3, reconcile 4 and brief 5 because their independent-source counts now join reports by outlet.
# provenance 4: a quote missing from an edited reprint (no span there) no longer stops the stage.
# provenance 5 (issue 19, ECB+ round): relays through outlets by title, outlets given as speakers relay the person
# named, police/cops/officers one source, a reporter is the outlet, 'it stated' the outlet last said to speak.
# provenance 6 (issue 19, round 4): descriptions and untyped names joined to the person introduced, two-level chains
# ("all of whom said"), "quoted in <agency>" relays, inverted "said <lowercase title> Name".
# issue 20 round 3: time 5 (seconds are durations; date conflicts not on names or on the day a thing was told),
# quotes 4 (no credit, address, widget or dateline as a speaker), reconcile 5 (like with like; differences),
# brief 6 (key dates only of days that happened and are named).
# entities 5 (issue 16, round 2): places chosen with coherent readings, local outlets, bare county names, more regions.
# issue 14 round 2: copies 3 (a group's original chosen by evidence, not publication day; short reports
# looked up shingle by shingle).
# issue 18: the parse is now put together from sentences parsed alone (a few sentence and entity spans differ
# from a whole-report parse), so every stage that reads the parse redoes its output: entities 6, time 6,
# claims 3, quotes 5, provenance 7.
# issue 14 round 3: copies 4 (a document's text both reports quote is a 'document' passage; quotation state on
# long lines from the nearest mark; a short report two thirds of which is in another is a copy; the opening rule).
# issue 19 round 5: provenance 8 (stations by channel, outlets named back by a description, "X's attorney",
# outlets told where a cut quote closes, "accused"/"denied" as cues, capitalised titles, '' closing marks).
# issue 20 round 3 (generalising): reconcile 6 (agreements over every statement, one figure per agreement,
# unkeyed figures agree in alike sentences; running totals apart; update chains of one time); time 8 (a date
# conflict not on the day a "that" clause was told, nor on a phrase of function words).
# issue 20 round 4 (branch issue-20b): reconcile 7 (a figure beside a shared wire passage is one witness; ends of a
# spread are no value; a conflict's windows of time match; a bound holds the other figure as written); with the
# lead's fix (a developing count's conflicts compared day by day again): reconcile 8.
# issue 14 round 4: copies 5 (late-start and recurring-block rules; passages: document quotations read anew).
# issue 19 round 6: quotes 6 (two apostrophes close a double mark; a quote over paragraphs with no opening mark; a
# reported clause around a quoted phrase), provenance 9.
# issue 20 (branch issue-20c): claims 4 (zeros written in words, ages after a name, metres vs millions, hyphenated
# units and scales, psi, rank words, counted things carried through lists and "of them").
# issue 20 round 5 (branch issue-20r): reconcile 9 (a conflict counts the thing in one happening; zeros; named
# ages; progressions read loosely), time 9 (a one-day date conflict resting on "yesterday" or a clock time is none).
# issue 20 (time side, branch issue-20t): time 10 (a weekday and its part of day are one day; a day number before
# "November 2011"; "the end of July"; weekends; a day called for or possible is the coming one), brief 8 (key dates:
# date lines, leads that tell of another day, days named only in quotations are no support).
# issue 20 claims round 2 (branch issue-20k): claims 5 (ages after kin words and names like "McKnight"; ".357 Magnum"
# rebuilt "a. 357"; "All three"; "a mother of 12" counts children; "less than a minute"; a distance fallen is a "fall").
# issue 14 round 5 (branch issue-14): copies 6 (quotes of one speech and two texts sharing passages are not copies).
# issue 20 round 6 (branch issue-20r, fourth session): reconcile 10 (a span of time is a side of a conflict only where
# both say what it is the length of; a bound read on the number as written; "three of his eight" is a part).
# issue 20 session 4 (branch issue-20v): brief 9 (a headline, teaser, timestamp or dateline glued to the lead is
# cut off; captions, teaser lists, cut sentences and readers' comments are never brief sentences).
# issue 16 map points (branch issue-16): entities 9 (a place named with its state or country, "Surf City, North
# Carolina", is in it in every report of the story; "Northeast", "Metro", "Mall" and a bare "Atlantic" are no far towns).
# issue 20 session 4 (branch issue-20c): claims 6 (ages "died at 77" and "Orozco, 29,"; win-loss records are no ranges;
# "bpd"; an adjective before a unit; "a mile and a half", "4 1/2 months"; no game-clock spans; the thing a level or an
# "of" figure is the value of; hyphenated counts "a five-member board").
# issue 19 round 7 (branch issue-19, fourth session): provenance 10 (test6 read as dev: mastheads, titles, pronoun runs,
# relays through publications); quotes 7 (a page marking its quotes with single marks only has them read as quotes).
# issue 20 session 4 (branch issue-20t): entities 10 (after issue 16's 9: a surname joins one person written two
# ways; credits and dashes cut from names), time 12 (a lead's weekday bounds an undated report; stamp lines; URL
# days), quotes 7 (a photo credit is no speaker), brief 10 (key dates: announcements, early days most sources name,
# clock times).
# merge of issue-19 and issue-20t (fourth session): both bumped quotes 6 -> 7 for different changes, so quotes 8.
# lead, fourth session: time 13 (a lead's weekday on one dated story day dates the report again, as before time 12; a
# plan, hope or "would" under a verb of saying told in the past tense points forward).
# issue 15 item 3 (branch issue-15b): brief 11 (after issue-20t's 10: furniture.comments_start counts a header or a call for comments only
# where comments follow it to the end: a "Have your say" box or "readers have been describing" in a report no longer
# cuts the brief's sentences below it). Clean now cuts readers' comments; stored documents keep theirs until re-ingested.
# issue 20 item 8 (branch issue-20e): entities 12 (after issue-16 s4b's 11): one person's surname in two
# transliterations ("Gaddafi"/"Gadhafi") joins when first names agree; a bare surname shared by two full names
# joins the one named before it in each of its reports (not a byline at the end).
# lead, fifth session (branch issue-brief): brief 12 (once one report's lead is in the brief, the other reports'
# leads count as repeating it: the brief no longer gives the same main news six times in different words).
# lead, fifth session (branch issue-enttype): entities 13 (a name the model called an organisation is a person's
# where the report writes an age beside it or lists it with a person's full name; a lone surname of a person the
# story names in full is a person's unless an organisation's name holds the word).
# lead, fifth session (branch issue-wording): reconcile 11 (a finding names a teller as the report writes it,
# "Acting CDC Director Richard Besser", not lower-cased; a span or an age compared in days is shown as written).
# issue 14 session 5 (branch issue-copies): copies 7 (after round 5's 6): a page carrying another report's opening as
# a block (hub teaser, blog index excerpt, truncated page, a short story's body inside a multi-story page) is a copy;
# candidates also by lookup of every report's opening.
# issue 20 items 5/6, fifth session (branch issue-time): time 14 (a relative day of a report known only from below
# names no day; not-dates: seconds, '1100 hours', 'the 30s', 'N days later'...), brief 13 (key dates: an undated story's
# window, the day a teller spoke, a majority's origin day).
# issue-places, fifth session: entities 14 (a state's own name beats a far smaller same-named town; airports in the
# gazetteer; a compass word that is a named country's province).
# issue 19, fifth session (branch issue-prov): provenance 11 and quotes 9 (test8's error classes: ``...'' marks and
# straight marks read inside out in one-line texts, "quoted X as saying", "told X that"; outlets the story names as such,
# "in remarks to <outlets>", a person from a body, two attributions in one chain).
# issue 20 session 5 (branch issue-conf): reconcile 12 (after issue-wording's 11): a figure of a sum told by groups is a
# part; an agreement's two witnesses sharing eight words in a row are one text; a span is keyed by what lasted and its
# basis says it; an age beside a name of three or four words, or "age 61", is that person's; a report that tells both
# figures of a conflict, one as of another moment, tells two happenings.
# lead, sixth session (branch lead-brief): brief 14 (the brief opens with its main news, the best-ranked report lead
# among the chosen sentences; the rest in time order).
# lead, sixth session (branch lead-participle): claims 7 (the verb closing a figure's subject is written from English
# inflection tables, lemminflect: "lawsuits led", not "lawsuits leaded").
# issue 14 session 6 (branch issue-14): copies 8 (a quotation two reports share is a document's text when the nearest
# cue of the two names a document: "in a statement" beside the words in one, "in an interview" further on in the
# other).
# issue-16, sixth session: entities 15 (places: state or city from the report's other names, postal codes, airports).
# issue-20c, sixth session: claims 8 (win-loss records, scores and knockouts told as "N-M" are claims of their own),
# reconcile 13 (tallies compared tally with tally; tolls, shares and money in other words; surname ages).
# issue 19, sixth session (branch issue-19): provenance 12 (test10's errors by class: bodies and outlets described,
# two outlets one inside the other, a speaker cut after its title, gendered pronouns, ...).
# issue-20e, sixth session: entities 16 (types read from the story: legal company names, a rig's noun, surnames typed
# as places; "Justice Department" kept whole), quotes 10 (a description only to a person introduced with its noun).
# issue 20 sixth session (branch issue-20t): time 15 (date agreements: the day of one happening written alike by
# independent sources, saved as ``date_agreements``; a clock time alone takes the day the text tells; "pending",
# "next ...", "by", "the ... deadline" read forward; model years and scores are no dates), brief 15 (after lead-brief's
# 14: a key date is told by a sentence naming its day where one does).
# lead, sixth session (branch lead-described): provenance 13 (the tail of a longer name, "Gulf of Mexico", is never
# the person a description such as "the source" stands for).
# lead, sixth session (branch lead-timeline-furniture): time 16 (a page header ending in an agency's dateline and an
# editor's note of a change to the page are no events).
# lead, sixth session (branch lead-keydate-furniture): brief 16 (a key date is never told by a page header ending
# in an agency's dateline).
# lead, seventh session: provenance 14 and brief 17 (a brief sentence, quote or event two reports carry inside a
# passage they share counts as one independent source: issue 14 item 3 in every count); brief 18 (a brief sentence
# stands alone: no cut quotation, transcript label, fragment or opening pronoun).
# issue-16, seventh session: entities 17 (places: seats of government by their building, "the White House", "the
# Kremlin", in the gazetteer instead of a namesake town; a part of a place named by a compass word, "North London"; "Macedonia"
# and "Congo" are countries; islands and historical regions: "Normandy", "Luzon", "Waziristan").
# issue 20 seventh session (branch issue-20t): time 17 ("as early as", "as soon as", "set for", "heading into" read
# forward; one sentence reading for clock times), brief 18 (after main's 17: a headline is no lead; a follow-up's
# undated lead does not make its own day key). Merged with the lead's brief 18 (sentences that stand alone): brief 19.
# issue 20 item 8, seventh session (branch issue-20q): quotes 11 (what is no statement is not shown as a quote;
# pronoun speakers from the parse, transcript turns, "former President" no antecedent; a mis-decoded closing mark).
# issue-20c, seventh session: reconcile 14 (a conflict needs positive evidence of like with like; the rest are
# differences).
# issue 19, seventh session: provenance 15 (a live blog's agency credits relay its entries; test12's classes).
# issue 20 seventh session (branch issue-20w): reconcile 15 (wording only: a figure's gloss in a unit a reader uses,
# "13-inch" not (0.00033 km); a span's label as English; "part: time span" told in words; no decision changed) and
# brief 20 (its conflict line reads the findings' new words).
# issue 20 item 8 (branch issue-20e, seventh session, second round): entities 18 (labels in capitals, a sentence's
# "As", a title-like common word, a possessor and a lower-case tail are no part of a name; a common word capitalised
# only where a sentence opens is no name; a first name alone is its one full name; "KELLY MCEVERS, HOST:").
# issue 20n, seventh session: claims 9 (model names, versions, phone numbers, list markers; GB/MW are no money).
# issue 20 item 8 (branch issue-20e, eighth session): entities 19 (a name's type from how the text uses it: a district,
# a city of the story's country, a newspaper; first-name forms under one surname, plurals, inverted names join their
# one name; a district at the place the text names it part of; an age before a noun before a name).
# issue 15, eighth session: provenance 16 (outlet names read from pages changed: "X Online"/"X Blog"/"X News" are X when
# X spells the address, an address as site name gives way to the publisher's brand; provenance joins reports by
# outlet). Ingest is not a versioned stage: a page already in a store keeps the outlet it was read with.
# issue 20c, eighth session: claims 10 (each figure's holder and period from the parse: ``Claim.holder``,
# ``Claim.period``), reconcile 16 (two holders' or two periods' figures are neither a conflict nor an agreement).
# issue 19, eighth session: provenance 17 (16 on its branch; issue 15 took 16 the same session) (test14 read as dev: listeners written as brands, "said, according to <outlet>",
# "on <outlet>" after a listener and a day, bodies by their kind, one body by its initials, the speaker's age, quote
# paragraphs of three sentences, an agency tag closing a report's first line).
# issue 20 eighth session (branch issue-20t): time 18 (a timeline event is told by a sentence that stands alone, as
# the brief's are, or is no event; an event dated more than a month before the story's first report is background),
# brief 21 (the shared stand-alone rule: "But", "All of them", "At that point", "... later,", a phrase then "it"; a key
# date's day is dropped only when no sentence naming it tells a happening; the main day told by one source is key
# when no day has two; a page's timestamp glued before a lead names no day of the story).
# issue 14, eighth session (branch issue-14): copies 9 (a page carrying another report's opening as one block of
# ~100 words is a copy even below its own top, where the late-start rule turned it down; scan's speed-ups decide alike).
# lead, eighth session: provenance 18 (a report with no outlet or title relays under ``Document.name``: its file's
# name or its URL, never its path).
# issue 16, ninth session: entities 20 (places: in a sports report whose other towns are big cities, a famous city's
# far smaller namesake gets no credit from the report's places: teams are named by their home cities).
# issue 16, tenth session: entities 21 (places: a division a report's public bodies are named for, "Georgia Bureau of
# Investigation", is context for its places).
# lead, tenth session: entities 20 on main (middle initials tell two people apart) merged with issue 16's 21: 22;
# time 19 ("in advance of" points forward).
# issue 20c, ninth session: reconcile 17 (a figure told as a whole faces one whose clause names no other place; "in the
# riots", "in the violence" are the happening, not a place; a conflict's sides sought around the narrowest figure that
# has a comparable one; a round figure read to within an eighth of its value; an average is not one observation; a figure
# of what is to come is not one of what happened).
# issue 20c, tenth session: reconcile 18 (spans of time split out of ``basis`` into ``spans``; two spans that tell
# another relation to what they measure, a length and a time since, never agree).
# issue 19, ninth session (branch issue-19): quotes 12 (two apostrophes as both quote marks, the NYT archive's
# "''...''"; a programme's name after "told" or "on" joins no quote), provenance 19 (programmes, forums and pieces an
# outlet relays, "X cited Y as saying", records that "found", a description's name in apposition, ...).
# issue 19, tenth session (branch issue-19): provenance 20 (a woman's title in her name and no object pronoun tell a
# gender; "he" after a sentence a capitalised title opens; an apposition with a who-clause after it; a paper a speaker
# wrote in relays the speaker's run of quotes).
# issue 20a, ninth and tenth sessions: reconcile 17 (an agreement takes a holder read through a pronoun whose person
# the figure's own sentence names, and keeps apart a holder against a figure told of another person named just before
# it: AGR-WRONG). brief 22 (a sentence is cited to a report only where that report's close sentence states the same
# thing, not only the same names: BRIEF-SUPPORT-FALSE), time 19 (a sentence joins a timeline event dated more coarsely
# only when they share two content words or more: TL-MERGE-FALSE).
# issue 14, ninth session (branch issue-14): copies 10 (two reports sharing only sentence-long runs, below the smaller's
# top and with neither opening carried, share passages, not one text: ``CopySettings.scattered_run``).
# issue 14, tenth session (branch issue-14): copies 11 (two versions of a document an outlet republishes, put under
# the containment rule only by the outlet's template, are copies when their full texts share many runs spread over
# both from both tops: ``copies.republished``, ``CopySettings.versions_runs``).
# issue 20a, tenth session (after the merge of its first part): reconcile 20 (main is at 19: the second AGR-WRONG rule
# takes a person named just before the other figure, in its clause, and not one the holder's sentence also names).
# issue 20q, ninth session: quotes 12 (an explainer's "Name: Subhead." lines, the targets of "slammed"/"praised", "called
# X" with no complement, "found him guilty" and a negated cue are not shown as quotes; a quoted phrase is shown once,
# inside the reported clause around it; a pronoun speaker is not a name inside the quotation, nor the subject of what is
# said, nor a person the report marks as of the other gender; "the senator" after a sentence opening with a named
# person is that person; a surname the tagger typed a place is its person).
# issue 20q, tenth session: quotes 13 ("quoted X as saying: '...'" is X's and shown beside the clause around it; a
# phrase whose full stop is inside its mark is folded into its clause; wishes, seemings, what a thing suggests and a
# decision or insistence on acting are not shown; a verb before a colon and a quotation governs the quotation; a title
# in marks no one is said to say and a short phrase hung on a verb that says nothing are not shown; "the lawyer" is the
# person a report titled so, else the one the sentence before opens with; a name right after its description, no comma
# between, is the speaker).
# another relation to what they measure, a length and a time since, never agree; "eight million barrels" in words is
# a figure; a count after "each year" is a rate; a count of one kind of play, or told as a record, is not sure against
# another; "shot eleven times" counts "times shot").
# lead, tenth session: reconcile 22 (issue 20c's last rules changed reconcile/basis.py without a bump).
# wrote in relays the speaker's run of quotes); quotes 13 (a sentence ending "..., <speaker> told <outlet> [<day>].",
# the speaker hung elsewhere by the parse: quotes/trailing.py); quotes 14 (of two reported items each holding the
# other's cue, "Police responded ..., Barbour said.", the later cue's stands).
# lead, tenth session: quotes 17 (issue 20q's tenth-session merge reverted: it lowered the provenance gate).
# lead, eleventh session: brief 23, time 21 (a media player's JavaScript/Flash notice is furniture: furniture.py);
# entities 23 (a name filed as another name of a far town, "Mill Hill" under Trenton, needs the report's region).
# issue 14, eleventh session: copies 12 (straight quotation marks paired by the way each faces, not in turn).
# issue 20q, eleventh session: quotes 18 (the tenth session's work again, with the split it waited for: what "who said
# what" does not show is saved apart as attributions, Quote.hidden saying why, and provenance still traces it),
# provenance 21 (such an item is of kind "attribution").
# lead, eleventh session: copies 13 (a straight mark after a word closes a quotation, whatever follows: review s11).
# issue 20c, eleventh session: reconcile 23 (a phase, level or category number is a level on a scale, not a count: levels
# agree, move over days as updates, and are never a conflict; a share, money or volume with no thing counted is told
# of the noun its clause names ("turnout reached 93.87 percent"); people who march or rally are a crowd; a figure told
# as a revised estimate, or as the one it replaced, is no side of a conflict; "almost N" is just under N; an agreement
# takes a source's statement that another source tells alike before its first; labels, "lane 1", and network
# generations, "4G", are no figures; a value over five times the last of a progression joins it only when told as moved).
# lead, eleventh session: brief 24, time 22 (the media-player notice is furniture only in the notice's own form).
# issue 19, eleventh session: quotes 18 (reported speech the parse missed or cut: "said X, 32, and Y, 27, face
# charges" (the clause's subject made the object), "Police say a man who ... plunged" (a clause read as an object),
# "told a judge during a hearing that ...", "X said he talked to ..." (not a parenthetical), ", advisers say, " in
# mid-sentence, "as (has been) reported by X", "experts are skeptical that ...", "..., TMZ reports, ...", a trailing
# "..., Capt. James Clark said." the parse split at the title, "Prosecutors allege <clause>" read as a noun phrase,
# "made clear (that) ..."); provenance 21 (a statement made "on <broadcaster>" in its
# sentence ('said on MSNBC', "while being interviewed on Fox News, X said"), and an appearance on air the sentence
# before a speaker's quotes ("defended her in an interview last spring on a network's ''Sunday Desk.''"): relays).
# review s11 fixes, eleventh session (branch issue-20q3-s11): quotes 19 (the given name "Said" is not the verb; a
# pronoun's gender is the person's, not the surname's; an explainer's subheads are hidden attributions, not dropped,
# and an interview's title-case turns are quotes).
# issue 20t, eleventh session: reconcile 24 (read on test17's errors, dev since this session: a place left out, "outside
# Mexico", is a scope; barrels, gallons and other units are no anchor of like with like; the period after "every" is no
# measure; a sentence that also tells the other side's number breaks the figure down; "up from N" is no side of a
# conflict one report quotes; "a 23-month-old child" is an age, not a span).
# twelfth session, lead: time 23 (a date conflict counts its sides in words, "1 independent source", not
# "1 independent source(s)"; a year or month after "since" dates no event: "the worst since 2009"); claims 11 ("the
# number of people killed ... has reached 151" is the toll, "people killed", not "number of people").
# issue 19, twelfth session: quotes 21 (attributions that name no one, "reportedly", "it was reported that", "X is said
# to have", "fighting has been reported around ...", kept hidden for provenance), provenance 23 (a journal a study was
# published in relays the study, the journal named after "published in" or "wrote in"; an attribution that names no one is "unnamed reports" or unattributed).
# issue 20r, twelfth session: reconcile 25 (conflict recall: the age of someone not named beside it, told in alike
# sentences, conflicts; a span told as a small whole number of its unit is that number, not a rounding; "N people
# lived in" a place is its population).
# issue 20a, twelfth session: reconcile 25 (an agreement's numbers are equal once in one unit, not only compatible
# within their rounding; a phone number in groups and a number word in a title are no figures; a length, volume or
# weight joins a progression only when told as moved).
# issue 14, twelfth session: copies 14 (an outlet's template also holds the passages its reports carry in the store's
# other stories, reports that do not tell one another's story: a reader comment, teaser or widget met on two pages;
# the opening rule asks for more shared text than one opening: a shared topic header or lede is a passage).
# review of the twelfth session's branches: reconcile 27 (a quotation opening with a number word is a figure; where
# people live must be a place for a population; one figure told in two units agrees within its conversion's
# rounding), quotes 22 ("reported to police" is no agentless attribution), provenance 24 (one unknown word after
# "published in" is no journal).
# lead, twelfth session, after the review: copies 15 (what another outlet's report of the run carries is no outlet's
# learned template: a wire paragraph one outlet reprints in every story stays a passage shared with the wire).
# issue 20p, fifteenth session: reconcile 28 (agreement precision: a figure that refers to no fact of the story is no
# witness, ``reconcile.referents``: a generic "A magnitude-6 quake can ...", a version in "Browser 7 and 8", a
# "three-point play", one of "8,000 or 9,000"; a record never agrees with a score, and a record's holder told as the
# subject of "are" is named; "nearly N" and "more than N" are two figures; two numbers agree only when their roundings
# as written meet, "15,800" and "15,725" do not).
# issue 14, fifteenth session: copies 16 (the partial rule spares a shared text broken into 9 or more runs: one wire
# text two outlets edited in many places, not a few paragraphs of background; reports under ~165 words, not ~70, are
# looked up whole for candidates).
# issue 20r, fifteenth session: time 25 (a date conflict whose shared phrase is a name is one happening when both
# sentences tell one thing done in one past form, told of the same day as the name; one weekday written by both
# sources is no date conflict).
# issue 19, fifteenth session (branch issue-19-s15): provenance 25 (research verbs "suggest", "propose", "contend";
# researchers' "found"; "X and colleagues", "X's team" are X; an outlet's report given as the speaker relays whom it
# names; a statement or interview given to an outlet relays it; "the AP" named as written in full; outlet names compared
# normalised; a reporter who told another outlet is a witness; "said, citing Y" is Y's; "putting the toll at"; who
# issued a statement "saying" speaks; the age of whoever speaks is unattributed).
# issue 20c, fifteenth session: reconcile 28 (the world's figure and one country's are not one quantity, the country
# named anywhere in its sentence; a value that moved joins a progression only when told as moved or tied to an earlier
# value by a place or a word of its happening; a figure told as a part of the total right after it, "5 of the 9
# appeals", is a part, not a count to set against the total).
# lead, fifteenth session: time 25 (a key date's sentence without a page timestamp glued before it), brief 25 (key
# dates are saved by the brief stage; only a stamp at a sentence's head is cut, not a clock time inside it); time 26
# (issue 20r merged over it); reconcile 29 ("was/were expected to" is a figure to come), 30 (issues 20p and 20c both
# at 28), 31 (a poll's margin of error or sample is no side of a conflict), 32 (a count of voters told in a sentence
# about a poll is its sample).
# lead, sixteenth session: no bump (clean has no version; stored reports keep their sentences until re-ingested, as
# with readers' comments): a sentence the parser cut after a clock's "a.m." before its time zone is one sentence.
# issue 20v, sixteenth session (branch issue-20v-s16): brief 26 (furniture.comments_start also finds comments marked by
# a footer after each ("Posted by: X | date | Report abuse", "date at 4:12 pm | Reply"), a site's notice ("We welcome
# comments that advance the story ...") or a board's date headers; the brief's sentences stop there). Clean cuts them
# too; stored documents keep theirs until re-ingested.
# issue 19, sixteenth session (branch issue-19-s16): provenance 26 (a journal named before relays "X and colleagues
# report in one of the papers" and "conclude X ... in another of the papers"; "That's the implication of <papers>"
# attributes the sentence before; "report in" and inverted "conclude X" attribute; "papers ... show"; a date after
# "published"; "told UK magazine <Name>" names the magazine; 'said on "<programme>"' relays; "Though X ..., he said":
# X).
# issue 14, sixteenth session: copies 17 (a pair containment turns down whose smaller report's opening is 40% in
# shared runs, with one run of 80 shingles or more, goes on to the late-start, quotes, partial and scattered rules: a
# story set as an item on a longer page without its caption line, ``verify.carries_top``).
# issue 20k, sixteenth session: claims 12 (a figure with no thing counted is given the thing its construction names: a
# measure told as the value of a noun, "a depth of 9 miles", or right after it, "temperatures up to 1,900 degrees", or
# "N m deep"; a weight told of a thing, "the 75-ton crate", "the crate, weighing 60 tonnes"; a million barrels and more
# told alone are of oil; money told "in" a bare noun, "$40 million in funding"; people "in custody"; "N times closer" is
# a ratio, not how often), reconcile 33 (the people who live in a community, settlement, township or neighbourhood are
# its population).
# issue 20g, sixteenth session (branch issue-20g-s16): reconcile 33 (a poll's margin of error or sample is no witness
# of an agreement; two spans of time, not ages, that name no one thing agree only in sentences sharing two words
# beyond the spans' own words).
# issue 20a, sixteenth session: reconcile 33 (conflicts compare figures whose keys name one thing in other words:
# status words dropped, "confirmed cases" / "cases"; a classifier noun, "heads of pig" / "pigs"; a bare key meets the
# one fuller key holding it as its head where its clause tells the extra words, "damaged shops" / "shops suffering
# damage"; a hedge adjective of another noun, "possible sightings", is not the figure's; "now 91" is a running total;
# a figure told with a conversion in brackets and "a barrel" is broken down against the same sentence's other value).
# issue 20i, sixteenth session: reconcile 33 (precision on unseen stories, read on the fresh fdev listings: two
# distances in directions more than 45 degrees and 40 km apart are two points; a clause carried on from a forecast,
# ", with winds of N by Tuesday", is to come; a figure told of an earlier month, "In June, ...", faces only figures of
# that month; places of two different countries are two scopes; one day's or one incident's toll is no next value of
# another day's; a count that only adds up, lower later with no word of a revision, is no progression; the world's
# words tell of a figure only with no place between; "mainly in X", "in and around X"; a figure told as a change is no
# value of a progression; shares of one group answering two questions are no conflict).
# issue 20d, sixteenth session: time 27 (a day of a past clause stays past when "will" is elsewhere in the sentence;
# "next" before a capitalised noun is no day awaited; a date conflict's phrase is no happening of the day when it is an
# infinitive with its object, when a word of time order stands between them, or when the day is a telling's).
# issue 20d, seventeenth session: time 28 (a date conflict of one happening named by its day, "the April 20 explosion",
# or with its day at the end of its own phrase, "a raid on X in Y on Tuesday", put on two days by independent reports).
# lead, sixteenth session, merging: reconcile 34 (issues 20k and 20g both at 33), 35 (issue 20a at 33 over 34), 36
# (issue 20i at 33 over 35), 37 (a toll's day is read up to the end of its clause: a day told in a clause of its own
# after the figure is another figure's, so a rising toll keeps its last value).
# lead, seventeenth session: brief 27 (a photo's caption told as a sentence in the simple present is never chosen,
# ``caption.reads_as_caption``; a gallery's numbered picture and an agency's dated file photo are furniture), time 28
# (``furniture.lead_of``, which cuts a timeline event's text too: "... from Mexico A 23-month-old ..." is a seam; a
# pull quote 'Name: "..."' before a lead, an agency's bare credit "AP In ...", a page's dated stamp after a standfirst
# are cut off).
# issue 20f, seventeenth session: reconcile 38 (two counts of people harmed told by two means, one each, gunfire and an
# explosive or a shell, are two happenings' dead: neither an agreement nor a conflict).
# lead, seventeenth session, merging: time 29 (issue 20d and the lead both at 28).
# lead, seventeenth session: brief 28, time 30 (a sentence whose subject names what an earlier one told does not stand
# alone, "The news came as ..."; a video's credit "(CNN/YouTube)" ends a caption).
# issue 20m, seventeenth session: reconcile 38 (conflicts: a part of a group told before, told as all of what befell
# it, "seven of the marchers were arrested", is the count of the arrested; "the number of infections" is a count of
# cases; a counter told alone, "923 rounds", meets the one stuff the story tells it of, "rounds of ammunition").
# lead, seventeenth session, merging: reconcile 39 (issues 20f and 20m both at 38).
# issue 19, seventeenth session (branch issue-19-s17): provenance 27 (a person named as a verb's object is not given
# the gender of the "she" in that sentence, which speaks of someone else; "it said" is no plural said to speak before,
# and a body opening the sentence before as its subject is "it").
# issue 20n, seventeenth session: claims 13 (a figure told as an estimate of a noun before it, "deaths, estimated by
# observers at some 300", "losses have been estimated at $3m", is of that noun; money told in rounds or tranches of a
# thing, "$35m in two rounds of funding", is of the thing), reconcile 38 (a number with a unit of length after a word
# that names ranks, "the coastal highway 50 km west of X", is a distance, not a road's number).
# lead, seventeenth session, merging: reconcile 40 (issue 20n at 38 over 39).
# issue 20t, seventeenth session: reconcile 38 (words of a total in a contrasted clause of their own are not the figure's;
# a count told after "in" or "across" takes no verb of its doer as its happening).
# lead, seventeenth session, merging: reconcile 41 (issue 20t at 38 over 40).
# issue 20b, eighteenth session (branch issue-20b-s18): brief 29, time 31 (``furniture.lead_of``, which the timeline's
# events use too, cuts an agency's dateline in title case, a gallery's "View Photos" run, an agency's dateline after a
# page's headline and stamp, and, in a report's first sentence, a headline glued before a lead that opens on a name;
# "View Images", "Story highlights" and a player's "CLOSE" are furniture; a caption ending on its date, or with no verb,
# is never a brief sentence; a title is never an opening that reads as a caption).
# issue 20w, eighteenth session: time 31 (a story none of whose reports is dated reads a year-less day within two weeks
# of a day one of its reports writes whole in that day's year, noted as a guess: it is compared between reports but
# bounds no publication and makes no key date).
# lead, eighteenth session, merging: time 32 (issues 20b and 20w both at 31).
# issue 19, eighteenth session (branch issue-19-s18): provenance 28 (a person whose report never marks a gender has
# that of the given name, from nomquamgender's table: "he" after "Allison Brooks" is not hers).
# issue 20k, eighteenth session: claims 14 (a model's code counted, "Seven AK-47s", "seven AK-47 assault rifles", "12 AK
# 47 guns", is the model's "ak-47s"; a noun that says what happened, "25 deaths", takes no verb of another clause; an
# amount followed by a time, "$80 million last summer", is not of the time; money a noun is "worth" is of the noun),
# reconcile 42 (a model's code stays whole in the key; the month "May" is not the modal "may").
# lead, nineteenth session: brief 30, time 33 (``furniture.lead_of``: a preposition that opens sentences, capitalised
# after a lower-case word and before an article or possessive, "... after the flood In our series ...", is where a
# caption or subhead run into the sentence ends).
# issue 20u, nineteenth session (fresh fdev false items): claims 15 (a size with an inch mark of quotes before a model's
# name, "the 17 '' MacBook Pro", and a chip's code of four digits glued to a capital scale letter, "9400M", are no
# figures), reconcile 43 (a name before "refugee camp", "village", "district"... or after a compass word is a place of
# the figure's scope whatever type the parser gave it; a count in a breakdown of the dead, "seven children, three women
# and two men", is a part; the kept basis keys are keyed on nonfigure.py too).
# lead, nineteenth session, merging issue-20u-s19: claims 15, reconcile 43 from 20u
# issue 20n, nineteenth session: claims 15 (a dimension told as an adjective after its figure, "three miles wide", "4
# inches in diameter", "a 40-foot-tall dome", is that dimension, never a person's height; "a mile wide" is a figure; a
# fall told by a verb far from its subject, "died after slipping and falling 60m", is a fall).
# lead, nineteenth session, merging issue-20n-s19: claims 16 (issues 20u and 20n both at 15)
# issue 20d, nineteenth session (branch issue-20d-s19): brief 30 (key dates: a day over a week before the first report
# is key when three sources or more name it, no earlier day is named more, and two of its sentences share a word most
# of the story's sources use: the happening a late pile of one outlet's reports follows; a key date is told by a
# sentence saying something happened on it, when it has one: past, perfect or under way, or a saying).
# lead, nineteenth session, merging issue-20d-s19: brief 31 (the lead's furniture change and 20d both at 30) (brief 31: both sides changed)
# issue 19g, nineteenth session (branch issue-19g-s19): quotes 23, provenance 29 (one shared ``crosscheck.genders`` for
# both: the report's own marks first, a title, an apposition, "his wife", "Graham ... said he", then the given name's
# table, then the pronouns; the quotes stage reads the table too; "she said" read from the sentence goes to no man).
# lead, nineteenth session, merging issue-19g-s19: quotes 23, provenance 29 from 19g
# lead, twentieth session: one table of gendered titles (crosscheck.genders) for entity aliases, quotes and
# provenance (entities 24, quotes 24, provenance 30)
# lead, twentieth session: a coming day past an abbreviation's full stop or a prospective frame's noun ("ahead of
# their hearing ... on Thursday") resolves forward; a weekday that is a given name is no day (time 34)
# issue 20c, twentieth session (branch issue-20c-s20): brief 32 (furniture.comments_start, which the brief calls again on
# stored text, finds two more comment footers: "Sept 9, 2031 11:58 pm at 11:58 pm |" and a blog's "Posted by NAME on
# DATE TIME" run with comments between; a first comment opening with "Sen." is cut whole). Clean has no stage version:
# stored documents keep their comments until re-ingested, as in issue 20v.
# lead, twentieth session, merging issue-20c-s20: reader comment footers (brief 32)
# lead, twentieth session: a date or year run into a person's name ("9/11 Barack Obama") is cut off it (entities 25)
# issue 20k, twentieth session (branch issue-20k-s20): reconcile 44 (a span after "in" that is the length of what "of"
# names, "lost in nine weeks of fighting", is that length, not a deadline; a span's noun ends before a determiner, "her
# 12-year reign shaped the party" is the length of a reign); claims 17 (a count "thought / said / known to have died /
# been shot / been infected" is keyed by what happened, not by the verb of belief).
# lead, twentieth session, merging issue-20k-s20: keys for spans and known/reported deaths (reconcile 44, claims 17)
# issue 20b, twentieth session (branch issue-20b-s20): brief 32, time 34 (``furniture.lead_of``, which the timeline's
# events use too: in a report's first sentence, after a headline and a caption cut off, the lead opens where the name the
# headline opens on comes again after a lower-case word; a section's label after "the" before a capitalised plural and
# "including" is cut off; among a key date's sentences telling a happening, one naming the day only in a side phrase, a
# bare past participle, "a worker killed in the quake on 12 January has been identified", comes last).
# lead, twentieth session, merging issue-20b-s20: lead_of cuts and the key-date sentence order (time 35, brief 33: both sides changed)
# issue-20s-s20: reconcile 44 (the place a figure is of: its sentence's, else its paragraph's; two figures of places
# neither inside the other, by the gazetteer's countries, divisions and points, are two scopes, ``scope.places_apart``).
# lead, twentieth session, merging issue-20s-s20: a figure's place (country) as its scope (reconcile 45: both sides changed)
# issue 19p, twentieth session (branch issue-19p-s20): provenance 30 (primary-source errors on dev: a person's age set
# after the name, with the source's cue after it or "now" before it, is the writer's, unless the police's account; "the
# hospital", "the private college", "the pilot", "the pope", "a woman" are sources; see bench/results/issue-19p-s20.md).
# lead, twentieth session, merging issue-19p-s20: ages are the writer's; plain-noun bodies are sources (provenance 31: both sides changed)
# issue 20h, twentieth session: reconcile 44 (the final like-with-like check of a conflict: 20p's sentence-anchor rule,
# its words of what happened not a place or a name nor a sentence told of another moment; a number with a unit is no year).
# lead, twentieth session, merging issue-20h-s20: whose figure in the final same-thing check (reconcile 46: both sides changed)
# lead, twentieth session: a standfirst ending on its sayer (", says <given name> ...") is cut off a lead opening on a
# title and a name (brief 34)
# lead, twenty-first session: one list of the words whose full stop ends no sentence (crosscheck.abbreviations), read
# by furniture's cut-lead and comment rules and time's sentence bounds (brief 35: a lead ending on "Adm.", "Cmdr.",
# "Pres.", "vs." is cut; time 36: a company's "Inc." ends a sentence there); and a caption run into a lead that opens
# on a count in words ("... at the school | Four children ...") is cut off the lead (furniture.lead_of: brief, time).
# issue 21d, twenty-first session (branch issue-21d-s21): time 36, brief 35 (a bare weekday of a report with no day of
# its own is read as the weekday nearest the day another report gives the same happening, a guess that makes no key
# date; a date conflict pairs such a weekday with that other day, ``weekdays.py``, ``date_conflicts._weekday_pairs``).
# lead, twenty-first session, merging issue-21d-s21: a weekday of an undated report read against the day another report gives the same happening (brief 36, time 37: both sides changed)
# issue 21s, twenty-first session (branch issue-21s-s21): reconcile 47 (the scope wall: a figure's scope names are
# places, never a person's surname inside a hyphened name, a possessive's ending, a make or model joined to a number,
# a "-man" noun, a nationality, or a phrase's first word; "in 106 games" is no place phrase).
# lead, twenty-first session, merging issue-21s-s21: the scope wall reads places only
# issue 21k, twenty-first session (branch issue-21k-s21): claims 18 (money a business earned is its profit, money it
# spent its costs; an amount "compared with" another is of the same thing; "temperatures close to N degrees" is a
# temperature; a tally's level told as an aside, "the number of infections -- at 40 --", is that tally).
# lead, twenty-first session, merging issue-21k-s21: keys told in the sentence (profit, costs, temperature, a tally's aside)
# issue 21q, twenty-first session (branch issue-21q-s21): quotes 25 (a quote spoken by "he" or "she" takes the person
# provenance reads the pronoun as, measured the better on the provenance dev gold, so it has one speaker everywhere;
# a pull-quote box's credit, a related-links box's headlines and a live blog's buttons and stamps are no quotes and no
# speakers), provenance 32 (its stored chains were made with the quotes' old speakers), entities 26 (a room or a
# building labelled GPE, "the Oval Office", is a facility).
# lead, twenty-first session, merging issue-21q-s21: one speaker for a he/she quote (provenance's reading), widgets are no quotes, rooms are facilities
# issue 21p, twenty-first session (branch issue-21p-s21): quotes 25 (one sentence's two attributions: a clause of saying
# with its own subject hung on another's verb ("..., while the envoy accused ... of “...”") speaks its own quote).
# lead, twenty-first session, merging issue-21p-s21: one sentence's two attributions kept apart (quotes 26: both sides changed)
# issue 20x, twenty-first session: claims 18 (figures the stage did not read: counting ordinals "the eighth day", "the 38th
# country to", "married twice", "6,000C", "degrees C", "e85 million", "from $65 to $70" after a verb of rising, "rose by
# three to 78"; "30°C" converted as a temperature, not kept as a currency code)
# lead, twenty-first session, merging issue-21x-s21: figures not extracted (counting ordinals, twice, glued degrees, e-euros, rises from X to Y) (claims 19: both sides changed)
# lead, twenty-second session: entities 27 (a known place's abbreviation, "S.C.", joins no organisation by its
# initials, "Supreme Court"; a plural of a place's people run into a name, "Floridians Jeb Bush", and a closing quote
# written as two marks after it are no part of it), brief 37 (a first sentence with a subordinating word, "... warned that if rival
# contender Omar Quist wins ...", or a day after the seam is no headline glued before a lead); time 38 (a year-less
# month or day with no past verb over it takes the coming reading when that is near and the other far; a count of
# months or years in words, "Thirteen months", is no date).
# lead, twenty-second session: provenance 33 (a description whose speaker before reads back to it is no answer,
# not a RecursionError that left the report out of the stage).
# issue 22s, twenty-second session (branch issue-22s-s22): reconcile 48 (a running tally told "to date", "thus far" or as
# the "latest tally / count / toll" is a count as of its cut-off: two of one day are no conflict; the scope wall).
# lead, twenty-second session, merging issue-22s-s22: the scope wall: dimensions and set phrases no place, running tallies at their cut-off, like words
# issue 22c, twenty-second session (branch issue-22c-s22): claims 20 (a height in feet and inches, "6-foot-9", is one
# length; a share told of "it" by another source is of the thing the sentence before told its share of), reconcile 48
# (a zero told as what its teller knows of, "no reports of casualties", is no witness of an agreement; a toll "believed
# to have died" is the toll, not a possibility).
# lead, twenty-second session, merging issue-22c-s22: keys: denial zeros no agreement witness, believed-dead toll, feet and inches, a share of 'it' (reconcile 49: both sides changed)
# issue 22o, twenty-second session (branch issue-22o-s22): brief 37 (the pile's topic check, ``on_story``: a sentence
# carrying none of the pile's topic terms leads neither the brief nor the key dates; the stage also saves the check,
# kind ``topic_check``: the topic terms and the reports that look off the story).
# lead, twenty-second session, merging issue-22o-s22: the pile's topic check (brief, key dates; off-looking reports listed) (brief 38: both sides changed)
# issue 22x, twenty-second session (branch issue-22x-s22): claims 20 (a bound denied is the other bound: "no more than
# 8" and "no offer was more than seven years" are at most, "no less than 40" at least; a title kept "for the fifth time"
# is its fifth defence), reconcile 48 (an ordinal's "of the" after its noun is no part: "his sixth defence of the belt").
# lead, twenty-second session, merging issue-22x-s22: a denied bound is the other bound; no more than N; Nth time kept a title (claims 21, reconcile 50: both sides changed)
# issue 22w, twenty-second session (branch issue-22w-s22): time 38 (an undated report's weekdays read from the
# expressions the stage found, kept unread for want of a day, not found a second time), reconcile 48 (the day a figure
# is told of, not only its report's day, for the days-apart test).
# lead, twenty-second session, merging issue-22w-s22: weekdays from the stage's own expressions; days a figure is told of (time 39, reconcile 51: both sides changed)
# issue 22q, twenty-second session (branch issue-22q-s22): provenance 33 (a he/she after a sentence whose direct quote
# the quotes stage gives a named speaker is that speaker; "..., say the X (XY)"; "what it said was ..."), quotes 27 (a
# he/she quote's speaker is provenance's reading, handed in by the pipeline, and that reading changed; a statement
# holding only short quoted phrases is a reported statement)
# lead, twenty-second session, merging issue-22q-s22: pronoun readings handed to quotes; inverted say-the-X, what-it-said-was, statements with short quoted phrases (provenance 34: both sides changed)
STAGE_VERSIONS = {"provenance": 34, "copies": 17, "entities": 27, "time": 39,
                  "claims": 21, "quotes": 27, "reconcile": 51, "brief": 38}
