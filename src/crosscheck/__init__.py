"""crosscheck: many news reports on one story in, one sourced, cross-checked account out."""

__version__ = "0.1.0"
