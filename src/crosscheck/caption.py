"""A photo's caption told as a sentence: what the brief never shows as the story's news (issue 20, item 7).

Captions that name no picture ("An electron micrograph of ...", "In this file photo ...") are ``furniture``'s. The
rest read like a sentence: "Demonstrators clash with police in the capital's main square." What gives them away is
the tense. A caption tells a moment the picture holds in the simple present, with people (or an animal) doing
something somewhere; a news sentence tells what happened in the past or present perfect, and its simple present is
a verb of saying, wanting or being ("The minister hopes ...", "The lawsuit charges ..."), or a habit ("... every
morning").

Read in the seventeenth session on the labels of the 1,050 brief sentences of the 169 dev real stories
(/work/wt/NOTES/brief-labels-s17.md, the lead's helper): 10 of the 27 captions taken, 1 of the 808 good sentences
(a verb of hoping, since listed); on 6,816 sentences of 100 Multi-News clusters nobody labelled, 26 taken, of
which 17 captions, 5 stative verbs since listed, 4 other news sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Verbs whose simple present tells a statement, a wish, a state or a standing fact, not a moment in a picture.
_STATING = frozenset("""say tell report announce claim state add warn note insist argue suggest show believe think
expect hope want plan need seem appear remain mean include continue have be face know estimate predict fear allege
accuse deny cite quote describe call consider admit blame sue urge seek charge vow pledge promise demand ask agree
refuse acknowledge confirm reject condemn praise criticize criticise dispute doubt question oppose support back favor
favour prefer like love hate lead trail own control represent caution rank serve deserve cost require feel""".split())
# The doers a caption shows, when the parser names no person or group: people by their role, a crowd, an animal.
_DOERS = frozenset("""people members fighters demonstrators protesters protestors supporters residents soldiers troops
police officers rescuers workers couple man woman men women child children boy girl boys girls fans students
volunteers mourners relatives family families crowd crowds refugees migrants firefighters villagers rebels passengers
activists medics doctors nurses player players visitors tourists shoppers commuters pupils teachers voters lion dog
worker resident member supporter protester soldier officer fighter rescuer volunteer mourner relative refugee migrant
firefighter villager rebel passenger activist medic victims victim survivor survivors kids youths
ship warship destroyer vessel boat jet plane helicopter tank truck smoke flames ash lava debris""".split())
# (the last line, read in the eighteenth session's labels: a ship, an aircraft or smoke doing something somewhere is a
# picture's moment too: "A frigate fires a shell at a reef off Varna", "Smoke rises from ...")
# ... and plural agent nouns in general ("evacuees", "marchers", "survivors", "residents", "activists").
_AGENT_PLURAL = re.compile(r"(?:ers|ors|ists|ants|ents|ians|ees)$")
# Where the moment is: a caption says where the picture was taken.
_PLACE_PREPOSITIONS = frozenset("in at near outside on inside during along from toward towards across into".split())
_HABIT = re.compile(r"\b(?:every|each|usually|often|always|never|regularly|typically|generally|now)\b", re.I)
_QUOTE_MARKS = frozenset('"“”')


# An agency's caption ends on the picture's date after a comma ("... near the well, July 13, 2010.", "..., in Varna,
# Bulgaria, on March 30, 2016."); a news sentence tells its day inside ("... on Friday"), or after "on" without a
# comma before it. Read in the eighteenth session's labels of the dev briefs and titles: such captions told in the
# passive ("Smoke is blown off ...") or with a verb the model does not tag as one ("A guard shoots dead a bear ...").
_DATED_END = re.compile(r",\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s*\.?$")


def reads_as_caption(text: str) -> bool:
    """Is this sentence a photo's caption: a person, group or animal doing something somewhere, in the simple
    present, with no verb of saying or being as its head, no quotation and no habit; or anything told in the present
    (active or passive) that ends on the picture's date after a comma?"""
    if _HABIT.search(text) or any(c in _QUOTE_MARKS for c in text):
        return False
    if _DATED_END.search(text.strip()):
        return _present_root(text)
    return _parsed_caption(text)


def _sole_sentence(text: str):
    """The text parsed (the project's spaCy model), as its one sentence; None when the parse finds several."""
    from .nlp import load_pipeline

    sentences = list(load_pipeline()(text).sents)
    return sentences[0] if len(sentences) == 1 else None


def _stating(root) -> bool:
    """Is the head verb one of saying, wanting or being? (the lemma and the surface form both: the model lemmatises
    "hopes" as "hop")"""
    word = root.lower_
    return bool({root.lemma_.lower(), word, word[:-1], word[:-2]} & _STATING)


@lru_cache(maxsize=4096)
def _present_root(text: str) -> bool:
    """Is the sentence's head verb in the present, active ("shoots") or passive ("is burned"), and not one of saying
    or being?"""
    sentence = _sole_sentence(text)
    if sentence is None:
        return False
    root = sentence.root
    if _stating(root):
        return False
    if root.tag_ in ("VBZ", "VBP"):
        return not any(c.dep_ in ("aux", "neg", "ccomp", "mark") for c in root.children)
    return root.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in root.children)


@lru_cache(maxsize=4096)
def _parsed_caption(text: str) -> bool:
    sentence = _sole_sentence(text)
    if sentence is None:
        return False
    if not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sentence):
        return True  # no verb at all: a picture's label ("Oil on the water near the well in the gulf."), no news
    root = sentence.root
    if root.tag_ not in ("VBZ", "VBP") or _stating(root):
        return False
    heads = list(root.children)
    if any(c.dep_ in ("aux", "auxpass", "neg", "ccomp", "mark") for c in heads):
        return False  # "... does not ...", "... says that ...": no picture's moment
    subjects = [c for c in heads if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    if not (subject.ent_type_ in ("PERSON", "NORP") or subject.lower_ in _DOERS or subject.lemma_.lower() in _DOERS
            or subject.tag_ == "NNS" and _AGENT_PLURAL.search(subject.lower_)
            # a name the model tags no entity: a proper noun with a proper noun before it ("Governor Ana Ruiz")
            or subject.tag_ == "NNP" and not subject.ent_type_
            and any(c.dep_ == "compound" and c.tag_ == "NNP" for c in subject.children)):
        return False
    return any(t.dep_ == "prep" and t.lower_ in _PLACE_PREPOSITIONS for t in root.subtree)
