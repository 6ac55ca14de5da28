"""evaluation.geoparsing scores crosscheck on the population Mordecai 3's published figures are measured on
(issue 16, session 7): GWN toponyms with a GeoNames id only, only spans spaCy tags GPE/LOC, the last 30 % of
them as the held-out part, and accuracy over the toponyms whose gold entry is among the candidates."""

from evaluation import geoparsing as G

PARIS = (48.85, 2.35)
AUSTIN = (30.27, -97.74)


def _article(aid: str, *tops) -> G.Article:
    text = " ".join(t[0] for t in tops)
    out, at = [], 0
    for name, (lat, lon), gid in tops:
        out.append(G.Gold(at, at + len(name), name, lat, lon, "", gid))
        at += len(name) + 1
    return G.Article(aid, text, "", out)


def test_published_population_keeps_geonames_ids_tagged_spans_and_the_tail(monkeypatch):
    arts = [_article("a", ("Paris", PARIS, "2988507"), ("Frenchmen Street", PARIS, "")),
            _article("b", ("Austin", AUSTIN, "4671654"), ("Zzyzxqq", AUSTIN, "999"), ("Paris", PARIS, "2988507"))]
    untagged = ("b", 15, 20)  # the second "Paris": spaCy did not tag it
    monkeypatch.setattr(G, "_spacy_place_spans",
                        lambda corpus, articles: {(a.id, t.start, t.end) for a in articles for t in a.toponyms}
                        - {untagged})
    whole = G.published_population("gwn", arts, tail=False)
    # GWN: the street has no GeoNames id; the untagged "Paris" is out; "Zzyzxqq" stays, counted wrong.
    assert whole["n"] == 3
    assert whole["among"] == 2  # "Zzyzxqq" has no candidate: left out of Mordecai 3's denominator
    assert round(whole["acc161"], 1) == 66.7 and whole["acc161_among"] == 100.0
    # TR-News and LGL keep a toponym without an id (their gold always has one); the tail is the last 30 %.
    assert G.published_population("trnews", arts, tail=False)["n"] == 4
    assert G.published_population("gwn", arts, tail=True)["n"] == 1
