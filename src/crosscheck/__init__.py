"""crosscheck: many news reports on one story in, one sourced, cross-checked account out.

For notebooks and scripts (``api.py``)::

    import crosscheck
    story = crosscheck.analyze(["reports/"])          # files, folders, URLs or texts
    story.conflicts, story.to_pandas("claims")
"""

__version__ = "0.1.0"

__all__ = ["analyze", "load", "StoryAnalysis", "__version__"]


def __getattr__(name: str):
    # Imported on first use: `import crosscheck` stays light for the command line and the stages.
    if name in ("analyze", "load", "StoryAnalysis"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
