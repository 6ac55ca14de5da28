"""Words whose full stop ends no sentence: titles ("Sen. Kerry", "Gov. Bobby Jindal"), ranks, "St.", "Mt.", "No.",
"vs." and the months' short forms ("Oct. 5"). One list, read wherever a full stop is judged (review of the twentieth
session: three regexes had three lists): ``furniture`` (a lead that ends on one was cut; a comment's first sentence
starts after a real end only) and the time stage's sentence bounds (a "due to" before "U.S. House panel on Thursday"
must stay in the sentence of its day).

A company's "Inc."/"Co."/"Ltd." is left out on purpose: a news sentence ends on one often ("..., said a spokesman for
Acme Inc."). Initials ("U.S.", "Willis E. Elliott") are each reader's own rule, beside this list: a lead may end on
"p.m." but no sentence bound should cut at "a.m. on Friday".
"""

from __future__ import annotations

NO_END_WORDS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "St", "Jr", "Sr", "Gov", "Sen", "Rep", "Pres",
                "Lt", "Col", "Gen", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Ft", "Mt", "No", "vs",
                "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# The words as one regex alternative, longest first (so "Sept" is tried before "Sep").
NO_END_WORD = r"(?:" + "|".join(sorted(NO_END_WORDS, key=len, reverse=True)) + r")"
