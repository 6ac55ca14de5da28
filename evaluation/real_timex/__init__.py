"""Time expressions on real news: crosscheck's time stage against a gold made by reading.

    python -m evaluation.real_timex                # dev half (the default)
    python -m evaluation.real_timex --split test   # the test half (read rarely; say when)
    python -m evaluation.real_timex --errors       # + each error

The gold (``evaluation/data/real_timex.tsv``, README ``evaluation/data/REAL_TIMEX.md``) holds, for a
seeded sample of the expressions the time stage finds in the real stories (``evaluation/real_stories``,
the 31 non-sealed stories), the story, the report, the character offsets in the report's text as fed,
the expression's surface and a reader's value: an ISO day (2009-04-27), month (2009-04), year (2009),
week (2009-W17), or ``none`` (not a date: ages, durations, quantities, clock times alone, vague
"recent days"). No article text is kept.

Scored: type accuracy (date or not a date) and value accuracy (type right and, for a date, the same
value at the same granularity). The system value is ``crosscheck.time.find_timexes`` on the report's
text against the gold's publication day (the gold ``documents`` day, or Timeline17's given day), so
that a wrong publication day (the ingest stage's) does not count against the time stage.
"""
